import CircRegistry

/// What a `--ref` query searched, in French, one line per reading: which numbering the
/// number was read in, which numbers were matched on either side of the renumbering, with
/// which source — and where the table has no translation, that those documents were not
/// searched (never a guess). Inferred pairs nobody confirmed are shown as hints.
public enum RefSearchNotes {
    public static func lines(_ q: RefQuery) -> [String] {
        var out: [String] = []
        for r in q.readings {
            let id = "\(r.code):\(r.article)"
            switch r.numbering {
            case .undated:
                continue
            case .before:
                var s = "\(id) lu dans la numérotation antérieure au \(r.effective) : cherché tel quel dans les documents datés avant cette date"
                if r.since.isEmpty {
                    s += " ; aucun numéro postérieur connu (table de correspondance incomplète) : les documents datés à partir du \(r.effective) n'ont pas été cherchés pour cet article"
                } else {
                    s += ", et comme \(r.since.joined(separator: ", ")) dans les documents datés à partir du \(r.effective)"
                }
                out.append(s + sources(r) + ".")
            case .since:
                var s = "\(id) lu dans la numérotation en vigueur depuis le \(r.effective) : cherché tel quel dans les documents datés à partir de cette date"
                if r.before.isEmpty {
                    s += " ; aucun numéro antérieur connu (table de correspondance incomplète) : les documents datés avant le \(r.effective) n'ont pas été cherchés pour cet article"
                } else {
                    s += ", et comme \(r.before.joined(separator: ", ")) dans les documents datés avant le \(r.effective)"
                }
                out.append(s + sources(r) + ".")
            }
            if !r.unconfirmed.isEmpty {
                let hints = r.unconfirmed.prefix(6).map { p in
                    "\(r.numbering == .before ? p.new : p.old) (similarité \(french(p.similarity)))"
                }
                out.append("  Correspondances déduites des textes, non confirmées, donc non cherchées : \(hints.joined(separator: ", ")).")
            }
        }
        if q.readings.contains(where: { $0.numbering == .undated }) {
            out.append("Documents non datés : le numéro tel qu'écrit (numérotation indéterminée).")
        }
        return out
    }

    /// The heading printed before the passages of one reading.
    public static func heading(_ label: String?) -> String {
        guard let label else { return "── autres références ──" }
        if label == "undated" { return "── documents non datés (numérotation indéterminée) ──" }
        let parts = label.split(separator: "-", maxSplits: 1)
        guard parts.count == 2 else { return "── \(label) ──" }
        return parts[0] == "before" ? "── numérotation antérieure au \(parts[1]) ──" : "── numérotation en vigueur depuis le \(parts[1]) ──"
    }

    static func sources(_ r: RefQuery.Reading) -> String {
        r.sources.isEmpty ? "" : " (source : \(r.sources.joined(separator: " ; ")))"
    }

    static func french(_ x: Double) -> String {
        guard !x.isNaN else { return "?" }
        let n = (x * 100).rounded() / 100
        return String(n).replacingOccurrences(of: ".", with: ",")
    }
}
