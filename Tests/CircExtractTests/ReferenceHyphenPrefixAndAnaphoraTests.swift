import CircExtract
import XCTest

/// Rule tests, on sentences written for them: an article whose letter is followed by a hyphen
/// instead of a dot ("L-612-6"), the long doctrinal abbreviations of code names ("C. gén. coll.
/// terr.", "C. rel. pub. adm.", "C. ent. et séj. étr. et dr. asile"), "du même code" with no
/// code named before it, and ranges in codes whose article list circ does not hold.
final class ReferenceHyphenPrefixAndAnaphoraTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2025-03-01" }

    /// The canonical ids only: what circ could not resolve stays `unknown:` (a warning in
    /// the output, no reference).
    func known(_ text: String) -> [String] {
        RefHarness.refs(text, date: snippetDate).references.filter { $0.kind != .unknown }.map(\.id)
    }

    func testHyphenAfterThePrefixLetter() {
        XCTAssertEqual(ids("Le préfet prend la décision prévue à l'article L-612-6 du CESEDA."), ["CESEDA:L612-6"])
        XCTAssertEqual(ids("Conformément à l'art. R-311-3 du CESEDA, le récépissé est remis."), ["CESEDA:R311-3"])
        XCTAssertEqual(ids("Les articles L-731-2 et L-733-5 du CESEDA sont rappelés."), ["CESEDA:L731-2", "CESEDA:L733-5"])
        XCTAssertEqual(ids("Le juge statue selon l'article L-521-2 du code de justice administrative."), ["CJA:L521-2"])
        XCTAssertEqual(ids("L'article L.-612-6, l'article L- 612-7 et l'article L–612-8 du CESEDA."), ["CESEDA:L612-6", "CESEDA:L612-7", "CESEDA:L612-8"])
    }

    func testHyphenatedWordsThatAreNoArticle() {
        XCTAssertEqual(ids("La ligne L-4 du tramway, la salle R-2 et la zone L- 3 sont fermées."), [])
        XCTAssertEqual(ids("L-acide ascorbique et la covid-19 ne sont pas concernés."), [])
        // Read as an article but with no code anywhere: unresolved, as "L612-6" is.
        XCTAssertEqual(known("Le dossier n° L-612-6 est instruit ; la salle L-612 est au deuxième étage."), [])
    }

    func testLongCodeAbbreviations() {
        XCTAssertEqual(ids("La compétence du maire résulte de l'art. L. 2212-2 C. gén. coll. terr."), ["CGCT:L2212-2"])
        XCTAssertEqual(ids("Le préfet se substitue au maire (art. L. 2215-1 CGCollT)."), ["CGCT:L2215-1"])
        XCTAssertEqual(ids("La motivation est requise (C. rel. pub. adm., art. L. 211-2)."), ["CRPA:L211-2"])
        XCTAssertEqual(ids("L'interdiction de retour (C. ent. et séj. étr. et dr. asile, art. L. 612-6) est motivée."), ["CESEDA:L612-6"])
    }

    func testAbbreviationWithoutArticleIsNoReference() {
        XCTAssertEqual(ids("Le logiciel CGCollT sera déployé ; le C. rel. pub. adm. est en ligne."), [])
    }

    func testSameCodeWithNoCodeBeforeGetsNoId() {
        XCTAssertEqual(ids("Conformément à l'article R. 311-3 du même code, et à l'article L. 211-1 du code de la sécurité intérieure, le préfet agit."),
                       ["unknown:R311-3", "CSI:L211-1"])
        XCTAssertEqual(known("L'article 63 dudit code, et l'article 78-2 du code de procédure pénale, encadrent l'action."), ["CPP:78-2"])
        XCTAssertEqual(known("En vertu de l'article L. 345-2 de ce code, puis de l'article L. 345-2-2 du CASF, l'hébergement est dû."), ["CASF:L345-2-2"])
        XCTAssertEqual(known("L'article L. 2212-2 du même code confère au maire la police municipale."), [])
    }

    func testSameCodeAfterACodeKeepsIt() {
        XCTAssertEqual(ids("L'article L. 612-6 du CESEDA et l'article L. 612-7 du même code sont applicables."),
                       ["CESEDA:L612-6", "CESEDA:L612-7"])
        XCTAssertEqual(ids("L'article 78-2 du CPP, et l'article 78-3 dudit code, permettent la vérification."), ["CPP:78-2", "CPP:78-3"])
        // An article without "même code" still takes a code the paragraph names after it.
        // (The code pénal has no article list: the range between is counted.)
        XCTAssertEqual(ids("Les articles 222-34 à 222-40 du code pénal."), (34...40).map { "CP:222-\($0)" })
    }

    func testRangeInACodeWithoutArticleListIsCountedOrKeepsItsEnds() {
        XCTAssertEqual(ids("Les articles L. 211-1 à L. 211-4 du CSI organisent les manifestations."), ["CSI:L211-1", "CSI:L211-2", "CSI:L211-3", "CSI:L211-4"])
        XCTAssertEqual(ids("Les articles 63 à 63-4-5 du CPP régissent la garde à vue."), ["CPP:63", "CPP:63-4-5"])
        XCTAssertEqual(ids("Les articles L-211-1 à L-211-4 du CSI."), ["CSI:L211-1", "CSI:L211-2", "CSI:L211-3", "CSI:L211-4"])
        let r = RefHarness.refs("Les articles L. 2212-1 à L. 2212-5 du CGCT fixent les pouvoirs de police.", date: snippetDate)
        XCTAssertTrue(r.warnings.contains { $0.code == "range-counted" }, "a range whose middle circ counts is flagged")
        let ends = RefHarness.refs("Les articles 63 à 63-4-5 du CPP régissent la garde à vue.", date: snippetDate)
        XCTAssertTrue(ends.warnings.contains { $0.code == "range-not-expanded" }, "a range whose middle circ cannot name is flagged")
    }
}
