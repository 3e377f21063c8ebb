import CircExtract
import XCTest

/// Rule tests, on sentences written for them: the short forms of doctrine ("L. n° …",
/// "Ord. n° …"), EU case numbers, and what OCR and hurried copies do to a citation (digits for
/// letters, the degree sign of "n°", a thousands dot, a lost apostrophe, a glued word).
final class ReferenceShortFormAndOCRTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2021-03-01" }

    func testShortFormsOfTextKindsNeedTheirNumber() {
        XCTAssertEqual(ids("Voir L. n° 2018-778 du 10 sept. 2018."), ["loi:2018-778"])
        XCTAssertEqual(ids("Ord. n° 2020-1733 du 16 déc. 2020 ; D. n° 2020-1734 du 16 décembre 2020."),
                       ["ordonnance:2020-1733", "decret:2020-1734"])
        // A line of its own, which the structure could read as a section lettered "L".
        XCTAssertEqual(ids("Textes\n\nL. n° 2018-778 du 10 septembre 2018.\n"), ["loi:2018-778"])
        // "L." before an article number is the article's letter, not a law.
        XCTAssertEqual(ids("L'article L. 612-6 du CESEDA s'applique."), ["CESEDA:L612-6"])
        XCTAssertEqual(ids("Mme D. a été entendue."), [])
    }

    func testEUCaseNumbers() {
        XCTAssertEqual(ids("Voir CJUE, 28 avril 2011, El Dridi, C-61/11, point 40."), ["juris:CJUE:C-61/11"])
    }

    func testKindWordsReadThroughOCRDigits() {
        XCTAssertEqual(ids("La 101 n° 2010-1192 du 11 octobre 2010 pose le principe."), ["loi:2010-1192"])
        XCTAssertEqual(ids("Le d6cret n° 2020-1734 du 16 décembre 2020 s'applique."), ["decret:2020-1734"])
        // A number that only looks like a kind word, with no text number after it, stays a number.
        XCTAssertEqual(ids("Les 101 agents et l'article 101 du code pénal."), ["CP:101"])
    }

    func testDegreeSignOfNumeroAsOCRReadIt() {
        XCTAssertEqual(ids("En application de la loi n\" 2010-1192 du 11 octobre 2010, le port est interdit."), ["loi:2010-1192"])
        XCTAssertEqual(ids("Textes de référence : Loin ~ 90-1258 du 31 décembre 1990 modifiée."), ["loi:1990-1258"])
        XCTAssertEqual(ids("Le service est loin ~ 20 km de la ville."), [])
        XCTAssertEqual(ids("Annulée par le Conseil d Etat par la décision n ~ 186450 du 3 avril 1998."), ["juris:CE:186450"])
        XCTAssertEqual(ids("Pour l'application de la loi n® 2010-1192 du 11 octobre 2010, le port est interdit."), ["loi:2010-1192"])
    }

    /// The NOR in brackets belongs to the circular cited before it, even past the law that
    /// circular presents.
    func testACitedNORGoesToTheCircularPastTheLawItPresents() {
        XCTAssertEqual(ids("À la suite de la circulaire du 2 mars 2011 relative à la mise en œuvre de la loi n° 2010-1192 du 11 octobre 2010 (NOR : PRMC1106214C), je vous précise ce qui suit."),
                       ["circulaire:2011-03-02", "loi:2010-1192"])
        // A law's own NOR ("…L") is that law's, no reference of its own.
        XCTAssertEqual(ids("La loi n° 2010-1192 du 11 octobre 2010 (NOR : JUSX1011390L) s'applique."), ["loi:2010-1192"])
    }

    /// OCR spaced an article number's digits apart: the parts up to the hyphenated one are
    /// one number; a list or a year stays apart.
    func testArticleDigitsSpacedApart() {
        XCTAssertEqual(ids("Vous veillerez à l'application de l'article L.3 1 3-11 du CESEDA."), ["CESEDA:L313-11"])
        XCTAssertEqual(ids("L'article 4 1-1 du code de procédure pénale s'applique."), ["CPP:41-1"])
        XCTAssertEqual(ids("Les articles 4, 5 et 6 du code de procédure pénale."), ["CPP:4", "CPP:5", "CPP:6"])
        XCTAssertEqual(ids("L'article 1 2004-228 du code pénal."), ["CP:1"])
    }

    /// A code abbreviation the lexicon does not know names a code all the same: the article
    /// does not take a neighbour's.
    func testAnUnknownCodeAbbreviationIsNoNeighboursCode() {
        XCTAssertEqual(ids("Voir art. L. 121-1 C. xyzab.\n\nC. com., art. L. 442-6."), ["unknown:L121-1", "CCOM:L442-6"])
        XCTAssertEqual(ids("Voir art. L. 121-1 C. consom.\n\nC. com., art. L. 442-6."), ["CCONSO:L121-1", "CCOM:L442-6"])
    }

    func testThousandsDotInsideATextNumber() {
        XCTAssertEqual(ids("La loi n° 2008-1.350 du 19 décembre 2008 relative à la législation funéraire."), ["loi:2008-1350"])
    }

    func testTextGivenItsDateAfterARelativeClause() {
        XCTAssertEqual(ids("Je vous invite à relire la circulaire qui vous a été adressée à ce sujet, le 31 janvier 2020, page 5."),
                       ["circulaire:2020-01-31"])
        XCTAssertEqual(ids("Une circulaire du ministre de l'Intérieur, datée du 5 février 2021, demande aux préfets d'agir."),
                       ["circulaire:2021-02-05"])
        // Without a participle the date after the comma is not the text's.
        XCTAssertEqual(ids("La circulaire reste applicable, le 31 janvier 2020 comme avant."), [])
    }

    func testAWordGluedToAnArticleNumber() {
        XCTAssertEqual(ids("Les articles 495-16 et 520-1du code de procédure pénale."), ["CPP:495-16", "CPP:520-1"])
    }

    /// "L 313-11-7°": the comma before the item lost, its number glued to the article.
    func testAnItemNumberGluedToItsArticle() {
        XCTAssertEqual(ids("Au titre de l'article L 313-11-7° du CESEDA, la carte est délivrée."), ["CESEDA:L313-11"])
        // Without the degree sign the number is the article's own.
        XCTAssertEqual(ids("Au titre de l'article L. 313-11-1 du CESEDA, la carte est délivrée."), ["CESEDA:L313-11-1"])
    }
}
