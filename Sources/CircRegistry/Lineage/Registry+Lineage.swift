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
        let byID = Dictionary(uniqueKeysWithValues: try documentSummaries().map { ($0.id, $0) })
        let press = try pressItems()

        func reports(of date: String?) -> [Lineage.PressReport] {
            guard let date else { return [] }
            return press.compactMap { p in
                guard p.summary.id != id, let pd = p.summary.date,
                      let why = PressMention.reason(actDate: date, pressDate: pd, pressText: p.text) else { return nil }
                return Lineage.PressReport(document: p.summary, reason: why)
            }
        }

        // What DOC cites.
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
                                           reportedBy: DateText.isISODate(value) ? reports(of: value) : []))
        }

        // Who cites DOC.
        var citedBy: [Lineage.Citing] = []
        if PressMention.isOfficial(me.kind) || me.nor != nil {
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
            var citing = Set<Int64>()
            for row in rows {
                let did: Int64 = row["document_id"]
                guard citing.insert(did).inserted, let s = byID[did] else { continue }
                citedBy.append(Lineage.Citing(document: s, id: row["ref_id"], text: row["text"]))
            }
        }

        // For a press item: the acts it reports, in the registry or cited by it.
        var reported: [Lineage.ReportedAct] = []
        if PressMention.isPress(me.kind), let pd = me.date, let text = try sourceText(documentID: id) {
            for s in summaries where PressMention.isOfficial(s.kind) {
                if let d = s.date, let why = PressMention.reason(actDate: d, pressDate: pd, pressText: text) {
                    reported.append(Lineage.ReportedAct(id: "\(s.kind):\(d)", document: s, citedBy: [], reason: why))
                }
            }
            let cited = try read { db in
                try Row.fetchAll(db, sql: """
                    SELECT r.ref_id, group_concat(DISTINCT r.document_id) AS docs FROM doc_references r
                    JOIN documents d ON d.id = r.document_id
                    WHERE r.kind IN ('circulaire', 'instruction', 'note', 'protocole') AND d.superseded_by IS NULL
                    GROUP BY r.ref_id
                    """)
            }
            for row in cited {
                let refID: String = row["ref_id"]
                let (_, date) = Self.splitTextID(refID)
                guard !reported.contains(where: { $0.id == refID }),
                      let why = PressMention.reason(actDate: date, pressDate: pd, pressText: text) else { continue }
                let docs = (row["docs"] as String? ?? "").split(separator: ",").compactMap { Int64($0) }
                reported.append(Lineage.ReportedAct(id: refID, document: nil, citedBy: docs, reason: why))
            }
        }
        return Lineage(document: me, cites: cites, citedBy: citedBy, reportedBy: reports(of: PressMention.isOfficial(me.kind) ? me.date : nil),
                       reports: reported)
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
