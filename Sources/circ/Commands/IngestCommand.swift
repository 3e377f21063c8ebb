import ArgumentParser

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "(not yet built)")
    func run() throws { throw ValidationError("ingest is not built yet") }
}
