import CircContract
import Foundation
import GRDB

/// `circ lineage DOC`: where a text comes from and what followed it.
public struct Lineage: Codable, Sendable {
    public struct CitedText: Codable, Sendable {
        /// The canonical id (`circulaire:2020-09-29`, `nor:INTK…`).
        public var id: String
        public var text: String
        /// Registry documents it resolves to (by NOR, or by kind and date).
        public var resolved: [DocumentSummary]
        /// Press items reporting it, when it is not in the registry (or also when it is).
        public var reportedBy: [PressReport]
    }
    public struct Citing: Codable, Sendable {
        public var document: DocumentSummary
        public var id: String
        public var text: String
    }
    public struct PressReport: Codable, Sendable {
        public var document: DocumentSummary
        public var reason: String
    }
    /// For a press item: the acts it reports (registry documents or texts cited in the registry).
    public struct ReportedAct: Codable, Sendable {
        public var id: String
        public var document: DocumentSummary?
        public var citedBy: [Int64]
        public var reason: String
    }
    public var document: DocumentSummary
    public var cites: [CitedText]
    public var citedBy: [Citing]
    public var reportedBy: [PressReport]
    public var reports: [ReportedAct]
}

extension Registry {
    public func lineage(of key: String) throws -> Lineage {
        let id = try requireDocumentID(matching: key)
        guard let doc = try document(id: id), let me = try documentSummary(id: id) else {
            throw RegistryError.unknownDocument(key: key)
        }
        let summaries = try documentSummaries(includeSuperseded: false)
        let press = try pressItems()
        let reports = { (date: String?) in Self.pressReports(of: date, excluding: id, press) }
        return Lineage(document: me,
                       cites: citedTexts(doc, id: id, summaries, reports: reports),
                       citedBy: try citing(me, id: id),
                       reportedBy: reports(PressMention.isOfficial(me.kind) ? me.date : nil),
                       reports: try reportedActs(me, id: id, summaries))
    }

    /// The press items that report an act of `date` (not the document itself).
    static func pressReports(of date: String?, excluding id: Int64, _ press: [(summary: DocumentSummary, text: String)]) -> [Lineage.PressReport] {
        guard let date else { return [] }
        return press.compactMap { p in
            guard p.summary.id != id, let pd = p.summary.date,
                  let why = PressMention.reason(actDate: date, pressDate: pd, pressText: p.text) else { return nil }
            return Lineage.PressReport(document: p.summary, reason: why)
        }
    }

    /// What the document cites, each earlier text resolved to registry documents by NOR or by
    /// date (same kind first), with the press items that report it.
    private func citedTexts(_ doc: CircDocument, id: Int64, _ summaries: [DocumentSummary],
                            reports: (String?) -> [Lineage.PressReport]) -> [Lineage.CitedText] {
        var seen = Set<String>()
        var cites: [Lineage.CitedText] = []
        for r in doc.references where (r.kind.isOfficialText || r.kind == .nor) && seen.insert(r.id).inserted {
            let (kind, value) = Self.splitTextID(r.id)
            var resolved: [DocumentSummary] = []
            if ReferenceKind(rawValue: kind) == .nor || r.kind == .nor {
                resolved = summaries.filter { $0.nor == value.uppercased() }
            } else if DateText.isISODate(value) {
                let sameDay = summaries.filter { $0.date == value && $0.id != id && PressMention.isOfficial($0.kind) }
                let sameKind = sameDay.filter { $0.kind == kind }
                resolved = sameKind.isEmpty ? sameDay : sameKind
            }
            cites.append(Lineage.CitedText(id: r.id, text: r.text, resolved: resolved,
                                           reportedBy: DateText.isISODate(value) ? reports(value) : []))
        }
        return cites
    }

    /// The documents that cite this one, by its kind and date or by its NOR.
    private func citing(_ me: DocumentSummary, id: Int64) throws -> [Lineage.Citing] {
        guard PressMention.isOfficial(me.kind) || me.nor != nil else { return [] }
        let byID = Dictionary(uniqueKeysWithValues: try documentSummaries().map { ($0.id, $0) })
        var ids: [String] = []
        if let d = me.date { ids += PressMention.officialKinds.map { "\($0):\(d)" } }
        if let nor = me.nor { ids += ["nor:\(nor)", nor] }
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT r.document_id, r.ref_id, r.text FROM doc_references r
                JOIN documents d ON d.id = r.document_id
                WHERE r.ref_id IN (\(ids.map { _ in "?" }.joined(separator: ", "))) AND r.document_id <> ?
                ORDER BY d.date, r.document_id
                """, arguments: StatementArguments(ids.map { $0 as any DatabaseValueConvertible } + [id]))
        }
        var citedBy: [Lineage.Citing] = []
        var seen = Set<Int64>()
        for row in rows {
            let did: Int64 = row["document_id"]
            guard seen.insert(did).inserted, let s = byID[did] else { continue }
            citedBy.append(Lineage.Citing(document: s, id: row["ref_id"], text: row["text"]))
        }
        return citedBy
    }

    /// For a press item: the acts it reports, in the registry or cited by a document of it.
    private func reportedActs(_ me: DocumentSummary, id: Int64, _ summaries: [DocumentSummary]) throws -> [Lineage.ReportedAct] {
        guard PressMention.isPress(me.kind), let pd = me.date, let text = try sourceText(documentID: id) else { return [] }
        var reported: [Lineage.ReportedAct] = []
        for s in summaries where PressMention.isOfficial(s.kind) {
            if let d = s.date, let why = PressMention.reason(actDate: d, pressDate: pd, pressText: text) {
                reported.append(Lineage.ReportedAct(id: "\(s.kind):\(d)", document: s, citedBy: [], reason: why))
            }
        }
        let officialKinds = ReferenceKind.allCases.filter(\.isOfficialText).map(\.rawValue)
        let cited = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.ref_id, group_concat(DISTINCT r.document_id) AS docs FROM doc_references r
                JOIN documents d ON d.id = r.document_id
                WHERE r.kind IN (\(officialKinds.map { _ in "?" }.joined(separator: ", "))) AND d.superseded_by IS NULL
                GROUP BY r.ref_id
                """, arguments: StatementArguments(officialKinds))
        }
        for row in cited {
            let refID: String = row["ref_id"]
            let (_, date) = Self.splitTextID(refID)
            guard !reported.contains(where: { $0.id == refID }),
                  let why = PressMention.reason(actDate: date, pressDate: pd, pressText: text) else { continue }
            let docs = (row["docs"] as String? ?? "").split(separator: ",").compactMap { Int64($0) }
            reported.append(Lineage.ReportedAct(id: refID, document: nil, citedBy: docs, reason: why))
        }
        return reported
    }

    /// "circulaire:2020-09-29" → ("circulaire", "2020-09-29").
    static func splitTextID(_ id: String) -> (String, String) {
        guard let c = id.firstIndex(of: ":") else { return ("", id) }
        return (String(id[..<c]), String(id[id.index(after: c)...]))
    }

    private func pressItems() throws -> [(summary: DocumentSummary, text: String)] {
        let texts = try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT d.id, s.text FROM documents d JOIN sources s ON s.document_id = d.id
                WHERE d.kind IN ('depeche', 'article', 'communique') AND d.superseded_by IS NULL
                """).map { ($0["id"] as Int64, $0["text"] as String) })
        }
        return try documentSummaries(includeSuperseded: false).compactMap { s in texts[s.id].map { (s, $0) } }
    }
}
