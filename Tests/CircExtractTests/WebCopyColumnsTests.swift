import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Web copies of PDF circulars whose text layer runs the page's columns together: the
/// dateline set beside the sender's "à" lands between it and the addressee block, titles
/// coordinated under one article share their complement, and a modal right after "dont" or a
/// second person's marker after "les mesures que" describes a noun rather than directs anyone. Sentences written for each rule, with
/// the counter-example it must not reach.
final class WebCopyColumnsTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {

    // MARK: a dateline between the sender's "à" and the block

    /// "Le ministre de l'intérieur à Paris, le 3 mars 2019 Mesdames et Messieurs les préfets":
    /// the block after the dateline is the letter's, and the page a circular.
    func testBlockAfterDatelineInterposedAfterTheSendersA() {
        let text = "RÉPUBLIQUE FRANÇAISE MINISTÈRE DE L'INTÉRIEUR Le ministre de l'intérieur à Paris, le 3 mars 2019 Mesdames et Messieurs les préfets de région Circulaire n° OBJET : Organisation du scrutin La présente circulaire précise le calendrier. Il vous appartient d'en informer les maires.\n"
        let d = extract(text)
        XCTAssertEqual(Set(d.addressees.map { "\($0.id) \($0.role.rawValue)" }), ["prefet-de-region to"])
        XCTAssertEqual(d.metadata.kind, .circulaire)
        XCTAssertEqual(d.metadata.date, "2019-03-03")
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur")
        // A place after "à" and a date in prose name no block: "à Paris, le 3 mars 2019 sous
        // la présidence de Monsieur …" is a complement of the sentence.
        let prose = "Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\n\nUne réunion se tiendra à Paris, le 3 mars 2019 sous la présidence de Monsieur le directeur général de la police nationale.\n"
        XCTAssertEqual(addressees(prose), ["prefet-de-departement to"])
    }

    /// A flattened block's last title, not in the lexicon, runs into the text's own heading
    /// in capitals ("… des migrations CIRCULAIRE INTERMINISTERIELLE N° …"): the heading closes it.
    func testLastFlattenedTitleClosedByTheKindHeadingInCapitals() {
        let text = "Le ministre de l'intérieur à Messieurs les préfets de région Monsieur le préfet de police Monsieur le directeur général de l'Office national des forêts CIRCULAIRE INTERMINISTERIELLE N° 2006/12 du 7 décembre 2006 relative au dispositif de prévention des incendies de forêt pour la saison estivale dans les départements du sud Date d application : immédiate\n"
        XCTAssertEqual(addressees(text), ["prefet-de-region to", "prefet-de-police to", "directeur-general-de-l-office-national-des-forets to"])
    }

    // MARK: coordinated heads sharing one complement

    /// "les inspecteurs et contrôleurs du travail": the complement is both heads'.
    func testBareHeadSharesTheComplementOfTheNextHead() {
        let text = "Le ministre du travail\nà\nMesdames et Messieurs les inspecteurs et contrôleurs du travail\n\nLa présente circulaire précise les règles.\n"
        XCTAssertEqual(addressees(text), ["inspecteur-du-travail to", "controleur-du-travail to"])
        // An office of its own keeps its title: the préfets are not "de la sécurité publique".
        let own = "Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets et directeurs départementaux de la sécurité publique\n\nLa présente circulaire précise les règles.\n"
        XCTAssertTrue(addressees(own).contains("prefet-de-departement to"))
        XCTAssertFalse(addressees(own).contains { $0.hasPrefix("prefet-de-la-securite") })
        // "secrétaires d'État" is an office the lexicon fixes: the ministres are not "d'État".
        let state = "Le Premier ministre\nà\nMesdames et Messieurs les ministres et secrétaires d'État\n\nLa présente circulaire précise les règles.\n"
        XCTAssertFalse(addressees(state).contains("ministre-d-etat to"))
        XCTAssertTrue(addressees(state).contains("secretaire-d-etat to"))
    }

    /// "les préfets et hauts commissaires": the bare "haut commissaire" of an Interior
    /// circular is the haut-commissaire de la République.
    func testBareHautCommissaireIsTheRepublicsHighCommissioner() {
        let text = "Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets et hauts commissaires\n\nLa présente circulaire précise les règles.\n"
        XCTAssertEqual(addressees(text), ["prefet-de-departement to", "haut-commissaire-de-la-republique to"])
    }

    // MARK: a modal in an inverted relative clause

    /// "l'information dont doivent disposer les responsables": the relative clause describes
    /// the information; the same modal in a main clause still directs.
    func testModalRightAfterARelativePronounIsNoDirective() {
        let o = obligations("Ce raccordement améliore la qualité de l'information dont doivent disposer les responsables de la police pour décider.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
        // After "à laquelle", "dans lequel" the inverted passive prescribes: still a duty.
        let lequel = obligations("Chaque service dispose d'une adresse à laquelle doivent être adressées toutes les demandes.")
        XCTAssertNotNil(find(lequel, "doivent être adressées"))
        let main = obligations("Les responsables de la police doivent disposer de cette information avant toute décision.")
        XCTAssertNotNil(find(main, "doivent disposer de cette information"))
    }

    /// "les mesures que vous avez à prendre": the relative clause describes the measures the
    /// sentence announces; "que" after a verb still opens the duty.
    func testSecondPersonMarkerInAnObjectRelativeIsNoDirective() {
        let o = obligations("La présente note a pour objet de vous présenter les mesures que vous avez à prendre avant le scrutin.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
        let duty = obligations("Je vous indique que vous avez à vérifier la liste des bureaux de vote.")
        XCTAssertNotNil(find(duty, "vous avez à vérifier"))
    }
}
