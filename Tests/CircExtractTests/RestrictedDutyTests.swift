import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests for duties that forbid without a "pas": an act restricted to a condition
/// ("vous n'y procéderez que dans le cas où…", "ne devront être accomplis que lorsque…"), a
/// duty to refrain ("devront s'abstenir"); the impersonal "il y sera procédé"; and "il appartient
/// au …" whose role runs into an apposition between commas. Each with a counter-example.
final class RestrictedDutyTests: XCTestCase, ObligationRuleTesting {
    /// "ne … que" + a condition: forbidden outside the condition.
    func testActRestrictedToAConditionIsAProhibition() {
        for sentence in ["Vous n'y procéderez que dans le cas où la mesure pourra s'accomplir sans résistance.",
                         "Ces contrôles ne devront être effectués que lorsque vous aurez informé le maire."] {
            XCTAssertEqual(obligations(sentence + "\n").map(\.modality), [.prohibition], sentence)
        }
        // Counter-example: "ne … que" restricting an object, not to a condition, stays a duty.
        XCTAssertEqual(obligations("Vous ne retiendrez que les dossiers complets.\n").map(\.modality), [.obligation])
    }

    /// "devront s'abstenir de…": a duty not to act.
    func testDutyToRefrainIsAProhibition() {
        XCTAssertEqual(obligations("Vos agents devront s'abstenir de toute violence contre les personnes.\n").map(\.modality), [.prohibition])
        // Counter-example: another reflexive verb keeps its duty.
        XCTAssertEqual(obligations("Vos agents devront s'assurer du respect des consignes.\n").map(\.modality), [.obligation])
    }

    /// "Il y sera procédé à…": the impersonal future passive sets a duty.
    func testImpersonalProcedureWithYIsADuty() {
        XCTAssertEqual(obligations("Il y sera procédé à l'improviste partout où les notifications ont été faites.\n").map(\.modality), [.obligation])
    }

    /// "Il appartient au trésorier payeur général (TPG), représentant du service « France
    /// Domaine », de procéder…": an apposition between commas before the duty's infinitive.
    func testDutyOfARoleBeforeAnApposition() {
        let os = obligations("Il appartient au trésorier payeur général du département (TPG), représentant du service « France Domaine », de procéder à la location du droit de chasse.\n")
        XCTAssertEqual(os.map(\.actor), ["tresorier-payeur-general"])
        // Counter-example: the same role in a sentence that assigns nothing.
        XCTAssertEqual(obligations("Le trésorier payeur général du département (TPG), représentant du service « France Domaine », a signé le bail.\n").count, 0)
    }
}
