import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Press items, blogs and association pages that report an instruction in forms the earlier
/// rounds did not read: a passive injunction ("les préfets sont enjoints à…"), an authority's
/// full title before the object pronoun ("Le ministre de la Justice les invite à…"), two bare
/// infinitives sharing one object ("d'identifier et de recenser les lieux"), an older article
/// told in the past ("le ministre leur demandait de…"), a participle in apposition to the act
/// ("une note du ministre, les invitant à…"), a decision taken by a numbered act ("a décidé par
/// arrêté n° … d'interdire"), the plural titles "préfets de régions et de départements"; a list
/// of numbers in parentheses ("deux décrets (n° …, n° …)"), a text sent to its recipients "le"
/// a date; an older newspaper's byline ("Le Quotidien, Jeanne Martin, 3 juin 2005") and a
/// text's own publication ("une circulaire est publiée le…") that never dates the item.
/// Sentences written for each rule, each with its counter-example.
final class PressNarrativeAndListTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var snippetKind: DocumentKind { .article }
    let prefects = [Addressee(id: "prefet-de-departement", role: .to, text: "préfets", span: nil)]

    func testPassiveInjunctionToARole() {
        let os = obligations("Les préfets sont enjoints de fermer les buvettes temporaires autour des stades.\n", to: prefects)
        XCTAssertEqual(os.map(\.modality), [.obligation], "\(os.map(\.text))")
        XCTAssertEqual(os.first?.actor, "prefet-de-departement")
        // Counter-example: the participle without its auxiliary is no passive.
        XCTAssertEqual(obligations("Les préfets, enjoints par les élus locaux, ont publié un bilan des contrôles.\n", to: prefects).count, 0)
    }

    func testAuthorityTitleBeforeTheObjectPronoun() {
        let os = obligations("Le ministre de la Justice les invite à signaler chaque incident au parquet.\n", to: prefects)
        XCTAssertEqual(os.count, 1, "\(os.map(\.text))")
        // Counter-example: a verb and a crowd of its own before the pronoun.
        XCTAssertEqual(obligations("La ministre a reçu les manifestants et les invite à revenir demain.\n", to: prefects).count, 0)
    }

    func testTwoBareInfinitivesShareOneObject() {
        let one = obligations("Le ministre demande aux préfets d'identifier et de recenser les lieux sensibles.\n", to: prefects)
        XCTAssertEqual(one.count, 1, "\(one.map(\.text))")
        // Counter-example: each infinitive with its own object is a request of its own.
        let two = obligations("Le ministre demande aux préfets de fermer les débits de boissons et de renforcer les patrouilles.\n", to: prefects)
        XCTAssertEqual(two.count, 2, "\(two.map(\.text))")
    }

    func testAnOlderArticleToldInThePast() {
        let os = obligations("Le directeur de cabinet leur demandait de bien vouloir multiplier les contrôles routiers.\n", to: prefects)
        XCTAssertEqual(os.map(\.actor), ["prefet-de-departement"], "\(os.map(\.text))")
        // Counter-examples: a year, a month or "déjà" sets the request before the news.
        XCTAssertEqual(obligations("En 2015, le ministre leur demandait de multiplier les contrôles routiers.\n", to: prefects).count, 0)
        XCTAssertEqual(obligations("Fin septembre, le ministre avait appelé à renforcer la vigilance aux abords des gares.\n", to: prefects).count, 0)
        XCTAssertEqual(obligations("Le ministre leur demandait déjà de multiplier les contrôles routiers.\n", to: prefects).count, 0)
    }

    func testParticipleInAppositionToTheAct() {
        let os = obligations("Peu après une note du ministre, les invitant à renforcer les patrouilles, les préfets ont réuni les maires.\n", to: prefects)
        XCTAssertEqual(os.count, 1, "\(os.map(\.text))")
        // Counter-example: the pronoun stands for a crowd, no role named after it.
        XCTAssertEqual(obligations("Peu après une note du ministre, les invitant à rester calmes, les supporters ont quitté le stade.\n", to: prefects).count, 0)
    }

    func testDecisionTakenByANumberedAct() {
        let os = obligations("Le préfet a décidé par arrêté n° 2024-310 d'interdire la vente de carburant au détail.\n", to: [])
        XCTAssertEqual(os.map(\.modality), [.prohibition], "\(os.map(\.text))")
        // Counter-example: a group with no authority.
        XCTAssertEqual(obligations("Les associations ont décidé par un vote d'interdire l'accès de leurs locaux.\n", to: []).count, 0)
    }

    func testPluralTitlesOfRegionsAndDepartments() {
        let found = addressees("Le Quotidien, 3 février 2025\n\nLe Premier ministre demande aux préfets de régions et de départements d'élaborer un plan de lutte contre la pauvreté.\n")
        XCTAssertEqual(found, ["prefet-de-region to", "prefet-de-departement to"])
        // The directive's actor is the first role named, as for the singular titles.
        let os = obligations("Le Premier ministre demande aux préfets de régions et de départements d'élaborer un plan.\n", to: prefects)
        XCTAssertEqual(os.map(\.actor), ["prefet-de-region"], "\(os.map(\.text))")
        // Counter-example: the bare plural stays the préfets de département.
        XCTAssertEqual(addressees("Le Quotidien, 3 février 2025\n\nLe Premier ministre demande aux préfets d'élaborer un plan.\n"), ["prefet-de-departement to"])
    }

    func testNumbersListedInParentheses() {
        let ids = extract("Deux décrets (n° 2024-101 et n° 2024-102) précisent la procédure d'agrément.\n").references.map(\.id)
        XCTAssertEqual(ids, ["decret:2024-101", "decret:2024-102"])
        // Counter-example: other words in the parentheses cite no list.
        XCTAssertEqual(extract("Deux décrets (n° 2024-101 et la liste annexée) précisent la procédure.\n").references.map(\.id), [])
    }

    func testATextSentToItsRecipientsOnADate() {
        let ids = extract("Le ministre a adressé une circulaire aux préfets le 4 mars 2019 pour encadrer les contrôles.\n").references.map(\.id)
        XCTAssertEqual(ids, ["circulaire:2019-03-04"])
        // Counter-example: a date far after the recipient is another clause's.
        XCTAssertEqual(extract("Le ministre a adressé une circulaire aux préfets qui devront agir le 4 mars 2019.\n").references.map(\.id), [])
    }

    func testAnOlderNewspapersListedByline() {
        let doc = extract("Les préfets appelés à la fermeté\n\nLe Quotidien, Jeanne Martin, 3 juin 2005\n\nvendredi 3 juin 2005\n\nLe ministre de l'Intérieur a écrit aux préfets pour leur demander de renforcer les contrôles.\n")
        XCTAssertEqual(doc.metadata.kind, .article)
        // Counter-example: a date line under a title alone tops a release.
        let release = extract("Sécurité routière\n\n3 juin 2005\n\nLe préfet rappelle aux automobilistes les règles de prudence.\n")
        XCTAssertEqual(release.metadata.kind, .communique)
    }

    func testATextsOwnPublicationNeverDatesTheItem() {
        let doc = extract("Les familles d'élèves ont manifesté devant la préfecture. À la fin de l'année scolaire, une nouvelle circulaire est publiée le 12 mai 2008. Les dossiers pourront être réexaminés.\n")
        XCTAssertNil(doc.metadata.date)
        // Counter-example: the page's own "Publié le" dates it.
        let page = extract("Publié le 12 mai 2008\n\nLes familles d'élèves ont manifesté devant la préfecture. Une nouvelle circulaire demande aux préfets de réexaminer les dossiers.\n")
        XCTAssertEqual(page.metadata.date, "2008-05-12")
    }
}
