import ArgumentParser

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "(not yet built)")
    func run() throws { throw ValidationError("diff is not built yet") }
}
