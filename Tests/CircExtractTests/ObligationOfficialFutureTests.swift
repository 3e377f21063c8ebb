@testable import CircExtract
import XCTest

/// "Les commandants de groupement désigneront…", "Les chefs d'établissement actualiseront…":
/// in a circular, an official's or a unit's future instructs, whatever the verb; the actor is
/// the addressee whose title the subject opens, else the agent, else nobody.
final class ObligationOfficialFutureTests: XCTestCase, ObligationRuleTesting {
    static let groupement = Addressee(id: "commandant-de-groupement-de-gendarmerie-departementale", role: .to, text: "commandants de groupement", span: nil)

    func testAShortTitleOfTheAddresseeNamesIt() {
        let o = obligations("Les commandants de groupement désigneront un référent dans chaque compagnie.", to: [Self.groupement])
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .obligation)
        XCTAssertEqual(o.first?.actor, "commandant-de-groupement-de-gendarmerie-departementale")
    }

    func testAnAgentKeepsItsSlugAndAUnitIsNobody() {
        let chefs = obligations("Les chefs d'établissement actualiseront chaque année le plan de mise en sûreté.")
        XCTAssertEqual(chefs.first?.actor, "chef-d-etablissement", "\(chefs.map(\.text))")
        let units = obligations("Les unités effectueront des passages réguliers aux abords des habitations.")
        XCTAssertEqual(units.count, 1, "\(units.map(\.text))")
        XCTAssertNil(units.first?.actor)
    }

    /// An id a lexicon knows only by its service's words ("directions départementales de la
    /// protection des populations") is still found by its directors' title.
    func testTheDirectorsTitleOfAServiceAddressee() {
        let ddpp = Addressee(id: "directeur-departemental-de-la-protection-des-populations", role: .to, text: "directeurs départementaux de la protection des populations", span: nil)
        let o = obligations("Les directeurs départementaux de la protection des populations procéderont à une visite de chaque élevage.", to: [ddpp])
        XCTAssertEqual(o.first?.actor, ddpp.id, "\(o.map(\.text))")
    }

    func testANameEndingLikeAFutureIsNoVerb() {
        XCTAssertTrue(obligations("Le directeur général de l'alimentation Bruno FERREIRA").isEmpty)
        // A sentence all in capitals keeps its future.
        XCTAssertEqual(obligations("LES UNITÉS EFFECTUERONT DES PATROUILLES RÉGULIÈRES.").count, 1)
    }

    func testNoFutureOfAnOfficialInAPressItemOrAfterQue() {
        XCTAssertTrue(obligations("Les commandants de compagnie désigneront un référent dans chaque brigade.", kind: .article).isEmpty)
        XCTAssertTrue(obligations("Le ministre a annoncé que les commandants de région examineront les candidatures.").isEmpty)
    }
}
