/// Substring tests on UTF-8 bytes.
///
/// Why: with Foundation imported, `s.contains("-")` and `s.range(of: form)` resolve to
/// Foundation's `StringProtocol` search, which bridges the string to an `NSString` and compares
/// in UTF-16 with canonical equivalence: thousands of instructions per call, 5 % of the whole
/// extraction when called on every article number and header line. The strings searched here
/// are the source's own characters (already NFC) or folded keys, so comparing bytes finds the
/// same occurrences; UTF-8 being self-synchronising, a match never starts inside a character.
extension StringProtocol {
    /// Whether `needle` occurs in the string (false for an empty needle, as Foundation says).
    @inlinable
    public func containsBytes(_ needle: String) -> Bool {
        byteRange(of: needle, last: false) != nil
    }

    /// The byte offsets (into `utf8`) of the last occurrence of `needle`.
    @inlinable
    public func lastByteRange(of needle: String) -> Range<Int>? {
        byteRange(of: needle, last: true)
    }

    /// The byte offsets of the first occurrence of `needle`.
    @inlinable
    public func firstByteRange(of needle: String) -> Range<Int>? {
        byteRange(of: needle, last: false)
    }

    @usableFromInline
    func byteRange(of needle: String, last: Bool) -> Range<Int>? {
        var n = needle
        return n.withUTF8 { nb in
            if let r = utf8.withContiguousStorageIfAvailable({ ByteSearch.find(nb, in: $0, last: last) }) { return r }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.find(nb, in: $0, last: last) }
        }
    }
}

@usableFromInline
enum ByteSearch {
    /// A plain scan: the haystacks are header lines, units and article numbers (tens to
    /// hundreds of bytes), where setting up a smarter search costs more than it saves.
    @usableFromInline
    static func find(_ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, last: Bool) -> Range<Int>? {
        let k = n.count
        guard k > 0, h.count >= k else { return nil }
        let first = n[0]
        var i = last ? h.count - k : 0
        let step = last ? -1 : 1
        while i >= 0 && i <= h.count - k {
            if h[i] == first {
                var j = 1
                while j < k && h[i + j] == n[j] { j += 1 }
                if j == k { return i..<(i + k) }
            }
            i += step
        }
        return nil
    }
}
