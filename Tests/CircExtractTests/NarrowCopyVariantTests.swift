import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for layout variants of one text: re-wrapped narrow (a copy set at 55 columns,
/// a page printed again), and saved as an HTML page with its apostrophes as entities. The
/// reading must be the one of the text as written; each rule has a counter-example.
final class NarrowCopyVariantTests: XCTestCase {
    func extract(_ text: String, format: SourceFormat = .text, path: String = "variant.txt") -> CircDocument {
        TestLexicons.pipeline.extract(SourceDocument(path: path, text: text, format: format))
    }

    static let body = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département. Objet : essai. "
        + "Je vous demande de veiller à l'application de ces règles dans vos départements respectifs. Vous m'adresserez un\n"

    /// "… un bilan semestriel de ces mesures. Gérald⏎DARMANIN": the surname alone on the last
    /// line of a narrow copy, its first name ending the line before.
    func testASurnameWrappedOntoTheLastLineKeepsItsFirstName() {
        XCTAssertEqual(extract(Self.body + "bilan semestriel de ces mesures. Gérald\nDARMANIN\n").metadata.signatory, "Gérald Darmanin")
        XCTAssertEqual(extract(Self.body + "bilan semestriel de ces mesures. Jean-Marc\nDUPOND-MORETTI\n").metadata.signatory, "Jean-Marc Dupond-Moretti")
        // Counter-example: an acronym closing the text after a sentence is no surname.
        XCTAssertNil(extract(Self.body + "bilan semestriel de ces mesures à la\nDGEF\n").metadata.signatory)
    }

    /// "Paris, le 2⏎OCT. 2014", "Paris, le 12⏎Mars 2019": a dateline wrapped after its day
    /// keeps the month's capital.
    func testADatelineWrappedAfterItsDayWithACapitalMonth() {
        let tail = "\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : essai\n\nJe vous demande de veiller à l'application de ces règles.\n"
        XCTAssertEqual(extract("MINISTÈRE DE L'INTÉRIEUR\n\n                              Paris, le 12\nMars 2019" + tail).metadata.date, "2019-03-12")
        XCTAssertEqual(extract("MINISTÈRE DE L'INTÉRIEUR\n\n                              Paris, le 2\nOCT. 2014" + tail).metadata.date, "2014-10-02")
    }

    /// Counter-example: a count ending a table's line, a month in capitals opening the next
    /// row, is no date (no "le" before the number).
    func testACapitalMonthAfterACountIsNoWrappedDate() {
        let tt = TestLexicons.text.tokenize(text: "Nombre de mesures prononcées : 12\nMars 2024 : 14 mesures", markup: .text)
        XCTAssertFalse(tt.tokens.filter { $0.kind == .date }.map { tt.string($0) }.contains { $0.hasPrefix("12") })
    }

    /// An HTML page writes the apostrophe as an entity ("l&#x27;intérieur", "l&rsquo;",
    /// "l&#39;"): the elision is the same word, and the earlier text it names is cited as in
    /// the plain copy ("circulaire du ministre de l'intérieur du …", "note d'information du …").
    func testAnEntityApostropheInsideACitationKeepsTheReference() {
        for apostrophe in ["'", "&#x27;", "&rsquo;", "&#39;"] {
            let page = "<html><body><p>Paris, le 3 juin 2021</p><p>La circulaire du ministre de l\(apostrophe)intérieur du 28 novembre 2012 "
                + "et la note d\(apostrophe)information du 2 septembre 2021 demeurent applicables.</p></body></html>"
            let ids = Set(extract(page, format: .html, path: "page.html").references.map(\.id))
            XCTAssertEqual(ids, ["circulaire:2012-11-28", "note:2021-09-02"], apostrophe)
        }
        // Counter-example: without a date the kind word cites nothing, entity or not.
        let undated = "<html><body><p>Paris, le 3 juin 2021</p><p>La circulaire d&#x27;application sera publiée.</p></body></html>"
        XCTAssertTrue(extract(undated, format: .html, path: "page.html").references.isEmpty)
    }
}
