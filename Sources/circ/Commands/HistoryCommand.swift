import ArgumentParser

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "(not yet built)")
    func run() throws { throw ValidationError("history is not built yet") }
}
