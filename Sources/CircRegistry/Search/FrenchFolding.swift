/// Case and accent folding, and word splitting, for search. Done in Swift (not by SQLite)
/// so that the same function prepares the indexed text and the user's query, and so that
/// `œ` becomes `oe` (FTS5's unicode61 does not fold ligatures).
public enum FrenchFolding {
    private static let table: [Unicode.Scalar: String] = {
        var t: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
            ("òóôõöÒÓÔÕÖ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"),
        ]
        for (chars, base) in groups { for s in chars.unicodeScalars { t[s] = base } }
        for (s, r) in [("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss")] {
            t[s.unicodeScalars.first!] = r
        }
        return t
    }()

    /// Lower-cased, accents and ligatures removed: "Préfète ŒUVRE" → "prefete oeuvre".
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.isASCII {
                out.append(u.properties.isUppercase ? Unicode.Scalar(u.value + 32)! : u)
            } else if let r = table[u] {
                out.append(contentsOf: r.unicodeScalars)
            } else if u.properties.generalCategory == .nonspacingMark {
                continue  // a decomposed accent
            } else {
                out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// Folded words: runs of letters and digits. Apostrophes and hyphens separate words
    /// ("l'article" → "l", "article"), as FTS5's tokenizer would.
    public static func words(_ s: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for u in fold(s).unicodeScalars {
            if u.properties.isAlphabetic || u.properties.numericType != nil {
                current.append(u)
            } else if !current.isEmpty {
                words.append(String(current)); current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Words that carry no meaning in a search (articles, prepositions, pronouns).
    static let stopwords: Set<String> = [
        "a", "au", "aux", "c", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "il", "ils", "j", "je",
        "l", "la", "le", "les", "leur", "leurs", "m", "n", "ou", "par", "pour", "qu", "que", "qui", "s", "sa",
        "se", "ses", "son", "sur", "t", "un", "une", "vos", "votre", "vous", "y",
    ]
}
