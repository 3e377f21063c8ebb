/// Notices a website or a document-sharing site puts around the text it copies ("Accédez en
/// illimité à nos contenus…", "Les Documents issus des collections de la BnF…"): blanked
/// with the rest of their line, so they are never read as the text's sentences (an
/// imperative "Accédez…" is no duty of anyone). Looked for near the top and the bottom only,
/// where sites put them: the body of a long text is not searched.
enum WebFurniture {
    /// Scalars searched at each end.
    static let edge = 4_000

    /// The rest of a notice's line is blanked only when the line ends within this many
    /// scalars: a flattened page runs the whole page on one line, and what follows the notice
    /// there is the page's text ("Embed Size (px) Paris, le 14 octobre 2022 Le ministre…").
    static let lineReach = 200

    /// `phrases`: folded (lowercase, no accents, straight apostrophes) scalar values. `tails`:
    /// for each phrase, whether it heads the site's matter after the text (its suggestions, its
    /// comments): in the text's last half, it is blanked with everything after it, flattened
    /// or not — nothing of the text follows "Vous aimerez peut-être aussi".
    static func blank(_ s: MutableScalarView, phrases: [[UInt32]], tails: [Bool] = []) {
        guard !phrases.isEmpty else { return }
        let n = s.count
        let ranges = n <= 2 * edge ? [0..<n] : [0..<edge, (n - edge)..<n]
        let fold = Folder.shared
        @inline(__always) func folded(_ v: UInt32) -> UInt32 {
            v < 0x80 ? (v >= 0x41 && v <= 0x5A ? v | 0x20 : v) : fold.fold(v)
        }
        // Every scalar of a short text is looked at: compare the first letter with the
        // phrases' first letters before anything else (a Unicode property lookup per scalar
        // cost the tokenizer an eighth of its speed).
        var asciiFirsts: (UInt64, UInt64) = (0, 0)
        var otherFirsts: [UInt32] = []
        for p in phrases {
            let c = p[0]
            if c < 64 { asciiFirsts.0 |= 1 << UInt64(c) } else if c < 128 { asciiFirsts.1 |= 1 << UInt64(c - 64) } else { otherFirsts.append(c) }
        }
        @inline(__always) func isFirst(_ c: UInt32) -> Bool {
            c < 64 ? asciiFirsts.0 & (1 << UInt64(c)) != 0 : c < 128 ? asciiFirsts.1 & (1 << UInt64(c - 64)) != 0 : otherFirsts.contains(c)
        }
        @inline(__always) func isASCIILetter(_ v: UInt32) -> Bool { v < 0x80 && (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        // The phrases end to end in one array: iterating the arrays of arrays retained and
        // released each phrase at every scalar that starts one.
        var flat: [UInt32] = []
        var bounds = [0]
        for p in phrases { flat += p; bounds.append(flat.count) }
        // The phrases grouped by an ASCII first letter, each group in the list's order (the
        // first phrase that matches wins): a word start tries only the phrases it can open,
        // not the whole list (5 % of a short text's extraction). Other first letters: `others`.
        var groupStart = [Int](repeating: 0, count: 129)
        for p in phrases where p[0] < 128 { groupStart[Int(p[0]) + 1] += 1 }
        for c in 0..<128 { groupStart[c + 1] += groupStart[c] }
        var order = [Int](repeating: 0, count: groupStart[128]), fill = groupStart, others: [Int] = []
        for (q, p) in phrases.enumerated() {
            if p[0] < 128 { order[fill[Int(p[0])]] = q; fill[Int(p[0])] += 1 } else { others.append(q) }
        }
        flat.withUnsafeBufferPointer { f in
            bounds.withUnsafeBufferPointer { b in
                // Whether phrase `q` is written at `i`.
                @inline(__always) func matches(_ q: Int, at i: Int) -> Bool {
                    guard i + b[q + 1] - b[q] <= n else { return false }
                    var k = 1
                    while b[q] + k < b[q + 1] && folded(s[i + k].value) == f[b[q] + k] { k += 1 }
                    return b[q] + k == b[q + 1]
                }
                for r in ranges {
                    var i = r.lowerBound
                    while i < r.upperBound {
                        let c = folded(s[i].value)
                        // A phrase starts a word: after an ASCII letter, no phrase can start
                        // (tested before the phrases, as most letters are inside a word).
                        guard isFirst(c), i == 0 || !isASCIILetter(s[i - 1].value) else { i += 1; continue }
                        var hit = -1
                        if c < 128 {
                            for x in groupStart[Int(c)]..<groupStart[Int(c) + 1] where matches(order[x], at: i) { hit = order[x]; break }
                        } else {
                            for q in others where f[b[q]] == c && matches(q, at: i) { hit = q; break }
                        }
                        guard hit >= 0, i == 0 || !s[i - 1].properties.isAlphabetic else { i += 1; continue }
                        let phraseEnd = i + b[hit + 1] - b[hit]
                        let tail = hit < tails.count && tails[hit] && i >= n / 2
                        var lineEnd = phraseEnd
                        while lineEnd < n && s[lineEnd] != "\n" && (tail || lineEnd - phraseEnd <= lineReach) { lineEnd += 1 }
                        let e = tail || lineEnd == n || s[lineEnd] == "\n" ? (tail ? n : lineEnd) : phraseEnd
                        for j in i..<e where s[j] != "\n" { s[j] = " " }
                        i = e
                    }
                }
            }
        }
    }

    /// A line that counts the readers' comments after a press item ("Commentaires (3)",
    /// "3 commentaires", "Réactions (12)") heads them: past the text's first quarter (a short item may carry many comments), it is blanked
    /// with everything after it, as their "les préfets doivent…" is no one's directive. The
    /// count is what tells it from a circular's own heading ("2. Commentaires", "Commentaires"):
    /// in parentheses after the word, or before a lower-case word. `words`: folded.
    static func blankCommentThread(_ s: MutableScalarView, words: Set<String>) {
        guard !words.isEmpty else { return }
        let n = s.count
        // Line ends found on the raw units (a newline is one unit), not through the scalar
        // view: this scans the last three quarters of every text.
        let units = s.units
        var start = n / 4
        while start < n && start > 0 && units[start - 1] != 0x0A { start += 1 }
        var i = start
        while i < n {
            var e = i
            while e < n && units[e] != 0x0A { e += 1 }
            if e - i <= 40, mayCountComments(s, i, e), countsComments(s, i, e, words) {
                for j in i..<n where s[j] != "\n" { s[j] = " " }
                return
            }
            i = e + 1
        }
    }

    /// Whether the line `a..<b` has a count's shape — its first character a digit ("3
    /// commentaires") or its last a closing parenthesis ("Commentaires (3)") — read on the
    /// scalars, before any string is built: this runs on every short line of every text.
    @inline(__always) static func mayCountComments(_ s: MutableScalarView, _ a: Int, _ b: Int) -> Bool {
        var x = a, y = b
        while x < y && s[x] == " " { x += 1 }
        while y > x && (s[y - 1] == " " || s[y - 1] == "\r") { y -= 1 }
        guard x < y else { return false }
        return s[x].value &- 0x30 < 10 || s[y - 1] == ")"
    }

    /// Whether the line `a..<b` is a count of comments, alone on its line.
    static func countsComments(_ s: MutableScalarView, _ a: Int, _ b: Int, _ words: Set<String>) -> Bool {
        var line = ""
        for j in a..<b { line.unicodeScalars.append(s[j]) }
        let parts = line.split(separator: " ").map(String.init)
        guard parts.count == 2 || parts.count == 3 else { return false }
        let digits: (String) -> Bool = { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        // "3 commentaires": the count first, the word in lower case (a heading's is capitalised).
        if parts.count == 2, digits(parts[0]), parts[1].first?.isLowercase == true, words.contains(Fold.string(parts[1])) { return true }
        // "Commentaires (3)", "Commentaires(3)", "Réactions ( 12 )".
        let joined = parts.joined()
        guard let open = joined.firstIndex(of: "("), joined.last == ")" else { return false }
        let word = Fold.string(String(joined[..<open]))
        let count = joined[joined.index(after: open)..<joined.index(before: joined.endIndex)]
        return words.contains(word) && digits(String(count))
    }
}
