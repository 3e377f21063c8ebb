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
        FROM obligations o JOIN documents d INDEXED BY documents_head ON d.id = o.document_id
        """

    init(row: Row) {
        func strings(_ json: String) -> [String] {
            JSONStrings.parse(json) ?? (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
        }
        // By position, in `selectSQL`'s order: a name lookup per column was a tenth of a long listing.
        id = row[0]
        document = DocumentRef(id: row[1], date: row[2], kind: row[3], nor: row[5], subject: row[6], current: row[4])
        text = row[7]; section = row[8]; modality = row[9]; marker = row[10]
        actor = row[11]; condition = row[12]; emphasis = row[13]; reported = row[14]
        references = strings(row[15]); deadlines = strings(row[16])
        span = [row[17], row[18]]
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
                    if d == UInt8(ascii: "\\") {
                        // JSONEncoder writes "R\/P1M"; \u escapes are left to JSONDecoder.
                        switch u.next() {
                        case UInt8(ascii: "/")?: bytes.append(UInt8(ascii: "/"))
                        case UInt8(ascii: "\"")?: bytes.append(UInt8(ascii: "\""))
                        case UInt8(ascii: "\\")?: bytes.append(UInt8(ascii: "\\"))
                        case UInt8(ascii: "n")?: bytes.append(0x0A)
                        case UInt8(ascii: "t")?: bytes.append(0x09)
                        case UInt8(ascii: "r")?: bytes.append(0x0D)
                        default: return nil
                        }
                        continue
                    }
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
