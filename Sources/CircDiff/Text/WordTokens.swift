/// Splits text into the units a redline shows: words (letters and digits, with inner
/// hyphens, so "612-6" and "sous-préfectures" stay whole) and single punctuation marks.
/// Each token keeps the whitespace that follows it, so that the equal parts of a redline
/// reproduce the new text exactly; only the `key` (the token without that whitespace) is
/// compared, so re-wrapped lines are not changes.
struct WordTokens {
    var keys: [Substring] = []
    /// The token with its trailing whitespace, as written.
    var pieces: [Substring] = []
    /// Leading whitespace of the whole text (before the first token).
    var lead: Substring = ""

    init(_ text: String) {
        let s = text.unicodeScalars
        var i = s.startIndex
        let end = s.endIndex
        while i < end, s[i].properties.isWhitespace { i = s.index(after: i) }
        lead = Substring(s[s.startIndex..<i])
        keys.reserveCapacity(text.utf8.count / 6)
        pieces.reserveCapacity(text.utf8.count / 6)
        while i < end {
            let start = i
            if Folding.isWordScalar(s[i]) {
                i = s.index(after: i)
                while i < end {
                    let c = s[i]
                    if Folding.isWordScalar(c) { i = s.index(after: i); continue }
                    if c == "-" || c == "\u{2011}" {
                        let n = s.index(after: i)
                        if n < end, Folding.isWordScalar(s[n]) { i = s.index(after: n); continue }
                    }
                    break
                }
            } else {
                i = s.index(after: i)
            }
            let keyEnd = i
            while i < end, s[i].properties.isWhitespace { i = s.index(after: i) }
            keys.append(Substring(s[start..<keyEnd]))
            pieces.append(Substring(s[start..<i]))
        }
    }

    var count: Int { keys.count }
}

/// Maps token strings to small integers so the diff compares integers, and shares the
/// table across the articles of one code so each distinct word is hashed once.
final class TokenInterner {
    private var ids: [Substring: Int32] = [:]
    init() { ids.reserveCapacity(1 << 14) }
    func intern(_ keys: [Substring]) -> [Int32] {
        var out = [Int32]()
        out.reserveCapacity(keys.count)
        for k in keys {
            if let id = ids[k] { out.append(id) } else {
                let id = Int32(ids.count)
                ids[k] = id
                out.append(id)
            }
        }
        return out
    }
}
