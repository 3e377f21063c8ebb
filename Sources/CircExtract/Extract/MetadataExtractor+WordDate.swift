import CircText

extension MetadataExtractor {
    /// "Paris, le vingt-neuf décembre mil huit cent treize": a dateline written in words, as
    /// letters of the nineteenth century (and their retyped copies) date themselves. After a
    /// capitalised place, its comma and "le", among the first lines: the day in number words
    /// (or "premier"), a month, and a year in number words. Nil unless all three read and the
    /// year is one of a dated letter (1700–2100).
    func wordDateline(_ s: DocumentStructure) -> CivilDate? {
        let tt = s.text
        for u in s.units.prefix(12) {
            let r = tt.sentences[u.sentence].tokens
            guard r.count >= 6 else { continue }
            for k in (r.lowerBound + 2)..<(r.upperBound - 3) where tt.folded(tt.tokens[k]) == "le" && tt.string(tt.tokens[k - 1]) == "," {
                guard tt.string(tt.tokens[k - 2]).first?.isUppercase == true else { continue }
                if let d = wordDate(tt, from: k + 1, end: r.upperBound) { return d }
            }
        }
        return nil
    }

    /// The date in words starting at token i: day, month, year.
    func wordDate(_ tt: TokenizedText, from i: Int, end: Int) -> CivilDate? {
        var j = i
        guard let day = numberInWords(tt, &j, end: end, firstDay: true), (1...31).contains(day),
              j < end, let month = months[tt.folded(tt.tokens[j])] else { return nil }
        j += 1
        guard let year = numberInWords(tt, &j, end: end, firstDay: false), (1700...2100).contains(year) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The number the words from token j make ("vingt-neuf", "vingt et un", "mil huit cent
    /// treize"), j moved past them; "premier" as the first of the month.
    func numberInWords(_ tt: TokenizedText, _ j: inout Int, end: Int, firstDay: Bool) -> Int? {
        var n = NumberReader.Composition()
        var read = 0
        while j < end, tt.tokens[j].kind == .word {
            let f = tt.folded(tt.tokens[j])
            if firstDay, read == 0, dayWords.contains(f) { j += 1; return 1 }
            if f == "et", read > 0, j + 1 < end, numbers.value(of: tt.folded(tt.tokens[j + 1])) != nil { j += 1; continue }
            guard let parts = numbers.value(of: f) else { break }
            for v in parts { n.add(v) }
            read += 1
            j += 1
        }
        return read > 0 ? n.value : nil
    }
}
