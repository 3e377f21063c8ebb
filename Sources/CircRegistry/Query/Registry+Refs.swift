import Foundation
import GRDB

/// One line of `circ refs`: a reference and how widely the registry cites it.
public struct RefSummary: Codable, Sendable, Equatable {
    public var id: String
    public var kind: String
    public var documents: Int
    public var obligations: Int
    public var firstDate: String?
    public var lastDate: String?
}

/// One place a reference is cited: `circ refs --ref X`.
public struct RefPassage: Codable, Sendable, Equatable {
    public var id: String
    public var documentID: Int64
    public var date: String?
    public var kind: String
    public var nor: String?
    /// The reference as written.
    public var text: String
    /// The sentence around it, from the source as read (at most about 400 characters).
    public var passage: String
    public var span: [Int]
    /// For a CESEDA article: the reading that found it (`before-2021-05-01`, `since-2021-05-01`,
    /// `undated`); nil for other references.
    public var numbering: String? = nil
}

/// One line of `circ docs`.
public struct DocumentSummary: Codable, Sendable, Equatable {
    public var id: Int64
    public var date: String?
    public var kind: String
    public var nor: String?
    public var subject: String?
    public var path: String
    public var version: Int
    public var supersededBy: Int64?
    public var obligations: Int
    public var sha256: String
    /// A consolidated code's id (kind `code`), nil for other documents.
    public var code: String? = nil
}

extension Registry {
    /// Every reference of the current documents, most cited first.
    public func refSummaries(limit: Int? = nil) throws -> [RefSummary] {
        try read { db in
            let obligationCounts = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT r.ref_id, count(DISTINCT r.obligation_id) AS n FROM obligation_refs r
                JOIN obligations o ON o.id = r.obligation_id WHERE o.current = 1 GROUP BY r.ref_id
                """).map { ($0["ref_id"] as String, $0["n"] as Int) })
            var sql = """
                SELECT r.ref_id, min(r.kind) AS kind, count(DISTINCT r.document_id) AS docs,
                       min(d.date) AS first, max(d.date) AS last
                FROM doc_references r JOIN documents d ON d.id = r.document_id
                WHERE d.superseded_by IS NULL GROUP BY r.ref_id ORDER BY docs DESC, r.ref_id
                """
            var args: [Int] = []
            if let limit, limit > 0 { sql += " LIMIT ?"; args.append(limit) }
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { row in
                let id: String = row["ref_id"]
                return RefSummary(id: id, kind: row["kind"], documents: row["docs"], obligations: obligationCounts[id] ?? 0,
                                  firstDate: row["first"], lastDate: row["last"])
            }
        }
    }

    /// Every place the references `query` names are cited, by document date (reading by
    /// reading for a CESEDA article).
    public func refPassages(_ query: RefQuery, includeSuperseded: Bool = false) throws -> [RefPassage] {
        var out: [RefPassage] = []
        try refPassages(query, includeSuperseded: includeSuperseded) { out.append($0) }
        return out
    }

    /// The same, one passage at a time: rows are read from a cursor and handed on, so memory
    /// stays flat however many passages there are; each carries its stored passage (a few
    /// hundred characters), never the document's text, and comes from `ref_passages`, where
    /// one reference's passages lie together in date order.
    public func refPassages(_ query: RefQuery, includeSuperseded: Bool = false, each: (RefPassage) throws -> Void) throws {
        let current = includeSuperseded ? "" : "AND p.current = 1"
        try read { db in
            for part in query.parts(date: "p.doc_date", undatedIsEmpty: true, table: "p") {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT p.ref_id, p.document_id, p.doc_date, p.doc_kind, p.doc_nor, p.text, p.span_start, p.span_end,
                           p.passage, p.window_start
                    FROM ref_passages p
                    WHERE \(part.sql) \(current)
                    ORDER BY p.doc_date, p.document_id, p.ord
                    """, arguments: StatementArguments(part.args))
                while let row = try rows.next() {
                    let start: Int = row["span_start"], end: Int = row["span_end"]
                    var passage: String = row["passage"]
                    if let offset: Int = row["window_start"] {
                        // A registry made before passages were cut at ingest: cut from the stored window.
                        passage = Passage.sentence(around: (start - offset)..<(end - offset), in: passage)
                    }
                    let date: String = row["doc_date"]
                    try each(RefPassage(id: row["ref_id"], documentID: row["document_id"], date: date.isEmpty ? nil : date,
                                        kind: row["doc_kind"], nor: row["doc_nor"], text: row["text"], passage: passage,
                                        span: [start, end], numbering: part.label))
                }
            }
        }
    }

    /// One summary per document, by date.
    public func documentSummaries(includeSuperseded: Bool = true) throws -> [DocumentSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, date, kind, nor, subject, path, version, superseded_by, obligation_count, sha256, code
                FROM documents \(includeSuperseded ? "" : "WHERE superseded_by IS NULL") ORDER BY date, id
                """).map { r in
                DocumentSummary(id: r["id"], date: r["date"], kind: r["kind"], nor: r["nor"], subject: r["subject"],
                                path: r["path"], version: r["version"], supersededBy: r["superseded_by"],
                                obligations: r["obligation_count"], sha256: r["sha256"], code: r["code"])
            }
        }
    }

    public func documentSummary(id: Int64) throws -> DocumentSummary? {
        try documentSummaries().first { $0.id == id }
    }
}

/// Cuts readable passages out of a source text by Unicode scalar offsets (the contract's spans).
/// Done once at ingest (the result is `ref_passages.passage`): a query then reads a few
/// hundred characters per passage, never the document.
enum Passage {
    /// Longest passage kept, in scalars.
    static let maxLength = 400

    /// The passage around each span, the text's scalars decoded once for all of them.
    static func sentences(around spans: [Range<Int>], in source: String) -> [String] {
        guard !spans.isEmpty else { return [] }
        let scalars = Array(source.unicodeScalars)
        return spans.map { sentence(around: $0, scalars: scalars) }
    }

    static func sentence(around span: Range<Int>, in source: String, maxLength: Int = Passage.maxLength) -> String {
        sentence(around: span, scalars: Array(source.unicodeScalars), maxLength: maxLength)
    }

    /// The sentence (or line) holding `span`, at most about `maxLength` scalars, whitespace collapsed.
    static func sentence(around span: Range<Int>, scalars: [Unicode.Scalar], maxLength: Int = Passage.maxLength) -> String {
        guard span.lowerBound >= 0, span.upperBound <= scalars.count, span.lowerBound <= span.upperBound else { return "" }
        func isBoundary(_ i: Int) -> Bool {
            let c = scalars[i]
            if c == "\n" { return i + 1 < scalars.count && scalars[i + 1] == "\n" || i > 0 && scalars[i - 1] == "\n" }
            return (c == "." || c == "!" || c == "?" || c == ";") && i + 1 < scalars.count && scalars[i + 1] == " "
                && !(i > 0 && scalars[i - 1].properties.isUppercase)  // "L. 742-5" is not a sentence end
        }
        var a = span.lowerBound
        while a > 0, span.lowerBound - a < maxLength / 2, !isBoundary(a - 1) { a -= 1 }
        var b = span.upperBound
        while b < scalars.count, b - span.upperBound < maxLength / 2, !isBoundary(b) { b += 1 }
        if b < scalars.count, scalars[b] != "\n" { b += 1 }
        var out = String(String.UnicodeScalarView(scalars[a..<b]))
        out = out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        return out.trimmingCharacters(in: .whitespaces)
    }
}
