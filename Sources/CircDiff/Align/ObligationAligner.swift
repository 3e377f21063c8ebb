import CircContract
import CircText

/// Pairs each NEW obligation with at most one OLD obligation by content.
///
/// Method: score every (old, new) pair, then take pairs best-first (greedy global
/// assignment) while the score is at least `threshold`. Greedy rather than Hungarian: with
/// scores this peaked (a counterpart scores 0.6–1, an unrelated duty under 0.3) the two
/// agree, and greedy is simpler to explain — "the closest pair is taken first". Ties are
/// broken by closeness of relative position, so two identical sentences pair in order.
/// A few hundred obligations per circular make the n·m table cheap.
public struct ObligationAligner: Sendable {
    /// Below this a NEW obligation is "added" rather than a rewording of an OLD one.
    public var threshold: Double
    public var equivalence: ReferenceEquivalence

    public init(threshold: Double = 0.45, equivalence: ReferenceEquivalence = .identity) {
        self.threshold = threshold; self.equivalence = equivalence
    }

    public struct Pair: Equatable, Sendable {
        public var old: Int
        public var new: Int
        public var score: Double
    }

    public func align(old: [Obligation], new: [Obligation]) -> [Pair] {
        let fo = old.map(ObligationFeatures.init), fn = new.map(ObligationFeatures.init)
        var candidates: [BestFirstPairing.Candidate] = []
        for (i, a) in fo.enumerated() {
            for (j, b) in fn.enumerated() {
                let s = ObligationFeatures.similarity(a, b, equivalence: equivalence)
                if s >= threshold {
                    candidates.append(.init(old: i, new: j, score: s,
                                            distance: BestFirstPairing.distance(i, old.count, j, new.count)))
                }
            }
        }
        return BestFirstPairing.pairs(candidates)
    }

    /// The pairs (by NEW order) that keep their relative order: a longest increasing
    /// subsequence of OLD indices. The others moved. Of two swapped paragraphs, the one
    /// with fewer obligations is the one reported as moved; on a tie, the one that now
    /// comes first (it "moved up").
    public static func inOrder(_ pairs: [Pair]) -> Set<Int> {
        let seq = pairs.sorted { $0.new < $1.new }
        let n = seq.count
        guard n > 0 else { return [] }
        // Patience sorting with back-pointers; ties keep the later element (strict <).
        var tailsIdx: [Int] = []
        var prev = [Int](repeating: -1, count: n)
        for i in 0..<n {
            let v = seq[i].old
            let lo = tailsIdx.partitionIndex { seq[$0].old < v }
            if lo > 0 { prev[i] = tailsIdx[lo - 1] }
            if lo == tailsIdx.count { tailsIdx.append(i) } else { tailsIdx[lo] = i }
        }
        var keep = Set<Int>()
        var k = tailsIdx.last!
        while k >= 0 { keep.insert(seq[k].new); k = prev[k] }
        return keep
    }
}
