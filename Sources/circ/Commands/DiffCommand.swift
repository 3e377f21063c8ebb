import ArgumentParser
import CircDiff
import CircExtract
import CircReader
import CircRegistry
import Foundation

/// `circ diff OLD NEW`: what changed between two circulars, obligation by obligation, or
/// between two consolidations of a code, article by article.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two circulars obligation by obligation (or two consolidated codes article by article).",
        discussion: """
        OLD and NEW are files, or registry documents (id, NOR or date) when no such file exists.
        Obligations are paired by content, so reordered paragraphs and renumbered sections are
        recognised; each one is reported unchanged, modified, moved, added or removed, with a
        word-level redline and the facets that changed (modality, deadlines, references, actor,
        condition, emphasis). Then the rest of the text, paragraph by paragraph (paired by
        content too): every passage changed, added, removed or moved, with its section, a word
        redline and the citations it added or dropped (--obligations-only leaves it out).
        A CESEDA citation that only changed with the 2021 renumbering is not a change. Two
        Markdown consolidations with one heading per article ("#### Article L111-1"), as files or
        as registry documents of kind code, are compared article by article: articles are matched
        by number and by text, so a moved or renumbered article is reported with its old number
        and headings, a number reused for new content as removed + added; renamed headings and
        numbers a version lists twice are reported too.
        Formats: text (terminal redline), json (schema circ.diff/1), markdown, html (one page).

        Examples:
          circ diff Corpus/ceseda/2016-10-31_ceseda-consolide.md Corpus/ceseda/2016-11-01_ceseda-consolide.md --format html -o diff.html
          circ diff 2022-11-17 INTK2428339J --format json
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown, html }
    enum ColorMode: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Argument(help: "The earlier document: a file, or a registry id, NOR or date.") var old: String
    @Argument(help: "The later document: a file, or a registry id, NOR or date.") var new: String
    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).") var format: Format = .text
    @Option(help: "Registry for documents that are not files (default: $CIRC_DB, else circ.sqlite).") var db: String?
    @Option(name: [.short, .long], help: "Write to this file instead of standard output.") var output: String?
    @Option(help: "Colour the text format: auto (on a terminal unless NO_COLOR is set), always, never.") var color: ColorMode = .auto
    @Flag(help: "Also list unchanged obligations.") var all = false
    @Flag(help: "Compare obligations only (no passage-by-passage comparison of the rest of the text).") var obligationsOnly = false
    @Option(help: "Minimum similarity (0–1) for two obligations to count as one rewritten duty.") var threshold: Double = 0.45

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
    }

    func run() throws {
        let report = try makeReport()
        let text: String
        switch format {
        case .text: text = TextRenderer(color: useColor, showUnchanged: all).render(report)
        case .json: text = try JSONRenderer.render(report)
        case .markdown: text = MarkdownRenderer(showUnchanged: all).render(report)
        case .html: text = HTMLRenderer(showUnchanged: all).render(report)
        }
        guard let output else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
            throw CLIError.failed("\(output): cannot be written (\(error.localizedDescription))")
        }
    }

    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return output == nil && TerminalPolicy.colorAllowed
        }
    }

    /// One side: a file as read, or a registry document already extracted (with its source
    /// text as stored, for the text layer), or a registry document of kind `code`.
    private enum Input {
        case file(SourceDocument)
        case stored(CircDocument, SourceDocument?)
        case storedCode(SourceDocument)

        var side: DiffOrchestration.Side {
            switch self {
            case .file(let s): return CodeConsolidation.looksLikeCode(s.text) ? .code(stored: false) : .text
            case .stored: return .text
            case .storedCode: return .code(stored: true)
            }
        }
    }

    /// A file when one exists at `arg`, else a document of the registry.
    private func resolve(_ arg: String, registry: inout Registry?) throws -> Input {
        if FileManager.default.fileExists(atPath: arg) { return .file(try CLI.read(arg)) }
        let path = RegistryOptions.path(db)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.failed("\(arg): no such file, and no registry at \(path) to look it up in")
        }
        do {
            if registry == nil { registry = try Registry(path: path, readOnly: true) }
            return try stored(arg, in: registry!, path: path)
        } catch let e as CLIError { throw e } catch {
            throw CLIError.failed("\(path): \(error)")
        }
    }

    private func stored(_ arg: String, in registry: Registry, path: String) throws -> Input {
        guard let id = try registry.documentID(matching: arg), let doc = try registry.document(id: id) else {
            throw CLIError.failed("\(arg): no such file, and no document with that id, NOR or date in \(path)")
        }
        if doc.metadata.kind == .code, let text = try registry.sourceText(documentID: id) {
            return .storedCode(SourceDocument(path: doc.source.path, text: text, format: .markdown))
        }
        let text = obligationsOnly ? nil : try registry.sourceText(documentID: id).map {
            SourceDocument(path: doc.source.path, text: $0, format: SourceFormat(rawValue: doc.source.format) ?? .text)
        }
        return .stored(doc, text)
    }

    func makeReport() throws -> DiffReport {
        var registry: Registry? = nil
        let a = try resolve(old, registry: &registry)
        let b = try resolve(new, registry: &registry)
        let mode: DiffOrchestration.Mode
        do { mode = try DiffOrchestration.mode(old: a.side, new: b.side) } catch DiffOrchestration.Refusal.codeAgainstText(let codeIsOld) {
            throw CLIError.failed("\(codeIsOld ? old : new) is a consolidated code; the other side is not: nothing to compare article by article")
        }
        if mode == .articles, let ca = codeText(a), let cb = codeText(b) {
            return DiffOrchestration.codes(old: ca, new: cb)
        }
        let lexicons = try CLI.lexicons()
        let extractor = Extractor(lexicons: lexicons, structures: !obligationsOnly)
        let renumbering = try CesedaRenumbering.load(from: lexicons)
        return DiffOrchestration.circulars(old: try extractor.extracted(a), new: try extractor.extracted(b),
                                           renumbering: renumbering, threshold: threshold)
    }

    private func codeText(_ input: Input) -> DiffOrchestration.CodeText? {
        switch input {
        case .file(let s), .storedCode(let s): return .init(path: s.path, sha256: s.sha256, text: s.text)
        case .stored: return nil
        }
    }

    /// The extraction at the edge: the pipeline loaded once, and only when a side needs it
    /// (two registry documents with --obligations-only need none).
    private final class Extractor {
        let lexicons: LexiconStore
        let structures: Bool
        private var pipeline: Pipeline?

        init(lexicons: LexiconStore, structures: Bool) { self.lexicons = lexicons; self.structures = structures }

        func loaded() throws -> Pipeline {
            if let pipeline { return pipeline }
            let p = try Pipeline(lexicons: lexicons)
            pipeline = p
            return p
        }

        func extracted(_ input: Input) throws -> DiffOrchestration.Extracted<DocumentStructure> {
            switch input {
            case .stored(let d, let source):
                return .init(d, structure: try source.map { try loaded().structure($0) })
            case .file(let s), .storedCode(let s):
                let p = try loaded()
                return .init(p.extract(s), structure: structures ? p.structure(s) : nil)
            }
        }
    }
}
