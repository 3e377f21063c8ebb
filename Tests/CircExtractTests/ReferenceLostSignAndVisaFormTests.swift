import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for citation forms of other tools' test suites and of copied bulletins that
/// earlier rounds left out: "n°" whose degree sign a copy dropped ("n328543"), a ruling dated
/// by "en date du" as visas write it, a directive numbered in the regulations' order, and a
/// slashed number whose last part is no Union mark.
final class ReferenceLostSignAndVisaFormTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2016-03-01"

    /// A copy that drops every non-ASCII letter glues the "n" of "n°" to the number: the
    /// docket, decision or text number is still read.
    func testNumberSignDroppedByTheCopy() {
        XCTAssertEqual(ids("Voir par exemple CE, 23 février 2011, n328543."), ["juris:CE:328543"])
        XCTAssertEqual(ids("Conseil constitutionnel, 25 févr. 1992, n92-307 DC."), ["cc:1992-307-DC"])
        XCTAssertEqual(ids("la loi n2016-274 du 7 mars 2016 relative au droit des étrangers"), ["loi:2016-274"])
        XCTAssertEqual(ids("CEDH, 10 juil. 2014, n2260/10, Tanda-Muzinga c/ France."), ["juris:CEDH:2260/10"])
        // Two digits, or a capital "N" (a road), stay words.
        XCTAssertEqual(ids("Le point n12 du plan longe la N165 jusqu'au port."), [])
    }

    /// "de l'ordonnance n du 2 février 1945": a copy that lost the number after "n" still
    /// dates the text, an ordonnance as a law.
    func testNumberLostAfterTheNumberWord() {
        XCTAssertEqual(ids("les articles 2 et 5 de l'ordonnance n du 2 février 1945 relative à l'enfance délinquante"), ["ordonnance:1945-02-02"])
        XCTAssertEqual(ids("la loi n du 10 août 2011 relative à la participation des citoyens"), ["loi:2011-08-10"])
        // A court's order dated after other words stays no text.
        XCTAssertEqual(ids("l'ordonnance du juge des référés n du 2 février 2016 est annulée"), [])
    }

    /// "Ordonnance du 18 mai 2020 ⏎ LE JUGE DES RÉFÉRÉS": a judgment's heading names the
    /// judge's order itself, no ordonnance of the government.
    func testJudgmentHeadingOrder() {
        XCTAssertEqual(ids("CONSEIL D'ETAT statuant au contentieux\n\nOrdonnance du 18 mai 2020\n\nLE JUGE DES RÉFÉRÉS\n\nVu la procédure suivante."), [])
        // Cited in a sentence, the ordonnance stays a text, whatever the next line.
        XCTAssertEqual(ids("Vu l'ordonnance du 2 février 1945 relative à l'enfance délinquante\nLe juge des enfants statue."), ["ordonnance:1945-02-02"])
    }

    /// "Vu l'arrêt de la Cour de cassation en date du 7 décembre 1995": "en date du" between
    /// the court (and its seat) and the ruling's date.
    func testRulingDatedWithEnDateDu() {
        XCTAssertEqual(ids("Vu l'arrêt de la Cour de cassation en date du 7 décembre 1995 ;"), ["juris:Cass:1995-12-07"])
        XCTAssertEqual(ids("l'arrêt de la cour d'appel de Lyon, en date du 14 décembre 1994, est cassé."), ["juris:CA-Lyon:1994-12-14"])
        // Another word between the court and the date: no ruling of that date.
        XCTAssertEqual(ids("la cour d'appel de Lyon, saisie en date du 14 décembre 1994, a renvoyé."), [])
    }

    /// "CE, 4 juillet 1997, n° 156298 ; 19 mars 2003, n° 234636": further rulings of the court
    /// named once, after a semicolon or "et", each with "n°" and the first docket's shape.
    func testRulingsListedUnderOneCourt() {
        XCTAssertEqual(ids("CE, 4 juillet 1997, n° 156298 ; 19 mars 2003, n° 234636."), ["juris:CE:156298", "juris:CE:234636"])
        XCTAssertEqual(ids("Voir Cass. crim., 5 mars 2019, n° 18-82.123 et 12 juin 2019, n° 18-85.321."),
                       ["juris:Cass:18-82.123", "juris:Cass:18-85.321"])
        XCTAssertEqual(ids("CEDH, 10 juil. 2014, n° 2260/10, Tanda-Muzinga c/ France ; n° 52701/09, Mugenzi c/ France."),
                       ["juris:CEDH:2260/10", "juris:CEDH:52701/09"])
        // Another text after the semicolon, or a number of another shape, ends the list.
        XCTAssertEqual(ids("CE, 12 juin 2020, n° 428478 ; la loi n° 2019-222 du 23 mars 2019 s'applique."), ["juris:CE:428478", "loi:2019-222"])
        XCTAssertEqual(ids("CE, 12 juin 2020, n° 428478 ; 3 mars 2021, n° 12/45."), ["juris:CE:428478"])
    }

    /// "l'arrêt de la Cour de cassation (chambre criminelle) du 30 novembre 2005": the
    /// court's chamber in parentheses between the court and the ruling's date.
    func testChamberInParentheses() {
        XCTAssertEqual(ids("l'arrêt de la Cour de cassation (chambre criminelle) du 30 novembre 2005"), ["juris:Cass:2005-11-30"])
        // Other words in the parentheses: no ruling of that date.
        XCTAssertEqual(ids("la Cour de cassation (voir l'annexe) du 30 novembre 2005"), [])
    }

    /// "le règlement UE n ° 603/2013": the degree sign set apart from its "n".
    func testDegreeSignSetApartBeforeAnEUNumber() {
        XCTAssertEqual(ids("- le règlement UE n ° 603/2013 du Parlement européen et du Conseil du 26 juin 2013 ;"), ["ue-reglement:603/2013"])
        XCTAssertEqual(ids("le règlement (UE) n ° 604/2013 dit Dublin III"), ["ue-reglement:604/2013"])
    }

    /// "la directive (CE) n° 1013/2006": a directive numbered number-then-year keeps its
    /// year first in the id; the usual order is unchanged.
    func testDirectiveNumberedInTheRegulationsOrder() {
        XCTAssertEqual(ids("la directive (CE) n° 1013/2006 du 22 juin 2006"), ["ue-directive:2006/1013"])
        XCTAssertEqual(ids("la directive (CE) n° 1013/96 du 12 août 1996"), ["ue-directive:1996/1013"])
        XCTAssertEqual(ids("la directive 2008/115/CE du 16 décembre 2008"), ["ue-directive:2008/115"])
        XCTAssertEqual(ids("la directive 96/71/CE du 16 décembre 1996"), ["ue-directive:1996/71"])
    }

    /// "la directive 96/75/XYZ": a word after the slash that is no Union mark makes the
    /// number no EU text's; the marks of `unionMarks` keep it.
    func testSlashedNumberEndingWithAnotherWord() {
        XCTAssertEqual(ids("VU la directive 96/75/POIPOI du 24 novembre 1996"), [])
        XCTAssertEqual(ids("la directive 2013/59/Euratom du Conseil"), ["ue-directive:2013/59"])
        XCTAssertEqual(ids("la directive 2008/115 du 16 décembre 2008"), ["ue-directive:2008/115"])
    }
}
