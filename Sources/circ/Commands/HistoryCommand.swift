import ArgumentParser
import CircRegistry

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List by date the obligations across the registry that cite a reference.",
        discussion: """
        The reference is a canonical id or as written; a CESEDA article also matches its number
        before or after the 2021 recodification. Superseded versions are included, so the
        history shows how the instruction changed.

        Examples:
          circ history --ref CESEDA:L742-5
          circ history --ref "article L. 612-6 du CESEDA" --format markdown
        """)

    @OptionGroup var registry: RegistryOptions
    @Option(help: "The reference (CESEDA:L742-5, \"L. 742-5\", loi:2024-42).")
    var ref: String
    @Flag(help: "Leave out superseded versions.")
    var current = false
    @Option(help: "table, json, jsonl, csv or markdown.")
    var format: String = "table"

    func run() throws {
        try RegistryCLI.run {
            let fmt = try RegistryCLI.format(format)
            var f = ObligationFilter()
            f.ref = ref
            f.includeSuperseded = !current
            let reg = try registry.open(readOnly: true)
            RegistryCLI.write(try ObligationRenderer.render(try reg.obligations(f), format: fmt, style: .stdout()))
        }
    }
}
