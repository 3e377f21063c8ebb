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
        if let output {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
                throw CLI.fail("\(output): cannot be written (\(error.localizedDescription))")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            if output != nil { return false }
            if let v = ProcessInfo.processInfo.environment["NO_COLOR"], !v.isEmpty { return false }
            if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
            return isatty(STDOUT_FILENO) == 1
        }
    }

    /// One side: a file as read, or a registry document already extracted (with its source
    /// text as stored, for the text layer).
    private enum Input {
        case file(SourceDocument)
        case stored(CircDocument, SourceDocument?)
        /// A registry document of kind `code`: its source text, for the article-by-article diff.
        case storedCode(SourceDocument)
    }

    private func resolve(_ arg: String, registry: inout Registry?) throws -> Input {
        if FileManager.default.fileExists(atPath: arg) { return .file(try CLI.read(arg)) }
        let path = db ?? ProcessInfo.processInfo.environment["CIRC_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "circ.sqlite"
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLI.fail("\(arg): no such file, and no registry at \(path) to look it up in")
        }
        do {
            if registry == nil { registry = try Registry(path: path, readOnly: true) }
            guard let id = try registry!.documentID(matching: arg), let doc = try registry!.document(id: id) else {
                throw CLI.fail("\(arg): no such file, and no document with that id, NOR or date in \(path)")
            }
            if doc.metadata.kind == .code, let text = try registry!.sourceText(documentID: id) {
                return .storedCode(SourceDocument(path: doc.source.path, text: text, format: .markdown))
            }
            let text = obligationsOnly ? nil : try registry!.sourceText(documentID: id).map {
                SourceDocument(path: doc.source.path, text: $0, format: SourceFormat(rawValue: doc.source.format) ?? .text)
            }
            return .stored(doc, text)
        } catch let e as ExitCode { throw e } catch {
            throw CLI.fail("\(path): \(error)")
        }
    }

    func makeReport() throws -> DiffReport {
        var registry: Registry? = nil
        let a = try resolve(old, registry: &registry)
        let b = try resolve(new, registry: &registry)

        // Two consolidated codes (files, or registry documents of kind `code`): article by
        // article, no extraction needed.
        func codeText(_ i: Input) -> SourceDocument? {
            switch i {
            case .storedCode(let s): return s
            case .file(let s): return CodeConsolidation.looksLikeCode(s.text) ? s : nil
            case .stored: return nil
            }
        }
        if let sa = codeText(a), let sb = codeText(b) {
            let ca = CodeConsolidation(sa.text), cb = CodeConsolidation(sb.text)
            return CodeDiffer().diff(old: ca, new: cb, oldHeader: Self.codeHeader(sa, ca), newHeader: Self.codeHeader(sb, cb))
        }
        for (arg, side) in [(old, a), (new, b)] {
            if case .storedCode = side { throw CLI.fail("\(arg) is a consolidated code; the other side is not: nothing to compare article by article") }
        }

        let lexicons = try CLI.lexicons()
        var pipeline: Pipeline? = nil
        func loaded() throws -> Pipeline {
            if let pipeline { return pipeline }
            do { pipeline = try Pipeline(lexicons: lexicons) } catch { throw CLI.fail("\(error)") }
            return pipeline!
        }
        /// The extracted document and, for the text layer, its structure.
        func document(_ input: Input) throws -> (CircDocument, DocumentStructure?) {
            switch input {
            case .stored(let d, let source):
                return (d, try source.map { try loaded().structure($0) })
            case .storedCode: throw CLI.fail("internal: a code reached the circular diff")
            case .file(let s):
                let p = try loaded()
                return (p.extract(s), obligationsOnly ? nil : p.structure(s))
            }
        }
        let renumbering: CesedaRenumbering?
        do { renumbering = try CesedaRenumbering.load(from: lexicons) } catch { throw CLI.fail("\(error)") }
        let (oldDoc, oldStructure) = try document(a), (newDoc, newStructure) = try document(b)
        let structures = oldStructure.flatMap { o in newStructure.map { (old: o, new: $0) } }
        return DocumentDiffer(renumbering: renumbering, threshold: threshold).diff(old: oldDoc, new: newDoc, structures: structures)
    }

    /// Header of a code side: the date is read from "Date de consolidation" when present.
    static func codeHeader(_ s: SourceDocument, _ code: CodeConsolidation) -> DocumentHeader {
        let digest = s.sha256
        return DocumentHeader(path: s.path, sha256: digest, kind: .code,
                              date: code.consolidationDate ?? CodeConsolidation.dateFromFileName(s.path),
                              nor: nil, subject: code.title, count: code.articles.count)
    }
}
