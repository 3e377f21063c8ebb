import CircText

extension MetadataExtractor {
    /// A circular co-signed by several ministers closes on one title and one name each
    /// ("Le garde des sceaux, ministre de la justice / Nicole BELLOUBET / Le ministre de
    /// l'intérieur / Christophe CASTANER"). The signatory is the first-named, as the emitter
    /// is; the structure marks only the last name. Walks back over (title, name) pairs while
    /// each name line has its own signing title above it, and returns the first name's unit.
    func firstCoSignature(_ s: DocumentStructure, last: Int) -> Int {
        var k = last
        while k >= 3, isSigningTitle(s, k - 1), isNameLine(s, k - 2), isSigningTitle(s, k - 3) { k -= 2 }
        return k
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
        return ws.contains { $0.count >= 3 && $0 == $0.uppercased() && $0.contains(where: \.isLetter) }
            && !ws.contains { nameStops.contains(Fold.string(String($0))) && !nameParticles.contains(Fold.string(String($0))) }
    }
}
