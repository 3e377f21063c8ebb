import CircTestSupport
import CircExtract
import XCTest

/// Seventh round of the reference rules, each on sentences written for it with a
/// counter-example: the number sign spaced from its "n" ("n ° 2019-222") or in the plural
/// ("n°s 2021-1234 et 2021-1235"), a law named by its nickname or title before its date
/// ("la loi Informatique et libertés du 6 janvier 1978"), and dates of a list of texts that
/// share their year or month ("les circulaires des 12 mars et 6 juin 2023", "les instructions
/// des 4 et 17 décembre 2023").
final class ReferenceNumberSignAndDateListTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-10-14" }

    // MARK: the number sign

    func testDegreeSignSpacedFromItsN() {
        XCTAssertEqual(ids("la loi n ° 2019-222 du 23 mars 2019"), ["loi:2019-222"])
        XCTAssertEqual(ids("le décret n ° 2019-1012 du 23 octobre 2019"), ["decret:2019-1012"])
        XCTAssertEqual(ids("l'ordonnance n ° 45-174 du 2 février 1945"), ["ordonnance:1945-174"])
        XCTAssertEqual(ids("CE, 10 déc. 2003, n ° 255180"), ["juris:CE:255180"])
        // A spaced degree sign elsewhere names nothing: an item of a list, a table's row.
        XCTAssertEqual(ids("le 3 ° de l'article 41-1 du CPP"), ["CPP:41-1"])
        XCTAssertEqual(ids("le point n ° 12 du tableau"), [])
    }

    func testPluralNumberSignBeforeTextNumbers() {
        XCTAssertEqual(ids("les décrets n°s 2021-1234 et 2021-1235 du 24 septembre 2021"), ["decret:2021-1234", "decret:2021-1235"])
        XCTAssertEqual(ids("les lois n°s 2016-274, 2018-778 et 2024-42"), ["loi:2016-274", "loi:2018-778", "loi:2024-42"])
        // Not a text's number: no text.
        XCTAssertEqual(ids("les décisions n°s 12 et 13 du jury"), [])
        XCTAssertEqual(ids("les n°s 2016-274 et 2018-778"), [])
    }

    // MARK: a law's name before its date

    func testLawNamedByNicknameOrTitleBeforeItsDate() {
        XCTAssertEqual(ids("la loi Informatique et libertés du 6 janvier 1978"), ["loi:1978-01-06"])
        XCTAssertEqual(ids("la loi pour une République numérique du 7 octobre 2016"), ["loi:2016-10-07"])
        XCTAssertEqual(ids("la loi Pasqua du 24 août 1993"), ["loi:1993-08-24"])
        // The number the document gives for that date still wins.
        XCTAssertEqual(ids("La loi n° 78-17 du 6 janvier 1978 est modifiée. La loi Informatique et libertés du 6 janvier 1978 s'applique."),
                       ["loi:1978-17", "loi:1978-17"])
    }

    func testLawNameStopsAtAVerbAndInLowerCase() {
        // A verb after the nickname: the date is another's.
        XCTAssertEqual(ids("la loi ELAN a supprimé ce dispositif à compter du 1er janvier 2019"), [])
        XCTAssertEqual(ids("La loi Kasbarian sanctionne le squat depuis le 27 juillet 2023."), [])
        // A law described in lower case keeps the kind's one free word.
        XCTAssertEqual(ids("La loi s'applique du 1er janvier au 31 mars 2024."), [])
        // Another kind's word ends the name.
        XCTAssertEqual(ids("la loi Travail et les ordonnances du 22 septembre 2017"), ["ordonnance:2017-09-22"])
    }

    // MARK: dates of a list of texts

    func testDateWithoutYearTakesTheYearOfTheListsNextDate() {
        XCTAssertEqual(ids("Les circulaires des 12 mars et 6 juin 2023 demeurent applicables."),
                       ["circulaire:2023-03-12", "circulaire:2023-06-06"])
        // Across a new year: the earlier month is of the year before.
        XCTAssertEqual(ids("les circulaires des 12 décembre et 6 janvier 2024"), ["circulaire:2023-12-12", "circulaire:2024-01-06"])
        // Alone, a date without its year is still read against the document's date.
        XCTAssertEqual(ids("ma circulaire du 20 septembre dernier"), ["circulaire:2024-09-20"])
        XCTAssertEqual(ids("la circulaire du 12 mars et le décret du 6 juin 2023"), ["circulaire:2024-03-12", "decret:2023-06-06"])
    }

    func testDaysListedBeforeOneMonth() {
        XCTAssertEqual(ids("les instructions des 4 et 17 décembre 2023"), ["instruction:2023-12-04", "instruction:2023-12-17"])
        XCTAssertEqual(ids("les circulaires des 2, 9 et 16 mai 2024"), ["circulaire:2024-05-02", "circulaire:2024-05-09", "circulaire:2024-05-16"])
        XCTAssertEqual(ids("les lois des 4 et 17 décembre 2023"), ["loi:2023-12-04", "loi:2023-12-17"])
        // Not such a list: a count, days out of order.
        XCTAssertEqual(ids("Les circulaires des 3 dernières années sont abrogées."), [])
        XCTAssertEqual(ids("les instructions des 4 et 2 mai 2024"), [])
    }

    // MARK: a docket before its court

    func testDocketWrittenBeforeItsCourt() {
        XCTAssertEqual(ids("l'arrêt n° 21-84.092 de la chambre criminelle du 6 avril 2022"), ["juris:Cass:21-84.092"])
        XCTAssertEqual(ids("la décision n° 467213 du Conseil d'État du 6 mars 2023"), ["juris:CE:467213"])
        XCTAssertEqual(ids("le jugement n° 2301234 du tribunal administratif de Lille du 3 mars 2023"), ["juris:TA-Lille:2301234"])
        // A bare number, or a text's number, before the court is no docket: the ruling keeps its date.
        XCTAssertEqual(ids("le point 12 de la Cour de cassation du 6 avril 2022"), ["juris:Cass:2022-04-06"])
        XCTAssertEqual(ids("la loi n° 2019-222 du Conseil d'État du 6 mars 2023"), ["loi:2019-222", "juris:CE:2023-03-06"])
    }
}
