/// Eight two-byte units at a time (one SSE register), for the loops of the normaliser and the
/// tokenizer that pass over plain text: most units of a French text are letters and spaces
/// that no rule acts on, and testing them eight at a time replaces eight dependent loads and
/// a branch that mispredicts at every word end.
///
/// Why arithmetic and no `.<`/`.==`: Swift lowers the SIMD comparisons lane by lane through
/// memory; subtraction, `&` and `|` on `SIMD8<UInt16>` compile to one SSE instruction each.
/// A lane's answer is its high bit (0x8000 = true).
enum Units8 {
    typealias V = SIMD8<UInt16>

    @inline(__always) static func load(_ p: UnsafePointer<UInt16>, _ i: Int) -> V {
        UnsafeRawPointer(p + i).loadUnaligned(as: V.self)
    }

    /// Lanes where `d < k` (unsigned; `k` ≤ 0x8000): `d - k` wraps to the upper half
    /// exactly when `d < k`, and `~d` excludes lanes that were in the upper half already.
    @inline(__always) static func below(_ d: V, _ k: UInt16) -> V { (d &- V(repeating: k)) & ~d }

    /// Lanes in `lo ..< lo + count` (`count` ≤ 0x8000).
    @inline(__always) static func inRange(_ v: V, _ lo: UInt16, _ count: UInt16) -> V {
        below(v &- V(repeating: lo), count)
    }

    /// Lanes equal to `c`.
    @inline(__always) static func equal(_ v: V, _ c: UInt16) -> V { below(v ^ V(repeating: c), 1) }

    /// How many lanes from the first are true (0…8).
    @inline(__always) static func leadingTrue(_ m: V) -> Int {
        firstTrue(~m)
    }

    /// The first true lane (8 when none). The lanes' high bits packed into one byte lane
    /// each (`psrlw`, `packuswb`), then one bit scan: no branch on which half holds it.
    @inline(__always) static func firstTrue(_ m: V) -> Int {
        let bytes = SIMD8<UInt8>(truncatingIfNeeded: m &>> 15)
        return UInt64(littleEndian: unsafeBitCast(bytes, to: UInt64.self)).trailingZeroBitCount >> 3
    }

    /// Whether any lane is true.
    @inline(__always) static func any(_ m: V) -> Bool {
        let w = unsafeBitCast(m, to: (UInt64, UInt64).self)
        return (w.0 | w.1) & 0x8000_8000_8000_8000 != 0
    }

    /// Moves `i` to the first unit before `end` where `test` is true, eight units at a time;
    /// stops within eight of `end` (the caller goes on one by one). The next eight are
    /// loaded whatever this eight held, so that loads run ahead of the tests: stepping by the
    /// first hit's position instead chains each load to the last (a load latency per eight).
    @inline(__always) static func skip(_ base: UnsafePointer<UInt16>, _ i: inout Int, to end: Int, _ test: (V) -> V) {
        while i &+ 8 <= end {
            let m = test(load(base, i))
            if any(m) { i &+= firstTrue(m); return }
            i &+= 8
        }
    }

    /// Letters and digits every tokenizer class table agrees on: A–Z, a–z, 0–9, and
    /// U+00C0–U+017F but × and ÷ (Latin-1 and Latin Extended-A: French letters with
    /// their accents, œ). `Tokenizer` checks these against its table when it is built.
    @inline(__always) static func plainAlnum(_ v: V) -> V {
        let y = v | V(repeating: 0x20)   // A–Z → a–z, U+00C0–U+00DF → U+00E0–U+00FF
        let latin = inRange(y, 0x61, 26)
        let digit = inRange(v, 0x30, 10)
        let accented = inRange(y, 0xE0, 0xA0) & ~equal(y, 0xF7)
        return latin | digit | accented
    }

    /// The same test for one unit (the table check, and the tail of a text).
    static func isPlainAlnum(_ u: UInt16) -> Bool {
        let y = u | 0x20
        return (y >= 0x61 && y <= 0x7A) || (u >= 0x30 && u <= 0x39) || (y >= 0xE0 && y <= 0x17F && y != 0xF7)
    }
}
