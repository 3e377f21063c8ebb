/// Case and accent folding, and word splitting, for search. Done in Swift (not by SQLite)
/// so that the same function prepares the indexed text and the user's query, and so that
/// `œ` becomes `oe` (FTS5's unicode61 does not fold ligatures). Works on UTF-8 bytes with
/// an ASCII fast path: ingest folds every obligation, so this is on the hot path.
public enum FrenchFolding {
    private static let table: [UInt32: [UInt8]] = {
        var t: [UInt32: [UInt8]] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
            ("òóôõöÒÓÔÕÖ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"),
            ("œŒ", "oe"), ("æÆ", "ae"), ("ß", "ss"),
        ]
        for (chars, base) in groups { for s in chars.unicodeScalars { t[s.value] = Array(base.utf8) } }
        return t
    }()

    /// Appends the folded form of `u` to `out`.
    @inline(__always)
    private static func fold(_ u: Unicode.Scalar, into out: inout [UInt8]) {
        let v = u.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v))
        } else if let r = table[v] {
            out.append(contentsOf: r)
        } else if u.properties.generalCategory == .nonspacingMark {
            return  // a decomposed accent
        } else {
            out.append(contentsOf: u.properties.lowercaseMapping.utf8)
        }
    }

    /// Lower-cased, accents and ligatures removed: "Préfète ŒUVRE" → "prefete oeuvre".
    public static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars { fold(u, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    /// Calls `body` with each folded word (a run of letters and digits) as UTF-8 bytes.
    /// Apostrophes and hyphens separate words ("l'article" → "l", "article"), as FTS5's
    /// tokenizer would.
    static func forEachWord(_ s: String, _ body: ([UInt8]) -> Void) {
        var folded: [UInt8] = []
        var word: [UInt8] = []
        for u in s.unicodeScalars {
            folded.removeAll(keepingCapacity: true)
            fold(u, into: &folded)
            // A folded scalar is ASCII, or one non-ASCII scalar (a letter of another script).
            if folded.count == 1 || folded.allSatisfy({ $0 < 0x80 }) {
                for b in folded {
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { word.append(b) }
                    else if !word.isEmpty { body(word); word.removeAll(keepingCapacity: true) }
                }
            } else {
                for f in String(decoding: folded, as: UTF8.self).unicodeScalars {
                    if isWordScalar(f) { word.append(contentsOf: String(f).utf8) }
                    else if !word.isEmpty { body(word); word.removeAll(keepingCapacity: true) }
                }
            }
        }
        if !word.isEmpty { body(word) }
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
