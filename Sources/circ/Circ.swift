import ArgumentParser
import Foundation

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
            DiffCommand.self, LineageCommand.self, HistoryCommand.self, ConcordanceCommand.self,
        ]
    )

    /// swift-argument-parser exits 64 (EX_USAGE) on a usage error; circ documents 2, like
    /// most Unix tools, so the parser's code is mapped here. Help and version exit 0.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write((message + "\n").data(using: .utf8)!) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
