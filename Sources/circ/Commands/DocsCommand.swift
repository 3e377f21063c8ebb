import ArgumentParser

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "docs", abstract: "(not yet built)")
    func run() throws { throw ValidationError("docs is not built yet") }
}
