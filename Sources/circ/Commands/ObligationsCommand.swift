import ArgumentParser

struct ObligationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "obligations", abstract: "(not yet built)")
    func run() throws { throw ValidationError("obligations is not built yet") }
}
