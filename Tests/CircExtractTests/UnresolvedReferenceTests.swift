import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// A citation that cannot be made canonical is not a reference of the document: it would
/// match no query and count against every set of ids. It stays visible as a warning.
final class UnresolvedReferenceTests: XCTestCase {
    func testUnresolvedArticleIsAWarningNotAReference() {
        let d = TestLexicons.pipeline.extract(SourceDocument(path: "s.txt", text: "L'article L. 612-6 du CESEDA s'applique. Voir l'article 40.", format: .text))
        XCTAssertEqual(d.references.map(\.id), ["CESEDA:L612-6"])
        XCTAssertTrue(d.warnings.contains { $0.code == "unresolved-reference" && $0.message.contains("40") })
    }

    func testOwnNORInTitleIsNotACitation() {
        let t = "CIRCULAIRE INTERMINISTERIELLE NOR INTA1200001C du 26/08/2012 relative à l'évacuation des campements.\n\nLa circulaire du 5 août 2010 est abrogée."
        let d = TestLexicons.pipeline.extract(SourceDocument(path: "s.txt", text: t, format: .text))
        XCTAssertEqual(d.references.map(\.id), ["circulaire:2010-08-05"])
        XCTAssertEqual(d.metadata.date, "2012-08-26")
        XCTAssertEqual(d.metadata.subject, "l'évacuation des campements")
    }
}
