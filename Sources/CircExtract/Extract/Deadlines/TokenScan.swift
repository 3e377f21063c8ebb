import CircText

/// The tokens of one unit (a sentence) as the deadline rules read them: folded forms, kinds
/// and source ranges, indexed from 0.
final class TokenScan {
    let tt: TokenizedText
    let lex: DeadlineLexicon
    var unit: StructureUnit
    var words: [String] = []
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
        var words = self.words, kinds = self.kinds, ranges = self.ranges, flags = self.flags, used = self.used
        self.words = []; self.kinds = []; self.ranges = []; self.flags = []; self.used = []
        words.removeAll(keepingCapacity: true)
        kinds.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        used.removeAll(keepingCapacity: true)
        var any: UInt64 = 0
        let text = tt.text
        let lex = self.lex
        let tokens = tt.tokens
        for ti in tt.sentences[unit.sentence].tokens {
            let t = tokens[ti]
            // A unit is one sentence, trimmed: keep to its range.
            guard unit.range.contains(Int(t.start)) else { continue }
            kinds.append(t.kind)
            ranges.append(t.range)
            var f: UInt64
            switch t.kind {
            case .number: f = WordFlag.number; words.append(TokenScan.fold(text, t.range))
            case .date: f = 0; words.append(TokenScan.fold(text, t.range))
            case .punct, .symbol: f = lex.hashed.get(TokenScan.foldedHash(text, t.range).0); words.append(TokenScan.fold(text, t.range))
            default:
                // Hash the folded word first: a word no rule knows is left unbuilt ("").
                let (h, hyphen, head) = TokenScan.foldedHash(text, t.range)
                f = lex.hashed.get(h)
                if f != 0 {
                    words.append(TokenScan.fold(text, t.range))
                } else if hyphen && lex.numberWordTable.get(head) != 0 {
                    // "vingt-quatre": only a word whose first part is a number word is read.
                    let w = TokenScan.fold(text, t.range)
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
        self.words = words; self.kinds = kinds; self.ranges = ranges; self.flags = flags; self.used = used
        self.any = any
    }

    /// FNV-1a of what `fold` would build, whether the word has a hyphen, and the hash of
    /// its part before the first hyphen.
    static func foldedHash(_ text: NormalizedText, _ r: Range<Int>) -> (UInt64, Bool, UInt64) {
        let f = Folder.shared
        let scalars = text.scalars
        var h = FNV1a()
        var hyphen = false
        var head: UInt64 = 0
        for i in r {
            let u = scalars[i].value
            switch u {
            case 0x01: continue
            case 0x153, 0x152: h.add(0x6F); h.add(0x65)
            case 0xE6, 0xC6: h.add(0x61); h.add(0x65)
            case 0x2019, 0x2018, 0x02BC: h.add(0x27)
            case 0xA0, 0x202F, 0x2009, 0x0A, 0x09: h.add(0x20)
            case 0x2D:
                if !hyphen { head = h.h == 0 ? 1 : h.h }
                h.add(0x2D); hyphen = true
            case 0x41...0x5A: h.add(UInt8(u + 32))
            case 0..<0x80: h.add(UInt8(u))
            default:
                if let sc = Unicode.Scalar(f.fold(u)) { for b in UTF8.encode(sc)! { h.add(b) } }
            }
        }
        return (h.h == 0 ? 1 : h.h, hyphen, head)
    }

    /// Lowercase, accent-free, apostrophes straight, `join` scalars dropped. Built as UTF-8
    /// in a small buffer: a short word becomes a small (unallocated) String.
    static func fold(_ text: NormalizedText, _ r: Range<Int>) -> String {
        let f = Folder.shared, scalars = text.scalars
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * r.count + 8) { buf in
            var n = 0
            @inline(__always) func put(_ c: UInt32) {
                guard let u = Unicode.Scalar(c) else { return }
                for b in UTF8.encode(u)! { buf[n] = b; n += 1 }
            }
            for i in r {
                let u = scalars[i].value
                switch u {
                case 0x01: continue
                case 0x153, 0x152: buf[n] = 0x6F; buf[n + 1] = 0x65; n += 2
                case 0xE6, 0xC6: buf[n] = 0x61; buf[n + 1] = 0x65; n += 2
                case 0x2019, 0x2018, 0x02BC: buf[n] = 0x27; n += 1
                case 0xA0, 0x202F, 0x2009, 0x0A, 0x09: buf[n] = 0x20; n += 1
                case 0x41...0x5A: buf[n] = UInt8(u + 32); n += 1
                case 0..<0x80: buf[n] = UInt8(u); n += 1
                default: put(f.fold(u))
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buf[0..<n]), as: UTF8.self)
        }
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
