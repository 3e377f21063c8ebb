/// Repairs of the misreadings OCR makes on old printed circulars, each one scalar for one (or
/// a scalar made `join`), so that spans still quote the source as read. Only shapes that no
/// French text writes on purpose are touched:
/// - a capital I read for the l of an article: "Ia", "Ie", "Ies", "I'encontre" → "la", "le",
///   "les", "l'encontre" (French has no such words; "Il", "IIe", "Ier" are left alone);
/// - a letter read for a digit inside a number: "6l2-6", "2O14", "731-l" → "612-6", "2014",
///   "731-1" (l, I, O or o between digits, or alone after a number's hyphen); "5ll-1",
///   "6lO-5", "2O2O-548" → "511-1", "610-5", "2020-548" (a run of them before a digit or
///   the number's hyphen, `confusableRunEnd`);
/// - the "n°" before a number read as "nO", "n0", "n*", "n\"", "n o", "no" or a bare "n":
///   the sign becomes "°" (the space of "n o" a `join`, the space of a bare "n" the "°");
/// - a year whose digits OCR set apart: "20 1 8", "19 97", "20 I 0" → one number (the spaces
///   become `join`, a lone l, I or O its digit), when the groups make four digits between
///   1800 and 2099 and are not the thousands grouping of "2 014".
/// - the ordinal of "1 er mars" set apart from its day (`spacedFirstOfMonth`);
/// - an é read as a 6 inside a word (`sixForE`), an l as a 1 (`oneForL`), an O as a 0
///   (`zeroForO`: "N0R", "0bjet").
/// The pass stops only at digits, capital I and hyphens (the line-end hyphenation joined by
/// `Normalizer.joinHyphenatedLineEnd`, in the same pass: one walk over the text instead of
/// two): the rest of the text is skipped sixteen units at a time.
enum OCRRepair {
    /// Every repair of the text layer that starts at a rare unit, left to right. Each looks
    /// back only at units already repaired and forward at units no other one changes, so one
    /// pass gives what separate passes gave.
    static func pass(_ s: MutableScalarView, compoundSeconds: Set<String> = []) {
        let n = s.count
        let units = s.units
        guard let base = UnsafePointer(units.baseAddress) else { return }
        var i = 0
        @inline(__always) func stops(_ v: Units8.V) -> Units8.V {
            Units8.inRange(v, 0x30, 10) | Units8.equal(v, 0x49) | Units8.equal(v, 0x2D)
        }
        while i < n {
            // Written out rather than through `Units8.skip`: its closure was not inlined here
            // (a call per eight units). Sixteen units a trip: one test of both masks and one
            // loop branch for two loads (most sixteens hold no stop).
            var found = false
            while i &+ 16 <= n {
                let m0 = stops(Units8.load(base, i)), m1 = stops(Units8.load(base, i &+ 8))
                if Units8.any(m0 | m1) {
                    i &+= Units8.any(m0) ? Units8.firstTrue(m0) : 8 &+ Units8.firstTrue(m1)
                    found = true
                    break
                }
                i &+= 16
            }
            while !found && i &+ 8 <= n {
                let m = stops(Units8.load(base, i))
                if Units8.any(m) { i &+= Units8.firstTrue(m); break }
                i &+= 8
            }
            while i < n, case let u = units[i], u != 0x49, u != 0x2D, !isDigit(u) { i += 1 }
            guard i < n else { return }
            switch units[i] {
            case 0x49: article(units, i); midWord(units, i); i += 1
            case 0x2D: i = Normalizer.joinHyphenatedLineEnd(s, i, compoundSeconds: compoundSeconds)
            case 0x36 where sixForE(units, i): i += 1
            case 0x31 where oneForL(units, i): i += 1
            case 0x30 where zeroForO(units, i): i += 1
            default: i = number(units, i)
            }
        }
    }

    /// The OCR repairs alone (tests).
    static func repair(_ s: MutableScalarView) { pass(s) }

    @inline(__always) static func isDigit(_ u: UInt16) -> Bool { u &- 0x30 < 10 }
    @inline(__always) static func isLower(_ u: UInt16) -> Bool { u &- 0x61 < 26 || (u >= 0xDF && u <= 0xFF && u != 0xF7) }
    /// A letter, a digit or an apostrophe: what glues a scalar to a word.
    @inline(__always) static func inWord(_ u: UInt16) -> Bool {
        let y = u | 0x20
        return y &- 0x61 < 26 || isDigit(u) || u == 0x27 || (u >= 0xC0 && u <= 0x17F && u != 0xD7 && u != 0xF7)
    }
    @inline(__always) static func at(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int) -> UInt16 { k >= 0 && k < u.count ? u[k] : 0x20 }

    /// "Ia", "Ie", "Ies" before a lowercase word or a number, "I'" before a lowercase letter.
    /// The l of the article, or its L where a sentence or a paragraph opens ("… résidence.
    /// Ies procureurs" is "Les procureurs": a lowercase l would join the two sentences).
    static func article(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) {
        guard !inWord(at(u, i - 1)) else { return }
        let l: UInt16 = opensSentence(u, i) ? 0x4C : 0x6C
        let a = at(u, i + 1)
        if a == 0x27 { if isLower(at(u, i + 2)) { u[i] = l }; return }
        var e = i + 2
        if a == 0x65 && at(u, e) == 0x73 { e += 1 }   // "Ies"
        guard a == 0x61 || a == 0x65, at(u, e) == 0x20 || at(u, e) == 0x0A else { return }
        var k = e
        while at(u, k) == 0x20 || at(u, k) == 0x0A { k += 1; if k - e > 3 { return } }
        let next = at(u, k)
        if isLower(next) || isDigit(next) { u[i] = l }
    }

    /// "pénaIe", "déIai", "articIe": a capital I between two lowercase letters is OCR's l
    /// (no French word has one there).
    static func midWord(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) {
        if isLower(at(u, i - 1)) && isLower(at(u, i + 1)) { u[i] = 0x6C }
    }

    /// Whether the text opens a sentence at `i`: its start, a blank line, or a full stop,
    /// "!" or "?" (and spaces) before it.
    static func opensSentence(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Bool {
        var k = i - 1
        var newlines = 0
        while k >= 0, u[k] == 0x20 || u[k] == 0x0A { if u[k] == 0x0A { newlines += 1 }; k -= 1 }
        guard k >= 0 else { return true }
        return newlines >= 2 || u[k] == 0x2E || u[k] == 0x21 || u[k] == 0x3F
    }

    /// A run of digits starting at `i`: the "n°" before it, letters read inside it, a year
    /// set apart. Returns the index after the run.
    static func number(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Int {
        if let k = plainNumberEnd(u, i) { return k }
        if spacedFirstOfMonth(u, i) { return i + 1 }
        if !isDigit(at(u, i - 1)) {
            if let e = misreadYear(u, i) { return e }
            if let e = lowerIYear(u, i) { return e }
            // "l955", "l5 avril": an l or I opening a number, alone before its digits.
            if case let p = at(u, i - 1), p == 0x6C || p == 0x49, !inWord(at(u, i - 2)), at(u, i - 2) != 0x2D, !runsIntoLetter(u, i) {
                u[i - 1] = 0x31; return number(u, i - 1)
            }
            numero(u, i); spacedYear(u, i)
        }
        var k = i
        while k < u.count {
            let c = u[k]
            if isDigit(c) { k += 1; continue }
            // l, I, O, o between two digits, or between a digit and the hyphen of "4l-1".
            let one = c == 0x6C || c == 0x49, zero = c == 0x4F || c == 0x6F
            if (one || zero) && isDigit(at(u, k - 1)) && (isDigit(at(u, k + 1)) || one && at(u, k + 1) == 0x2D && isDigit(at(u, k + 2))) {
                u[k] = one ? 0x31 : 0x30; k += 1; continue
            }
            if (one || c == 0x4F) && isDigit(at(u, k - 1)), let e = confusableRunEnd(u, k) {
                for r in k..<e { u[r] = u[r] == 0x4F ? 0x30 : 0x31 }
                k = e; continue
            }
            // "99-29l": an l or I ending a number after its hyphen or two digits.
            // Not before a month ("12l mars"): a day of three digits is none, what OCR read
            // there is unsure and is left as read.
            if one, !inWord(at(u, k + 1)), isDigit(at(u, k - 2)) && !monthFollows(u, k + 1) || at(u, k - 2) == 0x2D {
                u[k] = 0x31; k += 1; continue
            }
            // "731-l", "495-l6": l or I right after the hyphen.
            // (Not a capital I between hyphens: "L. 511-1-I-3°" writes the article's part I.)
            if c == 0x2D, isDigit(at(u, k - 1)), at(u, k + 1) == 0x6C || at(u, k + 1) == 0x49 && at(u, k + 2) != 0x2D {
                if !inWord(at(u, k + 2)) { u[k + 1] = 0x31; return k + 2 }
                if isDigit(at(u, k + 2)) { u[k + 1] = 0x31; k += 2; continue }
            }
            break
        }
        return k
    }

    /// The end of the run of digits at `i` when none of `number`'s repairs can apply, else
    /// nil: most numbers of a text ("2016", "12 mars", "L. 612-6") are no misreading, and
    /// these few unit tests spare them the calls and the year's arithmetic (`number` ran at
    /// every number and cost a third of the OCR pass). Each test below is the first
    /// condition of a repair, so a number passed here is one `number` would leave as it is:
    /// an l or I before it ("l955"); a sign and a space before it ("nO 12", "n o 12",
    /// "n 12"); three digits or fewer, a space and a digit after them ("20 1 8"); l, I, O or
    /// o after the digits ("6l2", "2O14"), or the S, B or g of a misread year ("19S8"); a hyphen
    /// and an l or I after them ("731-l").
    @inline(__always) static func plainNumberEnd(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Int? {
        let p = at(u, i - 1)
        if p == 0x6C || p == 0x49 || p == 0x69 || isDigit(p) { return nil }
        if p == 0x20 {
            let sign = at(u, i - 2)
            if sign == 0x4F || sign == 0x6F || sign == 0x30 || sign == 0x2A || sign == 0x22 || sign == 0xBA || sign == 0x6E { return nil }
        }
        var k = i
        while k < u.count && isDigit(u[k]) { k += 1 }
        let c = at(u, k)
        if c == 0x6C || c == 0x49 || c == 0x4F || c == 0x6F || c == 0x53 || c == 0x42 || c == 0x67 { return nil }
        if c == 0x2D, case let d = at(u, k + 1), d == 0x6C || d == 0x49 { return nil }
        if c == 0x20, k - i <= 3, isDigit(at(u, k + 1)) || loneDigit(u, k + 1) != nil { return nil }
        if c == 0x20, k == i + 1, u[i] == 0x31, at(u, k + 1) | 0x20 == 0x65, at(u, k + 2) | 0x20 == 0x72 { return nil }
        return k
    }

    /// "le 1 er mars 2021": the ordinal's letters set apart from the day's 1 (a justified or
    /// OCR'd copy). Before a month's name the space can only be the copy's: it becomes a
    /// `join`, so the date reads as "1er mars 2021". Returns whether it repaired.
    static func spacedFirstOfMonth(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Bool {
        let k = i + 1
        guard at(u, i) == 0x31, !isDigit(at(u, i - 1)), at(u, k) == 0x20, at(u, k + 1) | 0x20 == 0x65, at(u, k + 2) | 0x20 == 0x72,
              at(u, k + 3) == 0x20, monthAt(u, k + 4) else { return false }
        u[k] = 0x01
        return true
    }

    /// Whether a month's name (or its abbreviation) follows the spaces at `k`: its first three
    /// letters, folded ("mars", "Janv.", "février", "août"). Runs only at an l ending a number.
    static func monthFollows(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int) -> Bool {
        var j = k
        while at(u, j) == 0x20 && j - k < 2 { j += 1 }
        guard j > k else { return false }
        return monthAt(u, j)
    }

    /// Whether a month's name or its abbreviation ends just before the spaces before `k`
    /// ("25 MAI I9S8", "10 avr. 19S6").
    static func monthPrecedes(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int) -> Bool {
        var j = k - 1
        while at(u, j) == 0x20 && k - j <= 2 { j -= 1 }
        guard j < k - 1 else { return false }
        if at(u, j) == 0x2E { j -= 1 }
        var start = j
        while start > 0 && inWord(at(u, start - 1)) && !isDigit(at(u, start - 1)) { start -= 1 }
        return j - start >= 2 && monthAt(u, start)
    }

    /// Whether the three letters at `j`, folded, open a month's name ("mars", "Janv.",
    /// "février", "août").
    static func monthAt(_ u: UnsafeMutableBufferPointer<UInt16>, _ j: Int) -> Bool {
        @inline(__always) func f(_ c: UInt16) -> UInt16 {
            switch c { case 0xE9, 0xC9: return 0x65; case 0xFB, 0xDB: return 0x75; default: return c < 0x80 ? c | 0x20 : c }
        }
        let w = (f(at(u, j)), f(at(u, j + 1)), f(at(u, j + 2)))
        let a = UInt32(w.0) << 16 | UInt32(w.1) << 8 | UInt32(w.2)
        @inline(__always) func key(_ s: StaticString) -> UInt32 {
            let p = s.utf8Start
            return UInt32(p[0]) << 16 | UInt32(p[1]) << 8 | UInt32(p[2])
        }
        return [key("jan"), key("fev"), key("mar"), key("avr"), key("mai"), key("jui"), key("aou"), key("sep"),
                key("oct"), key("nov"), key("dec")].contains(a)
    }

    /// "I9S8", "19S8", "195B", "1g65" after a month's name: a year whose 5 OCR read as an S,
    /// whose 8 as a B or whose 9 as a g (with the l, I or O the other repairs read for 1 and 0). Four scalars, one or two
    /// of them letters, making a year from 1800 to 2099, right after a month: a date's year,
    /// where no word stands. Returns the year's end once repaired, or nil.
    static func misreadYear(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Int? {
        var s = i
        if case let p = at(u, i - 1), p == 0x6C || p == 0x49 { s = i - 1 }
        guard !inWord(at(u, s - 1)) else { return nil }
        var e = s
        while inWord(at(u, e)) && e - s <= 4 { e += 1 }
        guard e - s == 4 else { return nil }
        var value = 0, letters = 0, rare = 0   // the S, B or g read
        for k in s..<e {
            let c = u[k]
            var d = Int(c) - 0x30
            if !isDigit(c) {
                letters += 1
                switch c {
                case 0x6C, 0x49: d = 1
                case 0x4F: d = 0
                case 0x53: d = 5; rare += 1
                case 0x42: d = 8; rare += 1
                case 0x67: d = 9; rare += 1
                default: return nil
                }
            }
            value = value * 10 + d
        }
        guard rare > 0, letters <= 2, value >= 1800, value <= 2099, monthPrecedes(u, s) else { return nil }
        var v = value
        for k in stride(from: e - 1, through: s, by: -1) { u[k] = UInt16(0x30 + v % 10); v /= 10 }
        return e
    }

    /// "le décret du 25 mars i852": a lower-case i read for the 1 that opens a year of the
    /// nineteenth or twentieth century, right after a month's name (older prints, whose 1 has
    /// a serif). Three digits after it, the first an 8 or a 9, nothing glued after them:
    /// anywhere else an i before digits is left as read. Returns the year's end, or nil.
    static func lowerIYear(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Int? {
        guard at(u, i - 1) == 0x69, !inWord(at(u, i - 2)), u[i] == 0x38 || u[i] == 0x39,
              isDigit(at(u, i + 1)), isDigit(at(u, i + 2)), !inWord(at(u, i + 3)),
              monthPrecedes(u, i - 1) else { return nil }
        u[i - 1] = 0x31
        return i + 3
    }

    /// "5ll-1", "5Il-l", "6lO-5", "2O2O-548": after a digit, two or three of l, I, O in a
    /// row (or an O alone) that end at a digit or at a number's hyphen (a digit or an l
    /// after it). The single l or I between digits is `number`'s first test; lowercase o
    /// stays out of runs ("1o" is an ordinal). Returns the run's end, or nil.
    static func confusableRunEnd(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int) -> Int? {
        var e = k
        while e - k < 3, case let c = at(u, e), c == 0x6C || c == 0x49 || c == 0x4F { e += 1 }
        guard e - k >= 2 || u[k] == 0x4F else { return nil }
        let next = at(u, e)
        if isDigit(next) { return e }
        guard next == 0x2D, case let d = at(u, e + 1) else { return nil }
        return isDigit(d) || (d == 0x6C || d == 0x49) && !inWord(at(u, e + 2)) ? e : nil
    }

    /// Whether the digits from `i` (with the letters OCR reads between digits) run into a
    /// letter: "l0i" is the word "loi" with a zero, not the number 10 and an "i".
    static func runsIntoLetter(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Bool {
        var k = i
        while true {
            let c = at(u, k)
            if isDigit(c) || (c == 0x6C || c == 0x49 || c == 0x4F || c == 0x6F) && isDigit(at(u, k + 1)) { k += 1; continue }
            return inWord(c) && c != 0x27
        }
    }

    /// The "n°" sign misread before the number at `i` ("nO 12", "n o 12", "n 12").
    static func numero(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) {
        guard at(u, i - 1) == 0x20 else { return }
        @inline(__always) func isN(_ k: Int) -> Bool { (at(u, k) == 0x6E || at(u, k) == 0x4E) && !inWord(at(u, k - 1)) }
        let sign = at(u, i - 2)
        // "nO", "no", "n0", "n*", "n\"", "nº"
        if sign == 0x4F || sign == 0x6F || sign == 0x30 || sign == 0x2A || sign == 0x22 || sign == 0xBA, isN(i - 3) {
            u[i - 2] = 0xB0; return
        }
        // "n o 12"
        if sign == 0x6F || sign == 0x4F, at(u, i - 3) == 0x20, isN(i - 4) { u[i - 3] = 0x01; u[i - 2] = 0xB0; return }
        // "n 12": a lone lowercase n (the sign lost), its space read as the sign.
        if sign == 0x6E, !inWord(at(u, i - 3)) { u[i - 1] = 0xB0 }
    }

    /// "20 1 8", "19 97": digit groups set apart by single spaces that make one year. One
    /// group may be a lone l, I or O read for its digit ("n° 20 I 0-613": `loneDigit`).
    static func spacedYear(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) {
        // Not the second group of a number already grouped ("12 20 14").
        if at(u, i - 1) == 0x20 && isDigit(at(u, i - 2)) { return }
        // No arrays: this runs at every number of the text (a heap allocation per number
        // cost a tenth of tokenizing a code).
        var groups = 0, digits = 0, lastLen = 0
        var sp = (0, 0, 0)   // the spaces between groups (at most three)
        var letter = -1      // the lone letter read for a digit
        var k = i
        var value = 0
        while true {
            var len = 0
            while isDigit(at(u, k)) { value = value * 10 + Int(u[k] - 0x30); len += 1; k += 1; if len > 3 { return } }
            if len == 0 {
                guard letter < 0, let d = loneDigit(u, k) else { return }
                value = value * 10 + d; len = 1; letter = k; k += 1
            }
            groups += 1; digits += len; lastLen = len
            guard groups < 4, digits < 4, at(u, k) == 0x20, isDigit(at(u, k + 1)) || loneDigit(u, k + 1) != nil else { break }
            if groups == 1 { sp.0 = k } else if groups == 2 { sp.1 = k } else { sp.2 = k }
            k += 1
        }
        guard groups >= 2, digits == 4, value >= 1800, value <= 2099 else { return }
        // "2 014" is how a thousand is grouped: left as it is.
        if groups == 2 && lastLen == 3 { return }
        let after = at(u, k)
        if after == 0x20 && isDigit(at(u, k + 1)) { return }   // more groups: a phone number, a table row
        guard !(after &- 0x30 < 10), !((after | 0x20) &- 0x61 < 26) else { return }
        // "article 18 I 2°": a part and a paragraph of an article, no year.
        if letter >= 0 { guard after != 0xB0, after != 0xBA else { return }; u[letter] = u[letter] == 0x4F ? 0x30 : 0x31 }
        u[sp.0] = 0x01
        if groups > 2 { u[sp.1] = 0x01 }
        if groups > 3 { u[sp.2] = 0x01 }
    }

    /// The digit a lone l, I or O at `k` stands for inside a spaced number, or nil: the
    /// letter alone, a space or the number's end after it.
    @inline(__always) static func loneDigit(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int) -> Int? {
        let c = at(u, k)
        guard c == 0x6C || c == 0x49 || c == 0x4F, !inWord(at(u, k + 1)) else { return nil }
        return c == 0x4F ? 0 : 1
    }
}
