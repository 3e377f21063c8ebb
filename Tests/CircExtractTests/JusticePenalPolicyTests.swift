import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Justice circulars of penal policy (DACG, DAP, DPJJ): the title line that carries the
/// circular's number after a dash ("… — CRIM/2024-07/H2 — Date d'application : immédiate"),
/// time limits next to the articles of the CPP that the duty cites ("l'enquête prévue par
/// l'article 131-4-1 du code pénal … dans un délai de dix jours"), the report asked on "la
/// présente circulaire" by a date, and a numbered part heading after a dashed list of
/// infinitives. Sentences written for each rule, with the counter-example it could overreach
/// into.
final class JusticePenalPolicyTests: XCTestCase, ObligationRuleTesting {
    func deadlines(_ s: String, kind: DocumentKind = .circulaire) -> [String] {
        DeadlineHarness.values(DeadlineHarness.run(s, date: "2024-05-02", kind: kind))
    }

    // MARK: the title's dash

    static func circular(title: String) -> String {
        """
        MINISTÈRE DE LA JUSTICE

        \(title)

        Le garde des sceaux, ministre de la justice

        à

        Mesdames et Messieurs les procureurs de la République

        Les parquets veilleront à ce que chaque plainte fasse l'objet d'une enquête.

        Éric DUPOND-MORETTI

        """
    }

    func testADashBeforeTheCircularNumberEndsTheSubject() {
        let d = HeaderHarness.extract(Self.circular(title: "Circulaire du 2 mai 2024 relative à la lutte contre les refus d'obtempérer — CRIM/2024-07/H2 — Date d'application : immédiate"))
        XCTAssertEqual(d.metadata.subject, "la lutte contre les refus d'obtempérer")
        XCTAssertEqual(d.metadata.date, "2024-05-02")
        let flat = HeaderHarness.extract(Self.circular(title: "Note du 22 septembre 2021 relative à la mise en œuvre du code de la justice pénale des mineurs - NOR : JUSF2128102N"))
        XCTAssertEqual(flat.metadata.subject, "la mise en œuvre du code de la justice pénale des mineurs")
    }

    func testADashBeforeWordsInLowerCaseGoesOnWithTheSubject() {
        let d = HeaderHarness.extract(Self.circular(title: "Circulaire du 2 mai 2024 relative aux violences conjugales – bilan et perspectives"))
        XCTAssertEqual(d.metadata.subject, "violences conjugales – bilan et perspectives")
    }

    // MARK: time limits next to the CPP

    /// The lexicon's examples (`lawNounsAfter`): a limit the addressees' duty sets, and the
    /// law speaking.
    func testLexiconExamplesOfLawWords() throws {
        struct F: Decodable { struct S: Decodable { let examples, counterExamples: [String] }; let lawNounsAfter: S }
        let f = try TestLexicons.store.load("deadlines.json", as: F.self).lawNounsAfter
        for ex in f.examples { XCTAssertEqual(deadlines(ex).count, 1, ex) }
        for ex in f.counterExamples { XCTAssertEqual(deadlines(ex), [], ex) }
    }

    func testAnArticleQualifyingTheDutysNounLeavesTheLimitADeadline() {
        XCTAssertEqual(deadlines("Les SPIP doivent réaliser l'enquête de faisabilité prévue par l'article 131-4-1 du code pénal dans un délai de dix jours."), ["P10D"])
        XCTAssertEqual(deadlines("Les parquets statueront sur les demandes formées sur le fondement de l'article 77-2 du code de procédure pénale dans un délai d'un mois."), ["P1M"])
        // The law speaking keeps its duration, cited article or not.
        XCTAssertEqual(deadlines("Aux termes de l'article 77-2 du code de procédure pénale, le procureur statue dans un délai d'un mois."), [])
        XCTAssertEqual(deadlines("Le juge des libertés et de la détention statue dans un délai de vingt-quatre heures."), [])
        // In a code every sentence is the law's.
        XCTAssertEqual(deadlines("La demande formée en application de l'article 77-2 est examinée dans un délai d'un mois.", kind: .code), [])
    }

    func testAMeasuresNameAndABasisAfterTheLimitAreNoLawSpeaking() {
        XCTAssertEqual(deadlines("Les parquets veilleront à ce que le rappel à la loi soit notifié dans un délai de trois mois."), ["P3M"])
        XCTAssertEqual(deadlines("Les directeurs s'assureront que le projet est élaboré dans un délai d'un mois, conformément à l'article L. 113-7."), ["P1M"])
        // Before the limit, the law speaks.
        XCTAssertEqual(deadlines("Aux termes de la loi, le rappel à la loi est notifié dans un délai de trois mois."), [])
        XCTAssertEqual(deadlines("Conformément à l'article L. 113-7, le projet est élaboré dans un délai d'un mois."), [])
    }

    func testACourtThatReceivesLeavesTheLimitADeadline() {
        XCTAssertEqual(deadlines("Le rapport est transmis au juge de l'application des peines dans un délai de deux mois."), ["P2M"])
        XCTAssertEqual(deadlines("Il appartient au juge des enfants de statuer dans un délai de dix jours."), [])
    }

    // MARK: the report on the circular by a date

    func testTheCircularNamedBeforeTheDateIsNoCutOff() {
        XCTAssertEqual(deadlines("Vous voudrez bien me rendre compte de la mise en œuvre de la présente instruction avant le 30 juin 2024."), ["2024-06-30"])
        XCTAssertEqual(deadlines("Vous me rendrez compte de la mise en œuvre avant le 30 juin 2024."), ["2024-06-30"])
        // A participle after a noun still bounds the cases covered.
        XCTAssertEqual(deadlines("Les procédures mises en œuvre avant le 30 juin 2024 restent régies par les règles antérieures."), [])
        XCTAssertEqual(deadlines("Les demandes présentées avant le 30 juin 2024 seront instruites selon l'ancien régime."), [])
    }

    // MARK: a short title after "il appartiendra aux"

    static let dirpjj = "directeur-interregional-de-la-protection-judiciaire-de-la-jeunesse"
    static let dtpjj = "directeur-territorial-de-la-protection-judiciaire-de-la-jeunesse"

    func pjj(_ text: String) -> [Obligation] {
        obligations(text, to: [Self.dirpjj, Self.dtpjj].map { Addressee(id: $0, role: .to, text: $0, span: nil) })
    }

    func testARecipientsShortTitleNamesTheAddresseeItOpens() {
        let o = pjj("Il appartiendra aux directeurs interrégionaux d'organiser la formation des éducateurs.")
        XCTAssertEqual(find(o, "Il appartiendra aux directeurs interrégionaux")?.actor, Self.dirpjj)
        let r = pjj("Il est demandé aux directeurs territoriaux de désigner un référent dans chaque service.")
        XCTAssertEqual(find(r, "Il est demandé aux directeurs territoriaux")?.actor, Self.dtpjj)
    }

    func testABareOfficialsNounNamesNoTitle() {
        let o = pjj("Il appartiendra aux directeurs de veiller à la formation des éducateurs.")
        XCTAssertNotEqual(find(o, "Il appartiendra aux directeurs")?.actor, Self.dirpjj)
        XCTAssertNotEqual(find(o, "Il appartiendra aux directeurs")?.actor, Self.dtpjj)
    }

    // MARK: a title whose complement takes the plural

    func testAPluralTitleWithAPluralComplementNamesTheAddressee() {
        let pcd = "president-du-conseil-departemental"
        let to = [pcd, "procureur-de-la-republique"].map { Addressee(id: $0, role: .to, text: $0, span: nil) }
        let o = obligations("Les présidents des conseils départementaux transmettront chaque semaine le nombre de mineurs accueillis.", to: to)
        XCTAssertEqual(find(o, "Les présidents des conseils départementaux transmettront")?.actor, pcd)
        XCTAssertNil(ObligationExtractor.pluralComplement(["directeurs", "de", "la", "protection"], at: 1, links: ["de", "la"]))
        XCTAssertEqual(ObligationExtractor.pluralComplement(["presidents", "du", "conseil", "departemental"], at: 1, links: ["du"]),
                       ["presidents", "des", "conseils", "departementaux"])
    }

    // MARK: a passive duty governed by "s'assureront que"

    func testAPresentPassiveUnderAVerbOfCareStaysItsContent() {
        let o = obligations("Les directeurs s'assureront que le rapport prévu à l'article D. 147-17 du code de procédure pénale est transmis au juge dans un délai de deux mois.")
        XCTAssertEqual(o.count, 1, o.map(\.text).description)
        XCTAssertNotNil(find(o, "Les directeurs s'assureront que le rapport prévu"))
        // Stated in the text's own voice, the same passive is a duty of its own.
        let r = obligations("Le rapport prévu à l'article D. 147-17 du code de procédure pénale est transmis au juge dans un délai de deux mois.")
        XCTAssertNotNil(find(r, "Le rapport prévu à l'article D. 147-17"))
    }

    // MARK: a measure that cannot be carried out without a decision

    func testANegatedPresentPassiveOfExecutionIsAProhibition() {
        let o = obligations("La mesure éducative judiciaire provisoire ne peut être exécutée sans une décision du juge.")
        XCTAssertEqual(find(o, "ne peut être exécutée sans")?.modality, .prohibition)
        XCTAssertTrue(obligations("La mesure a été exécutée sans difficulté par le service.").isEmpty)
    }

    // MARK: OCR's "11" for "Il"

    func testOCRDigitsForIlOpenAMarker() {
        let o = obligations("Le permis est en cause. 11 appartiendra aux parquets de requérir l'annulation du permis de conduire.")
        XCTAssertEqual(find(o, "appartiendra aux parquets de requérir")?.modality, .obligation)
        // A number opening a sentence stays a number.
        let lex = ObligationHarness.extractor.lex
        var words = ["11", "departements", "sont", "concernes"]
        MatchWord.repairCapitalI(&words, lex.ocrWords, numerals: lex.ocrNumerals, openers: lex.ocrClauseOpeners)
        XCTAssertEqual(words[0], "il")
        words = ["le", "titre", "11", "est", "consacre"]
        MatchWord.repairCapitalI(&words, lex.ocrWords, numerals: lex.ocrNumerals, openers: lex.ocrClauseOpeners)
        XCTAssertEqual(words[2], "11")
        XCTAssertTrue(obligations("11 départements sont concernés par cette expérimentation.").isEmpty)
    }

    // MARK: a numbered heading after a dashed list

    static let parts = """
        Le garde des sceaux, ministre de la justice

        à

        Mesdames et Messieurs les procureurs de la République

        1. Lutter contre le narcotrafic

        Les procureurs de la République devront :
        - réunir mensuellement la cellule de renseignement ;
        - requérir la saisie des avoirs criminels.

        2. Protéger les victimes

        Les parquets s'attacheront à ce que la victime soit avisée.

        """

    func testANumberedHeadingAfterADashedListClosedByAFullStopIsNoItem() {
        let o = obligations(Self.parts)
        XCTAssertNotNil(find(o, "réunir mensuellement la cellule"))
        XCTAssertNotNil(find(o, "requérir la saisie des avoirs"))
        XCTAssertNil(o.first { $0.text.contains("Protéger les victimes") })
        XCTAssertEqual(o.count, 3, o.map(\.text).description)
    }

    func testNumberedItemsAfterANumberedItemStayItems() {
        let o = obligations("""
            Le garde des sceaux, ministre de la justice

            à

            Mesdames et Messieurs les procureurs de la République

            Les procureurs de la République devront :

            1. Réunir mensuellement la cellule de renseignement.

            2. Requérir la saisie des avoirs criminels.

            """)
        XCTAssertNotNil(find(o, "Réunir mensuellement la cellule"))
        XCTAssertNotNil(find(o, "Requérir la saisie des avoirs"))
    }
}
