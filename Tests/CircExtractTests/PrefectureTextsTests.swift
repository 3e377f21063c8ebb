import CircTestSupport
@testable import CircExtract
import CircReader
import XCTest

/// Rule tests of the préfecture-texts round, on sentences written for them: a préfet's letters
/// to the maires and chefs de service, his arrêtés as published and as a paper or a
/// préfecture page reports them. Each rule has a counter-example where it could overreach.
final class PrefectureTextsObligationTests: XCTestCase, ObligationRuleTesting {
    /// "Vous veillerez à ce que les bureaux de vote ne ferment en aucun cas avant l'heure": the
    /// attached "en aucun cas" inside the duty's "que" clause negates that clause — one
    /// prohibition, the whole sentence, as "ne … pas" there already was.
    func testANegationInsideADutysQueClauseIsOneProhibition() {
        let o = obligations("Vous veillerez à ce que les bureaux de vote ne ferment en aucun cas avant l'heure fixée par l'arrêté préfectoral.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .prohibition)
        XCTAssertTrue(o.first?.text.contains("avant l'heure fixée") ?? false)
        let asked = obligations("Je vous demande de veiller à ce que les débits de boissons ne restent en aucun cas ouverts après minuit.")
        XCTAssertEqual(asked.count, 1, "\(asked.map(\.text))")
        // Counter-example: "en aucun cas" in a sentence of its own stays a directive of its own.
        let two = obligations("Vous veillerez à l'ouverture des bureaux de vote. Les bureaux ne doivent en aucun cas fermer avant 18 heures.")
        XCTAssertEqual(two.count, 2, "\(two.map(\.text))")
    }

    /// "Article 2 – Les débits de boissons ne pourront rester ouverts au-delà de 2 heures":
    /// the bare "peut" of an arrêté's article is the act's own rule whatever its subject (a
    /// thing, a place); negated, a prohibition.
    func testAnArticlesBarePermissionIsTheActsOwnRule() {
        let ban = obligations("Article 2 – Les débits de boissons ne pourront rester ouverts au-delà de 2 heures du matin.", kind: .unknown, to: [])
        XCTAssertEqual(ban.map(\.modality), [.prohibition], "\(ban.map(\.text))")
        XCTAssertNil(ban.first?.actor)
        let allowed = obligations("Article 3 : Les terrasses pourront rester ouvertes jusqu'à minuit le 14 juillet.", kind: .unknown, to: [])
        XCTAssertEqual(allowed.map(\.modality), [.permission], "\(allowed.map(\.text))")
        // Counter-examples: the act's remedies ("Le présent arrêté peut faire l'objet d'un
        // recours") allow no one anything. (Outside an article, the negated future is the
        // text's own ban too: see `ObligationThirteenthRoundTests`.)
        XCTAssertTrue(obligations("Article 5 – Le présent arrêté peut faire l'objet d'un recours contentieux devant le tribunal administratif.", kind: .unknown, to: []).isEmpty)
    }

    /// "Article 3 – Mesures applicables aux collectivités Les collectivités réduiront…": a
    /// flattened act's article heading run into the sentence; the body after it is the subject.
    func testAFlattenedArticleHeadingBeforeABodysFuture() {
        let o = obligations("Article 3 – Mesures applicables aux collectivités Les collectivités réduiront de 30 % leurs prélèvements.", kind: .unknown, to: [])
        XCTAssertEqual(o.map(\.modality), [.obligation], "\(o.map(\.text))")
        // Counter-example: a body noun after a preposition is the heading's, no subject.
        XCTAssertTrue(obligations("Article 3 – Les remises accordées aux collectivités réduiront les prélèvements.", kind: .unknown, to: []).isEmpty)
    }

    /// "Les particuliers ne peuvent plus arroser leurs pelouses": private persons named as the
    /// subject of a rule (no role: actor null).
    func testPrivatePersonsAsARulesSubject() {
        let o = obligations("Les particuliers ne peuvent plus arroser leurs pelouses ni remplir leur piscine.", kind: .communique)
        XCTAssertEqual(o.map(\.modality), [.prohibition], "\(o.map(\.text))")
        XCTAssertNil(o.first?.actor)
    }

    /// "Il a également pris un arrêté interdisant la circulation des mineurs": the arrêté is the
    /// authority that bans, whoever the pronoun stands for.
    func testAnArreteReportedAfterAPronoun() {
        let o = obligations("Le préfet de l'Isère a réuni les élus mercredi. Il a également pris un arrêté interdisant la circulation des mineurs de moins de 13 ans.", kind: .article)
        XCTAssertEqual(find(o, "interdisant la circulation des mineurs")?.modality, .prohibition)
        // Counter-example: a crowd's act is no ban.
        XCTAssertTrue(obligations("Les manifestants, interdisant l'accès au site, ont bloqué la route.", kind: .article).isEmpty)
    }

    /// "Le préfet leur demande de…": the role right before the pronoun asks; "leur" stands for
    /// the recipients named before (the maires of the sentence before).
    func testLeurAfterTheRequesterIsTheRecipientNamedBefore() {
        let o = obligations("Dans un courrier adressé mardi aux maires du Morbihan, le préfet rappelle les règles applicables aux grands passages.\n\nLe préfet leur demande de lui signaler sans délai toute installation illicite.", kind: .article)
        XCTAssertEqual(find(o, "leur demande de lui signaler")?.actor, "maire")
        // Counter-example: without a role before the pronoun, the recipient just named.
        let p = obligations("Le ministre a écrit lundi aux préfets de département.\n\nIl leur demande de renforcer les contrôles routiers.", kind: .article)
        XCTAssertEqual(find(p, "leur demande de renforcer")?.actor, "prefet-de-departement")
    }

    /// "Chaque chef de service désignera un correspondant": each holder of an official's title
    /// acts, as "Chaque préfet" does.
    func testEachHolderOfAnOfficialsTitle() {
        XCTAssertEqual(obligations("Chaque chef de service désignera un correspondant chargé du suivi du dispositif.").first?.actor, "chef-de-service")
        // Counter-example: each person, no official, is nobody's title.
        let o = obligations("Chaque personne doit présenter une pièce d'identité à l'entrée du bureau de vote.", kind: .unknown, to: [])
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertNil(o.first?.actor)
    }

    /// "La direction départementale des affaires sanitaires et sociales me transmettra chaque
    /// jour…": a départemental direction (its title holding "et") is its director's.
    func testADepartementalDirectionsFuture() {
        let o = obligations("La direction départementale des affaires sanitaires et sociales me transmettra chaque jour le nombre de décès signalés.")
        XCTAssertEqual(o.first?.actor, "directeur-departemental-des-affaires-sanitaires-et-sociales", "\(o.map(\.text))")
        // Counter-example: the direction's work described in a relative clause asks nothing.
        XCTAssertTrue(obligations("Le dispositif est piloté par la direction départementale de la cohésion sociale, qui recense les places.").isEmpty)
    }
}

/// Deadlines of préfecture texts: the end of a ban an arrêté sets, and the periods of its
/// recitals or of what happens, are no one's duty.
final class PrefectureTextsDeadlineTests: XCTestCase {
    func values(_ t: String, kind: DocumentKind = .communique) -> [String] {
        DeadlineHarness.values(DeadlineHarness.run(t, date: "2019-07-24", kind: kind))
    }

    func testTheEndOfABanAfterItsObject() {
        XCTAssertEqual(values("La préfète a pris un arrêté interdisant l'usage des feux d'artifice et de tout feu en plein air jusqu'au 31 juillet."), [])
        XCTAssertEqual(values("Le préfet interdit l'arrosage des jardins et le lavage des voitures jusqu'au 15 septembre."), [])
        // Counter-examples: a duty's date before the ban's object, or after its clause, stays.
        XCTAssertEqual(values("Vous me transmettrez jusqu'au 31 juillet les arrêtés interdisant les feux.", kind: .circulaire), ["2019-07-31"])
        XCTAssertEqual(values("Un arrêté interdisant les feux a été pris ; vous me rendrez compte avant le 31 juillet.", kind: .circulaire), ["2019-07-31"])
    }

    func testARecitalOrAnOccurrenceSetsNoFrequency() {
        XCTAssertEqual(values("Considérant que les festivités de la Saint-Sylvestre donnent lieu chaque année à des troubles graves ;", kind: .unknown), [])
        XCTAssertEqual(values("Les fêtes de fin d'année donnent lieu chaque année à des débordements.", kind: .circulaire), [])
        // Counter-example: a report due every year stays.
        XCTAssertEqual(values("Vous me rendrez compte chaque année des troubles survenus.", kind: .circulaire), ["R/P1Y"])
    }
}

/// Headers of préfecture texts and of the pages that report them.
final class PrefectureTextsHeaderTests: XCTestCase, HeaderRuleTesting {
    static let body = "\n\nObjet : Plan grand froid.\n\nJe vous demande de désigner un correspondant.\n\nLe préfet,\n\nDominique BUR\n"

    /// "commandant du groupement de gendarmerie départementale du Nord", "commandant le
    /// groupement …": one role, whatever its article and its place; "dans le département"
    /// qualifies a title's place, it is no part of the role.
    func testAGroupementCommanderAndAPlaceQualifier() {
        let head = "Le préfet du Nord\nà\nMesdames et Messieurs les chefs de service de l'État dans le département\nMonsieur le colonel, commandant du groupement de gendarmerie départementale du Nord"
        XCTAssertEqual(addressees(head + Self.body), ["chef-de-service-de-l-etat to", "commandant-de-groupement-de-gendarmerie-departementale to"])
        let general = "Le préfet du Bas-Rhin\nà\nMonsieur le général, commandant le groupement de gendarmerie départementale du Bas-Rhin"
        XCTAssertEqual(addressees(general + Self.body), ["commandant-de-groupement-de-gendarmerie-departementale to"])
        // Counter-example: another command of the gendarmerie keeps its own title.
        let region = "Le préfet du Nord\nà\nMonsieur le général, commandant de la région de gendarmerie"
        XCTAssertFalse(addressees(region + Self.body).contains("commandant-de-groupement-de-gendarmerie-departementale to"))
    }

    /// "Préfet d'Ille-et-Vilaine" alone on a page's first line: the site's own heading, as
    /// "Préfet de la Vienne" is.
    func testAnElidedPlaceInAPrefectureSitesHeading() {
        let page = "Préfet d'Ille-et-Vilaine\nAccueil > Actualités > Sécurité publique\nPublié le 24/03/2023\n\nInterdiction de la vente de carburant\n\nRennes, le 24 mars 2023\n\nLe préfet d'Ille-et-Vilaine a pris un arrêté portant interdiction de la vente de carburant au détail.\n"
        let m = extract(page).metadata
        XCTAssertEqual(m.kind, .communique)
        XCTAssertEqual(m.emitter, "prefet-d-ille-et-vilaine")
        // Counter-example: a newspaper's name heads a press article.
        XCTAssertEqual(extract(page.replacingOccurrences(of: "Préfet d'Ille-et-Vilaine\n", with: "Ouest-France\n")).metadata.kind, .article)
    }

    /// "Le préfet de l'Isère, Louis Laugier, a demandé…": the préfet named in apposition signs
    /// what the item reports; "le préfet Joël Mathurin" names no office, "Le préfet du
    /// Morbihan Joël Mathurin" the Morbihan's.
    func testAPrefetNamedInAPressItem() {
        let wire = "Grenoble, 20 novembre 2024 (AFP) - Le préfet de l'Isère, Louis Laugier, a demandé mercredi aux forces de l'ordre de multiplier les contrôles.\n"
        XCTAssertEqual(extract(wire).metadata.signatory, "Louis Laugier")
        XCTAssertNil(extract(wire.replacingOccurrences(of: "Le préfet de l'Isère, Louis Laugier, a demandé", with: "Le maire, Éric Piolle, a demandé")).metadata.signatory)
        let paper = "Le Télégramme\nPublié le 12 mai 2021\n\nDans un courrier adressé mardi aux maires, le préfet Joël Mathurin rappelle les règles applicables aux grands passages.\n"
        XCTAssertNotEqual(extract(paper).metadata.emitter, "prefet-joel-mathurin")
        let named = paper.replacingOccurrences(of: "le préfet Joël Mathurin rappelle", with: "le préfet du Morbihan Joël Mathurin rappelle")
        XCTAssertEqual(extract(named).metadata.emitter, "prefet-du-morbihan")
        // Counter-example: a place of two capitalised words stays whole.
        let reunion = paper.replacingOccurrences(of: "le préfet Joël Mathurin rappelle", with: "le préfet de La Réunion rappelle")
        XCTAssertEqual(extract(reunion).metadata.emitter, "prefet-de-la-reunion")
    }
}

/// An act's own first article run onto its enacting word is no reference.
final class PrefectureTextsReferenceTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2019-03-22" }
    var referenceKind: DocumentKind { .unknown }

    func testTheFirstArticleAfterTheEnactingWord() {
        XCTAssertEqual(idSet("Le préfet de police, Vu le code pénal ; Arrête : Art. 1er. - Les rassemblements sont interdits le samedi."), [])
        XCTAssertEqual(idSet("Le préfet, Vu le code pénal ; ARRÊTE Article 1er - Objet Les rassemblements sont interdits."), [])
        // Counter-example: an article the first one cites keeps its code.
        XCTAssertEqual(idSet("Vu le code pénal ; Arrête : Art. 1er. - En application de l'article 431-9 du code pénal, les rassemblements sont interdits."), ["CP:431-9"])
    }
}
