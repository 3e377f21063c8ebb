import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests for what préfecture notices and arrêtés state in their own voice: a ban with an
/// incise before its adjective, a duty or an advice in the future or the passive, the items of
/// a ban whose verb opens the sentence before its period, a second request joined by its own
/// "et", the season a ban holds in (no yearly deadline), and an act's authority run on into its
/// titles of honour. Each with a counter-example.
final class PrefectureNoticeTests: XCTestCase, ObligationRuleTesting {
    var snippetKind: DocumentKind { .communique }

    /// "est quant à elle interdite", "sont de ce fait interdits": up to three words between
    /// the copula and the ban's adjective.
    func testAnInciseBetweenCopulaAndBanStillBans() {
        for s in ["L'irrigation des cultures est quant à elle interdite dans tout le département.",
                  "Les feux de camp sont de ce fait interdits sur les plages."] {
            XCTAssertEqual(obligations(s + "\n").map(\.modality), [.prohibition], s)
        }
        // Counter-example: in a relative clause the ban describes the noun.
        XCTAssertEqual(obligations("Les chemins qui sont quant à eux interdits aux véhicules restent ouverts aux piétons.\n").map(\.modality), [])
    }

    /// "sera obligatoire" (a measure announced for the reopening) is a duty as "est
    /// obligatoire" is; "est fortement conseillé" an advice as "il est recommandé de" is.
    func testAFutureDutyAndAPassiveAdvice() {
        XCTAssertEqual(obligations("Le port du masque sera obligatoire pour accéder aux guichets.\n").map(\.modality), [.obligation])
        XCTAssertEqual(obligations("Le débroussaillement est fortement conseillé autour des habitations.\n").map(\.modality), [.recommendation])
        XCTAssertEqual(obligations("Le port d'un gilet réfléchissant est recommandé la nuit.\n").map(\.modality), [.recommendation])
        // Counter-examples: the advice told of a noun in a relative clause is none; a passive
        // with its agent tells who recommends, not what this text advises.
        XCTAssertEqual(obligations("Le formulaire qui est recommandé par le ministère figure en annexe.\n").count, 0)
        XCTAssertEqual(obligations("La mise en demeure est recommandée par ma circulaire du 30 décembre dans ce cas.\n").count, 0)
    }

    /// "de respecter la date et l'heure de leur rendez-vous et de venir avec …": the second
    /// request opens on its own "et"; the first keeps the nouns its "et" joins.
    func testASecondRequestStartsAtItsOwnEt() {
        let s = "Il est demandé aux usagers de respecter la date et l'heure de leur rendez-vous et de venir avec leur propre stylo.\n"
        let o = obligations(s, kind: .article)
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertTrue(o.first?.text.contains("la date et l'heure de leur rendez-vous") == true, "\(o.map(\.text))")
        XCTAssertTrue(o.last?.text.hasPrefix("et de venir") == true, "\(o.map(\.text))")
        // Counter-example: nouns joined by "et" make no second request.
        let one = obligations("Il est demandé aux usagers de respecter la date et l'heure de leur rendez-vous.\n", kind: .article)
        XCTAssertEqual(one.count, 1, "\(one.map(\.text))")
        XCTAssertTrue(one.first?.text.contains("l'heure") == true)
    }

    /// "Ainsi, sont interdits dans tout le département du samedi … à 18h00, jusqu'au lundi …
    /// à 6h00 : - A ; - B.": the ban's place and period stand before its colon, and each item
    /// is a ban of its own.
    func testTheItemsOfABanWithItsPeriodBeforeTheColon() {
        let s = "Ainsi, sont interdites dans tout le département à compter du samedi 12 juillet 2025 à 18h00, jusqu'au lundi 14 juillet 2025 à 6h00 :\n"
            + "- la vente d'alcool à emporter ;\n- l'usage de pétards sur la voie publique.\n"
        let o = obligations(s)
        XCTAssertEqual(o.map(\.modality), [.prohibition, .prohibition], "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "la vente d'alcool à emporter"))
        XCTAssertNotNil(find(o, "l'usage de pétards sur la voie publique"))
        // Counter-example: a ban stated with its subject explains itself below; its items are
        // not bans of their own.
        let stated = "La vente d'alcool est interdite dans tout le département à compter du samedi 12 juillet 2025 à 18h00, jusqu'au lundi 14 juillet 2025 à 6h00 :\n"
            + "- les débits de boissons fermeront à 20 heures ;\n- les contrôles seront renforcés.\n"
        XCTAssertEqual(obligations(stated).filter { $0.modality == .prohibition }.count, 1)
    }

    /// "pour la période du 1er mai au 30 septembre de chaque année, il est interdit …": the
    /// season a ban holds in is no yearly duty.
    func testTheSeasonOfABanIsNoYearlyDeadline() {
        let values = { (s: String) in DeadlineHarness.values(DeadlineHarness.run(s, date: "2024-04-10", kind: .communique)) }
        XCTAssertEqual(values("Pour la période du 1er mai au 30 septembre de chaque année, il est interdit d'allumer du feu à moins de 200 mètres des bois.\n"), [])
        XCTAssertEqual(values("Entre le 15 juin et le 15 septembre de chaque année, l'écobuage est interdit.\n"), [])
        // Counter-example: one date of each year is a yearly deadline.
        XCTAssertEqual(values("Vous transmettrez avant le 15 mars de chaque année le bilan des dérogations accordées.\n"), ["R/P1Y"])
    }

    /// "… dans le département de l'Allier La préfète de l'Allier Officier de la légion
    /// d'honneur … / Vu le code …": the act's authority, its title and honours run together.
    func testAnAuthorityRunOnIntoItsHonoursEmitsTheAct() {
        let act = """
        ARRÊTÉ

        portant procédures d'alerte en cas d'épisode de pollution dans le département de la Creuse La préfète de la Creuse Officier de la légion d'honneur Chevalier de l'ordre national du mérite

        Vu le code de l'environnement ;

        Vu le code de la sécurité intérieure, notamment son article R. 122-4 ;
        """
        XCTAssertEqual(OCRHarness.extract(act).metadata.emitter, "prefet-de-la-creuse")
        // Counter-example: with no title of honour after it, the office in a title's prose
        // emits nothing.
        let prose = act.replacingOccurrences(of: " Officier de la légion d'honneur Chevalier de l'ordre national du mérite", with: " après avis de la commission")
        XCTAssertNotEqual(OCRHarness.extract(prose).metadata.emitter, "prefet-de-la-creuse")
    }
}
