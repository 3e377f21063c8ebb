import ArgumentParser

struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "refs", abstract: "(not yet built)")
    func run() throws { throw ValidationError("refs is not built yet") }
}
