import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Trade-press and news pages summarising an instruction: what "le texte" provides, a
/// provision whose clause has its own modal, and the page's own furniture (its byline, the
/// notes citing earlier circulars, the garde des Sceaux named by title) — each rule on
/// sentences written for it, with the counter-example where it could overreach.
final class PressTradeSummaryTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var snippetKind: DocumentKind { .article }

    // MARK: what the text provides

    func testWhatTheTextProvidesForARoleIsItsDirective() {
        let o = obligations("Le texte prévoit que les préfets arrêtent la liste des bureaux de vote avant le 31 janvier.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "Le texte prévoit")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(o, "Le texte prévoit")?.modality, .obligation)
        // What the text provides for no one binds no one.
        for s in ["Le texte prévoit que l'entrée en vigueur interviendra le 1er mars.",
                  "La circulaire prévoit que le dispositif sera évalué en fin d'année."] {
            XCTAssertTrue(obligations(s).isEmpty, "\(s) → \(obligations(s).map(\.text))")
        }
        // A wish keeps its reading whatever its clause's subject.
        XCTAssertEqual(obligations("Le ministre souhaite que les dossiers soient traités avant l'été.").count, 1)
    }

    func testAModalInTheProvisionsClauseStatesTheDutyWhole() {
        let o = obligations("La circulaire prévoit aussi que les policiers peuvent procéder à la saisie des engins.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .permission)
        XCTAssertEqual(o.first?.actor, "policier")
        XCTAssertTrue(o.first?.text.hasPrefix("La circulaire prévoit") == true, "\(o.map(\.text))")
        // Without a modal, the provision is the directive.
        let d = obligations("La circulaire prévoit aussi que les policiers saisissent les engins.")
        XCTAssertEqual(d.first?.modality, .obligation, "\(d.map(\.text))")
        XCTAssertEqual(d.first?.actor, "policier")
    }

    // MARK: the page's furniture

    func testAnArticlesNotesCiteEarlierTextsTheyDoNotTitleIt() {
        let page = """
        Justice des mineurs
        Une circulaire précise les priorités pénales
        Par Claire Martin — 14 octobre 2023

        Dans une circulaire du 28 septembre 2023, le garde des Sceaux détaille les priorités de politique pénale. La circulaire invite les parquets à privilégier les mesures éducatives.

        (1) Circulaire du 25 juin 2021 relative à l'entrée en vigueur du code de la justice pénale des mineurs.
        """
        let m = extract(page).metadata
        XCTAssertEqual(m.kind, .article)
        XCTAssertEqual(m.date, "2023-10-14")
        XCTAssertEqual(m.emitter, "ministre-de-la-justice")
        // A circular's own title stands first, with no note's number before it.
        let own = extract("Circulaire du 25 juin 2021 relative à l'entrée en vigueur du code de la justice pénale des mineurs\n\nLe garde des sceaux, ministre de la justice, à Mesdames et Messieurs les procureurs de la République\n\nVous veillerez à saisir le juge des enfants.")
        XCTAssertEqual(own.metadata.kind, .circulaire)
        XCTAssertEqual(own.metadata.date, "2021-06-25")
    }

    func testABylineRunIntoItsHeadlineDatesThePage() {
        let page = """
        Dalloz actualité
        Pénal
        Violences conjugales : une circulaire précise les attentes de la Chancellerie
        par Paul Durand le 12 septembre 2024
        Par une circulaire du 5 septembre 2024, le garde des Sceaux demande aux parquets de traiter en priorité les procédures.

        ¹ V. déjà circ. du 9 mai 2019 relative à l'amélioration du traitement des violences conjugales.
        """
        XCTAssertEqual(extract(page).metadata.date, "2024-09-12")
        // A text written by a named minister on a date, the headline running on: an event.
        let event = """
        La Gazette
        Élections municipales : ce qui change pour les communes avec la circulaire rédigée par Gérald Darmanin le 12 mars 2024 et publiée au bulletin officiel
        Le ministre demande aux préfets de réunir les maires.
        """
        XCTAssertNil(extract(event).metadata.date)
    }
}

/// A press item naming the text it reports after its date: "a signé le 18 novembre une
/// circulaire" cites that circular.
final class PressDatedReportTests: XCTestCase {
    func testADateBeforeTheTextItReportsCitesIt() {
        XCTAssertEqual(RefHarness.ids("Le ministre a signé le 18 novembre une circulaire demandant aux préfets d'agir.", date: "2024-11-22", kind: .article),
                       ["circulaire:2024-11-18"])
        XCTAssertEqual(RefHarness.ids("Bruno Retailleau a signé jeudi 23 janvier une circulaire qui abroge la précédente.", date: "2025-01-24", kind: .article),
                       ["circulaire:2025-01-23"])
        XCTAssertEqual(RefHarness.ids("Le ministre a adressé le 4 avril 2022 une instruction aux préfets.", date: "2022-04-05", kind: .article),
                       ["instruction:2022-04-04"])
        // A date that no signing or sending verb gives the text is another event's.
        XCTAssertEqual(RefHarness.ids("Le ministre a évoqué le 18 novembre une circulaire à venir sur les rodéos.", date: "2024-11-22", kind: .article), [])
        XCTAssertEqual(RefHarness.ids("Le ministre s'est rendu le 18 novembre une nouvelle fois à Calais.", date: "2024-11-22", kind: .article), [])
    }

    /// A flattened page's byline after its headline ("… une circulaire resserre les critères
    /// Par Julia Pascual Publié le 3 mai 2025") dates the page, not the circular; "la
    /// circulaire publiée le 3 mai 2025", in lower case, is dated by it.
    func testAKindWordsDateIsNeverReadPastAByline() {
        XCTAssertEqual(RefHarness.ids("Naturalisations : une circulaire resserre les critères Par Julia Pascual Publié le 3 mai 2025 à 06h00 Le ministre a durci les règles.", date: "2025-05-03", kind: .article), [])
        XCTAssertEqual(RefHarness.ids("Selon la circulaire publiée le 3 mai 2025, les préfets doivent vérifier le niveau de langue.", date: "2025-05-10", kind: .article),
                       ["circulaire:2025-05-03"])
    }

    /// The date between commas ("a signé, vendredi 2 mai, une circulaire"), and a date the
    /// kind word's complements reach much later ("… pour préparer le scrutin du 9 juin") is
    /// another event's: the date before dates the text.
    func testADateBetweenCommasOrBeforeALaterEventsDate() {
        XCTAssertEqual(RefHarness.ids("Le ministre a signé, vendredi 2 mai, une circulaire adressée aux préfets.", date: "2025-05-03", kind: .article),
                       ["circulaire:2025-05-02"])
        XCTAssertEqual(RefHarness.ids("Le préfet a adressé le 13 mai une circulaire aux maires du département pour préparer le scrutin du 9 juin.", date: "2024-05-15", kind: .article),
                       ["circulaire:2024-05-13"])
        // Counter-example: the date right after the kind word is the text's own.
        XCTAssertEqual(RefHarness.ids("Le ministre a évoqué, lundi 2 mai, une circulaire du 3 mars 2025 sur les rodéos.", date: "2025-05-03", kind: .article),
                       ["circulaire:2025-03-03"])
    }
}
