import CircText

/// Accent- and case-folding for comparing wording, not for showing it: the same ICU-backed
/// folding the extractor matches with (`CircText.Folder`), so that the diff and the
/// extractor agree on when two words are the same word ("Préfet" = "prefet", "œuvre" =
/// "oeuvre").
enum Folding {
    static func fold(_ s: String) -> String { Folder.shared.fold(s) }

    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }
}
