import ArgumentParser
import CircExtract
import CircPresentation
import CircRegistry

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one document: metadata, addressees, obligations by section, references.",
        discussion: """
        DOC is a registry id (see `circ docs`), a NOR (newest version), a date YYYY-MM-DD or a
        sha256 prefix. --format json prints the stored circ.document/1 JSON.

        Examples:
          circ show INTK2428339J
          circ show 2015-02-19
          circ show 3 --format json
        """)

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var query: DocumentQuery

    func run() throws {
        try RegistryCLI.document(registry, query) { reg, json in
            let id = try reg.requireDocumentID(matching: query.doc)
            guard let document = try reg.document(id: id), let summary = try reg.documentSummary(id: id) else {
                throw RegistryError.unknownDocument(key: query.doc)
            }
            if json {
                let out = StandardOutput()
                try document.writeJSON { out.write($0) }
                out.write("\n")
                out.flush()
            } else {
                RegistryCLI.write(DocumentRenderer.text(document, summary: summary, style: TerminalPolicy.stdout()))
            }
        }
    }
}
