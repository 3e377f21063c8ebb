/// The apostrophe of an elision that OCR read as a space: "l article", "d un délai",
/// "qu il", "s il y a lieu", "n est pas", "jusqu au", "J ai l honneur", "MINISTERE DE
/// L INTERIEUR". The space becomes the apostrophe (one scalar for one), so every lexicon
/// sees "l'article" as it is written. The tokenizer asks at each short word before a space
/// (`Tokenizer.scan`: a test per word there, where a pass of the normaliser tested every
/// unit and cost a tenth of normalising).
///
/// Only where the next word makes the elision certain: it opens on a vowel or an h, and a
/// one-letter word is one of the elided ones in a place a list letter or an abbreviation
/// cannot be ("article 3 d", "au point d ci-dessus", "a, b, c et d", "M Alain Dupont",
/// "D Accueil des demandeurs" are left alone). "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"
/// are never words of their own: a vowel after them is enough.
extension OCRRepair {
    /// Whether the space at `sp`, right after a word of one to six letters, is an elision's
    /// lost apostrophe.
    static func lostApostrophe(_ u: UnsafeMutableBufferPointer<UInt16>, _ sp: Int) -> Bool {
        guard sp >= 1, sp + 2 < u.count, u[sp] == 0x20 else { return false }
        // Most short words are no elision: their letter is tested before any string is made.
        let last = u[sp - 1] | 0x20
        guard endsElision(last) else { return false }
        var w0 = sp
        while w0 > 0 && sp - w0 < 7 && isASCIILetter(u[w0 - 1]) { w0 -= 1 }
        guard w0 < sp, !inWord(at(u, w0 - 1)), at(u, w0 - 1) != 0x2D, at(u, w0 - 1) != 0x01, at(u, w0 - 1) != 0x2E else { return false }
        guard sp - w0 == 1 || (sp - w0 >= 2 && last == 0x75 && (u[sp - 2] | 0x20) == 0x71) else { return false }
        let w = ascii(u, w0, sp)
        let lw = w.lowercased()
        guard longElisions.contains(lw) || singleElisions.contains(lw) else { return false }
        var x1 = sp + 1
        while x1 < u.count && isLetter(u[x1]) { x1 += 1 }
        guard x1 > sp + 1, isVowelOrH(u[sp + 1]), x1 >= u.count || !isDigit(u[x1]) else { return false }
        let x = word(u, sp + 1, x1), lx = x.lowercased()
        guard lx != "et", lx != "ou" else { return false }
        if longElisions.contains(lw) { return true }
        guard lw.count == 1, singleElisions.contains(lw) else { return false }
        // One letter on its own: "à", "a", "y" after it only where a verb follows a pronoun.
        if x1 - sp - 1 == 1 && (lw == "c" || lw == "d" || lw == "l" || !(lx == "a" || lx == "à" || lx == "y")) { return false }
        if lw == "c" && !["est", "etait", "était", "en"].contains(lx) { return false }
        return oneLetterFits(u, w0, capital: w != lw, next: x)
    }

    /// A one-letter elision at `w0`: not after a number, a lone letter or a noun that names
    /// a list's letter ("point d"); a capital opens a sentence before a lowercase word ("L article",
    /// "J ai") or stands between words in capitals ("DE L INTERIEUR").
    static func oneLetterFits(_ u: UnsafeMutableBufferPointer<UInt16>, _ w0: Int, capital: Bool, next x: String) -> Bool {
        let (prev, p0, mark) = wordBefore(u, w0)
        if mark.map(isDigit) == true { return false }
        if listNouns.contains(Fold.string(prev)) { return false }
        // A list of letters: "a, b, c, d", "c et d", "b ou d".
        if prev.unicodeScalars.count == 1 { return false }
        if prev == "et" || prev == "ou", wordBefore(u, p0).0.unicodeScalars.count == 1 { return false }
        guard capital else { return true }
        let nextLower = x.unicodeScalars.first.map { $0.properties.isLowercase } ?? false
        if nextLower { return opensSentence(u, w0) }
        let capitals = { (s: String) in s.unicodeScalars.count >= 2 && s.unicodeScalars.allSatisfy { $0.properties.isUppercase } }
        return capitals(prev) && capitals(x)
    }

    /// The word before `k` (after spaces), where it starts, and the unit right before `k`'s
    /// spaces when it is not a letter (a comma, a digit), else nil.
    static func wordBefore(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int) -> (String, Int, UInt16?) {
        var p1 = k - 1
        while p1 >= 0 && u[p1] == 0x20 { p1 -= 1 }
        guard p1 >= 0 else { return ("", 0, nil) }
        if !isLetter(u[p1]) {
            if u[p1] != 0x2C { return ("", p1, u[p1]) }
            let (w, p0, _) = wordBefore(u, p1)
            return (w, p0, 0x2C)
        }
        var p0 = p1
        while p0 > 0 && isLetter(u[p0 - 1]) { p0 -= 1 }
        return (word(u, p0, p1 + 1), p0, nil)
    }

    /// Elided words of more than one letter, lowercase: never a word alone.
    static let longElisions: Set<String> = ["qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]
    /// One-letter elided words (not "t": the tonne; "m" and "s" after a number are units,
    /// which the number test keeps out).
    static let singleElisions: Set<String> = ["l", "d", "n", "s", "j", "c", "m"]
    /// Nouns after which a lone letter is a list's or a category's ("point d", "annexe l",
    /// "permis D"), folded. Grammar of the citation, not vocabulary: kept here.
    static let listNouns: Set<String> = [
        "point", "points", "alinea", "article", "annexe", "paragraphe", "lettre", "categorie", "categories",
        "colonne", "case", "rubrique", "type", "section", "permis", "titre", "livre", "chapitre", "partie",
        "tableau", "modele", "cerfa", "groupe", "classe", "serie", "zone", "niveau", "liste", "item",
    ]

    /// The last letter of an elided word, either case: l d n s j c m, or the u of "qu".
    @inline(__always) static func endsElision(_ c: UInt16) -> Bool {
        let y = c | 0x20
        guard y &- 0x61 < 26 else { return false }
        let set: UInt32 = 1 << (0x6C - 0x61) | 1 << (0x64 - 0x61) | 1 << (0x6E - 0x61) | 1 << (0x73 - 0x61)
            | 1 << (0x6A - 0x61) | 1 << (0x63 - 0x61) | 1 << (0x6D - 0x61) | 1 << (0x75 - 0x61)
        return set >> UInt32(y - 0x61) & 1 != 0
    }
    @inline(__always) static func isASCIILetter(_ c: UInt16) -> Bool { (c | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ c: UInt16) -> Bool {
        isASCIILetter(c) || (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7)
    }
    /// A vowel (with or without its accent) or an h, either case: what an elided word precedes.
    static func isVowelOrH(_ c: UInt16) -> Bool {
        let y = c | 0x20
        if y < 0x80 { return y == 0x61 || y == 0x65 || y == 0x69 || y == 0x6F || y == 0x75 || y == 0x79 || y == 0x68 }
        return (y >= 0xE0 && y <= 0xE6) || (y >= 0xE8 && y <= 0xEF) || (y >= 0xF2 && y <= 0xF6) || (y >= 0xF9 && y <= 0xFC) || c == 0x152 || c == 0x153
    }
    static func ascii(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int, _ b: Int) -> String {
        String(decoding: (a..<b).map { UInt8(truncatingIfNeeded: u[$0]) }, as: UTF8.self)
    }
    static func word(_ u: UnsafeMutableBufferPointer<UInt16>, _ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        for k in a..<b { if let s = Unicode.Scalar(UInt32(u[k])) { v.append(s) } }
        return String(v)
    }
}

/// An é that OCR read as a 6 ("d6lai", "soci6t6s", "6galement": the normaliser's pass) or
/// as an e and an apostrophe ("de'lai", "proble'me", "E'tat": the tokenizer, at an
/// apostrophe inside a word). The 6 becomes é; the apostrophe's e its accented letter and
/// the apostrophe a `join` — so the word is read whole and folds as the lexicons spell it. Only inside words: a number's 6 ("2016", "6e", "6 mois", "L6") is
/// never between lowercase letters, and French writes no apostrophe after an e.
extension OCRRepair {
    /// The 6 at `i`: between lowercase letters, at the end of a word of two letters or more
    /// before it ("arr6t6"), or opening a word of five lowercase letters ("6tablissement";
    /// shorter ones may be a glued ordinal or unit: "6eme", "6ans"). Whether it was repaired.
    static func sixForE(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Bool {
        let before = at(u, i - 1), after = at(u, i + 1)
        let lowerBefore = isLower(before), lowerAfter = isLower(after)
        guard lowerBefore || lowerAfter, noOtherDigit(u, i) else { return false }
        if lowerBefore && lowerAfter { u[i] = 0xE9; return true }
        if lowerBefore {
            guard isLower(at(u, i - 2)), !inWord(after) else { return false }
            u[i] = 0xE9; return true
        }
        // "l'6tablissement": an elision's apostrophe before it.
        guard !inWord(before) || before == 0x27, before != 0x2D else { return false }
        // "6t6" (été), "6t6s": lowercase letters and another 6 make the word.
        var k = i + 1, sixes = 0
        while isLower(at(u, k)) || (at(u, k) == 0x36 && isLower(at(u, k - 1))) { if u[k] == 0x36 { sixes += 1 }; k += 1 }
        guard k - i > 5 || (sixes > 0 && k - i >= 3), !inWord(at(u, k)) || k - i > 5 else { return false }
        u[i] = 0xE9; return true
    }

    /// The 1 at `i` read for an l inside a word: between lowercase letters ("artic1es",
    /// "dé1ivrée") or ending one after two, the last a vowel ("avri1", "nationa1": a French
    /// word ends on an l after a vowel). Not opening a word ("1er", "1o") nor after a capital
    /// ("L1", "A1"), nor a footnote's call a PDF glued to its word ("séjour1",
    /// "préoccupant1"). Whether it was repaired.
    static func oneForL(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Bool {
        guard isLower(at(u, i - 1)), noOtherDigit(u, i) else { return false }
        let after = at(u, i + 1)
        // "vei11er", "jui11et", "e11es": the double l read as two 1s, between lowercase letters.
        if after == 0x31, isLower(at(u, i + 2)) { u[i] = 0x6C; u[i + 1] = 0x6C; return true }
        guard isLower(after) || (!inWord(after) && isLower(at(u, i - 2)) && isVowel(at(u, i - 1))) else { return false }
        u[i] = 0x6C; return true
    }

    /// The 0 at `i` read for an O inside a word: between two letters ("N0R", "c0mmune",
    /// "l0i"), or opening a word of at least three more letters ("0bjet", "0ctobre"; a
    /// month's "0CT." is the tokenizer's, `Tokenizer.confusedMonthEnd`). Capital where the
    /// next letter is, or where it opens the word. Not after a
    /// digit ("10km", "2014"), nor before fewer letters (a unit: "0km", "0h30"), nor in a word
    /// holding another digit (a code). Whether it was repaired.
    static func zeroForO(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Bool {
        let before = at(u, i - 1), after = at(u, i + 1)
        guard isLetter(after), !isDigit(before), noOtherDigit(u, i) else { return false }
        let upper = isASCIILetter(after) && after < 0x61
        if isLetter(before) { u[i] = upper || !isLower(before) && !isLower(after) ? 0x4F : 0x6F; return true }
        guard !inWord(before) || before == 0x27 else { return false }
        var k = i + 1
        while isLetter(at(u, k)) { k += 1 }
        guard k - i > 3 else { return false }
        u[i] = before == 0x27 && !upper ? 0x6F : 0x4F
        return true
    }

    /// A lowercase vowel, accented or not (Latin-1).
    @inline(__always) static func isVowel(_ c: UInt16) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        case 0xE0...0xE6, 0xE8...0xEF, 0xF2...0xF6, 0xF9...0xFC: return true
        default: return false
        }
    }

    /// Whether the word around the digit at `i` holds no other digit: a code or a hash
    /// ("02c6e18135e" in an address) is no misread word.
    static func noOtherDigit(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> Bool {
        let d = u[i]
        var k = i - 1
        while k >= 0 && i - k < 40 && inWord(u[k]) && u[k] != 0x27 { if isDigit(u[k]) && u[k] != d { return false }; k -= 1 }
        k = i + 1
        while k < u.count && k - i < 40 && inWord(u[k]) && u[k] != 0x27 { if isDigit(u[k]) && u[k] != d { return false }; k += 1 }
        return true
    }

    /// The apostrophe at `i` after an e inside a word ("de'lai") or after a capital E
    /// opening one ("E'tat"), before a lowercase letter: the accented letter the e stands
    /// for, or nil.
    static func accentApostrophe(_ u: UnsafeMutableBufferPointer<UInt16>, _ i: Int) -> UInt16? {
        let e = at(u, i - 1)
        guard isLower(at(u, i + 1)) else { return nil }
        if e == 0x65, isLetter(at(u, i - 2)) { return graveFollows(u, i + 1) ? 0xE8 : 0xE9 }
        if e == 0x45, !inWord(at(u, i - 2)) || at(u, i - 2) == 0x27 { return 0xC9 }
        return nil
    }

    /// Whether the letters from `k` are consonants then a final e (or es): "proble'me",
    /// "ministe're", where French writes è.
    static func graveFollows(_ u: UnsafeMutableBufferPointer<UInt16>, _ k: Int) -> Bool {
        var j = k
        while isASCIILetter(at(u, j)) && !isVowelOrH(at(u, j)) || (at(u, j) | 0x20) == 0x68 { j += 1 }
        guard j > k, at(u, j) == 0x65 else { return false }
        let end = at(u, j + 1) == 0x73 ? j + 2 : j + 1
        return !isLetter(at(u, end))
    }
}
