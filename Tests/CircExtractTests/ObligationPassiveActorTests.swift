import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Third-person and passive duties of a circular and who must act on them: the person a
/// passive is done to is no actor ("L'usager doit se voir proposer…" is the addressees'
/// duty); a third party the text names as the subject of its duty is that party ("Les
/// associations doivent déclarer…"); the addressees' own office ("Chaque préfecture
/// désignera…") is the addressees in a text to them; and passive rules a circular sets in
/// its own voice ("seront traitées en priorité", "sont réservées en priorité aux", "ne peut
/// être inférieur à"). Sentences written for each rule, with the counter-example it could
/// overreach into.
final class ObligationPassiveActorTests: XCTestCase, ObligationRuleTesting {
    // MARK: the person a passive is done to

    func testSeVoirPassiveIsTheAddresseesDuty() {
        let o = obligations("L'usager qui ne parvient pas à obtenir un rendez-vous doit se voir proposer une solution alternative.")
        XCTAssertEqual(find(o, "se voir proposer")?.actor, "addressees")
        let families = obligations("Les familles doivent se voir proposer une solution de relogement avant l'expulsion.")
        XCTAssertEqual(find(families, "se voir proposer")?.actor, "addressees")
    }

    func testActiveDutyOfTheSamePersonStaysTheirs() {
        // Counter-example: the usager acts ("doit présenter"), and "se voir" needs an infinitive.
        let o = obligations("L'usager doit présenter l'original de sa pièce d'identité.")
        XCTAssertEqual(find(o, "doit présenter")?.actor, "usager")
    }

    // MARK: a third party named as the subject of its duty

    func testAssociationsNamedAsSubjectAreTheActor() {
        let o = obligations("L'usager doit se voir proposer une solution. Les associations doivent déclarer au préfet les permanences qu'elles organisent.")
        XCTAssertEqual(find(o, "associations doivent déclarer")?.actor, "association")
        XCTAssertEqual(find(obligations("Le condamné doit justifier d'un projet d'insertion."), "doit justifier")?.actor, "condamne")
    }

    func testAssociationsUndergoingAPassiveAreNoActor() {
        // Counter-example: consulted, they do not act.
        let o = obligations("Les associations doivent être consultées avant toute évacuation.")
        XCTAssertEqual(find(o, "doivent être consultées")?.actor, "addressees")
    }

    // MARK: the addressees' own office

    func testPrefectureInACircularToThePrefetsIsTheAddressees() {
        let o = obligations("Chaque préfecture désignera un référent fraude documentaire avant le 31 décembre.")
        XCTAssertEqual(find(o, "désignera un référent")?.actor, "addressees")
        let agents = obligations("Les agents de préfecture doivent signaler tout document suspect au référent.")
        XCTAssertEqual(find(agents, "doivent signaler")?.actor, "addressees")
    }

    func testPrefectureInACircularToOthersStaysThePrefet() {
        // Both ways: in a text to the recteurs, the préfecture is another office.
        let to = [Addressee(id: "recteur-d-academie", role: .to, text: "recteurs", span: nil)]
        let o = obligations("Chaque préfecture désignera un référent fraude documentaire avant le 31 décembre.", to: to)
        XCTAssertEqual(find(o, "désignera un référent")?.actor, "prefet-de-departement")
        // A title keeps its slug, even in a text to that title.
        XCTAssertEqual(find(obligations("Les préfets veilleront à la conservation des pièces saisies."), "veilleront")?.actor, "prefet-de-departement")
    }

    // MARK: passive rules in the text's own voice

    func testFuturePassiveOrderedByAPhraseIsADirective() {
        XCTAssertNotNil(find(obligations("Les plaintes pour violences conjugales seront traitées en priorité."), "traitées en priorité"))
        XCTAssertNotNil(find(obligations("Les réquisitions du parquet seront prises dans un délai de dix jours."), "seront prises dans un délai"))
    }

    func testFuturePassiveWithoutOrderOrWithAnAgentStaysOut() {
        // Counter-examples: an announcement, and an agent (the agent rule's, not this one's).
        XCTAssertTrue(obligations("Les résultats de l'enquête seront publiés au printemps.").isEmpty)
        XCTAssertTrue(obligations("Les demandes seront traitées en priorité par l'Office français de l'immigration et de l'intégration.")
            .filter { $0.marker == "futur passif d'instruction" }.isEmpty)
    }

    func testPresentPassiveReservedInPriorityIsARule() {
        XCTAssertNotNil(find(obligations("Les places du dispositif national d'accueil sont réservées en priorité aux personnes vulnérables."), "réservées en priorité"))
        // Counter-example: a procedure described, no sign of a rule.
        XCTAssertTrue(obligations("Les demandes d'hébergement sont réservées à l'Office français de l'immigration et de l'intégration.").isEmpty)
    }

    func testNegatedFloorIsAProhibition() {
        let o = obligations("Le délai de convocation de l'auteur ne peut être inférieur à un mois.")
        XCTAssertEqual(find(o, "ne peut être inférieur")?.modality, .prohibition)
        // Counter-example: a judgement, no cap.
        XCTAssertTrue(obligations("Cette situation ne peut être considérée comme exceptionnelle.").filter { $0.modality == .permission }.isEmpty)
    }
}
