import CircTestSupport
import CircExtract
import XCTest

/// Rule tests for the forms legal writers and Justice circulars use around an article's
/// number: an article named by a word ("article préliminaire"), items with a suffix
/// ("11° bis"), parts named by their rank (", dernier alinéa,"), "s." and "et suiv.", and a
/// law's number given in parentheses after its title. Each rule has a counter-example.
final class ReferenceNamedArticleAndRankTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-03-15" }

    /// "article préliminaire" of the CPP, in every writing; never another code's.
    func testPreliminaryArticleOfTheCPP() {
        XCTAssertEqual(ids("L'article préliminaire du code de procédure pénale garantit ces droits."), ["CPP:preliminaire"])
        XCTAssertEqual(ids("Voir art. préliminaire du CPP."), ["CPP:preliminaire"])
        XCTAssertEqual(ids("Voir le III de l'article préliminaire du code de procédure pénale."), ["CPP:preliminaire"])
        XCTAssertEqual(ids("Voir art. prélim. C. pr. pén. sur ce point."), ["CPP:preliminaire"])
        XCTAssertEqual(ids("L'article préliminaire, I, du CPP et l'article 63-1 du même code."), ["CPP:preliminaire", "CPP:63-1"])
        // The code carried over from the paragraph.
        XCTAssertEqual(ids("Le code de procédure pénale s'applique. L'article préliminaire pose les principes."), ["CPP:preliminaire"])
        // A code without such an article, or none at all: no reference.
        XCTAssertEqual(ids("L'article préliminaire du CESEDA n'existe pas."), [])
        XCTAssertEqual(ids("Un article préliminaire précède le dispositif."), [])
        XCTAssertEqual(ids("Les travaux préliminaires de la loi."), [])
    }

    /// ", 11° bis": an item with its suffix between an article and its code.
    func testItemWithSuffixBeforeTheCode() {
        XCTAssertEqual(ids("Voir l'article 706-73, 11° bis du CPP."), ["CPP:706-73"])
        XCTAssertEqual(ids("Voir l'article 138, 17° bis, du CPP."), ["CPP:138"])
        XCTAssertEqual(ids("Voir l'article 41-1 (4° bis) du code de procédure pénale."), ["CPP:41-1"])
        // The suffix after an item is not an article of the list.
        XCTAssertEqual(ids("Voir les articles 706-73, 11° bis, et 706-73-1 du CPP."), ["CPP:706-73", "CPP:706-73-1"])
    }

    /// ", dernier alinéa,", ", avant-dernier alinéa", ", première phrase": a part named by its rank.
    func testPartNamedByItsRank() {
        XCTAssertEqual(ids("Voir l'article 706-53-2, dernier alinéa, du CPP."), ["CPP:706-53-2"])
        XCTAssertEqual(ids("Voir l'article 41-1, avant-dernier alinéa, du code de procédure pénale."), ["CPP:41-1"])
        XCTAssertEqual(ids("Voir l'article 706-88, première phrase, du CPP."), ["CPP:706-88"])
        // A rank word before no alinéa or phrase is the sentence's, not the article's.
        XCTAssertEqual(ids("Le recours à l'article 41-1 du CPP, dernier recours avant les poursuites, reste possible."), ["CPP:41-1"])
    }

    /// ", I,", ", II, 3°", ", II et III,": a roman paragraph set off by commas after a bare number.
    func testRomanParagraphBetweenCommas() {
        XCTAssertEqual(ids("Voir l'article 63-1, I, du CPP."), ["CPP:63-1"])
        XCTAssertEqual(ids("Voir l'article 63-1, II, 3° du code de procédure pénale."), ["CPP:63-1"])
        XCTAssertEqual(ids("Voir les articles 41-1, II et III, et 41-2 du CPP."), ["CPP:41-1", "CPP:41-2"])
        XCTAssertEqual(ids("Voir l'article 706-88, I, alinéa 2, du CPP."), ["CPP:706-88"])
        // A roman numeral that opens the next clause is not the article's.
        XCTAssertEqual(ids("L'article 40 du CPP s'applique, I. Le parquet décide."), ["CPP:40"])
    }

    /// "(récidive)", "(rôle du procureur)": a gloss in parentheses inside an article list.
    func testGlossInsideAList() {
        XCTAssertEqual(ids("Voir les articles 132-10 (récidive) et 132-16-5 du code pénal."), ["CP:132-10", "CP:132-16-5"])
        XCTAssertEqual(ids("Voir l'article 41 (rôle du procureur) du code de procédure pénale."), ["CPP:41"])
        // A code named in the parentheses is the designation, not a gloss.
        XCTAssertEqual(ids("Voir l'article 222-13 (code pénal) et l'article 40 (CPP)."), ["CP:222-13", "CPP:40"])
        // A gloss that ends the list: the article keeps the code its context gives.
        XCTAssertEqual(ids("Le code pénal s'applique. L'article 132-10 (récidive) est visé."), ["CP:132-10"])
    }

    /// "art. 706-80 s. CPP", "art. 41-1 et suiv. CPP": the list runs on; its code follows.
    func testFollowingAbbreviations() {
        XCTAssertEqual(ids("Voir art. 706-80 s. CPP pour l'infiltration."), ["CPP:706-80"])
        XCTAssertEqual(ids("Voir art. 41-1 et suiv. CPP."), ["CPP:41-1"])
        XCTAssertEqual(ids("Voir les articles L. 611-1 et suiv. du CESEDA."), ["CESEDA:L611-1"])
        // "s'" is an elision, not "s.": the article keeps its own code.
        XCTAssertEqual(ids("L'article 40 du CPP s'applique."), ["CPP:40"])
    }

    /// "la loi de finances pour 2024 (n° 2023-1322 du 29 décembre 2023)": the number after the title.
    func testLawNumberInParenthesesAfterItsTitle() {
        XCTAssertEqual(ids("La loi de finances pour 2024 (n° 2023-1322 du 29 décembre 2023) ouvre les crédits."), ["loi:2023-1322"])
        XCTAssertEqual(ids("La loi relative à l'immigration (n° 2024-42 du 26 janvier 2024) est promulguée. La loi du 26 janvier 2024 s'applique."),
                       ["loi:2024-42", "loi:2024-42"])
        // A number that is no text's, or after a comma that ends the name: nothing.
        XCTAssertEqual(ids("La loi de finances pour 2024 (voir p. 12) ouvre les crédits."), [])
        XCTAssertEqual(ids("La loi de finances, votée en décembre (n° 2023-1322), ouvre les crédits."), [])
        XCTAssertEqual(ids("Une ordonnance de protection (n° 2024-12) a été rendue."), [])
        XCTAssertEqual(ids("La loi prévoit que les préfets (n° 2024-42 de la liste) sont compétents."), [])
    }
}
