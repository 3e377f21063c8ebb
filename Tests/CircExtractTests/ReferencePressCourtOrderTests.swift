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

    /// "La Cour de cassation, dans un arrêt du 15 décembre 2021, a jugé…": the court as the
    /// subject, then "dans/par un arrêt (une décision) du …" — that court's ruling of the date.
    func testCourtSubjectThenItsRuling() {
        XCTAssertEqual(ids("La Cour de cassation, dans un arrêt du 15 décembre 2021, a jugé que le contrôle était irrégulier."), ["juris:Cass:2021-12-15"])
        XCTAssertEqual(ids("La cour administrative d'appel de Nantes a, par un arrêt du 3 mars 2022, annulé le jugement."), ["juris:CAA-Nantes:2022-03-03"])
        XCTAssertEqual(ids("Le Conseil d'État, par une décision du 12 juin 2020, a annulé la circulaire."), ["juris:CE:2020-06-12"])
        // Another authority's decision is no ruling.
        XCTAssertEqual(ids("Le préfet a, par une décision du 3 mars 2021, refusé le titre de séjour."), [])
    }

    /// "Dans une décision du 12 juin 2020, le Conseil d'État a annulé…": a decision, as a
    /// judgment or an order, dated before the court that gave it.
    func testDecisionDatedBeforeTheCourt() {
        XCTAssertEqual(ids("Dans une décision du 12 juin 2020, le Conseil d'État a annulé la circulaire."), ["juris:CE:2020-06-12"])
    }
}
