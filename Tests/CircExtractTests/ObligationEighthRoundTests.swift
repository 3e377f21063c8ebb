import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Eighth round: the present tense of a rule a circular states in its own voice — a
/// permission about things ("peuvent être utilisées"), a restriction ("ne peut être décidé
/// que si"), a passive duty with its time ("est informé sans délai") — and future passives
/// and "motivées par" a cause. Sentences written for each rule, with the counter-examples it
/// could overreach into.
final class ObligationEighthRoundTests: XCTestCase, ObligationRuleTesting {
    func testLexiconSectionExamples() throws {
        let section = try XCTUnwrap(ObligationHarness.extractor.lex.file.presentRules)
        for ex in section.examples { XCTAssertEqual(obligations(ex).count, 1, ex) }
        for ex in section.counterExamples { XCTAssertTrue(obligations(ex).isEmpty, ex) }
    }

    // MARK: "peuvent être utilisées", "ne peut être décidé que si"

    func testPresentPermissionAboutAnActIsAPermission() {
        let agent = obligations("Les caméras individuelles peuvent être utilisées par les agents de police municipale lors de leurs interventions.")
        XCTAssertEqual(find(agent, "peuvent être utilisées")?.modality, .permission)
        let handed = obligations("Les objets saisis peuvent être remis à l'agence de gestion des avoirs saisis.")
        XCTAssertEqual(find(handed, "peuvent être remis")?.modality, .permission)
        let means = obligations("Les drones peuvent être utilisés pour la surveillance des cortèges dans les conditions prévues par la loi.")
        XCTAssertEqual(find(means, "peuvent être utilisés")?.modality, .permission)
    }

    func testPresentRestrictionNeQueIsAProhibition() {
        let o = obligations("Le placement en rétention ne peut être décidé que si l'étranger ne présente pas de garanties de représentation effectives.")
        XCTAssertEqual(find(o, "ne peut être décidé que si")?.modality, .prohibition)
        let agent = obligations("Les images ne peuvent être consultées que par les agents habilités.")
        XCTAssertEqual(find(agent, "ne peuvent être consultées")?.modality, .prohibition)
        let phrase = obligations("L'audience unique ne peut être mise en œuvre que si le mineur a déjà fait l'objet d'une mesure éducative.")
        XCTAssertEqual(find(phrase, "mise en œuvre que si")?.modality, .prohibition)
    }

    func testPresentJudgementPronounAndOtherParticiplesStayOut() {
        for text in ["Cette situation peut être considérée comme exceptionnelle.",
                     "Toutefois, elle peut être accordée alors que l'expulsion n'a pas été notifiée.",
                     "Ce retard peut être expliqué par la hausse des demandes.",
                     "Le dispositif peut être utilisé comme modèle par d'autres départements."] {
            XCTAssertTrue(obligations(text).isEmpty, "\(text) → \(obligations(text).map(\.text))")
        }
    }

    // MARK: "est informé sans délai"

    func testPresentPassiveDutyWithItsTimeIsAnObligation() {
        let o = obligations("Le procureur de la République est informé sans délai de toute difficulté dans la prise en charge.")
        XCTAssertEqual(find(o, "est informé sans délai")?.modality, .obligation)
        let far = obligations("Les arrêtés de mise en sécurité sont notifiés aux propriétaires dans un délai de quinze jours.")
        XCTAssertEqual(find(far, "sont notifiés aux propriétaires")?.modality, .obligation)
        let kept = obligations("Les enregistrements sont conservés pendant trente jours, puis détruits.")
        XCTAssertEqual(find(kept, "sont conservés pendant trente jours")?.modality, .obligation)
        let issue = obligations("Les scellés sont détruits à l'issue de la procédure.")
        XCTAssertEqual(find(issue, "sont détruits à l'issue")?.modality, .obligation)
        let filed = obligations("Les réquisitions écrites sont versées au dossier sans délai.")
        XCTAssertEqual(find(filed, "sont versées au dossier")?.modality, .obligation)
        let weekly = obligations("Les données de couverture vaccinale sont transmises chaque semaine à l'agence.")
        XCTAssertEqual(find(weekly, "sont transmises chaque semaine")?.modality, .obligation)
    }

    func testPresentPassiveWithoutTimeReportedSubordinatedOrInPressStaysOut() {
        for text in ["Le dossier est transmis à la préfecture de département.",
                     "L'article 63 prévoit que le procureur est informé sans délai.",
                     "Lorsque le procureur est informé sans délai, la procédure reste régulière.",
                     "Le dossier est transmis à la préfecture, qui statue dans un délai de deux mois.",
                     "Le procureur est informé par l'officier de police judiciaire sans délai."] {
            XCTAssertTrue(obligations(text).isEmpty, "\(text) → \(obligations(text).map(\.text))")
        }
        let press = obligations("Selon la préfecture, les données sont transmises chaque semaine à l'agence.", kind: .article)
        XCTAssertNil(press.first { $0.text.contains("transmises") }, "\(press.map(\.text))")
    }

    // MARK: future passives, "motivées par un risque"

    func testFuturePassiveReservedAndCommunicatedInstruct() {
        let reserved = obligations("Le recours à la comparution immédiate sera réservé aux faits commis en récidive.")
        XCTAssertEqual(find(reserved, "sera réservé aux faits")?.modality, .obligation)
        let sent = obligations("Son nom sera communiqué au secrétariat général du Gouvernement avant le 31 janvier.")
        XCTAssertEqual(find(sent, "sera communiqué au secrétariat général")?.modality, .obligation)
        let toYou = obligations("Un guide méthodologique vous sera communiqué prochainement.")
        XCTAssertTrue(toYou.isEmpty, "\(toYou.map(\.text))")
    }

    func testPassiveMotivatedByACauseStillInstructsButAnAgentDoesNot() {
        let cause = obligations("Les interdictions de manifester doivent être motivées par un risque sérieux de troubles à l'ordre public.")
        XCTAssertEqual(find(cause, "doivent être motivées par un risque")?.modality, .obligation)
        // A judge as agent is the law speaking; an administration as agent performs the duty
        // (thirteenth round: "doivent être instruites par les services de la préfecture").
        let agent = obligations("Les demandes doivent être examinées par le juge des libertés et de la détention.")
        XCTAssertTrue(agent.isEmpty, "\(agent.map(\.text))")
    }

    // MARK: periodic future passives, long titles, framed list introductions

    func testFuturePassiveOfRecurringWorkWithAPeriodInstructsButPublicationDoesNot() {
        let o = obligations("Les exercices de simulation seront organisés au moins une fois par an avec les opérateurs.")
        XCTAssertEqual(find(o, "seront organisés au moins une fois par an")?.modality, .obligation)
        let own = obligations("Les statistiques seront publiées chaque trimestre sur le site du ministère.")
        XCTAssertTrue(own.isEmpty, "\(own.map(\.text))")
        let noPeriod = obligations("Les exercices de simulation seront organisés avec les opérateurs.")
        XCTAssertTrue(noPeriod.isEmpty, "\(noPeriod.map(\.text))")
    }

    func testDutyFutureOfALongTitleInstructsIt() {
        let o = obligations("Les directeurs interrégionaux de la protection judiciaire de la jeunesse s'assureront que chaque service dispose d'une permanence éducative.")
        XCTAssertEqual(find(o, "s'assureront que chaque service")?.modality, .obligation)
        XCTAssertNotEqual(find(o, "s'assureront que chaque service")?.actor, "addressees")
    }

    func testFramedListIntroductionIsNoDirectiveOfItsOwn() {
        let o = obligations("Vous voudrez bien, à cet effet :\na) recenser les sites concernés ;\nb) informer les maires.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertNil(o.first { $0.text.contains("à cet effet") }, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "recenser les sites")?.actor, "addressees")
        // A complement of its own before the colon keeps the introduction a directive.
        let own = obligations("Vous voudrez bien réunir les services, à cet effet, selon les modalités suivantes :\na) le 3 mars ;\nb) le 4 avril.")
        XCTAssertNotNil(own.first { $0.text.contains("réunir les services") }, "\(own.map(\.text))")
    }
}
