import CircTestSupport
import CircExtract
import XCTest
@testable import CircDiff

final class RenumberingTests: XCTestCase {
    func testTableLoadsAndEveryEntryHasASource() throws {
        let t = try CesedaRenumbering.load(from: TestLexicons.store)
        XCTAssertFalse(t.entries.isEmpty)
        for e in t.entries {
            XCTAssertTrue(e.source.contains("2020-1733"), "\(e.old): \(e.source)")
            XCTAssertFalse(e.new.isEmpty)
        }
        XCTAssertEqual(t.newNumbers(forOld: "L551-1"), ["L741-1"])
        XCTAssertEqual(t.newNumbers(forOld: "CESEDA:L. 551-1"), ["L741-1"], "canonicalises its input")
        XCTAssertEqual(t.oldNumbers(forNew: "L612-6"), ["L511-1"])
        XCTAssertEqual(t.oldNumbers(forNew: "L743-22"), ["L552-10"])
        XCTAssertEqual(t.newNumbers(forOld: "L999-9"), [], "unknown numbers map to nothing, never a guess")
    }

    /// Every old article in the table exists in the 2016 consolidation (the table's
    /// `checked` claim), so a typo in an old number cannot slip in.
    func testOldNumbersExistInThe2016Consolidation() throws {
        let t = try CesedaRenumbering.load(from: TestLexicons.store)
        let code = CodeConsolidation(try Checkout.text(Checkout.cesedaNew))
        let numbers = Set(code.articles.map(\.number))
        for e in t.entries { XCTAssertTrue(numbers.contains(e.old), e.old) }
    }

    func testAnEntryWithAnUnknownSourceIsRejected() throws {
        let dir = Fixtures.tempDir("circ-renum")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"sources": {"a": "x"}, "entries": [{"old": "L1-1", "new": ["L2-2"], "source": "b"}]}"#.utf8)
            .write(to: dir.appendingPathComponent(CesedaRenumbering.fileName))
        XCTAssertThrowsError(try CesedaRenumbering.load(from: LexiconStore(directory: dir)))
    }

    func testEquivalenceIsDirectional() throws {
        let t = try CesedaRenumbering.load(from: TestLexicons.store)
        let forward = ReferenceEquivalence(table: t, oldDate: "2019-08-16", newDate: "2024-10-28")
        XCTAssertTrue(forward.isRenumbering(oldID: "CESEDA:L551-1", newID: "CESEDA:L741-1"))
        XCTAssertFalse(forward.isRenumbering(oldID: "CESEDA:L741-1", newID: "CESEDA:L551-1"))
        // Both after 2021: one numbering, the new L511-1 is not the old L511-1's successor.
        let same = ReferenceEquivalence(table: t, oldDate: "2022-01-01", newDate: "2024-10-28")
        XCTAssertFalse(same.isRenumbering(oldID: "CESEDA:L511-1", newID: "CESEDA:L611-1"))
        // Given backwards (NEW is the older text): new → old.
        let back = ReferenceEquivalence(table: t, oldDate: "2024-10-28", newDate: "2019-08-16")
        XCTAssertTrue(back.isRenumbering(oldID: "CESEDA:L741-1", newID: "CESEDA:L551-1"))
        // Other codes are never translated.
        XCTAssertFalse(forward.isRenumbering(oldID: "CPP:551-1", newID: "CPP:741-1"))
    }
}
