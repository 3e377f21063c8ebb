import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Thirteenth round, circulars of every ministry: the present tense a circular instructs with
/// ("Les proviseurs veillent à ce que…", "Le directeur départemental transmet chaque mois…"),
/// subjects that coordinate titles or carry an aside ("Les préfets de région et les préfets
/// de département, en lien avec les recteurs, s'assureront…": the first title acts), a third
/// party whose subject carries a complement ("Les associations d'aide aux victimes
/// doivent…"), "Il ne sera pas fait droit à…", a duty modal's passive whose agent is an
/// administration ("doivent être instruits par les services de la préfecture") against the
/// law's judge ("peut être prononcée par le juge"), and time limits within a duty ("dans le
/// mois suivant", "au plus tard quinze jours avant"). Sentences written for each rule, with
/// the counter-example it could overreach into.
final class ObligationThirteenthRoundTests: XCTestCase, ObligationRuleTesting {
    // MARK: the present that instructs

    func testPresentOfCareInstructsItsSubject() {
        let heads = obligations("Les proviseurs veillent à ce que chaque sortie scolaire fasse l'objet d'une autorisation écrite des familles.")
        XCTAssertEqual(find(heads, "Les proviseurs veillent à ce que")?.actor, "proviseur")
        XCTAssertEqual(find(heads, "veillent à ce que")?.modality, .obligation)
        let prefects = obligations("Les préfets s'assurent que chaque signalement fait l'objet d'une évaluation.")
        XCTAssertEqual(find(prefects, "s'assurent que")?.actor, "prefet-de-departement")
    }

    func testPresentThatDescribesStaysOut() {
        XCTAssertTrue(obligations("Le préfet dispose d'un pouvoir de coordination des services de l'État.").isEmpty)
        XCTAssertTrue(obligations("La loi prévoit que le préfet veille au respect de ces règles.").isEmpty)
        XCTAssertTrue(obligations("Mes services veillent à vous apporter leur appui.").isEmpty)
        XCTAssertTrue(obligations("Les forces de l'ordre assurent une présence visible aux abords des établissements.").isEmpty)
        XCTAssertTrue(obligations("Le préfet veille au respect de ces règles, selon la presse.", kind: .article).isEmpty)
    }

    func testPresentOfSendingWithATimeInstructs() {
        let sub = obligations("Le directeur départemental de la sécurité publique transmet chaque mois au préfet la liste des situations suivies.")
        XCTAssertEqual(find(sub, "transmet chaque mois")?.actor, "directeur-departemental-de-la-securite-publique")
        let heads = obligations("Les chefs d'établissement transmettent chaque trimestre au recteur le calendrier des sorties prévues.")
        XCTAssertEqual(find(heads, "transmettent chaque trimestre")?.actor, "chef-d-etablissement")
        // Without a time: a procedure; a person who is no official: what happens.
        XCTAssertTrue(obligations("Le directeur départemental transmet le dossier au préfet.").isEmpty)
        XCTAssertTrue(obligations("Les familles transmettent chaque année leur déclaration à la caisse.").isEmpty)
    }

    func testLexiconExamplesOfThePresentDuty() throws {
        let file = try XCTUnwrap(ObligationHarness.extractor.lex.file.presentRules)
        for ex in file.dutyVerbExamples ?? [] { XCTAssertEqual(obligations(ex).count, 1, ex) }
        for ex in file.dutyVerbCounterExamples ?? [] { XCTAssertTrue(obligations(ex).isEmpty, ex) }
    }

    // MARK: coordinated subjects and asides

    func testCoordinatedTitlesNameTheFirstAsActor() {
        let o = obligations("Les procureurs généraux et les procureurs de la République veilleront à ce que les conventions soient renouvelées.")
        XCTAssertEqual(find(o, "veilleront à ce que")?.actor, "procureur-general")
        let police = obligations("Les directeurs départementaux de la sécurité publique et les commandants de groupement de gendarmerie départementale organiseront des patrouilles.")
        XCTAssertEqual(find(police, "organiseront des patrouilles")?.actor, "directeur-departemental-de-la-securite-publique")
        // Counter-example: "et" between two clauses, the second subject acts.
        let two = obligations("Le préfet réunira les maires et les sous-préfets veilleront à la diffusion des consignes.")
        XCTAssertEqual(find(two, "veilleront à la diffusion")?.actor, "sous-prefet")
    }

    func testTitleWhoseComplementsACopyPartsWithCommas() {
        let o = obligations("Les directeurs régionaux de l'environnement, de l'aménagement et du logement et les directeurs départementaux des territoires veilleront à l'actualisation des arrêtés.")
        XCTAssertEqual(find(o, "veilleront à l'actualisation")?.actor, "directeur-regional-de-l-environnement-de-l-amenagement-et-du-logement")
        // Counter-example: a comma before no complement ends the subject.
        let two = obligations("Après la réunion, les sous-préfets veilleront à la diffusion des consignes.")
        XCTAssertEqual(find(two, "veilleront à la diffusion")?.actor, "sous-prefet")
    }

    func testAsideBetweenSubjectAndVerbNamesPartners() {
        let o = obligations("Les préfets de région et les préfets de département, en lien avec les recteurs, s'assureront de la mise à jour des plans.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "s'assureront de la mise à jour")?.actor, "prefet-de-region")
        let each = obligations("Les préfets de région et les préfets de département, chacun pour ce qui le concerne, veilleront à la coordination des services.")
        XCTAssertEqual(find(each, "veilleront à la coordination")?.actor, "prefet-de-region")
        // A title in a phrase before the subject is no first title of it.
        let beside = obligations("Outre les maires, les sous-préfets veilleront à la diffusion des consignes.")
        XCTAssertEqual(find(beside, "veilleront à la diffusion")?.actor, "sous-prefet")
    }

    // MARK: a third party as subject

    func testThirdPartyWithAComplementIsItsHeadNoun() {
        let o = obligations("Les associations d'aide aux victimes doivent adresser au parquet un bilan de leur activité.")
        XCTAssertEqual(find(o, "doivent adresser")?.actor, "association")
        let owners = obligations("Les exploitants des installations soumises à autorisation doivent déclarer sans délai tout accident.")
        XCTAssertEqual(find(owners, "doivent déclarer")?.actor, "exploitant")
        // Counter-example: a passive the party undergoes leaves the addressees acting.
        XCTAssertEqual(find(obligations("Les associations d'aide aux victimes doivent être consultées."), "doivent être consultées")?.actor, "addressees")
    }

    // MARK: "Il ne sera pas fait droit à …"

    func testNoGrantOfARequestIsAProhibition() {
        let o = obligations("Il ne sera pas fait droit aux demandes de prolongation d'horaires présentées après le 1er juillet.")
        XCTAssertEqual(find(o, "Il ne sera pas fait droit")?.modality, .prohibition)
        XCTAssertEqual(find(o, "Il ne sera pas fait droit")?.actor, "addressees")
        // Counter-example: the affirmative past tells a decision.
        XCTAssertTrue(obligations("Il a été fait droit à sa demande en 2019.").isEmpty)
    }

    func testNegatedFutureCapIsAProhibition() {
        let o = obligations("Pendant la période estivale, les débits de boissons situés à proximité des plages ne pourront rester ouverts au-delà de deux heures du matin.")
        XCTAssertEqual(find(o, "ne pourront rester ouverts")?.modality, .prohibition)
        // Counter-example: a prediction with another verb.
        XCTAssertTrue(obligations("Ces mesures ne pourront suffire à elles seules à rétablir la tranquillité.").isEmpty)
    }

    // MARK: a duty modal's passive and its agent

    func testDutyPassiveOfAnAdministrationIsItsDuty() {
        let o = obligations("Les procédures concernant les mineurs réitérants doivent être traitées par les parquets dans un délai de trois mois.")
        XCTAssertEqual(find(o, "doivent être traitées par les parquets")?.actor, "procureur-de-la-republique")
        let own = obligations("Les demandes doivent être instruites par les services de la préfecture.")
        XCTAssertEqual(find(own, "doivent être instruites")?.actor, "prefet-de-departement")
        // An administration the lexicons have no title for: a duty, actor unnamed.
        let office = obligations("Les contrôles doivent être réalisés par les services de l'Office français de la biodiversité.")
        XCTAssertEqual(office.count, 1, "\(office.map(\.text))")
        XCTAssertNil(find(office, "doivent être réalisés")?.actor)
        // The judge's: the law speaking, a duty or an act it allows.
        XCTAssertTrue(obligations("Ces éléments doivent être pris en compte par le juge des enfants.").isEmpty)
        XCTAssertTrue(obligations("La mesure de réparation peut être prononcée par le juge des enfants.").isEmpty)
        XCTAssertTrue(obligations("La détention provisoire peut être prolongée par le juge d'instruction.").isEmpty)
    }

    // MARK: time limits inside a duty

    func testTimeLimitsRelativeToAnEvent() {
        let month = DeadlineHarness.values(DeadlineHarness.run("Vous transmettrez le bilan dans le mois suivant la notification de la décision."))
        XCTAssertTrue(month.contains("P1M"), "\(month)")
        let before = DeadlineHarness.values(DeadlineHarness.run("Vous transmettrez le tableau au plus tard quinze jours avant le début de chaque mois."))
        XCTAssertTrue(before.contains("P15D"), "\(before)")
        // Counter-examples: a month named, a date after "au plus tard".
        XCTAssertFalse(DeadlineHarness.values(DeadlineHarness.run("Vous transmettrez le bilan dans le mois de mars.")).contains("P1M"))
        XCTAssertEqual(DeadlineHarness.values(DeadlineHarness.run("Vous transmettrez le bilan au plus tard le 13 mars.")), ["2015-03-13"])
    }
}
