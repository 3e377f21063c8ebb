import CircText

/// The tokens of one unit (a sentence) as the deadline rules read them: folded forms, kinds
/// and source ranges, indexed from 0.
///
/// Loaded in two steps: `loadKeys` (word keys and flags, what tells whether the unit can
/// feed a rule at all), then `loadWords` for the units that can. Kinds and ranges are read
/// from the text's tokens in place, and a word is folded the first time a rule reads it:
/// rules read the words around a cue, not every word of a long sentence.
///
/// The per-unit state is `@exclusivity(unchecked)`: the rules read it per token, and the
/// dynamic exclusivity check of a class property cost more than the read (nothing holds an
/// access across a call: the scan is one unit's, on one thread).
final class TokenScan {
    let lex: DeadlineLexicon
    /// The tokenized text's tokens, sentences, text and scalars, held apart: read through a
    /// stored `TokenizedText`, each read copied it whole (its arrays retained and released),
    /// per unit and per cue.
    let tokens: [Token]
    let sentences: [Sentence]
    let text: NormalizedText
    let scalars: ScalarStore
    @exclusivity(unchecked) var unit: StructureUnit
    /// Word keys (`Fold.key`) of the tokens: what the phrase tables compare.
    @exclusivity(unchecked) var keys: [UInt64] = []
    /// `WordFlag` bits and phrase-table bits of each token (`DeadlineLexicon.flags(of:)`).
    @exclusivity(unchecked) var flags: [UInt64] = []
    /// All the flags of the unit, or-ed.
    @exclusivity(unchecked) var any: UInt64 = 0
    /// Tokens already part of a deadline or a duration.
    @exclusivity(unchecked) var used: [Bool] = []
    /// How many tokens the unit has, and the index of its first in the text's tokens.
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var first = 0
    /// Indices of `keys`/`flags` that are hyphenated words starting with a number word.
    @exclusivity(unchecked) private var compounds: [Int] = []
    /// Whether the unit has a date token.
    @exclusivity(unchecked) private(set) var hasDate = false
    /// Folded words read so far: `wordCache[i]` is token i's when `wordStamp[i] == stamp`
    /// (both only grow; a new unit takes a new stamp instead of clearing them).
    @exclusivity(unchecked) private var wordCache: [String] = []
    @exclusivity(unchecked) private var wordStamp: [UInt32] = []
    @exclusivity(unchecked) private var stamp: UInt32 = 0

    /// The text's word keys (`TokenKeys`).
    let textKeys: TokenKeys

    init(tt: TokenizedText, lex: DeadlineLexicon, keys: TokenKeys) {
        precondition(keys.tokens.count == tt.tokens.count, "keys of another text")
        self.lex = lex
        textKeys = keys
        tokens = tt.tokens
        sentences = tt.sentences
        text = tt.text
        scalars = tt.text.scalars
        self.unit = StructureUnit(kind: .paragraph, range: 0..<0, sentence: 0, block: 0, section: nil, footnote: nil, listItem: false)
    }

    /// The folded form of each token (a word no rule knows is ""), folded when first read.
    var words: Words { Words(scan: .passUnretained(self)) }
    var kinds: Kinds { Kinds(scan: .passUnretained(self)) }
    /// Source ranges (scalar offsets) of the tokens.
    var ranges: Ranges { Ranges(scan: .passUnretained(self)) }

    // Views of the scan read as arrays. Unretained: the rules read them while they hold
    // the scan, and a retained reference cost a retain and a release per token read.
    struct Words {
        let scan: Unmanaged<TokenScan>
        subscript(i: Int) -> String { scan._withUnsafeGuaranteedRef { $0.word(i) } }
    }
    struct Kinds {
        let scan: Unmanaged<TokenScan>
        subscript(i: Int) -> TokenKind { scan._withUnsafeGuaranteedRef { $0.token(i).kind } }
    }
    struct Ranges {
        let scan: Unmanaged<TokenScan>
        subscript(i: Int) -> Range<Int> { scan._withUnsafeGuaranteedRef { $0.token(i).range } }
    }

    @inline(__always) private func token(_ i: Int) -> Token {
        precondition(i >= 0 && i < count, "token index outside the unit")
        return tokens[first + i]
    }

    /// Token i's folded form: as the flags were computed, a word no rule knows stays "".
    private func word(_ i: Int) -> String {
        let t = token(i)
        if wordStamp[i] == stamp { return wordCache[i] }
        let w: String
        switch t.kind {
        case .number, .date, .punct, .symbol: w = Fold.string(scalars, t.range)
        default: w = flags[i] != 0 ? Fold.string(scalars, t.range) : ""
        }
        wordCache[i] = w
        wordStamp[i] = stamp
        return w
    }

    /// Loads the keys and flags of a unit's tokens, reusing the arrays of the previous one;
    /// `loadWords` completes the load. Most sentences feed no rule: the extractor tells them
    /// from these alone, and they cost one key and one table probe per token.
    func loadKeys(_ unit: StructureUnit) {
        self.unit = unit
        // A unit is one sentence, trimmed: its tokens are those of the sentence that start
        // inside its range (a run: tokens are in text order).
        let sentence = sentences[unit.sentence].tokens
        var lo = sentence.lowerBound
        while lo < sentence.upperBound && !unit.range.contains(Int(tokens[lo].start)) { lo += 1 }
        var hi = lo
        while hi < sentence.upperBound && unit.range.contains(Int(tokens[hi].start)) { hi += 1 }
        first = lo
        count = hi - lo
        compounds.removeAll(keepingCapacity: true)
        any = loadKeys(lo..<hi)
    }

    /// Word keys and flags of tokens `r` (the unit's); returns the flags or-ed. A hyphenated
    /// word whose first part is a number word ("vingt-quatre") is noted in `compounds`: its
    /// flags need its folded form (`loadWords`).
    private func loadKeys(_ r: Range<Int>) -> UInt64 {
        let n = r.count
        var keys = self.keys, flags = self.flags, compounds = self.compounds
        self.keys = []; self.flags = []; self.compounds = []
        Self.resize(&keys, n, 0); Self.resize(&flags, n, 0)
        var any: UInt64 = 0
        var hasDate = false
        let tokens = self.tokens, scalars = self.scalars, textKeys = self.textKeys
        let hashed = lex.hashed, numberWords = lex.numberWordTable
        keys.withUnsafeMutableBufferPointer { keys in
            flags.withUnsafeMutableBufferPointer { flags in
                for (i, ti) in r.enumerated() {
                    let t = tokens[ti]
                    let h = textKeys[ti]
                    keys[i] = h
                    var f: UInt64
                    switch t.kind {
                    case .number: f = WordFlag.number
                    case .date: f = 0; hasDate = true
                    case .punct, .symbol: f = hashed.get(h)
                    default:
                        f = hashed.get(h)
                        if f == 0 && textKeys.hyphen(ti) && numberWords.get(Fold.keyAndHead(scalars, t.range).head) != 0 {
                            compounds.append(i)
                        }
                    }
                    flags[i] = f
                    any |= f
                }
            }
        }
        self.keys = keys; self.flags = flags; self.compounds = compounds
        self.hasDate = hasDate
        return any
    }

    /// The rest of the load: no token used yet, no word read yet, and the flags of the
    /// compound number words ("vingt-quatre", read whole).
    func loadWords() {
        let n = count
        used.removeAll(keepingCapacity: true)
        used.append(contentsOf: repeatElement(false, count: n))
        if wordCache.count < n {
            wordCache.append(contentsOf: repeatElement("", count: n - wordCache.count))
            wordStamp.append(contentsOf: repeatElement(0, count: n - wordStamp.count))
        }
        stamp &+= 1
        if stamp == 0 {
            // Wrapped: no slot may look current.
            for k in wordStamp.indices { wordStamp[k] = 0 }
            stamp = 1
        }
        for i in compounds {
            let w = Fold.string(scalars, tokens[first + i].range)
            let f = lex.compoundNumberFlags(w)
            flags[i] = f
            any |= f
        }
    }

    /// Whether a time unit follows a number or a word that may be a compound number: where a
    /// quantity ("48 heures", "trente jours", "vingt-quatre heures") can be read.
    func hasQuantity() -> Bool {
        guard count > 1 else { return false }
        for j in 1..<count where flags[j] & WordFlag.timeUnit != 0 {
            if flags[j - 1] & WordFlag.number != 0 || compounds.contains(j - 1) { return true }
        }
        return false
    }

    /// `a` with `n` elements, its first ones kept (overwritten by the caller), its storage reused.
    private static func resize<T>(_ a: inout [T], _ n: Int, _ fill: T) {
        if a.count > n { a.removeLast(a.count - n) } else if a.count < n { a.append(contentsOf: repeatElement(fill, count: n - a.count)) }
    }

    /// Punctuation that closes a clause (not an apostrophe or a hyphen inside a phrase).
    func isClauseBreak(_ i: Int) -> Bool {
        guard kinds[i] == .punct else { return false }
        switch words[i] { case ",", ";", ":", ".", "!", "?", "(", ")", "«", "»", "\"", "–", "—": return true
        default: return false }
    }

    /// Source span and text of tokens `a...b`.
    func span(_ a: Int, _ b: Int) -> (SourceSpan, String) {
        let r = ranges[a].lowerBound..<ranges[b].upperBound
        return (SourceSpan(r), text.sourceString(r))
    }

    func anyUsed(_ a: Int, _ b: Int) -> Bool {
        guard a <= b else { return false }
        for k in a...b where used[k] { return true }
        return false
    }
    func use(_ a: Int, _ b: Int) { if a <= b { for k in a...b { used[k] = true } } }
}
