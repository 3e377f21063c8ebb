import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests for the ways a press item reports what an authority asks of its recipients
/// beyond "demande aux préfets de…": a request that names no recipient ("invite à faire",
/// "recommande de"), a wish with a noun for its object ("exige des dispositifs", "veut des
/// mesures"), what the authority expects of a role ("attend des préfets…"), a second request
/// after a comma, a measure a text provides with a role as its agent, advice listed to
/// organisers; and the item's kind, recipients, signers and dates around them. Each with a
/// counter-example.
final class PressRequestFormTests: XCTestCase, ObligationRuleTesting {
    var snippetKind: DocumentKind { .article }
    let prefects = [Addressee(id: "prefet-de-departement", role: .to, text: "préfets", span: nil)]

    func document(_ text: String) -> CircDocument { OCRHarness.extract(text) }

    /// An authority asks without naming whom: in an item that reports its recipients, they
    /// are asked, with the verb's modality.
    func testRequestWithoutRecipientAfterAnAuthority() {
        let cases: [(String, Modality)] = [
            ("Le ministre de l'Intérieur invite à faire « pleinement usage » des assignations à résidence.", .obligation),
            ("La ministre recommande de réunir chaque mois les services concernés.", .recommendation),
            ("Le ministère appelle à renforcer les patrouilles aux abords des gares.", .obligation),
            ("Il cible les engins pyrotechniques et recommande d'interdire leur vente.", .recommendation),
        ]
        for (sentence, modality) in cases {
            let os = obligations(sentence + "\n", to: prefects)
            XCTAssertEqual(os.map(\.modality), [modality], sentence)
            XCTAssertEqual(os.first?.actor, "prefet-de-departement", sentence)
        }
    }

    /// Counter-example: an item that names no recipient reports a public appeal.
    func testRequestWithoutRecipientInAnItemToNobodyIsAnAppeal() {
        XCTAssertEqual(obligations("Le ministre de la Santé appelle à limiter les déplacements pendant les fêtes.\n", to: []).count, 0)
        XCTAssertEqual(obligations("Le ministre recommande de porter le masque dans les transports.\n", to: []).count, 0)
    }

    /// "exige des …", "veut des …": a wish with its object for a clause, after an authority;
    /// joined by "et" to a request, a second directive.
    func testWishWithANounObject() {
        let os = obligations("Le ministre exige des contrôles renforcés dans les gares.\n", to: prefects)
        XCTAssertEqual(os.map(\.modality), [.obligation])
        let two = obligations("Il demande un bilan hebdomadaire des interpellations et veut des patrouilles visibles.\n", to: prefects)
        XCTAssertEqual(two.count, 2, "\(two.map(\.text))")
        // Counter-example: nobody's authority, no directive.
        XCTAssertEqual(obligations("Les riverains veulent des patrouilles visibles.\n", to: prefects).count, 0)
    }

    /// "attend des préfets …": what the authority expects of a role named after "de".
    func testExpectationOfARole() {
        let os = obligations("La ministre attend des préfets une vigilance de tous les instants.\n", to: prefects)
        XCTAssertEqual(os.map(\.actor), ["prefet-de-departement"])
        // Counter-example: a number expected is no role.
        XCTAssertEqual(obligations("Le ministère attend 20 000 personnes pour les manifestations du week-end.\n", to: prefects).count, 0)
    }

    /// 'recommande « d'associer … », de « mobiliser … »': a second request after a comma.
    func testSecondRequestAfterAComma() {
        let os = obligations("Le ministre recommande « d'associer les maires aux réunions de sécurité », de « mobiliser les réservistes ».\n", to: prefects)
        XCTAssertEqual(os.map(\.modality), [.recommendation, .recommendation], "\(os.map(\.text))")
        // Counter-example: a comma closing an aside before the one complement.
        let one = obligations("La direction demande aux communes, dans ces régions, de mettre en place une astreinte.\n", to: prefects)
        XCTAssertEqual(one.count, 1, "\(one.map(\.text))")
    }

    /// "La circulaire prévoit la mise en place par les préfets de…": a measure provided with
    /// a role as its agent binds that role.
    func testProvidedMeasureWithARoleAsItsAgent() {
        let os = obligations("La circulaire prévoit la mise en place par les préfets d'un comité de suivi.\n", to: prefects)
        XCTAssertEqual(os.map(\.actor), ["prefet-de-departement"])
        // Counter-example: what a text provides with no agent binds nobody.
        XCTAssertEqual(obligations("Le texte prévoit une entrée en vigueur au printemps.\n", to: prefects).count, 0)
        // Nor does a participle's infinitive after the measure make a second request.
        let single = obligations("La circulaire prévoit le déploiement par les préfets d'équipes chargées de recenser les places et de vérifier les droits.\n", to: prefects)
        XCTAssertEqual(single.count, 1, "\(single.map(\.text))")
    }

    /// "Il est conseillé aux organisateurs :" and items opening on "de" + infinitive: advice,
    /// one recommendation per item.
    func testAdviceListedToOrganisers() {
        let os = obligations("Il est conseillé aux organisateurs :\n\n• de prendre contact avec la mairie ;\n• de signaler sans délai tout incident aux forces de l'ordre.\n", kind: .communique)
        XCTAssertEqual(os.map(\.modality), [.recommendation, .recommendation], "\(os.map(\.text))")
    }

    /// A newspaper's genre label before a dash makes an article of a page under a date line;
    /// a page under its date line alone stays a release.
    func testPressGenreLabelMakesAnArticle() {
        let body = "Le ministre de l'Intérieur a demandé aux préfets de renforcer les contrôles aux frontières pendant les fêtes.\n"
        XCTAssertEqual(document("12-03-2025\n\nRÉCIT - " + body).metadata.kind, .article)
        XCTAssertEqual(document("12-03-2025\n\n" + body).metadata.kind, .communique)
    }

    /// A préfecture site's section "Communiqués de presse" over the text: a release.
    func testPluralReleaseSectionNamesARelease() {
        let d = document("Communiqués de presse\n\nFermeture de la route départementale\n\nLa route départementale 12 sera fermée du 3 au 5 mars en raison de travaux.\n")
        XCTAssertEqual(d.metadata.kind, .communique)
    }

    /// "« … », demande-t-il aux parquets": an inverted verb after the quotation it attributes
    /// names its recipients.
    func testInvertedVerbAfterAQuotationNamesTheRecipients() {
        let d = document("Le garde des Sceaux a publié jeudi une circulaire sur les violences urbaines.\n\n« La voie du défèrement devra être privilégiée », demande-t-il aux parquets.\n")
        XCTAssertEqual(d.addressees.map(\.id), ["procureur-de-la-republique"])
        // Counter-example: parquets named with no request made of them.
        let none = document("Le garde des Sceaux a publié jeudi une circulaire sur les violences urbaines.\n\nLa charge des parquets, a-t-il noté, reste lourde.\n")
        XCTAssertEqual(none.addressees.map(\.id), [])
    }

    /// "Signée de X et de Y, cette circulaire…": the first-named signs.
    func testSignedOfNamesTheSigners() {
        let d = document("Le texte a été publié mardi.\n\nSignée de Jeanne Martin et de Paul Durand, cette circulaire demande aux préfets de recenser les places d'hébergement.\n")
        XCTAssertEqual(d.metadata.signatory, "Jeanne Martin")
    }

    /// The voluntary-departure period is the law's duration; a ban's period is no deadline.
    func testLegalPeriodAndBanPeriodAreNoDeadlines() {
        let d = document("Le ministre de l'Intérieur a demandé aux préfets de refuser le bénéfice du délai de départ volontaire sous 30 jours aux étrangers dangereux.\n")
        XCTAssertEqual(d.deadlines.map(\.value), [])
        let ban = document("Le ministre de l'Intérieur a demandé aux préfets d'interdire les manifestations pour la période du samedi 28 mars 2026 à minuit jusqu'au lundi 30 mars 2026 à minuit.\n")
        XCTAssertEqual(ban.deadlines.map(\.value), [])
        // Counter-example: a date by which the préfets must report stays one.
        let due = document("Le ministre de l'Intérieur a demandé aux préfets de lui transmettre un bilan avant le lundi 30 mars 2026.\n")
        XCTAssertEqual(due.deadlines.map(\.value), ["2026-03-30"])
    }

    /// "La circulaire rappelle aux préfets leurs compétences…": a role's powers recalled to
    /// it, a noun for object — a reminder, the role its actor.
    func testPowersRecalledToARole() {
        let os = obligations("La circulaire rappelle également aux préfets leurs pouvoirs en matière de fermeture administrative.\n", to: prefects)
        XCTAssertEqual(os.map(\.modality), [.reminder])
        XCTAssertEqual(os.first?.actor, "prefet-de-departement")
        // Counter-example: recalled to no role, no directive.
        XCTAssertEqual(obligations("La circulaire rappelle le contexte de sa publication.\n", to: prefects).count, 0)
    }

    /// A headline with no final stop over a paragraph the page did not wrap is a unit of its
    /// own; a paragraph wrapped at a fixed width goes on over its lines.
    func testHeadlineOverAnUnwrappedParagraphStandsAlone() {
        let paragraph = "Dans le contexte des récentes attaques et afin de prévenir tout trouble à l'ordre public, le préfet a pris un arrêté d'interdiction du rassemblement prévu ce dimanche sur la place de la mairie, a indiqué la préfecture."
        let d = document("LE VIGAN Le préfet interdit la manifestation pour la paix prévue ce dimanche\n" + paragraph + "\n")
        XCTAssertFalse(d.obligations.contains { $0.text.contains("dimanche Dans") }, "\(d.obligations.map(\.text))")
        let wrapped = OCRHarness.extract("Le ministre de l'Intérieur a demandé aux préfets de renforcer les contrôles\nDans les gares et les aéroports pendant toute la période des fêtes de fin d'année.\n")
        XCTAssertEqual(wrapped.obligations.count, 1)
        XCTAssertTrue(wrapped.obligations.first?.text.contains("contrôles\nDans") == true, "\(wrapped.obligations.map(\.text))")
    }

    /// "leur demandant, à travers un document intitulé « … », d'expulser…": an incise between
    /// commas after the verb, however long, before the request's complement.
    func testInciseBetweenTheVerbAndItsComplement() {
        let text = "Le ministre a signé une instruction pour les préfets, leur demandant, à travers un document intitulé « Instruction relative au contrôle des frontières intérieures pendant les fêtes », de renforcer les contrôles.\n"
        let os = obligations(text, to: prefects)
        XCTAssertEqual(os.map(\.modality), [.obligation], "\(os.map(\.text))")
        XCTAssertEqual(os.first?.actor, "prefet-de-departement")
        // Counter-example: an incise followed by no complement asks nothing.
        let none = obligations("Le ministre a signé une instruction pour les préfets, leur demandant, à travers un document intitulé « Instruction relative aux frontières », des précisions.\n", to: prefects)
        XCTAssertEqual(none.count, 0, "\(none.map(\.text))")
    }

    /// "vous donne la possibilité de…": a power given to the addressees, a permission.
    func testPossibilityGivenIsAPermission() {
        XCTAssertEqual(obligations("Le droit actuel vous donne la possibilité de retirer le titre de séjour.\n", kind: .circulaire).map(\.modality), [.permission])
        XCTAssertEqual(obligations("Le droit actuel vous donne des moyens nouveaux.\n", kind: .circulaire).count, 0)
    }

    /// "appelle à la mobilisation des préfets": a request as a noun of action, the role after
    /// "de" its agent.
    func testNominalRequestOfARole() {
        let os = obligations("Le ministre de l'Intérieur appelle à la mobilisation des préfets contre les rodéos urbains.\n", to: prefects)
        XCTAssertEqual(os.map(\.actor), ["prefet-de-departement"])
        // Counter-example: the mobilisation of the public is an appeal.
        XCTAssertEqual(obligations("Le ministre appelle à la mobilisation des Français contre le gaspillage.\n", to: []).count, 0)
    }

    /// "La circulaire invite, en deuxième lieu, les procureurs à veiller…": an incise between
    /// the verb and its recipient.
    func testInciseBetweenTheVerbAndItsRecipient() {
        let os = obligations("La circulaire invite, en deuxième lieu, les procureurs de la République à veiller à la protection des victimes.\n")
        XCTAssertEqual(os.map(\.actor), ["procureur-de-la-republique"])
        // Counter-example: an incise before a crowd, not a role, is an appeal.
        XCTAssertEqual(obligations("Le ministre invite, une fois de plus, les automobilistes à la prudence.\n").count, 0)
    }
}
