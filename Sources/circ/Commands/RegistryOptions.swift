import ArgumentParser
import CircPresentation
import CircRegistry
import Foundation

/// `--db FILE` (or `CIRC_DB`, or `circ.sqlite` here), shared by every registry command.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Registry file (default: $CIRC_DB, else circ.sqlite in the current folder).", valueName: "FILE"))
    var db: String?

    var path: String { Self.path(db) }

    /// `db` when given, else `$CIRC_DB`, else `circ.sqlite`.
    static func path(_ db: String?) -> String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["CIRC_DB"], !env.isEmpty { return env }
        return "circ.sqlite"
    }

    func open(readOnly: Bool) throws -> Registry { try Registry(path: path, readOnly: readOnly) }
}

/// The one document a command is about, and text or JSON (`show`, `lineage`).
struct DocumentQuery: ParsableArguments {
    @Argument(help: "Registry id, NOR, date or sha256 prefix.")
    var doc: String
    @Option(help: "Output format.")
    var format = Parsed<DocumentFormat>(argument: "text")
}

/// What the registry commands share: the format checked before the registry is opened (a
/// usage error comes first), rows printed as they are read.
enum RegistryCLI {
    /// A listing command: the rendered rows written.
    static func list(_ registry: RegistryOptions, format: Parsed<OutputFormat>,
                     _ render: (Registry, OutputFormat) throws -> String) throws {
        let fmt = try format.value("--format")
        write(try render(try registry.open(readOnly: true), fmt))
    }

    /// A one-document command (`show`, `lineage`): the format checked first, then the
    /// registry opened read-only; `body` gets whether JSON was asked for.
    static func document(_ registry: RegistryOptions, _ query: DocumentQuery,
                         _ body: (Registry, Bool) throws -> Void) throws {
        let json = try query.format.value("--format") == .json
        try body(try registry.open(readOnly: true), json)
    }

    /// What a CESEDA `--ref` searched: above the rows in the table form (dimmed), on
    /// standard error beside the machine formats.
    static func writeSearchNotes(_ q: RefQuery, format: OutputFormat, style: TerminalStyle) {
        let notes = RefSearchNotes.lines(q)
        if format == .table {
            if !notes.isEmpty { write(notes.map { style.dim($0) }.joined(separator: "\n") + "\n\n") }
        } else {
            for n in notes { CLI.printError("circ: " + n) }
        }
    }

    /// Obligations printed as they are read, after what a CESEDA `--ref` searched.
    @discardableResult
    static func streamObligations(_ reg: Registry, _ f: ObligationFilter, format: OutputFormat) throws -> Int {
        let style = TerminalPolicy.stdout()
        if let r = f.ref { writeSearchNotes(try RefQuery.parse(r, asOf: f.asOf), format: format, style: style) }
        let stream = ObligationRenderer.stream(format: format, style: style, sink: write)
        try reg.obligations(f) { try stream.add($0) }
        stream.finish(empty: ObligationRenderer.emptyMessage, footer: { ObligationRenderer.footer($0, style: style) })
        return stream.count
    }

    /// Writes to stdout at once (unbuffered): tables and JSON come in large pieces already.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
