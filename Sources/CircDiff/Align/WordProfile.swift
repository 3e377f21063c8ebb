/// The content words of a passage and their consecutive pairs, folded: what two wordings
/// are compared by when they are not equal. Shared by the obligation and the passage
/// aligners so that "similar" means the same thing in both layers of a diff.
struct WordProfile {
    /// Folded content words (stop words dropped).
    let words: Set<String>
    /// Folded consecutive content-word pairs: word order, so that shuffled words score less.
    let bigrams: Set<String>

    init(_ plain: String) {
        let folded = Folding.fold(plain)
        var ws: [String] = []
        var cur = String.UnicodeScalarView()
        func flush() {
            if !cur.isEmpty {
                let w = String(cur)
                if !StopWords.french.contains(w) && (w.count > 1 || w.first!.isNumber) { ws.append(w) }
                cur.removeAll(keepingCapacity: true)
            }
        }
        for u in folded.unicodeScalars {
            if Folding.isWordScalar(u) { cur.append(u) } else { flush() }
        }
        flush()
        words = Set(ws)
        var bg = Set<String>()
        if ws.count > 1 { for i in 1..<ws.count { bg.insert(ws[i - 1] + " " + ws[i]) } }
        bigrams = bg
    }

    static func dice<T>(_ a: Set<T>, _ b: Set<T>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// Wording similarity in [0, 1]: half shared words, half shared word pairs.
    static func similarity(_ a: WordProfile, _ b: WordProfile) -> Double {
        0.5 * dice(a.words, b.words) + 0.5 * dice(a.bigrams, b.bigrams)
    }
}

/// Greedy global assignment: candidate pairs are taken best-first while neither side is
/// used yet. Ties go to the pair closest in relative position, then to document order, so
/// that two identical passages pair in order.
enum BestFirstPairing {
    struct Candidate { var old: Int; var new: Int; var score: Double; var distance: Double }

    static func pairs(_ candidates: [Candidate]) -> [ObligationAligner.Pair] {
        let sorted = candidates.sorted { x, y in
            if x.score != y.score { return x.score > y.score }
            if x.distance != y.distance { return x.distance < y.distance }
            return (x.new, x.old) < (y.new, y.old)
        }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var out: [ObligationAligner.Pair] = []
        for c in sorted where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
            usedOld.insert(c.old); usedNew.insert(c.new)
            out.append(ObligationAligner.Pair(old: c.old, new: c.new, score: c.score))
        }
        return out.sorted { $0.new < $1.new }
    }

    /// Relative-position distance of old item i among n and new item j among m.
    static func distance(_ i: Int, _ n: Int, _ j: Int, _ m: Int) -> Double {
        abs(Double(i) / Double(max(n, 1)) - Double(j) / Double(max(m, 1)))
    }
}
