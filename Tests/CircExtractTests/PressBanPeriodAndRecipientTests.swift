import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Préfecture bans and ministerial instructions as press items report them: a ban stated with
/// a copula whose "jusqu'au" date says until when it holds (no deadline), "demande à ce que"
/// as a reported request, a second noun request after ", ainsi que", employers as the recipients of a recommendation ("recommande aux
/// employeurs de…", "il appartient à chaque employeur de…"), "avoir à disposition" (no duty),
/// a forecast of how long an event lasts ("doit durer jusqu'au week-end"), measures announced
/// as to be applied ("Les mesures à respecter sont les suivantes :") and a rule quoted as
/// speech that goes on ("…», poursuit le préfet"). Sentences
/// written for each rule, with the counter-example it could overreach into.
final class PressBanPeriodAndRecipientTests: XCTestCase, ObligationRuleTesting {
    var snippetKind: DocumentKind { .article }

    // MARK: a ban's period is no deadline

    func testCopulaBanUntilADateIsNoDeadline() {
        let ban = DeadlineHarness.run("La vente et l'usage des pétards sont interdits dans tout le département depuis le lundi 20 juillet à 8 heures et jusqu'au vendredi 24 juillet à 8 heures.", date: "2015-07-15", kind: .article)
        XCTAssertEqual(DeadlineHarness.values(ban), [])
        let closed = DeadlineHarness.run("Les débits de boissons sont fermés sur la commune à partir du 3 mars et jusqu'au 10 mars inclus.", date: "2015-02-19", kind: .article)
        XCTAssertEqual(DeadlineHarness.values(closed), [])
    }

    func testADutyBetweenBanAndDateKeepsTheDate() {
        let r = DeadlineHarness.run("Les rassemblements sont interdits aux abords des écoles et vous me rendrez compte des mesures prises jusqu'au 15 mars.")
        XCTAssertEqual(DeadlineHarness.values(r), ["2015-03-15"])
    }

    func testSentenceOpeningUntilEndsAStandingDuty() {
        let held = DeadlineHarness.run("Jusqu'au 16 mai, les volailles sont tenues de rester enfermées.", date: "2016-04-10", kind: .article)
        XCTAssertEqual(DeadlineHarness.values(held), [])
        let mask = DeadlineHarness.run("Jusqu'au 31 mai, le port du masque reste obligatoire dans les commerces.", date: "2016-04-10", kind: .article)
        XCTAssertEqual(DeadlineHarness.values(mask), [])
        // "Avant le" is by when: the duty's date.
        let before = DeadlineHarness.run("Avant le 15 juin, les propriétaires sont tenus de débroussailler autour des constructions.", date: "2016-04-10", kind: .article)
        XCTAssertEqual(DeadlineHarness.values(before), ["2016-06-15"])
    }

    // MARK: "demande à ce que"

    func testRequestAsAClauseAfterACeQue() {
        let o = obligations("Le ministre de l'Intérieur demande à ce que les préfets réunissent chaque mois les maires concernés.")
        let hit = find(o, "demande à ce que")
        XCTAssertEqual(hit?.modality, .obligation)
        XCTAssertEqual(hit?.actor, "prefet-de-departement")
        // A group with no authority makes a public demand.
        XCTAssertTrue(obligations("L'association demande à ce que les préfets réunissent chaque mois les maires concernés.").isEmpty)
    }

    // MARK: a second request after ", ainsi que"

    func testSecondNominalRequestAfterAinsiQue() {
        let o = obligations("Le ministre de l'Intérieur a écrit aux préfets. Il demande un contrôle strict des horaires de fermeture, ainsi qu'une lutte résolue contre les ventes illicites.")
        XCTAssertEqual(find(o, "ainsi qu'une lutte résolue")?.modality, .obligation)
        XCTAssertFalse(find(o, "contrôle strict")?.text.contains("ainsi") ?? true)
        // Without the comma, the nouns share one request; after an infinitive, no noun request.
        XCTAssertEqual(obligations("Le ministre de l'Intérieur demande aux préfets un renforcement des contrôles ainsi que des patrouilles.").count, 1)
        XCTAssertEqual(obligations("Le ministre de l'Intérieur demande aux préfets de renforcer les contrôles, ainsi que les patrouilles de nuit.").count, 1)
    }

    // MARK: employers as recipients

    func testRecommendationToEmployersNamesThem() {
        let o = obligations("Le ministère de la Santé recommande aux employeurs d'aménager les horaires des salariés exposés à la chaleur.")
        let hit = find(o, "recommande aux employeurs")
        XCTAssertEqual(hit?.modality, .recommendation)
        XCTAssertEqual(hit?.actor, "employeur")
        XCTAssertTrue(obligations("Le syndicat recommande aux employeurs d'aménager les horaires des salariés.").isEmpty)
    }

    func testDistributiveRecipientOfAnImpersonalDuty() {
        let o = obligations("Il appartient à chaque employeur d'évaluer chaque jour les risques encourus par les salariés.", kind: .communique)
        XCTAssertEqual(find(o, "appartient à chaque employeur")?.actor, "employeur")
        let all = obligations("Il appartient à tous les exploitants de tenir un registre des entrées.", kind: .communique)
        XCTAssertEqual(find(all, "appartient à tous les exploitants")?.actor, "exploitant")
    }

    // MARK: measures announced as to be applied

    func testMeasuresToRespectIntroduceTheirItems() {
        let o = obligations("Les mesures de prévention à respecter sont les suivantes :\n- claustration des volailles dans les basses-cours ;\n- interdiction de rassemblement de volailles ;\n- équipement obligatoire des véhicules de transport.", kind: .communique)
        XCTAssertEqual(find(o, "claustration des volailles")?.modality, .obligation)
        XCTAssertNil(find(o, "claustration des volailles")?.actor)
        // An item's own measure noun keeps its modality.
        XCTAssertEqual(find(o, "interdiction de rassemblement")?.modality, .prohibition)
        XCTAssertEqual(find(o, "équipement obligatoire")?.modality, .obligation)
        // Measures that end announce nothing to apply.
        XCTAssertTrue(obligations("Les mesures suivantes sont levées :\n- claustration des volailles dans les basses-cours ;\n- mise à l'abri des oiseaux captifs.", kind: .communique).isEmpty)
    }

    func testRuleQuotedAsSpeechGoesOnIsAPublicStatement() {
        let o = obligations("Le préfet de la Somme a réuni la presse ce lundi. « Les exploitants agricoles doivent tenir un registre des prélèvements », poursuit le préfet.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
        // A quotation over two sentences, closed before the verb of speech.
        let two = obligations("Le préfet de la Somme a réuni la presse. « La sécheresse s'aggrave dans tout le département. Les exploitants agricoles doivent réduire leurs prélèvements », poursuit le préfet.")
        XCTAssertFalse(two.contains { $0.text.contains("doivent réduire") }, "\(two.map(\.text))")
        // A quotation left open (a page quoting a whole text) stays the text's voice.
        let open = obligations("Le préfet a publié un communiqué. « La sécheresse s'aggrave dans tout le département. Les exploitants agricoles doivent réduire leurs prélèvements.")
        XCTAssertNotNil(find(open, "doivent réduire"))
        // Counter-example: what the speaker reports as asked of a role stays.
        let asked = obligations("« Je demande aux maires de relayer ces restrictions », poursuit le préfet.")
        XCTAssertEqual(find(asked, "Je demande aux maires")?.actor, "maire")
    }

    // MARK: what instructs nobody

    func testHavingAtDisposalIsNoDuty() {
        XCTAssertTrue(obligations("Dans les centres d'examen, les candidats ont à disposition de l'eau potable.", kind: .communique).isEmpty)
        // Counter-example: "ont à" + an infinitive is a duty.
        let duty = obligations("Les commissaires ont à s'assurer que les consignes sont respectées.", kind: .circulaire)
        XCTAssertEqual(find(duty, "ont à s'assurer")?.modality, .obligation)
    }

    func testForecastOfHowLongAnEventLastsIsNoDuty() {
        let o = obligations("Le ministre de l'Intérieur a écrit aux préfets. Une vague de chaleur précoce s'abat sur le pays et doit durer jusqu'au week-end.")
        XCTAssertFalse(o.contains { $0.text.contains("doit durer") }, "\(o.map(\.text))")
    }
}
