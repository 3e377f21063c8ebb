import CircText

/// Case and accent folding, and word splitting, for search: the matching kernel's fold
/// (`CircText.Fold`), the one extraction uses, so that search and extraction agree on what
/// "the same word" is. Done in Swift (not by SQLite) so that the same function prepares the
/// indexed text and the user's query, and so that `œ` becomes `oe` (FTS5's unicode61 does
/// not fold ligatures).
public enum FrenchFolding {
    /// Lower-cased, accents and ligatures removed: "Préfète ŒUVRE" → "prefete oeuvre".
    public static func fold(_ s: String) -> String { Fold.string(s) }

    /// Calls `body` with each folded word (a run of letters and digits) as UTF-8 bytes.
    /// Apostrophes and hyphens separate words ("l'article" → "l", "article"), as FTS5's
    /// tokenizer would.
    static func forEachWord(_ s: String, _ body: ([UInt8]) -> Void) {
        var word: [UInt8] = []
        var scalar: [UInt8] = []
        func flush() { if !word.isEmpty { body(word); word.removeAll(keepingCapacity: true) } }
        for u in s.unicodeScalars {
            scalar.removeAll(keepingCapacity: true)
            Fold.bytes(u.value) { scalar.append($0) }
            // A folded scalar is ASCII ("œ" → "oe"), or one non-ASCII scalar (a letter of
            // another script).
            if scalar.count == 1 || scalar.allSatisfy({ $0 < 0x80 }) {
                for b in scalar {
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { word.append(b) } else { flush() }
                }
            } else {
                for f in String(decoding: scalar, as: UTF8.self).unicodeScalars {
                    if Fold.isWordScalar(f) { word.append(contentsOf: String(f).utf8) } else { flush() }
                }
            }
        }
        flush()
    }

    /// Folded words of `s`.
    public static func words(_ s: String) -> [String] {
        var out: [String] = []
        forEachWord(s) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// Words that carry no meaning in a search (articles, prepositions, pronouns).
    static let stopwords: Set<String> = [
        "a", "au", "aux", "c", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "il", "ils", "j", "je",
        "l", "la", "le", "les", "leur", "leurs", "m", "n", "ou", "par", "pour", "qu", "que", "qui", "s", "sa",
        "se", "ses", "son", "sur", "t", "un", "une", "vos", "votre", "vous", "y",
    ]
    static let stopwordBytes: Set<[UInt8]> = Set(stopwords.map { Array($0.utf8) })
}
