import CircText

/// `document-kinds.json` `actTitles`, folded words.
struct ActTitles: Decodable, Sendable {
    let heads, qualifiers, followers, notAfter: [String]
}

extension MetadataExtractor {
    /// How far into a page an act's own title is looked for (scalars): its banner and its
    /// first lines.
    static let actTitleReach = 2_000

    /// "ARRÊTÉ PRÉFECTORAL N° 2021-045 autorisant …", "… PREFET D'ILLE-ET-VILAINE ARRETE portant
    /// interdiction …", "Arrêté n° 2024-2010 du 24 12 2024 interdisant …": an act's own title
    /// near the top of its page, in lines or run into a copy's banner — the page is that act
    /// (kind unknown), even where the excerpt lost its enacting "ARRÊTE :". The head is
    /// capitalised and follows no determiner ("l'arrêté n° …" in prose cites one); a qualifier
    /// may stand between it and its number or its verb.
    func actTitle(_ tt: TokenizedText, before end: Int) -> Bool {
        let toks = tt.tokens
        let heads = Set(actTitles.heads), followers = Set(actTitles.followers)
        let qualifiers = Set(actTitles.qualifiers), notAfter = Set(actTitles.notAfter)
        for k in toks.indices.dropLast() where toks[k].kind == .word && Int(toks[k].start) < end {
            let raw = tt.string(toks[k])
            guard raw.first?.isUppercase == true, heads.contains(tt.folded(toks[k])) else { continue }
            if k > 0, toks[k - 1].kind == .word, notAfter.contains(tt.folded(toks[k - 1])) { continue }
            // "- Arrêté n° 2010-12 …" in a list of references cites an act; a collection's table
            // of contents sets the act's own title in capitals ("… - ARRETE N° 19-DIR-057").
            if k > 0, toks[k - 1].kind != .word, let c = tt.string(toks[k - 1]).first, ListBullet.isBullet(c),
               raw.contains(where: \.isLowercase) { continue }
            var n = k + 1
            if n < toks.count, qualifiers.contains(tt.folded(toks[n])) { n += 1 }
            // ("N°2" read as one number token by an OCR that dropped the space.)
            if n < toks.count, followers.contains(tt.folded(toks[n])) || tt.folded(toks[n]).hasPrefix("n°") { return true }
        }
        return false
    }
}
