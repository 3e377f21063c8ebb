import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "(not yet built)")
    func run() throws { throw ValidationError("show is not built yet") }
}
