/// French rules the tokenizer applies, loaded from `Lexicons/` by the caller. Every string
/// here is compared folded (lowercase, no accents) unless said otherwise.
public struct TokenizerRules: Sendable {
    /// Elided words without their apostrophe: "l", "d", "qu", "lorsqu"…
    public var elisions: Set<String>
    /// Words whose apostrophe is not an elision, or their beginning: "aujourd'hui", "prud'hom".
    public var keepWhole: [String]
    /// Abbreviations with their final dot, matched exactly: "M.", "MM.", "Cass.", "C.".
    public var abbreviationsExact: Set<String>
    /// Abbreviations with their final dot, matched folded: "art.", "al.", "cf.", "etc.".
    public var abbreviationsFolded: Set<String>
    /// Prefixes of code article numbers, matched exactly: "L", "R", "D", "A", "LO".
    public var articlePrefixes: Set<String>
    /// "bis", "ter", "quater"…: part of an article number.
    public var articleSuffixes: Set<String>
    /// Month names and abbreviations (without dot), folded, to their number.
    public var months: [String: Int]
    /// Ordinal suffixes after digits: "er", "e", "eme", "nd"…
    public var ordinalSuffixes: Set<String>
    /// Suffixes of a Roman ordinal ("Ier", "IIe", "IVème"): "er", "re", "e", "eme".
    public var romanOrdinalSuffixes: Set<String>
    /// Short words a copy glues to the number before them ("520-1du code", "63-1et 63-4"):
    /// never part of the number.
    public var gluedWords: Set<String>
    /// Words that cannot end a line of their own ("de", "du", "le", "l'"…), folded: a line
    /// ending in one is a wrapped line, whatever its length (OCR'd pages wrap at 35–50).
    public var lineOpenWords: Set<String> { didSet { lineOpenKeys = Set(lineOpenWords.map(Fold.key)) } }
    /// `lineOpenWords` by word key: looked up at line breaks without building the word.
    public private(set) var lineOpenKeys: Set<UInt64> = []
    /// Determiners and prepositions that cannot end a line even before a capitalised one
    /// ("Recevez, Monsieur le⏎Préfet", "A Messieurs les⏎Préfets"), folded: a narrow page
    /// wraps there. A subset of `lineOpenWords`, without "à" and "et", which do end the
    /// sender's line above an addressee block ("Le ministre de l'Intérieur à⏎Mesdames …").
    public var capitalLineOpenWords: Set<String> { didSet { capitalLineOpenKeys = Set(capitalLineOpenWords.map(Fold.key)) } }
    public private(set) var capitalLineOpenKeys: Set<UInt64> = []
    /// Capitalised words that open a sentence run on after a heading a copy flattened ("Le
    /// partage de l'information Les préfets réuniront …", "La réponse pénale Il appartiendra
    /// aux parquets …"), folded: articles and subject pronouns (`Segmenter.runsOnAfterHeading`).
    public var runOnOpeners: Set<String> { didSet { runOnOpenerKeys = Set(runOnOpeners.map(Fold.key)) } }
    public private(set) var runOnOpenerKeys: Set<UInt64> = []
    /// Scalars in the longest abbreviation, its dot excluded: longer words are not looked up.
    public let longestAbbreviation: Int

    public init(elisions: Set<String>, keepWhole: [String], abbreviationsExact: Set<String>,
                abbreviationsFolded: Set<String>, articlePrefixes: Set<String>, articleSuffixes: Set<String>,
                months: [String: Int], ordinalSuffixes: Set<String>, romanOrdinalSuffixes: Set<String>,
                gluedWords: Set<String> = [], lineOpenWords: Set<String> = [], capitalLineOpenWords: Set<String> = [],
                runOnOpeners: Set<String> = []) {
        self.lineOpenWords = lineOpenWords
        self.capitalLineOpenWords = capitalLineOpenWords
        capitalLineOpenKeys = Set(capitalLineOpenWords.map(Fold.key))
        self.runOnOpeners = runOnOpeners
        runOnOpenerKeys = Set(runOnOpeners.map(Fold.key))
        lineOpenKeys = Set(lineOpenWords.map(Fold.key))
        self.romanOrdinalSuffixes = romanOrdinalSuffixes
        self.gluedWords = gluedWords
        self.elisions = elisions
        self.keepWhole = keepWhole
        self.abbreviationsExact = abbreviationsExact
        self.abbreviationsFolded = abbreviationsFolded
        self.articlePrefixes = articlePrefixes
        self.articleSuffixes = articleSuffixes
        self.months = months
        self.ordinalSuffixes = ordinalSuffixes
        longestAbbreviation = abbreviationsExact.union(abbreviationsFolded).map { $0.unicodeScalars.count - 1 }.max() ?? 0
    }
}
