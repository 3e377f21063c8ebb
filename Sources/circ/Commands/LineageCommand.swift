import ArgumentParser
import CircPresentation
import CircRegistry

struct LineageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "Show the earlier texts a document cites, the texts citing it, and the press reporting it.",
        discussion: """
        Earlier texts are the document's references to circulaires, instructions, notes and
        NORs, resolved to registry documents by NOR or by kind and date. A press item (dépêche,
        article, communiqué) reports a text when it appeared within a week after it, names that
        day ("mardi", "hier", "29 septembre") and names a written act (courrier, lettre…).

        Examples:
          circ lineage INTK2428339J
          circ lineage 2020-09-30 --format json
        """)

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var query: DocumentQuery

    func run() throws {
        try RegistryCLI.document(registry, query) { reg, json in
            let lineage = try reg.lineage(of: query.doc)
            RegistryCLI.write(json ? try JSONOutput.object(lineage) : LineageRenderer.text(lineage, style: TerminalPolicy.stdout()))
        }
    }
}
