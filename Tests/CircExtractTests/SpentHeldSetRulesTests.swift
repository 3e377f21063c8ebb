import CircContract
@testable import CircExtract
import XCTest

/// Rule tests for classes seen on the held-out pages of earlier probe rounds once they were
/// spent: a list headed or announced by a measure noun ("Les restrictions suivantes sont à
/// appliquer :"), a subject restricted by "seuls" ("Seuls les potagers peuvent être
/// arrosés"), a duty modal that only qualifies a thing in law ("doivent être considérés
/// comme"), a ban on what is otherwise something a person asks for ("interdire l'emploi du
/// feu"), a second request quoted on its own ('et « d'anticiper »'), and the text a press
/// item reports urging its readers ("L'instruction encourage « à user … »"). Each on
/// sentences written for the rule, with the counter-example it could overreach into.
final class SpentHeldSetRulesTests: XCTestCase, ObligationRuleTesting {
    /// A sentence announcing restrictions, or a heading naming bans, introduces its bulleted
    /// items as bans in the text's own voice, actor null.
    func testAListAnnouncedOrHeadedByAMeasureNounIsOfItsModality() {
        let announced = "L'arrêté préfectoral limite l'usage de l'eau jusqu'au 31 août.\nEn résumé, les restrictions suivantes sont à appliquer :\n– lavage des bateaux hors des ports,\n– remplissage des bassins d'agrément,\n– arrosage des terrains de sport de 10h à 19h,\n"
        let os = obligations(announced, kind: .article)
        XCTAssertEqual(os.count, 3, "\(os.map(\.text))")
        XCTAssertEqual(Set(os.map(\.modality)), [.prohibition])
        XCTAssertEqual(Set(os.map { $0.actor ?? "null" }), ["null"])
        XCTAssertNotNil(find(os, "remplissage des bassins"))
        let headed = "Des mesures sont prises dès ce jour.\n\nInterdictions :\n\n- Lavage des terrasses ;\n\n- Vidange des bassins.\n"
        XCTAssertEqual(obligations(headed, kind: .article).map(\.modality), [.prohibition, .prohibition])
    }

    /// Counter-examples: measures that end, a noun not announcing the list, and a noun in a
    /// longer sentence introduce no bans.
    func testMeasuresLiftedOrNotAnnouncedIntroduceNothing() {
        let lifted = "Les pluies sont revenues.\nLes restrictions suivantes sont levées :\n– lavage des bateaux,\n– remplissage des bassins,\n"
        XCTAssertEqual(obligations(lifted, kind: .article).count, 0)
        let told = "Des mesures de restriction sont mises en place :\n– un comité de suivi se réunit chaque semaine,\n– une cellule d'information répond au public,\n"
        XCTAssertEqual(obligations(told, kind: .article).count, 0)
    }

    /// "Seuls les … peuvent", "Seules les … pourront": a permission for those named and no
    /// one else, in the text's voice, actor null.
    func testARestrictedSubjectStatesAPermission() {
        for s in ["Seules les haies des jardins familiaux peuvent être taillées le dimanche.",
                  "Seuls les véhicules de secours pourront circuler sur la digue."] {
            let os = obligations(s + "\n", kind: .article)
            XCTAssertEqual(os.map(\.modality), [.permission], s)
            XCTAssertNil(os.first?.actor, s)
        }
        // Counter-example: "seule" before an indefinite names who decides, no rule for anyone.
        XCTAssertEqual(obligations("Seule une décision du tribunal peut mettre fin à cette situation.\n", kind: .article).count, 0)
    }

    /// A duty modal before "être considéré comme" qualifies a thing in law: no duty.
    func testAModalThatQualifiesAThingInLawIsNoDuty() {
        for s in ["Les tontes de pelouse doivent en effet être considérées comme des déchets ménagers.",
                  "Le silence gardé sur la demande doit être regardé comme valant rejet."] {
            XCTAssertEqual(obligations(s + "\n", kind: .article).count, 0, s)
        }
        // Counter-example: the same participle without "comme" is an act asked of someone.
        let os = obligations("Les demandes des familles doivent être considérées avec bienveillance par vos services.\n")
        XCTAssertEqual(os.map(\.modality), [.obligation])
    }

    /// "doit prochainement rendre son avis": a modal right before an adverb of the near
    /// future foretells an event; "ne saurait être exhaustive" states a property.
    func testAForetoldEventOrAPropertyIsNoDirective() {
        for s in ["La cour administrative d'appel doit prochainement statuer sur ce recours.",
                  "Cette énumération ne saurait être exhaustive."] {
            XCTAssertEqual(obligations(s + "\n", kind: .article).count, 0, s)
        }
        // Counter-examples: the same modal bound to a time limit, and a forbidden toleration.
        XCTAssertEqual(obligations("Le préfet doit statuer sur ce recours dans un délai de deux mois.\n").map(\.modality), [.obligation])
        XCTAssertEqual(obligations("Une telle pratique ne saurait être tolérée.\n").map(\.modality), [.prohibition])
    }

    /// A reported ban whose object is a word that a person may ask for elsewhere ("un
    /// emploi") is the authority's measure.
    func testAReportedBanOnAnOtherwiseAskedForObjectCounts() {
        let os = obligations("Le préfet a décidé d'interdire l'emploi des barbecues dans les massifs forestiers.\n", kind: .article)
        XCTAssertEqual(os.map(\.modality), [.prohibition])
        // Counter-example: asking for a job is no request of an authority.
        XCTAssertEqual(obligations("Le jeune homme a demandé un emploi au maire de la commune.\n", kind: .article).count, 0)
    }

    /// 'a demandé aux préfets « … » et « d'anticiper … »': the second request, quoted on its
    /// own, counts as a second directive.
    func testASecondRequestQuotedOnItsOwnCounts() {
        let os = obligations("Le ministre a demandé aux préfets « une présence renforcée sur la voie publique » et « d'associer les maires à chaque décision ».\n", kind: .article)
        XCTAssertEqual(os.count, 2, "\(os.map(\.text))")
        XCTAssertNotNil(find(os, "d'associer les maires"))
        // Counter-example: a quoted noun after "et" is the first request's second object.
        let one = obligations("Le ministre a demandé aux préfets « une présence renforcée » et « une vigilance accrue ».\n", kind: .article)
        XCTAssertEqual(one.count, 1, "\(one.map(\.text))")
    }

    /// "demande d'interdire …, de prendre … et de renouveler …": every request of the
    /// series is a directive.
    func testEveryRequestOfAReportedSeriesCounts() {
        let os = obligations("Le ministre demande aussi d'interdire les cortèges nocturnes, de prendre « toutes les dispositions utiles » et de renforcer les patrouilles aux abords des gares.\n", kind: .article)
        XCTAssertEqual(os.count, 3, "\(os.map(\.text))")
        XCTAssertNotNil(find(os, "de renforcer les patrouilles"))
    }

    /// "Le ministre donne aussi pour consigne « qu'il soit … »", "donne instruction aux
    /// forces de … de": the present of a reported instruction.
    func testAnInstructionGivenInThePresentIsReported() {
        let os = obligations("Le ministre donne également pour consigne « qu'il soit procédé à un contrôle systématique des sacs ».\n", kind: .article)
        XCTAssertEqual(os.map(\.modality), [.obligation])
        XCTAssertEqual(obligations("Le préfet donne instruction aux forces de l'ordre de disperser tout attroupement.\n", kind: .article).map(\.modality), [.obligation])
        // Counter-example: a text that gives instructions on a topic reports no directive.
        XCTAssertEqual(obligations("Cette note donne des instructions sur la conduite des opérations.\n", kind: .article).count, 0)
    }

    /// "L'instruction encourage « à … »": the reported text urges its readers, a
    /// recommendation.
    func testTheReportedTextUrgingItsReadersIsARecommendation() {
        let os = obligations("Dans son dernier paragraphe, l'instruction encourage « à multiplier les contrôles en gare ».\n", kind: .article)
        XCTAssertEqual(os.map(\.modality), [.recommendation])
        // Counter-example: a text encouraging nobody to act ("encourage le dialogue") has no "à".
        XCTAssertEqual(obligations("Cette instruction encourage le dialogue entre les services.\n", kind: .article).count, 0)
    }
}
