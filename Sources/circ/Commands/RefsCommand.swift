import ArgumentParser
import CircPresentation
import CircRegistry
import Foundation

struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "List the references the registry cites, or the passages citing one.",
        discussion: """
        Without --ref: every reference with the number of documents and obligations citing it
        and the first and last document date. With --ref: each passage citing it, printed as it
        is read. A CESEDA article is read in the numbering it exists in (both when it exists in
        both): a citation is translated across the renumbering of 1 May 2021 only in the direction
        of the citing document's date, and only with a sourced or confirmed pair. The table output
        starts with what was searched (on standard error for the other formats); each passage
        carries its `numbering`.

        Examples:
          circ refs --limit 20
          circ refs --ref "L. 742-5"
          circ refs --ref CESEDA:L551-1 --as-of 2017-01-01
          circ refs --ref loi:2024-42 --format json
        """)

    @OptionGroup var registry: RegistryOptions
    @Option(help: "Show the passages citing this reference (canonical id or as written).")
    var ref: String?
    @Option(name: .customLong("as-of"), help: "Read a CESEDA number in the numbering in force on this day (YYYY-MM-DD).")
    var asOf: Parsed<Day>?
    @Option(help: "At most this many references (0: all).")
    var limit: Parsed<RowLimit>?
    @Flag(help: "Include superseded versions of documents.")
    var allVersions = false
    @Option(help: "Output format.")
    var format = Parsed<OutputFormat>(argument: "table")

    func run() throws {
        guard let ref else {
            return try RegistryCLI.list(registry, format: format) { reg, fmt in
                try ListRenderers.refs(try reg.refSummaries(limit: try limit?.value("--limit").rows ?? 0), format: fmt, style: TerminalPolicy.stdout())
            }
        }
        let fmt = try format.value("--format")
        let q = try RefQuery.parse(ref, asOf: try asOf?.value("--as-of").iso)
        let reg = try registry.open(readOnly: true)
        let style = TerminalPolicy.stdout()
        RegistryCLI.writeSearchNotes(q, format: fmt, style: style)
        let stream = ListRenderers.passageStream(format: fmt, style: style, sink: RegistryCLI.write)
        var group: String?? = .none
        try reg.refPassages(q, includeSuperseded: allVersions) { p in
            if !q.readings.isEmpty, group != .some(p.numbering) {
                stream.note(style.bold(RefSearchNotes.heading(p.numbering)) + "\n\n")
                group = .some(p.numbering)
            }
            try stream.add(p)
        }
        stream.finish(empty: ListRenderers.passagesEmpty, footer: { ListRenderers.passagesFooter($0, style: style) })
    }
}
