import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for a text that is one citation: what a juriste pastes, or another tool's test
/// phrase. A title describes its document only when a body follows it.
final class CitationPhraseTests: XCTestCase {
    func ids(_ text: String) -> [String] {
        TestLexicons.pipeline.extract(SourceDocument(path: "phrase.txt", text: text, format: .text)).references.map(\.id)
    }

    func testACitationAloneIsAReference() {
        XCTAssertEqual(ids("Circulaire du 16 août 2019 relative à l'amélioration de l'accueil des étrangers."), ["circulaire:2019-08-16"])
        XCTAssertEqual(ids("Circulaire n° NOR INTK1300159C du 11 mars 2013."), ["circulaire:2013-03-11"])
    }

    func testATitleFollowedByABodyDescribesItsDocument() {
        let t = "Circulaire du 16 août 2019 relative à l'amélioration de l'accueil des étrangers\n\nJe vous demande de veiller à l'accueil des étrangers en préfecture, conformément à la circulaire du 2 mars 2018."
        XCTAssertEqual(ids(t), ["circulaire:2018-03-02"])
    }

    /// Joined questions are judged by one decision: one id, its first number (as its ECLI).
    func testJoinedConstitutionalDecisions() {
        XCTAssertEqual(RefHarness.ids("Décision n° 2018-717/718 QPC du 6 juillet 2018.", date: "2021-03-01"), ["cc:2018-717-QPC"])
        XCTAssertEqual(RefHarness.ids("La décision QPC n° 2010-14/22 du 30 juillet 2010 a censuré la garde à vue.", date: "2021-03-01"),
                       ["cc:2010-14-QPC"])
        XCTAssertEqual(RefHarness.ids("Décision n° 2020-846/847/848 QPC du 26 juin 2020.", date: "2021-03-01"), ["cc:2020-846-QPC"])
        // Two decisions cited together stay two.
        XCTAssertEqual(RefHarness.ids("Décisions n° 2018-717/718 QPC et n° 2019-810 QPC.", date: "2021-03-01"), ["cc:2018-717-QPC", "cc:2019-810-QPC"])
        // A type word before a plain number is not a decision.
        XCTAssertEqual(RefHarness.ids("Les QPC 2010 et 2011 ont été nombreuses.", date: "2021-03-01"), [])
    }

    /// A NOR the document gives with a date names that dated text where it stands alone.
    func testANORAloneNamesTheDatedTextItWasGivenWith() {
        let r = RefHarness.refs("Je vous rappelle la circulaire NOR : IOCL1130031C du 31 octobre 2011. La circulaire NOR IOCL1130031C reste applicable.", date: "2015-02-19", kind: .note)
        XCTAssertEqual(r.references.map(\.id), ["circulaire:2011-10-31", "circulaire:2011-10-31"])
        XCTAssertEqual(r.references.last?.nor, "IOCL1130031C")
        // A NOR never given with a date stays a NOR.
        XCTAssertEqual(RefHarness.ids("La circulaire NOR IOCL1130099C reste applicable.", date: "2015-02-19"), ["nor:IOCL1130099C"])
    }

    /// "Vu le code X, notamment ses articles …": the possessive stands for the code named just
    /// before — unless another text is named between them (then the articles are that text's).
    func testPossessiveArticlesOfTheCodeNamedBefore() {
        XCTAssertEqual(ids("Vu le code général des collectivités territoriales, notamment ses articles L. 2214-4 et L. 2215-1 ;"),
                       ["CGCT:L2214-4", "CGCT:L2215-1"])
        XCTAssertEqual(ids("Le code de la sécurité intérieure prévoit, en son article L. 211-11, que le préfet peut interdire."), ["CSI:L211-11"])
        XCTAssertEqual(ids("Vu le code de la sécurité intérieure ; vu la loi n° 2021-1109 du 24 août 2021, notamment ses articles 19 et 20 ;"),
                       ["loi:2021-1109"])
    }

    /// "ARRÊTE :" alone on its line makes a regulatory act: kind unknown, never a press
    /// article, so its closing name is its signatory.
    func testAnEnactingFormulaMakesNoPressArticle() {
        let t = "Arrêté portant interdiction de la vente d'alcool\n\nLe préfet du Nord,\n\nVu le code de la sécurité intérieure ;\n\nARRÊTE :\n\nArticle 1er : La vente d'alcool à emporter est interdite sur l'ensemble du département.\n\nFait à Lille, le 28 décembre 2022\n\nLe préfet,\nJean DUPUIS\n"
        let d = TestLexicons.pipeline.extract(SourceDocument(path: "arrete.txt", text: t, format: .text))
        let m = d.metadata
        XCTAssertEqual(m.kind, .unknown)
        // Its rule in its own voice binds nobody it names: no "addressees" for an act without any.
        XCTAssertEqual(d.obligations.map(\.modality), [.prohibition])
        XCTAssertNil(d.obligations.first?.actor)
        XCTAssertEqual(m.signatory, "Jean Dupuis")
        XCTAssertEqual(m.date, "2022-12-28")
    }
}

/// Citation forms of case law and doctrine.
final class CitationFormTests: XCTestCase {
    /// "article 1er" is the code's article 1: the id has the number only.
    func testFirstArticleIsNumberOne() {
        XCTAssertEqual(RefHarness.ids("Aux termes de l'article 1er du code civil, les lois sont exécutoires.", date: "2021-03-01"), ["CCIV:1"])
        XCTAssertEqual(RefHarness.ids("L'article 1er du code de procédure pénale et l'article 2 du même code.", date: "2021-03-01"), ["CPP:1", "CPP:2"])
    }

    /// ", art. 3" right after a cited law or décret is an article of that text, not of the
    /// code the paragraph named before.
    func testArticleAfterACitedTextIsThatTexts() {
        let t = "Le code pénal réprime ces faits. Voir le décret n° 2011-1212 du 29 septembre 2011, art. 3, et la loi n° 2018-778 du 10 septembre 2018, art. 4 et 5."
        XCTAssertEqual(RefHarness.ids(t, date: "2021-03-01"), ["decret:2011-1212", "loi:2018-778"])
        // A code written after the list still names it.
        XCTAssertEqual(RefHarness.ids("Voir la loi n° 2018-778 du 10 septembre 2018, art. 222-17 du code pénal.", date: "2021-03-01"), ["loi:2018-778", "CP:222-17"])
    }

    /// An arrêté's own articles ("Article 3 : …" opening a line) are no references, though a
    /// code was named just before; one cited in a sentence still is.
    func testAnActsOwnArticlesAreNoReferences() {
        let t = "ARRÊTE :\n\nArticle 1er : Tout rassemblement festif est interdit.\n\nArticle 2 : Toute infraction sera punie des peines prévues à l'article R. 610-5 du code pénal.\n\nArticle 3 – Le présent arrêté peut faire l'objet d'un recours.\n\nARTICLE 4. Le secrétaire général est chargé de l'exécution du présent arrêté, comme le prévoit l'article 6 du même code."
        XCTAssertEqual(RefHarness.ids(t, date: "2024-04-26"), ["CP:R610-5", "CP:6"])
    }

    /// Légifrance heads a ruling with court, formation, date and a bare docket.
    func testBareDocketAfterTheDateOfARuling() {
        XCTAssertEqual(RefHarness.ids("Conseil d'État, 10ème - 9ème chambres réunies, 18/12/2019, 428311, Inédit au recueil Lebon", date: "2021-03-01"),
                       ["juris:CE:428311"])
        XCTAssertEqual(RefHarness.ids("CAA Douai, 5 mars 2020, 19DA01234.", date: "2021-03-01"), ["juris:CAA-Douai:19DA01234"])
        // A number after a date with no court is nothing.
        XCTAssertEqual(RefHarness.ids("Le 5 mars 2020, 12345 personnes ont été contrôlées.", date: "2021-03-01"), [])
    }
}
