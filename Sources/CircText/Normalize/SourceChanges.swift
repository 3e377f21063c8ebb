/// Where the source differs from the normalised text, and what the source has there.
///
/// Kept as runs: markup is changed a whole tag at a time (`<sup>1</sup>` is twelve changed
/// scalars in one run), so a run's two offsets plus the source scalars at two bytes each
/// cost a third of a per-scalar offset table (100,000 footnote calls: 21 MB → 5 MB).
struct SourceChanges: Sendable {
    /// Runs `[start, end)`, sorted and disjoint; `base[r]` is where run r's source scalars
    /// begin in `from`.
    private(set) var start: [Int32] = []
    private(set) var end: [Int32] = []
    private(set) var base: [Int32] = []
    private(set) var from = ScalarStore()

    var isEmpty: Bool { start.isEmpty }

    /// Records that the source has `s` at offset `i` of `total`; offsets arrive in increasing order.
    mutating func append(_ i: Int, _ s: Unicode.Scalar, of total: Int) {
        if let last = end.last, Int(last) == i {
            end[end.count - 1] = Int32(i + 1)
        } else {
            start.append(Int32(i), projectingFrom: i, of: total)
            end.append(Int32(i + 1), projectingFrom: i, of: total)
            base.append(Int32(from.count), projectingFrom: i, of: total)
        }
        from.append(s, projectingFrom: i, of: total)
    }

    /// Records the source scalar at `i` out of order (a repair after the normaliser); kept
    /// as it is when `i` already differs from the source.
    mutating func insert(_ i: Int, _ s: Unicode.Scalar) {
        let r = run(after: i)
        if r < start.count && Int(start[r]) <= i { return }
        start.insert(Int32(i), at: r)
        end.insert(Int32(i + 1), at: r)
        base.insert(Int32(from.count), at: r)
        from.append(s)
    }

    /// The first run that ends after `i` (the one holding `i`, or the next).
    func run(after i: Int) -> Int {
        var lo = 0, hi = end.count
        while lo < hi { let m = (lo + hi) / 2; if Int(end[m]) <= i { lo = m + 1 } else { hi = m } }
        return lo
    }

    /// The source scalar at `i` where it differs from the normalised one.
    func source(at i: Int) -> Unicode.Scalar? {
        var c = cursor(at: i)
        return c.source(at: i)
    }

    func cursor(at i: Int) -> Cursor { Cursor(changes: self, run: run(after: i)) }

    /// Walks the runs along increasing offsets, for the loops that quote a passage.
    struct Cursor {
        let changes: SourceChanges
        var run: Int

        mutating func source(at i: Int) -> Unicode.Scalar? {
            let c = changes
            while run < c.end.count && Int(c.end[run]) <= i { run += 1 }
            guard run < c.end.count, Int(c.start[run]) <= i else { return nil }
            return c.from[Int(c.base[run]) + i - Int(c.start[run])]
        }
    }
}
