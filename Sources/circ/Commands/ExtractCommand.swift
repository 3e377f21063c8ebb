import ArgumentParser
import CircExtract
import CircReader
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract metadata, addressees, references, deadlines and obligations from one document.",
        discussion: """
        --format json prints the circ.document/1 contract (every span is [start, end) in
        Unicode scalar offsets of the file as read); --format text a readable summary.

        Example:
          circ extract Corpus/seeds/2024-10-28_circulaire_INTK2428339J_pilotage-politique-migratoire.txt --format json
        """)

    @Argument(help: "The document (.txt, .md, .html, .pdf).") var file: String
    @Option(help: "json or text.") var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    func run() throws {
        let pipeline = try Pipeline(lexicons: CLI.lexicons())
        // Read inside the call, so that the source text can be released once normalised.
        let doc = pipeline.extract(try CLI.read(file))
        switch format {
        case .json:
            let out = StandardOutput()
            try doc.writeJSON { out.write($0) }
            out.write("\n")
            out.flush()
        case .text:
            FileHandle.standardOutput.write(Data(TextSummary.render(doc).utf8))
        }
    }
}
