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

    /// Parses, runs, and exits through one path. swift-argument-parser exits 64 (EX_USAGE) on
    /// a usage error; circ documents 2, like most Unix tools, so the parser's code is mapped
    /// here, and its usage text kept. What a command throws is reported by `CLI.report`, one
    /// line. Help and version exit 0.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: parserFailure(error))
        }
        do {
            try command.run()
        } catch let code as ExitCode {
            exit(withError: code)
        } catch where String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
            // `circ obligations --help` parses into a command whose run asks for the help.
            exit(withError: parserFailure(error))
        } catch {
            exit(withError: CLI.report(error))
        }
        exit(withError: nil)
    }

    /// Prints the parser's message (help on stdout, errors on stderr) and returns the code.
    static func parserFailure(_ error: Error) -> ExitCode {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return .success
        }
        if !message.isEmpty { CLI.printError(message) }
        return code == .validationFailure ? ExitCode(2) : code
    }
}
