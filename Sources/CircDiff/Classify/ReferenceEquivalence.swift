import CircContract
import CircLexicon

/// Decides when two citations are the same rule although their ids differ, because the
/// CESEDA was renumbered on 1 May 2021.
///
/// Direction matters: the new L. 511-1 (qualité de réfugié) is not the old L. 511-1 (OQTF).
/// So the table is applied old → new only when OLD may predate the recodification and NEW
/// may follow it (a side with an unknown date may be either), and new → old when the pair
/// is given the other way round. Two texts on the same side of 1 May 2021 share one
/// numbering and no id is translated.
public struct ReferenceEquivalence: Sendable {
    public static let recodification = "2021-05-01"

    let table: CesedaRenumbering?
    let forward: Bool
    let backward: Bool

    public init(table: CesedaRenumbering?, oldDate: String?, newDate: String?) {
        self.table = table
        let cut = Self.recodification
        let oldBefore = oldDate.map { $0 < cut } ?? true, oldAfter = oldDate.map { $0 >= cut } ?? true
        let newBefore = newDate.map { $0 < cut } ?? true, newAfter = newDate.map { $0 >= cut } ?? true
        forward = oldBefore && newAfter
        // Backwards only when both dates say so: an undated pair is read in its given order.
        backward = oldDate != nil && newDate != nil && oldAfter && newBefore
    }

    /// An equivalence that only matches equal ids.
    public static let identity = ReferenceEquivalence(table: nil, oldDate: nil, newDate: nil)

    /// True when OLD's `oldID` and NEW's `newID` cite the same rule under another number.
    public func isRenumbering(oldID: String, newID: String) -> Bool {
        guard let table, oldID != newID,
              oldID.hasPrefix("CESEDA:"), newID.hasPrefix("CESEDA:") else { return false }
        if forward && table.isRenumbering(old: oldID, new: newID) { return true }
        if backward && table.isRenumbering(old: newID, new: oldID) { return true }
        return false
    }

    /// Ids NEW may use for OLD's `oldID` (itself first).
    func counterparts(ofOld oldID: String) -> [String] {
        guard let table, oldID.hasPrefix("CESEDA:") else { return [oldID] }
        var out = [oldID]
        if forward { out += table.newNumbers(forOld: oldID).map { "CESEDA:" + $0 } }
        if backward { out += table.oldNumbers(forNew: oldID).map { "CESEDA:" + $0 } }
        return out
    }

    /// Compares two id lists: what NEW added, what it dropped, and the pairs that are only
    /// renumbered. Each id is matched at most once, exact matches first.
    public func compare(old: [String], new: [String]) -> (added: [String], removed: [String], renumbered: [Renumbered]) {
        let oldU = unique(old), newU = unique(new)
        var newLeft = newU.filter { !oldU.contains($0) }
        var removed: [String] = []
        var renumbered: [Renumbered] = []
        for o in oldU where !newU.contains(o) {
            if let i = newLeft.firstIndex(where: { isRenumbering(oldID: o, newID: $0) }) {
                renumbered.append(Renumbered(old: o, new: newLeft[i]))
                newLeft.remove(at: i)
            } else if newU.contains(where: { isRenumbering(oldID: o, newID: $0) }) {
                // Its counterpart is already cited under the new number: nothing was lost.
                renumbered.append(Renumbered(old: o, new: newU.first { isRenumbering(oldID: o, newID: $0) }!))
            } else {
                removed.append(o)
            }
        }
        // A new id that is the counterpart of an old one already matched exactly is not new.
        let added = newLeft.filter { n in !oldU.contains { isRenumbering(oldID: $0, newID: n) } }
        return (added, removed, renumbered)
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
