/// The contract's code abbreviations and the names circulars write them under, for reading
/// `--ref "article L742-5 du code de l'entrée et du séjour…"`. Matched on folded text.
public enum CodeNames {
    public static let codes = ["CESEDA", "CPP", "CP", "CSS", "CSI", "CGCT", "CJA", "CRPA", "CASF", "CCIV", "CT"]

    /// Folded names, longest first so that "code penal" does not win over "code de procedure penale".
    static let names: [(name: String, code: String)] = [
        ("code de l entree et du sejour des etrangers et du droit d asile", "CESEDA"),
        ("code de procedure penale", "CPP"),
        ("code de la securite sociale", "CSS"),
        ("code de la securite interieure", "CSI"),
        ("code general des collectivites territoriales", "CGCT"),
        ("code de justice administrative", "CJA"),
        ("code des relations entre le public et l administration", "CRPA"),
        ("code de l action sociale et des familles", "CASF"),
        ("code du travail", "CT"),
        ("code civil", "CCIV"),
        ("code penal", "CP"),
    ].sorted { $0.0.count > $1.0.count }

    public static func isCode(_ s: String) -> Bool { codes.contains(s) }

    /// The code named in `text` (an abbreviation or a full name), if any.
    static func find(in text: String) -> String? {
        let words = FrenchFolding.words(text)
        let joined = " " + words.joined(separator: " ") + " "
        for (name, code) in names where joined.contains(" " + name + " ") { return code }
        for w in words { let up = w.uppercased(); if codes.contains(up) { return up } }
        return nil
    }
}
