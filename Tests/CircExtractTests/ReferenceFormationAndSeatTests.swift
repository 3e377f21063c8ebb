import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for rulings cited the way doctrine and Légifrance write them: a formation
/// between the court and the date of a ruling cited without its docket, a seat in capitals,
/// and a Court of Justice case named before its number in parentheses.
final class ReferenceFormationAndSeatTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-03-01"

    /// "CE, ass., 3 juillet 1996, Koné": the formation does not hide the date that names the
    /// ruling, as "CE, 12 juin 2020" names one.
    func testFormationBeforeTheDateOfARulingWithoutDocket() {
        XCTAssertEqual(ids("CE, ass., 3 juillet 1996, Koné"), ["juris:CE:1996-07-03"])
        XCTAssertEqual(ids("CE, sect., 11 juillet 2019"), ["juris:CE:2019-07-11"])
        XCTAssertEqual(ids("Cass. crim., 12 janv. 2021"), ["juris:Cass:2021-01-12"])
        XCTAssertEqual(ids("CJUE, gde ch., 19 mars 2019, Jawo"), ["juris:CJUE:2019-03-19"])
        XCTAssertEqual(ids("CE, 2e et 7e ch. réunies, 12 mars 2021, Commune de X"), ["juris:CE:2021-03-12"])
        XCTAssertEqual(ids("CE, juge des référés, 9 avril 2020"), ["juris:CE:2020-04-09"])
        // With its docket the docket names it, as before.
        XCTAssertEqual(ids("CE, ass., 3 juillet 1996, Koné, n° 169219"), ["juris:CE:169219"])
    }

    /// Other words between the court and a date do not make that date a ruling's.
    func testOtherWordsBeforeADateNameNoRuling() {
        XCTAssertEqual(ids("Le CE a rappelé, le 12 juin 2020, ce principe."), [])
        XCTAssertEqual(ids("La Cour de cassation, saisie des faits, 12 janvier 2021 au plus tard."), [])
    }

    /// "CAA de PARIS, 5ème chambre, 12/03/2019, 18PA01234": Légifrance's capitals are the
    /// seat's usual spelling in the id; a connector after a hyphen stays lower case.
    func testSeatInCapitals() {
        XCTAssertEqual(ids("CAA de PARIS, 5ème chambre, 12/03/2019, 18PA01234"), ["juris:CAA-Paris:18PA01234"])
        XCTAssertEqual(ids("TA de CERGY-PONTOISE, 4 mai 2021, n° 2105432"), ["juris:TA-Cergy-Pontoise:2105432"])
        XCTAssertEqual(ids("CA AIX-EN-PROVENCE, 10 mars 2022, n° 22/00123"), ["juris:CA-Aix-en-Provence:22/00123"])
        XCTAssertEqual(ids("CAA de Paris, 12 mars 2019, n° 18PA01234"), ["juris:CAA-Paris:18PA01234"])
    }

    /// "l'arrêt Jawo (C-163/17)": the case's name between the case word and its number.
    func testCaseNamedBeforeItsNumberInParentheses() {
        XCTAssertEqual(ids("l'arrêt Jawo (C-163/17)"), ["juris:CJUE:C-163/17"])
        XCTAssertEqual(ids("dans l'affaire El Dridi (C-61/11 PPU)"), ["juris:CJUE:C-61/11"])
        // No case word before the name: a code in parentheses is nothing of the Court's.
        XCTAssertEqual(ids("le modèle Jawo (C-163/17) du catalogue"), [])
    }

    /// "le règlement intérieur n° 2021/12": a plain lower-case word before a slashed number
    /// names another kind of règlement; a nickname quoted, capitalised or followed by the
    /// Union's mark still leads to the EU text.
    func testPlainWordBeforeASlashedNumberIsNoNickname() {
        XCTAssertEqual(ids("le règlement intérieur n° 2021/12 de la préfecture"), [])
        XCTAssertEqual(ids("la directive retour 2008/115/CE"), ["ue-directive:2008/115"])
        XCTAssertEqual(ids("la directive « retour » n° 2008/115"), ["ue-directive:2008/115"])
        XCTAssertEqual(ids("le règlement Dublin III (n° 604/2013)"), ["ue-reglement:604/2013"])
        XCTAssertEqual(ids("le règlement général sur la protection des données (UE) 2016/679"), ["ue-reglement:679/2016"])
    }
}
