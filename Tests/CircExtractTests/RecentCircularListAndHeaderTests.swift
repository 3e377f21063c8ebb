import CircTestSupport
@testable import CircExtract
import CircReader
import XCTest

/// Recent circulars of the Interior and of Justice as users copy them: a request that runs
/// into its items with no colon ("je vous demande" then "- de vérifier…"), a periodic duty
/// after "à" and an infinitive in -re ("Je vous invite à transmettre chaque année…"), a
/// title that a web copy breaks at a blank line ("des agences⏎⏎régionales de santé"), a
/// plural complement without its article ("présidents de tribunaux de grande instance"),
/// the Justice's "dépêche-circulaire" cited by its date, items that a web copy set as
/// paragraphs without their bullets, the reader's tasks introducing a list ("Les principaux
/// enjeux vous concernant consistent à :"), and "les membres du corps préfectoral" a press
/// item asks. Sentences written for each
/// rule, with the counter-example it could overreach into.
final class RecentCircularListAndHeaderTests: XCTestCase, HeaderRuleTesting {
    private let letterhead = "Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de département\n\nObjet : contrôles.\n\n"

    // MARK: a request that opens its items without a colon

    func testBareRequestOpensTheItemsOnTheNextLines() {
        let doc = extract(letterhead + "Pour tenir compte de ces évolutions, je vous demande\n- de recenser les lieux d'hébergement ;\n- de réunir les maires concernés ;\n- de m'adresser un premier bilan.\n")
        for item in ["de recenser les lieux", "de réunir les maires", "de m'adresser un premier bilan"] {
            let o = doc.obligations.first { $0.text.contains(item) }
            XCTAssertNotNil(o, "\(item) in \(doc.obligations.map(\.text))")
            XCTAssertEqual(o?.modality, .obligation)
            XCTAssertEqual(o?.actor, "addressees")
        }
        // The introduction alone is no directive of its own.
        XCTAssertFalse(doc.obligations.contains { $0.text.hasPrefix("Pour tenir compte") && !$0.text.contains("recenser") })
    }

    func testARequestWithItsObjectStaysOneDirective() {
        let doc = extract(letterhead + "Je vous demande de recenser les lieux d'hébergement.\n\nLes maires seront réunis en mars.\n")
        XCTAssertEqual(doc.obligations.count, 1, "\(doc.obligations.map(\.text))")
    }

    func testItemsThatLostTheirBulletsAreParagraphsOfInfinitives() {
        let doc = extract(letterhead + "Il vous appartiendra de :\n\nRecenser les sites sensibles de votre département ;\n\nRéunir chaque semaine les services concernés.\n\nLa présente circulaire sera publiée au bulletin officiel.\n")
        XCTAssertNotNil(doc.obligations.first { $0.text.hasPrefix("Recenser les sites") }, "\(doc.obligations.map(\.text))")
        XCTAssertNotNil(doc.obligations.first { $0.text.hasPrefix("Réunir chaque semaine") }, "\(doc.obligations.map(\.text))")
        // The paragraph after the items is no item.
        XCTAssertFalse(doc.obligations.contains { $0.text.contains("bulletin officiel") })
    }

    func testTwoItemsRunOntoOneLineAreTwoDirectives() {
        let doc = extract(letterhead + "Il vous appartiendra de :\n\nRecenser les sites sensibles ; Désigner un référent dans chaque arrondissement ;\n\nRéunir les maires.\n")
        let first = doc.obligations.first { $0.text.hasPrefix("Recenser les sites") }
        XCTAssertNotNil(first, "\(doc.obligations.map(\.text))")
        XCTAssertFalse(first?.text.contains("Désigner") ?? true)
        XCTAssertNotNil(doc.obligations.first { $0.text.hasPrefix("Désigner un référent") }, "\(doc.obligations.map(\.text))")
        // A semicolon before a noun phrase continues the item.
        let one = extract(letterhead + "Il vous appartiendra de :\n\nRecenser les sites sensibles ; les lieux de culte compris ;\n\nRéunir les maires.\n")
        XCTAssertEqual(one.obligations.filter { $0.text.contains("lieux de culte") }.count, 1)
        XCTAssertNil(one.obligations.first { $0.text.hasPrefix("les lieux de culte") })
    }

    func testTheReadersTasksIntroduceTheirItems() throws {
        let doc = extract(letterhead + "Les principaux enjeux vous concernant consistent à :\n\nOrganiser les contrôles aux abords des gares ;\n\nSuperviser la continuité des services.\n")
        XCTAssertEqual(doc.obligations.first { $0.text.hasPrefix("Organiser les contrôles") }?.actor, "addressees", "\(doc.obligations.map(\.text))")
        XCTAssertNotNil(doc.obligations.first { $0.text.hasPrefix("Superviser la continuité") })
        let file = try XCTUnwrap(ObligationHarness.extractor.lex.file.presentRules)
        for ex in file.taskNounExamples ?? [] { XCTAssertEqual(ObligationHarness.obligations(ex).count, 2, ex) }
        for ex in file.taskNounCounterExamples ?? [] { XCTAssertTrue(ObligationHarness.obligations(ex).isEmpty, ex) }
    }

    // MARK: the prefectoral corps in a press item

    func testMembersOfThePrefectoralCorpsAreThePrefects() {
        let o = ObligationHarness.obligations("Le ministre de l'Intérieur a adressé une instruction aux préfets. Il demande aux membres du corps préfectoral de renforcer les contrôles.", kind: .article)
        XCTAssertEqual(o.first { $0.text.contains("renforcer les contrôles") }?.actor, "prefet-de-departement", "\(o.map(\.text))")
        // A public appeal made of nobody in authority stays out.
        XCTAssertTrue(ObligationHarness.obligations("Le syndicat demande aux passants de signer la pétition.", kind: .article).isEmpty)
    }

    // MARK: "à" and an infinitive in -re before a period

    func testPeriodAfterAnInfinitiveInReIsTheAddresseesDuty() {
        let quarterly = extract(letterhead + "Je vous invite à transmettre chaque trimestre au préfet de zone le bilan des contrôles.\n")
        XCTAssertTrue(quarterly.deadlines.map(\.value).contains("R/P3M"), "\(quarterly.deadlines.map(\.value))")
        let monthly = extract(letterhead + "Je vous demande de veiller à faire chaque mois le point avec les maires.\n")
        XCTAssertTrue(monthly.deadlines.map(\.value).contains("R/P1M"), "\(monthly.deadlines.map(\.value))")
    }

    func testPastTenseBeforeAPeriodStillDescribes() {
        let past = extract(letterhead + "Le préfet de zone a transmis chaque mois un bilan au ministère depuis 2019.\n")
        XCTAssertFalse(past.deadlines.map(\.value).contains("R/P1M"), "\(past.deadlines.map(\.value))")
    }

    // MARK: a title broken at a blank line

    func testLowerCaseWordAfterABlankLineGoesOnWithTheTitle() {
        let a = addressees("Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les directeurs départementaux de la sécurité\n\npublique\n\nObjet : effectifs.\n\nJe vous demande de me rendre compte.\n")
        XCTAssertTrue(a.contains("directeur-departemental-de-la-securite-publique to"), "\(a)")
        let cc = addressees("Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de\n\nrégion\n\nen communication à Mesdames et Messieurs les recteurs d'académie\n\nObjet : effectifs.\n\nJe vous demande de me rendre compte.\n")
        XCTAssertTrue(cc.contains("prefet-de-region to"), "\(cc)")
        XCTAssertTrue(cc.contains("recteur-d-academie cc"), "\(cc)")
    }

    func testCapitalAfterABlankLineStillEndsTheTitle() {
        let a = addressees("Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nLa présente instruction précise les modalités des contrôles.\n")
        XCTAssertEqual(a, ["prefet-de-departement to"])
    }

    // MARK: a plural complement without its article

    func testPluralComplementWithoutArticleIsDistributed() {
        let a = addressees("La garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les procureurs généraux\nPour attribution\n\nMesdames et Messieurs les présidents de tribunaux de grande instance\nPour information\n\nObjet : audiences.\n\nJe vous demande de veiller à la tenue des audiences.\n")
        XCTAssertTrue(a.contains("president-du-tribunal-de-grande-instance cc"), "\(a)")
        XCTAssertTrue(a.contains("procureur-general to"), "\(a)")
    }

    // MARK: the NOR glued to its label; the national services' directors

    func testNORGluedToItsLabelIsTheDocumentsOwn() {
        let own = extract("Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de département\n\nCirculaire n° NORINTV2104567C\n\nObjet : accueil des demandeurs.\n\nJe vous demande de veiller à l'accueil des demandeurs.\n")
        XCTAssertEqual(own.metadata.nor, "INTV2104567C")
        // A cited one, after a determiner or before its date, is another text's.
        let cited = extract("Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de département\n\nObjet : accueil des demandeurs.\n\nLa présente circulaire abroge la circulaire n° NORINTV2004567C du 3 mars 2020.\n")
        XCTAssertNotEqual(cited.metadata.nor, "INTV2004567C")
    }

    func testDirectorsOfNationalDirectoratesAndServices() {
        let a = addressees("Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de région\nMesdames et Messieurs les directeurs des directions et services à compétence nationale\n\nObjet : astreintes.\n\nJe vous demande de me rendre compte.\n")
        XCTAssertTrue(a.contains("directeur-de-service-a-competence-nationale to"), "\(a)")
        XCTAssertTrue(a.contains("prefet-de-region to"), "\(a)")
    }

    // MARK: the dépêche-circulaire

    func testDispatchCircularIsCitedAsACircular() {
        // (Dated: the first sentence of an undated text may be its own title.)
        let doc = extract("Paris, le 4 octobre 2022\n\n" + letterhead + "Je vous rappelle que la dépêche-circulaire du 8 juin 2021 relative aux saisies demeure applicable.\n")
        XCTAssertTrue(doc.references.map(\.id).contains("circulaire:2021-06-08"), "\(doc.references.map(\.id))")
    }
}
