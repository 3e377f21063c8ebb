import Foundation
import GRDB

/// `circ export`: the whole registry, streamed document by document so that a registry of
/// every published circular never sits in memory at once.
extension Registry {
    public static let exportSchemaName = "circ.registry/1"

    /// The document forms of the export. (The CSV form, one row per obligation, is a
    /// rendering of `obligations`: the CLI prints it.)
    public enum ExportFormat: String, CaseIterable, Sendable {
        case json, jsonl
    }

    /// Writes the export in `format` through `write`, in chunks.
    public func export(format: ExportFormat, generated: Date = Date(), write: (String) throws -> Void) throws {
        switch format {
        case .json:
            let stamp = ISO8601DateFormatter().string(from: generated)
            try write("{\"schema\":\"\(Self.exportSchemaName)\",\"generated\":\"\(stamp)\",\"documents\":[\n")
            var first = true
            try eachDocumentJSON { line in
                try write((first ? "" : ",\n") + line)
                first = false
            }
            try write("\n]}\n")
        case .jsonl:
            try eachDocumentJSON { try write($0 + "\n") }
        }
    }

    /// Each stored document's JSON with a `registry` object (id, version, supersededBy, current).
    private func eachDocumentJSON(_ body: (String) throws -> Void) throws {
        try Self.mapErrors(path) {
            try db.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT id, version, superseded_by, json FROM documents ORDER BY date, id")
                while let row = try rows.next() {
                    let id: Int64 = row["id"], version: Int = row["version"], sup: Int64? = row["superseded_by"]
                    let json: String = row["json"]
                    let reg = "{\"current\":\(sup == nil),\"id\":\(id),\"supersededBy\":\(sup.map(String.init) ?? "null"),\"version\":\(version)}"
                    // The stored JSON is an object with sorted keys; the registry object goes first.
                    try body("{\"registry\":\(reg)," + json.dropFirst())
                }
            }
        }
    }
}
