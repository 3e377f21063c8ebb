import CircTestSupport
import Foundation
import XCTest

/// What the registry tests of the CLI add to the shared runner: the registry's own checks
/// through `sqlite3`, generated inboxes, and reading the output.
extension CLIRunner {
    static func sqlite(_ db: String, _ sql: String) throws -> String {
        // A busy timeout: the sqlite3 shell otherwise fails at once while an ingest holds a lock.
        let (status, out) = try tool(["sqlite3", "-cmd", ".timeout 20000", db, sql])
        XCTAssertEqual(status, 0, out)
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Checks the invariants a registry keeps whatever happened to the process writing it.
    static func assertSound(_ db: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try sqlite(db, "PRAGMA integrity_check;"), "ok", file: file, line: line)
        let partial = try sqlite(db, """
            SELECT count(*) FROM documents d WHERE d.obligation_count <> (SELECT count(*) FROM obligations o WHERE o.document_id = d.id)
              OR NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id)
              OR d.obligation_count <> json_array_length(d.json, '$.obligations');
            """)
        XCTAssertEqual(partial, "0", "documents stored in part", file: file, line: line)
        let orphans = try sqlite(db, "SELECT (SELECT count(*) FROM obligations WHERE document_id NOT IN (SELECT id FROM documents)) + (SELECT count(*) FROM sources WHERE document_id NOT IN (SELECT id FROM documents));")
        XCTAssertEqual(orphans, "0", file: file, line: line)
    }

    /// `count` distinct small documents (the 2015 note with a numbered line) in a new folder.
    static func makeDocuments(count: Int, in dir: URL, tag: String = "") throws -> URL {
        let base = try String(contentsOf: Fixtures.seeds.appendingPathComponent("2015-02-19_note_cellules-suivi-radicalisation.txt"), encoding: .utf8)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for i in 0..<count {
            try (base + "\nRéférence interne \(tag)\(i).\n").write(to: dir.appendingPathComponent(String(format: "doc-%05d.txt", i)), atomically: false, encoding: .utf8)
        }
        return dir
    }

    static func json(_ s: String) -> Any? { try? JSONSerialization.jsonObject(with: Data(s.utf8)) }

    /// Terminal columns a line takes (accents are precomposed in our output).
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
    }
}
