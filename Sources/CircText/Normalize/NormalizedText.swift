/// The source with markup and typography normalised, scalar for scalar.
///
/// The normalised text has exactly as many Unicode scalars as the source: markup becomes
/// spaces, deleted characters become `join` (a scalar the tokenizer reads through), and a
/// substitution is always one scalar for one. So a normalised offset *is* the source offset
/// and every extracted item can quote the source without an offset map to maintain.
public struct NormalizedText: Sendable {
    /// Stands for a deleted scalar inside a word (soft hyphen, PDF line-end hyphenation,
    /// the body of an HTML entity): transparent to the tokenizer.
    public static let join: Unicode.Scalar = "\u{01}"

    public internal(set) var scalars: ScalarStore
    /// Where the source differs from the normalised text (markup, typography), and the
    /// source scalars there. The source is everywhere else identical, so keeping only its
    /// differences quotes it exactly at a fraction of a second copy's memory.
    var changes = SourceChanges()
    /// Ranges in bold (`**…**`, `<b>…</b>`): emphasis of obligations.
    public internal(set) var bold: [Range<Int>] = []
    /// `<sup>N</sup>` calls and definitions (a call at the start of a line defines a footnote).
    public internal(set) var footnoteCalls: [FootnoteCall] = []
    /// Markdown headings (`### …`), by line range.
    public internal(set) var headings: [Heading] = []

    public struct FootnoteCall: Sendable, Equatable {
        public var number: String
        /// The whole `<sup>…</sup>` in the source.
        public var range: Range<Int>
        /// Nothing but spaces before it on its line: it starts the footnote's text.
        public var startsLine: Bool
    }

    public struct Heading: Sendable, Equatable {
        public var level: Int
        public var range: Range<Int>
    }

    public var count: Int { scalars.count }

    /// The normalised text of a range, without `join` scalars.
    public func string(_ r: Range<Int>) -> String {
        let lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        guard lo < hi else { return "" }
        let scalars = self.scalars
        // Encoded into a buffer and decoded once (`utf8String`), as `folded` and `clean` are:
        // every token's text goes through here.
        return utf8String(capacity: 4 * (hi - lo)) { buf in
            var n = 0
            for i in lo..<hi where scalars[i] != Self.join { UTF8.encode(scalars[i]) { buf[n] = $0; n += 1 } }
            return n
        }
    }

    /// The kernel's folded form of a range (`Fold.string`): a token as the matchers read it.
    public func folded(_ r: Range<Int>) -> String { Fold.string(scalars, r) }

    /// The normalised text of a range with runs of white space collapsed to one space:
    /// what a reader would call the text of a passage.
    public func clean(_ r: Range<Int>) -> String {
        let lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        guard lo < hi else { return "" }
        // UTF-8 written straight into the result (a passage, the common call), or into a
        // byte array for a very long range: no scalar-by-scalar growth of a string view.
        if hi - lo <= 1 << 16 {
            return utf8String(capacity: (hi - lo) * 4) { buf in
                var n = 0
                cleanBytes(lo, hi) { buf[n] = $0; n += 1 }
                return n
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hi - lo)
        cleanBytes(lo, hi) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `clean`'s text as UTF-8 bytes. A run of blanks that was only markup in the source
    /// before punctuation ("jours**, conformément", "décision<sup>4</sup>.") vanishes; any
    /// other run is one space.
    @inline(__always) private func cleanBytes(_ lo: Int, _ hi: Int, _ put: (UInt8) -> Void) {
        var pending = false, realSpace = false
        var last: Unicode.Scalar? = nil
        var cursor = changes.cursor(at: lo)
        for i in lo..<hi {
            let s = scalars[i]
            if s == Self.join { continue }
            if s == " " || s == "\n" || s == "\t" {
                if last != nil { pending = true }
                if let o = cursor.source(at: i) {
                    if o == " " || o == "\n" || o == "\t" || o == "\r" || o.properties.isWhitespace { realSpace = true }
                } else {
                    realSpace = true
                }
                continue
            }
            if pending && (realSpace || !(Self.closes(s) || last.map(Self.opens) == true)) { put(0x20) }
            pending = false; realSpace = false
            UTF8.encode(s, into: put)
            last = s
        }
    }

    static func closes(_ c: Unicode.Scalar) -> Bool { ",.;:)]\u{BB}\"'".unicodeScalars.contains(c) }
    static func opens(_ c: Unicode.Scalar) -> Bool { c == "(" || c == "[" || c == "\u{AB}" }

    /// The source text of a range, exactly as read.
    public func sourceString(_ r: Range<Int>) -> String {
        let lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        guard lo < hi else { return "" }
        var cursor = changes.cursor(at: lo)
        // Up to 64 K scalars (every quoted passage): UTF-8 written straight into the result.
        if hi - lo <= 1 << 16 {
            return utf8String(capacity: (hi - lo) * 4) { buf in
                var n = 0
                for i in lo..<hi { UTF8.encode(cursor.source(at: i) ?? scalars[i]) { buf[n] = $0; n += 1 } }
                return n
            }
        }
        var v = String.UnicodeScalarView()
        Self.reserve(&v, hi - lo)
        for i in lo..<hi { v.append(cursor.source(at: i) ?? scalars[i]) }
        return String(v)
    }

    /// Room for `n` scalars' worth of ASCII up front: grown one scalar at a time, a quoted
    /// passage kept up to twice its size (every obligation holds two). Short strings are
    /// left alone, as Swift keeps up to 15 bytes inline.
    @inline(__always) static func reserve(_ v: inout String.UnicodeScalarView, _ n: Int) {
        if n > 15 { v.reserveCapacity(n) }
    }

    /// The source scalar at an offset.
    public func sourceScalar(at i: Int) -> Unicode.Scalar {
        changes.source(at: i) ?? scalars[i]
    }

    /// Records where `source` differs from the normalised scalars (same count, by
    /// construction), decoding it again rather than keeping a copy of its units (two bytes a
    /// scalar more at the run's peak). In each eight bytes, the ASCII ones before the first
    /// other byte are compared with their units at once (French has an accented letter every
    /// twenty bytes or so: full eights alone sent most of the text scalar by scalar).
    mutating func recordChanges(from source: String) {
        var copy = source
        var record = SourceChanges()
        copy.withUTF8 { u8 in
            scalars.withView { norm in
                let count = norm.count, n = u8.count
                guard let p = u8.baseAddress, let a = UnsafeRawPointer(norm.units.baseAddress) else { return }
                var i = 0, k = 0
                while i < n {
                    if i &+ 8 <= n && k &+ 8 <= count {
                        let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                        let x0 = UInt64(littleEndian: a.loadUnaligned(fromByteOffset: 2 * k, as: UInt64.self)) ^ UTF8Scalars.widen(w)
                        let x1 = UInt64(littleEndian: a.loadUnaligned(fromByteOffset: 2 * k + 8, as: UInt64.self)) ^ UTF8Scalars.widen(w >> 32)
                        // Eight ASCII bytes equal to their units, tested first: a constant step,
                        // so the next loads start before this test is resolved.
                        if (w & 0x8080_8080_8080_8080) | x0 | x1 == 0 { i &+= 8; k &+= 8; continue }
                        let lead = (w & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3   // 8 when all are ASCII
                        // The first `lead` units (lanes of sixteen bits) are compared.
                        let m0: UInt64 = lead >= 4 ? ~0 : (1 << (16 * UInt64(lead))) &- 1
                        let m1: UInt64 = lead <= 4 ? 0 : (1 << (16 * UInt64(lead - 4))) &- 1
                        // Every differing ASCII lane recorded here (a blanked "#######" or
                        // "**" is one eight, not a unit per trip round the loop).
                        var d0 = x0 & m0, d1 = x1 & m1
                        while d0 != 0 {
                            let lane = d0.trailingZeroBitCount >> 4
                            record.append(k &+ lane, Unicode.Scalar(UInt8(truncatingIfNeeded: w >> (8 * UInt64(lane)))), of: count)
                            d0 &= ~(0xFFFF << (16 * UInt64(lane)))
                        }
                        while d1 != 0 {
                            let lane = d1.trailingZeroBitCount >> 4
                            record.append(k &+ 4 &+ lane, Unicode.Scalar(UInt8(truncatingIfNeeded: w >> (32 + 8 * UInt64(lane)))), of: count)
                            d1 &= ~(0xFFFF << (16 * UInt64(lane)))
                        }
                        i &+= lead; k &+= lead
                        // Then the scalar that is not ASCII, alone (not the next eight: they
                        // would start with it).
                        if lead == 8 { continue }
                    }
                    let v = UTF8Scalars.decode(p, &i)
                    // The unit equal to the scalar (most of the text) is the same scalar; a
                    // scalar beyond U+FFFF never equals its unit (a surrogate marker).
                    if k < count && UInt32(norm.units[k]) != v && v != norm[k].value {
                        record.append(k, unsafeBitCast(v, to: Unicode.Scalar.self), of: count)
                    }
                    k &+= 1
                }
            }
        }
        changes = record
    }

    /// Sets the unit at `i` (a repair the tokenizer makes: `OCRElision.swift`), keeping the
    /// source scalar there for quotes.
    mutating func repair(_ i: Int, to u: UInt16) {
        changes.insert(i, sourceScalar(at: i))
        scalars.units[i] = u
    }

    /// Whether any part of the range is bold.
    public func isBold(_ r: Range<Int>) -> Bool {
        // Bold ranges are sorted and disjoint: binary search the first that ends after r.
        var lo = 0, hi = bold.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if bold[mid].upperBound <= r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        return lo < bold.count && bold[lo].lowerBound < r.upperBound
    }

    /// Range `r` shrunk so it neither starts nor ends on white space or markup.
    public func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        while lo < hi, Self.isBlank(scalars[lo]) { lo += 1 }
        while hi > lo, Self.isBlank(scalars[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    @inline(__always) public static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == join
    }
}
