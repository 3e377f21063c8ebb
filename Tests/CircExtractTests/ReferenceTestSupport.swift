import CircExtract
import CircReader
import Foundation

/// Runs the reference extractor alone over a snippet or a file.
enum RefHarness {
    static let store: LexiconStore = try! LexiconStore.default()
    static let pipeline: Pipeline = try! Pipeline(lexicons: store)
    static let extractor: ReferenceExtractor = try! ReferenceExtractor(store: store)

    static func context(_ text: String, date: String? = nil, kind: DocumentKind = .circulaire, format: SourceFormat = .text) -> ExtractionContext {
        let src = SourceDocument(path: "snippet.txt", text: text, format: format)
        return ExtractionContext(structure: pipeline.structure(src), documentDate: date.flatMap(CivilDate.init(iso:)), kind: kind)
    }

    static func refs(_ text: String, date: String? = nil, kind: DocumentKind = .circulaire, format: SourceFormat = .text) -> ReferenceResult {
        extractor.extract(context(text, date: date, kind: kind, format: format))
    }

    static func ids(_ text: String, date: String? = nil, kind: DocumentKind = .circulaire) -> [String] {
        refs(text, date: date, kind: kind).references.map(\.id)
    }

    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
