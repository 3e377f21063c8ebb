import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for citation phrases of the eighth round: a law's title of any length before
/// its number, an aside between an article and its code, two codes in one list each after
/// its own article, acts that share a kind word with a text (a prescription, a judge's
/// order, the examining of a file), code abbreviations in lower case, a letterless code's
/// regulatory and legislative articles in one list, series numbers of circulars and notes.
final class ReferenceTitleAndAsideTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-03-01"

    /// "la loi d'orientation … n° 2002-1094", "la loi relative à … n° 2022-52": a title opened
    /// by a law's kind after "d'" or by a title's first word runs to its number.
    func testLawTitleOfAnyLengthBeforeItsNumber() {
        XCTAssertEqual(ids("la loi d'orientation et de programmation pour la sécurité intérieure n° 2002-1094 du 29 août 2002"), ["loi:2002-1094"])
        XCTAssertEqual(ids("la loi relative à la différenciation, la décentralisation, la déconcentration et portant diverses mesures de simplification de l'action publique locale n° 2022-217"), ["loi:2022-217"])
        XCTAssertEqual(ids("la loi organique relative à l'application de l'article 61-1 de la Constitution n° 2009-1523 du 10 décembre 2009"), ["loi:2009-1523"])
        XCTAssertEqual(ids("la loi d'orientation et de programmation pour la performance de la sécurité intérieure, dite LOPPSI 2, n° 2011-267"), ["loi:2011-267"])
        // A verb, another text or a date ends the title: the number is not the law's.
        XCTAssertEqual(ids("la loi relative à l'immigration a créé le fichier n° 2024-42"), [])
        XCTAssertEqual(ids("la loi pour la confiance et l'arrêté n° 2024-12"), [])
    }

    /// "alinéa 1er (devenu alinéa 2)", "[anc. al. 2]", ", in fine,": the aside does not end the
    /// list before its code.
    func testAsideBetweenArticleAndCode() {
        XCTAssertEqual(ids("l'article 803-3, alinéa 1er (devenu alinéa 2), du CPP"), ["CPP:803-3"])
        XCTAssertEqual(ids("l'article 78-2, al. 1er [anc. al. 2], CPP"), ["CPP:78-2"])
        XCTAssertEqual(ids("l'article 63-4-3, in fine, du CPP"), ["CPP:63-4-3"])
        // An aside not followed by a code leaves the article without one.
        XCTAssertEqual(ids("l'article 5 (ancien alinéa 2) du règlement intérieur"), [])
    }

    /// "les articles 6 de la Conv. EDH et 63-1 du CPP": after another text's article, a bare
    /// number closed by its own code is that code's article.
    func testTwoTextsInOneListEachAfterItsArticle() {
        XCTAssertEqual(ids("les articles 6 de la Conv. EDH et 63-1 du CPP"), ["CPP:63-1"])
        XCTAssertEqual(ids("art. 34 Const. et 63-1 C. pr. pén."), ["CPP:63-1"])
        XCTAssertEqual(idSet("les articles 5 de la loi n° 78-17 et 226-16 du code pénal"), ["loi:1978-17", "CP:226-16"])
        // Without a code after it, the bare number is the other text's.
        XCTAssertEqual(idSet("l'article 2 de la loi n° 2024-42 et 3 du décret n° 2024-1234"), ["loi:2024-42", "decret:2024-1234"])
    }

    /// A prescription, a judge's order, the examining of a file, a bill: no text of that date.
    func testActsThatShareAKindWord() {
        XCTAssertEqual(ids("l'ordonnance du pédiatre du 4 mai 2023"), [])
        XCTAssertEqual(ids("une ordonnance pénale du 3 mai 2023"), [])
        XCTAssertEqual(ids("l'ordonnance de renvoi du juge d'instruction du 15 mars 2024"), [])
        XCTAssertEqual(ids("l'instruction de la demande du 4 mai 2023"), [])
        XCTAssertEqual(ids("une note de frais du 3 juin 2023"), [])
        // The texts themselves.
        XCTAssertEqual(ids("l'ordonnance modifiée du 2 novembre 1945"), ["ordonnance:1945-11-02"])
        XCTAssertEqual(ids("l'ordonnance du 2 février 1945 relative à l'enfance délinquante"), ["ordonnance:1945-02-02"])
        XCTAssertEqual(ids("l'instruction du ministre de l'intérieur du 4 mai 2023"), ["instruction:2023-05-04"])
    }

    /// Code forms: "c.p.p.", a lower-case acronym before its articles, a capital letter of the
    /// number before an abbreviation, a letterless code's "R." and bare articles in one list.
    func testCodeFormsAndMixedLists() {
        XCTAssertEqual(ids("art. 41-1, al. 2, c.p.p."), ["CPP:41-1"])
        XCTAssertEqual(ids("1. ceseda, article L. 611-1."), ["CESEDA:L611-1"])
        XCTAssertEqual(ids("article R. 421-21 A C. entr. séj. étr."), ["CESEDA:R421-21A"])
        XCTAssertEqual(ids("Voir les articles R. 625-7 et 434-15-2 du code pénal."), ["CP:R625-7", "CP:434-15-2"])
        // A lettered code keeps its list lettered.
        XCTAssertEqual(ids("les articles L. 611-1 et 612-2 du CESEDA"), ["CESEDA:L611-1"])
    }

    /// Series numbers and authors before a date; a short form's number after its date.
    func testSeriesNumbersAndShortForms() {
        XCTAssertEqual(ids("circ. DACG n° 2022/E1 du 2 décembre 2022"), ["circulaire:2022-12-02"])
        XCTAssertEqual(ids("circ. PM n° 6095/SG, 1er juill. 2019"), ["circulaire:2019-07-01"])
        XCTAssertEqual(ids("la note d'information n° DGEF/DIMM/2023/45 du 12 avril 2023"), ["note:2023-04-12"])
        XCTAssertEqual(ids("Texte abrogé : instruction n° DGS/EA4/2021/88 du 3 mai 2021."), ["instruction:2021-05-03"])
        XCTAssertEqual(ids("L. 26 janv. 2024, n° 2024-42"), ["loi:2024-42"])
        // A number of another year is another text's.
        XCTAssertEqual(ids("L. 26 janv. 2024, n° 2023-1"), ["loi:2024-01-26"])
        XCTAssertEqual(ids("la directive du Parlement européen et du Conseil 2013/32/UE"), ["ue-directive:2013/32"])
    }
}
