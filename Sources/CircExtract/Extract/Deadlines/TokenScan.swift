import CircText

/// The tokens of one unit (a sentence) as the deadline rules read them: folded forms, kinds
/// and source ranges, indexed from 0.
final class TokenScan {
    let tt: TokenizedText
    let lex: DeadlineLexicon
    var unit: StructureUnit
    var words: [String] = []
    /// Word keys (`Fold.key`) of the tokens: what the phrase tables compare.
    var keys: [UInt64] = []
    var kinds: [TokenKind] = []
    var ranges: [Range<Int>] = []
    /// `WordFlag` bits and phrase-table bits of each token (`DeadlineLexicon.flags(of:)`).
    var flags: [UInt64] = []
    /// All the flags of the unit, or-ed.
    var any: UInt64 = 0
    /// Tokens already part of a deadline or a duration.
    var used: [Bool] = []
    var count: Int { words.count }

    init(tt: TokenizedText, lex: DeadlineLexicon) {
        self.tt = tt
        self.lex = lex
        self.unit = StructureUnit(kind: .paragraph, range: 0..<0, sentence: 0, block: 0, section: nil, footnote: nil, listItem: false)
    }

    /// Loads the tokens of a unit, reusing the arrays of the previous one.
    func load(_ unit: StructureUnit) {
        self.unit = unit
        // Work on locals (no access checks on the class's storage per token), then store back.
        var words = self.words, keys = self.keys, kinds = self.kinds, ranges = self.ranges, flags = self.flags, used = self.used
        self.words = []; self.keys = []; self.kinds = []; self.ranges = []; self.flags = []; self.used = []
        words.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        kinds.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        used.removeAll(keepingCapacity: true)
        var any: UInt64 = 0
        let text = tt.text
        let lex = self.lex
        let tokens = tt.tokens
        let scalars = text.scalars
        for ti in tt.sentences[unit.sentence].tokens {
            let t = tokens[ti]
            // A unit is one sentence, trimmed: keep to its range.
            guard unit.range.contains(Int(t.start)) else { continue }
            kinds.append(t.kind)
            ranges.append(t.range)
            // The word key first: a word no rule knows is left unbuilt ("").
            let (h, hyphen, head) = Fold.keyAndHead(scalars, t.range)
            keys.append(h)
            var f: UInt64
            switch t.kind {
            case .number: f = WordFlag.number; words.append(Fold.string(scalars, t.range))
            case .date: f = 0; words.append(Fold.string(scalars, t.range))
            case .punct, .symbol: f = lex.hashed.get(h); words.append(Fold.string(scalars, t.range))
            default:
                f = lex.hashed.get(h)
                if f != 0 {
                    words.append(Fold.string(scalars, t.range))
                } else if hyphen && lex.numberWordTable.get(head) != 0 {
                    // "vingt-quatre": only a word whose first part is a number word is read.
                    let w = Fold.string(scalars, t.range)
                    f = lex.compoundNumberFlags(w)
                    words.append(f != 0 ? w : "")
                } else {
                    words.append("")
                }
            }
            flags.append(f)
            any |= f
            used.append(false)
        }
        self.words = words; self.keys = keys; self.kinds = kinds; self.ranges = ranges; self.flags = flags; self.used = used
        self.any = any
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
        return (SourceSpan(r), tt.text.sourceString(r))
    }

    func anyUsed(_ a: Int, _ b: Int) -> Bool {
        guard a <= b else { return false }
        for k in a...b where used[k] { return true }
        return false
    }
    func use(_ a: Int, _ b: Int) { if a <= b { for k in a...b { used[k] = true } } }
}
