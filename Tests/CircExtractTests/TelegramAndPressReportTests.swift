import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests for the Interior's telegraphic circulars of the early 1900s and for the press
/// items that report an instruction: the route line "Intérieur à Préfets France" (on one line
/// or two) making a letter of its sender; the period's formulas with an aside between the
/// verb and its infinitive ("Je vous recommande, chaque fois que…, de", "Vous aurez soin, en
/// tout cas, de", "Je vous laisse libre, bien entendu, d'apprécier"); "les représentants de
/// l'État" as the préfets; a request reported in the conditional; a reminder reported by a
/// gerund; a date bounding a period of texts ("publiées avant le …"). Each with a counter-example.
final class TelegramAndPressReportTests: XCTestCase, ObligationRuleTesting {
    func document(_ text: String) -> CircDocument { OCRHarness.extract(text) }

    /// "Intérieur à Préfets France" under the dispatch's number, or "Intérieur" alone above
    /// "à Préfets France": a letter of the Interior, whatever minister the body names.
    func testTelegraphicRouteMakesALetterOfItsSender() {
        let body = "\n\nVous devez réviser ce programme et prendre des dispositions en conséquence. Au besoin, je saisirai M. le Ministre de la Guerre.\n"
        for head in ["Circulaire de Paris n° 2/115  3/4/07 à 5 heures\nIntérieur à Préfets France     Circulaire Chiffrée",
                     "12/10/07 (?)\nIntérieur\nà Préfets France\nCirculaire Confidentielle"] {
            let d = document(head + body)
            XCTAssertEqual(d.metadata.kind, .circulaire, head)
            XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur", head)
            XCTAssertEqual(d.obligations.first?.actor, "addressees", head)
        }
    }

    /// Counter-example: a word of a portfolio above a line that routes nothing ("à la une")
    /// makes no letter.
    func testPortfolioWordAboveProseRoutesNothing() {
        let d = document("Intérieur\nà la une : le ministre a réuni les préfets place Beauvau hier.\n\nLe ministre a demandé aux préfets de renforcer les contrôles.\n")
        XCTAssertNotEqual(d.metadata.kind, .circulaire)
    }

    /// An aside between the formula and its infinitive: the directive stands, with the
    /// formula's modality.
    func testAsideBetweenOldFormulaAndItsInfinitive() {
        let cases: [(String, Modality)] = [
            ("Je vous recommande, chaque fois que des troubles seront à craindre, de faire procéder aux opérations dès la première heure.", .recommendation),
            ("Je vous engage en outre, dans tous les cas de cette nature à prévenir le parquet.", .recommendation),
            ("Vous aurez soin, en tout état de cause, de me rendre compte de toute difficulté.", .obligation),
            ("Je vous laisse libre, bien entendu, d'apprécier l'opportunité de cette mesure.", .permission),
        ]
        for (sentence, modality) in cases {
            XCTAssertEqual(obligations("Monsieur le Préfet,\n\n" + sentence + "\n").map(\.modality), [modality], sentence)
        }
        // Counter-example: the care left to the préfet is a duty, not a freedom.
        XCTAssertEqual(obligations("Je vous laisse le soin de diffuser la présente circulaire aux maires.\n").map(\.modality), [.obligation])
    }

    /// "les représentants de l'État" with no territory after them are the préfets.
    func testRepresentativesOfTheStateArePrefects() {
        let os = obligations("Il est demandé aux représentants de l'État de nommer un médiateur départemental.\n", kind: .article)
        XCTAssertEqual(os.map(\.actor), ["prefet-de-departement"])
        // Counter-example: the overseas collectivity's own title keeps its id.
        let d = document("Le ministre de l'intérieur\n\nà\n\nMonsieur le représentant de l'État à Saint-Pierre-et-Miquelon\n\nObjet : élections.\n\nJe vous demande de me rendre compte des résultats.\n")
        XCTAssertEqual(d.addressees.map(\.id), ["representant-de-l-etat-a-saint-pierre-et-miquelon"])
    }

    /// A request a press item reports in the conditional (a note it doubts) is still one; the
    /// imperfect tells an earlier text's.
    func testConditionalRequestIsReported() {
        let os = obligations("Selon le document, la direction demanderait aux préfets de surveiller les mouvements sociaux.\n", kind: .article)
        XCTAssertEqual(os.map(\.modality), [.obligation])
        XCTAssertEqual(os.first?.actor, "prefet-de-departement")
        XCTAssertTrue(obligations("Une circulaire de 2012 demandait déjà aux préfets de prioriser les éloignements.\n", kind: .article).isEmpty)
    }

    /// "Le ministère … attend 80 actions partout en France et demande d'accorder…": the second
    /// verb shares the authority that opens the sentence, however long the first one's object.
    func testRequestCoordinatedAfterAFarAuthority() {
        let os = obligations("Le ministère de l'Intérieur attend 16 000 à 20 000 personnes pour 80 actions partout en France et demande d'accorder une vigilance particulière aux préfectures.\n", kind: .article)
        XCTAssertEqual(os.map(\.modality), [.obligation])
        // Counter-example: a group with no authority that opens the sentence makes a public demand.
        XCTAssertTrue(obligations("Les associations dénoncent depuis plusieurs semaines la circulaire du ministre de l'Intérieur et demandent de la retirer sans attendre.\n", kind: .article).isEmpty)
    }

    /// "qui serait rendue obligatoire": a relative clause in the conditional describes a
    /// measure; only the request the item reports is a directive.
    func testConditionalRelativeDescribesAMeasure() {
        let os = obligations("Selon le document, la direction demanderait aux préfets de surveiller les manifestations contre la vaccination, qui serait rendue obligatoire au 1er novembre.\n", kind: .article)
        XCTAssertEqual(os.count, 1)
        XCTAssertTrue(os.first?.text.hasPrefix("Selon le document") ?? false)
        // Counter-example: the rule stated in the main clause stays one.
        XCTAssertEqual(obligations("Le port du masque est rendu obligatoire dans les centres-villes.\n", kind: .article).map(\.modality), [.obligation])
    }

    /// "en rappelant aux préfets que … doit …": a reminder the item reports, made to the préfets.
    func testGerundReminderToPrefects() {
        let os = obligations("Le ministre donne le ton en rappelant aux préfets que l'admission au séjour doit demeurer exceptionnelle.\n", kind: .article)
        XCTAssertEqual(os.map(\.modality), [.reminder])
        XCTAssertEqual(os.first?.actor, "prefet-de-departement")
        // Counter-example: a gerund that recalls figures recalls no duty.
        XCTAssertTrue(obligations("Le ministre a ouvert la réunion en rappelant aux préfets que les chiffres de l'année ont progressé.\n", kind: .article).isEmpty)
    }

    /// "les circulaires et instructions publiées avant le 1er mai 2009": the date bounds a
    /// period of texts, it cites none; "la circulaire publiée le 2 juin 2020" is one.
    func testPeriodBoundAfterParticipleIsNoTextDate() {
        XCTAssertEqual(RefHarness.ids("Cette règle ne s'applique pas aux circulaires et instructions publiées avant le 1er mai 2009.", date: "2011-03-01"), [])
        XCTAssertEqual(RefHarness.ids("Les notes diffusées depuis le 3 mars 2020 sont abrogées.", date: "2021-03-01"), [])
        XCTAssertEqual(RefHarness.ids("Je vous renvoie à la circulaire publiée le 2 juin 2020.", date: "2021-03-01"), ["circulaire:2020-06-02"])
    }
}
