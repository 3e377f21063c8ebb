import ArgumentParser
import CircRegistry

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema (draft 2020-12) of circ's outputs.",
        discussion: """
        NAME is document (circ.document/1), registry (circ.registry/1) or another schema of the
        Schemas folder (diff). Without NAME, lists them.

        Examples:
          circ schema document > circ.document-1.schema.json
          circ schema circ.registry/1
        """)

    @Argument(help: "document, registry, diff (or circ.document/1 …).")
    var name: String?

    func run() throws {
        guard let name else {
            RegistryCLI.write(SchemaStore.available().joined(separator: "\n") + "\n")
            return
        }
        guard let text = SchemaStore.text(for: name) else {
            throw CLIError.invalidValue(flag: "NAME", value: name, valid: SchemaStore.available().joined(separator: ", "))
        }
        RegistryCLI.write(text.hasSuffix("\n") ? text : text + "\n")
    }
}
