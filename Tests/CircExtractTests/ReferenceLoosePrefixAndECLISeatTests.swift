import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for citation forms of the sixth round of citation phrases: article prefixes
/// typed in lower case or set apart from their dot, bare numbers spaced or dotted at their
/// hyphen, a dotted code acronym before its articles, a kind's short form read as an article
/// ("L. 2024-42 du …"), "no" glued to a text's number, dotted court acronyms, a court of
/// appeal's ECLI, a docket without "n°" or comma, and the Conseil d'État's subsections.
final class ReferenceLoosePrefixAndECLISeatTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-03-01"

    /// "art. l.611-1", "l'article r. 611-1", "art. l 612-3", "l'article L . 611-1": the prefix
    /// is a word of its own; after an article word and before a hyphenated number it is the
    /// article's letter.
    func testLowerCaseOrSpacedPrefix() {
        XCTAssertEqual(ids("Vu l'art. l.611-1 du CESEDA ;"), ["CESEDA:L611-1"])
        XCTAssertEqual(ids("La décision est prise sur le fondement de l'art. l 612-3 du CESEDA."), ["CESEDA:L612-3"])
        XCTAssertEqual(ids("L'article r. 611-1 du CESEDA fixe la forme de la décision."), ["CESEDA:R611-1"])
        XCTAssertEqual(ids("L'article L . 611-1 du CESEDA prévoit l'obligation de quitter le territoire."), ["CESEDA:L611-1"])
        XCTAssertEqual(ids("L'emploi est autorisé selon l'article l. 5221-2 du code du travail."), ["CT:L5221-2"])
        XCTAssertEqual(ids("les articles l. 611-1 et l. 611-2 du CESEDA"), ["CESEDA:L611-1", "CESEDA:L611-2"])
    }

    /// Without an article word, or before a number without a hyphen, the letter stays a word:
    /// an initial, an item's letter, the verb "a".
    func testLowerCaseLetterWithoutArticleWordIsNoPrefix() {
        XCTAssertEqual(ids("Voir le tableau l. 12-14 du rapport."), [])
        XCTAssertFalse(ids("L'article 3, l. 2 du règlement intérieur est modifié.").contains { $0.hasSuffix("L2") })
        XCTAssertEqual(ids("L'article a 12-1 du CESEDA"), [])
    }

    /// "l'article 78 - 2 du CPP", "l'art. 78.2 du C.P.P.": a bare number spaced or dotted at
    /// its hyphen, before a code's name.
    func testBareNumberSpacedOrDottedAtItsHyphen() {
        XCTAssertEqual(ids("Le contrôle est opéré selon l'article 78 - 2 du CPP."), ["CPP:78-2"])
        XCTAssertEqual(ids("Le contrôle est effectué selon l'art. 78.2 du C.P.P."), ["CPP:78-2"])
        XCTAssertEqual(ids("l'article 706.73.1 du code de procédure pénale"), ["CPP:706-73-1"])
    }

    /// A dotted section number of another text, or a dash between numbers of equal length (a
    /// range), is no hyphen of an article.
    func testDottedSectionOrDashedRangeIsNoArticle() {
        XCTAssertEqual(ids("L'article 3.2 du règlement intérieur est modifié."), [])
        XCTAssertFalse(ids("Les articles 12 - 15 du code civil sont cités.").contains("CCIV:12-15"))
    }

    /// "C.E.S.E.D.A., art. L. 611-1": the dotted acronym (longer than a word's eight letters)
    /// names the code of the articles after it.
    func testDottedAcronymBeforeItsArticles() {
        XCTAssertEqual(ids("C.E.S.E.D.A., art. L. 611-1"), ["CESEDA:L611-1"])
    }

    /// "L. 2024-42 du 26 janv. 2024": the law of that number when the date has its year;
    /// "L. 2212-2 du CGCT" stays an article.
    func testShortFormWithTextNumberAndDate() {
        XCTAssertEqual(ids("L. 2024-42 du 26 janv. 2024, art. 72."), ["loi:2024-42"])
        XCTAssertEqual(ids("D. 2021-1234, 24 sept. 2021."), ["decret:2021-1234"])
        XCTAssertEqual(ids("l'article L. 2212-2 du CGCT"), ["CGCT:L2212-2"])
        XCTAssertEqual(ids("l'article L. 2024-42 du 26 janvier 2023 du CGCT"), ["CGCT:L2024-42"])
    }

    /// "L'ord. 2020-1733": a numbered kind's short form before a bare number of a text's
    /// shape; a number of another shape is not one.
    func testShortFormBeforeBareTextNumber() {
        XCTAssertEqual(ids("L'ord. 2020-1733 est ratifiée."), ["ordonnance:2020-1733"])
        XCTAssertEqual(ids("Voir l'ord. 12 de la liste."), [])
    }

    /// "loi no2024-42": "no" glued to the number is "n°".
    func testGluedNumero() {
        XCTAssertEqual(ids("La loi no2024-42 du 26 janvier 2024 est applicable."), ["loi:2024-42"])
        XCTAssertEqual(ids("Le taux de NO2 et les nos quinze dossiers."), [])
    }

    /// "T.A. de Lyon", "C.A.A. de Nantes": the courts' acronyms with dots.
    func testDottedCourtAcronyms() {
        XCTAssertEqual(ids("T.A. de Lyon, 20 mai 2022, n° 2203456"), ["juris:TA-Lyon:2203456"])
        XCTAssertEqual(ids("C.A.A. de Nantes, 14 avril 2023, n° 22NT02345"), ["juris:CAA-Nantes:22NT02345"])
    }

    /// A court of appeal's ECLI gives its seat and docket; the Cour de cassation's holds no
    /// docket of the contract.
    func testAdministrativeCourtOfAppealECLI() {
        XCTAssertEqual(ids("ECLI:FR:CAALY:2022:21LY03012.20220707"), ["juris:CAA-Lyon:21LY03012"])
        XCTAssertEqual(ids("ECLI:FR:CAAPA:2023:22PA01234.20230316"), ["juris:CAA-Paris:22PA01234"])
        XCTAssertEqual(ids("ECLI:FR:CCASS:2022:CR00045"), [])
    }

    /// "CAA Lyon 7 juillet 2022 21LY03012": a docket with its seat's letters right after the
    /// date; a plain number there is not one.
    func testLetteredDocketRightAfterTheDate() {
        XCTAssertEqual(ids("CAA Lyon 7 juillet 2022 21LY03012"), ["juris:CAA-Lyon:21LY03012"])
        XCTAssertEqual(ids("CAA Lyon 7 juillet 2022 12345 dossiers ont été jugés."), ["juris:CAA-Lyon:2022-07-07"])
    }

    /// "CE, 10/9 SSR, 12 nov. 2015, n° 372230": the subsections are no docket.
    func testSubsectionsAreNoDocket() {
        XCTAssertEqual(ids("CE, 10/9 SSR, 12 nov. 2015, n° 372230"), ["juris:CE:372230"])
        XCTAssertEqual(ids("CA Paris, 12 mars 2024, 24/01234"), ["juris:CA-Paris:24/01234"])
    }
}
