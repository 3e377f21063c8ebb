import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests for the ways legal writers and word processors write citations that the other
/// reference suites do not cover: codes outside the contract's table, en dashes in numbers,
/// "art" without its dot, an alinéa numbered as an ordinal, nicknames and gap words between a
/// text's kind and its number or date. Each rule has a counter-example where it could overreach.
final class ReferenceCitationStyleTests: XCTestCase {
    func ids(_ text: String) -> [String] { RefHarness.ids(text, date: "2024-03-01") }
    /// The canonical ids alone, as the JSON prints them.
    func canonical(_ text: String) -> [String] {
        TestLexicons.pipeline.extract(SourceDocument(path: "phrase.txt", text: text, format: .text)).references.map(\.id)
    }

    /// A code outside the contract's table (code de la santé publique, code de commerce…) is
    /// read but gives no canonical id: a warning, and nothing in the document's references.
    func testCodesOutsideTheContractAreLeftOut() {
        XCTAssertEqual(canonical("La mesure prévue à l'article L. 3211-12-1 du code de la santé publique est distincte."), [])
        XCTAssertEqual(canonical("C. com., art. L. 123-1."), [])
        let r = RefHarness.refs("l'article L. 234-1 du code de la route", date: "2024-03-01")
        XCTAssertTrue(r.warnings.contains { $0.code == "code-outside-contract" })
        // The contract's codes around it are kept, and do not take the other code's articles.
        XCTAssertEqual(canonical("Voir l'article L. 1111-1 du code de la défense et l'article L. 612-6 du CESEDA."), ["CESEDA:L612-6"])
        XCTAssertEqual(canonical("Vu l'article L. 3212-1 du code de la santé publique et l'article 40 du code de procédure pénale."), ["CPP:40"])
    }

    /// "L. 612–6", "n° 2018–778": an en dash (or a minus sign) glued between the parts of a number.
    func testEnDashInsideANumber() {
        XCTAssertEqual(ids("L'article L. 612\u{2013}6 du CESEDA permet une interdiction de retour."), ["CESEDA:L612-6"])
        XCTAssertEqual(ids("l'article 706\u{2212}73\u{2013}1 du CPP"), ["CPP:706-73-1"])
        XCTAssertEqual(ids("la loi n° 2018\u{2013}778 du 10 septembre 2018"), ["loi:2018-778"])
        XCTAssertEqual(ids("les articles L. 612\u{2013}6 à L. 612\u{2013}8 du CESEDA"), ["CESEDA:L612-6", "CESEDA:L612-7", "CESEDA:L612-8"])
        // A dash set apart by spaces is punctuation, not part of the number.
        XCTAssertEqual(ids("l'article L. 612-6 du CESEDA \u{2013} 3 ans au plus"), ["CESEDA:L612-6"])
        XCTAssertEqual(ids("En 2018\u{2013}2019, la loi a été appliquée."), [])
    }

    /// "Code civil art 9": "art" without its dot.
    func testArtWithoutItsDot() {
        XCTAssertEqual(ids("Code civil art 9."), ["CCIV:9"])
        XCTAssertEqual(ids("CGCT art L. 2212-2"), ["CGCT:L2212-2"])
        // "art" as the noun, with no article number after it.
        XCTAssertEqual(ids("Le code du patrimoine protège les œuvres d'art anciennes."), [])
    }

    /// "article 41 al. 1er du CPP": the alinéa numbered as an ordinal.
    func testAlineaAsAnOrdinal() {
        XCTAssertEqual(ids("article 41 al. 1er du CPP"), ["CPP:41"])
        XCTAssertEqual(RefHarness.refs("l'article L. 612-6, alinéa 2e, du CESEDA", date: "2024-03-01").references.first?.alinea, 2)
        // An ordinal that is an item ("3°") is no alinéa.
        XCTAssertEqual(RefHarness.refs("l'article L. 611-1, 3°, du CESEDA", date: "2024-03-01").references.first?.alinea, nil)
    }
}
