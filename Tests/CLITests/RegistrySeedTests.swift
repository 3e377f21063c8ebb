import CircTestSupport
import Foundation
import XCTest

/// The acceptance examples on the real seeds. They need the extractor: with the
/// stub pipeline (empty documents) they fail, by design, until extraction lands.
final class RegistrySeedTests: XCTestCase {
    typealias H = CLIRunner
    static let dir = Fixtures.tempDir("circ-cli")
    static var db: String { dir.appendingPathComponent("seeds.sqlite").path }

    override class func setUp() {
        _ = try? H.run(["ingest", "--db", db, Fixtures.seeds.path])
    }
    override class func tearDown() { try? FileManager.default.removeItem(at: dir) }

    func obligations(_ args: [String]) throws -> [[String: Any]] {
        let r = try H.run(["obligations", "--db", Self.db, "--format", "json"] + args)
        XCTAssertEqual(r.status, 0, r.stderr)
        return (H.json(r.stdout) as? [[String: Any]]) ?? []
    }

    func text(_ o: [String: Any]) -> String { o["text"] as? String ?? "" }
    func doc(_ o: [String: Any]) -> [String: Any] { o["document"] as? [String: Any] ?? [:] }

    func testRefL7425FindsThe2024CircularsProlongationObligation() throws {
        for ref in ["L. 742-5", "article L742-5 du CESEDA", "CESEDA:L742-5"] {
            let rows = try obligations(["--ref", ref])
            XCTAssertTrue(rows.contains { doc($0)["nor"] as? String == "INTK2428339J" && text($0).contains("prolongation") },
                          "\(ref): \(rows.map(text))")
        }
    }

    func testSearchRetentionFindsRetentionWithItsAccent() throws {
        let rows = try obligations(["--search", "retention"])
        XCTAssertTrue(rows.contains { text($0).contains("rétention") }, "\(rows.count) rows")
        let upper = try obligations(["--search", "RÉTENTIONS"])
        XCTAssertEqual(Set(upper.compactMap { $0["id"] as? Int }), Set(rows.compactMap { $0["id"] as? Int }))
    }

    func testQuarterlyDutyOfThePrefetsReportedByTheAFP() throws {
        let rows = try obligations(["--addressee", "préfets de département", "--deadline", "quarterly"])
        XCTAssertTrue(rows.contains { doc($0)["kind"] as? String == "depeche" && text($0).contains("trimestriellement") },
                      "\(rows.map(text))")
    }

    func testMonthlyDutiesOfThePrefets() throws {
        let rows = try obligations(["--addressee", "prefet-de-departement", "--deadline", "monthly"])
        let dates = Set(rows.compactMap { doc($0)["date"] as? String })
        XCTAssertTrue(dates.isSuperset(of: ["2015-02-19", "2024-10-28"]), "\(dates)")
        XCTAssertTrue(rows.allSatisfy { ($0["deadlines"] as? [String] ?? []).contains("R/P1M") })
    }

    func testMarch2015DateRange() throws {
        let rows = try obligations(["--deadline", "2015-03-01..2015-03-31"])
        XCTAssertTrue(rows.contains { text($0).contains("13 mars") }, "\(rows.map(text))")
    }

    func testHistoryOfL7425IsByDateAndCitesIt() throws {
        let r = try H.run(["history", "--db", Self.db, "--ref", "CESEDA:L742-5", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = (H.json(r.stdout) as? [[String: Any]]) ?? []
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy { ($0["references"] as? [String] ?? []).contains("CESEDA:L742-5") })
        let dates = rows.compactMap { doc($0)["date"] as? String }
        XCTAssertEqual(dates, dates.sorted())
    }

    func testLineageOfThe2024CircularFindsTheAFPWire() throws {
        let r = try H.run(["lineage", "--db", Self.db, "INTK2428339J", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let l = try XCTUnwrap(H.json(r.stdout) as? [String: Any])
        let cites = l["cites"] as? [[String: Any]] ?? []
        XCTAssertTrue(Set(cites.compactMap { $0["id"] as? String }).isSuperset(of: ["circulaire:2019-08-16", "circulaire:2020-09-29"]))
        let letter = cites.first { $0["id"] as? String == "circulaire:2020-09-29" }
        let press = (letter?["reportedBy"] as? [[String: Any]] ?? []).compactMap { ($0["document"] as? [String: Any])?["date"] as? String }
        XCTAssertEqual(press, ["2020-09-30"])
    }

    func testShowListsObligationsAndReferences() throws {
        let r = try H.run(["show", "--db", Self.db, "INTK2428339J"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("prefet-de-departement"))
        XCTAssertTrue(r.stdout.contains("CESEDA:L742-5"))
        XCTAssertFalse(r.stdout.contains("Obligations (0)"))
    }

    func testRefsCountsDocumentsAndObligations() throws {
        let r = try H.run(["refs", "--db", Self.db, "--format", "json"])
        let refs = (H.json(r.stdout) as? [[String: Any]]) ?? []
        let l7425 = refs.first { $0["id"] as? String == "CESEDA:L742-5" }
        XCTAssertEqual(l7425?["documents"] as? Int, 1)
        XCTAssertGreaterThanOrEqual(l7425?["obligations"] as? Int ?? 0, 1)
        let passages = try H.run(["refs", "--db", Self.db, "--ref", "L. 742-5", "--format", "json"])
        XCTAssertTrue(((H.json(passages.stdout) as? [[String: Any]]) ?? []).contains { ($0["passage"] as? String ?? "").contains("742-5") })
    }
}
