import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for rulings as rulings cite them: an order joining several dockets before its
/// judge and court, the same order cited later by its date alone, a decision page's own ECLI
/// line, a chamber of the Cour de cassation by its rank alone, a docket of a telling shape
/// right after its court, and a date whose year the page's layout cut.
final class ReferenceCourtOrderListTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-03-01"

    /// "Par une ordonnance n° A, B du …, le juge des référés du tribunal …": one ruling per
    /// docket, bare after the first or with its own "n°".
    func testOrderDocketListBeforeItsJudge() {
        XCTAssertEqual(ids("Par une ordonnance n° 2301122, 2301124 du 12 mars 2023, le juge des référés du tribunal administratif de Lyon a rejeté leurs demandes."),
                       ["juris:TA-Lyon:2301122", "juris:TA-Lyon:2301124"])
        XCTAssertEqual(ids("Par une ordonnance n° 2301122 et n° 2301124 du 12 mars 2023, le juge des référés du tribunal administratif de Lyon a rejeté leurs demandes."),
                       ["juris:TA-Lyon:2301122", "juris:TA-Lyon:2301124"])
        // One docket still gives one ruling.
        XCTAssertEqual(ids("Par une ordonnance n° 2301122 du 12 mars 2023, le juge des référés du tribunal administratif de Lyon a rejeté la demande."),
                       ["juris:TA-Lyon:2301122"])
    }

    /// "l'ordonnance du … du juge des référés du tribunal …": a court's order, no government
    /// ordonnance; given its docket elsewhere in the text, it is that ruling.
    func testDatedOrderOfAJudgeIsTheDocketedRuling() {
        let t = "Par une ordonnance n° 2301122 du 12 mars 2023, le juge des référés du tribunal administratif de Lyon a rejeté la demande. "
            + "Le requérant demande au Conseil d'État d'annuler l'ordonnance du 12 mars 2023 du juge des référés du tribunal administratif de Lyon."
        XCTAssertEqual(idSet(t), ["juris:TA-Lyon:2301122"])
        // Without a docket anywhere, the order keeps its date — still no ordonnance of the government.
        XCTAssertEqual(ids("Il demande l'annulation de l'ordonnance du 12 mars 2023 du juge des référés du tribunal administratif de Lyon."),
                       ["juris:TA-Lyon:2023-03-12"])
        XCTAssertEqual(ids("Il fait appel de l'ordonnance du 12 mars 2023 par laquelle le juge des référés du tribunal administratif de Lyon a rejeté sa demande."),
                       ["juris:TA-Lyon:2023-03-12"])
        // A government's ordonnance is one still.
        XCTAssertEqual(ids("Vu l'ordonnance du 2 novembre 1945 relative aux conditions d'entrée et de séjour des étrangers ;"), ["ordonnance:1945-11-02"])
    }

    /// "Conseil d'État⏎N° X⏎ECLI:FR:CEORD:…⏎…": a decision page's heading with the ruling's
    /// ECLI on its own line names the page itself; the rulings it cites remain.
    func testDecisionPagesOwnECLILineIsNoReference() {
        let body = (1...12).map { _ in "Le juge des référés statue au vu des éléments produits par les parties." }.joined(separator: " ")
        let t = "Conseil d'État\nN° 481234\nECLI:FR:CEORD:2023:481234.20230912\nInédit au recueil Lebon\nJuge des référés\n\n"
            + "Vu la procédure suivante : " + body + " Voir CE, 5 mai 2021, n° 440123.\n"
        XCTAssertEqual(ids(t), ["juris:CE:440123"])
        // An ECLI cited in a sentence is a reference.
        XCTAssertEqual(ids("Voir ECLI:FR:CECHR:2021:440123.20210505 sur ce point."), ["juris:CE:440123"])
    }

    /// "2e civ., 4 févr. 2015, n° 13-28.456": a civil chamber of the Cour de cassation by its
    /// rank alone, in lower case, names the court.
    func testCivilChamberByItsRankNamesTheCourt() {
        XCTAssertEqual(ids("Voir en ce sens 2e civ., 4 février 2015, n° 13-28.456, publié au bulletin."), ["juris:Cass:13-28.456"])
        XCTAssertEqual(ids("1re civ., 12 mai 2010, n° 09-10.123"), ["juris:Cass:09-10.123"])
        // A rank before another word names nothing.
        XCTAssertEqual(ids("La 2e session du 4 février 2015 porte le n° 13-28.456."), [])
    }

    /// "CAA Nantes 19NT04321", "Cass 19-84.321": a docket whose shape no other number has (a
    /// seat's capitals inside, a pourvoi's dash and dot) right after its court, with no date.
    func testTellingDocketRightAfterItsCourt() {
        XCTAssertEqual(ids("Voir CAA Nantes 19NT04321 sur ce point."), ["juris:CAA-Nantes:19NT04321"])
        XCTAssertEqual(ids("Voir Cass 19-84.321 sur ce point."), ["juris:Cass:19-84.321"])
        // A plain number after the court's acronym is no docket.
        XCTAssertEqual(ids("Le CE 2024 a rendu 10000 décisions."), [])
    }

    /// "la loi du 12 juillet 1⏎⏎983": a year cut by the page's layout gives no year to guess
    /// from the document's date; a day and month alone still resolve.
    func testYearCutByTheLayoutIsNotGuessed() {
        XCTAssertEqual(ids("Vu la loi du 12 juillet 1\n\n983 ;", date: "1990-05-04"), [])
        XCTAssertEqual(ids("Vu la loi du 12 juillet dernier ;", date: "1990-05-04"), ["loi:1989-07-12"])
    }
}
