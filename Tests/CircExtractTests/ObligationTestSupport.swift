import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// One obligation extractor for the rule tests, and what they ask of it: the obligations of
/// a text of a set kind (a circular's "vous" is its addressees; a press item reports), and
/// the one that contains a fragment.
enum ObligationHarness {
    static let extractor = try! ObligationExtractor(store: TestLexicons.store, addressees: AddresseeExtractor(store: TestLexicons.store))

    /// `to`: the circular's addressees (by default one title, `addressee`); none for a press item.
    static func obligations(_ text: String, kind: DocumentKind = .circulaire, addressee: String = "prefet-de-departement",
                            to: [Addressee]? = nil) -> [Obligation] {
        let structure = TestLexicons.pipeline.structure(SourceDocument(path: "t.txt", text: text, format: .text))
        let ctx = ExtractionContext(structure: structure, documentDate: nil, kind: kind)
        let addressees = to ?? (kind == .circulaire ? [Addressee(id: addressee, role: .to, text: addressee, span: nil)] : [])
        return extractor.extract(ctx, addressees: addressees)
    }

    /// The obligation whose text contains `fragment` (a failure where none does).
    static func find(_ os: [Obligation], _ fragment: String, file: StaticString, line: UInt) -> Obligation? {
        let hit = os.first { $0.text.contains(fragment) }
        XCTAssertNotNil(hit, "no obligation contains \"\(fragment)\" in \(os.map(\.text))", file: file, line: line)
        return hit
    }
}
