import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for citation forms that citation parsers' test suites hold and earlier rounds
/// left out: dotted acronyms without their final dot, the Conseil constitutionnel's electoral
/// decision types, the Court of Justice's case numbers cited without the court's name, an EU
/// text's long title before its Union mark, joined questions written without "n°", and a
/// text's number written after its date.
final class ReferenceCitationSuiteTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-03-01"

    /// "C.G.C.T" ends the citation without its final dot, as "C.E.S.E.D.A" does.
    func testDottedAcronymWithoutItsFinalDot() {
        XCTAssertEqual(ids("l'article L. 1111-2 du C.G.C.T"), ["CGCT:L1111-2"])
        XCTAssertEqual(ids("art. L. 521-2 du C.J.A, al. 2"), ["CJA:L521-2"])
        XCTAssertEqual(ids("l'article L. 211-2 du C.R.P.A"), ["CRPA:L211-2"])
        XCTAssertEqual(ids("l'article 78-2 du C.P.P"), ["CPP:78-2"])
        // Too short a form to stand without its dot: "C.P" stays unresolved.
        XCTAssertEqual(ids("l'article 222-33 du C.P"), ["unknown:222-33"])
        XCTAssertEqual(ids("Le C.G.C.T reste applicable."), [])
    }

    /// Election disputes and referendums are decisions of the Conseil too: "AN", "SEN",
    /// "ELEC", "PDR", "REF" after the number.
    func testElectoralDecisionTypes() {
        XCTAssertEqual(ids("décision n° 2017-5092 AN du 18 octobre 2017"), ["cc:2017-5092-AN"])
        XCTAssertEqual(ids("Cons. const., déc. n° 2014-4909 SEN du 23 janvier 2015"), ["cc:2014-4909-SEN"])
        XCTAssertEqual(ids("décision n° 2017-4 ELEC du 6 avril 2017"), ["cc:2017-4-ELEC"])
        XCTAssertEqual(ids("décision n° 2022-195 PDR du 27 avril 2022"), ["cc:2022-195-PDR"])
        XCTAssertEqual(ids("Au cours de la session 2022-2023, l'AN a siégé."), [])
    }

    /// "l'arrêt C-61/11 PPU", "dans l'affaire C-311/18": the Court of Justice's own numbering
    /// names its ruling, with a case word before or "PPU" after; a list gives one id each.
    func testCourtOfJusticeCaseNumberWithoutTheCourt() {
        XCTAssertEqual(ids("l'arrêt C-61/11 PPU du 28 avril 2011 de la CJUE"), ["juris:CJUE:C-61/11"])
        XCTAssertEqual(ids("Dans l'affaire C-311/18, la Cour a jugé que le transfert était illégal."), ["juris:CJUE:C-311/18"])
        XCTAssertEqual(ids("Voir aff. jtes C-511/18, C-512/18 et C-520/18."),
                       ["juris:CJUE:C-511/18", "juris:CJUE:C-512/18", "juris:CJUE:C-520/18"])
        XCTAssertEqual(ids("Voir C-924/19 PPU et C-925/19 PPU."), ["juris:CJUE:C-924/19", "juris:CJUE:C-925/19"])
        // No case word, or another court's numbering: nothing.
        XCTAssertEqual(ids("Le formulaire C-12/20 est joint."), [])
        XCTAssertEqual(ids("Dans l'affaire T-123/19, le Tribunal a statué."), [])
    }

    /// "le règlement général sur la protection des données (UE) 2016/679": a title of a few
    /// words, then the Union's mark and the number.
    func testEUTextTitledBeforeItsMark() {
        XCTAssertEqual(ids("le règlement général sur la protection des données (UE) 2016/679"), ["ue-reglement:679/2016"])
        XCTAssertEqual(ids("la directive relative aux conditions de l'accueil (UE) 2024/1346"), ["ue-directive:2024/1346"])
        XCTAssertEqual(ids("le règlement intérieur de la commission (UE) du 12 mars"), [])
        XCTAssertEqual(ids("le règlement intérieur du comité adopté le 2/3 mars"), [])
    }

    /// "2010-14/22 QPC" without "n°": the joined questions' numbers stay one decision.
    func testJoinedQuestionsWithoutNumberSign() {
        XCTAssertEqual(ids("Cons. constit., 2010-14/22 QPC"), ["cc:2010-14-QPC"])
        XCTAssertEqual(ids("décision 2018-717/718 QPC du 6 juillet 2018"), ["cc:2018-717-QPC"])
        XCTAssertEqual(ids("Entre 2018-2019/2020, QPC et recours ont crû."), [])
    }

    /// "la loi du 10 juillet 1991 n° 91-647": the number after the date is the text's when its
    /// year is the date's.
    func testNumberAfterTheDate() {
        XCTAssertEqual(ids("la loi du 10 juillet 1991 n° 91-647 relative à l'aide juridique"), ["loi:1991-647"])
        XCTAssertEqual(ids("le décret du 29 avril 2004, n° 2004-374, relatif aux pouvoirs des préfets"), ["decret:2004-374"])
        // A number of another year, or no text's number, is not the text's.
        XCTAssertEqual(ids("la loi du 10 juillet 1991 n° 2016-274"), ["loi:1991-07-10"])
        XCTAssertEqual(ids("la loi du 10 juillet 1991, n° 12 du recueil"), ["loi:1991-07-10"])
    }
}
