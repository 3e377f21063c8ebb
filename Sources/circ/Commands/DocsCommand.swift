import ArgumentParser
import CircPresentation
import CircRegistry

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "List the documents of the registry, one line each.",
        discussion: """
        Versions are shown as v1→7 when document 7 superseded this one (same NOR, new text).

        Examples:
          circ docs
          circ docs --current --format csv
        """)

    @OptionGroup var registry: RegistryOptions
    @Flag(help: "Leave out superseded versions.")
    var current = false
    @Option(help: "Output format.")
    var format = Parsed<OutputFormat>(argument: "table")

    func run() throws {
        try RegistryCLI.list(registry, format: format) { reg, fmt in
            try ListRenderers.documents(try reg.documentSummaries(includeSuperseded: !current), format: fmt, style: TerminalPolicy.stdout())
        }
    }
}
