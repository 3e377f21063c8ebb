import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Third-person and passive duties of a circular and who must act on them: the person a
/// passive is done to is no actor ("L'usager doit se voir proposer…" is the addressees'
/// duty); a third party the text names as the subject of its duty is that party ("Les
/// associations doivent déclarer…"); an ordered future passive's agent the lexicons know
/// acts ("seront traitées en priorité par les services de police"); the addressees' own office ("Chaque préfecture désignera…") keeps
/// its title's slug, as the development set annotates "dans chaque Mairie" in a circular to
/// the maires; and passive rules a circular sets in
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

    // MARK: the addressees' own office, both ways

    func testPrefectureKeepsItsTitleSlugInATextToThePrefets() {
        let o = obligations("Chaque préfecture désignera un référent fraude documentaire avant le 31 décembre.")
        XCTAssertEqual(find(o, "désignera un référent")?.actor, "prefet-de-departement")
        let to = [Addressee(id: "recteur-d-academie", role: .to, text: "recteurs", span: nil)]
        XCTAssertEqual(find(obligations("Chaque préfecture désignera un référent fraude documentaire.", to: to), "désignera")?.actor, "prefet-de-departement")
    }

    func testYourServicesAreTheAddressees() {
        // Counter-example: "vos services" is "vous".
        XCTAssertEqual(find(obligations("Vos services veilleront à la conservation des pièces saisies."), "veilleront")?.actor, "addressees")
    }

    // MARK: passive rules in the text's own voice

    func testFuturePassiveOrderedByAPhraseIsADirective() {
        XCTAssertNotNil(find(obligations("Les plaintes pour violences conjugales seront traitées en priorité."), "traitées en priorité"))
        XCTAssertNotNil(find(obligations("Les réquisitions du parquet seront prises dans un délai de dix jours."), "seront prises dans un délai"))
    }

    func testFuturePassiveWithoutOrderOrWithAnUnknownAgentStaysOut() {
        // Counter-examples: an announcement, an agent the lexicons do not know, the ministry's own directorate.
        XCTAssertTrue(obligations("Les résultats de l'enquête seront publiés au printemps.").isEmpty)
        XCTAssertTrue(obligations("Les demandes seront traitées en priorité par le juge.").isEmpty)
        XCTAssertTrue(obligations("Les dossiers seront réexaminés prioritairement par la DGEF.").isEmpty)
    }

    // MARK: a passive duty whose agent the text names

    func testPassiveAgentTheLexiconsKnowActs() {
        let police = obligations("Les plaintes pour violences conjugales seront traitées en priorité par les services de police et de gendarmerie.")
        XCTAssertEqual(find(police, "traitées en priorité")?.actor, "forces-de-securite-interieure")
        // The addressees' own office as the agent keeps its title's slug.
        let own = obligations("Les dossiers incomplets seront retournés sans délai par les services de la préfecture.")
        XCTAssertEqual(find(own, "seront retournés sans délai")?.actor, "prefet-de-departement")
    }

    func testPassiveAgentTheLexiconsDoNotKnowIsTheLaw() {
        // Counter-example: the law speaking, as before.
        XCTAssertTrue(obligations("Ces éléments doivent être pris en compte par le juge.").isEmpty)
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
