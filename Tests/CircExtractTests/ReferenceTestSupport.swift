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

/// The reference rule suites' wrappers in one place: a suite adopts this and states the date
/// (and, where it differs, the kind) its snippets are read as; a test may still name another
/// date, or none.
protocol ReferenceRuleTesting {
    /// The document date of the suite's snippets (the numbering in force, the year of a date
    /// written without one).
    var snippetDate: String { get }
    /// The kind of document the suite's snippets are read as.
    var referenceKind: DocumentKind { get }
}

extension ReferenceRuleTesting {
    var referenceKind: DocumentKind { .circulaire }

    /// The canonical ids of a snippet read on the suite's date.
    func ids(_ text: String) -> [String] { RefHarness.ids(text, date: snippetDate, kind: referenceKind) }

    /// The same on another date (nil: undated), as a document of `kind`.
    func ids(_ text: String, date: String?, kind: DocumentKind = .circulaire) -> [String] { RefHarness.ids(text, date: date, kind: kind) }

    /// The ids as a set, where the order of the citations is not the rule's point.
    func idSet(_ text: String) -> Set<String> { Set(ids(text)) }
}
