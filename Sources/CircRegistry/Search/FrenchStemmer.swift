/// A light French stemmer in the manner of Savoy's (and Lucene's FrenchLightStemmer): it
/// strips plurals and a few inflectional and derivational suffixes, on folded words. Light
/// on purpose: a juriste searching "rétention" wants "retentions", "retenue", "retenu" and
/// "retenir", not every word sharing four letters. Stems are search keys, not words.
public enum FrenchStemmer {
    /// Suffix → replacement, longest first; the first that leaves a long enough stem wins.
    private static let rules: [(suffix: String, replacement: String, minStem: Int)] = [
        ("issement", "", 4), ("ement", "", 3), ("ation", "", 3), ("ition", "", 3), ("tion", "", 3),
        ("sion", "s", 3), ("ment", "", 3), ("euse", "", 3), ("ique", "", 3), ("elle", "", 3),
        ("ite", "", 3), ("eur", "", 3), ("ive", "", 3), ("ant", "", 4), ("ee", "", 3), ("ue", "", 4),
        ("ie", "i", 3), ("if", "", 3), ("el", "", 4), ("er", "", 3), ("ir", "", 3),
        ("e", "", 3), ("u", "", 4),
    ]

    /// Stem of one folded word (see `FrenchFolding.fold`).
    public static func stem(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        if w.count < 4 || w.contains(where: { $0.properties.numericType != nil }) { return word }
        // Plurals: -aux → -al (journaux → journal), then a final -s or -x.
        if w.count > 5, w.suffix(3).elementsEqual("aux".unicodeScalars) {
            w.removeLast(3); w.append(contentsOf: "al".unicodeScalars)
        } else if let last = w.last, last == "s" || last == "x" {
            w.removeLast()
        }
        for rule in rules {
            let suffix = Array(rule.suffix.unicodeScalars)
            guard w.count - suffix.count >= rule.minStem, w.suffix(suffix.count).elementsEqual(suffix) else { continue }
            w.removeLast(suffix.count)
            w.append(contentsOf: rule.replacement.unicodeScalars)
            break
        }
        return String(String.UnicodeScalarView(w))
    }
}

/// What goes into the FTS index for an obligation, and the FTS5 expression for a query.
/// The index holds stems, so the query must be stemmed the same way.
public enum FrenchSearchText {
    /// Space-separated stems of the meaningful words of `text`.
    public static func indexText(_ text: String) -> String {
        FrenchFolding.words(text).lazy.filter { !FrenchFolding.stopwords.contains($0) }
            .map(FrenchStemmer.stem).joined(separator: " ")
    }

    /// Builds an FTS5 MATCH expression from free user text. Every word is folded, stemmed
    /// and double-quoted, so FTS syntax typed by the user (quotes, `NEAR`, parentheses, `-`,
    /// `:`, `^`) is only ever words. Supported on purpose: a standalone `OR` between words
    /// (either side), and a trailing `*` on a word (prefix). Nil when no word is left.
    public static func matchExpression(_ query: String) -> String? {
        var groups: [[String]] = [[]]
        for raw in query.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if raw == "OR" { groups.append([]); continue }
            let prefix = raw.hasSuffix("*")
            let words = FrenchFolding.words(String(raw)).filter { !FrenchFolding.stopwords.contains($0) }
            for (i, w) in words.enumerated() {
                let isLast = i == words.count - 1
                // Words of the query are [a-z0-9]+ after folding: quoting cannot be escaped.
                let term = "\"" + (prefix && isLast ? w : FrenchStemmer.stem(w)) + "\""
                groups[groups.count - 1].append(prefix && isLast ? term + " *" : term)
            }
        }
        let parts = groups.filter { !$0.isEmpty }.map { $0.count == 1 ? $0[0] : "(" + $0.joined(separator: " AND ") + ")" }
        return parts.isEmpty ? nil : parts.joined(separator: " OR ")
    }
}
