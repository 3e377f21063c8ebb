import CircTestSupport
import CircExtract
import XCTest

/// Rule tests: the NOR printed after a cited law, decree or ordonnance is that text's (its
/// last letter says which kind), not another reference; tax articles with capital letters
/// ("150 U du CGI", "L. 16 B du LPF") take their own code instead of a neighbour's; case-law
/// citations with a party's "c." or a "req." keep their docket.
final class ReferenceCitedNORAndTaxArticleTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-10-28" }
    func warned(_ text: String) -> [String] {
        RefHarness.refs(text, date: "2024-10-28").warnings.filter { $0.code == "code-outside-contract" }.map { String($0.message.prefix { $0 != " " }) }
    }

    func testNORAfterACitedLawDecreeOrOrdonnanceIsThatText() {
        XCTAssertEqual(ids("Vu la loi n° 2024-42 du 26 janvier 2024 pour contrôler l'immigration, améliorer l'intégration (NOR : IOMV2236472L) ;"),
                       ["loi:2024-42"])
        XCTAssertEqual(ids("Décret n° 2024-799 du 2 juillet 2024 (NOR : IOMV2411803D)."), ["decret:2024-799"])
        XCTAssertEqual(ids("Ordonnance n° 2020-1733 du 16 décembre 2020 (NOR: INTV2031358R)."), ["ordonnance:2020-1733"])
        XCTAssertEqual(ids("la loi n° 2018-778 du 10 septembre 2018 [NOR : INTX1801788L]"), ["loi:2018-778"])
        // The law keeps the NOR it was given.
        let r = RefHarness.refs("Loi n° 2024-42 du 26 janvier 2024 (NOR : IOMV2236472L).", date: "2024-10-28")
        XCTAssertEqual(r.references.first?.nor, "IOMV2236472L")
    }

    /// Counter-examples: a NOR whose letter names another kind, or a NOR in another sentence,
    /// stays a reference of its own; a circular's NOR past the law it presents is the circular's.
    func testNOROfAnotherKindStaysApart() {
        XCTAssertEqual(ids("Vu la loi n° 2024-42 du 26 janvier 2024 et la note NOR : INTV2229262J."), ["loi:2024-42", "nor:INTV2229262J"])
        XCTAssertEqual(ids("Vu la loi n° 2024-42 du 26 janvier 2024. Voir NOR : IOMV2236472L."), ["loi:2024-42", "nor:IOMV2236472L"])
        XCTAssertEqual(ids("la circulaire du 2 mars 2011 relative à la loi n° 2010-1192 (NOR : PRMC1106214C)"),
                       ["circulaire:2011-03-02", "loi:2010-1192"])
        // A decree's NOR after a law is no law's.
        XCTAssertEqual(ids("Vu la loi n° 2024-42 du 26 janvier 2024 (NOR : IOMV2411803D)."), ["loi:2024-42", "nor:IOMV2411803D"])
    }

    func testTaxArticleLettersTakeTheirOwnCode() {
        XCTAssertEqual(ids("Vu le code pénal, et l'article 150 U du CGI."), ["CGI:150 U"])
        XCTAssertEqual(warned("Vu le code pénal, et l'article 150 U du CGI."), ["CGI"])
        XCTAssertEqual(warned("article L. 16 B du LPF"), ["LPF"])
        // A contract code numbers no article with a capital letter: the list's code is not its.
        XCTAssertEqual(ids("les articles 1649 quater A et 40 du code de procédure pénale"), ["unknown:1649 quater A", "CPP:40"])
        XCTAssertEqual(ids("l'article 150 U du CGI et l'article L. 612-6 du CESEDA"), ["CGI:150 U", "CESEDA:L612-6"])
        XCTAssertEqual(ids("Vu le code pénal, et l'article 150 V du CGI."), ["CGI:150"])
        XCTAssertEqual(ids("L'ARTICLE 150 U DU CGI ET LES ARTICLES L. 612-6 ET L. 612-7 DU CESEDA"), ["CGI:150 U", "CESEDA:L612-6", "CESEDA:L612-7"])
        // A contract code's own lettered article, as its list writes it.
        XCTAssertEqual(ids("les articles R. 421-21 A et R. 421-21 B du CESEDA"), ["CESEDA:R421-21A", "CESEDA:R421-21B"])
        XCTAssertEqual(warned("articles 150 U et 200 quater A du CGI"), ["CGI", "CGI"])
    }

    /// Counter-examples: a roman paragraph, an unaccented "A" that opens the next words, a
    /// treaty's "CE" are no letters of the article.
    func testLettersThatAreNoPartOfTheArticle() {
        XCTAssertEqual(ids("Vu le code pénal et l'article L. 313-11 II du CESEDA."), ["CESEDA:L313-11"])
        XCTAssertEqual(ids("l'article 131-30 A compter du 1er janvier du code pénal"), ["CP:131-30"])
        XCTAssertEqual(ids("l'article 40 du code de procédure pénale, l'article 12 B"), ["CPP:40", "unknown:12 B"])
    }

    func testCaseLawWithPartiesAndRequete() {
        XCTAssertEqual(ids("CEDH, 23 févr. 2012, Hirsi Jamaa et autres c. Italie, n° 27765/09. Le préfet veille."), ["juris:CEDH:27765/09"])
        XCTAssertEqual(ids("CE, 10 déc. 2003, req. n° 255180."), ["juris:CE:255180"])
        XCTAssertEqual(ids("Cass. soc. 13 juillet 2004, n° 02-15.142. Le préfet veille."), ["juris:Cass:02-15.142"])
    }
}
