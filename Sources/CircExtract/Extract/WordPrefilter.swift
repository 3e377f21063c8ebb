import CircText

/// A cheap test that a token may be one of a few folded words — its length and first letter —
/// made before the token's text is built and folded: the press rules look at every token of
/// a document, and building each one's string was a third of the time on a dense input.
struct WordPrefilter: Sendable {
    private var initials: UInt64 = 0
    private var minLength = Int.max, maxLength = 0

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words {
            let n = w.unicodeScalars.count
            minLength = min(minLength, n); maxLength = max(maxLength, n)
            if let c = w.unicodeScalars.first?.value, c >= 0x61, c <= 0x7A { initials |= 1 << UInt64(c - 0x61) }
            else { initials = .max }   // an initial outside a–z: no filtering on it
        }
    }

    /// Whether token `t` may be one of the words (false means it is none of them).
    @inline(__always) func mayMatch(_ tt: TokenizedText, _ t: Token) -> Bool {
        let n = Int(t.length)
        guard n >= minLength, n <= maxLength + 2 else { return false }   // (+2: joins inside a word)
        if initials == .max { return true }
        var c = tt.text.scalars[Int(t.start)].value
        if c >= 0x41 && c <= 0x5A { c |= 0x20 }
        guard c >= 0x61, c <= 0x7A else { return c >= 0x80 }
        return initials & (1 << UInt64(c - 0x61)) != 0
    }
}
