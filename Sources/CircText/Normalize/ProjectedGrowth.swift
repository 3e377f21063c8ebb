extension Array {
    /// Appends; when full, grows to the size the rest of the input projects rather than
    /// doubling. Why: a doubling holds the old and the new buffer at once, and for what a
    /// hostile text makes by the hundred thousand (footnote calls, changed scalars,
    /// directives) that pair was the largest allocation of a run. Below 1,024 elements the
    /// ordinary growth is kept. `position` of `total` is how far the producer has read.
    @inline(__always)
    public mutating func append(_ x: Element, projectingFrom position: Int, of total: Int) {
        if _slowPath(count == capacity && count >= 1024) {
            reserveCapacity(Self.projectedCapacity(count, position, total))
        }
        append(x)
    }

    @usableFromInline
    static func projectedCapacity(_ count: Int, _ position: Int, _ total: Int) -> Int {
        Swift.max(count + count / 4, count * total / Swift.max(1, position) + 64)
    }
}

extension ScalarStore {
    /// `Array.append(_:projectingFrom:of:)` for the two-byte store.
    mutating func append(_ s: Unicode.Scalar, projectingFrom position: Int, of total: Int) {
        if _slowPath(units.count == units.capacity && units.count >= 1024) {
            units.reserveCapacity([UInt16].projectedCapacity(units.count, position, total))
        }
        append(s)
    }
}
