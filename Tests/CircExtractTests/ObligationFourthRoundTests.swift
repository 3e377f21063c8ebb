import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Fourth round: future passives that instruct without naming who acts, and a communiqué's
/// appeal to everyone — each rule on sentences written for it, with the counter-example where
/// it could overreach.
final class ObligationFourthRoundTests: XCTestCase, ObligationRuleTesting {
    // MARK: future passive of instruction

    func testAFuturePassiveOfADirectiveParticipleIsTheAddresseesObligation() {
        let o = obligations("""
        Pour les faits les plus graves, le défèrement sera privilégié. Un bilan trimestriel sera adressé à la direction. \
        Les mesures suivantes seront mises en œuvre avant le 1er mars. Les décisions de refus seront notifiées dans un délai de quinze jours.
        """)
        XCTAssertEqual(o.count, 4, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "défèrement sera privilégié")?.actor, "addressees")
        XCTAssertEqual(find(o, "seront mises en œuvre")?.modality, .obligation)
        XCTAssertEqual(find(o, "bilan trimestriel sera adressé")?.actor, "addressees")
    }

    func testAMannerAdverbMakesAnyFuturePassiveAnInstruction() {
        let o = obligations("La PJJ sera systématiquement saisie dès le premier acte de poursuite. Les réquisitions seront prioritairement orientées vers les centres éducatifs fermés.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "systématiquement saisie")?.actor, "addressees")
        // Without the adverb, a participle of no service's act announces.
        XCTAssertTrue(obligations("La campagne sera lancée le 3 mars.").isEmpty)
    }

    func testAMannerAdverbAfterTheParticipleOrdersItToo() {
        let o = obligations("Les dossiers signalés par les associations seront réexaminés prioritairement. Les pièces seront produites sans délai.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "réexaminés prioritairement")?.actor, "addressees")
        // A participle with no such adverb stays an announcement.
        XCTAssertTrue(obligations("Les statistiques seront publiées chaque trimestre sur le site du ministère.").isEmpty)
    }

    func testAnnouncementsAndWhatTheEmitterSendsAreNoInstruction() {
        for s in ["Une nouvelle circulaire sera publiée au second semestre.",
                  "Le dispositif sera présenté aux juridictions lors d'une réunion nationale.",
                  "Un guide méthodologique vous sera adressé dans les prochaines semaines.",
                  "Les procès-verbaux qui seront transmis au parquet sont archivés.",
                  "Lorsque la décision sera notifiée, l'étranger dispose d'un délai de recours.",
                  "La décision ne sera pas notifiée avant la fin de l'instruction."] {
            XCTAssertTrue(obligations(s).isEmpty, s)
        }
        // The emitter tells what it reports to the addressees: "me sera signalé" is theirs.
        XCTAssertEqual(obligations("Tout incident grave me sera immédiatement signalé.").first?.actor, "addressees")
    }

    func testAFuturePassiveWithAnAgentIsTheAgents() {
        let o = obligations("Un bilan sera transmis par les procureurs généraux avant le 30 juin.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.actor, "procureur-general")
    }

    func testAPressItemsFuturePassiveReportsWhatWillHappen() {
        XCTAssertTrue(obligations("Selon le ministère, le défèrement sera privilégié dans les prochains mois.", kind: .article).isEmpty)
    }

    // MARK: appeals to everyone

    func testAnAppealToEveryoneIsNoObligation() {
        let text = """
        Les maires sont invités à ouvrir des salles rafraîchies. Chacun est appelé à faire preuve de civisme. \
        Tous sont invités à prendre des nouvelles de leurs proches.
        """
        let o = obligations(text, kind: .communique)
        XCTAssertEqual(o.map(\.text).count, 1, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "Les maires sont invités")?.actor, "maire")
    }

    func testTheAddresseesOrANamedPublicInvitedStay() {
        XCTAssertEqual(obligations("Chacun d'entre vous est invité à rendre compte de ces opérations.").count, 1)
        XCTAssertEqual(obligations("Tous les préfets sont invités à renforcer les contrôles.").count, 1)
        XCTAssertEqual(obligations("Les usagers sont invités à limiter leurs déplacements aux heures les plus chaudes.", kind: .communique).count, 1)
    }
}
