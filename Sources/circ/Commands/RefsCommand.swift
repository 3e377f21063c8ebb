import ArgumentParser
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
    var asOf: String?
    @Option(help: "At most this many references (0: all).")
    var limit: String?
    @Flag(help: "Include superseded versions of documents.")
    var allVersions = false
    @Option(help: "table, json, jsonl, csv or markdown.")
    var format: String = "table"

    func run() throws {
        guard let ref else {
            return try RegistryCLI.list(registry, format: format) { reg, fmt in
                try ListRenderers.refs(try reg.refSummaries(limit: try RegistryCLI.limit(limit)), format: fmt, style: .stdout())
            }
        }
        try RegistryCLI.run {
            let fmt = try RegistryCLI.format(format)
            let q = try RefQuery.parse(ref, asOf: asOf)
            let reg = try registry.open(readOnly: true)
            let style = TerminalStyle.stdout()
            let notes = RefSearchNotes.lines(q)
            if fmt == .table {
                if !notes.isEmpty { RegistryCLI.write(notes.map { style.dim($0) }.joined(separator: "\n") + "\n\n") }
            } else {
                for n in notes { RegistryCLI.printError("circ: " + n) }
            }
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
}
