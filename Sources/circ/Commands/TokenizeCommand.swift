import ArgumentParser
import CircExtract
import CircReader
import CircText
import Foundation

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split a document into sentences and tokens.",
        discussion: """
        Spans are [start, end) Unicode scalar offsets into the file as read; the source at a
        token's span is its text.

        Example:
          circ tokenize Corpus/seeds/2015-02-19_note_cellules-suivi-radicalisation.txt --format json
        """)

    @Argument(help: "The document (.txt, .md, .html, .pdf).") var file: String
    @Option(help: "text or json.") var format: OutputFormat = .text
    @Flag(help: "Show the document's structure (units, sections, footnotes) instead.") var units = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let store = try CLI.lexicons()
        let pipeline = try TextPipeline(store: store)
        if units {
            let p = try Pipeline(lexicons: store)
            FileHandle.standardOutput.write(UnitsDump.render(p.structure(try CLI.read(file))).data(using: .utf8)!)
            return
        }
        let tt = pipeline.tokenize(try CLI.read(file))
        let stdout = StandardOutput()
        var out = ""
        out.reserveCapacity(1 << 17)
        // Written as it goes: the JSON of a text's tokens is 10–50× the text.
        func drain() {
            if out.utf8.count >= 1 << 16 { stdout.write(out); out.removeAll(keepingCapacity: true) }
        }
        switch format {
        case .json:
            out += "{\"sentences\":["
            for (si, s) in tt.sentences.enumerated() {
                if si > 0 { out += "," }
                out += "{\"span\":[\(s.start),\(s.end)],\"tokens\":["
                for ti in s.tokens {
                    let t = tt.tokens[ti]
                    if ti > s.tokens.lowerBound { out += "," }
                    out += "{\"text\":\(JSONText.quote(tt.text.sourceString(t.range))),\"kind\":\"\(t.kind.name)\",\"span\":[\(t.start),\(t.end)]"
                    let norm = tt.string(t)
                    if norm != tt.text.sourceString(t.range) { out += ",\"norm\":\(JSONText.quote(norm))" }
                    out += "}"
                    drain()  // a "sentence" of a hostile file can be the whole file
                }
                out += "]}"
                drain()
            }
            out += "]}\n"
        case .text:
            let kinds = OutputLabels.shared
            for s in tt.sentences {
                // Kind names in French for people; the JSON keeps the canonical names.
                out += s.tokens.map { "\(tt.string(tt.tokens[$0]))/\(kinds.name("token", tt.tokens[$0].kind.name))" }.joined(separator: " ")
                out += "\n"
                drain()
            }
        }
        stdout.write(out)
        stdout.flush()
    }
}

/// `circ tokenize --units FILE`: the structure stage's view, for debugging extraction.
struct UnitsDump {
    static func render(_ s: DocumentStructure) -> String {
        let L = OutputLabels.shared
        var out = L("units.bodyStart", s.bodyStart) + "\n"
        for u in s.units {
            let place = "\(u.section.map { " §\($0)" } ?? "")\(u.footnote.map { " " + L("diff.footnote", $0) } ?? "")\(u.listItem ? " " + L("units.listItem") : "")"
            out += "[\(u.block)] \(L.name("unit", u.kind.rawValue))\(place) : \(s.clean(u))\n"
        }
        return out
    }
}
