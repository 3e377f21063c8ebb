/// One run of a shortest edit script: `old[oldRange]` and `new[newRange]`, equal, deleted
/// (new range empty) or inserted (old range empty).
struct DiffRun: Equatable {
    enum Op: Equatable { case equal, delete, insert }
    var op: Op
    var oldRange: Range<Int>
    var newRange: Range<Int>
}

/// Myers' O((N+M)·D) shortest edit script over interned tokens (an LCS of words).
///
/// Why Myers and not the textbook O(N·M) LCS table: successive versions of a legal text
/// differ by a few words in long paragraphs, so D is small and the table would be mostly
/// wasted work; on the CESEDA pair this is the difference between milliseconds and seconds.
/// The common prefix and suffix are trimmed first. When the two sides have almost nothing
/// in common (D above `maxEdits`) the middle is reported as one deletion plus one insertion,
/// which is what a reader sees anyway, and memory stays bounded.
enum MyersDiff {
    static let maxEdits = 4000

    static func diff(_ a: [Int32], _ b: [Int32]) -> [DiffRun] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var runs: [DiffRun] = []
        if prefix > 0 { runs.append(DiffRun(op: .equal, oldRange: 0..<prefix, newRange: 0..<prefix)) }
        let aMid = prefix..<(a.count - suffix), bMid = prefix..<(b.count - suffix)
        if aMid.isEmpty && !bMid.isEmpty {
            runs.append(DiffRun(op: .insert, oldRange: aMid.lowerBound..<aMid.lowerBound, newRange: bMid))
        } else if bMid.isEmpty && !aMid.isEmpty {
            runs.append(DiffRun(op: .delete, oldRange: aMid, newRange: bMid.lowerBound..<bMid.lowerBound))
        } else if !aMid.isEmpty {
            runs.append(contentsOf: middle(a, aMid, b, bMid))
        }
        if suffix > 0 {
            runs.append(DiffRun(op: .equal, oldRange: (a.count - suffix)..<a.count, newRange: (b.count - suffix)..<b.count))
        }
        return merge(runs)
    }

    /// Myers forward search with a trace of the V array per step, then backtracking.
    private static func middle(_ a: [Int32], _ ar: Range<Int>, _ b: [Int32], _ br: Range<Int>) -> [DiffRun] {
        let n = ar.count, m = br.count
        let a0 = ar.lowerBound, b0 = br.lowerBound
        let maxD = min(n + m, maxEdits)
        let offset = maxD + 1
        var v = [Int32](repeating: 0, count: 2 * maxD + 3)
        // trace[d] holds v[offset-d ... offset+d] before step d's moves were applied.
        var trace: [[Int32]] = []
        var found = -1
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                outer: for d in 0...maxD {
                    trace.append(Array(v[(offset - d)...(offset + d)]))
                    var k = -d
                    while k <= d {
                        var x: Int
                        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                            x = Int(v[offset + k + 1])
                        } else {
                            x = Int(v[offset + k - 1]) + 1
                        }
                        var y = x - k
                        while x < n, y < m, pa[a0 + x] == pb[b0 + y] { x += 1; y += 1 }
                        v[offset + k] = Int32(x)
                        if x >= n && y >= m { found = d; break outer }
                        k += 2
                    }
                }
            }
        }
        if found < 0 {
            return [DiffRun(op: .delete, oldRange: ar, newRange: br.lowerBound..<br.lowerBound),
                    DiffRun(op: .insert, oldRange: ar.upperBound..<ar.upperBound, newRange: br)]
        }
        // Backtrack from (n, m) to (0, 0), collecting single steps in reverse.
        var steps: [DiffRun] = []
        var x = n, y = m
        var d = found
        while d > 0 {
            let vd = trace[d] // v before step d = after step d-1, indexed k + d
            let k = x - y
            func at(_ kk: Int) -> Int { Int(vd[kk + d]) }
            let prevK: Int
            if k == -d || (k != d && at(k - 1) < at(k + 1)) { prevK = k + 1 } else { prevK = k - 1 }
            let prevX = at(prevK)
            let prevY = prevX - prevK
            // Diagonal (equal) part after the edit.
            let startX = prevK == k + 1 ? prevX : prevX + 1
            let startY = startX - k
            if x > startX { steps.append(DiffRun(op: .equal, oldRange: (a0 + startX)..<(a0 + x), newRange: (b0 + startY)..<(b0 + y))) }
            if prevK == k + 1 {
                steps.append(DiffRun(op: .insert, oldRange: (a0 + prevX)..<(a0 + prevX), newRange: (b0 + prevY)..<(b0 + prevY + 1)))
            } else {
                steps.append(DiffRun(op: .delete, oldRange: (a0 + prevX)..<(a0 + prevX + 1), newRange: (b0 + prevY)..<(b0 + prevY)))
            }
            x = prevX; y = prevY
            d -= 1
        }
        if x > 0 { steps.append(DiffRun(op: .equal, oldRange: a0..<(a0 + x), newRange: b0..<(b0 + y))) }
        return steps.reversed()
    }

    /// Joins adjacent runs of the same kind and, between two equal runs, puts all deletions
    /// before all insertions, so that a replacement reads "old → new" in one block.
    static func merge(_ runs: [DiffRun]) -> [DiffRun] {
        var out: [DiffRun] = []
        var del: DiffRun? = nil, ins: DiffRun? = nil
        func flush() {
            if let d = del { out.append(d) }
            if let n = ins { out.append(n) }
            del = nil; ins = nil
        }
        for r in runs where !(r.oldRange.isEmpty && r.newRange.isEmpty) {
            switch r.op {
            case .equal:
                flush()
                if let last = out.last, last.op == .equal {
                    out[out.count - 1] = DiffRun(op: .equal, oldRange: last.oldRange.lowerBound..<r.oldRange.upperBound,
                                                 newRange: last.newRange.lowerBound..<r.newRange.upperBound)
                } else { out.append(r) }
            case .delete:
                if let d = del { del = DiffRun(op: .delete, oldRange: d.oldRange.lowerBound..<r.oldRange.upperBound, newRange: d.newRange) } else { del = r }
            case .insert:
                if let n = ins { ins = DiffRun(op: .insert, oldRange: n.oldRange, newRange: n.newRange.lowerBound..<r.newRange.upperBound) } else { ins = r }
            }
        }
        flush()
        return out
    }
}
