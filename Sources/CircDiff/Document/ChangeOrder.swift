/// The order a report lists the items of two aligned sequences in: every NEW item at its
/// place, and each unpaired OLD item just after the NEW counterpart of the nearest paired
/// OLD item before it, so that a removal shows where it was. Obligations and passages are
/// listed the same way.
enum ChangeOrder {
    enum Slot: Equatable { case new(Int), removed(Int) }

    static func slots(oldCount: Int, newCount: Int, pairs: [ObligationAligner.Pair]) -> [Slot] {
        let newOfOld = Dictionary(pairs.map { ($0.old, $0.new) }, uniquingKeysWith: { a, _ in a })
        var keyed: [((Int, Int, Int), Slot)] = (0..<newCount).map { ((($0, 0, 0)), .new($0)) }
        var anchor = -1
        for i in 0..<oldCount {
            if let n = newOfOld[i] { anchor = n; continue }
            keyed.append(((anchor, 1, i), .removed(i)))
        }
        keyed.sort { $0.0 < $1.0 }
        return keyed.map(\.1)
    }
}
