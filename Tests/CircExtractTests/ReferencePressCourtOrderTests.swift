import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for a court's order as the press reports it — "une ordonnance" dated, the
/// court its subject — which is a ruling, not a government's ordonnance.
final class ReferencePressCourtOrderTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-06-01"

    /// "Le tribunal administratif de Paris a, par une ordonnance du 5 mars 2024, suspendu…":
    /// the court's ruling of that date, with its seat.
    func testCourtThenParUneOrdonnance() {
        XCTAssertEqual(ids("Le tribunal administratif de Paris a, par une ordonnance du 5 mars 2024, suspendu l'interdiction de la manifestation."),
                       ["juris:TA-Paris:2024-03-05"])
        XCTAssertEqual(ids("Le Conseil d'État a, dans une ordonnance du 9 avril 2020, rejeté la demande du syndicat."), ["juris:CE:2020-04-09"])
        // A court whose id needs a seat the text does not give: no id, and no ordonnance.
        XCTAssertEqual(ids("Le tribunal administratif a, par une ordonnance du 3 mai 2022, rejeté la requête."), [])
    }

    /// "Dans une ordonnance du 21 décembre 2023, le Conseil d'État a suspendu…": the court
    /// after the date and a comma.
    func testOrdonnanceThenTheCourt() {
        XCTAssertEqual(ids("Dans une ordonnance du 21 décembre 2023, le Conseil d'État a suspendu l'arrêté du préfet."), ["juris:CE:2023-12-21"])
    }

    /// The government's ordonnance, cited with "l'" or reviewed by a court, stays a text.
    func testGovernmentOrdonnanceStaysAText() {
        XCTAssertEqual(ids("Le Conseil d'État a validé une ordonnance du 25 mars 2020 prise par le gouvernement."), ["ordonnance:2020-03-25"])
        XCTAssertEqual(ids("Le Conseil d'État a jugé que, par une ordonnance du 25 mars 2020, le gouvernement avait excédé son habilitation."),
                       ["ordonnance:2020-03-25"])
        XCTAssertEqual(ids("Par une ordonnance du 2 novembre 1945, le gouvernement provisoire a fixé les conditions d'entrée."), ["ordonnance:1945-11-02"])
    }
}
