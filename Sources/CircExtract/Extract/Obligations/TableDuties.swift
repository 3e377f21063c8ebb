import CircText

/// Duties a circular lays out in a table ("| Préfet | réunir un comité de suivi | chaque
/// trimestre |"): a Markdown or text table, lined or flattened into one paragraph by a web
/// copy. A cell that opens on an infinitive is an action the table assigns, as an infinitive
/// list item under a directive is; the row's first cell, when another one, says who acts.
extension ObligationExtractor {
    static let tableMarker = "tableau d'actions"

    /// The cells of a table in `w`: ranges between "|" tokens, an empty one ("| |", "|" at a
    /// line's end then at the next one's start) closing a row. Nil without two bars.
    static func tableCells(_ w: [String]) -> [Range<Int>]? {
        guard w.contains("|") else { return nil }
        var bars: [Int] = []
        for (i, x) in w.enumerated() where x == "|" { bars.append(i) }
        guard bars.count >= 3 else { return nil }
        return zip(bars, bars.dropFirst()).map { ($0 + 1)..<$1 }
    }

    /// One obligation hit per cell that opens on an infinitive ("réunir un comité", "Désigner
    /// un référent"), its actor the role the row's first cell names — nobody known when that
    /// cell names another party ("DDSP et commandant de groupement"), the document's default
    /// when the duty cell opens the row. A heading row ("Action attendue") and a rule row
    /// ("|---|") hold no infinitive. Not in a press item, which reports.
    func tableDuties(_ w: [String], _ matcher: ClauseMatcher) -> [MarkerHit] {
        guard let cells = Self.tableCells(w) else { return [] }
        var out: [MarkerHit] = []
        var rowFirst: Range<Int>? = nil
        for cell in cells {
            guard !cell.isEmpty else { rowFirst = nil; continue }
            let first = rowFirst ?? cell
            if rowFirst == nil { rowFirst = cell }
            guard matcher.isInfinitive(w, cell.lowerBound), !["etre", "avoir"].contains(w[cell.lowerBound]) else { continue }
            var actor: String? = nil
            if first != cell { actor = (first.lowerBound..<first.upperBound).lazy.compactMap { matcher.actorPhrase(w, at: $0) }.first ?? ClauseMatcher.nobody }
            out.append(MarkerHit(start: cell.lowerBound, end: cell.lowerBound, modality: .obligation, actor: actor, marker: Self.tableMarker))
        }
        return out
    }

    /// The bar that closes the row of the cell at `k`: the one a new row's bar follows ("… |
    /// 31 mars 2018 | | Préfet | …"), or the unit's last bar (the text after a table).
    static func rowEnd(_ w: [String], from k: Int) -> Int? {
        guard let first = w[k...].firstIndex(of: "|") else { return nil }
        var p = first
        while p + 1 < w.count, w[p + 1] != "|", let q = w[(p + 1)...].firstIndex(of: "|") { p = q }
        return p
    }

    /// The directives of a unit with the table's duties among them, in text order; a marker
    /// inside a duty cell ("vérifier que les services doivent…") is the cell's.
    static func withTableDuties(_ hits: [MarkerHit], _ duties: [MarkerHit], _ w: [String]) -> [MarkerHit] {
        guard !duties.isEmpty else { return hits }
        let kept = hits.filter { h in
            !duties.contains { d in h.start >= d.start && h.start < (w[d.start...].firstIndex(of: "|") ?? w.count) }
        }
        return (kept + duties).sorted { $0.start < $1.start }
    }
}
