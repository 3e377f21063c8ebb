@_implementationOnly import CICU

/// The few ICU services circ needs, behind plain Swift types so that no ICU type leaks
/// into modules that import Foundation (whose private ICU clashes with the system one).
public enum ICU {
    /// Unicode general category as ICU reports it (`UCharCategory` raw value).
    @inline(__always) public static func charType(_ c: UInt32) -> Int8 { cicu_charType(UChar32(bitPattern: c)) }
    @inline(__always) public static func isAlpha(_ c: UInt32) -> Bool { cicu_isalpha(UChar32(bitPattern: c)) != 0 }
    @inline(__always) public static func isDigit(_ c: UInt32) -> Bool { cicu_isdigit(UChar32(bitPattern: c)) != 0 }
    @inline(__always) public static func combiningClass(_ c: UInt32) -> Int32 { cicu_combiningClass(UChar32(bitPattern: c)) }
    @inline(__always) public static func foldCase(_ c: UInt32) -> UInt32 { UInt32(bitPattern: cicu_foldCase(UChar32(bitPattern: c))) }
    @inline(__always) public static func isUpper(_ c: UInt32) -> Bool { charType(c) == 1 /* U_UPPERCASE_LETTER */ || charType(c) == 3 }

    /// NFC of a short run of scalars (a base and its combining marks).
    public static func nfc(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var st = U_ZERO_ERROR
        guard let n = cicu_nfc(&st) else { return scalars }
        let src = Array(String(String.UnicodeScalarView(scalars)).utf16)
        var dst = [UInt16](repeating: 0, count: src.count * 3 + 8)
        let len = src.withUnsafeBufferPointer { s in
            dst.withUnsafeMutableBufferPointer { d in
                cicu_normalize(n, s.baseAddress, Int32(s.count), d.baseAddress, Int32(d.count), &st)
            }
        }
        if st.rawValue > U_ZERO_ERROR.rawValue || len < 0 { return scalars }
        return Array(String(decoding: dst[0..<Int(len)], as: UTF16.self).unicodeScalars)
    }

    /// The scalar with its accents removed (canonical decomposition's first scalar), so
    /// that "é" → "e" while "œ" stays "œ" (it has no decomposition).
    public static func baseLetter(_ c: UInt32) -> UInt32 {
        if c < 0xC0 { return c }
        var st = U_ZERO_ERROR
        guard let n = cicu_nfd(&st) else { return c }
        var buf = [UInt16](repeating: 0, count: 8)
        let len = buf.withUnsafeMutableBufferPointer { cicu_getDecomposition(n, UChar32(bitPattern: c), $0.baseAddress, 8, &st) }
        if len <= 0 || st.rawValue > U_ZERO_ERROR.rawValue { return c }
        let first = String(decoding: buf[0..<Int(len)], as: UTF16.self).unicodeScalars.first
        return first?.value ?? c
    }
}

/// Case and accent folding for matching French text: "ÉLOIGNEMENT" and "eloignement" fold
/// alike. One scalar in, one scalar out, so folded text keeps the offsets of its source.
/// BMP results are computed once through ICU and cached in a table.
public final class Folder: @unchecked Sendable {
    public static let shared = Folder()
    /// Immutable after init; a raw pointer so that lookups cost no exclusivity check.
    private let table: UnsafeMutablePointer<UInt32>

    private init() {
        table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        for c in 0..<0x10000 {
            let u = UInt32(c)
            if (0xD800...0xDFFF).contains(u) { table[c] = u; continue }
            if u < 0x80 {
                table[c] = (u >= 0x41 && u <= 0x5A) ? u + 32 : u
            } else {
                table[c] = ICU.foldCase(ICU.baseLetter(ICU.foldCase(u)))
            }
        }
    }

    @inline(__always) public func fold(_ c: UInt32) -> UInt32 {
        c < 0x10000 ? table[Int(c)] : ICU.foldCase(c)
    }

    public func fold(_ s: Unicode.Scalar) -> Unicode.Scalar { Unicode.Scalar(fold(s.value)) ?? s }

    /// One scalar of a string folded: "œ" → "oe", typographic apostrophes, spaces and
    /// hyphens to their ASCII forms, anything else through the table.
    @inline(__always) public func fold(_ u: Unicode.Scalar, into put: (Unicode.Scalar) -> Void) {
        switch u.value {
        case 0x153, 0x152: put("o"); put("e")
        case 0xE6, 0xC6: put("a"); put("e")
        case 0x2019, 0x2018, 0x02BC: put("'")
        case 0xA0, 0x202F, 0x2009: put(" ")
        case 0x2010, 0x2011: put("-")
        default: put(Unicode.Scalar(fold(u.value)) ?? u)
        }
    }

    /// Folds a string; "œ" becomes "oe" here (lengths may change), which is what keys and
    /// search terms want.
    public func fold(_ s: String) -> String {
        // ASCII (most words of a circular's matching): the table only lowercases A–Z, so a
        // word without capitals is its own folding (shared, no copy) and one with capitals
        // is lowercased byte by byte.
        let utf8 = s.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return s }
            return utf8String(capacity: utf8.count) { buf in
                var i = 0
                for b in utf8 { buf[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b; i += 1 }
                return i
            }
        }
        // Up to 64 KB (a word, a sentence): UTF-8 written into a scratch buffer; a scalar
        // folds to at most 4 bytes ("œ" → "oe" is 2), so 4× the input always fits.
        if utf8.count <= 1 << 16 {
            return utf8String(capacity: utf8.count * 4) { buf in
                var n = 0
                for u in s.unicodeScalars { fold(u) { UTF8.encode($0) { buf[n] = $0; n += 1 } } }
                return n
            }
        }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { fold(u) { out.append($0) } }
        return String(out)
    }
}
