import CircText

extension HeaderScanner {
    /// The kind word a letterhead sets as the text's banner, read where a copy ran the
    /// letterhead onto one line: "… Fraternité Communiqué de presse Bobigny, le 14 juillet
    /// 2023 …", "… Monsieur le préfet de police INSTRUCTION N° INTV2012345J Objet : …",
    /// "CIRCULAIRE Paris, le 14 mars 1852. Monsieur le Préfet, …". On its own line the banner
    /// is read by the kind titles of `document-kinds.json`; run into other words, only what
    /// follows it tells it from prose: a banner is followed at once by a dateline, a number
    /// or a header field, which a kind word in a sentence ("la circulaire du …", "une note
    /// sur …") is not; or it is set in capitals ("… COMMUNIQUÉ DE PRESSE Vigilance grand
    /// froid …", "NOTE DE SERVICE Le secrétaire général …"), which prose never does.
    /// Capitalised, not after a determiner, not in a "Réf :" list.
    func kindBanner() -> String? {
        for i in w.indices.prefix(250) {
            guard let b = vocab.bannerKinds.first(where: { matches($0.words, at: i) }),
                  tt.string(tt.tokens[tok[i]]).first?.isUppercase == true,
                  i == 0 || !vocab.determiners.contains(w[i - 1]) && w[i - 1] != "-" else { continue }
            let j = i + b.words.count
            let capitals = (i..<j).allSatisfy { k in !tt.string(tt.tokens[tok[k]]).contains(where: \.isLowercase) }
            guard j + 1 < w.count, capitals || bannerFollower(at: j) || datelineThenAuthority(i, j) else { continue }
            // A tag closed by its full stop under the page's prose heads a paragraph; a banner
            // on its own line under a page's introduction ("Nous publions ci-dessous la note…")
            // still names the text posted.
            if w[j] == "." && proseBefore(i) { return nil }
            let refWords: Set<String> = ["ref", "refs", "references", "reference", "vu", "visa", "visas"]
            if (max(0, i - 40)..<i).contains(where: { refWords.contains(w[$0]) }) { continue }
            return b.kind
        }
        return nil
    }

    /// Whether a sentence of prose ends before word `i`: at least `MetadataExtractor.proseWords`
    /// words from a line's start or a full stop up to a full stop, with no colon (a field) and
    /// no civility (an addressee line) among them. A live page's tag under it ("16h40 / Une pharmacie a été incendiée dans la
    /// nuit, selon la mairie. / 15h12 / CIRCULAIRE. Le ministre demande…") is no banner: the
    /// page's text has begun above it.
    func proseBefore(_ i: Int) -> Bool {
        var run = 0, field = false
        for k in 0..<i {
            // A line opens a sentence of its own (a headline ends without a full stop).
            if tt.tokens[tok[k]].newlinesBefore > 0 { (run, field) = (0, false) }
            if w[k] == "." {
                if !field && run >= MetadataExtractor.proseWords { return true }
                (run, field) = (0, false)
            } else {
                run += 1
                if w[k] == ":" || vocab.civilities.contains(where: { $0.first == w[k] }) { field = true }
            }
        }
        return false
    }

    /// A banner in ordinary case between the dateline and the authority of a flattened
    /// letter: "… Paris, le 15 février 2024 Note Le ministre de l'intérieur à …" — the date
    /// just before it, "le/la <authority head>" just after.
    func datelineThenAuthority(_ i: Int, _ j: Int) -> Bool {
        guard i >= 1, j + 1 < w.count, tt.tokens[tok[i - 1]].kind == .date else { return false }
        return (w[j] == "le" || w[j] == "la") && vocab.emitterHeads.contains(w[j + 1])
    }

    /// What follows a banner: "N° …" (its number), "NOR :" or "Objet :" (the first header
    /// field), or a dateline "<Place>, le <day> …" whose place is capitalised, after the
    /// issuer the banner may name ("Communiqué de presse du ministère de l'Intérieur Paris,
    /// le 3 novembre 2022").
    func bannerFollower(at j0: Int) -> Bool {
        var j = j0
        if ["du", "de", "des"].contains(w[j]), let p = (j + 1..<min(w.count - 3, j + 10)).first(where: { k in
            k > j + 1 && w[k + 1] == "," && tt.string(tt.tokens[tok[k]]).first?.isUppercase == true
        }) { j = p }
        let first = tt.tokens[tok[j]]
        if first.kind == .textNumber || ["n°", "no"].contains(w[j]) && tt.string(first).first == "N" { return true }
        if ["objet", "nor"].contains(w[j]), w[j + 1] == ":", tt.string(first).first?.isUppercase == true { return true }
        guard tt.string(first).first?.isUppercase == true,
              let comma = (j + 1..<min(w.count - 2, j + 4)).first(where: { w[$0] == "," }), w[comma + 1] == "le" else { return false }
        return tt.tokens[tok[comma + 2]].kind == .date
    }

    /// The label of a header field set in capitals, which ends the field before it when a
    /// copy ran the header onto one line: "Objet : Présentation de la loi … ARTICLES MODIFIÉS
    /// OU CRÉÉS : Art. 41 …". Two to six words in capitals (an acronym alone, "loi ASAP :",
    /// may be the subject's own), then the colon.
    func capitalsLabel(at j: Int) -> Bool {
        let isCaps = { (k: Int) -> Bool in
            let r = self.tt.string(self.tt.tokens[self.tok[k]])
            return r.count >= 2 && r.contains(where: \.isLetter) && !r.contains(where: \.isLowercase)
        }
        guard isCaps(j) else { return false }
        var k = j + 1
        while k < min(w.count, j + 6), isCaps(k) { k += 1 }
        return k - j >= 2 && k < w.count && w[k] == ":"
    }

    /// Where a flattened copy starts the text after a list's last title: "… ; aux
    /// professeures et professeurs La présente circulaire précise …" — a capitalised sentence
    /// opener ("La", "Je", "Vous"…), its second letter in lower case (not "LA" of a title in
    /// capitals). `b` when none.
    func proseStart(from a: Int, before b: Int) -> Int {
        var k = a + 1
        while k < b {
            let raw = tt.string(tt.tokens[tok[k]])
            if vocab.sentenceOpeners.contains(w[k]), raw.first?.isUppercase == true, raw.dropFirst().first?.isLowercase ?? true { return k }
            k += 1
        }
        return b
    }

    /// "Toulouse, le 8 mars 2022" starting at word k: a flattened header's dateline, which
    /// ends the title before it ("… de coopération intercommunale Toulouse, le 8 mars 2022").
    func datelineAt(_ k: Int) -> Bool {
        guard k + 3 < w.count, w[k + 1] == ",", w[k + 2] == "le", tt.tokens[tok[k + 3]].kind == .date else { return false }
        return tt.string(tt.tokens[tok[k]]).first?.isUppercase == true
    }
}
