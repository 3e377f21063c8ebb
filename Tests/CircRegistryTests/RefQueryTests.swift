import CircExtract
@testable import CircRegistry
import XCTest

final class RefQueryTests: XCTestCase {
    let none: CesedaRenumbering? = nil

    /// The numbers a query matches in documents dated before / from the renumbering, over all readings.
    func sides(_ q: RefQuery) -> (before: Set<String>, since: Set<String>) {
        let r = q.readings.filter { $0.numbering != .undated }
        return (Set(r.flatMap(\.before)), Set(r.flatMap(\.since)))
    }

    func testBareArticleMeansAnyCode() throws {
        let q = try RefQuery.parse("L. 742-5", renumbering: none)
        XCTAssertEqual(q.anyCodeArticles, ["L742-5"])
        XCTAssertEqual(q.ids, [])
    }

    func testArticleWithCodeAsWritten() throws {
        for raw in ["article L742-5 du CESEDA", "CESEDA:L742-5", "ceseda:l.742-5", "CESEDA:L.742-5"] {
            let q = try RefQuery.parse(raw, renumbering: none)
            XCTAssertEqual(Set(q.readings.map(\.article)), ["L742-5"], raw)
            XCTAssertEqual(q.ids, [], raw)
        }
        let r = try RefQuery.parse("R. 146-12 du code de l'entrée et du séjour des étrangers et du droit d'asile", renumbering: none)
        XCTAssertEqual(Set(r.readings.map(\.article)), ["R146-12"])
        XCTAssertEqual(try RefQuery.parse("CP:222-1", renumbering: none).ids, ["CP:222-1"], "other codes have no readings")
    }

    func testCPPLegislativeArticlesHaveNoLetter() throws {
        XCTAssertEqual(try RefQuery.parse("L. 720 du code de procédure pénale", renumbering: none).ids, ["CPP:720"])
        XCTAssertEqual(try RefQuery.parse("article 40 du code de procédure pénale", renumbering: none).ids, ["CPP:40"])
    }

    func testOtherCanonicalIdsPassThrough() throws {
        XCTAssertEqual(try RefQuery.parse("loi:2024-42", renumbering: none).ids, ["loi:2024-42"])
        XCTAssertEqual(try RefQuery.parse("loi n° 2024-42 du 26 janvier 2024", renumbering: none).ids, ["loi:2024-42"])
        XCTAssertEqual(try RefQuery.parse("juris:CA-Metz:24/00755", renumbering: none).ids, ["juris:CA-Metz:24/00755"])
    }

    func testNonsenseIsABadFilterListingTheForms() {
        for bad in ["", "rétention", "du CESEDA", ":"] {
            XCTAssertThrowsError(try RefQuery.parse(bad, renumbering: none)) { e in
                guard case .badFilter(let opt, _, let valid)? = e as? RegistryError else { return XCTFail("\(e)") }
                XCTAssertEqual(opt, .reference); XCTAssertTrue(valid.contains("CESEDA:L742-5"))
            }
        }
    }

    /// The bug: "L551-1" was matched as L741-1 in documents of every date, so asylum
    /// passages (the old L741-1) answered a question about rétention. A number is now
    /// translated only across the renumbering, towards the citing document's date.
    func testTranslationOnlyAcrossTheRenumberingDate() throws {
        let table = CesedaRenumbering(entries: [.init(old: "L552-7", new: ["L742-4", "L742-5"], source: "test table", subject: nil)],
                                      effective: "2021-05-01")
        let lists = CodeArticleLists(versions: [:])   // no list: both readings
        let new = try RefQuery.parse("CESEDA:L742-5", renumbering: table, articleLists: lists)
        let since = try XCTUnwrap(new.readings.first { $0.numbering == .since })
        XCTAssertEqual(since.since, ["L742-5"]); XCTAssertEqual(since.before, ["L552-7"]); XCTAssertFalse(since.incomplete)
        XCTAssertEqual(since.sources, ["test table"])
        // Read in the old numbering, L742-5 is another article the table does not translate.
        let before = try XCTUnwrap(new.readings.first { $0.numbering == .before })
        XCTAssertEqual(before.before, ["L742-5"]); XCTAssertEqual(before.since, []); XCTAssertTrue(before.incomplete)

        let old = try RefQuery.parse("article L. 552-7 du CESEDA", renumbering: table, asOf: "2018-03-01", articleLists: lists)
        XCTAssertEqual(old.readings.map(\.numbering), [.before, .undated], "--as-of picks one numbering")
        XCTAssertEqual(sides(old).before, ["L552-7"]); XCTAssertEqual(sides(old).since, ["L742-4", "L742-5"])

        // The SQL part of a reading tests the document date on each side.
        let part = try XCTUnwrap(old.parts(date: "d.date").first { $0.label == "before-2021-05-01" })
        XCTAssertEqual(part.args, ["2021-05-01", "CESEDA:L552-7", "2021-05-01", "CESEDA:L742-4", "CESEDA:L742-5"])
        XCTAssertTrue(part.sql.contains("d.date < ?") && part.sql.contains("d.date >= ?"))
    }

    func testTheArticleListsChooseTheNumbering() throws {
        let table = CesedaRenumbering(entries: [], effective: "2021-05-01")
        let v = { (d: String, a: [String]) in CodeArticleLists.Version(date: CivilDate(iso: d)!, articles: a) }
        let lists = CodeArticleLists(versions: ["CESEDA": [v("2016-11-01", ["L552-7", "L551-1"]), v("2025-07-13", ["L742-5", "L551-1"])]])
        XCTAssertEqual(try RefQuery.parse("CESEDA:L552-7", renumbering: table, articleLists: lists).readings.map(\.numbering), [.before, .undated])
        XCTAssertEqual(try RefQuery.parse("CESEDA:L742-5", renumbering: table, articleLists: lists).readings.map(\.numbering), [.since, .undated])
        XCTAssertEqual(try RefQuery.parse("CESEDA:L551-1", renumbering: table, articleLists: lists).readings.map(\.numbering),
                       [.before, .since, .undated], "a number in both numberings is searched in both, each reading apart")
        XCTAssertThrowsError(try RefQuery.parse("CESEDA:L551-1", asOf: "2021"))
    }
}
