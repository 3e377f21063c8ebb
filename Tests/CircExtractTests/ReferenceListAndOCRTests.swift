import CircExtract
import XCTest

/// Rule tests, on sentences written for them: lists of dated texts, OCR'd kind words and
/// "n°", and the NOR given in brackets after the text it belongs to.
final class ReferenceListAndOCRTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2021-03-01" }

    func testListsOfDatedTexts() {
        XCTAssertEqual(ids("Les circulaires des 16 août 2019 et 29 septembre 2020 sont abrogées."),
                       ["circulaire:2019-08-16", "circulaire:2020-09-29"])
        XCTAssertEqual(ids("Circulaires n° 93-25 du 28 septembre 1993, n° 95-11 du 12 mai 1995 et du 3 mars 1996."),
                       ["circulaire:1993-09-28", "circulaire:1995-05-12", "circulaire:1996-03-03"])
        // A copy that lost a number keeps "n°" before the date.
        XCTAssertEqual(ids("Instructions du 2 février 1990, n° 18 octobre 1994."), ["instruction:1990-02-02", "instruction:1994-10-18"])
        // A date that is not a text of the list is not taken.
        XCTAssertEqual(ids("La circulaire du 5 mars 2020, publiée le 6 mars 2020, est applicable."), ["circulaire:2020-03-05"])
    }

    /// A page's line ending inside a number, at its hyphen: the number is whole again (a
    /// word's line-end hyphen goes; a number's stays).
    func testNumberCutAtItsHyphenByTheLineEnd() {
        XCTAssertEqual(ids("Conformément à l'article L. 612-\n6 du CESEDA, vous notifierez la décision."), ["CESEDA:L612-6"])
        XCTAssertEqual(ids("La loi n° 2018-\n  778 du 10 septembre 2018 est applicable."), ["loi:2018-778"])
        // A year closing a line before a new sentence, and a hyphen set apart, stay as they are.
        XCTAssertEqual(ids("Les articles 40 et 41 du code de procédure pénale, en vigueur depuis 2019-\nLes préfets veillent."), ["CPP:40", "CPP:41"])
        XCTAssertEqual(ids("Voir l'article 40 -\n12 du code de procédure pénale."), ["CPP:40"])
    }

    /// "pénaIe": OCR's capital I for the l inside the code's name no longer loses the code.
    func testCodeNameWithACapitalIForL() {
        XCTAssertEqual(ids("En application de l'article 40 du code de procédure pénaIe, le parquet est avisé."), ["CPP:40"])
    }

    /// "L. 511-1-I-3°": the article's part I and item 3° run onto its number with hyphens;
    /// the article is L. 511-1 (the I is no OCR misreading of a 1).
    func testPartsOfAnArticleJoinedByHyphens() {
        XCTAssertEqual(ids("En application de l'article L. 511-1-I-3° du CESEDA, vous prendrez une décision."), ["CESEDA:L511-1"])
    }

    func testKindWordsAndNumberSignsDamagedByOCR() {
        XCTAssertEqual(ids("Par la cireulaire du 2 mars 2011, le Premier ministre a précisé ces règles."), ["circulaire:2011-03-02"])
        XCTAssertEqual(ids("Le dcret n 55-1397 du 22 octobre 1955 institue la carte."), ["decret:1955-1397"])
        XCTAssertEqual(ids("La loi no 2008-1350 du 19 décembre 2008 relative à la législation funéraire."), ["loi:2008-1350"])
        // A real word one letter off a kind word, with no text after it, is not a text.
        XCTAssertEqual(ids("Le dispositif décrit ci-dessus reste en vigueur."), [])
    }

    func testNumberedItemsInsideAListOfArticles() {
        XCTAssertEqual(RefHarness.ids("Le code du travail s'applique. Les articles L. 611-1, 1° et 2°, et L. 611-3 du CESEDA sont visés."),
                       ["CESEDA:L611-1", "CESEDA:L611-3"])
    }

    func testACourtsOrdonnanceIsTheRulingNotAText() {
        XCTAssertEqual(ids("Voir tribunal administratif de Lille, ordonnance du 2 mars 2021, n° 2101234."), ["juris:TA-Lille:2101234"])
        // A text cited after a ruling, further on, is still read.
        XCTAssertEqual(ids("Voir le tribunal administratif de Lille, 2 mars 2021, n° 2101234, qui applique la loi n° 2018-778 du 10 septembre 2018."),
                       ["juris:TA-Lille:2101234", "loi:2018-778"])
    }

    func testNORInBracketsBelongsToTheTextJustCited() {
        let r = RefHarness.refs("La présente note fait suite à la circulaire du 2 mars 2011 du Premier ministre (NOR : PRMC1106214C) relative à la loi.", date: "2011-03-31", kind: .note)
        XCTAssertEqual(r.references.map(\.id), ["circulaire:2011-03-02"])
        XCTAssertEqual(r.references.first?.nor, "PRMC1106214C")
    }
}
