import CircContract

/// What the aligner compares of one obligation: its content words and word pairs after
/// folding, its references and its deadlines. Position and section label are left out on
/// purpose, so that reordering and renumbered sections do not break a pair.
struct ObligationFeatures {
    /// Text without markup, whitespace collapsed (case and accents kept): equality of this
    /// is "same wording".
    let plain: String
    /// Its content words and word pairs.
    let profile: WordProfile
    let references: Set<String>
    let deadlines: Set<String>

    init(_ o: Obligation) {
        plain = Markup.plain(o.text)
        profile = WordProfile(plain)
        references = Set(o.references)
        deadlines = Set(o.deadlines)
    }

    /// Similarity in [0, 1]. Wording dominates (words and word pairs); references and
    /// deadlines, when either side has any, pull a pair together or apart by a fifth, so
    /// that two near-identical formulas ("vous veillerez à…") about different articles
    /// pair with the right one.
    static func similarity(_ a: ObligationFeatures, _ b: ObligationFeatures, equivalence: ReferenceEquivalence) -> Double {
        if a.plain == b.plain { return 1 }
        let text = WordProfile.similarity(a.profile, b.profile)
        var extras: [Double] = []
        if !a.references.isEmpty || !b.references.isEmpty {
            let expanded = Set(a.references.flatMap { equivalence.counterparts(ofOld: $0) })
            let shared = b.references.filter { expanded.contains($0) }.count
            let union = a.references.count + b.references.count - shared
            extras.append(union == 0 ? 1 : Double(shared) / Double(union))
        }
        if !a.deadlines.isEmpty || !b.deadlines.isEmpty { extras.append(WordProfile.dice(a.deadlines, b.deadlines)) }
        guard !extras.isEmpty else { return text }
        return 0.8 * text + 0.2 * extras.reduce(0, +) / Double(extras.count)
    }
}

/// Folded French function words: they carry no content and would make any two
/// sentences look alike.
enum StopWords {
    static let french: Set<String> = [
        "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle", "elles",
        "en", "et", "est", "etre", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m",
        "me", "mes", "mon", "ma", "n", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu",
        "que", "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "t", "ta", "te", "tes", "ton", "un", "une",
        "vos", "votre", "vous", "y", "donc", "ainsi", "tout", "tous", "toute", "toutes", "afin", "lors", "dont",
        "si", "sans", "sous", "entre", "meme", "plus", "aussi", "cela", "ceux", "celle", "celles", "celui",
    ]
}
