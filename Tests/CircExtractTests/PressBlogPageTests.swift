import CircTestSupport
@testable import CircExtract
import XCTest

/// Rule tests for the pages lawyers, associations and trade papers write about an
/// instruction: a circular's words quoted on a blog ("examiner leur demande"), a request told
/// in a relative clause of its author ("écrit le ministre, qui demande également…"), a
/// director named by title as the author, and bans stated for everyone next to a rule with
/// its own subject. Sentences written for each rule, with the counter-example it could
/// overreach into.
final class PressBlogPageTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var snippetKind: DocumentKind { .article }

    /// "leur" after an infinitive or a preposition is the possessive: "demande" is then the
    /// noun, and the request quoted ("Je vous demande d'examiner…") stays one directive.
    func testLeurDemandeAfterAnInfinitiveIsTheNoun() {
        let o = obligations("« Je vous demande d'examiner leur demande avec bienveillance et de leur délivrer un récépissé. »")
        XCTAssertNil(o.first { $0.text.hasPrefix("leur demande") }, "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "Je vous demande d'examiner leur demande avec bienveillance"))
        XCTAssertTrue(obligations("Un récépissé leur est remis sur leur demande.").isEmpty)
        // Counter-example: after its subject, "leur" is the recipient of a request.
        let asked = obligations("Le ministre, dans une note aux préfets, leur demande de renforcer les contrôles.")
        XCTAssertEqual(find(asked, "leur demande de renforcer")?.modality, .obligation)
        XCTAssertEqual(find(asked, "leur demande de renforcer")?.actor, "prefet-de-departement")
        // An authority's noun ending like an infinitive ("ministre", "circulaire") is the
        // subject, an adverb between the verb and its complement.
        let again = obligations("Dans une note aux préfets, le ministre rappelle la loi. Le ministre leur demande aussi de lui adresser un bilan trimestriel. La circulaire leur demande également de veiller à l'accessibilité des bureaux.")
        XCTAssertEqual(find(again, "Le ministre leur demande aussi")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(again, "La circulaire leur demande également")?.modality, .obligation)
    }

    /// "écrit le ministre, qui demande également aux préfets de…": the authority's relative
    /// clause reports a second request; a relative clause describing people does not.
    func testARelativeClauseOfTheAuthorityReportsARequest() {
        let o = obligations("\"Renforcez la présence des forces de l'ordre\", écrit le ministre, qui demande également aux préfets de prendre contact avec les organisateurs.")
        XCTAssertEqual(find(o, "qui demande également aux préfets")?.actor, "prefet-de-departement")
        XCTAssertTrue(obligations("Les étrangers qui demandent aux préfectures de réexaminer leur dossier attendent des mois.").isEmpty)
        XCTAssertTrue(obligations("Il a rencontré les associations, qui demandent aux préfets de suspendre les expulsions.").isEmpty)
    }

    /// A press item that names no minister: a director named by title and shown sending or
    /// asking ("a adressé une note", "demande que") is its emitter.
    func testADirectorNamedByTitleIsThePressItemsEmitter() {
        let note = extract("Publié le 10/07/2024\n\nLe directeur général de la police nationale a adressé le 8 juillet une note aux directeurs départementaux de la sécurité publique. Les effectifs devront être renforcés.")
        XCTAssertEqual(note.metadata.emitter, "directeur-general-de-la-police-nationale")
        let asks = extract("12 septembre 2023\n\nDans une note adressée aux préfets, le directeur général des étrangers en France demande que les sortants de prison soient placés en rétention.")
        XCTAssertEqual(asks.metadata.emitter, "directeur-general-des-etrangers-en-france")
        let spread = extract("22 mai 2024\n\nLe directeur général de la police nationale a diffusé le 14 mai une note aux directeurs départementaux de la police nationale.")
        XCTAssertEqual(spread.metadata.emitter, "directeur-general-de-la-police-nationale")
        // Counter-example: the director is spoken of, not acting ("a été reçu").
        let met = extract("10 juillet 2024\n\nLe directeur général de la police nationale a été reçu par les syndicats. Les policiers demandent des renforts.")
        XCTAssertNil(met.metadata.emitter)
    }

    /// In a press item, bans stated for everyone ("il est interdit d'arroser…") do not take
    /// the subject of a later rule ("Les agriculteurs irrigants doivent…"); a recipient the
    /// item reports still fills the directives before it.
    func testBansForEveryoneDoNotTakeALaterRulesSubject() {
        let o = obligations("Jusqu'au 15 septembre, il est interdit d'arroser les pelouses. Le lavage des véhicules est également interdit. Les agriculteurs irrigants doivent réduire leurs prélèvements de 40 %.")
        XCTAssertNil(find(o, "il est interdit d'arroser")?.actor)
        XCTAssertNil(find(o, "Le lavage des véhicules")?.actor)
        XCTAssertEqual(find(o, "Les agriculteurs irrigants")?.actor, "agriculteur-irrigant")
    }

    /// "Le préfet leur rappelle que…": a reminder the authority addresses to the recipients,
    /// whatever it recalls; without "leur", only a duty or a penalty recalled counts.
    func testAReminderToTheRecipients() {
        let o = obligations("Le préfet du Nord demande aux maires de signaler les arrivées. Le préfet leur rappelle que l'accueil provisoire d'urgence relève du département.")
        XCTAssertEqual(find(o, "Le préfet leur rappelle que")?.modality, .reminder)
        XCTAssertEqual(find(o, "Le préfet leur rappelle que")?.actor, "maire")
        let fact = obligations("Le préfet du Nord demande aux maires de signaler les arrivées. Le préfet rappelle que l'accueil provisoire d'urgence relève du département.")
        XCTAssertFalse(fact.contains { $0.text.contains("Le préfet rappelle que") }, "\(fact.map(\.text))")
    }

    /// A question ("Que doivent faire les préfets ?") sets no duty; its answer does.
    func testAQuestionSetsNoDuty() {
        let o = obligations("Le ministre a publié une circulaire. Que doivent faire les préfets ? Ils doivent exiger une durée de présence de sept ans.")
        XCTAssertNil(o.first { $0.text.hasPrefix("Que doivent") }, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "Ils doivent exiger")?.actor, "prefet-de-departement")
    }

    /// "le territoire français" names no public audience: a quoted "Vous veillerez…" written
    /// to the préfets stays their directive; "les Français" still make an appeal.
    func testAnAdjectiveNamesNoPublicAudience() {
        let o = obligations("Le ministre a adressé une circulaire aux préfets. « Vous veillerez à ce que les obligations de quitter le territoire français soient exécutées », écrit le ministre.")
        XCTAssertEqual(find(o, "Vous veillerez à ce que les obligations")?.actor, "prefet-de-departement")
        XCTAssertTrue(obligations("« Vous devez rester prudents pendant les fêtes », a lancé le ministre aux Français.").isEmpty)
    }

    /// A press item reports a note's duty in the future of an official it names ("Les chefs
    /// de service veilleront à…") or of a pronoun standing for the recipients just named
    /// ("Les maires doivent… Ils veilleront également à…"); not what others intend.
    func testAnOfficialsOrAPronounsDutyFutureInAPressItem() {
        let chiefs = obligations("Les chefs de service veilleront à limiter les congés durant cette période.")
        XCTAssertEqual(find(chiefs, "Les chefs de service veilleront")?.actor, "chef-de-service")
        let mayors = obligations("Les maires doivent communiquer la liste des présidents de bureau. Ils veilleront également à ce que chaque bureau dispose de deux assesseurs.")
        XCTAssertEqual(find(mayors, "Ils veilleront également")?.actor, "maire")
        // Informing and sending are duties too ("Ils informeront les maires…").
        let parquets = obligations("Les parquets devront privilégier le déferrement des auteurs. Ils informeront les maires des suites données aux procédures.")
        XCTAssertEqual(find(parquets, "Ils informeront les maires")?.actor, "procureur-de-la-republique")
        XCTAssertTrue(obligations("Les associations informeront les familles de leurs droits.").isEmpty)
        // Counter-examples: an unknown subject, a future that tells what will happen.
        XCTAssertTrue(obligations("Les associations veilleront à informer les familles.").isEmpty)
        XCTAssertTrue(obligations("Les maires doivent communiquer la liste des bureaux. Ils interviendront ensuite devant la commission.").count == 1)
        XCTAssertTrue(obligations("Le ministre se rendra à Calais. Il veillera à rencontrer les élus.").isEmpty)
    }

    /// A date opening its sentence before the ban it ends ("Jusqu'au 15 septembre, il est
    /// interdit d'arroser…") is no deadline; a date before a duty still is.
    func testADateOpeningASentenceBeforeABanIsNoDeadline() {
        XCTAssertTrue(extract("Le préfet du Nord a pris un arrêté.\n\nJusqu'au 15 septembre 2022, il est interdit d'arroser les pelouses.").deadlines.isEmpty)
        let duty = extract("Le ministre de l'intérieur à Mesdames et Messieurs les préfets\n\nAvant le 15 septembre 2022, vous me transmettrez la liste des arrêtés interdisant l'arrosage.")
        XCTAssertEqual(duty.deadlines.map(\.value), ["2022-09-15"])
    }

    /// A ruling a page lists ("CE, réf., 10 février 2012, n° 356456") never dates the page;
    /// a dateline still does.
    func testARulingsDateNeverDatesThePage() {
        let list = extract("Textes utiles sur l'hébergement d'urgence\n\n- CE, réf., 10 février 2012, n° 356456, Fofana\n- Cass. crim., 12 janv. 2021, n° 20-84.045")
        XCTAssertNil(list.metadata.date)
        let dated = extract("Le ministre de l'intérieur à Mesdames et Messieurs les préfets\n\nParis, le 10 février 2012\n\nVous veillerez à appliquer ces instructions.")
        XCTAssertEqual(dated.metadata.date, "2012-02-10")
    }
}
