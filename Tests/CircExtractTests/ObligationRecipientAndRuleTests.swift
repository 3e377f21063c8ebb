import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Classes of directive left by the first obligation round: a negated act after a duty whose
/// recipient's title holds a "de", or in its "que" clause; a distributive rule in the present
/// with a period after its object; a permission in the passive the text grants, apart from
/// where the reader may look something up; a list of "de + infinitive" items on one line; a
/// body the lexicons do not know as the subject of a modal.
final class ObligationRecipientAndRuleTests: XCTestCase, ObligationRuleTesting {
    struct PresentFile: Decodable {
        struct P: Decodable {
            let trailingPeriodExamples, trailingPeriodCounterExamples, readerPlaceCounterExamples: [String]
        }
        let presentRules: P
    }

    func presentRules() throws -> PresentFile.P {
        try TestLexicons.store.load("deontic-markers.json", as: PresentFile.self).presentRules
    }

    // MARK: negated acts

    func testANegatedInfinitiveAfterANamedRecipientIsAProhibition() {
        let o = obligations("Il appartient aux procureurs de la République de ne requérir aucune mesure de garde à vue.\n\nIl appartient aux procureurs de la République de veiller à la bonne information des victimes.\n")
        XCTAssertEqual(find(o, "de ne requérir aucune")?.modality, .prohibition)
        XCTAssertEqual(find(o, "de ne requérir aucune")?.actor, "procureur-de-la-republique")
        // Counter-example: the recipient's act is not negated.
        XCTAssertEqual(find(o, "de veiller à la bonne information")?.modality, .obligation)
    }

    func testANegatedQueClauseOfADutyIsAProhibition() {
        let o = obligations("Vous veillerez à ce que vos services n'engagent aucune procédure de retrait sans examen.\n\nVous veillerez à ce que vos services ne délivrent que des récépissés de trois mois.\n\nVous veillerez à ce que vos services engagent les procédures sans délai.\n")
        XCTAssertEqual(find(o, "n'engagent aucune")?.modality, .prohibition)
        // "ne … que" restricts; an affirmative clause asks.
        XCTAssertEqual(find(o, "ne délivrent que")?.modality, .obligation)
        XCTAssertEqual(find(o, "engagent les procédures")?.modality, .obligation)
    }

    // MARK: distributive rules in the present

    func testADistributiveRuleWithATrailingPeriodIsAnObligationOfItsRole() throws {
        let p = try presentRules()
        for ex in p.trailingPeriodExamples {
            let o = obligations(ex)
            XCTAssertEqual(o.count, 1, ex)
            XCTAssertEqual(o.first?.modality, .obligation, ex)
            XCTAssertEqual(o.first?.actor, "prefet-de-departement", ex)
        }
        for ex in p.trailingPeriodCounterExamples { XCTAssertTrue(obligations(ex).isEmpty, "\(ex): \(obligations(ex).map(\.text))") }
    }

    // MARK: permissions in the passive

    func testAPassivePermissionIsGrantedToNobodyButAPlaceToLookIsNot() throws {
        let o = obligations("Les conditions matérielles d'accueil peuvent être retirées lorsque le demandeur quitte son hébergement.")
        XCTAssertEqual(o.first?.modality, .permission)
        XCTAssertNil(o.first?.actor)
        for ex in try presentRules().readerPlaceCounterExamples {
            XCTAssertTrue(obligations(ex).isEmpty, "\(ex): \(obligations(ex).map(\.text))")
        }
    }

    // MARK: bodies as subjects

    func testABodyTheLexiconsDoNotKnowActsItself() {
        XCTAssertNil(obligations("Les commissions départementales de vidéoprotection devront se réunir avant le 30 juin.").first?.actor)
        // A passive is the addressees' to perform; a known role is its own.
        XCTAssertEqual(obligations("Les commissions administratives doivent être constituées avant le 1er janvier.").first?.actor, "addressees")
        XCTAssertEqual(obligations("Les préfets de département devront se réunir avant le 30 juin.").first?.actor, "prefet-de-departement")
    }
}
