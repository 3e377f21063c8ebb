import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests for circulars cited in short or comma-set forms, code abbreviations without
/// their final dot, "du code" followed by a verb, articles of an annex or of another text in
/// brackets, and the décret-loi. Each rule has a counter-example where it could overreach.
final class ReferenceShortCircularAndCodeVerbTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-03-01" }

    /// "Circ. DACG, 28 août 2019", "circ. min. du 20 mars 1995", "Une précédente circulaire,
    /// du 17 novembre 2022": the date set off by a comma (after the kind or its author's
    /// acronym) or after a qualifier dates the circular.
    func testShortAndCommaDatedCirculars() {
        XCTAssertEqual(idSet("Voir en ce sens la Circ. DACG, 28 août 2019, relative aux violences conjugales."), ["circulaire:2019-08-28"])
        XCTAssertEqual(idSet("Les modalités figurent dans la circ. min. du 20 mars 1995."), ["circulaire:1995-03-20"])
        XCTAssertEqual(idSet("Une précédente circulaire, du 17 novembre 2022, avait rappelé ces règles."), ["circulaire:2022-11-17"])
        XCTAssertEqual(idSet("La circulaire, en date du 5 mai 2021, est abrogée."), ["circulaire:2021-05-05"])
        XCTAssertEqual(idSet("La circulaire DGS, 4 mars 2020, demeure en vigueur."), ["circulaire:2020-03-04"])
        XCTAssertEqual(idSet("Circ. Crim. 2014-18 du 26 septembre 2014 : présentation de la loi."), ["circulaire:2014-09-26"])
        // Another kind's words before the short form do not take its date.
        XCTAssertEqual(idSet("Les instructions de la Circ. n° 2019-12 du 3 avril 2019 restent applicables."), ["circulaire:2019-04-03"])
        // Counter-examples: a comma then words, or a date without "du" after a lowercase word.
        XCTAssertEqual(idSet("La circulaire, signée par le ministre, est entrée en vigueur le 3 mars 2020."), [])
        XCTAssertEqual(idSet("Cette circulaire, très attendue, sera publiée au Bulletin officiel."), [])
        XCTAssertEqual(idSet("La circulaire précitée, 4 mars 2020, demeure."), [])
    }

    /// "C.trav", "C. trav", "C.civ": a code abbreviation without its final dot, or glued.
    func testDotlessCodeAbbreviations() {
        XCTAssertEqual(idSet("Le licenciement obéit à l'art. L. 1232-1 C.trav et à l'article 1240 C.civ."), ["CT:L1232-1", "CCIV:1240"])
        XCTAssertEqual(idSet("C. trav, art. L. 3121-1 : définition du temps de travail effectif."), ["CT:L3121-1"])
        XCTAssertEqual(idSet("L'article L. 1152-1 C. trav interdit le harcèlement moral."), ["CT:L1152-1"])
        XCTAssertEqual(idSet("Les art. 371-1 et 373-2 C.civ s'appliquent."), ["CCIV:371-1", "CCIV:373-2"])
        // Counter-example: "C." alone before a name is an initial, not a code.
        XCTAssertEqual(idSet("M. C. Travert a signé la note."), [])
    }

    /// "l'article 40 du code impose…": a verb after "du code" is no code name; the article
    /// is the context's code's, or nothing.
    func testCodeFollowedByVerb() {
        XCTAssertEqual(idSet("Le code de procédure pénale est applicable. L'article 40 du code impose au fonctionnaire de signaler les crimes."), ["CPP:40"])
        XCTAssertEqual(idSet("Le code civil est modifié : l'article 9 du code protège la vie privée."), ["CCIV:9"])
        XCTAssertEqual(idSet("L'article 40 du code impose au fonctionnaire de signaler les crimes.").filter { !$0.hasPrefix("unknown:") }, [])
        // Counter-example: a code the lexicon does not know stays unknown, not the context's.
        XCTAssertFalse(idSet("Le code pénal s'applique. L'article L. 121-1 du code minier est cité.").contains("CP:L121-1"))
    }

    /// "Voir l'annexe 2 (article 5)", "l'article 2 de l'annexe III": an annex's article is no
    /// code article, even after a code mention.
    func testAnnexArticles() {
        XCTAssertEqual(idSet("Le code de procédure pénale s'applique. Voir l'annexe 2 (article 5) pour le modèle."), [])
        XCTAssertEqual(idSet("Au regard du code de procédure pénale, l'annexe 1 (art. 3) fixe le modèle."), [])
        XCTAssertEqual(idSet("Le code pénal prévoit ces peines ; voir l'article 2 de l'annexe III."), [])
        XCTAssertEqual(idSet("Au titre de l'article 41-1 du CPP (voir annexe 2, article 5), le procureur peut proposer une mesure."), ["CPP:41-1"])
        // Counter-example: a code article in brackets after the code's context stays.
        XCTAssertEqual(idSet("Le code de procédure pénale prévoit la composition pénale (article 41-2)."), ["CPP:41-2"])
    }

    /// "le décret-loi du 2 mai 1938": a décret for the id.
    func testDecretLoi() {
        XCTAssertEqual(idSet("Le décret-loi du 2 mai 1938 relatif à la police des étrangers est abrogé."), ["decret:1938-05-02"])
        XCTAssertEqual(idSet("En application du décret-loi n° 39-1 du 2 janvier 1939, les mesures furent prises."), ["decret:1939-1"])
        XCTAssertEqual(idSet("Les décrets-lois du 12 novembre 1938 ont été pris."), ["decret:1938-11-12"])
        XCTAssertEqual(idSet("Un décret-loi fut adopté à cette époque."), [])
    }
}
