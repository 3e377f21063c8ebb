import CircData
import Foundation

/// Finds and decodes the data files of `Lexicons/`. French rules live there as data so that
/// a juriste can add a code, a title or a deontic marker without touching Swift.
public struct LexiconStore: Sendable {
    public let directory: URL

    public enum LexiconError: Error, CustomStringConvertible {
        case notFound([String])
        case unreadable(String, String)
        public var description: String {
            switch self {
            case .notFound(let tried):
                return "Lexicons directory not found (tried: \(tried.joined(separator: ", "))); set CIRC_LEXICONS to its path"
            case .unreadable(let file, let why): return "lexicon \(file): \(why)"
            }
        }
    }

    public init(directory: URL) { self.directory = directory }

    /// Looks in `$CIRC_LEXICONS`, then beside the executable and its parents (a checkout's
    /// `.build/release/circ` finds the checkout's `Lexicons/`), then in the resource bundle
    /// built beside the executable (`CircData`).
    public static func locate(executable: String? = CommandLine.arguments.first) throws -> LexiconStore {
        let (url, tried) = CircData.locate("Lexicons", marker: "tokenizer.json", variable: "CIRC_LEXICONS", executable: executable)
        guard let url else { throw LexiconError.notFound(tried) }
        return LexiconStore(directory: url)
    }

    /// The store of this source tree, for tests and tools run from the checkout.
    public static func `default`() throws -> LexiconStore { try locate() }

    public func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let url = directory.appendingPathComponent(name)
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw LexiconError.unreadable(name, "cannot be read") }
        do { return try JSONDecoder().decode(T.self, from: data) } catch let e as DecodingError {
            throw LexiconError.unreadable(name, Self.describe(e))
        }
    }

    /// True when the data file is present (for optional files such as a concordance not yet inferred).
    public func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }

    /// The JSON files of a subfolder (`code-articles`), as names `load` takes, sorted; none
    /// when the folder is absent.
    public func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    /// Turns a DecodingError into "missing key `a.b`" rather than a dump.
    static func describe(_ e: DecodingError) -> String {
        func path(_ c: [CodingKey]) -> String { c.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".") }
        switch e {
        case .keyNotFound(let k, let ctx): return "missing key `\(path(ctx.codingPath + [k]))`"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx): return "wrong type at `\(path(ctx.codingPath))`: \(ctx.debugDescription)"
        case .dataCorrupted(let ctx): return "invalid JSON at `\(path(ctx.codingPath))`: \(ctx.debugDescription)"
        @unknown default: return "\(e)"
        }
    }
}
