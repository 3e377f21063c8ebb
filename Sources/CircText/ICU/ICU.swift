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

/// The table behind the kernel's fold (`Fold`): case and accent folding of one scalar, so
/// that "É" and "e" fold alike and folded text keeps the offsets of its source. BMP results
/// are computed once through ICU and cached.
public final class Folder: @unchecked Sendable {
    public static let shared = Folder()
    /// Immutable after init; a raw pointer so that lookups cost no exclusivity check.
    private let table: UnsafeMutablePointer<UInt32>
    /// One bit per BMP scalar: a non-spacing mark (a stray combining accent), which a word's
    /// folded form drops.
    private let marks: UnsafeMutablePointer<UInt64>

    private init() {
        table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        marks = UnsafeMutablePointer<UInt64>.allocate(capacity: 0x10000 / 64)
        marks.initialize(repeating: 0, count: 0x10000 / 64)
        for c in 0..<0x10000 {
            let u = UInt32(c)
            if (0xD800...0xDFFF).contains(u) { table[c] = u; continue }
            if u < 0x80 {
                table[c] = (u >= 0x41 && u <= 0x5A) ? u + 32 : u
            } else {
                table[c] = ICU.foldCase(ICU.baseLetter(ICU.foldCase(u)))
                if ICU.charType(u) == 6 /* U_NON_SPACING_MARK */ { marks[c >> 6] |= 1 << UInt64(c & 63) }
            }
        }
    }

    @inline(__always) public func fold(_ c: UInt32) -> UInt32 {
        c < 0x10000 ? table[Int(c)] : ICU.foldCase(c)
    }

    /// The shared tables as plain pointers, for the per-scalar paths of `Fold`: loading
    /// `shared` into a local cost a retain and a release per scalar. Written once, in
    /// `init`, before any read: shared across threads as the table itself is.
    nonisolated(unsafe) static let tables = (fold: shared.table, marks: shared.marks)

    /// `shared.fold(c)` without touching `shared`.
    @inline(__always) static func fold(scalar c: UInt32) -> UInt32 {
        c < 0x10000 ? tables.fold[Int(c)] : ICU.foldCase(c)
    }

    /// `shared.isMark(c)` without touching `shared`.
    @inline(__always) static func isMark(scalar c: UInt32) -> Bool {
        c < 0x10000 && tables.marks[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0
    }

    public func fold(_ s: Unicode.Scalar) -> Unicode.Scalar { Unicode.Scalar(fold(s.value)) ?? s }

    @inline(__always) func isMark(_ c: UInt32) -> Bool {
        c < 0x10000 && marks[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0
    }

    /// `Fold.string`, under the name the tests know.
    public func fold(_ s: String) -> String { Fold.string(s) }
}
