import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for the fifth round of leads from probe documents: a court's order cited by its
/// docket before its judge and court, an article list broken by an empty item, a docket set
/// on its own line after a blank one, a decision page's own heading.
final class ReferenceFifthLeadTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-03-01"

    /// "Par une ordonnance n° … du …, le juge des référés du tribunal administratif de X":
    /// the order is the court's ruling, by its docket — never a government ordonnance.
    func testCourtOrderDocketBeforeItsJudgeAndCourt() {
        XCTAssertEqual(ids("Par une ordonnance n° 2304518 du 12 avril 2023, le juge des référés du tribunal administratif de Lyon a suspendu l'arrêté."),
                       ["juris:TA-Lyon:2304518"])
        XCTAssertEqual(ids("Par une ordonnance n° 2211873 du 3 octobre 2022, le président du tribunal administratif de Nantes a rejeté la requête."),
                       ["juris:TA-Nantes:2211873"])
        // The government's ordonnance keeps its id, and no court follows it.
        XCTAssertEqual(ids("L'ordonnance n° 2020-1733 du 16 décembre 2020, le code et la loi restent applicables."),
                       ["ordonnance:2020-1733"])
        // A docket with no judge after the comma names no ruling of a court named later.
        XCTAssertFalse(ids("Par une ordonnance n° 2304518 du 12 avril 2023, les parties ont saisi le tribunal administratif de Lyon.")
            .contains("juris:TA-Lyon:2304518"))
    }

    /// "articles 10, 12, , 15 et 17 du code": an empty item left by a copy does not end the list.
    func testArticleListReadsOnThroughAnEmptyItem() {
        XCTAssertEqual(ids("Les articles 122-1, 122-4, , 131-3 et 132-8 du code pénal sont rappelés."),
                       ["CP:122-1", "CP:122-4", "CP:131-3", "CP:132-8"])
        XCTAssertEqual(ids("Voir les articles 41, 43, , , et 45 du code de procédure pénale."),
                       ["CPP:41", "CPP:43", "CPP:45"])
    }

    /// "… c. France,⏎⏎n° 12345/18.": the docket after a blank line still ends the citation
    /// the comma left open; a number after a full stop does not.
    func testDocketOnItsOwnLineAfterABlankOne() {
        XCTAssertEqual(ids("Cour EDH, 14 mars 2019, Dupont et autres c. France,\n\nn° 41327/15.\n"), ["juris:CEDH:41327/15"])
        XCTAssertFalse(ids("Cour EDH, 14 mars 2019, Dupont et autres c. France.\n\nn° 41327/15 des pièces.\n").contains("juris:CEDH:41327/15"))
    }

    /// "Conseil d'État, N, lecture du …" opening the page: the decision itself, no reference,
    /// wherever its docket comes again; another ruling it cites stays one.
    func testDecisionPageOwnHeadingIsNoReference() {
        let page = "Conseil d'État, 431562, lecture du 9 octobre 2020\n\nN° 431562\nECLI:FR:CECHR:2020:431562.20201009\n\n"
            + "Vu la procédure suivante : le Conseil d'État (CE, 12 juin 2019, n° 420117) a jugé que la requête était recevable.\n"
        XCTAssertEqual(ids(page), ["juris:CE:420117"])
        // Cited in a body far from the page's start, "lecture du" does not make it the page's own.
        let cited = String(repeating: "Le préfet rappelle les règles applicables aux demandes. ", count: 10)
            + "Voir Conseil d'État, 431562, lecture du 9 octobre 2020, ECLI:FR:CECHR:2020:431562.20201009.\n"
        XCTAssertTrue(ids(cited).contains("juris:CE:431562"))
    }
}
