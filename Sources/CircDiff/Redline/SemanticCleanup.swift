/// Removes the "chaff" of a word diff: when a sentence is rewritten, a minimal edit script
/// still keeps every "de", "la" and comma the two versions happen to share, and the
/// redline reads as confetti. An equal run no longer than the edits on both its sides is
/// folded into them (the rule of diff-match-patch's semantic cleanup), repeatedly, so that
/// a rewritten passage shows as one struck block and one inserted block.
enum SemanticCleanup {
    /// `oldWeight[i]` / `newWeight[i]`: the length of token i (characters shown).
    static func apply(_ input: [DiffRun], oldWeight: [Int], newWeight: [Int]) -> [DiffRun] {
        var runs = input
        guard runs.count > 2 else { return runs }
        var oldPrefix = [0], newPrefix = [0]
        oldPrefix.reserveCapacity(oldWeight.count + 1); newPrefix.reserveCapacity(newWeight.count + 1)
        for w in oldWeight { oldPrefix.append(oldPrefix.last! + w) }
        for w in newWeight { newPrefix.append(newPrefix.last! + w) }
        func oldLen(_ r: Range<Int>) -> Int { oldPrefix[r.upperBound] - oldPrefix[r.lowerBound] }
        func newLen(_ r: Range<Int>) -> Int { newPrefix[r.upperBound] - newPrefix[r.lowerBound] }
        /// Size of the edit block made of the non-equal runs next to index i, going by `step`.
        func edit(from i: Int, step: Int) -> Int {
            var del = 0, ins = 0, j = i
            while j >= 0, j < runs.count, runs[j].op != .equal {
                if runs[j].op == .delete { del += oldLen(runs[j].oldRange) } else { ins += newLen(runs[j].newRange) }
                j += step
            }
            return max(del, ins)
        }
        var changed = true
        while changed {
            changed = false
            var i = 1
            while i < runs.count - 1 {
                let r = runs[i]
                if r.op == .equal {
                    let len = oldLen(r.oldRange)
                    let before = edit(from: i - 1, step: -1), after = edit(from: i + 1, step: 1)
                    if before > 0, after > 0, len <= before, len <= after {
                        runs[i] = DiffRun(op: .delete, oldRange: r.oldRange, newRange: r.newRange.lowerBound..<r.newRange.lowerBound)
                        runs.insert(DiffRun(op: .insert, oldRange: r.oldRange.upperBound..<r.oldRange.upperBound, newRange: r.newRange), at: i + 1)
                        changed = true
                    }
                }
                i += 1
            }
            if changed { runs = MyersDiff.merge(runs) }
        }
        return runs
    }
}
