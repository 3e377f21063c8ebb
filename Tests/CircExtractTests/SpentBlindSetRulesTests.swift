import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests for classes seen on real pages of earlier blind and held-out sets once they
/// were spent: a "- POUR INFORMATION -" tag set off by dashes at the end of one title's line,
/// a reminder the emitter wishes or insists on making ("Je souhaite vous rappeler…"), the
/// future permission of an office the lexicons have no title for ("pourront être signées par
/// le secrétaire général"), the future of care ("vous serez attentifs à"), and a ban's
/// "jusqu'au" date far from its verb in a press item. Each on sentences written for the rule,
/// with the counter-example it could overreach into.
final class SpentBlindSetRulesTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    static func circular(_ block: String) -> String {
        "LE MINISTRE DE L'INTÉRIEUR\n\nÀ\n\n\(block)\n\nOBJET : entrée et séjour des étrangers.\n\nJe vous demande de veiller à l'application de ces règles.\n"
    }

    /// A tag set off by dashes at the end of the last title's line qualifies that line: the
    /// titles above it stay for attribution.
    func testADashedTagAtALinesEndTagsThatLineOnly() {
        let text = Self.circular("MESDAMES ET MESSIEURS LES PRÉFETS\n\nMONSIEUR LE PRÉFET DE POLICE\n\nMONSIEUR LE DIRECTEUR GÉNÉRAL DE LA POLICE NATIONALE - POUR INFORMATION -")
        XCTAssertEqual(addressees(text), ["prefet-de-departement to", "prefet-de-police to", "directeur-general-de-la-police-nationale cc"])
        let dash = Self.circular("Mesdames et Messieurs les préfets\nMonsieur le préfet de police\nMonsieur le directeur général de la police nationale – pour information")
        XCTAssertEqual(addressees(dash), ["prefet-de-departement to", "prefet-de-police to", "directeur-general-de-la-police-nationale cc"])
    }

    /// Counter-examples: a bare tag at the line's end, and a tag on a line of its own, still
    /// tag every title since the last tag (the layout of a list tagged after its titles).
    func testABareOrOwnLineTagStillTagsTheListAboveIt() {
        let bare = Self.circular("Mesdames et Messieurs les préfets de département\nMonsieur le préfet de police Pour information")
        XCTAssertEqual(addressees(bare), ["prefet-de-departement cc", "prefet-de-police cc"])
        let own = Self.circular("Mesdames et Messieurs les préfets de département\nMonsieur le préfet de police\nPour information")
        XCTAssertEqual(addressees(own), ["prefet-de-departement cc", "prefet-de-police cc"])
    }

    /// "Je souhaite vous rappeler", "je tiens à vous rappeler": a reminder, as "je vous
    /// rappelle" is, whatever is recalled.
    func testAReminderTheEmitterWishesToMakeIsAReminder() {
        for s in ["Je souhaite donc vous rappeler les principes qui régissent la délivrance des visas.",
                  "Je tiens à vous rappeler l'importance que j'attache à la qualité de l'accueil.",
                  "Je voudrais vous rappeler que la commission doit être saisie dans tous les cas."] {
            let os = obligations(s + "\n")
            XCTAssertEqual(os.map(\.modality), [.reminder], s)
            XCTAssertEqual(os.first?.actor, "addressees", s)
        }
        // Counter-examples: a wish about others' memory recalls nothing to the addressees;
        // recalling that tools are available informs, it recalls no rule (as the 2024 seed's
        // gold reads "je souhaite également vous rappeler la disponibilité de certains outils").
        XCTAssertEqual(obligations("Je souhaite que les usagers se rappellent de leurs rendez-vous.\n").filter { $0.modality == .reminder }.count, 0)
        XCTAssertEqual(obligations("Je souhaite également vous rappeler la disponibilité de plusieurs applications.\n").count, 0)
        XCTAssertEqual(obligations("Je vous rappelle l'existence d'un guide pratique.\n").count, 0)
    }

    /// "Les autres circulaires pourront être signées par le secrétaire général": the future
    /// grants the office a permission, actor unnamed.
    func testTheFuturePermissionOfAnOfficeWithoutTitle() {
        for s in ["Les autres circulaires pourront être signées par le secrétaire général.",
                  "Les décisions de moindre portée pourront être prises par les chefs de bureau."] {
            let os = obligations(s + "\n")
            XCTAssertEqual(os.map(\.modality), [.permission], s)
            XCTAssertNil(os.first?.actor, s)
        }
    }

    /// Counter-examples: the present describes the law; a means after "par" names no office;
    /// a press item reports what others allow.
    func testThePresentOrAMeansOrAPressItemGrantsNothing() {
        XCTAssertEqual(obligations("Les autres circulaires peuvent être signées par le secrétaire général.\n").count, 0)
        XCTAssertEqual(obligations("Les demandes pourront être transmises par voie électronique.\n").filter { $0.actor == nil }.count, 0)
        XCTAssertEqual(obligations("Les autres circulaires pourront être signées par le secrétaire général.\n", kind: .article).count, 0)
    }

    /// "Un arrêté interdisant … [a long list of objects], a été pris ce jour jusqu'au …": the
    /// ban's end, however long the list of what it bans, is no deadline; a duty's date after
    /// it in another clause still is.
    func testABansEndFarFromItsVerbIsNoDeadline() {
        let ban = "Un arrêté préfectoral interdisant la vente, l'achat, le transport, la détention et l'usage de pétards, de feux d'artifice et d'articles pyrotechniques sur la voie publique, d'artifices et d'hydrocarbure au détail, d'acides, de produits inflammables, chimiques ou explosifs, d'armes ou d'objets pouvant constituer une arme par destination, a été pris ce jour jusqu'au lundi 3 juillet 2023.\n"
        XCTAssertEqual(DeadlineHarness.values(DeadlineHarness.run(ban, date: "2023-06-30", kind: .article)), [])
        let duty = "Un arrêté interdisant la vente de pétards a été pris ; les maires ont jusqu'au lundi 3 juillet 2023 pour transmettre leurs observations.\n"
        XCTAssertEqual(DeadlineHarness.values(DeadlineHarness.run(duty, date: "2023-06-30", kind: .article)), ["2023-07-03"])
    }

    /// "Vous serez particulièrement attentifs à ce que…", "vous serez vigilants sur…": the
    /// instruction future of care is a duty of the addressees.
    func testTheFutureOfCareIsADuty() {
        for s in ["Vous serez particulièrement attentifs à ce que chaque demande reçoive une réponse.",
                  "Vous resterez vigilants sur la qualité des procédures."] {
            let os = obligations(s + "\n")
            XCTAssertEqual(os.map(\.modality), [.obligation], s)
            XCTAssertEqual(os.first?.actor, "addressees", s)
        }
        // Counter-example: "vous serez" with a participle is a passive, no duty.
        XCTAssertEqual(obligations("Vous serez informés de la suite donnée à ces demandes.\n").count, 0)
    }
}
