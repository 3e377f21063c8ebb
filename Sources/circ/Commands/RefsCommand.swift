import ArgumentParser
import CircRegistry

struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "List the references the registry cites, or the passages citing one.",
        discussion: """
        Without --ref: every reference with the number of documents and obligations citing it
        and the first and last document date. With --ref: each passage citing it.

        Examples:
          circ refs --limit 20
          circ refs --ref "L. 742-5"
          circ refs --ref loi:2024-42 --format json
        """)

    @OptionGroup var registry: RegistryOptions
    @Option(help: "Show the passages citing this reference (canonical id or as written).")
    var ref: String?
    @Option(help: "At most this many references (0: all).")
    var limit: String?
    @Flag(help: "Include superseded versions of documents.")
    var allVersions = false
    @Option(help: "table, json, jsonl, csv or markdown.")
    var format: String = "table"

    func run() throws {
        try RegistryCLI.list(registry, format: format) { reg, fmt in
            if let ref {
                let q = try RefQuery.parse(ref)
                return try ListRenderers.passages(try reg.refPassages(q, includeSuperseded: allVersions), format: fmt, style: .stdout())
            }
            return try ListRenderers.refs(try reg.refSummaries(limit: try RegistryCLI.limit(limit)), format: fmt, style: .stdout())
        }
    }
}
