import CircText

extension MetadataExtractor {
    /// The token of the label a byline's date follows, past "le" and a colon: "Publié le
    /// 03/02/2023", "Publié le : 21/03/2024", "Mise à jour : 5 janvier 2024" (a flattened
    /// page keeps the field's colon), "Édition du 18 avril 2024". `ti - 1` when none stands
    /// before the date.
    func bylineLabel(before ti: Int, _ tt: TokenizedText, from lo: Int) -> Int {
        var k = ti - 1
        if k > lo, tt.string(tt.tokens[k]) == ":" { k -= 1 }
        if k > lo, ["le", "du"].contains(tt.folded(tt.tokens[k])) { k -= 1 }
        return k
    }

    /// "… une vigilance maximale » Le 20 juin 2023 à 08h15 Dans un télégramme …": a date
    /// stamped with its hour and minutes, the text starting again after it, is how a site
    /// prints an item's publication; "Le 21 juin 2023 à 20h30, la vente d'alcool sera
    /// interdite" goes on with the sentence.
    func stampedWithMinutes(_ ti: Int, _ tt: TokenizedText, in r: Range<Int>) -> Bool {
        guard ti + 2 < r.upperBound, tt.folded(tt.tokens[ti + 1]) == "a", tt.tokens[ti + 2].kind == .number else { return false }
        let time = Array(tt.string(tt.tokens[ti + 2]).utf8)
        guard let h = time.firstIndex(where: { $0 == UInt8(ascii: "h") || $0 == UInt8(ascii: ":") }), h >= 1, time.count - h == 3 else { return false }
        return restartsAfter(ti + 2, tt, in: r)
    }

    /// Whether the text starts again after the date at `ti`: the sentence ends there, or a
    /// capital or a page separator ("·", "|") follows — a byline run into the body ("…
    /// publié le 9 janvier 2024 Dans un jugement …"), where prose goes on in lower case or
    /// after a comma ("Le décret, publié le 3 mars 2024 au Journal officiel, …").
    func restartsAfter(_ ti: Int, _ tt: TokenizedText, in r: Range<Int>) -> Bool {
        guard ti + 1 < r.upperBound else { return true }
        let next = tt.string(tt.tokens[ti + 1])
        return next == "·" || next == "|" || (tt.tokens[ti + 1].kind == .word && next.first?.isUppercase == true)
    }

    /// The "par" of a byline's author ending at token `end` (exclusive): one to four
    /// capitalised words ("par Paul Durand", "par Me Jean Martin") or a newsroom
    /// (`header-fields.json` `newsroomAuthors`: "par la rédaction"), within five tokens.
    func bylineAuthor(before end: Int, _ tt: TokenizedText, from lo: Int) -> Int? {
        var p = end - 1
        while p >= lo && end - p <= 5 && tt.folded(tt.tokens[p]) != "par" { p -= 1 }
        guard p >= lo, p < end - 1, tt.folded(tt.tokens[p]) == "par" else { return nil }
        let author = (p + 1)..<end
        let capitalised = author.count <= 4 && author.allSatisfy { k in
            tt.tokens[k].kind == .word && tt.string(tt.tokens[k]).first?.isUppercase == true
        }
        if capitalised { return p }
        let phrase = author.map { tt.folded(tt.tokens[$0]) }.joined(separator: " ")
        return fields.newsroomAuthors?.set.contains(phrase) == true ? p : nil
    }
}
