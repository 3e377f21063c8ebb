import Foundation

/// Writes one obligation's JSON straight into a byte buffer — the same bytes the JSON
/// encoder (`CircDocument.makeEncoder`) writes, checked by `StreamedJSONTests` on the
/// corpus and on every layout case.
///
/// Why: a dense text is almost nothing but obligations (a directive every 17 bytes in the
/// hostile "Vous veillerez à …" line), and the encoder's per-value boxing and key sorting
/// cost more than the whole extraction there (40 % of `circ extract` on that input).
/// A string that needs escaping is handed to the encoder itself, so escaping is never
/// re-implemented.
struct ObligationJSON {
    let encoder: JSONEncoder
    let pretty: Bool

    /// Appends the obligation; `indent` is the depth (in spaces) the object starts at, as
    /// `FieldWriter` re-indents it (4 in a top-level array).
    func append(_ o: Obligation, indent: Int, to out: inout [UInt8]) throws {
        let pad = pretty ? [UInt8](repeating: 0x20, count: indent + 2) : []
        let close = pretty ? [UInt8](repeating: 0x20, count: indent) : []
        var first = true
        func key(_ k: String) {
            if !first { out.append(0x2C) }  // ,
            first = false
            if pretty { out.append(0x0A); out.append(contentsOf: pad) }
            out.append(0x22); out.append(contentsOf: k.utf8); out.append(0x22)
            out.append(contentsOf: pretty ? Array(" : ".utf8) : [0x3A])
        }
        func string(_ s: String) throws {
            if Self.plain(s) {
                out.append(0x22); out.append(contentsOf: s.utf8); out.append(0x22)
            } else {
                out.append(contentsOf: try encoder.encode(s))
            }
        }
        func optional(_ s: String?) throws { if let s { try string(s) } else { out.append(contentsOf: "null".utf8) } }
        func strings(_ a: [String]) throws {
            out.append(0x5B)  // [
            if a.isEmpty {
                if pretty { out.append(0x0A); out.append(0x0A); out.append(contentsOf: pad) }
            } else {
                for (i, s) in a.enumerated() {
                    if i > 0 { out.append(0x2C) }
                    if pretty { out.append(0x0A); out.append(contentsOf: pad); out.append(0x20); out.append(0x20) }
                    try string(s)
                }
                if pretty { out.append(0x0A); out.append(contentsOf: pad) }
            }
            out.append(0x5D)  // ]
        }
        func bool(_ b: Bool) { out.append(contentsOf: (b ? "true" : "false").utf8) }

        if pretty { out.append(contentsOf: close) }
        out.append(0x7B)  // {
        // Sorted keys, as `.sortedKeys` writes them; `plain` only when present.
        key("actor"); try optional(o.actor)
        key("condition"); try optional(o.condition)
        key("deadlines"); try strings(o.deadlines)
        key("emphasis"); bool(o.emphasis)
        key("footnotes"); try strings(o.footnotes)
        key("marker"); try optional(o.marker)
        key("modality"); try string(o.modality.rawValue)
        if let p = o.plain { key("plain"); try string(p) }
        key("references"); try strings(o.references)
        key("reported"); bool(o.reported)
        key("section"); try optional(o.section)
        key("span")
        out.append(0x5B)
        for (i, n) in [o.span.start, o.span.end].enumerated() {
            if i > 0 { out.append(0x2C) }
            if pretty { out.append(0x0A); out.append(contentsOf: pad); out.append(0x20); out.append(0x20) }
            out.append(contentsOf: String(n).utf8)
        }
        if pretty { out.append(0x0A); out.append(contentsOf: pad) }
        out.append(0x5D)
        key("text"); try string(o.text)
        if pretty { out.append(0x0A); out.append(contentsOf: close) }
        out.append(0x7D)  // }
    }

    /// No scalar the encoder would escape: no quote, backslash or control character.
    static func plain(_ s: String) -> Bool {
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C { return false }
        return true
    }
}
