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
                if let d = Int(String(c)), c.isASCII { n = n * 10 + d; digits += 1; if digits > 7 { return nil } }
                else if c == " " || c == "\u{A0}" || c == "\u{202F}" || c == "." { continue }
                else { return nil }   // "14,8", "24/00755", "2024-42"
            }
            return digits > 0 ? (n, i) : nil
        }
        guard s.kinds[i] == .word, let first = value(of: s.words[i]) else { return nil }
        var parts = first, last = i
        // "vingt et un", "soixante et onze", "cent vingt", "deux cents", "mille deux cents".
        var k = i + 1
        while k < s.count, s.kinds[k] == .word, s.flags[k] & WordFlag.number != 0 || s.words[k] == "et" {
            if s.words[k] == "et", k + 1 < s.count, let nxt = value(of: s.words[k + 1]), nxt.count == 1,
               nxt[0] == 1 || nxt[0] == 11, let tail = parts.last, tail % 10 == 0, tail >= 20 {
                parts += nxt; last = k + 1; k += 2; continue
            }
            if let nxt = value(of: s.words[k]), !(nxt.count == 1 && nxt[0] == 1) { parts += nxt; last = k; k += 1; continue }
            break
        }
        return (combine(parts), last)
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

    /// French additive/multiplicative composition: quatre-vingt → 4 × 20, deux cents → 2 × 100.
    func combine(_ parts: [Int]) -> Int {
        var total = 0, current = 0, prev = 0
        for v in parts {
            switch v {
            case 1000: total += max(current, 1) * 1000; current = 0
            case 100: current = max(current, 1) * 100
            case 20 where prev == 4 && current % 100 == 4: current = current - 4 + 80
            default: current += v
            }
            prev = v
        }
        return total + current
    }
}
