import CircTestSupport
import CircExtract
import XCTest

/// Rule tests for the short forms that doctrine, Légifrance and case-law tables write:
/// abbreviated codes, short forms of texts dated without a number, Cour de cassation
/// chambers, lists of numbers and dockets. Each rule has a counter-example where it could
/// overreach.
final class ReferenceDoctrineFormTests: XCTestCase {
    func ids(_ text: String) -> [String] { RefHarness.ids(text, date: "2024-03-01") }

    /// "C. entr. séj. étr.", "C. santé publ.", "C. séc. int.": doctrine's abbreviations of codes
    /// (codes.json); "Code pén." spells out the first word of "C. pén.".
    func testAbbreviatedCodesOfDoctrine() {
        XCTAssertEqual(ids("Voir art. L. 511-1 C. entr. séj. étr. sur ce point."), ["CESEDA:L511-1"])
        XCTAssertEqual(ids("Code pén. art. 222-13."), ["CP:222-13"])
        XCTAssertEqual(ids("Voir Code civ., art. 1240 et C. santé publ., art. L. 3212-1."), ["CCIV:1240", "CSP:L3212-1"])
        XCTAssertEqual(ids("C. séc. int., art. L. 228-1 ; C. action soc. fam., art. L. 222-5 ; art. 222-22 C.P."),
                       ["CSI:L228-1", "CASF:L222-5", "CP:222-22"])
        // A "code" that is no legal code names nothing.
        XCTAssertEqual(ids("Le code couleur, art. 3 du règlement intérieur, s'applique."), [])
    }

    /// "art. 62-2 et s. CPP": the dot of "et s." ends no citation; the code after it is the list's.
    func testCodeAfterFollowingAbbreviation() {
        XCTAssertEqual(ids("Voir art. 62-2 et s. CPP pour la garde à vue."), ["CPP:62-2"])
        // A sentence that starts after "et s." with another text: the articles stay unresolved.
        XCTAssertEqual(ids("Voir les articles 62-2 et s. La loi n° 2011-392 du 14 avril 2011 les a modifiés."), ["unknown:62-2", "loi:2011-392"])
    }

    /// "L.O. 6213-1": an organic article whose prefix is written with dots.
    func testDottedOrganicPrefix() {
        XCTAssertEqual(ids("Voir art. L.O. 6213-1 du code général des collectivités territoriales."), ["CGCT:LO6213-1"])
        // "L.O." before a text number is still the organic law.
        XCTAssertEqual(ids("L.O. n° 2009-1523 du 10 décembre 2009."), ["loi:2009-1523"])
    }
}
