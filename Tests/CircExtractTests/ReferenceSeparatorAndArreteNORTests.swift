import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for citation forms of the fifth round of citation phrases: a part of an
/// article named by its rank in figures ("1re phrase") or after its word ("alinéa premier"),
/// an ampersand or ", ainsi que" inside an article list, an arrêté's NOR (no id, as the
/// arrêté has none) and the Court of Justice's dotted acronym.
final class ReferenceSeparatorAndArreteNORTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-03-01"

    /// ", 1re phrase," / ", 2e phrase," between an article and its code: the code still names
    /// the article.
    func testRankedPartInFigures() {
        XCTAssertEqual(ids("L'article L. 521-2, 1re phrase, du CJA ouvre le référé-liberté."), ["CJA:L521-2"])
        XCTAssertEqual(ids("l'article 63-1, 2e phrase, du code de procédure pénale"), ["CPP:63-1"])
        // A rank with no article before it is nothing.
        XCTAssertEqual(ids("La 1re phrase du rapport est claire."), [])
    }

    /// ", alinéa premier," between an article and its code: the alinéa's rank in a word after
    /// the word "alinéa".
    func testAlineaWithItsRankInAWordAfterIt() {
        XCTAssertEqual(ids("L'article 41-2, alinéa premier, du CPP prévoit la composition pénale."), ["CPP:41-2"])
        XCTAssertEqual(ids("l'article L. 2212-2, alinéa deuxième, du CGCT"), ["CGCT:L2212-2"])
        XCTAssertEqual(ids("L'alinéa premier du règlement intérieur est modifié."), [])
    }

    /// "41-1 & 41-2": an ampersand joins two articles of one list.
    func testAmpersandJoinsArticles() {
        XCTAssertEqual(ids("Articles 41-1 & 41-2 du CPP."), ["CPP:41-1", "CPP:41-2"])
        XCTAssertEqual(ids("les articles L. 611-1 & L. 612-6 du CESEDA"), ["CESEDA:L611-1", "CESEDA:L612-6"])
        XCTAssertEqual(ids("Le cabinet Durand & Fils est mandaté."), [])
    }

    /// ", ainsi que 396," continues the list before its code; ", ainsi que le prévoit" does
    /// not.
    func testCommaAinsiQueContinuesTheList() {
        XCTAssertEqual(ids("Les articles 394 et suivants, ainsi que 396, du code de procédure pénale sont visés."), ["CPP:394", "CPP:396"])
        XCTAssertEqual(ids("l'article 40 du code de procédure pénale, ainsi que le prévoit la loi"), ["CPP:40"])
    }

    /// An arrêté's NOR (type letter A) names no reference; another NOR alone still does.
    func testArreteNORNamesNoReference() {
        XCTAssertEqual(ids("L'arrêté du 10 mai 2017 (NOR : INTV1713579A) fixe la liste des pièces."), [])
        XCTAssertEqual(ids("Le texte NOR : INTV1713579A est publié."), [])
        XCTAssertEqual(ids("Le texte NOR : INTK1229185C est publié."), ["nor:INTK1229185C"])
    }

    /// "C.J.U.E.", "C.J.C.E.": the Court of Justice's acronym with its dots.
    func testDottedCourtOfJusticeAcronym() {
        XCTAssertEqual(ids("C.J.U.E., 5 avril 2016, C-404/15."), ["juris:CJUE:C-404/15"])
        XCTAssertEqual(ids("C.J.C.E., 19 oct. 2004, Zhu et Chen, aff. C-200/02."), ["juris:CJUE:C-200/02"])
    }
}
