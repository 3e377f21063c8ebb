/// Numbers written in digits ("48", "3 240") or in French words ("trente", "quarante-huit",
/// "vingt et un", "quatre-vingt-dix", "deux cents"), read from a token scan.
struct NumberReader: Sendable {
    /// Folded word → value, from the lexicon ("un" 1 … "soixante" 60, "cent", "mille").
    let words: [String: Int]

    /// The number starting at token `i`: its value and the index of its last token.
    func read(_ s: TokenScan, at i: Int) -> (value: Int, last: Int)? {
        guard i < s.count, s.flags[i] & WordFlag.number != 0 else { return nil }
        if s.kinds[i] == .number {
            var digits = 0, n = 0
            for c in s.words[i].unicodeScalars {
                // An ASCII digit by its value: a string made per digit to parse it was most of the read.
                if c.value >= 0x30 && c.value <= 0x39 { n = n * 10 + Int(c.value - 0x30); digits += 1; if digits > 7 { return nil } }
                else if c == " " || c == "\u{A0}" || c == "\u{202F}" || c == "." { continue }
                else { return nil }   // "14,8", "24/00755", "2024-42"
            }
            return digits > 0 ? (n, i) : nil
        }
        guard s.kinds[i] == .word else { return nil }
        // Composed as read, without an array of parts: most number words read here are
        // "un"/"une" before a noun, a number of one part.
        var number = Composition()
        guard compose(s.words[i], into: &number) else { return nil }
        var last = i
        // "vingt et un", "soixante et onze", "cent vingt", "deux cents", "mille deux cents".
        var k = i + 1
        while k < s.count, s.kinds[k] == .word, s.flags[k] & WordFlag.number != 0 || s.words[k] == "et" {
            if s.words[k] == "et", k + 1 < s.count, let nxt = singleValue(of: s.words[k + 1]),
               nxt == 1 || nxt == 11, number.lastPart % 10 == 0, number.lastPart >= 20 {
                number.add(nxt); last = k + 1; k += 2; continue
            }
            if singleValue(of: s.words[k]) != 1, compose(s.words[k], into: &number) { last = k; k += 1; continue }
            break
        }
        return (number.value, last)
    }

    /// French additive/multiplicative composition, part by part: quatre-vingt → 4 × 20, deux
    /// cents → 2 × 100.
    struct Composition {
        private var total = 0, current = 0
        /// The last part added (0 before any).
        private(set) var lastPart = 0
        mutating func add(_ v: Int) {
            switch v {
            case 1000: total += max(current, 1) * 1000; current = 0
            case 100: current = max(current, 1) * 100
            case 20 where lastPart == 4 && current % 100 == 4: current = current - 4 + 80
            default: current += v
            }
            lastPart = v
        }
        var value: Int { total + current }
    }

    /// Adds the parts of a number word to `number`; false (nothing added) for no number word.
    private func compose(_ word: String, into number: inout Composition) -> Bool {
        if let v = words[word] { number.add(v); return true }
        guard let parts = value(of: word) else { return false }
        for v in parts { number.add(v) }
        return true
    }

    /// The value of a number word of exactly one part ("un", "onze"), else nil.
    private func singleValue(of word: String) -> Int? {
        if let v = words[word] { return v }
        guard let parts = value(of: word), parts.count == 1 else { return nil }
        return parts[0]
    }

    /// The values of the hyphen-separated parts of a word, or nil if one is no number word.
    func value(of word: String) -> [Int]? {
        if let v = words[word] { return [v] }
        guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
        var out: [Int] = []
        for p in word.split(separator: "-") {
            if p == "et" { continue }
            guard let v = words[String(p)] else { return nil }
            out.append(v)
        }
        return out.isEmpty ? nil : out
    }
}
