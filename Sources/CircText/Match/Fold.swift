/// The matching kernel's fold: the one definition of "the same word" that extraction (every
/// lexicon, every token) and search (the registry's FTS index and its queries) share.
///
/// Two levels, built on one table (`Folder`):
/// - `scalar`: one scalar in, one scalar out (case folded, accents removed), so that a folded
///   text keeps the offsets of its source;
/// - `bytes`/`string`/`key`: a word's folded UTF-8, where a scalar may become two ("œ" → "oe",
///   "ß" → "ss") or none (a `join` scalar, a stray combining accent), apostrophes, spaces and
///   hyphens take their ASCII forms. `key` hashes exactly the bytes `string` builds, so a key
///   table and a string table agree by construction.
public enum Fold {
    /// The `join` scalar the normaliser leaves where it removed a line-end hyphen.
    @usableFromInline static let join: UInt32 = 0x01

    /// One scalar folded one to one (offset-keeping).
    @inline(__always) public static func scalar(_ c: UInt32) -> UInt32 { Folder.fold(scalar: c) }

    /// The folded UTF-8 bytes of one scalar, given to `put`: the rule every path uses.
    @inline(__always) public static func bytes(_ c: UInt32, _ put: (UInt8) -> Void) {
        switch c {
        case 0x41...0x5A: put(UInt8(truncatingIfNeeded: c + 32))
        case join: return
        case 0x09, 0x0A: put(0x20)
        case 0..<0x80: put(UInt8(truncatingIfNeeded: c))
        case 0x153, 0x152: put(0x6F); put(0x65)
        case 0xE6, 0xC6: put(0x61); put(0x65)
        case 0xDF, 0x1E9E: put(0x73); put(0x73)
        // The typographic ligatures a PDF's text layer or OCR keeps ("difﬁcultés", "aﬂux"):
        // their letters, so that "ﬁxé" is the word "fixé".
        case 0xFB00...0xFB04: ligature(c, put)
        case 0x2019, 0x2018, 0x02BC: put(0x27)
        case 0xA0, 0x202F, 0x2009: put(0x20)
        case 0x2010, 0x2011, 0x2012, 0x2212: put(0x2D)
        case 0x2044, 0x2215: put(0x2F)
        default:
            if Folder.isMark(scalar: c) { return }
            let v = Folder.fold(scalar: c)
            if v < 0x80 { put(UInt8(truncatingIfNeeded: v)); return }
            if v < 0x800 {
                put(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))); put(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                put(UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))); put(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
                put(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else {
                put(UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))); put(UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F)))
                put(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))); put(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            }
        }
    }

    /// "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ" (U+FB00–FB04) as their letters. Out of line: rare.
    @inline(never) static func ligature(_ c: UInt32, _ put: (UInt8) -> Void) {
        put(0x66)
        switch c {
        case 0xFB00: put(0x66)
        case 0xFB01: put(0x69)
        case 0xFB02: put(0x6C)
        case 0xFB03: put(0x66); put(0x69)
        default: put(0x66); put(0x6C)
        }
    }

    /// The folded form of a string: "Préfète ŒUVRE" → "prefete oeuvre".
    public static func string(_ s: String) -> String {
        // ASCII without capitals, tabs, newlines or joins (most lexicon words and keys): its
        // own folding, shared, no copy.
        let utf8 = s.utf8
        if !utf8.contains(where: { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x01 || $0 == 0x09 || $0 == 0x0A }) {
            return s
        }
        if utf8.count <= 1 << 16 {
            // A scalar folds to at most 4 bytes (two for "œ"), so 4× the input always fits.
            return utf8String(capacity: utf8.count * 4) { buf in
                var n = 0
                for u in s.unicodeScalars { bytes(u.value) { buf[n] = $0; n += 1 } }
                return n
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for u in s.unicodeScalars { bytes(u.value) { out.append($0) } }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded form of the scalars `r` of a normalised text (a token).
    public static func string(_ s: ScalarStore, _ r: Range<Int>) -> String {
        // One ASCII scalar (punctuation, most of the tokens folded one by one): its folding
        // made once, not a string built per token.
        if r.count == 1, r.lowerBound >= 0, r.lowerBound < s.count, case let u = s.units[r.lowerBound], u < 0x80 {
            return asciiStrings[Int(u)]
        }
        return string(of: s, r)
    }

    /// `string` of each ASCII scalar alone, by its value.
    static let asciiStrings: [String] = (0..<128).map { v -> String in
        let one = [Unicode.Scalar(UInt8(v))]
        return string(of: one, 0..<1)
    }
    public static func string(_ s: ScalarView, _ r: Range<Int>) -> String { string(of: s, r) }

    @inline(__always) static func string<C: RandomAccessCollection>(of s: C, _ r: Range<Int>) -> String
    where C.Index == Int, C.Element == Unicode.Scalar {
        let lo = max(0, r.lowerBound), hi = min(s.count, r.upperBound)
        guard lo < hi else { return "" }
        return utf8String(capacity: (hi - lo) * 4) { buf in
            var n = 0
            for i in lo..<hi { bytes(s[i].value) { buf[n] = $0; n += 1 } }
            return n
        }
    }

    /// The word key of a string: `WordKey.of(folded: string(s))` without building it.
    public static func key(_ s: String) -> UInt64 {
        var h = WordKey()
        for u in s.unicodeScalars { bytes(u.value) { h.add($0) } }
        return h.value
    }

    /// The word key of the scalars `r` of a normalised text.
    public static func key(_ s: ScalarStore, _ r: Range<Int>) -> UInt64 {
        // On the two-byte units, ASCII without the scalar decoding: the reference
        // scanner and the deadline scan key every word of a text this way.
        // The array read in place: a buffer pointer over it, or a local copy, cost a retain
        // and a release per word.
        var h = WordKey()
        for i in r {
            let x = s.units[i]
            if x < 0x80 { if let b = asciiByte(x) { h.add(b) } } else { bytes(s[i].value) { h.add($0) } }
        }
        return h.value
    }

    /// `bytes` of an ASCII scalar (below 0x80): its one folded byte, or nil for `join`.
    @inline(__always) static func asciiByte(_ x: UInt16) -> UInt8? {
        if x &- 0x41 < 26 { return UInt8(truncatingIfNeeded: x &+ 32) }
        if x == UInt16(join) { return nil }
        if x == 0x09 || x == 0x0A { return 0x20 }
        return UInt8(truncatingIfNeeded: x)
    }
    public static func key(_ s: ScalarView, _ r: Range<Int>) -> UInt64 { key(of: s, r) }

    @inline(__always) static func key<C: RandomAccessCollection>(of s: C, _ r: Range<Int>) -> UInt64
    where C.Index == Int, C.Element == Unicode.Scalar {
        var h = WordKey()
        for i in r { bytes(s[i].value) { h.add($0) } }
        return h.value
    }

    /// The word key of a token, whether it has a hyphen, and the key of its part before the
    /// first hyphen ("vingt" of "vingt-quatre"): what the deadline rules look up per token.
    public static func keyAndHead(_ s: ScalarStore, _ r: Range<Int>) -> (key: UInt64, hyphen: Bool, head: UInt64) {
        var h = WordKey()
        var hyphen = false
        var head: UInt64 = 0
        for i in r {
            let x = s.units[i]
            if x < 0x80 {
                // As `key`: ASCII straight from the unit.
                guard let b = asciiByte(x) else { continue }
                if b == 0x2D && !hyphen { head = h.value; hyphen = true }
                h.add(b)
                continue
            }
            bytes(s[i].value) { b in
                if b == 0x2D && !hyphen { head = h.value; hyphen = true }
                h.add(b)
            }
        }
        return (h.value, hyphen, head)
    }

    /// Whether `u` is a letter or a digit (a word's scalar, for search's word splitting).
    public static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }
}

/// The word key: FNV-1a over a word's folded UTF-8 (`Fold.bytes`), never 0 (0 means "no
/// word" in the open-addressing tables). Phrases combine their words' keys (`combine`).
public struct WordKey {
    @usableFromInline var h: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always) public init() {}
    @inline(__always) public mutating func add(_ b: UInt8) { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    @inline(__always) public var value: UInt64 { h == 0 ? 1 : h }

    /// The key of a string already folded (a lexicon word): its bytes as they are.
    public static func of(folded s: String) -> UInt64 {
        var k = WordKey()
        for b in s.utf8 { k.add(b) }
        return k.value
    }

    /// The key of the exact text of `r` (case and accents kept, apostrophes unified, joins
    /// skipped), and of `suffix` after it if given: for acronyms, where "CA" is a court and
    /// "ca" a word, and for abbreviations matched exactly ("M.").
    public static func exact(_ s: ScalarStore, _ r: Range<Int>) -> UInt64 { exact(of: s, r) }
    public static func exact(_ s: ScalarView, _ r: Range<Int>, suffix: UInt32? = nil) -> UInt64 { exact(of: s, r, suffix: suffix) }
    public static func exact(_ s: String) -> UInt64 {
        let a = Array(s.unicodeScalars)
        return exact(of: a, 0..<a.count)
    }

    @inline(__always) static func exact<C: RandomAccessCollection>(of s: C, _ r: Range<Int>, suffix: UInt32? = nil) -> UInt64
    where C.Index == Int, C.Element == Unicode.Scalar {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in r {
            var v = s[i].value
            if v == Fold.join { continue }
            if v == 0x2019 || v == 0x2018 || v == 0x02BC { v = 0x27 }
            h = (h ^ UInt64(v)) &* 0x100_0000_01B3
        }
        if let v = suffix { h = (h ^ UInt64(v)) &* 0x100_0000_01B3 }
        return h == 0 ? 1 : h
    }

    @inline(__always) static func mix(_ h: UInt64) -> UInt64 {
        var z = h &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The key of an empty phrase.
    public static let seed: UInt64 = 0x1234_5678_9ABC_DEF1
    /// The key of a phrase so far followed by one more word.
    @inline(__always) public static func combine(_ phrase: UInt64, _ word: UInt64) -> UInt64 { mix(phrase &* 31 &+ word) }
}
