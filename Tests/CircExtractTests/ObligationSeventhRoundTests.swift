import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Seventh round: a second infinitive under one invitation, a pronoun's permission, a
/// passive met "par" a means, the recipients a press item's "leur" stands for. Sentences
/// written for each rule, with the counter-example it could overreach into.
final class ObligationSeventhRoundTests: XCTestCase, ObligationRuleTesting {
    // MARK: "sont invités à X et à Y"

    func testPressItemSecondInfinitiveUnderOneInvitationIsASecondDirective() {
        let o = obligations("Les maires sont invités à ouvrir des salles chauffées dans leur commune et à contacter les personnes isolées inscrites sur le registre communal.", kind: .communique)
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "et à contacter les personnes isolées")?.actor, "maire")
        XCTAssertFalse(find(o, "ouvrir des salles")?.text.contains("contacter") ?? true)
    }

    func testCircularSecondInfinitiveAfterACommaIsASecondDirective() {
        let o = obligations("Le procureur de la République est avisé sans délai de tout incident. Il lui appartient d'apprécier les suites à donner, et de veiller à l'information de la victime.")
        let second = find(o, "et de veiller à l'information de la victime")
        XCTAssertEqual(second?.modality, .obligation)
        XCTAssertFalse(find(o, "apprécier les suites")?.text.contains("victime") ?? true)
    }

    func testCircularStepsWithoutACommaAndNounComplementsStayOneDirective() {
        // A circular's "de X et de Y" is one directive of two steps (as the real annotations read it).
        let steps = obligations("En outre, il vous appartient d'utiliser tous les moyens de droit à votre disposition et d'aller au bout de tout ce que vous pourrez faire.")
        XCTAssertEqual(steps.count, 1, "\(steps.map(\.text))")
        // Nouns after "et à" are complements, not a second command, even in a press item.
        let nouns = obligations("Les maires sont invités à veiller à la sécurité et à la salubrité des lieux d'hébergement.", kind: .communique)
        XCTAssertEqual(nouns.count, 1, "\(nouns.map(\.text))")
        // A preposition other than the marker's ("à … et de") stays in the first directive.
        let other = obligations("Les maires sont invités à prendre les mesures permettant de prévenir les incidents et de rassurer les habitants.", kind: .communique)
        XCTAssertEqual(other.count, 1, "\(other.map(\.text))")
    }

    // MARK: "Ils pourront s'appuyer sur …"

    func testPronounPermissionAfterANamedRoleIsThatRoles() {
        let o = obligations("Les sous-préfets d'arrondissement réuniront chaque trimestre les services concernés. Ils pourront s'appuyer sur les délégués du préfet dans les quartiers prioritaires.")
        let p = find(o, "Ils pourront s'appuyer")
        XCTAssertEqual(p?.modality, .permission)
        XCTAssertEqual(p?.actor, find(o, "Les sous-préfets d'arrondissement réuniront")?.actor)
        XCTAssertNotEqual(p?.actor, "addressees")
    }

    func testPronounPermissionWithoutAntecedentPassiveOrImpersonalIsNone() {
        let things = obligations("Les demandes sont instruites par la préfecture. Elles peuvent être consultées en ligne.")
        XCTAssertNil(things.first { $0.text.contains("consultées") }, "\(things.map(\.text))")
        let impersonal = obligations("Les procureurs de la République veilleront à la cohérence des poursuites. Il peut arriver que deux parquets soient saisis.")
        XCTAssertNil(impersonal.first { $0.text.contains("arriver") }, "\(impersonal.map(\.text))")
        let none = obligations("La situation a beaucoup évolué depuis 2015. Ils pourront s'appuyer sur ce bilan.")
        XCTAssertNil(none.first { $0.text.contains("appuyer") }, "\(none.map(\.text))")
    }

    // MARK: "devra être compensée par la suppression …"

    func testPassiveMetByAMeansStillInstructs() {
        let o = obligations("1. Toute nouvelle norme réglementaire devra être compensée par la suppression ou la simplification d'une norme existante.")
        let d = find(o, "devra être compensée par la suppression")
        XCTAssertEqual(d?.modality, .obligation)
        // The lexicon's own examples.
        XCTAssertNotNil(find(obligations("Chaque demande devra être accompagnée par la production d'un justificatif de domicile."), "accompagnée par la production"))
    }

    func testPassiveWithAnAgentRemainsTheLawSpeaking() {
        let o = obligations("Les observations de l'étranger doivent être prises en compte par le juge des libertés et de la détention.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    // MARK: "La chasse à l'arc est autorisée dans …"

    func testThingPermittedInAPlaceOrPeriodIsAPermission() {
        let o = obligations("Article 2 : La chasse à l'arc est autorisée dans les mêmes conditions que la chasse à tir.\n\nArticle 3 : Les chiens sont tolérés sur la plage nord avant 9 heures, tenus en laisse.", kind: .communique)
        XCTAssertEqual(find(o, "La chasse à l'arc est autorisée")?.modality, .permission)
        XCTAssertEqual(find(o, "Les chiens sont tolérés sur la plage")?.modality, .permission)
    }

    func testStatusOrLegalFrameIsNoPermission() {
        let o = obligations("Le séjour de l'intéressé est autorisé sur le territoire pour une durée d'un an. Ce traitement est autorisé dans le cadre de la loi du 6 janvier 1978.", kind: .communique)
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    // MARK: "reste interdit"

    /// A ban kept in force ("reste interdit", "demeurent interdits") is a ban; the imperfect
    /// of a press item ("restait interdit") reports a past state.
    func testABanKeptInForceIsAProhibition() {
        let o = obligations("Article 4 : L'accès aux massifs forestiers reste toutefois interdit jusqu'au 15 septembre.\n\nArticle 5 : Les feux de camp demeurent interdits sur l'ensemble du littoral.", kind: .communique)
        XCTAssertEqual(find(o, "reste toutefois interdit")?.modality, .prohibition)
        XCTAssertEqual(find(o, "demeurent interdits")?.modality, .prohibition)
        let past = obligations("Depuis le 3 août, l'accès aux massifs restait interdit, selon la préfecture.", kind: .article)
        XCTAssertTrue(past.isEmpty, "\(past.map(\.text))")
    }

    // MARK: "Elle leur demande …" after a list of recipients, after a meeting

    func testLeurAfterCoordinatedRecipientsIsTheListsHead() {
        let o = obligations("Dans un télégramme adressé mardi aux préfets de département et au préfet de police, la ministre de l'Intérieur fixe ses priorités pour les fêtes. Elle leur demande de renforcer la présence policière sur les marchés de Noël.", kind: .article)
        XCTAssertEqual(find(o, "Elle leur demande de renforcer")?.actor, "prefet-de-departement")
        // Two different roles: the nearer one, as before.
        let two = obligations("La préfète a adressé mardi aux sous-préfets et aux maires une note sur les expulsions. Elle leur demande de transmettre sous 48 heures toute demande d'évacuation.", kind: .article)
        XCTAssertEqual(find(two, "Elle leur demande de transmettre")?.actor, "maire")
    }

    func testLeurAfterAMeetingIsTheRolesGathered() {
        let o = obligations("Le ministre a réuni lundi l'ensemble des préfets de région place Beauvau. Il leur a demandé de préparer un plan de continuité pour les services publics.", kind: .article)
        XCTAssertEqual(find(o, "Il leur a demandé de préparer")?.actor, "prefet-de-region")
        // A single recipient stays the one named.
        let single = obligations("La ministre a écrit au préfet de police. Elle lui demande de renforcer les contrôles.", kind: .article)
        XCTAssertEqual(find(single, "Elle lui demande de renforcer")?.actor, "prefet-de-police")
    }
}

/// "Ce comité examinera …": the future of a body a circular sets to work.
final class ObligationBodyFutureTests: XCTestCase, ObligationRuleTesting {
    func testBodyFutureExamplesInstructTheBody() throws {
        let lex = try DeonticLexicon(store: TestLexicons.store)
        let examples = try XCTUnwrap(lex.file.bodyFuture?.examples)
        for ex in examples {
            let o = obligations(ex)
            XCTAssertEqual(o.count, 1, "\(ex) → \(o.map(\.text))")
            XCTAssertEqual(o.first?.modality, .obligation)
            XCTAssertNotEqual(o.first?.actor, "addressees", ex)
        }
    }

    func testBodyFutureCounterExamplesAndPressAreNone() throws {
        let lex = try DeonticLexicon(store: TestLexicons.store)
        for ex in try XCTUnwrap(lex.file.bodyFuture?.counterExamples) {
            XCTAssertTrue(obligations(ex).isEmpty, "\(ex) → \(obligations(ex).map(\.text))")
        }
        // A press item's body future reports what will happen.
        XCTAssertTrue(obligations("La commission consultative rendra son avis en juin.", kind: .article).isEmpty)
    }
}
