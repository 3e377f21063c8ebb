import CircTestSupport
import Foundation
import XCTest

/// Consolidated codes through the built binary: listed as code + date, diffed article by
/// article from the registry, date-aware `refs --ref` that says what it searched, article
/// history, and one-line refusals.
final class CodeCLITests: XCTestCase {
    typealias H = CLIRunner
    var dir: URL!
    var db: String { dir.appendingPathComponent("reg.sqlite").path }

    override func setUp() { dir = Fixtures.tempDir("circ-cli") }
    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    func testCodesInTheRegistry() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.corpus.appendingPathComponent("ceseda").path]).status, 0)
        let docs = try H.run(["docs", "--db", db, "--format", "csv"])
        for d in ["2016-10-31", "2016-11-01", "2017-01-11"] {
            XCTAssertTrue(docs.stdout.contains("CESEDA, version consolidée au \(d)"), docs.stdout)
        }
        XCTAssertTrue(docs.stdout.contains(",code,CESEDA,0,v1→"), docs.stdout)

        // Two registry documents that are codes: the article-by-article diff.
        let diff = try H.run(["diff", "--db", db, "2016-10-31", "2016-11-01", "--format", "json"])
        XCTAssertEqual(diff.status, 0, diff.stderr)
        let report = try XCTUnwrap(H.json(diff.stdout) as? [String: Any])
        XCTAssertEqual(report["mode"] as? String, "code")
        XCTAssertGreaterThan((report["articles"] as? [Any])?.count ?? 0, 100)

        // refs --ref says which numbering(s) it searched, each passage its reading.
        let refs = try H.run(["refs", "--db", db, "--ref", "CESEDA:L551-1", "--all-versions"])
        XCTAssertEqual(refs.status, 0, refs.stderr)
        XCTAssertTrue(refs.stdout.contains("lu dans la numérotation antérieure au 2021-05-01"), refs.stdout)
        XCTAssertTrue(refs.stdout.contains("── numérotation antérieure au 2021-05-01 ──"))
        let lines = try H.run(["refs", "--db", db, "--ref", "CESEDA:L551-1", "--format", "jsonl"])
        XCTAssertTrue(lines.stderr.contains("numérotation"), "the notes go to stderr beside machine formats")
        for l in lines.stdout.split(separator: "\n") {
            let p = try XCTUnwrap(H.json(String(l)) as? [String: Any])
            XCTAssertNotNil(p["numbering"] as? String)
        }

        let history = try H.run(["history", "--db", db, "--article", "CESEDA:L313-11"])
        XCTAssertEqual(history.status, 0, history.stderr)
        XCTAssertTrue(history.stdout.contains("Historique de CESEDA:L313-11"), history.stdout)
        XCTAssertTrue(history.stdout.contains("modifié"), "L313-11 changed on 1 November 2016")

        // No obligation cites it, but the code versions do: said, not just "no matching obligations".
        let why = try H.run(["history", "--db", db, "--ref", "CESEDA:L551-1"])
        XCTAssertEqual(why.status, 0)
        XCTAssertTrue(why.stdout.contains("Aucune obligation ne cite CESEDA:L551-1, mais"), why.stdout)

        let none = try H.run(["history", "--db", db, "--article", "CESEDA:L999-9"])
        XCTAssertTrue(none.stdout.contains("ne figure dans aucune des 3 versions"), none.stdout)
    }

    func testBadArticleAndDateAreOneLineUsageErrors() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.seeds.path]).status, 0)
        for args in [["history", "--db", db, "--article", "rétention"], ["refs", "--db", db, "--ref", "CESEDA:L551-1", "--as-of", "2021"],
                     ["history", "--db", db]] {
            let r = try H.run(args)
            XCTAssertEqual(r.status, 2, args.description)
            XCTAssertEqual(r.stderrLines.count, 1, r.stderr)
        }
    }
}
