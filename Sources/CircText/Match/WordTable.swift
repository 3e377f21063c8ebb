/// An open-addressing table from word keys (`Fold.key`, never 0) to flag bits: one
/// multiply-and-mask per token instead of building and hashing a String.
public struct WordTable: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [UInt64]
    @usableFromInline let mask: Int

    /// Folded words (as `Fold.string` gives them) to their flags.
    public init(_ words: [String: UInt64]) {
        var hashed: [UInt64: UInt64] = [:]
        for (w, f) in words { hashed[WordKey.of(folded: w), default: 0] |= f }
        self.init(hashed: hashed)
    }

    /// Words already folded, each to the flag 1: a set.
    public init<S: Sequence>(set words: S) where S.Element == String {
        self.init(Dictionary(words.map { ($0, UInt64(1)) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Keys (never 0) to their values.
    public init(hashed: [UInt64: UInt64]) {
        var size = 16
        while size < hashed.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for (h, f) in hashed {
            var i = Int(truncatingIfNeeded: h >> 7) & mask
            while keys[i] != 0 && keys[i] != h { i = (i + 1) & mask }
            keys[i] = h; values[i] |= f
        }
        self.keys = keys
        self.values = values
    }

    @inlinable @inline(__always) public func get(_ h: UInt64) -> UInt64 {
        keys.withUnsafeBufferPointer { keys in
            var i = Int(truncatingIfNeeded: h >> 7) & mask
            while true {
                let k = keys[i]
                if k == h { return values[i] }
                if k == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }

    @inlinable @inline(__always) public func contains(_ h: UInt64) -> Bool { get(h) != 0 }
}

extension RandomAccessCollection where Index == Int {
    /// The first index whose element is not `before` the sought position (the elements are
    /// sorted so that `before` is true on a prefix): the one binary search of the package.
    @inlinable public func partitionIndex(where before: (Element) throws -> Bool) rethrows -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let m = lo + (hi - lo) / 2
            if try before(self[m]) { lo = m + 1 } else { hi = m }
        }
        return lo
    }
}
