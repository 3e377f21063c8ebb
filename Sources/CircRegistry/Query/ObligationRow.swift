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
        func strings(_ json: String) -> [String] {
            JSONStrings.parse(json) ?? (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
        }
        id = row["id"]
        document = DocumentRef(id: row["document_id"], date: row["doc_date"], kind: row["doc_kind"], nor: row["nor"],
                               subject: row["subject"], current: row["current"])
        text = row["text"]; section = row["section"]; modality = row["modality"]; marker = row["marker"]
        actor = row["actor"]; condition = row["condition"]; emphasis = row["emphasis"]; reported = row["reported"]
        references = strings(row["refs_json"]); deadlines = strings(row["deadlines_json"])
        span = [row["span_start"], row["span_end"]]
    }
}

/// `["CESEDA:L742-5","R/P1M"]` → its strings, for the arrays the registry stores as JSON
/// (`refs_json`, `deadlines_json`): a JSONDecoder per row was a tenth of a long listing. Nil
/// for anything but a flat array of plain strings (the caller then decodes it properly).
enum JSONStrings {
    static func parse(_ json: String) -> [String]? {
        var out: [String] = []
        var u = json.utf8.makeIterator()
        guard u.next() == UInt8(ascii: "[") else { return nil }
        var bytes: [UInt8] = []
        var expectValue = true
        while let c = u.next() {
            switch c {
            case UInt8(ascii: "]"): return out
            case UInt8(ascii: ","): if expectValue { return nil }; expectValue = true
            case 0x20, 0x0A, 0x09, 0x0D: continue
            case UInt8(ascii: "\""):
                guard expectValue else { return nil }
                bytes.removeAll(keepingCapacity: true)
                while true {
                    guard let d = u.next() else { return nil }
                    if d == UInt8(ascii: "\"") { break }
                    if d == UInt8(ascii: "\\") { return nil }  // escapes: leave to JSONDecoder
                    bytes.append(d)
                }
                out.append(String(decoding: bytes, as: UTF8.self))
                expectValue = false
            default: return nil
            }
        }
        return nil
    }
}
