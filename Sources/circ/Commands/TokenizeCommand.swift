import ArgumentParser

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tokenize", abstract: "(not yet built)")
    func run() throws { throw ValidationError("tokenize is not built yet") }
}
