import Foundation
import GRDB

/// One obligation as queries return it: the contract's obligation fields plus the
/// document it comes from. Encodes as the contract obligation with a `document` object.
public struct ObligationRow: Codable, Sendable, Equatable {
    public struct DocumentRef: Codable, Sendable, Equatable {
        public var id: Int64
        public var date: String?
        public var kind: String
        public var nor: String?
        public var subject: String?
        public var current: Bool
    }
    public var id: Int64
    public var document: DocumentRef
    public var text: String
    public var section: String?
    public var modality: String
    public var marker: String?
    public var actor: String?
    public var condition: String?
    public var emphasis: Bool
    public var reported: Bool
    public var references: [String]
    public var deadlines: [String]
    public var span: [Int]

    static let selectSQL = """
        SELECT o.id, o.document_id, o.doc_date, o.doc_kind, o.current, d.nor, d.subject, o.text, o.section,
               o.modality, o.marker, o.actor, o.condition, o.emphasis, o.reported, o.refs_json, o.deadlines_json,
               o.span_start, o.span_end
        FROM obligations o JOIN documents d ON d.id = o.document_id
        """

    init(row: Row) {
        func strings(_ json: String) -> [String] { (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? [] }
        id = row["id"]
        document = DocumentRef(id: row["document_id"], date: row["doc_date"], kind: row["doc_kind"], nor: row["nor"],
                               subject: row["subject"], current: row["current"])
        text = row["text"]; section = row["section"]; modality = row["modality"]; marker = row["marker"]
        actor = row["actor"]; condition = row["condition"]; emphasis = row["emphasis"]; reported = row["reported"]
        references = strings(row["refs_json"]); deadlines = strings(row["deadlines_json"])
        span = [row["span_start"], row["span_end"]]
    }
}
