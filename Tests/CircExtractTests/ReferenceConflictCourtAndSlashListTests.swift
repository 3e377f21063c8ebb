import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for rulings that earlier rounds left out: the Tribunal des conflits (the court
/// that settles the préfet's "arrêté de conflit") and the tribunal de grande instance of
/// rulings before 2020, a list of slashed dockets written without "n°", and a pourvoi's
/// letter that the tokenizer takes for an article's prefix.
final class ReferenceConflictCourtAndSlashListTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2021-03-01"

    /// "TC, 8 février 1873, Blanco", "T. confl., …, n° 3911": the Tribunal des conflits by
    /// acronym or name, with its docket, or its date when none is given.
    func testTribunalDesConflits() {
        XCTAssertEqual(ids("Voir TC, 8 février 1873, Blanco, pour la responsabilité de l'État."), ["juris:TC:1873-02-08"])
        XCTAssertEqual(ids("T. confl., 17 juin 2013, M. Bergoend c/ Société ERDF Annecy Léman, n° 3911."), ["juris:TC:3911"])
        XCTAssertEqual(ids("Le Tribunal des conflits, par une décision du 9 décembre 2024, n° 4321, a tranché."), ["juris:TC:4321"])
        // The court named without a ruling is no reference.
        XCTAssertEqual(ids("Le préfet élève le conflit devant le Tribunal des conflits dans un délai de quinze jours."), [])
    }

    /// "TGI Paris, 3 mars 2015, n° 14/12345": the seat is part of the id, as for a cour d'appel.
    func testTribunalDeGrandeInstance() {
        XCTAssertEqual(ids("TGI Paris, 3 mars 2015, n° 14/12345."), ["juris:TGI-Paris:14/12345"])
        XCTAssertEqual(ids("le jugement du tribunal de grande instance de Meaux du 12 janvier 2018 (n° 17/04567)"), ["juris:TGI-Meaux:17/04567"])
        // The court as an institution ("le juge … près le tribunal de grande instance") is none.
        XCTAssertEqual(ids("le juge des libertés et de la détention près le tribunal de grande instance de Paris peut prolonger la rétention."), [])
    }

    /// "aff. 6/73 et 7/73", "24/05878 et 24/05879": slashed dockets joined by "et" are a list,
    /// each a ruling; "et" there starts no formation ("CE, 10/9 SSR" stays one).
    func testSlashedDocketsJoinedByEt() {
        XCTAssertEqual(ids("CJCE, 6 mars 1974, Istituto Chemioterapico, aff. jtes 6/73 et 7/73."), ["juris:CJUE:6/73", "juris:CJUE:7/73"])
        XCTAssertEqual(ids("CA Versailles, 5 sept. 2024, 24/05878 et 24/05879."), ["juris:CA-Versailles:24/05878", "juris:CA-Versailles:24/05879"])
        XCTAssertEqual(ids("CE, 10/9 SSR, 12 nov. 2015, n° 372230."), ["juris:CE:372230"])
    }

    /// "pourvoi n° D 13-19.582": the letter before a pourvoi number (read with it as the
    /// article "D 13-19") leaves the number as the docket; an article stays an article.
    func testChamberLetterBeforeAPourvoi() {
        XCTAssertEqual(ids("Cass. ass. plén., 5 juin 2015, pourvoi n° D 13-19.582."), ["juris:Cass:13-19.582"])
        XCTAssertEqual(ids("Cass. 1re civ., 4 mai 2017, n° R 16-17.180, publié au bulletin."), ["juris:Cass:16-17.180"])
        XCTAssertEqual(ids("en application de l'article R 610-5 du code pénal"), ["CP:R610-5"])
        XCTAssertEqual(ids("en application de l'article D. 47-11 du code de procédure pénale"), ["CPP:D47-11"])
    }
}
