import CircContract
import CircLexicon

/// What `circ diff` compares, decided and run here once each side is read: two consolidated
/// codes article by article, else two circulars obligation by obligation (and passage by
/// passage when both structures are given). Reading files, the registry and the extractor
/// stay with the caller; this takes texts and extracted documents.
public enum DiffOrchestration {
    /// What a side is, known before anything is extracted.
    public enum Side: Sendable {
        /// A consolidated code: a file that looks like one (`CodeConsolidation.looksLikeCode`),
        /// or a registry document of kind `code` (`stored`), which only compares to a code.
        case code(stored: Bool)
        /// Any other text: a circular, a note, a press item…
        case text
    }

    public enum Mode: Sendable, Equatable {
        /// Both sides are codes: article by article, no extraction.
        case articles
        /// Obligations (and passages): both sides are extracted.
        case obligations
    }

    /// Why two sides cannot be compared.
    public enum Refusal: Error, Equatable, Sendable {
        /// One side is a registry code, the other a text (`old`: which one is the code).
        case codeAgainstText(codeIsOld: Bool)
    }

    /// The diff two sides get.
    public static func mode(old: Side, new: Side) throws -> Mode {
        switch (old, new) {
        case (.code, .code): return .articles
        case (.code(stored: true), .text): throw Refusal.codeAgainstText(codeIsOld: true)
        case (.text, .code(stored: true)): throw Refusal.codeAgainstText(codeIsOld: false)
        default: return .obligations
        }
    }

    /// A code's text as read, with what its header shows.
    public struct CodeText: Sendable {
        public var path: String
        public var sha256: String
        public var text: String
        public init(path: String, sha256: String, text: String) { self.path = path; self.sha256 = sha256; self.text = text }
    }

    /// Two consolidations, article by article. A side's date is its "Date de consolidation"
    /// when it states one, else its file name's `YYYY-MM-DD` prefix.
    public static func codes(old: CodeText, new: CodeText) -> DiffReport {
        let a = CodeConsolidation(old.text), b = CodeConsolidation(new.text)
        return CodeDiffer().diff(old: a, new: b, oldHeader: header(old, a), newHeader: header(new, b))
    }

    static func header(_ s: CodeText, _ code: CodeConsolidation) -> DocumentHeader {
        DocumentHeader(path: s.path, sha256: s.sha256, kind: .code,
                       date: code.consolidationDate ?? CodeConsolidation.dateFromFileName(s.path),
                       nor: nil, subject: code.title, count: code.articles.count)
    }

    /// An extracted side; `structure` is wanted for the passage layer (both sides, or none).
    public struct Extracted<Outline: TextOutline> {
        public var document: CircDocument
        public var structure: Outline?
        public init(_ document: CircDocument, structure: Outline?) { self.document = document; self.structure = structure }
    }

    /// Two extracted documents: obligations, then — when both structures are there — every
    /// other passage of the text.
    public static func circulars<Outline: TextOutline>(old: Extracted<Outline>, new: Extracted<Outline>, renumbering: CesedaRenumbering?, threshold: Double) -> DiffReport {
        let structures = old.structure.flatMap { o in new.structure.map { (old: o, new: $0) } }
        return DocumentDiffer(renumbering: renumbering, threshold: threshold)
            .diff(old: old.document, new: new.document, structures: structures)
    }
}
