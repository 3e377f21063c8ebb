import CircText

/// Accent- and case-folding for comparing wording, not for showing it: the same ICU-backed
/// folding the extractor matches with (the kernel's `CircText.Fold`), so that the diff and the
/// extractor agree on when two words are the same word ("Préfet" = "prefet", "œuvre" =
/// "oeuvre").
enum Folding {
    static func fold(_ s: String) -> String { Fold.string(s) }

    static func isWordScalar(_ u: Unicode.Scalar) -> Bool { Fold.isWordScalar(u) }
}
