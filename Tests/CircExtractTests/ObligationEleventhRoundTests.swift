import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Eleventh round, on recent Interior circulars (2017–2025): caps and restrictions stated
/// with a bare "ne peut" ("ne peut excéder 48 heures", "ne peut intervenir qu'avec
/// l'accord"), a recipient narrowed by its complement ("Il appartient aux gestionnaires des
/// établissements de nuit de…"), sentences the segmenter left in one unit (HTML paragraphs,
/// a list label glued after a full stop), and duties laid out in a table. Sentences written
/// for each rule, with the counter-example it could overreach into.
final class ObligationEleventhRoundTests: XCTestCase, ObligationRuleTesting {
    // MARK: "ne peut excéder", "ne peut intervenir qu'avec"

    func testLimitSectionExamples() throws {
        let section = try XCTUnwrap(ObligationHarness.extractor.lex.file.presentRules)
        for ex in section.limitExamples ?? [] {
            let o = obligations(ex)
            XCTAssertEqual(o.count, 1, ex)
            XCTAssertEqual(o.first?.modality, .prohibition, ex)
            XCTAssertNil(o.first?.actor, ex)
        }
        XCTAssertFalse((section.limitCounterExamples ?? []).isEmpty)
        for ex in section.limitCounterExamples ?? [] { XCTAssertTrue(obligations(ex).isEmpty, ex) }
    }

    func testCapAndRestrictionAreProhibitions() {
        let cap = obligations("Le recours à un local de rétention administrative ne peut excéder 48 heures et uniquement la veille du départ.")
        XCTAssertEqual(find(cap, "ne peut excéder 48 heures")?.modality, .prohibition)
        let only = obligations("Le relevé des empreintes ne peut intervenir qu'avec l'accord de la personne.")
        XCTAssertEqual(find(only, "ne peut intervenir qu'avec")?.modality, .prohibition)
        // A verb the list does not hold, and a judgement after "être … que comme", stay out.
        XCTAssertTrue(obligations("Ce dispositif ne peut réussir qu'avec l'appui des élus.").isEmpty)
        XCTAssertTrue(obligations("Ce résultat ne peut être considéré que comme une première étape.").isEmpty)
    }

    func testNoLongerAllowedPassiveIsAProhibition() {
        let o = obligations("Les familles accompagnées d'enfants mineurs ne peuvent plus être placées en centre de rétention administrative.")
        XCTAssertEqual(find(o, "ne peuvent plus être placées")?.modality, .prohibition)
        // The affirmative stays a permission; a judgement's participle stays out.
        let may = obligations("Les familles peuvent être placées en centre de rétention lorsque l'intéressé s'est soustrait à la mesure.")
        XCTAssertEqual(find(may, "peuvent être placées")?.modality, .permission)
        XCTAssertTrue(obligations("Cette situation ne peut plus être considérée comme exceptionnelle.").isEmpty)
    }

    // MARK: "Il appartient aux gestionnaires des établissements de nuit de…"

    func testNarrowedOfficialRecipientNamesItsRole() {
        let o = obligations("Il appartient aux gestionnaires des établissements de nuit de mettre en œuvre un contrôle d'accès.")
        XCTAssertEqual(find(o, "mettre en œuvre un contrôle")?.actor, "gestionnaire-d-etablissement-de-nuit")
        let heads = obligations("Il revient aux responsables des lieux de culte de signaler toute menace.")
        XCTAssertEqual(find(heads, "signaler toute menace")?.actor, "responsable-de-lieu-de-culte")
        // An agent that is no official keeps its head noun, as before.
        let owners = obligations("Il est demandé aux exploitants de débits de boissons de fermer à 22 heures.")
        XCTAssertEqual(find(owners, "fermer à 22 heures")?.actor, "exploitant")
        // A bare official's noun stays the addressees' officials; a bare agent keeps its noun.
        let bare = obligations("Il appartient aux gestionnaires de veiller à la sécurité des agents.")
        XCTAssertEqual(find(bare, "veiller à la sécurité")?.actor, "addressees")
        let agent = obligations("Il appartient aux employeurs de vérifier le titre de séjour de leurs salariés.")
        XCTAssertEqual(find(agent, "vérifier le titre de séjour")?.actor, "employeur")
    }

    // MARK: Two sentences in one unit

    func testFullStopBeforeMarkupEndsTheDirective() {
        let o = obligations("<p><u>Je vous demande de recourir pleinement aux interdictions administratives de stade</u> à l'encontre des supporters violents.</p>\n<p>Les arrêtés d'interdiction de déplacement de supporters doivent être pris au moins 48 heures avant la rencontre.</p>")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        let first = find(o, "Je vous demande de recourir")
        XCTAssertFalse(first?.text.contains("Les arrêtés") ?? true, first?.text ?? "")
        let second = find(o, "Les arrêtés d'interdiction de déplacement de supporters doivent être pris")
        XCTAssertFalse(second?.text.hasPrefix("<") ?? true, second?.text ?? "")
        XCTAssertTrue(second?.text.hasSuffix("rencontre.") ?? false, second?.text ?? "")
    }

    func testAbbreviationDotDoesNotCutTheDirective() {
        let o = obligations("Vous veillerez, conformément à l'art. L. 612-6 et à la demande de M. le directeur, à saisir sans délai le juge.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertTrue(find(o, "saisir sans délai le juge")?.text.hasPrefix("Vous veillerez") ?? false)
    }

    // MARK: Duties in a table

    let table = """
    Le tableau ci-dessous récapitule les actions attendues de chacun :

    | Acteur | Action attendue | Échéance |
    |---|---|---|
    | Préfet | réunir un comité de suivi associant les élus | chaque trimestre |
    | DDSP et commandant de groupement | désigner un référent par circonscription | 31 mars 2018 |
    """

    func testTableRowsAreDuties() {
        for text in [table, table.split(separator: "\n").joined(separator: " ")] {
            let o = obligations(text)
            let meet = find(o, "réunir un comité de suivi associant les élus")
            XCTAssertEqual(meet?.modality, .obligation)
            // The row's deadline cell is the duty's; the next row is not.
            XCTAssertTrue(meet?.text.contains("chaque trimestre") ?? false, meet?.text ?? "")
            XCTAssertFalse(meet?.text.contains("DDSP") ?? true, meet?.text ?? "")
            XCTAssertNotEqual(meet?.actor, nil)
            let name = find(o, "désigner un référent par circonscription")
            XCTAssertNil(name?.actor, "another party the row names: not the addressees")
            XCTAssertFalse(o.contains { $0.text.contains("Action attendue") }, "\(o.map(\.text))")
        }
    }

    func testStatisticsTableHoldsNoDuty() {
        let o = obligations("""
        | Année | Mesures prononcées | Mesures exécutées |
        |---|---|---|
        | 2021 | 120 000 | 7 000 |
        | 2022 | 134 000 | 9 500 |
        """)
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }
    // MARK: Formulas of recent circulars

    func testEncouragementIsARecommendationAnInvitationAnObligation() {
        let o = obligations("Je vous encourage à développer les partenariats avec les associations. Je vous invite à recourir aux outils numériques.")
        XCTAssertEqual(find(o, "développer les partenariats")?.modality, .recommendation)
        XCTAssertEqual(find(o, "recourir aux outils numériques")?.modality, .obligation)
    }

    func testAttentionCalledInThePassive() {
        let need = obligations("Votre attention est appelée sur la nécessité de sécuriser les procédures.")
        XCTAssertEqual(find(need, "sécuriser les procédures")?.modality, .obligation)
        let point = obligations("Votre attention est tout particulièrement attirée sur les nouvelles dispositions du code.")
        XCTAssertEqual(find(point, "nouvelles dispositions")?.modality, .reminder)
        // Someone else's attention is no reminder to the addressees.
        XCTAssertTrue(obligations("L'attention du public est appelée sur les risques d'incendie.").isEmpty)
    }

    func testVigilanceThatImposesItselfIsADuty() {
        let o = obligations("La plus grande vigilance s'impose à l'égard des documents présentés.")
        XCTAssertEqual(find(o, "vigilance s'impose")?.modality, .obligation)
        XCTAssertTrue(obligations("Un constat s'impose : les délais se sont allongés.").isEmpty)
    }

    func testGendarmerieUnitsAndCommissariatsAreTheForces() {
        let o = obligations("Les groupements de gendarmerie départementale procéderont aux contrôles nécessaires.")
        XCTAssertEqual(find(o, "procéderont aux contrôles")?.actor, "forces-de-securite-interieure")
        // A statistic about them instructs nobody.
        XCTAssertTrue(obligations("Les commissariats ont enregistré 12 000 plaintes en 2022.").isEmpty)
    }
    func testLeavingTheCareToJudgeIsAPermissionToActAnObligation() {
        let judge = obligations("Je vous laisse le soin d'apprécier l'opportunité d'une telle mesure.")
        XCTAssertEqual(find(judge, "apprécier l'opportunité")?.modality, .permission)
        let act = obligations("Je vous laisse le soin de diffuser la présente circulaire aux maires.")
        XCTAssertEqual(find(act, "diffuser la présente circulaire")?.modality, .obligation)
    }

    func testPrefectureDePoliceIsThePrefetDePolice() {
        let o = obligations("La préfecture de police veillera à la coordination des services parisiens. Les préfectures veilleront à la qualité de l'accueil.")
        XCTAssertEqual(find(o, "coordination des services parisiens")?.actor, "prefet-de-police")
        XCTAssertEqual(find(o, "qualité de l'accueil")?.actor, "prefet-de-departement")
    }
    func testDateInATablesDeadlineColumnIsADeadline() {
        let lined = DeadlineHarness.run(table, date: "2018-01-30", kind: .circulaire)
        XCTAssertEqual(DeadlineHarness.values(lined).filter { $0.hasPrefix("2018") }, ["2018-03-31"])
        let flat = DeadlineHarness.run(table.split(separator: "\n").joined(separator: " "), date: "2018-01-30", kind: .circulaire)
        XCTAssertEqual(DeadlineHarness.values(flat).filter { $0.hasPrefix("2018") }, ["2018-03-31"])
        // A calendar of events has no deadline column: its dates are none.
        let events = DeadlineHarness.run("""
        | Date | Événement |
        |---|---|
        | 14 juillet 2018 | défilé national |
        """, date: "2018-01-30", kind: .circulaire)
        XCTAssertTrue(DeadlineHarness.values(events).isEmpty, "\(DeadlineHarness.values(events))")
    }
}
