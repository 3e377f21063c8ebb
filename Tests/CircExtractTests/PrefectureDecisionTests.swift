import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests for what préfecture notices and the press items that relay them say of an
/// authority's decisions: a ban decided ("le préfet a décidé d'interdire…", "vient
/// d'interdire…") is the ban itself; and in a circular's header, the date of a text it
/// abrogates or amends ("Cette instruction abroge : … du 11/07/1991") never dates the
/// circular. Each with a counter-example.
final class PrefectureDecisionTests: XCTestCase, ObligationRuleTesting {
    var snippetKind: DocumentKind { .article }

    /// "a décidé d'interdire", "vient d'interdire": the authority's ban, as the present
    /// "le préfet interdit" reports it.
    func testABanDecidedByAnAuthorityIsAProhibition() {
        let sentences = [
            "Face aux risques, le préfet Jean Martin a décidé d'interdire tout rassemblement festif du 12 au 14 juillet.",
            "La préfète vient d'interdire la vente d'alcool à emporter dans le centre-ville.",
            "Le préfet de police décide d'interdire la circulation des poids lourds ce week-end.",
        ]
        for s in sentences {
            XCTAssertEqual(obligations(s + "\n").map(\.modality), [.prohibition], s)
        }
    }

    /// Counter-examples: the noun "décision" before "d'interdire" is a noun's complement; a
    /// decision not to ban bans nothing; nobody's authority bans nothing.
    func testADecisionNounOrANegatedBanIsNoProhibition() {
        XCTAssertEqual(obligations("La décision d'interdire les rassemblements a été contestée devant le tribunal.\n").count, 0)
        XCTAssertEqual(obligations("Le préfet a décidé de ne pas interdire le défilé de samedi.\n").count, 0)
        XCTAssertEqual(obligations("Les riverains ont décidé d'interdire l'accès à leur cour.\n").count, 0)
    }

    /// "Pas d'alcool sur la voie publique" after a reported directive is a measure; "pas
    /// d'embouteillages en vue", "pas de blessé à déplorer" tell what is absent.
    func testAClauseTellingWhatIsAbsentIsNoMeasure() {
        let request = "Le ministre a demandé aux préfets de prendre toute décision utile. "
        XCTAssertEqual(obligations(request + "Dans le Sud-Ouest, pas d'embouteillages en vue.\n").map(\.modality), [.obligation])
        XCTAssertEqual(obligations(request + "Dans le Nord, pas de blessé à déplorer pour l'instant.\n").map(\.modality), [.obligation])
        // Counter-example: a ban listed after the directive, even with "en vue" inside it.
        XCTAssertEqual(obligations(request + "Pas d'alcool sur la voie publique, pas de feux en vue des plages.\n").map(\.modality),
                       [.obligation, .prohibition, .prohibition])
    }

    /// A reminder of a duty by two authorities in apposition, a secrétaire d'État the
    /// nearer to the verb: a reminder to the préfets, who are the item's addressees.
    func testTwoAuthoritiesInAppositionRecallADuty() {
        let two = "La ministre chargée des Collectivités, Marie Durand, et la secrétaire d'État chargée de la Ville, Anne Petit, "
            + "rappellent aux préfets que les écoles doivent être rénovées en priorité.\n"
        XCTAssertEqual(obligations(two).map(\.modality), [.reminder])
        XCTAssertEqual(OCRHarness.extract(two).addressees.map(\.id), ["prefet-de-departement"])
        XCTAssertEqual(obligations(two).first?.actor, "prefet-de-departement")
        // Counter-example: the same reminder told of nobody named recalls to no role.
        XCTAssertEqual(OCRHarness.extract("La secrétaire d'État rappelle que les écoles doivent être rénovées en priorité.\n").addressees.map(\.id), [])
    }

    /// "tenir compte du fait que … devront …": the modal in the noun's "que" clause is the
    /// directive's content, not a second directive.
    func testAModalInTheClauseOfLeFaitQueIsContent() {
        let os = obligations("Le ministre a écrit aux préfets. Ils devront tenir compte du fait que la moitié des crédits devront aller aux écoles.\n")
        XCTAssertEqual(os.count, 1, "\(os.map(\.text))")
        // Counter-example: a second duty joined by "et" stays a second directive.
        let two = obligations("Le ministre a écrit aux préfets. Ils devront réunir les maires et les dossiers devront être transmis avant le 1er mars.\n")
        XCTAssertEqual(two.count, 2, "\(two.map(\.text))")
    }

    /// "À la demande du ministre, …": who asked is no directive of its own. What the
    /// préfets will do at the minister's request is one directive; what a préfet did at it
    /// is news, none.
    func testAtTheMinistersRequestIsNoDirectiveOfItsOwn() {
        let will = obligations("À la demande du ministre de l'Intérieur, les préfets renforceront les contrôles aux abords des gares.\n")
        XCTAssertEqual(will.count, 1, "\(will.map(\.text))")
        XCTAssertTrue(will.first?.text.hasPrefix("À la demande") == true)
        XCTAssertEqual(obligations("À la demande du ministre de l'Intérieur, le préfet a renforcé les contrôles aux abords des gares.\n").count, 0)
    }

    /// A press item whose recipients only its reported requests name ("appelle à la
    /// mobilisation des préfets", "leur demande de") has them for addressees.
    func testThePressItemsRecipientsAreTheRolesItsRequestsAsk() {
        let item = "Le ministre de l'Intérieur appelle à la mobilisation des préfets contre les rodéos urbains. "
            + "Dans une circulaire diffusée lundi, il leur demande de multiplier les contrôles.\n"
        XCTAssertEqual(OCRHarness.extract(item).addressees.map(\.id), ["prefet-de-departement"])
        let pronoun = "Une circulaire a été adressée aux préfets. Le ministre leur a demandé de multiplier les contrôles.\n"
        XCTAssertEqual(OCRHarness.extract(pronoun).addressees.map(\.id), ["prefet-de-departement"])
        // Counter-examples: a duty stated of a role, a reminder to nobody, a request as a noun.
        for text in ["Les parquets devront requérir des peines fermes contre les auteurs de rodéos.\n",
                     "La ministre rappelle que la réponse judiciaire doit être rapide.\n",
                     "Sur demande du ministre, les préfets ont lancé un plan contre les rodéos.\n"] {
            XCTAssertEqual(OCRHarness.extract(text).addressees.map(\.id), [], text)
        }
    }

    /// "… seront interdits sur la voie publique": a ban announced in the future is a ban.
    func testABanInTheFutureIsAProhibition() {
        let os = obligations("Du vendredi 18 heures au lundi 8 heures, la vente d'alcool à emporter sera interdite dans le centre-ville.\n")
        XCTAssertEqual(os.map(\.modality), [.prohibition])
        // Counter-example: in a relative clause it describes the texts to come.
        XCTAssertEqual(obligations("Les manifestations qui seront interdites feront l'objet d'un arrêté publié en ligne.\n").count, 0)
    }

    /// "Cette instruction abroge : … du 11/07/1991": the abrogated text's date is not the
    /// instruction's, which stays undated when it prints no date of its own.
    func testTheDateOfAnAbrogatedTextDoesNotDateTheCircular() {
        let text = """
        NOR : AGRT1999999J
        Cette instruction abroge : DGAL/C95-1234 du 11/07/1995 : Contrôle des abattoirs.
        Objet : contrôle sanitaire des abattoirs de volailles.
        Destinataires d'exécution
        DRAAF
        Les services vérifient chaque établissement une fois par an.

        """
        XCTAssertNil(OCRHarness.extract(text).metadata.date)
        // Counter-example: a date of signature above it dates the text.
        let signed = "Paris, le 4 mars 2019\n" + text
        XCTAssertEqual(OCRHarness.extract(signed).metadata.date, "2019-03-04")
    }

    /// "Texte abrogé : Circulaire du 3 mars 2005": the same for the field's other label.
    func testATextAbrogatedFieldDoesNotDateTheCircular() {
        let text = """
        Le ministre de l'intérieur
        à
        Mesdames et Messieurs les préfets
        Texte abrogé : Circulaire du 3 mars 2005 relative aux fourrières
        Objet : fourrières automobiles.
        Vous veillerez à l'application de ces dispositions.

        """
        XCTAssertNotEqual(OCRHarness.extract(text).metadata.date, "2005-03-03")
    }
}
