import ArgumentParser
import CircRegistry
import Foundation

/// `--db FILE` (or `CIRC_DB`, or `circ.sqlite` here), shared by every registry command.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Registry file (default: $CIRC_DB, else circ.sqlite in the current folder).", valueName: "FILE"))
    var db: String?

    var path: String {
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
    @Option(help: "text or json.")
    var format: String = "text"
}

/// The registry commands' error convention: one line on stderr, exit 1 (input or registry
/// failed) or 2 (a bad value on the command line), never a stack of usage text.
enum RegistryCLI {
    static func run(_ body: () throws -> Void) throws {
        do { try body() } catch let e as RegistryError {
            fail(e.description, code: e.exitCode)
        } catch let e as ExitCode {
            throw e
        } catch let e as CustomStringConvertible {
            fail(e.description, code: 1)
        }
    }

    /// A listing command: the format checked before the registry is opened (a usage error
    /// comes first), then the rendered rows written.
    static func list(_ registry: RegistryOptions, format raw: String,
                     _ render: (Registry, OutputFormat) throws -> String) throws {
        try run {
            let fmt = try format(raw)
            write(try render(try registry.open(readOnly: true), fmt))
        }
    }

    /// A one-document command (`show`, `lineage`): the format checked first, then the
    /// registry opened read-only; `body` gets whether JSON was asked for.
    static func document(_ registry: RegistryOptions, _ query: DocumentQuery,
                         _ body: (Registry, Bool) throws -> Void) throws {
        try run {
            let json = try wantsJSON(query.format)
            try body(try registry.open(readOnly: true), json)
        }
    }

    /// Obligations printed as they are read; with a CESEDA `--ref`, what was searched first
    /// (above the rows in the table form, on standard error otherwise).
    @discardableResult
    static func streamObligations(_ reg: Registry, _ f: ObligationFilter, format: OutputFormat) throws -> Int {
        let style = TerminalStyle.stdout()
        if let r = f.ref {
            let notes = RefSearchNotes.lines(try RefQuery.parse(r, asOf: f.asOf))
            if format == .table {
                if !notes.isEmpty { write(notes.map { style.dim($0) }.joined(separator: "\n") + "\n\n") }
            } else {
                for n in notes { printError("circ: " + n) }
            }
        }
        let stream = ObligationRenderer.stream(format: format, style: style, sink: write)
        try reg.obligations(f) { try stream.add($0) }
        stream.finish(empty: ObligationRenderer.emptyMessage, footer: { ObligationRenderer.footer($0, style: style) })
        return stream.count
    }

    static func fail(_ message: String, code: Int32) -> Never {
        printError("circ: " + message)
        Foundation.exit(code)
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes to stdout in one go (tables, JSON): large outputs are not line-buffered.
    /// For commands that print either a readable text or JSON: whether JSON was asked for.
    static func wantsJSON(_ format: String) throws -> Bool {
        guard ["text", "json"].contains(format) else {
            throw RegistryError.badFilter(option: "--format", value: format, valid: "text, json")
        }
        return format == "json"
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// `--limit` read by us rather than by the parser, so a bad value exits 2 like the filters.
    static func limit(_ raw: String?) throws -> Int {
        guard let raw else { return 0 }
        guard let n = Int(raw.trimmingCharacters(in: .whitespaces)), n >= 0 else {
            throw RegistryError.badFilter(option: "--limit", value: raw, valid: "a whole number, 0 or more (0: no limit)")
        }
        return n
    }

    static func format(_ raw: String, allowed: [OutputFormat] = OutputFormat.allCases) throws -> OutputFormat {
        guard let f = OutputFormat(rawValue: raw.lowercased()), allowed.contains(f) else {
            throw RegistryError.badFilter(option: "--format", value: raw, valid: allowed.map(\.rawValue).joined(separator: ", "))
        }
        return f
    }
}
