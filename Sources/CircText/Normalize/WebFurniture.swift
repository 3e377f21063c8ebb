/// Notices a website or a document-sharing site puts around the text it copies ("Accédez en
/// illimité à nos contenus…", "Les Documents issus des collections de la BnF…"): blanked
/// with the rest of their line, so they are never read as the text's sentences (an
/// imperative "Accédez…" is no duty of anyone). Looked for near the top and the bottom only,
/// where sites put them: the body of a long text is not searched.
enum WebFurniture {
    /// Scalars searched at each end.
    static let edge = 4_000

    /// `phrases`: folded (lowercase, no accents, straight apostrophes) scalar values.
    static func blank(_ s: MutableScalarView, phrases: [[UInt32]]) {
        guard !phrases.isEmpty else { return }
        let n = s.count
        let ranges = n <= 2 * edge ? [0..<n] : [0..<edge, (n - edge)..<n]
        let fold = Folder.shared
        for r in ranges {
            var i = r.lowerBound
            while i < r.upperBound {
                let c = fold.fold(s[i].value)
                // A phrase starts a word.
                if i > 0, s[i - 1].properties.isAlphabetic { i += 1; continue }
                var hit = false
                for p in phrases where p[0] == c && i + p.count <= n {
                    var k = 1
                    while k < p.count && fold.fold(s[i + k].value) == p[k] { k += 1 }
                    if k == p.count { hit = true; break }
                }
                guard hit else { i += 1; continue }
                var e = i
                while e < n && s[e] != "\n" { s[e] = " "; e += 1 }
                i = e
            }
        }
    }
}
