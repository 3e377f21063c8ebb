import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests for the ways legal writers and word processors write citations that the other
/// reference suites do not cover: codes outside the contract's table, en dashes in numbers,
/// "art" without its dot, an alinéa numbered as an ordinal, nicknames and gap words between a
/// text's kind and its number or date. Each rule has a counter-example where it could overreach.
final class ReferenceCitationStyleTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-03-01" }
    /// The canonical ids alone, as the JSON prints them.
    func canonical(_ text: String) -> [String] {
        TestLexicons.pipeline.extract(SourceDocument(path: "phrase.txt", text: text, format: .text)).references.map(\.id)
    }

    /// A code outside the contract's table (code de la santé publique, code de commerce…) is
    /// read but gives no canonical id: a warning, and nothing in the document's references.
    func testCodesOutsideTheContractAreLeftOut() {
        XCTAssertEqual(canonical("La mesure prévue à l'article L. 3211-12-1 du code de la santé publique est distincte."), [])
        XCTAssertEqual(canonical("C. com., art. L. 123-1."), [])
        let r = RefHarness.refs("l'article L. 234-1 du code de la route", date: "2024-03-01")
        XCTAssertTrue(r.warnings.contains { $0.code == "code-outside-contract" })
        // The contract's codes around it are kept, and do not take the other code's articles.
        XCTAssertEqual(canonical("Voir l'article L. 1111-1 du code de la défense et l'article L. 612-6 du CESEDA."), ["CESEDA:L612-6"])
        XCTAssertEqual(canonical("Vu l'article L. 3212-1 du code de la santé publique et l'article 40 du code de procédure pénale."), ["CPP:40"])
    }

    /// "L. 612–6", "n° 2018–778": an en dash (or a minus sign) glued between the parts of a number.
    func testEnDashInsideANumber() {
        XCTAssertEqual(ids("L'article L. 612\u{2013}6 du CESEDA permet une interdiction de retour."), ["CESEDA:L612-6"])
        XCTAssertEqual(ids("l'article 706\u{2212}73\u{2013}1 du CPP"), ["CPP:706-73-1"])
        XCTAssertEqual(ids("la loi n° 2018\u{2013}778 du 10 septembre 2018"), ["loi:2018-778"])
        XCTAssertEqual(ids("les articles L. 612\u{2013}6 à L. 612\u{2013}8 du CESEDA"), ["CESEDA:L612-6", "CESEDA:L612-7", "CESEDA:L612-8"])
        // A dash set apart by spaces is punctuation, not part of the number.
        XCTAssertEqual(ids("l'article L. 612-6 du CESEDA \u{2013} 3 ans au plus"), ["CESEDA:L612-6"])
        XCTAssertEqual(ids("En 2018\u{2013}2019, la loi a été appliquée."), [])
    }

    /// "Code civil art 9": "art" without its dot.
    func testArtWithoutItsDot() {
        XCTAssertEqual(ids("Code civil art 9."), ["CCIV:9"])
        XCTAssertEqual(ids("CGCT art L. 2212-2"), ["CGCT:L2212-2"])
        // "art" as the noun, with no article number after it.
        XCTAssertEqual(ids("Le code du patrimoine protège les œuvres d'art anciennes."), [])
    }

    /// "article 41 al. 1er du CPP": the alinéa numbered as an ordinal.
    func testAlineaAsAnOrdinal() {
        XCTAssertEqual(ids("article 41 al. 1er du CPP"), ["CPP:41"])
        XCTAssertEqual(RefHarness.refs("l'article L. 612-6, alinéa 2e, du CESEDA", date: "2024-03-01").references.first?.alinea, 2)
        // An ordinal that is an item ("3°") is no alinéa.
        XCTAssertEqual(RefHarness.refs("l'article L. 611-1, 3°, du CESEDA", date: "2024-03-01").references.first?.alinea, nil)
    }

    /// A nickname in quotes, "dite …", and the preposition of a descriptive name stand between
    /// a text's kind and its number or date.
    func testNicknamesAndDescriptiveNamesBeforeTheNumberOrDate() {
        XCTAssertEqual(ids("la loi « informatique et libertés » n° 78-17 du 6 janvier 1978"), ["loi:1978-17"])
        XCTAssertEqual(ids("la loi dite « Darmanin » n° 2024-42"), ["loi:2024-42"])
        XCTAssertEqual(ids("la loi « immigration » du 26 janvier 2024"), ["loi:2024-01-26"])
        XCTAssertEqual(ids("la loi de programmation du 24 janvier 2023"), ["loi:2023-01-24"])
        XCTAssertEqual(ids("la loi n° 2018-778 du 10 septembre 2018 et son décret d'application n° 2018-1142 du 12 décembre 2018"),
                       ["loi:2018-778", "decret:2018-1142"])
        // A quotation after the kind word that is not followed by the text's number or date.
        XCTAssertEqual(ids("La loi « pour une immigration maîtrisée » a été votée en 2018."), [])
        // Two descriptive words are still too many for a law ("la loi de finances pour 2024 du …").
        XCTAssertEqual(ids("la loi de finances rectificative votée du 3 au 5 mars 2024"), [])
    }

    /// "la loi du 26 janvier 2024 (n° 2024-42)": the number in parentheses after the date.
    func testNumberInParenthesesAfterTheDate() {
        XCTAssertEqual(ids("la loi du 26 janvier 2024 (n° 2024-42)"), ["loi:2024-42"])
        // A number that is no text's number stays out: the law keeps its date.
        XCTAssertEqual(ids("la loi du 26 janvier 2024 (n° 42)"), ["loi:2024-01-26"])
    }

    /// "règlement Dublin III (n° 604/2013)", "les directives 2013/32/UE et 2013/33/UE".
    func testEUNicknamesAndLists() {
        XCTAssertEqual(ids("règlement Dublin III (n° 604/2013)"), ["ue-reglement:604/2013"])
        XCTAssertEqual(ids("les directives 2013/32/UE et 2013/33/UE"), ["ue-directive:2013/32", "ue-directive:2013/33"])
        // A fraction after the list is no further text.
        XCTAssertEqual(ids("la directive 2008/115/CE, 2/3 des dossiers"), ["ue-directive:2008/115"])
    }

    /// ECLI: a Conseil d'État ruling by the docket inside, a Conseil constitutionnel decision.
    func testECLI() {
        XCTAssertEqual(ids("CE, 27 novembre 2019, ECLI:FR:CECHR:2019:422469.20191127"), ["juris:CE:422469"])
        XCTAssertEqual(ids("Voir ECLI:FR:CESSR:2020:440250.20200430."), ["juris:CE:440250"])
        XCTAssertEqual(ids("Cons. const., ECLI:FR:CC:2019:2019.810.QPC"), ["cc:2019-810-QPC"])
        // The Cour de cassation's and the EU's ECLIs hold no pourvoi or case number.
        XCTAssertEqual(ids("ECLI:FR:CCASS:2021:CR01234 ; ECLI:EU:C:2014:1320"), [])
    }

    /// "nos 445110 et 445180": the plural number word before a list of dockets; "C.J.A.".
    func testPluralNumberWordAndDottedAcronyms() {
        XCTAssertEqual(ids("CE, 4 oct. 2021, nos 445110 et 445180"), ["juris:CE:445110", "juris:CE:445180"])
        XCTAssertEqual(ids("les lois nos 2016-274 et 2018-778"), ["loi:2016-274", "loi:2018-778"])
        // The possessive "nos" before a count is no number word.
        XCTAssertEqual(ids("Le Conseil d'État a rappelé nos 12 obligations."), [])
        XCTAssertEqual(ids("l'article L. 521-2 du C.J.A."), ["CJA:L521-2"])
        XCTAssertEqual(ids("art. L. 2212-2 du C.G.C.T."), ["CGCT:L2212-2"])
    }
}
