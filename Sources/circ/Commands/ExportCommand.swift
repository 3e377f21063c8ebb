import ArgumentParser
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
    @Option(help: "json, jsonl or csv.")
    var format: String = "json"
    @Option(help: "Write to FILE instead of stdout.")
    var out: String?

    func run() throws {
        try RegistryCLI.run {
            guard Registry.exportFormats.contains(format) else {
                throw RegistryError.badFilter(option: "--format", value: format, valid: Registry.exportFormats.joined(separator: ", "))
            }
            let reg = try registry.open(readOnly: true)
            guard let out else {
                try reg.export(format: format) { FileHandle.standardOutput.write(Data($0.utf8)) }
                return
            }
            let tmp = out + ".part-\(ProcessInfo.processInfo.processIdentifier)"
            guard FileManager.default.createFile(atPath: tmp, contents: nil), let h = FileHandle(forWritingAtPath: tmp) else {
                throw RegistryError.sqlite(path: out, message: "cannot create the output file")
            }
            do {
                try reg.export(format: format) { try h.write(contentsOf: Data($0.utf8)) }
                try h.close()
                if FileManager.default.fileExists(atPath: out) { try FileManager.default.removeItem(atPath: out) }
                try FileManager.default.moveItem(atPath: tmp, toPath: out)
            } catch {
                try? FileManager.default.removeItem(atPath: tmp)
                throw error
            }
        }
    }
}
