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

/// What an obligation rule suite asks of `ObligationHarness`, as methods of its own: a suite
/// adopts this instead of repeating the same wrappers, and says only where it differs (the
/// kind of its snippets, the title a circular is addressed to).
protocol ObligationRuleTesting {
    /// The kind a snippet is read as when a test names none.
    var snippetKind: DocumentKind { get }
    /// The one addressee title of a circular snippet.
    var circularAddressee: String { get }
}

extension ObligationRuleTesting {
    var snippetKind: DocumentKind { .circulaire }
    var circularAddressee: String { "prefet-de-departement" }

    /// The obligations of `text` read as `kind` (else the suite's `snippetKind`); `to`, the
    /// circular's addressees instead of `circularAddressee`.
    func obligations(_ text: String, kind: DocumentKind? = nil, to: [Addressee]? = nil) -> [Obligation] {
        ObligationHarness.obligations(text, kind: kind ?? snippetKind, addressee: circularAddressee, to: to)
    }

    /// The obligation whose text contains `fragment` (a failure at the caller's line where none does).
    func find(_ os: [Obligation], _ fragment: String, file: StaticString = #filePath, line: UInt = #line) -> Obligation? {
        ObligationHarness.find(os, fragment, file: file, line: line)
    }
}
