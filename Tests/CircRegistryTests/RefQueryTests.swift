import CircExtract
@testable import CircRegistry
import XCTest

final class RefQueryTests: XCTestCase {
    let none: CesedaRenumbering? = nil

    func testBareArticleMeansAnyCode() throws {
        let q = try RefQuery.parse("L. 742-5", renumbering: none)
        XCTAssertEqual(q.anyCodeArticles, ["L742-5"])
        XCTAssertEqual(q.ids, [])
    }

    func testArticleWithCodeAsWritten() throws {
        XCTAssertEqual(try RefQuery.parse("article L742-5 du CESEDA", renumbering: none).ids, ["CESEDA:L742-5"])
        XCTAssertEqual(try RefQuery.parse("CESEDA:L742-5", renumbering: none).ids, ["CESEDA:L742-5"])
        XCTAssertEqual(try RefQuery.parse("ceseda:l. 742-5".replacingOccurrences(of: " ", with: ""), renumbering: none).ids, ["CESEDA:L742-5"])
        XCTAssertEqual(try RefQuery.parse("R. 146-12 du code de l'entrée et du séjour des étrangers et du droit d'asile", renumbering: none).ids,
                       ["CESEDA:R146-12"])
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
                XCTAssertEqual(opt, "--ref"); XCTAssertTrue(valid.contains("CESEDA:L742-5"))
            }
        }
    }

    func testBothNumberingsOfTheCESEDA() throws {
        let table = CesedaRenumbering(entries: [.init(old: "L552-7", new: ["L742-4", "L742-5"], source: "test table", subject: nil)])
        let q = try RefQuery.parse("CESEDA:L742-5", renumbering: table)
        XCTAssertEqual(Set(q.ids), ["CESEDA:L742-5", "CESEDA:L552-7"])
        let old = try RefQuery.parse("article L. 552-7 du CESEDA", renumbering: table)
        XCTAssertEqual(Set(old.ids), ["CESEDA:L552-7", "CESEDA:L742-4", "CESEDA:L742-5"])
        XCTAssertEqual(Set(try RefQuery.parse("L. 552-7", renumbering: table).anyCodeArticles), ["L552-7", "L742-4", "L742-5"])
    }
}
