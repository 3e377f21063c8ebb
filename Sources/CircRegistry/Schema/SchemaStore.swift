import CircData
import Foundation

/// The JSON Schema files of `Schemas/` that `circ schema NAME` prints. Found like the
/// lexicons (`$CIRC_SCHEMAS`, beside the executable and its parents, the resource bundle that
/// ships with the binary), so a schema added there (the diff's) is served with no code change.
/// One copy of each schema: the files; the binary carries them in its bundle.
public enum SchemaStore {
    /// "document", "circ.document/1", "circ.document-1", "circ.document-1.schema.json" → file name.
    public static func fileName(for name: String) -> String {
        var n = name.trimmingCharacters(in: .whitespaces)
        if n.hasSuffix(".schema.json") { return n }
        if !n.hasPrefix("circ.") { n = "circ." + n }
        n = n.replacingOccurrences(of: "/", with: "-")
        if !n.contains("-") { n += "-1" }
        return n + ".schema.json"
    }

    public static func locateDirectory(executable: String? = CommandLine.arguments.first) -> URL? {
        CircData.locate("Schemas", marker: "circ.document-1.schema.json", variable: "CIRC_SCHEMAS", executable: executable).url
    }

    /// Names of the schemas available, file names without `.schema.json`.
    public static func available() -> [String] {
        var names = Set<String>()
        if let dir = locateDirectory(), let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) {
            names.formUnion(files.filter { $0.hasSuffix(".schema.json") })
        }
        return names.map { String($0.dropLast(".schema.json".count)) }.sorted()
    }

    /// The schema text, from `Schemas/`; nil if unknown.
    public static func text(for name: String) -> String? {
        let file = fileName(for: name)
        if let dir = locateDirectory(), let data = FileManager.default.contents(atPath: dir.appendingPathComponent(file).path) {
            return String(decoding: data, as: UTF8.self)
        }
        return nil
    }
}
