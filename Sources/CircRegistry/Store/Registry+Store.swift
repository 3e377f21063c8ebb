import CircContract
import Foundation
import GRDB
import Synchronization

/// What storing one document did.
public enum StoreOutcome: Equatable, Sendable {
    /// New content. `supersedes` is the earlier version with the same NOR, if any.
    case added(id: Int64, version: Int, supersedes: Int64?)
    /// The same bytes were already in the registry (ingest is idempotent by sha256).
    case unchanged(id: Int64)
}

extension Registry {
    /// Stores one extracted document in a single transaction: the whole row set of a
    /// document goes in, or (on any error, a kill, a full disk) none of it does.
    /// `code`: the document is a consolidation of a code; its articles are stored and it takes
    /// its place, by date, in the code's chain of versions.
    @discardableResult
    public func store(_ doc: CircDocument, sourceText: String, code: CodeVersion? = nil) throws -> StoreOutcome {
        var bytes = Data()
        try doc.writeJSON(pretty: false) { bytes.append($0) }  // no encoder tree of the whole document
        let json = String(decoding: bytes, as: UTF8.self)
        bytes = Data()
        let stems = doc.obligations.map { FrenchSearchText.indexText($0.plain ?? $0.text) }
        // Cut outside the write lock: a 1 MB code has thousands of references.
        let passages = Passage.sentences(around: doc.references.map { $0.span.start..<$0.span.end }, in: sourceText)
        return try write { db in
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE sha256 = ?",
                                                 arguments: [doc.source.sha256]) {
                return .unchanged(id: existing)
            }
            var version = 1
            var previous: Int64?
            if let nor = doc.metadata.nor, code == nil {
                if let row = try Row.fetchOne(db, sql: """
                    SELECT id, version FROM documents WHERE nor = ? AND superseded_by IS NULL
                    ORDER BY version DESC LIMIT 1
                    """, arguments: [nor]) {
                    previous = row["id"]
                    version = (row["version"] as Int) + 1
                }
            }
            let m = doc.metadata
            try db.execute(sql: """
                INSERT INTO documents (sha256, nor, kind, date, emitter, signatory, subject, path, format,
                                       length, version, ingested_at, obligation_count, json, code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [doc.source.sha256, m.nor, m.kind.rawValue, m.date, m.emitter, m.signatory, m.subject,
                                 doc.source.path, doc.source.format, doc.source.length, version,
                                 Self.timestamp(), doc.obligations.count, json, code?.code])
            let id = db.lastInsertedRowID
            if let previous {
                try db.execute(sql: "UPDATE documents SET superseded_by = ? WHERE id = ?", arguments: [id, previous])
                try db.execute(sql: "UPDATE obligations SET current = 0 WHERE document_id = ?", arguments: [previous])
                try db.execute(sql: "UPDATE ref_passages SET current = 0 WHERE document_id = ?", arguments: [previous])
            }
            try db.execute(sql: "INSERT INTO sources (document_id, text) VALUES (?, ?)", arguments: [id, sourceText])
            try insertParts(db, doc: doc, id: id, stems: stems, passages: passages)
            if let code {
                let (v, before) = try insertCodeVersion(db, id: id, code: code)
                return .added(id: id, version: v, supersedes: before)
            }
            return .added(id: id, version: version, supersedes: previous)
        }
    }

    private func insertParts(_ db: Database, doc: CircDocument, id: Int64, stems: [String], passages: [String]) throws {
        let addr = try db.cachedStatement(sql: "INSERT INTO addressees (document_id, ord, slug, role, text) VALUES (?, ?, ?, ?, ?)")
        for (i, a) in doc.addressees.enumerated() {
            try addr.execute(arguments: [id, i, a.id, a.role.rawValue, a.text])
        }
        let ref = try db.cachedStatement(sql: """
            INSERT INTO doc_references (document_id, ord, ref_id, kind, code, article, text, span_start, span_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let passage = try db.cachedStatement(sql: """
            INSERT INTO ref_passages (ref_id, doc_date, document_id, ord, code, article, kind, text, span_start, span_end,
                                      doc_kind, doc_nor, current, passage, window_start)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, NULL)
            """)
        for (i, r) in doc.references.enumerated() {
            let parts = ReferenceID.split(r.id)
            try ref.execute(arguments: [id, i, r.id, r.kind.rawValue, parts?.code, parts?.article, r.text, r.span.start, r.span.end])
            try passage.execute(arguments: [r.id, doc.metadata.date ?? "", id, i, parts?.code, parts?.article, r.kind.rawValue, r.text,
                                            r.span.start, r.span.end, doc.metadata.kind.rawValue, doc.metadata.nor, passages[i]])
        }
        let dl = try db.cachedStatement(sql: """
            INSERT INTO deadlines (document_id, ord, value, kind, text, strict, span_start, span_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, d) in doc.deadlines.enumerated() {
            try dl.execute(arguments: [id, i, d.value, d.kind.rawValue, d.text, d.strict, d.span.start, d.span.end])
        }
        let ob = try db.cachedStatement(sql: """
            INSERT INTO obligations (document_id, ord, doc_date, doc_kind, current, text, section, modality, marker,
                                     actor, condition, emphasis, reported, span_start, span_end,
                                     refs_json, deadlines_json, footnotes_json)
            VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let obRef = try db.cachedStatement(sql: "INSERT INTO obligation_refs (obligation_id, ref_id, code, article, doc_date) VALUES (?, ?, ?, ?, ?)")
        let obDl = try db.cachedStatement(sql: "INSERT INTO obligation_deadlines (obligation_id, value) VALUES (?, ?)")
        let fts = try db.cachedStatement(sql: "INSERT INTO obligation_fts (rowid, stems) VALUES (?, ?)")
        for (i, o) in doc.obligations.enumerated() {
            try ob.execute(arguments: [id, i, doc.metadata.date, doc.metadata.kind.rawValue, o.plain ?? o.text, o.section, o.modality.rawValue,
                                       o.marker, o.actor, o.condition, o.emphasis, o.reported, o.span.start, o.span.end,
                                       Self.jsonArray(o.references), Self.jsonArray(o.deadlines), Self.jsonArray(o.footnotes)])
            let oid = db.lastInsertedRowID
            for r in Set(o.references) {
                let parts = ReferenceID.split(r)
                try obRef.execute(arguments: [oid, r, parts?.code, parts?.article, doc.metadata.date])
            }
            for d in Set(o.deadlines) { try obDl.execute(arguments: [oid, d]) }
            try fts.execute(arguments: [oid, stems[i]])
        }
    }

    /// ISO 8601 now; a formatter per call would cost more than the row it stamps.
    static func timestamp() -> String {
        timestampFormatter.withLock { $0.string(from: Date()) }
    }
    /// The formatter is not thread-safe: ingest workers take turns.
    private static let timestampFormatter = Mutex(ISO8601DateFormatter())

    static func jsonArray(_ a: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(a)) ?? Data("[]".utf8), as: UTF8.self)
    }
}

/// Splits canonical reference ids into code and article, for "any code" article queries.
enum ReferenceID {
    /// `CESEDA:L742-5` → (CESEDA, L742-5); nil for ids that are not code articles (`loi:2024-42`).
    static func split(_ id: String) -> (code: String, article: String)? {
        guard let colon = id.firstIndex(of: ":") else { return nil }
        let code = String(id[..<colon])
        guard CodeNames.isCode(code) else { return nil }
        return (code, String(id[id.index(after: colon)...]))
    }
}
