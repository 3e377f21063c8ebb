import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Classes of directive found on circulars of the Justice, of other ministries and of old
/// letters (the third round of probes): futures of care whose subject the lexicons do not
/// know, reports due to the emitter, negative items under a directive, the older formulas
/// ("J'appelle votre attention sur la nécessité de", "Vous ne perdrez pas de vue que"), and a
/// communiqué's permission with the date it ends on.
final class ObligationThirdRoundTests: XCTestCase, ObligationRuleTesting {
    struct DutyVerbsFile: Decodable {
        struct NF: Decodable { struct D: Decodable { let examples, counterExamples: [String] }; let dutyVerbs: D }
        let namedFuture: NF
    }

    // MARK: futures of care and reports, whoever the subject

    func testAFutureOfCareInstructsWhoeverItsSubjectIs() throws {
        let section = try TestLexicons.store.load("deontic-markers.json", as: DutyVerbsFile.self).namedFuture.dutyVerbs
        for ex in section.examples {
            let o = obligations(ex)
            XCTAssertEqual(o.count, 1, ex)
            XCTAssertEqual(o.first?.modality, .obligation, ex)
        }
        for ex in section.counterExamples { XCTAssertTrue(obligations(ex).isEmpty, "\(ex): \(obligations(ex).map(\.text))") }
        // The body is unknown: nobody is named; "vos services" are the addressees'; the opening
        // words of a title name it.
        XCTAssertNil(obligations("Les comités locaux veilleront à ce que chaque fouille soit motivée.").first?.actor)
        // An agent noun names its slug (deontic-markers.json `subjects.agents`).
        XCTAssertEqual(obligations("Les chefs d'établissement veilleront à ce que chaque fouille soit motivée.").first?.actor, "chef-d-etablissement")
        XCTAssertEqual(obligations("Vos services me rendront compte chaque trimestre de l'avancement des travaux.").first?.actor, "addressees")
        XCTAssertEqual(obligations("Les directeurs interrégionaux s'assureront de l'application homogène de ces règles.").first?.actor,
                       "directeur-interregional-des-services-penitentiaires")
        XCTAssertEqual(obligations("Chaque préfet me fera parvenir un bilan des contrôles.").first?.actor, "prefet-de-departement")
        // Not a verb of care: the future of an unknown body describes.
        XCTAssertTrue(obligations("Les comités départementaux assureront un rôle de conseil.").isEmpty)
    }

    func testAReportDueAfterEtSharesTheSubjectOfTheClauseBefore() {
        let o = obligations("Les procureurs généraux veilleront à la mise en œuvre de ces orientations et me rendront compte chaque semestre des actions conduites.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "me rendront compte")?.actor, "procureur-general")
        XCTAssertFalse(find(o, "me rendront compte")?.text.contains("veilleront") ?? true)
        // "et" within the subject's own noun phrase opens no second clause.
        XCTAssertEqual(obligations("Les services et les directions me rendront compte.").count, 1)
    }

    // MARK: items under a directive

    func testANegativeItemUnderADirectiveIsAProhibition() {
        let o = obligations("Je vous demande de mettre en œuvre les mesures suivantes :\na) ouvrir un guichet dédié aux renouvellements ;\nb) ne pas exiger de pièces non prévues par la réglementation ;\nc) ne pas se limiter aux seuls rendez-vous en ligne ;\nd) délivrer systématiquement un récépissé.")
        XCTAssertEqual(find(o, "ne pas exiger de pièces")?.modality, .prohibition)
        // Asking for more is no prohibition; the positive items keep their introduction's.
        XCTAssertEqual(find(o, "ne pas se limiter")?.modality, .obligation)
        XCTAssertEqual(find(o, "ouvrir un guichet")?.modality, .obligation)
        XCTAssertEqual(find(o, "délivrer systématiquement")?.modality, .obligation)
        let dashed = obligations("Il vous appartient de :\n- ne plus délivrer de récépissé papier ;\n- vérifier chaque dossier.")
        XCTAssertEqual(find(dashed, "ne plus délivrer")?.modality, .prohibition)
        XCTAssertEqual(find(dashed, "vérifier chaque dossier")?.modality, .obligation)
    }

    // MARK: formulas

    func testOlderAndImpersonalFormulas() {
        let o = obligations("Il est recommandé aux maires de désigner un référent. J'appelle votre attention sur la nécessité de procéder sans retard à la vérification des déclarations. Il est enfin souligné que l'aménagement de peine n'est jamais un droit. Vous ne perdrez pas de vue que les militaires doivent être inscrits dans la commune de leur garnison.")
        XCTAssertEqual(o.count, 4, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "recommandé aux maires")?.modality, .recommendation)
        XCTAssertEqual(find(o, "recommandé aux maires")?.actor, "maire")
        XCTAssertEqual(find(o, "sur la nécessité de procéder")?.modality, .obligation)
        XCTAssertEqual(find(o, "souligné que")?.modality, .reminder)
        XCTAssertEqual(find(o, "perdrez pas de vue")?.modality, .reminder)
        XCTAssertTrue(find(o, "perdrez pas de vue")?.text.contains("garnison") ?? false, "one reminder with what it recalls")
        // Attention drawn to a point, not to a necessity, stays a reminder.
        XCTAssertEqual(obligations("J'appelle votre attention sur les délais de recours.").first?.modality, .reminder)
    }

    // MARK: press items

    func testAnAuthorityNamedBeforeItsObjectPronoun() {
        let o = obligations("Dans une circulaire adressée lundi aux préfets, le ministre fixe ses priorités. Le ministre les invite par ailleurs à ne plus délivrer de titres de séjour aux étrangers condamnés. La circulaire les invite aussi à réunir les maires.", kind: .article)
        XCTAssertEqual(find(o, "ne plus délivrer")?.modality, .prohibition)
        XCTAssertEqual(find(o, "ne plus délivrer")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(o, "réunir les maires")?.modality, .obligation)
        // A crowd named before the pronoun is no authority: a public appeal.
        XCTAssertTrue(obligations("Les manifestants les invitent à rejoindre le cortège.", kind: .article).isEmpty)
    }

    // MARK: a communiqué's permissions

    func testAPermissionStatedWithoutItsComplement() {
        let o = obligations("L'arrosage des potagers est autorisé entre 20 heures et 8 heures. Le lavage des véhicules est interdit.", kind: .communique)
        XCTAssertEqual(o.map(\.modality), [.permission, .prohibition], "\(o.map(\.text))")
        // A permission given by someone named is the law's description, not the text's.
        XCTAssertTrue(obligations("Le séjour de l'intéressé est autorisé par la préfecture.").isEmpty)
    }

    /// `permissionEnds` in deadlines.json: the date a permission ends on is no deadline.
    func testTheEndOfAPermissionIsNoDeadline() throws {
        struct F: Decodable { struct S: Decodable { let examples, counterExamples: [String] }; let permissionEnds: S }
        let f = try TestLexicons.store.load("deadlines.json", as: F.self).permissionEnds
        for ex in f.examples { XCTAssertEqual(DeadlineHarness.values(DeadlineHarness.run(ex)), [], ex) }
        for ex in f.counterExamples { XCTAssertEqual(DeadlineHarness.values(DeadlineHarness.run(ex)).count, 1, ex) }
        XCTAssertEqual(DeadlineHarness.values(DeadlineHarness.run("Vous me transmettrez le bilan jusqu'au 31 mars 2015.")), ["2015-03-31"])
    }
}
