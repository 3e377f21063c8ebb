import CircTestSupport
@testable import CircExtract
import CircReader
import XCTest

/// Rule tests of the interior-texts round (préfecture acts, covering letters, older letters),
/// on texts written for them. Each rule has a counter-example where it could overreach.
final class PrefectureActAndRelayMetadataTests: XCTestCase, HeaderRuleTesting {
    /// "Le préfet de la Vienne, / Vu le code …": the authority's line over the first visa
    /// opens an act whose "ARRÊTE" the excerpt cut off — no article, the préfet emits.
    func testAVisaUnderAnAuthorityLineMakesAnAct() {
        let act = extract("PRÉFECTURE DE LA VIENNE\nArrêté n° 2023/CAB/101 portant interdiction de manifestation\nLe préfet de la Vienne,\nVu le code de la sécurité intérieure, notamment son article L. 211-1 ;\nVu le code pénal, notamment son article 431-3 ;\n")
        XCTAssertEqual(act.metadata.kind, .unknown)
        XCTAssertEqual(act.metadata.emitter, "prefet-de-la-vienne")
        // A recueil's page above the act ("Vu pour la première fois le …") cites no text: the
        // act's own visa is still found under it.
        let page = extract("Administration | Préfecture de la Vienne |\nVu pour la première fois le | 14 septembre 2025 à 13:15:24 |\nLe préfet de la Vienne,\nVu le code de la sécurité intérieure, notamment son article L. 211-1 ;\n")
        XCTAssertEqual(page.metadata.kind, .unknown)
        XCTAssertEqual(page.metadata.emitter, "prefet-de-la-vienne")
        // Counter-example: a press item's prose above a unit opening on "Vu" is no authority line.
        let press = extract("Le préfet de la Vienne a pris mercredi un arrêté interdisant toute manifestation dans le centre de Poitiers.\nVu la situation, les organisateurs ont renoncé à leur rassemblement.\n")
        XCTAssertNotEqual(press.metadata.kind, .unknown)
    }

    /// A flattened act's visas cite a minister's circular ("… de M. le Ministre de l'Intérieur")
    /// under the préfecture's letterhead: the préfet emits the act, and the dates of the texts
    /// it cites — several of one kind after "des" — date nothing.
    func testAnActsVisasNameNeitherItsEmitterNorItsDate() {
        let act = extract("PREFECTURE DE LA GIRONDE LE PREFET DE LA REGION AQUITAINE, PREFET DE LA GIRONDE, VU le code général des collectivités territoriales VU la circulaire n° 86-78 du 3 mars 1986 de M. le Ministre de l'Intérieur CONSIDERANT les troubles constatés ARRETE ARTICLE 1 er - Les arrêtés préfectoraux des 2 mars 2000 et 9 juin 2000 précités sont abrogés.\n")
        XCTAssertEqual(act.metadata.kind, .unknown)
        XCTAssertEqual(act.metadata.emitter, "prefet-de-la-region-aquitaine")
        XCTAssertNil(act.metadata.date)
        // Counter-example: a minister's own circular still names the minister.
        let circular = extract("Paris, le 3 mars 1986\nLe ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\nObjet : Police des débits de boissons.\nJe vous demande de veiller à l'application de ces règles.\n")
        XCTAssertEqual(circular.metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(circular.metadata.date, "1986-03-03")
    }

    /// "Nancy, le 25 août 1832. / MESSIEURS,": a dateline and a salutation alone on its line
    /// make a letter (a circular), signed under its signer's title.
    func testASalutationUnderADatelineMakesALetter() {
        let letter = extract("Archives de la Meurthe\n\nNancy, le 25 août 1832.\n\nMESSIEURS,\n\nJe vous invite de nouveau à m'adresser vos lettres de rappel pour toute affaire restée sans réponse dans la huitaine.\n\nRecevez, Messieurs, l'assurance de ma considération distinguée.\n\nLe Préfet de la Meurthe,\nL. ARNAULT.\n")
        XCTAssertEqual(letter.metadata.kind, .circulaire)
        XCTAssertEqual(letter.metadata.signatory?.uppercased(), "L. ARNAULT")
        // Counter-example: a dated press item whose next line is prose is no letter.
        let press = extract("Nancy, le 25 août 2023.\n\nLes maires du département ont été reçus hier à la préfecture pour évoquer la sécheresse.\n")
        XCTAssertNotEqual(press.metadata.kind, .circulaire)
    }

    /// "le préfet de la région Centre-Val de Loire reconduit…": a press item's préfet of a
    /// région, whose name holds a lower-case link between capitalised words.
    func testAPressItemsPrefetOfARegion() {
        let item = extract("Manifestations du week-end : le préfet de la région Centre-Val de Loire reconduit les arrêtés de sécurité pris la semaine dernière.\nLe préfet a reconduit quatre arrêtés qui prennent effet vendredi à 16 heures dans tout le département.\n")
        XCTAssertEqual(item.metadata.emitter, "prefet-de-la-region-centre-val-de-loire")
        // Counter-example: the holder's name after the place is no part of the office.
        let named = extract("Le préfet du Morbihan Joël Mathurin a pris vendredi un arrêté interdisant les rassemblements festifs.\nLes contrevenants s'exposent à une amende.\n")
        XCTAssertEqual(named.metadata.emitter, "prefet-du-morbihan")
    }

    /// A préfet's covering letter relays a minister's circular under "la circulaire
    /// suivante :": the dateline under the announcement dates the relayed text, the minister
    /// is no addressee, and the préfet's "Le Préfet, NAME." on one line signs.
    func testACoveringLetterRelaysTheDatelineBelowIt() {
        let relay = extract("Le Préfet de la Savoie à Messieurs les Maires du département.\n\nM. le Ministre de l'Intérieur m'adresse la circulaire suivante :\n\nParis, le 9 mars 1915.\n\nJe vous prie de mettre en garde les municipalités contre ces démarches.\n\nPour le Ministre de l'Intérieur :\n\nLe Chef de Cabinet,\n\nSigné : J. LEYMARIE.\n\nJe vous prie de vouloir bien vous conformer à ces instructions.\n\nLe Préfet, P. GENEBRIER.\n")
        XCTAssertNil(relay.metadata.date)
        XCTAssertEqual(relay.metadata.signatory?.uppercased(), "P. GENEBRIER")
        XCTAssertFalse(relay.addressees.contains { $0.id.contains("adresse") }, "\(relay.addressees.map(\.id))")
        // Counter-example: a covering letter dated above its announcement keeps its own date.
        let dated = extract("Nancy, le 6 décembre 1912.\n\nLe Préfet de Meurthe-et-Moselle à MM. les Maires.\n\nJ'ai l'honneur de vous communiquer la circulaire suivante :\n\nParis, le 30 octobre 1912.\n\nJe vous prie de veiller à la répression des fraudes.\n")
        XCTAssertEqual(dated.metadata.date, "1912-12-06")
    }
}

/// Obligations of the interior-texts round: imperatives of older letters, a préfecture
/// notice's permission, a publisher's reproduction notice.
final class PrefectureActAndRelayObligationTests: XCTestCase, ObligationRuleTesting {
    /// "Arrêté n° 2024-2010 du 24 décembre 2024 interdisant la vente…" as a recueil's contents
    /// and heading print it: the act's title names it, its articles command.
    func testAnActsNumberedTitleIsNoDirective() {
        XCTAssertEqual(obligations("Arrêté n° 2024-2010 du 24 12 2024 interdisant la vente et l'utilisation de produits combustibles (3 pages)\n", kind: .article).count, 0)
        // Counter-example: a press item reporting a préfet's ban, no number: the act's own ban.
        XCTAssertEqual(obligations("Le préfet a pris un arrêté interdisant la vente d'alcool sur la voie publique jusqu'au 2 janvier.\n", kind: .article).map(\.modality), [.prohibition])
    }

    /// "Usez donc sans réserve … ; et veuillez joindre vos efforts aux miens": a four-letter
    /// imperative, and a second one coordinated after the semicolon — two commands.
    func testShortAndCoordinatedImperatives() {
        let o = obligations("Usez donc sans réserve, Messieurs, de ce moyen que je vous indique pour maintenir les affaires au courant ; et veuillez joindre ainsi vos efforts aux miens.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(o.map(\.modality), [.obligation, .obligation])
        // Counter-examples: "avez" opens no command; the closing formula stays politeness.
        XCTAssertTrue(obligations("Avez-vous reçu les instructions du ministre ?").isEmpty)
        XCTAssertTrue(obligations("Recevez, Messieurs, l'assurance de ma considération ; et veuillez agréer mes salutations.").isEmpty)
    }

    /// "On ne saurait se montrer trop réservé": the emphasis "ne saurait … trop" with a verb
    /// between forbids nothing, as "on ne saurait trop insister" already did not.
    func testNeSauraitTropAfterAVerbIsNoBan() {
        XCTAssertTrue(obligations("J'estime qu'on ne saurait se montrer trop réservé à l'égard de pareilles demandes.").isEmpty)
        // Counter-example: "ne saurait" without "trop" still forbids.
        XCTAssertEqual(obligations("Le respect des décisions de justice ne saurait être mis en question.").map(\.modality), [.prohibition])
    }

    /// "Il est possible pour les candidats … de venir déposer": a permission whose holder
    /// stands between "possible" and its "de".
    func testAPermissionNamingItsHolder() {
        let o = obligations("Il est possible pour les candidats des communes de l'arrondissement de venir déposer leur candidature à la sous-préfecture.", kind: .communique)
        XCTAssertEqual(o.map(\.modality), [.permission], "\(o.map(\.text))")
        // Counter-example: a possibility that something happens allows no one anything.
        XCTAssertTrue(obligations("Il est possible que les candidats soient nombreux cette année dans l'arrondissement.", kind: .communique).isEmpty)
    }

    /// "CONSIDÉRANT qu'il y a lieu de réglementer…": an act's recital gives its reasons; the
    /// marker after it instructs no one.
    func testAnActsRecitalGivesReasons() {
        XCTAssertTrue(obligations("CONSIDÉRANT qu'il y a lieu de réglementer les heures d'ouverture des débits de boissons pendant la saison estivale ;", kind: .unknown, to: []).isEmpty)
        // Counter-example: the same marker in the circular's own voice instructs.
        XCTAssertEqual(obligations("Il y a lieu de réglementer les heures d'ouverture des débits de boissons pendant la saison estivale.").count, 1)
    }

    /// "Les agents doivent faire preuve « du plus grand discernement » et « respecter … »": in a
    /// press item, the modal's second infinitive is a second command though quotation marks
    /// stand around either one's words.
    func testAQuotedSecondInfinitiveIsASecondCommand() {
        let o = obligations("Les agents doivent faire preuve « du plus grand discernement » et « respecter les règles définies dans le code de déontologie », rappelle le ministre.", kind: .article)
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        // Counter-example: a second noun after "et" is no second command.
        XCTAssertEqual(obligations("Les agents doivent faire preuve « du plus grand discernement » et « de sang-froid », rappelle le ministre.", kind: .article).count, 1)
    }

    /// "Les déclarations sont obligatoirement déposées…": the adverb of obligation on a present
    /// passive states a duty of the notice's own.
    func testAnAdverbOfObligationOnAPassive() {
        let o = obligations("Les déclarations de candidature sont obligatoirement déposées en préfecture avant le 2 juin à 18 heures.", kind: .communique)
        XCTAssertEqual(o.map(\.modality), [.obligation], "\(o.map(\.text))")
        // Counter-example: "pas obligatoirement" (not necessarily) sets no duty.
        XCTAssertTrue(obligations("Les déclarations ne sont pas obligatoirement déposées en préfecture.", kind: .communique).isEmpty)
    }

    /// "Toute reproduction ou transmission de cette dépêche est strictement interdite": an
    /// agency's notice over its dispatch, no ban the text reports.
    func testAnAgencysReproductionNoticeIsNoBan() {
        let o = obligations("AEF Dépêche n°1234 - Paris, le 27/11/2015\nToute reproduction ou transmission de cette dépêche est strictement interdite, sauf accord formel de l'agence.\nLe ministre demande aux préfets de veiller au respect du droit lors des perquisitions.", kind: .depeche)
        XCTAssertFalse(o.contains { $0.text.contains("reproduction") }, "\(o.map(\.text))")
        // Counter-example: the ministry's request the dispatch reports stays.
        XCTAssertTrue(o.contains { $0.text.contains("veiller au respect") }, "\(o.map(\.text))")
    }
}

/// References of the interior-texts round.
final class PrefectureActAndRelayReferenceTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2015-11-27" }

    /// "Dans une circulaire adressée aux préfets, mercredi 25 novembre 2015, le ministre…": a
    /// press item's weekday and date set off after the participle date the text it reports.
    func testAWeekdayDateSetOffAfterTheParticiple() {
        XCTAssertEqual(ids("Dans une circulaire adressée aux préfets, mercredi 25 novembre 2015, le ministre rappelle les conditions des perquisitions."), ["circulaire:2015-11-25"])
        // Counter-example: a weekday with no date after the comma dates nothing.
        XCTAssertEqual(ids("Dans une circulaire adressée aux préfets, mercredi, le ministre rappelle les conditions des perquisitions."), [])
    }
}

/// Deadlines of the interior-texts round.
final class PrefectureActAndRelayDeadlineTests: XCTestCase {
    /// "… au sujet desquelles vous n'auriez pas reçu réponse dans la huitaine": a time limit
    /// after a negated compound past is the condition of a limit someone else keeps: a
    /// duration, no deadline of the addressees.
    func testANegatedPastBeforeATimeLimitIsACondition() {
        let r = DeadlineHarness.run("Je vous invite à me signaler les affaires au sujet desquelles vous n'auriez pas reçu réponse dans la huitaine.", date: "1832-08-25", kind: .circulaire)
        XCTAssertEqual(DeadlineHarness.values(r), [])
        XCTAssertEqual(r.durations.map(\.value), ["P8D"])
        let typographic = DeadlineHarness.run("Si la demande n’a pas été instruite dans un délai de deux mois, vous me saisirez.", date: "2020-03-02", kind: .circulaire)
        XCTAssertEqual(DeadlineHarness.values(typographic), [])
        // Counter-example: the duty's own time limit binds.
        let duty = DeadlineHarness.run("Vous me signalerez dans la huitaine les affaires restées sans réponse.", date: "1832-08-25", kind: .circulaire)
        XCTAssertEqual(DeadlineHarness.values(duty), ["P8D"])
    }
}
