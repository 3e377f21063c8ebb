import CircText

extension AddresseeExtractor {
    /// Copies listed after the signature: "Ampliation : M. le Préfet de police.", "Copie
    /// adressée à MM. les Sous-Préfets pour information.", "Ampliation : - Monsieur le procureur
    /// de la République … - Monsieur le directeur départemental …". The header's block ends
    /// where the body starts, so a distribution list at the page's end is read here, every
    /// title in it a copy (`cc`), and only titles of the lexicon (a list's services and
    /// people named otherwise are no roles). Only the units from the signature on (else the
    /// last three), after the body's start — and the two units before the signature, where
    /// OCR reads a copy list set beside the signature, in the page's left column, before
    /// the signatory's name; a line opening on a cue (`trailingCopyCues`)
    /// followed by a colon or a civility — or, on a flattened last line, a cue with its
    /// colon. "Vous adresserez copie à M. le préfet de région" in a directive is no such line.
    func trailingCopies(_ s: DocumentStructure) -> [Addressee] {
        let units = s.units.filter { $0.kind != .footnote && $0.range.lowerBound >= s.bodyStart }
        guard !units.isEmpty, !trailingCopyCues.isEmpty else { return [] }
        let from = units.lastIndex { $0.kind == .signature }.map { max(0, $0 - 2) } ?? max(0, units.count - 3)
        var out: [Addressee] = []
        var k = from
        while k < units.count {
            let u = units[k]
            let f = Fold.string(s.text.text.clean(u.range))
            guard let rest = copyListStart(f) else { k += 1; continue }
            // The list: the rest of the cue's line, then its items on lines of their own.
            var parts = [(rest, u.range)]
            var j = k + 1
            while j < units.count, j - k <= 8 {
                let g = Fold.string(s.text.text.clean(units[j].range))
                guard g.hasPrefix("-") || g.hasPrefix("–") || g.hasPrefix("•") || startsWithCivility(g) else { break }
                parts.append((g, units[j].range)); j += 1
            }
            for (text, range) in parts {
                for item in Self.listItems(text, civilities: civilities) {
                    guard let id = title(in: item), !out.contains(where: { $0.id == id }) else { continue }
                    out.append(Addressee(id: id, role: .cc, text: s.text.text.sourceString(range), span: SourceSpan(range)))
                }
            }
            k = j
        }
        return out
    }

    /// The list after a copy cue, if the folded unit opens on one (a colon or a civility
    /// after it), or holds one with its colon (a flattened last line: "… Emmanuel LE ROY
    /// Ampliation : - Monsieur le procureur …").
    func copyListStart(_ f: String) -> String? {
        for cue in trailingCopyCues where f.hasPrefix(cue) {
            let rest = f.dropFirst(cue.count).drop { $0 == " " }
            if rest.hasPrefix(":") { return String(rest.dropFirst()) }
            if rest.hasPrefix("-") || startsWithCivility(String(rest)) { return String(rest) }
        }
        // The last occurrence, searched in place: a slice copied at every space of a long
        // last unit (a code's whole text) was most of the addressees' cost.
        for cue in trailingCopyCues {
            for sep in [" :", ":"] {
                if let r = f.lastByteRange(of: " \(cue)\(sep) ") {
                    return String(decoding: f.utf8.dropFirst(r.upperBound), as: UTF8.self)
                }
            }
        }
        return nil
    }

    /// A copy list cut into its titles: at dashes, bullets and semicolons, and where a
    /// civility opens the next title ("M. le préfet de police MM. les sous-préfets").
    static func listItems(_ f: String, civilities: [String]) -> [String] {
        var items: [String] = []
        var cur: [Substring] = []
        let words = f.split(separator: " ")
        var i = 0
        while i < words.count {
            let w = words[i]
            if ["-", "–", "—", "•", ";"].contains(w) || w.hasSuffix(";") {
                if w.hasSuffix(";") && w.count > 1 { cur.append(w.dropLast()) }
                if !cur.isEmpty { items.append(cur.joined(separator: " ")); cur = [] }
                i += 1; continue
            }
            let rest = words[i...].prefix(6).joined(separator: " ") + " "
            // A civility opens the next title, unless it ends a longer one begun before
            // ("mesdames et | messieurs les"); "… de police et MM. les …" drops its "et".
            let before = cur.joined(separator: " ") + " "
            if !cur.isEmpty, civilities.contains(where: { rest.hasPrefix($0 + " ") }), !civilities.contains(where: { ($0 + " ").hasPrefix(before) }) {
                if cur.last == "et" { cur.removeLast() }
                if !cur.isEmpty { items.append(cur.joined(separator: " ")); cur = [] }
            }
            cur.append(w); i += 1
        }
        if !cur.isEmpty { items.append(cur.joined(separator: " ")) }
        return items
    }
}
