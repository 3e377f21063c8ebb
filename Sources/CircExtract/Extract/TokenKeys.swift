import CircText

/// The word key (`Fold.key`) of every token of a text, for the two extractors that look
/// words up by key: the reference scanner and the deadline scan keyed every token each (a
/// tenth of extraction). Computed once per document when the text has at least four
/// scalars a token (prose has five to six): eight bytes a token is then at most two a
/// scalar, held only while the two run (`Pipeline.extract` lets it go before the
/// obligations). A denser text (one-letter words, "a.a.a.") would pay up to eight times its
/// size: its keys are computed where they are read, as before.
struct TokenKeys: Sendable {
    let tokens: [Token]
    let scalars: ScalarStore
    /// The keys, or empty when computed on reading.
    private let keys: [UInt64]
    /// Whether token i holds a hyphen, bit i (with `keys`).
    private let hyphens: [UInt64]

    init(_ tt: TokenizedText) {
        tokens = tt.tokens
        scalars = tt.text.scalars
        let tokens = self.tokens, scalars = self.scalars
        let n = tokens.count
        guard n * 4 <= scalars.count else { keys = []; hyphens = []; return }
        var hyphens = [UInt64](repeating: 0, count: (n + 63) / 64)
        keys = [UInt64](unsafeUninitializedCapacity: n) { buf, count in
            for i in 0..<n {
                let (h, hyphen, _) = Fold.keyAndHead(scalars, tokens[i].range)
                buf[i] = h
                if hyphen { hyphens[i >> 6] |= 1 << UInt64(i & 63) }
            }
            count = n
        }
        self.hyphens = hyphens
    }

    /// `Fold.key` of token i.
    @inline(__always) subscript(i: Int) -> UInt64 {
        keys.isEmpty ? Fold.key(scalars, tokens[i].range) : keys[i]
    }
    /// Whether token i's folding holds a hyphen.
    @inline(__always) func hyphen(_ i: Int) -> Bool {
        keys.isEmpty ? Fold.keyAndHead(scalars, tokens[i].range).hyphen : hyphens[i >> 6] >> UInt64(i & 63) & 1 != 0
    }
}
