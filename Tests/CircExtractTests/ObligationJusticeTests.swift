import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Circulars of the Justice ministry and of other ministries (Éducation nationale, Santé,
/// Travail, Agriculture): the body names the addressees by a short title ("les recteurs",
/// "les directeurs interrégionaux") or by their acronym ("les DRAAF", "aux DDPP"), and the
/// garde des sceaux states a will ("J'entends que …"). Sentences written for each rule, with
/// the counter-example it could overreach into.
final class ObligationJusticeTests: XCTestCase, ObligationRuleTesting {
    func addressee(_ id: String) -> Addressee { Addressee(id: id, role: .to, text: id, span: nil) }

    /// The obligations of a circular addressed to the titles `ids`.
    func obligations(_ text: String, to ids: [String]) -> [Obligation] { obligations(text, to: ids.map(addressee)) }

    static let draaf = "directeur-regional-de-l-alimentation-de-l-agriculture-et-de-la-foret"
    static let ddpp = "directeur-departemental-de-la-protection-des-populations"
    static let dirpjj = "directeur-interregional-de-la-protection-judiciaire-de-la-jeunesse"
    static let dtpjj = "directeur-territorial-de-la-protection-judiciaire-de-la-jeunesse"
    static let disp = "directeur-interregional-des-services-penitentiaires"

    // MARK: an addressee's acronym

    func testAcronymOfAnAddresseeNamesIt() {
        let to = [Self.draaf, Self.ddpp]
        let o = obligations("Les DRAAF s'assureront de la programmation des inspections dans chaque département.", to: to)
        XCTAssertEqual(find(o, "Les DRAAF s'assureront")?.actor, Self.draaf)
        let r = obligations("Il appartient aux DDPP de saisir le procureur de la République de tout manquement.", to: to)
        XCTAssertEqual(find(r, "Il appartient aux DDPP")?.actor, Self.ddpp)
    }

    func testAcronymOfNoAddresseeNamesNobodyNew() {
        // The same acronym in a text addressed to the préfets is not read as a title.
        let o = obligations("Il appartient aux DDPP de saisir le procureur de la République de tout manquement.", to: ["prefet-de-departement"])
        XCTAssertNotEqual(find(o, "Il appartient aux DDPP")?.actor, Self.ddpp)
    }

    // MARK: a short title for an addressee

    func testShortTitleIsTheAddresseeItOpens() {
        let o = obligations("Les recteurs veilleront à la formation de l'ensemble des personnels.", to: ["recteur-d-academie", "chef-d-etablissement"])
        XCTAssertEqual(find(o, "Les recteurs veilleront")?.actor, "recteur-d-academie")
    }

    func testShortTitleKeepsItsOwnOfficeBeforeAnAdjective() {
        // The procureur de la République antiterroriste is another office, not a longer title.
        let o = obligations("Les procureurs de la République veilleront à informer la victime de la date d'audience.",
                            to: ["procureur-de-la-republique-antiterroriste"])
        XCTAssertEqual(find(o, "Les procureurs de la République veilleront")?.actor, "procureur-de-la-republique")
    }

    func testTitleOpeningIsTheDocumentsOwnAddresseeFirst() {
        let text = "Les directeurs interrégionaux me transmettront un bilan annuel avant le 31 décembre."
        XCTAssertEqual(find(obligations(text, to: [Self.dirpjj, Self.dtpjj]), "directeurs interrégionaux")?.actor, Self.dirpjj)
        XCTAssertEqual(find(obligations(text, to: [Self.disp]), "directeurs interrégionaux")?.actor, Self.disp)
        let t = obligations("Les directeurs territoriaux veilleront à ce qu'un éducateur soit présent à chaque audience.", to: [Self.dirpjj, Self.dtpjj])
        XCTAssertEqual(find(t, "directeurs territoriaux")?.actor, Self.dtpjj)
    }

    // MARK: the garde des sceaux's will

    func testWillOfTheEmitterIsAnObligation() {
        let o = obligations("J'entends que les atteintes commises contre les forces de l'ordre fassent l'objet d'une réponse pénale ferme.",
                            to: ["procureur-general"])
        XCTAssertEqual(find(o, "J'entends que les atteintes")?.modality, .obligation)
        XCTAssertTrue(obligations("J'entends par là les seules infractions commises en réunion.", to: ["procureur-general"]).isEmpty)
    }

    // MARK: a flattened list of "de" + infinitive items

    func testFlattenedItemsWithDeAreDirectivesOfTheirOwn() {
        let o = obligations("Je vous demande, dans ce cadre : - de désigner un magistrat référent au sein de chaque parquet ; - de saisir le pôle national des affaires les plus graves ; - de privilégier l'alternative aux poursuites.",
                            to: ["procureur-general"])
        XCTAssertEqual(o.count, 3, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "de saisir le pôle national")?.modality, .obligation)
        XCTAssertEqual(find(o, "de privilégier l'alternative")?.actor, "addressees")
    }

    func testFlattenedItemsOfNounsStayOneDirective() {
        let o = obligations("Je vous demande de me transmettre : - le nombre de procédures engagées ; - le nombre de condamnations prononcées.",
                            to: ["procureur-general"])
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
    }

    // MARK: titles and services of other ministries

    func testTitlesAndServicesOfOtherMinistriesNameTheActor() {
        let o = obligations("Les directeurs d'école informeront les familles de toute absence répétée.", to: ["recteur-d-academie"])
        XCTAssertEqual(find(o, "directeurs d'école")?.actor, "directeur-d-ecole")
        let r = obligations("Les rectorats adresseront un bilan à la DGESCO avant le 30 juin.", to: ["recteur-d-academie"])
        XCTAssertEqual(find(r, "Les rectorats adresseront")?.actor, "recteur-d-academie")
        let a = obligations("Les directeurs généraux des ARS s'assureront que chaque département dispose d'une unité.", to: ["prefet-de-region"])
        XCTAssertEqual(find(a, "directeurs généraux des ARS")?.actor, "directeur-general-de-l-agence-regionale-de-sante")
    }

    func testDemandOfAnOutcomeIsAnObligation() {
        let o = obligations("Je demande que les procédures soient orientées vers le tribunal correctionnel.", to: ["procureur-general"])
        XCTAssertEqual(find(o, "Je demande que les procédures")?.modality, .obligation)
        // A request the text reports about someone else is no "je demande que".
        XCTAssertTrue(obligations("La victime demande que sa plainte soit enregistrée.", to: ["procureur-general"]).isEmpty)
    }
}
