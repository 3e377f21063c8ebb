import CircText

/// Layouts of OCR'd and copied letters that hide a metadata field.
///
/// The page furniture a letter sets after its signature: the ministry's address footer
/// ("ADRESSE POSTALE : PLACE BEAUVAU 75800 PARIS CEDEX 08 - STANDARD …", "Place Beauvau 75800
/// Paris Cedex 08 - Tél. : 01 49 27 49 27") and the page number ("1/1", "- 2 -"). A copy that
/// lost the page's layout puts them under the name, or runs them onto its line, so that the
/// name no longer closes the text. And a subject typed in capitals that the scan wrapped onto
/// a second line of capitals.
extension MetadataExtractor {
    /// "OBJET : MISE EN OEUVRE DE LA LOI N° 2003-239⏎POUR LA SÉCURITÉ INTÉRIEURE.": the
    /// "Objet :" line's value (`line`) in capitals, and the header scan's subject (`scanned`),
    /// which reads on to the field's end, going on with it in capitals — the wrapped subject.
    /// (A value in ordinary case wraps within its sentence; a line in capitals after a subject
    /// in ordinary case is the next field or a heading.)
    static func wrappedCapitalsSubject(line: String, scanned: String?) -> String? {
        guard let s = scanned, s.count > line.count, s.hasPrefix(line), !line.contains(where: \.isLowercase) else { return nil }
        let rest = s.dropFirst(line.count)
        guard rest.first == " ", rest.contains(where: \.isLetter), !rest.contains(where: \.isLowercase) else { return nil }
        return s
    }

    /// "Objet : accueil des bénéficiaires de la protection internationale⏎Le contrat
    /// d'intégration républicaine est proposé …": a PDF's text layer without blank lines runs
    /// the body's first sentence into the "Objet :" line's unit; the header scan's subject
    /// (`scanned`) stops where a capitalised sentence opener starts it. The shorter one, when
    /// the line's value only goes on past it with a capital.
    static func subjectBeforeBody(line: String, scanned: String?) -> String? {
        guard let s = scanned, !s.isEmpty, line.count > s.count + 1, line.hasPrefix(s) else { return nil }
        let rest = line.dropFirst(s.count).dropFirst()
        // A word in ordinary case ("Le contrat"), not the subject's capitals going on ("DES ARMES").
        guard line.dropFirst(s.count).first == " ", let c = rest.first, c.isUppercase,
              rest.dropFirst().first?.isLowercase == true else { return nil }
        return s
    }

    /// The `header-fields.json` `addressFooters` labels, as folded words.
    var addressFooterLabels: [[String]] {
        (fields.addressFooters?.forms ?? []).map { $0.split(separator: " ").map(String.init) }
    }

    /// The index of the first word of the earliest address footer among the closing words, or
    /// nil: a footer label ("adresse postale", "place beauvau", "standard", "tél. :") with a
    /// number (a postal code, a telephone number) within the next four words — so that the
    /// body's "standard" or "tel" ("un tel dispositif") is none.
    func addressFooterStart(_ words: [String]) -> Int? {
        let labels = addressFooterLabels
        guard !labels.isEmpty else { return nil }
        // ("ADRESSE POSTALE: PLACE BEAUVAU …": a copy may glue the label's colon to its word.)
        let folded = words.map { w -> String in
            let f = Fold.string(w).trimmingCharacters(in: ",;")
            return f.count > 1 && f.hasSuffix(":") ? String(f.dropLast()) : f
        }
        let firsts = Set(labels.compactMap(\.first))
        for i in folded.indices where firsts.contains(folded[i]) {
            guard let label = labels.first(where: { l in i + l.count <= folded.count && zip(l, folded[i...]).allSatisfy { $0 == $1 } }) else { continue }
            let after = folded[(i + label.count)..<min(folded.count, i + label.count + 4)]
            if after.contains(where: { $0.contains(where: \.isNumber) }) { return i }
        }
        return nil
    }

    /// "… Suivi par : Ghislaine TOUMIT Tél : 01 49 55 …": the agent a letterhead gives as the
    /// one to reach, before the telephone field of the address footer, is no signer. Whether
    /// the words before `name` (the last of `words`) end on a `contactLabels` label.
    func namesContact(_ words: [String], _ name: String) -> Bool {
        let labels = fields.contactLabels?.forms ?? []
        let n = name.split(separator: " ").count
        guard !labels.isEmpty, words.count > n else { return false }
        let head = words[..<(words.count - n)].suffix(5)
            .map { Fold.string($0).trimmingCharacters(in: ":,;") }.filter { !$0.isEmpty }.joined(separator: " ")
        return labels.contains { head == $0 || head.hasSuffix(" " + $0) }
    }

    /// The words without the page number that ends them ("… Philippe BARRET 1/1", "… - 2 -",
    /// "./."): tokens of digits, slashes, dashes and dots only (a name holds a letter).
    static func droppingPageMarks(_ words: [String]) -> [String] {
        var out = words
        while let last = out.last, !last.isEmpty, last.allSatisfy({ $0.isNumber || "/-–—.…".contains($0) }) { out.removeLast() }
        return out
    }
}
