import CircTestSupport
import CircExtract
import XCTest

/// Rule tests for the short forms that doctrine, Légifrance and case-law tables write:
/// abbreviated codes, short forms of texts dated without a number, Cour de cassation
/// chambers, lists of numbers and dockets. Each rule has a counter-example where it could
/// overreach.
final class ReferenceDoctrineFormTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-03-01" }

    /// "C. entr. séj. étr.", "C. santé publ.", "C. séc. int.": doctrine's abbreviations of codes
    /// (codes.json); "Code pén." spells out the first word of "C. pén.".
    func testAbbreviatedCodesOfDoctrine() {
        XCTAssertEqual(ids("Voir art. L. 511-1 C. entr. séj. étr. sur ce point."), ["CESEDA:L511-1"])
        XCTAssertEqual(ids("Code pén. art. 222-13."), ["CP:222-13"])
        XCTAssertEqual(ids("Voir Code civ., art. 1240 et C. santé publ., art. L. 3212-1."), ["CCIV:1240", "CSP:L3212-1"])
        XCTAssertEqual(ids("C. séc. int., art. L. 228-1 ; C. action soc. fam., art. L. 222-5 ; art. 222-22 C.P."),
                       ["CSI:L228-1", "CASF:L222-5", "CP:222-22"])
        // A "code" that is no legal code names nothing.
        XCTAssertEqual(ids("Le code couleur, art. 3 du règlement intérieur, s'applique."), [])
    }

    /// "art. 62-2 et s. CPP": the dot of "et s." ends no citation; the code after it is the list's.
    func testCodeAfterFollowingAbbreviation() {
        XCTAssertEqual(ids("Voir art. 62-2 et s. CPP pour la garde à vue."), ["CPP:62-2"])
        // A sentence that starts after "et s." with another text: the articles stay unresolved.
        XCTAssertEqual(ids("Voir les articles 62-2 et s. La loi n° 2011-392 du 14 avril 2011 les a modifiés."), ["unknown:62-2", "loi:2011-392"])
    }

    /// "L.O. 6213-1": an organic article whose prefix is written with dots.
    func testDottedOrganicPrefix() {
        XCTAssertEqual(ids("Voir art. L.O. 6213-1 du code général des collectivités territoriales."), ["CGCT:LO6213-1"])
        // "L.O." before a text number is still the organic law.
        XCTAssertEqual(ids("L.O. n° 2009-1523 du 10 décembre 2009."), ["loi:2009-1523"])
    }

    /// "L. 29 juill. 1881", "Ord. 2 nov. 1945", "D. 16 déc. 2020", "Circ. 28 nov. 2012": a
    /// text's short form dated without "du" or a number; a number the document gives for that
    /// date still wins.
    func testShortFormsDatedWithoutNumber() {
        XCTAssertEqual(ids("L. 29 juill. 1881, art. 24."), ["loi:1881-07-29"])
        XCTAssertEqual(ids("Ord. 2 nov. 1945 ; D. 16 déc. 2020."), ["ordonnance:1945-11-02", "decret:2020-12-16"])
        XCTAssertEqual(ids("Circ. 28 nov. 2012, NOR : INTK1229185C."), ["circulaire:2012-11-28"])
        XCTAssertEqual(ids("Voir Instr. 11 mars 2013 et circ. du 25 janv. 2016."), ["instruction:2013-03-11", "circulaire:2016-01-25"])
        XCTAssertEqual(ids("Circ. n° JUSD1802971C du 2 février 2018."), ["circulaire:2018-02-02"])
        XCTAssertEqual(ids("La loi n° 2016-274 du 7 mars 2016 a réformé le droit des étrangers (L. 7 mars 2016, art. 10)."),
                       ["loi:2016-274", "loi:2016-274"])
        XCTAssertEqual(ids("L. org. n° 2009-1523 du 10 déc. 2009."), ["loi:2009-1523"])
        // The letter glued to a day is OCR damage, not a short form; "L. 10" alone is an article.
        XCTAssertEqual(ids("La loi n\" 2008-1.350 du L9 décembre 2008 relative à la législation funéraire."), ["loi:2008-1350"])
        XCTAssertEqual(ids("l'article L. 10 du CESEDA"), ["CESEDA:L10"])
    }

    /// "Dir. 2008/115/CE", "Règl. (UE) 2016/679", "la directive retour 2008/115/CE".
    func testShortFormsAndNicknamesOfEUTexts() {
        XCTAssertEqual(ids("Dir. 2008/115/CE ; Règl. (UE) 2016/679 du 27 avr. 2016."), ["ue-directive:2008/115", "ue-reglement:679/2016"])
        XCTAssertEqual(ids("La directive retour 2008/115/CE et la directive « accueil » n° 2013/33/UE."),
                       ["ue-directive:2008/115", "ue-directive:2013/33"])
        // Words after "directive" with no slashed number: no EU text.
        XCTAssertEqual(ids("La directive relative aux conditions d'accueil sera transposée en 2025."), [])
    }

    /// "les lois n° 2016-274 et n° 2018-778": each number of the list is a text of that kind;
    /// "n° 2016 - 274" is one number spaced out; a year alone is no number.
    func testListsAndSpacedNumbersOfTexts() {
        XCTAssertEqual(ids("Les lois n° 2016-274 et n° 2018-778 ont modifié le code."), ["loi:2016-274", "loi:2018-778"])
        XCTAssertEqual(ids("Les décrets n° 2020-1734 et 2020-1735 du 16 décembre 2020."), ["decret:2020-1734", "decret:2020-1735"])
        XCTAssertEqual(ids("La loi n° 2016 - 274 du 7 mars 2016."), ["loi:2016-274"])
        XCTAssertEqual(ids("La loi n° 2016 sur la justice."), [])
        // A number of another shape after the list is not a text.
        XCTAssertEqual(ids("La loi n° 2016-274, 12 agents et 2018-2019 crédits."), ["loi:2016-274"])
    }

    /// "décret en Conseil d'État": the procedure of a décret, never a ruling of the court.
    func testDecreeInConseilDEtatIsNoRuling() {
        XCTAssertEqual(ids("Le décret en Conseil d'État n° 2011-1212 du 29 septembre 2011."), ["decret:2011-1212"])
        XCTAssertEqual(ids("Un décret en Conseil d'État fixe les modalités ; voir CE, 12 juin 2020, n° 428478."), ["juris:CE:428478"])
    }

    /// "Crim.", "Civ. 1re", "Soc.", "Ass. plén.": chambers of the Cour de cassation without
    /// "Cass."; Légifrance's heading "Cour de cassation, chambre criminelle, date, 20-84.045".
    func testCassationChambersAndHeadings() {
        XCTAssertEqual(ids("Crim., 15 déc. 2021, n° 21-81.864, publié au Bulletin."), ["juris:Cass:21-81.864"])
        XCTAssertEqual(ids("Civ. 1re, 3 févr. 2010, n° 08-21.419 ; Soc. 13 juill. 2004, n° 02-15.142."),
                       ["juris:Cass:08-21.419", "juris:Cass:02-15.142"])
        XCTAssertEqual(ids("Ass. plén., 15 avr. 2011, n° 10-17.049."), ["juris:Cass:10-17.049"])
        XCTAssertEqual(ids("Cour de cassation, chambre criminelle, 12 janvier 2021, 20-84.045, Inédit"), ["juris:Cass:20-84.045"])
        XCTAssertEqual(ids("Cass. soc., 25 nov. 2020, pourvoi no 17-19.523."), ["juris:Cass:17-19.523"])
        // The police's "Crim." without a date or a docket is no ruling.
        XCTAssertEqual(ids("Le service de la Crim. a été saisi le 5 mars 2019."), [])
    }

    /// "aff. C-404/15 et C-659/15": further dockets of the same shape; "CJCE" is the CJUE's
    /// former name.
    func testDocketListsAndFormerEUCourt() {
        XCTAssertEqual(ids("CJUE, gr. ch., 5 avr. 2016, Aranyosi et Căldăraru, aff. C-404/15 et C-659/15 PPU."),
                       ["juris:CJUE:C-404/15", "juris:CJUE:C-659/15"])
        XCTAssertEqual(ids("Cass. crim., 5 mars 2019, n° 18-82.123 et n° 18-82.124."), ["juris:Cass:18-82.123", "juris:Cass:18-82.124"])
        XCTAssertEqual(ids("CJCE, 19 oct. 2004, Zhu et Chen, aff. C-200/02."), ["juris:CJUE:C-200/02"])
        // A number of another shape after the docket is not one.
        XCTAssertEqual(ids("CE, 12 juin 2020, n° 428478, 12 mois plus tard."), ["juris:CE:428478"])
        XCTAssertEqual(ids("Cass. crim., 5 mars 2019, n° 18-82.123, 2019-12."), ["juris:Cass:18-82.123"])
    }
}
