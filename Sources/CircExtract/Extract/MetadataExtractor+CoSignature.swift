import CircText

extension MetadataExtractor {
    /// A circular co-signed by several ministers closes on one title and one name each
    /// ("Le garde des sceaux, ministre de la justice / Nicole BELLOUBET / Le ministre de
    /// l'intérieur / Christophe CASTANER"). The signatory is the first-named, as the emitter
    /// is; the structure marks only the last name. Walks back over (title, name) pairs while
    /// each name line has its own signing title above it, and returns the first name's unit.
    func firstCoSignature(_ s: DocumentStructure, last: Int) -> Int {
        var k = last
        // Names alone, one a line, under titles the header gave ("Christophe CASTANER /
        // Nicole BELLOUBET"; the structure marks names in ordinary case so too).
        while k >= 1, s.units[k - 1].kind == .signature || isNameLine(s, k - 1) { k -= 1 }
        while k >= 3, let t = signerBlockStart(s, k - 1), t >= 2, isNameLine(s, t - 1), signingTitleStart(s, t - 2) != nil { k = t - 1 }
        return k
    }

    /// The first line of a co-signer's block ending at unit k: its signing title, and the
    /// delegation line above it when there is one ("Pour la ministre et par délégation : / La
    /// directrice générale de la cohésion sociale, / Virginie LASSERRE" under a first director's
    /// block of the same shape).
    func signerBlockStart(_ s: DocumentStructure, _ k: Int) -> Int? {
        guard let t = signingTitleStart(s, k) else { return nil }
        guard t >= 1, s.units[t - 1].kind != .header, delegator(Fold.string(s.text.text.clean(s.units[t - 1].range))) != nil else { return t }
        return t - 1
    }

    /// The first line of the signing title ending at unit k: k itself, or the line above when
    /// the title wraps ("Le ministre des affaires étrangères / et européennes", "Le ministre de
    /// l'intérieur, de l'outre-mer / et des collectivités territoriales"): a short line opening
    /// on a link word in lower case goes on with the title above it.
    func signingTitleStart(_ s: DocumentStructure, _ k: Int) -> Int? {
        if isSigningTitle(s, k) { return k }
        guard k >= 1, isTitleContinuation(s, k), isSigningTitle(s, k - 1) else { return nil }
        return k - 1
    }

    /// "et européennes", "de la mer": a short line that opens on a link word in lower case.
    func isTitleContinuation(_ s: DocumentStructure, _ k: Int) -> Bool {
        let u = s.units[k]
        guard u.kind != .header, u.kind != .footnote, u.range.count <= 80 else { return false }
        let line = s.text.text.clean(u.range)
        guard let first = line.split(separator: " ").first, first.first?.isLowercase == true else { return false }
        return ["et", "de", "du", "des"].contains(first) || first.hasPrefix("de l") || first.hasPrefix("d'") || first.hasPrefix("d’")
    }

    /// "Le ministre de l'intérieur", "La garde des sceaux, ministre de la justice,": a short
    /// line naming an authority that signs (the lexicon's `emitterHeads` after its article).
    func isSigningTitle(_ s: DocumentStructure, _ k: Int) -> Bool {
        let u = s.units[k]
        guard u.kind != .header, u.kind != .footnote, u.range.count <= 140 else { return false }
        let w = Fold.string(s.text.text.clean(u.range)).split(whereSeparator: { !($0.isLetter || $0 == "-") })
        guard w.count >= 2, w.count <= 18, w[0] == "le" || w[0] == "la" else { return false }
        return emitterHeads.contains(String(w[1]))
    }

    /// "Nicole BELLOUBET", "Jean-Yves LE DRIAN": two to four capitalised words, one of them
    /// a surname in capitals.
    func isNameLine(_ s: DocumentStructure, _ k: Int) -> Bool {
        let u = s.units[k]
        guard u.kind != .header, u.kind != .footnote, u.range.count <= 60 else { return false }
        let ws = s.text.text.clean(u.range).split(separator: " ")
        guard ws.count >= 2, ws.count <= 4, ws.allSatisfy({ $0.first?.isUppercase == true || nameParticles.contains(Fold.string(String($0))) }) else { return false }
        // "LE PREFET," in capitals over the name: a title (its comma kept on the word), no co-signer.
        return ws.contains { $0.count >= 3 && $0 == $0.uppercased() && $0.contains(where: \.isLetter) }
            && !ws.contains { w in
                let f = Fold.string(String(w)).trimmingCharacters(in: ",;:")
                return nameStops.contains(f) && !nameParticles.contains(f)
            }
    }
}

extension MetadataExtractor {
    /// A flattened copy runs the closing titles and names onto the text's last line, the name
    /// in ordinary case or in capitals: "… Le garde des sceaux, ministre de la justice, Éric
    /// Dupond-Moretti", "… Le ministre de l'intérieur, Gérald Darmanin La ministre déléguée …,
    /// Marlène Schiappa". The signatory is the name closing the first such title (co-signers
    /// follow the first-named, as the emitter is): a signing title ("Le ministre", "La
    /// garde", "Le préfet," whose comma closes the bare head), within a few words a comma, then the name, then the end or the next title.
    /// A name in the prose ("Le ministre de l'intérieur, Gérald Darmanin, a demandé") is
    /// followed by neither.
    func signedAfterTitle(_ all: [String]) -> String? {
        let words = Array(all.suffix(60))
        // ("…, et par délégation, le directeur général …, Pierre-Antoine Molina": in lower case
        // after a comma. "Le Préfet, MORAIN.": the title one word, its comma glued to it.)
        let opensTitle = { (j: Int) -> Bool in
            j + 1 < words.count && (words[j] == "Le" || words[j] == "La" || (words[j] == "le" || words[j] == "la") && j > 0 && words[j - 1].hasSuffix(","))
                && self.emitterHeads.contains(Fold.string(words[j + 1]).trimmingCharacters(in: ","))
        }
        for j in words.indices where opensTitle(j) {
            var k = j + 2
            while k < min(words.count, j + 16) {
                defer { k += 1 }
                guard words[k - 1].hasSuffix(","), let n = nameRun(words, from: k) ?? loneSurname(words, at: k) else { continue }
                if k + n == words.count || opensTitle(k + n) {
                    var name = words[k..<(k + n)].joined(separator: " ")
                    if name.hasSuffix(".") { name.removeLast() }
                    return Self.personName(name)
                }
            }
        }
        return nil
    }

    /// How many words from `k` make a person's name: two to four, each a first name ("Éric",
    /// "Jean-Marc"), an initial, a surname in capitals or a particle between them.
    func nameRun(_ words: [String], from k: Int) -> Int? {
        var n = 0
        while k + n < words.count, n < 4 {
            var w = words[k + n]
            // The next co-signer's title ("… Gérald Darmanin La ministre déléguée"), not "Bruno Le Maire".
            if w == "Le" || w == "La", k + n + 1 < words.count, emitterHeads.contains(Fold.string(words[k + n + 1])) { break }
            if w.hasSuffix(".") && !StructureBuilder.isInitial(w) { w.removeLast() }
            let caps = w.count >= 2 && w == w.uppercased() && w.allSatisfy { $0.isLetter || $0 == "-" }
            let particle = n > 0 && nameParticles.contains(Fold.string(w)) && w.first?.isLowercase == true
            guard StructureBuilder.isNameWord(w) || StructureBuilder.isInitial(w) || caps || particle,
                  !nameStops.contains(Fold.string(w)) || particle else { break }
            n += 1
            if words[k + n - 1].hasSuffix(".") && !StructureBuilder.isInitial(words[k + n - 1]) { break }
        }
        return n >= 2 ? n : nil
    }

    /// An older letter signs with the surname alone, in capitals, ending the text: "… Le
    /// Ministre de l'Intérieur, LEYGUES.", "… Le Directeur de la Sûreté générale, PUJALET." —
    /// one word only where nothing follows it (a name in the prose has its first name).
    func loneSurname(_ words: [String], at k: Int) -> Int? {
        guard k == words.count - 1 else { return nil }
        var w = words[k]
        if w.hasSuffix(".") { w.removeLast() }
        guard w.count >= 3, w == w.uppercased(), w.allSatisfy({ $0.isLetter || $0 == "-" }), !nameStops.contains(Fold.string(w)) else { return nil }
        return 1
    }
}

extension MetadataExtractor {
    /// "Une circulaire signée par le ministre de l'intérieur Gérald Darmanin et le ministre du
    /// travail Olivier Dussopt, invite les préfets …": a press item names the signers of a
    /// co-signed text after "signée par" (`signedBy`), and the first-named signs, as the
    /// first-named minister emits ("Signée de Gérard Collomb et de Jacques Mézard, cette
    /// circulaire…" too); the name nearest the verb ("Olivier Dussopt, invite") is
    /// the second signer's. Only in a sentence naming a written instruction (a law "signée
    /// par" a President is no signature of the circular the item reports).
    func reportedSigner(_ s: DocumentStructure) -> String? {
        let tt = s.text
        for sen in tt.sentences {
            let r = Array(sen.tokens)
            guard let k = r.indices.first(where: { j in
                signedByFilter.mayMatch(tt, tt.tokens[r[j]]) && signedBy.contains(tt.folded(tt.tokens[r[j]]))
                    && r[(j + 1)...].prefix(2).contains { ["par", "de", "d'"].contains(tt.folded(tt.tokens[$0])) }
            }), r.contains(where: { let f = tt.folded(tt.tokens[$0]); return letterWords.contains(f) || writtenKinds.contains(f) }) else { continue }
            if let name = firstNameRun(tt, Array(r[(k + 2)...].prefix(12))) { return name }
        }
        return nil
    }

    /// The first run of two or more capitalised words among tokens, as its last two words
    /// ("l'Intérieur Gérald Darmanin" → "Gérald Darmanin"; "la Première ministre Élisabeth
    /// Borne" → "Élisabeth Borne": a lone capitalised word is a title's).
    func firstNameRun(_ tt: TokenizedText, _ toks: [Int]) -> String? {
        func isName(_ i: Int) -> Bool {
            guard tt.tokens[i].kind == .word else { return false }
            let w = tt.string(tt.tokens[i])
            guard w.count >= 2, w.first?.isUppercase == true, w.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
            return !nameStops.contains(Fold.string(w))
        }
        var run: [String] = []
        for i in toks {
            if isName(i) { run.append(tt.string(tt.tokens[i])); continue }
            if run.count >= 2 { break }
            run = []
        }
        return run.count >= 2 ? run.suffix(2).joined(separator: " ") : nil
    }
}

extension MetadataExtractor {
    /// Two co-signers' names set side by side on one line ("Éric DUPOND-MORETTI      Gérald
    /// DARMANIN", the columns of a joint circular's closing, or those lines run together in a
    /// flattened copy): the words of the first name only, as the emitter is the first-named.
    /// A second name starts at a first name in ordinary case right after a surname in
    /// capitals, with a surname in capitals after it; one name alone ("Jean-Yves LE DRIAN",
    /// "Pr Jérôme SALOMON") has no such point and is kept whole.
    static func firstOfNames(_ ws: [Substring]) -> [Substring] {
        func caps(_ w: Substring) -> Bool { w.count >= 2 && w == w.uppercased() && w.contains(where: \.isLetter) }
        guard ws.count >= 4 else { return ws }
        for i in 2..<(ws.count - 1) where caps(ws[i - 1]) && StructureBuilder.isNameWord(String(ws[i])) && ws[(i + 1)...].contains(where: caps) {
            return Array(ws[..<i])
        }
        return ws
    }
}
