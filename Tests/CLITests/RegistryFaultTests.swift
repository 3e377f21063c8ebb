import CircTestSupport
import Foundation
import XCTest

/// The registry under faults (issue 6, item 3), through the built binary.
final class RegistryFaultTests: XCTestCase {
    typealias H = CLIRunner
    var dir: URL!
    var db: String { dir.appendingPathComponent("reg.sqlite").path }

    override func setUp() { dir = Fixtures.tempDir("circ-cli") }
    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    func docCount() throws -> Int { Int(try H.sqlite(db, "SELECT count(*) FROM documents;")) ?? -1 }

    func testSIGKILLMidIngestLeavesWholeDocumentsOnly() throws {
        let inbox = try H.makeDocuments(count: 400, in: dir.appendingPathComponent("inbox"))
        let p = try H.start(["ingest", "--db", db, inbox.path], out: dir.appendingPathComponent("o"), err: dir.appendingPathComponent("e"))
        // Wait until some documents are in, then kill while it is still writing.
        let deadline = Date().addingTimeInterval(60)
        while p.isRunning, Date() < deadline {
            // Not `docCount()`: before the schema commits, the query fails, and that is fine here.
            if let (status, out) = try? H.tool(["sqlite3", "-cmd", ".timeout 20000", db, "SELECT count(*) FROM documents;"]),
               status == 0, Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 >= 10 { break }
            usleep(20_000)
        }
        guard p.isRunning else { throw XCTSkip("ingest finished before it could be killed") }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationReason, .uncaughtSignal)
        try H.assertSound(db)
        let stored = try docCount()
        XCTAssertGreaterThan(stored, 0)
        XCTAssertLessThan(stored, 400)
        // The registry opens and the interrupted ingest can simply be run again.
        XCTAssertEqual(try H.run(["docs", "--db", db, "--format", "json"]).status, 0)
        let again = try H.run(["ingest", "--db", db, inbox.path])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try docCount(), 400)
        try H.assertSound(db)
    }

    func testReadersRunDuringAnIngest() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.seeds.path]).status, 0)
        let inbox = try H.makeDocuments(count: 200, in: dir.appendingPathComponent("inbox"))
        let p = try H.start(["ingest", "--db", db, inbox.path], out: dir.appendingPathComponent("o"), err: dir.appendingPathComponent("e"))
        var reads = 0
        while p.isRunning, reads < 10 {
            let r = try H.run(["obligations", "--db", db, "--search", "préfet", "--format", "json"])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertNotNil(H.json(r.stdout) as? [Any])
            let d = try H.run(["docs", "--db", db, "--format", "json"])
            XCTAssertEqual(d.status, 0, d.stderr)
            XCTAssertGreaterThanOrEqual((H.json(d.stdout) as? [Any])?.count ?? 0, 5)
            reads += 1
        }
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        XCTAssertGreaterThan(reads, 0, "no read happened during the ingest")
        try H.assertSound(db)
    }

    func testTwoIngestsAtOnceWaitForEachOther() throws {
        let a = try H.makeDocuments(count: 120, in: dir.appendingPathComponent("a"), tag: "a")
        let b = try H.makeDocuments(count: 120, in: dir.appendingPathComponent("b"), tag: "b")
        // Both start on a file that does not exist yet: they also race to create the schema.
        let pa = try H.start(["ingest", "--db", db, a.path], out: dir.appendingPathComponent("oa"), err: dir.appendingPathComponent("ea"))
        let pb = try H.start(["ingest", "--db", db, b.path, a.path], out: dir.appendingPathComponent("ob"), err: dir.appendingPathComponent("eb"))
        pa.waitUntilExit(); pb.waitUntilExit()
        let errs = try String(contentsOf: dir.appendingPathComponent("ea"), encoding: .utf8) + String(contentsOf: dir.appendingPathComponent("eb"), encoding: .utf8)
        XCTAssertEqual(pa.terminationStatus, 0, errs)
        XCTAssertEqual(pb.terminationStatus, 0, errs)
        XCTAssertEqual(try docCount(), 240, "each content once, whichever process stored it")
        try H.assertSound(db)
    }

    func testFullDiskIsAClearErrorAndStoresNothingPartial() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.seeds.path]).status, 0)
        let pages = Int(try H.sqlite(db, "PRAGMA page_count;")) ?? 0
        let before = try H.run(["export", "--db", db, "--format", "jsonl"]).stdout
        // The 1 MB CESEDA text cannot fit in a few more pages.
        let r = try H.run(["ingest", "--db", db, Fixtures.corpus.appendingPathComponent("ceseda").path],
                          env: ["CIRC_TEST_MAX_PAGE_COUNT": String(pages + 4)])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("disk full"), r.stderr)
        XCTAssertEqual(r.stderrLines.count, 1, r.stderr)
        XCTAssertEqual(try H.run(["export", "--db", db, "--format", "jsonl"]).stdout, before)
        try H.assertSound(db)
    }

    func testReadOnlyRegistryIsAClearError() throws {
        guard geteuid() != 0 else { throw XCTSkip("root ignores file permissions") }
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.seeds.path]).status, 0)
        chmod(db, 0o444)
        defer { chmod(db, 0o644) }
        let r = try H.run(["ingest", "--db", db, Fixtures.corpus.appendingPathComponent("ceseda").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("read-only"), r.stderr)
        XCTAssertEqual(try H.run(["docs", "--db", db]).status, 0, "reading still works")
    }
}
