import CircText

/// The tokens of one unit (a sentence) as the deadline rules read them: folded forms, kinds
/// and source ranges, indexed from 0.
struct TokenScan {
    let tt: TokenizedText
    let unit: Unit
    var words: [String] = []
    var kinds: [TokenKind] = []
    var ranges: [Range<Int>] = []
    /// Tokens already part of a deadline or a duration.
    var used: [Bool] = []
    var count: Int { words.count }

    init(tt: TokenizedText, unit: Unit) {
        self.tt = tt
        self.unit = unit
        let toks = tt.tokens[tt.sentences[unit.sentence].tokens]
        words.reserveCapacity(toks.count)
        for t in toks {
            // A unit is one sentence, trimmed: keep to its range.
            guard unit.range.contains(Int(t.start)) else { continue }
            kinds.append(t.kind)
            ranges.append(t.range)
            words.append(TokenScan.fold(tt.text, t.range))
        }
        used = [Bool](repeating: false, count: words.count)
    }

    /// Lowercase, accent-free, apostrophes straight, `join` scalars dropped.
    static func fold(_ text: NormalizedText, _ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        let f = Folder.shared
        for i in r {
            let u = text.scalars[i]
            switch u.value {
            case 0x01: continue
            case 0x153, 0x152: out.append("o"); out.append("e")
            case 0xE6, 0xC6: out.append("a"); out.append("e")
            case 0x2019, 0x2018, 0x02BC: out.append("'")
            case 0xA0, 0x202F, 0x2009, 0x0A, 0x09: out.append(" ")
            default: out.append(Unicode.Scalar(f.fold(u.value)) ?? u)
            }
        }
        return String(out)
    }

    func isPunct(_ i: Int) -> Bool { kinds[i] == .punct || kinds[i] == .symbol }
    /// Punctuation that closes a clause (not an apostrophe or a hyphen inside a phrase).
    func isClauseBreak(_ i: Int) -> Bool {
        guard kinds[i] == .punct else { return false }
        switch words[i] { case ",", ";", ":", ".", "!", "?", "(", ")", "«", "»", "\"", "–", "—": return true
        default: return false }
    }

    /// Source span and text of tokens `a...b`.
    func span(_ a: Int, _ b: Int) -> (Span, String) {
        let r = ranges[a].lowerBound..<ranges[b].upperBound
        return (Span(r), tt.text.sourceString(r))
    }

    func anyUsed(_ a: Int, _ b: Int) -> Bool {
        guard a <= b else { return false }
        for k in a...b where used[k] { return true }
        return false
    }
    mutating func use(_ a: Int, _ b: Int) { if a <= b { for k in a...b { used[k] = true } } }
}
