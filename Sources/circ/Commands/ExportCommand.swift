import ArgumentParser
import CircPresentation
import CircRegistry
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole registry.",
        discussion: """
        json: {"schema": "circ.registry/1", "generated", "documents": [circ.document/1 …]}, each
        document with a "registry" object (id, version, supersededBy, current); see
        `circ schema registry`. jsonl: one document per line. csv: one row per obligation.
        With --out the file is written whole or not at all (a temporary file is renamed).

        Examples:
          circ export --format json --out registry.json
          circ export --format csv > obligations.csv
        """)

    @OptionGroup var registry: RegistryOptions
    @Option(help: "Output format.")
    var format = Parsed<ExportFormat>(argument: "json")
    @Option(help: "Write to FILE instead of stdout.")
    var out: String?

    func run() throws {
        let fmt = try format.value("--format")
        let reg = try registry.open(readOnly: true)
        guard let out else {
            return try Self.export(reg, fmt) { FileHandle.standardOutput.write(Data($0.utf8)) }
        }
        // Whole or nothing: written beside the target, then renamed over it.
        let tmp = out + ".part-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: tmp, contents: nil), let h = FileHandle(forWritingAtPath: tmp) else {
            throw RegistryError.sqlite(path: out, message: "cannot create the output file")
        }
        do {
            try Self.export(reg, fmt) { try h.write(contentsOf: Data($0.utf8)) }
            try h.close()
            if FileManager.default.fileExists(atPath: out) { try FileManager.default.removeItem(atPath: out) }
            try FileManager.default.moveItem(atPath: tmp, toPath: out)
        } catch {
            try? FileManager.default.removeItem(atPath: tmp)
            throw error
        }
    }

    /// The registry's JSON forms as it writes them; CSV is one row per obligation with its
    /// document's fields (every version), the shape a spreadsheet wants.
    static func export(_ reg: Registry, _ format: ExportFormat, write: (String) throws -> Void) throws {
        switch format {
        case .json: try reg.export(format: .json, write: write)
        case .jsonl: try reg.export(format: .jsonl, write: write)
        case .csv:
            var filter = ObligationFilter()
            filter.includeSuperseded = true
            try write(ObligationRenderer.tabular(try reg.obligations(filter)).csv())
        }
    }
}
