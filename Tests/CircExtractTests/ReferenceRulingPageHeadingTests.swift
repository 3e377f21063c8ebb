import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for a court's page on one of its rulings, headed by the court, the date and the
/// parties on one line and the docket alone on the next: that ruling is the page's own.
final class ReferenceRulingPageHeadingTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2021-03-01"

    static let body = "Par cette décision, le Conseil d'État précise les conditions dans lesquelles le préfet peut refuser le renouvellement d'un titre de séjour lorsque l'étranger ne justifie plus d'une activité professionnelle régulière depuis au moins deux ans, et rappelle que l'administration doit examiner l'ensemble de sa situation personnelle et familiale avant de se prononcer. La décision du 12 juin 2020 confirme ainsi la jurisprudence antérieure (CE, Sect., 3 mars 2004, n° 241150)."

    /// The heading's ruling, by its docket or its date in the body, is no reference; the
    /// rulings the page cites are.
    func testHeadingRulingIsThePagesOwn() {
        let page = "Conseil d'État, 12 juin 2020, Association Avenir des étrangers\n\nn° 428478\n\nL'essentiel\n\n" + Self.body + "\n"
        XCTAssertEqual(ids(page), ["juris:CE:241150"])
    }

    /// Without a body after it, the heading is a citation; further down a page, the same
    /// lines are one of its references.
    func testCitationAloneOrLaterStaysAReference() {
        XCTAssertEqual(ids("Conseil d'État, 12 juin 2020, Association Avenir des étrangers\n\nn° 428478\n"), ["juris:CE:2020-06-12"])
        let later = "Commentaire\n\nLe préfet a saisi le juge. " + Self.body + "\nConseil d'État, 12 juin 2020, Association Avenir des étrangers\n\nn° 428478\n"
        XCTAssertEqual(Set(ids(later)), ["juris:CE:241150", "juris:CE:2020-06-12"])
    }
}
