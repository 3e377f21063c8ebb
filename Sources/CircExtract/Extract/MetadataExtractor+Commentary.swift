import CircText

extension MetadataExtractor {
    /// A page whose title names a circular ("Circulaire du 23 janvier 2024 relative à …") and
    /// that has no NOR or addressee block may be the circular pasted whole or a page commenting
    /// it. The rulebook's kind is "the word the text uses for itself": a commentary is an
    /// article. It shows itself by an author (a "Publié le … par" byline, a "Par Claire
    /// Dubois" line, a "… par Paul Durand le 12 mars 2024" run into the title), by its publisher (a law firm's or an association's first line), or by a
    /// title that announces a commentary ("… : ce qui change", "… — notre analyse"). A pasted
    /// circular has none of these.
    func commentsTitledText(_ s: DocumentStructure) -> Bool {
        // ("Posté par Me Jean Martin le 27/01/2025", "par la rédaction, le 6 mars 2024": an
        // author's byline run into a flattened headline.)
        if authorByline(s) || publisherPage(s) || authorDateByline(s) != nil { return true }
        if s.units.prefix(6).contains(where: { isByline(s, $0) }) { return true }
        return commentaryTitle(s)
    }

    /// A title line among the first three announcing a commentary: one of `commentaryCues`
    /// after a colon or a dash ("… relative à l'admission au séjour : ce qui change"). Only the
    /// first 240 characters of each line are read (a flattened page runs the body on).
    func commentaryTitle(_ s: DocumentStructure) -> Bool {
        let tt = s.text
        for u in s.units.prefix(3) {
            let line = String(tt.text.clean(u.range).prefix(240))
            guard let cut = line.firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" }) else { continue }
            let folded = Fold.string(String(line[line.index(after: cut)...]))
            let tail = String(folded.drop(while: { $0 == " " }).map { $0 == "’" ? "'" : $0 })
            if commentaryCues.contains(where: { tail.hasPrefix($0) }) { return true }
        }
        return false
    }
}

extension MetadataExtractor {
    /// Where a link to another page begins in a flattened opening ("… Lire aussi Inondations :
    /// point de situation Publié le 15/02/2023 …"): the token of its label
    /// (`header-fields.json` `relatedLinks`), or the end of `r`. Dates after it are the
    /// linked page's.
    func relatedLinkStart(_ tt: TokenizedText, _ r: Range<Int>) -> Int {
        guard let links = fields.relatedLinks?.forms, !links.isEmpty else { return r.upperBound }
        for k in r where tt.tokens[k].kind == .word {
            // A label is capitalised ("Lire aussi", "À lire aussi"); prose writes "voir aussi".
            guard tt.string(tt.tokens[k]).first?.isUppercase == true else { continue }
            let w = tt.folded(tt.tokens[k])
            guard links.contains(where: { $0.hasPrefix(w + " ") }) else { continue }
            var phrase = w
            for n in (k + 1)..<min(r.upperBound, k + 4) {
                phrase += " " + tt.folded(tt.tokens[n])
                if links.contains(phrase) { return k }
            }
        }
        return r.upperBound
    }
}

extension MetadataExtractor {
    /// "La circulaire publiée le 23 janvier 2024 précise …": a web-date word after a kind of
    /// text (`citedKinds`) dates that text's publication, not the page ("Publié le 03/02/2023"
    /// stands alone or after the author's name).
    /// "une deuxième circulaire est publiée le 13 juin 2006", "a été publiée le": the
    /// passive's auxiliaries (`textPublicationAuxiliaries`, two at most) may stand between
    /// the kind and the word.
    func publishedText(_ ti: Int, _ tt: TokenizedText, in sentence: Range<Int>) -> Bool {
        guard ti - 3 >= sentence.lowerBound, tt.folded(tt.tokens[ti - 1]) == "le",
              fields.webDates.set.contains(tt.folded(tt.tokens[ti - 2])) else { return false }
        let auxiliaries = fields.textPublicationAuxiliaries?.set ?? []
        var k = ti - 3
        while k > sentence.lowerBound, ti - 3 - k < 2, auxiliaries.contains(tt.folded(tt.tokens[k])) { k -= 1 }
        return citedKinds.contains(tt.folded(tt.tokens[k]))
    }
}
