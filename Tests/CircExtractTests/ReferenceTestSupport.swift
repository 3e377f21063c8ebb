import CircTestSupport
import CircExtract
import CircReader
import Foundation

/// Runs the reference extractor alone over a snippet or a file.
enum RefHarness {
    static let extractor: ReferenceExtractor = try! ReferenceExtractor(store: TestLexicons.store)

    static func context(_ text: String, date: String? = nil, kind: DocumentKind = .circulaire, format: SourceFormat = .text) -> ExtractionContext {
        let src = SourceDocument(path: "snippet.txt", text: text, format: format)
        return ExtractionContext(structure: TestLexicons.pipeline.structure(src), documentDate: date.flatMap(CivilDate.init(iso:)), kind: kind)
    }

    static func refs(_ text: String, date: String? = nil, kind: DocumentKind = .circulaire, format: SourceFormat = .text) -> ReferenceResult {
        extractor.extract(context(text, date: date, kind: kind, format: format))
    }

    static func ids(_ text: String, date: String? = nil, kind: DocumentKind = .circulaire) -> [String] {
        refs(text, date: date, kind: kind).references.map(\.id)
    }
}
