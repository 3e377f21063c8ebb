import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests for the breadth round: codes outside the contract that were not read at all
/// (their articles then took a neighbour's code or none), "article premier" spelt out, a
/// docket introduced by "req."/"pourvoi" without "n°", and a docket that doctrine writes after
/// a long party name. Each rule has a counter-example where it could overreach.
final class ReferenceBreadthTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-03-01" }
    /// The ids the JSON shows (an article without a code is kept as `unknown`).
    func shown(_ text: String) -> [String] {
        RefHarness.refs(text, date: "2024-03-01").references.filter { $0.kind != .unknown }.map(\.id)
    }

    /// Codes outside the contract are read (ids kept as `unknown`, out of the JSON), so that
    /// their articles do not take the code of a neighbouring citation.
    func testCodesOutsideTheContractAreRead() {
        XCTAssertEqual(ids("l'article L. 111-2 du code des procédures civiles d'exécution"), ["CPCEX:L111-2"])
        XCTAssertEqual(ids("LPF, art. L. 228"), ["LPF:L228"])
        XCTAssertEqual(ids("l'article L. 2111-1 du code général de la propriété des personnes publiques"), ["CGPPP:L2111-1"])
        XCTAssertEqual(ids("article L. 111-1 du code de l'énergie"), ["CENERG:L111-1"])
        XCTAssertEqual(ids("article 185 du code de la famille et de l'aide sociale"), ["CFAS:185"])
        XCTAssertEqual(ids("article L. 113-2 du code de la voirie routière"), ["CVR:L113-2"])
        // A contract code after them keeps its own articles; the other code does not spread.
        XCTAssertEqual(ids("les articles L. 2122-1 du CGPPP et L. 2212-2 du CGCT"), ["CGPPP:L2122-1", "CGCT:L2212-2"])
        // The code général de la fonction publique is not taken for the CGPPP, nor the reverse.
        XCTAssertEqual(ids("article L. 121-1 du code général de la fonction publique"), ["CGFP:L121-1"])
        let refs = RefHarness.refs("l'article L. 111-1 du code forestier", date: "2024-03-01")
        XCTAssertEqual(refs.references.map(\.kind), [.unknown])
        XCTAssertTrue(refs.warnings.contains { $0.code == "code-outside-contract" })
    }

    /// Doctrine writes the Cour de cassation in lower case with its chamber ("cass. crim.",
    /// "cass. 1re civ."); a lowercase "cass." without a chamber names no court.
    func testLowercaseCassationWithItsChamber() {
        XCTAssertEqual(shown("Voir cass. crim., 5 oct. 2011, n° 11-81.125."), ["juris:Cass:11-81.125"])
        XCTAssertEqual(shown("cass. 1re civ., 3 févr. 2010, n° 08-21.419"), ["juris:Cass:08-21.419"])
        XCTAssertEqual(shown("cass. soc., 13 juill. 2004, n° 02-15.142"), ["juris:Cass:02-15.142"])
        XCTAssertEqual(shown("La cass. de la vitre a été constatée le 3 mai, n° 12345."), [])
        // "C. cass." before its chamber, with or without the chamber's ordinal.
        XCTAssertEqual(shown("C. cass., crim., 17 mars 2021, n° 20-86.318"), ["juris:Cass:20-86.318"])
        XCTAssertEqual(shown("C. cass., 2e civ., 12 mai 2022, n° 20-22.111"), ["juris:Cass:20-22.111"])
    }

    /// "article premier du code civil" is article 1, as "article 1er" is.
    func testArticlePremier() {
        XCTAssertEqual(ids("L'article premier du code civil dispose que les lois entrent en vigueur à leur publication."), ["CCIV:1"])
        XCTAssertEqual(ids("article premier du code de procédure pénale"), ["CPP:1"])
        // The text's own article, another text's: no code article.
        XCTAssertEqual(shown("L'article premier du présent arrêté est modifié."), [])
        XCTAssertEqual(ids("l'article premier de la loi n° 2016-274 du 7 mars 2016"), ["loi:2016-274"])
        // "premier" elsewhere is no article.
        XCTAssertEqual(ids("Le premier article du code civil est connu."), [])
    }

    /// "req. 255180", "pourvoi 09-87.328", "RG 22/01345": the word names the docket.
    func testDocketWordWithoutNumberSign() {
        XCTAssertEqual(ids("Conseil d'État, 10 décembre 2003, M. X, req. 255180"), ["juris:CE:255180"])
        XCTAssertEqual(ids("Cass. crim., 12 mai 2010, pourvoi 09-87.328"), ["juris:Cass:09-87.328"])
        // A short number after "req." is no docket: the ruling keeps its date.
        XCTAssertEqual(ids("Conseil d'État, 10 décembre 2003, req. 12"), ["juris:CE:2003-12-10"])
    }

    /// "CE, ord., 9 janv. 2014, Ministre de l'intérieur c/ Société …, n° 374508": the party
    /// name puts the docket past the acronym's usual reach.
    func testDocketAfterALongPartyName() {
        XCTAssertEqual(ids("CE, ord., 9 janv. 2014, Ministre de l'intérieur c/ Société Les Productions de la Plume et M. Dieudonné M'Bala M'Bala, n° 374508"),
                       ["juris:CE:374508"])
        XCTAssertEqual(ids("CEDH, gde ch., 23 févr. 2012, Hirsi Jamaa et autres c. Italie, req. n° 27765/09"), ["juris:CEDH:27765/09"])
        // Without the ruling's date between them, a far "n°" is not the acronym's docket.
        XCTAssertEqual(ids("Le CE a rappelé les principes applicables aux manifestations sur la voie publique et aux rassemblements, dossier n° 374508"), [])
        XCTAssertEqual(ids("Le CE a rappelé les principes applicables aux manifestations sur la voie publique et aux rassemblements festifs organisés dans les communes, le 9 janvier 2014 au soir, selon le dossier n° 374508"), [])
    }

    /// "règlements (UE) 2019/817 et 2019/818", "les directives …", "les ordonnances n° …":
    /// the plural names a list of texts, one id each.
    func testPluralTextWords() {
        XCTAssertEqual(ids("les règlements (UE) 2019/817 et 2019/818"), ["ue-reglement:817/2019", "ue-reglement:818/2019"])
        XCTAssertEqual(ids("les directives 2008/115/CE et 2013/32/UE"), ["ue-directive:2008/115", "ue-directive:2013/32"])
        XCTAssertEqual(ids("les ordonnances n° 2020-1733 et n° 2019-950"), ["ordonnance:2020-1733", "ordonnance:2019-950"])
        // A judge's orders, an internal regulation: no text of the contract.
        XCTAssertEqual(ids("les ordonnances du juge des libertés et de la détention du 12 mars 2024"), [])
        XCTAssertEqual(ids("les règlements intérieurs des centres de rétention"), [])
    }

    /// "le règlement « Dublin III » (UE) n° 604/2013": a quoted nickname and "(UE)" together.
    func testQuotedNicknameAndUnionMark() {
        XCTAssertEqual(ids("le règlement « Dublin III » (UE) n° 604/2013"), ["ue-reglement:604/2013"])
        XCTAssertEqual(ids("la directive « retour » (CE) n° 2008/115"), ["ue-directive:2008/115"])
        // Three words before the number are no nickname: the fraction is no text.
        XCTAssertEqual(ids("le règlement de la cantine prévoit 2/3 des places"), [])
    }

    /// "les règlements (CE) n° 767/2008 et (UE) n° 1077/2011": each item of a list of EU texts
    /// may repeat its "(UE)" mark and "n°".
    func testListItemsWithTheirOwnUnionMark() {
        XCTAssertEqual(ids("modifiant les règlements (CE) n° 767/2008 et (UE) n° 1077/2011"), ["ue-reglement:767/2008", "ue-reglement:1077/2011"])
        XCTAssertEqual(ids("les règlements (UE) n° 1077/2011, (UE) n° 515/2014 et (UE) 2016/399"),
                       ["ue-reglement:1077/2011", "ue-reglement:515/2014", "ue-reglement:399/2016"])
        // A parenthesis that is no Union mark ends the list.
        XCTAssertEqual(ids("le règlement (UE) n° 604/2013 et (voir annexe) 12/2020"), ["ue-reglement:604/2013"])
    }
}
