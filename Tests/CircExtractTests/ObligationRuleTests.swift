import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// The directive rules one by one, on sentences written for the purpose (the corpus-wide
/// figures are in GoldScoreTests).
final class ObligationRuleTests: XCTestCase {

    func obligations(_ body: String, header: String = "Le ministre de l'Intérieur\n\nà\n\nMesdames et Messieurs les préfets de département\n\n") -> [Obligation] {
        let doc = TestLexicons.pipeline.extract(SourceDocument(path: "test.txt", text: header + body, format: .text))
        return doc.obligations
    }

    /// "doit vous être signalé" speaks of the service named before it in the paragraph, and
    /// only a paragraph's last units are searched: a paragraph without end (a text with no
    /// blank line) cost a rescan of all of itself per directive.
    func testContextServiceIsLookedForInThePrecedingUnitsOnly() {
        let near = obligations("La DGEF suit ces dossiers. Toute difficulté doit vous être signalée sans délai.")
        XCTAssertEqual(near.last?.actor, "dgef")
        let far = obligations("La DGEF suit ces dossiers. " + String(repeating: "Le contexte évolue. ", count: 20)
                              + "Toute difficulté doit vous être signalée sans délai.")
        XCTAssertNotEqual(far.last?.actor, "dgef", "a service named twenty sentences earlier is not the context")
        let t0 = Date()
        let many = obligations("La DGEF suit ces dossiers. " + String(repeating: "Toute difficulté doit vous être signalée. ", count: 3_000))
        XCTAssertEqual(many.count, 3_000)
        XCTAssertLessThan(Date().timeIntervalSince(t0), 30, "3,000 directives in one paragraph")
    }

    func testInstructionFutureAndPerformative() {
        let o = obligations("Vous procéderez sans attendre au réexamen de ces dossiers. Je vous demande de me rendre compte des difficultés rencontrées.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["obligation", "obligation"])
        XCTAssertEqual(o.map(\.actor), ["addressees", "addressees"])
    }

    func testTwoDirectivesInOneSentenceAreSplitAtTheClause() {
        let o = obligations("Je vous demande de renseigner chaque mois le tableau joint que vous devez adresser à la direction générale des étrangers en France.")
        XCTAssertEqual(o.count, 2)
        XCTAssertTrue(o[1].text.hasPrefix("que vous devez"))
    }

    func testRelativeClauseAndConditionalModalsAreNotDirectives() {
        let o = obligations("Je vous confirme les axes qui doivent structurer votre action dans les mois qui viennent. Si la menace doit être actuelle, les juridictions apprécient les faits antérieurs au placement.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    func testLawDescriptionIsNotAnInstruction() {
        let o = obligations("L'article L. 114-10-2 du code de la sécurité sociale dispose que les organismes sont tenus de vérifier la régularité du séjour des assurés.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    func testNegationMakesAProhibitionExceptForLimits() {
        let o = obligations("Vous ne procéderez pas à la notification de ces décisions avant la fin de l'instruction. Votre activité ne doit pas se limiter aux flux de situations nouvelles du département.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["prohibition", "obligation"])
    }

    func testPermissionNeedsTheAddressees() {
        let o = obligations("Toutefois, elle peut être accordée alors que l'expulsion n'a pas été notifiée par les services. Ces groupes pourront se réunir avec votre soutien lorsque les familles le demandent.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["permission"])
        XCTAssertEqual(o.first?.condition, "lorsque les familles le demandent")
    }

    func testConditionIsKept() {
        let o = obligations("En cas de remise en liberté d'un étranger menaçant l'ordre public, je vous demande de faire appel de cette décision.")
        XCTAssertEqual(o.first?.condition, "En cas de remise en liberté d'un étranger menaçant l'ordre public")
    }

    func testNamedActors() {
        let o = obligations("J'ai demandé à la direction générale des étrangers en France de poursuivre le suivi mensuel de ces mesures. Les procureurs de la République veilleront à informer le préfet des libérations prévues.")
        XCTAssertEqual(o.map(\.actor), ["dgef", "procureur-de-la-republique"])
    }

    func testImperative() {
        let o = obligations("Saisissez cette occasion pour faire un point complet des mesures de prévention dans votre département. Veuillez agréer l'expression de ma considération distinguée.")
        XCTAssertEqual(o.count, 1)
        XCTAssertEqual(o.first?.modality, .obligation)
    }

    func testListIntroductionDistributesItsMarker() {
        let o = obligations("La décision qui constate le refus de séjour est le fait générateur de l'extinction des droits sociaux.\n\nDès lors, il convient de :\n\n- communiquer aux caisses les identités des personnes concernées par un refus de séjour ;\n- vérifier la situation des affiliés au regard du droit au séjour.")
        XCTAssertEqual(o.count, 2)
        XCTAssertEqual(o.map(\.modality.rawValue), ["recommendation", "recommendation"])
    }

    func testEmphasisAndSection() {
        let o = obligations("### 2 – Le suivi des assignations\n\n**Ces assignations à résidence doivent faire l'objet d'un suivi dynamique avec les forces de sécurité.** Le reste n'est qu'un rappel du contexte général des mesures.")
        XCTAssertEqual(o.count, 1)
        XCTAssertEqual(o.first?.emphasis, true)
        XCTAssertEqual(o.first?.section, "2")
    }

    func testPressItemsReportDirectivesWithTheReportedActor() {
        let text = "Paris, France | AFP | mardi 06/10/2020 - Le ministre a adressé un courrier aux préfets pour leur demander de renforcer les contrôles dans les gares.\n\nLe ministre incite les préfets à privilégier les contrôles conjoints avec la gendarmerie nationale."
        let doc = TestLexicons.pipeline.extract(SourceDocument(path: "wire.txt", text: text, format: .text))
        XCTAssertEqual(doc.metadata.kind, .depeche)
        XCTAssertEqual(doc.obligations.map(\.modality.rawValue), ["obligation", "recommendation"])
        XCTAssertEqual(Set(doc.obligations.compactMap(\.actor)), ["prefet-de-departement"])
        XCTAssertTrue(doc.obligations.allSatisfy(\.reported))
    }

    func testSpansQuoteTheSource() {
        let body = "**Je vous demande** de veiller à l’application de ces instructions<sup>1</sup>.\n\n<sup>1</sup> Voir l'article L. 612-6 du CESEDA."
        let header = "Le ministre de l'Intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\n"
        let doc = TestLexicons.pipeline.extract(SourceDocument(path: "t.txt", text: header + body, format: .text))
        let src = Array((header + body).unicodeScalars)
        for o in doc.obligations {
            XCTAssertEqual(String(String.UnicodeScalarView(src[o.span.range])), o.text)
        }
        XCTAssertEqual(doc.obligations.first?.footnotes, ["1"])
        XCTAssertEqual(doc.obligations.first?.references, ["CESEDA:L612-6"])
    }
}
