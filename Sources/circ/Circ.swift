import ArgumentParser

/// circ reads French ministerial circulars and the press items that report them and turns
/// them into a queryable instruction registry.
@main
struct Circ: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "circ",
        abstract: "Turn French ministerial circulars into a queryable instruction registry.",
        discussion: """
        Exit codes: 0 ok, 1 some input failed, 2 usage error.
        Shell completions: circ --generate-completion-script bash|zsh|fish
        """,
        version: "0.1.0",
        subcommands: [
            TokenizeCommand.self, ExtractCommand.self,
            IngestCommand.self, ObligationsCommand.self, RefsCommand.self, DocsCommand.self,
            ShowCommand.self, ExportCommand.self, SchemaCommand.self,
            DiffCommand.self, LineageCommand.self, HistoryCommand.self,
        ]
    )
}
