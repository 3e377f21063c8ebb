/// A light French stemmer in the manner of Savoy's (and Lucene's FrenchLightStemmer): it
/// strips plurals and a few inflectional and derivational suffixes, on folded words. Light
/// on purpose: a juriste searching "rétention" wants "retentions", "retenue", "retenu" and
/// "retenir", not every word sharing four letters. Stems are search keys, not words.
public enum FrenchStemmer {
    /// Suffix → replacement, longest first; the first that leaves a long enough stem wins.
    private static let rules: [(suffix: [UInt8], replacement: [UInt8], minStem: Int)] = [
        ("issement", "", 4), ("ement", "", 3), ("ation", "", 3), ("ition", "", 3), ("tion", "", 3),
        ("sion", "s", 3), ("ment", "", 3), ("euse", "", 3), ("ique", "", 3), ("elle", "", 3),
        ("ite", "", 3), ("eur", "", 3), ("ive", "", 3), ("ant", "", 4), ("ee", "", 3), ("ue", "", 4),
        ("ie", "i", 3), ("if", "", 3), ("el", "", 4), ("er", "", 3), ("ir", "", 3),
        ("e", "", 3), ("u", "", 4),
    ].map { (Array($0.0.utf8), Array($0.1.utf8), $0.2) }

    /// Stem of one folded word (see `FrenchFolding.fold`).
    public static func stem(_ word: String) -> String {
        String(decoding: stem(bytes: Array(word.utf8)), as: UTF8.self)
    }

    /// The stemmer proper, on the UTF-8 bytes of a folded word. Words with digits or
    /// non-ASCII letters (another script) are left whole.
    static func stem(bytes: [UInt8]) -> [UInt8] {
        var w = bytes
        if w.count < 4 || w.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }) { return w }
        // Plurals: -aux → -al (journaux → journal), then a final -s or -x.
        if w.count > 5, w[w.count - 3] == 0x61, w[w.count - 2] == 0x75, w[w.count - 1] == 0x78 {
            w.removeLast(3); w.append(contentsOf: [0x61, 0x6C])
        } else if let last = w.last, last == 0x73 || last == 0x78 {
            w.removeLast()
        }
        for rule in rules where w.count - rule.suffix.count >= rule.minStem && w.suffix(rule.suffix.count).elementsEqual(rule.suffix) {
            w.removeLast(rule.suffix.count)
            w.append(contentsOf: rule.replacement)
            break
        }
        return w
    }
}

/// What goes into the FTS index for an obligation, and the FTS5 expression for a query.
/// The index holds stems, so the query must be stemmed the same way.
public enum FrenchSearchText {
    /// Space-separated stems of the meaningful words of `text`.
    public static func indexText(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        FrenchFolding.forEachWord(text) { word in
            guard !FrenchFolding.stopwordBytes.contains(word) else { return }
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: FrenchStemmer.stem(bytes: word))
        }
        return String(decoding: out, as: UTF8.self)
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
                // Words are letters and digits only after folding: the quotes cannot be escaped.
                let term = "\"" + (prefix && isLast ? w : FrenchStemmer.stem(w)) + "\""
                groups[groups.count - 1].append(prefix && isLast ? term + " *" : term)
            }
        }
        let parts = groups.filter { !$0.isEmpty }.map { $0.count == 1 ? $0[0] : "(" + $0.joined(separator: " AND ") + ")" }
        return parts.isEmpty ? nil : parts.joined(separator: " OR ")
    }
}
