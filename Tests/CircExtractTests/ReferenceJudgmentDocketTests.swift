import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for rulings cited in another ruling's prose by their docket before their court
/// ("le jugement n° … du …, le magistrat désigné par le président du tribunal administratif
/// de X"), and for a case-law site's heading line naming the page's own ruling.
final class ReferenceJudgmentDocketTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-03-01"

    /// A judgment's docket and date, then who signed it, then its court: the court's ruling.
    func testJudgmentDocketBeforeItsSignatoryAndCourt() {
        XCTAssertEqual(ids("Par un jugement n° 2301457 du 14 mars 2023, le magistrat désigné par le président du tribunal administratif de Rouen a rejeté sa demande."),
                       ["juris:TA-Rouen:2301457"])
        XCTAssertEqual(ids("Le préfet relève appel du jugement n° 2204518 du 9 juin 2022 par lequel le tribunal administratif de Grenoble a annulé son arrêté."),
                       ["juris:TA-Grenoble:2204518"])
        XCTAssertEqual(ids("Par une ordonnance n° 2310044 du 2 mai 2023, la magistrate désignée par la présidente du tribunal administratif de Melun a rejeté la requête."),
                       ["juris:TA-Melun:2310044"])
    }

    /// The same citation without a docket: the court's ruling by its date.
    func testUndocketedJudgmentBeforeItsCourtIsDated() {
        XCTAssertEqual(ids("Par un jugement du 3 mars 2020, le tribunal administratif de Lyon a rejeté la demande."),
                       ["juris:TA-Lyon:2020-03-03"])
        XCTAssertEqual(ids("Par un arrêt du 12 juin 2020, le Conseil d'État a jugé que la requête était recevable."),
                       ["juris:CE:2020-06-12"])
        // A letter of a court is no ruling.
        XCTAssertEqual(ids("Par un courrier du 3 mars 2020, le tribunal administratif de Lyon a informé les parties."), [])
    }

    /// "des jugements n° A et n° B du … du tribunal administratif de X": one ruling per docket.
    func testJudgmentDocketListBeforeItsCourt() {
        XCTAssertEqual(ids("Ils demandent l'annulation des jugements n° 2207711 et n° 2207712 du 3 février 2023 du tribunal administratif de Nice."),
                       ["juris:TA-Nice:2207711", "juris:TA-Nice:2207712"])
    }

    /// "n° 16-17198 et n° 16-13151": each pourvoi of a list with its own "n°", written without
    /// its dot, is the court's, dotted as the canonical form has it.
    func testPourvoiListEachWithItsNumberSign() {
        XCTAssertEqual(ids("Cass. civ. 1, 14 mars 2018, n° 17-14583 et n° 17-16482."),
                       ["juris:Cass:17-14.583", "juris:Cass:17-16.482"])
        XCTAssertEqual(ids("CE, 4 mai 2021, n° 441231 et n° 441232."), ["juris:CE:441231", "juris:CE:441232"])
        // A number of another shape after "et n°" joins no list.
        XCTAssertFalse(ids("Cass. crim., 14 mars 2018, n° 17-84.583 et n° 2018-703 du code.").contains { $0.hasSuffix("2018-703") })
    }

    /// Other words between the date and the court, a government text's number, or no ruling
    /// noun before the docket: no ruling of the court named after.
    func testNoJudgmentWithoutItsClause() {
        XCTAssertFalse(ids("Le jugement n° 2301457 du 14 mars 2023, notifié aux parties, a été frappé d'appel devant le tribunal administratif de Rouen.")
            .contains("juris:TA-Rouen:2301457"))
        XCTAssertFalse(ids("Le dossier n° 2301457 du 14 mars 2023 du tribunal administratif de Rouen est clos.")
            .contains("juris:TA-Rouen:2301457"))
        XCTAssertEqual(ids("L'ordonnance n° 2020-1733 du 16 décembre 2020 par laquelle le président du tribunal administratif de Lyon s'est prononcé."),
                       ["ordonnance:2020-1733"])
    }

    /// "Voir Circulaire N° … du …", "cf. Circulaire du …" inside a body: a cited text, a
    /// reference — never the page's own title, whatever its capital.
    func testCitedCapitalisedTitleAfterACitingCue() {
        func pipelineIds(_ t: String) -> [String] {
            TestLexicons.pipeline.extract(SourceDocument(path: "page.txt", text: t, format: .text)).references.map(\.id)
        }
        XCTAssertEqual(pipelineIds("Les caisses appliquent la règle de résidence. Voir Circulaire N° DSS/SD2/2016/112 du 14 avril 2016 - ce qui a été confirmé depuis."),
                       ["circulaire:2016-04-14"])
        XCTAssertEqual(pipelineIds("Les caisses appliquent la règle de résidence (cf. Circulaire du 14 avril 2016 relative à la résidence)."),
                       ["circulaire:2016-04-14"])
        // The page's own title stays its own.
        XCTAssertEqual(pipelineIds("Circulaire du 14 avril 2016 relative à la résidence\n\nJe vous demande d'appliquer la règle de résidence."), [])
    }

    /// "France | France, Cour administrative d'appel de X, …, DATE, DOCKET" heading a page with
    /// a body: the page's own ruling, no reference; a ruling the body cites stays one.
    func testCaseLawSiteHeadingLineIsTheDocumentItself() {
        let body = String(repeating: "Le requérant soutient que l'arrêté méconnaît les stipulations applicables. ", count: 6)
        let page = "Recherche avancée\n\n12/04/2021 | FRANCE | N°20NT01234\n\n"
            + "France | France, Cour administrative d'appel de Nantes, 2ème chambre, 12 avril 2021, 20NT01234\n\n"
            + "Vu la procédure suivante : " + body + "Voir CE, 12 juin 2019, n° 420117.\n"
        XCTAssertEqual(ids(page), ["juris:CE:420117"])
        let ce = "Conseil d'État, 13 février 2013, 361402\n\n" + body + "\n"
        XCTAssertEqual(ids(ce), [])
        // The same line alone is a citation: a reference.
        XCTAssertEqual(ids("Conseil d'État, 13 février 2013, 361402\n"), ["juris:CE:361402"])
    }
}
