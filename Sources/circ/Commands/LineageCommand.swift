import ArgumentParser

struct LineageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lineage", abstract: "(not yet built)")
    func run() throws { throw ValidationError("lineage is not built yet") }
}
