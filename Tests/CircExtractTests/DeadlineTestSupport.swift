import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Runs the deadline extractor over a snippet, as a document of a given date and kind.
enum DeadlineHarness {
    static let extractor = try! DeadlineExtractor(store: TestLexicons.store)

    static func run(_ snippet: String, date: String? = "2015-02-19", kind: DocumentKind = .note) -> DeadlineResult {
        let tt = TestLexicons.text.tokenize(text: snippet)
        let structure = StructureBuilder(tt: tt).build()
        let ctx = ExtractionContext(structure: structure, documentDate: date.flatMap(CivilDate.init(iso:)), kind: kind)
        return extractor.extract(ctx)
    }

    static func values(_ r: DeadlineResult) -> [String] { r.deadlines.map(\.value) }
}
