import Foundation

/// Every way the registry refuses something. Each case renders as one line for stderr,
/// because juristes read these in a terminal, not in a log.
public enum RegistryError: Error, CustomStringConvertible, Equatable, Sendable {
    case notFound(path: String)
    case notADatabase(path: String)
    case foreignDatabase(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case readOnly(path: String)
    case diskFull(path: String)
    case unknownDocument(key: String)
    case ambiguousDocument(key: String, candidates: [String])
    /// A query value the registry cannot use: which input, the value as given, what would do.
    /// The input is named, not the command-line flag: the CLI words it for its options.
    case badFilter(QueryInput, value: String, valid: String)
    case sqlite(path: String, message: String)
    case undatedCode(path: String)

    public var description: String {
        switch self {
        case .notFound(let p):
            return "no registry at \(p)"
        case .notADatabase(let p):
            return "\(p) is not a circ registry (not an SQLite database); nothing was changed"
        case .foreignDatabase(let p):
            return "\(p) is an SQLite database that circ did not create; nothing was changed"
        case .newerSchema(let p, let found, let supported):
            return "\(p) has registry schema version \(found), newer than this circ supports (\(supported)); upgrade circ"
        case .readOnly(let p):
            return "\(p) is read-only; cannot write to the registry"
        case .diskFull(let p):
            return "disk full while writing \(p); the file being ingested was not stored"
        case .unknownDocument(let k):
            return "no document matches \"\(k)\" (use a registry id, a NOR, a date YYYY-MM-DD or a sha256 prefix; see `circ docs`)"
        case .ambiguousDocument(let k, let c):
            return "\"\(k)\" matches several documents (\(c.joined(separator: ", "))); use a registry id"
        case .badFilter(let input, let v, let valid):
            return "invalid value \"\(v)\" for \(input.rawValue); valid values: \(valid)"
        case .sqlite(let p, let m):
            return "\(p): \(m)"
        case .undatedCode(let p):
            _ = p
            return "a consolidated code with no date (no \"Date de consolidation\" or \"Version consolidée au\" line, and the file name does not start with YYYY-MM-DD); not stored"
        }
    }

    /// 2 for mistakes in what was asked, 1 for everything else (the contract of `circ`).
    public var exitCode: Int32 {
        if case .badFilter = self { return 2 }
        return 1
    }
}

/// The inputs of a registry query that can be refused (`RegistryError.badFilter`).
public enum QueryInput: String, Sendable, CaseIterable {
    case addressee, reference, asOf = "as-of", code, modality, kind, deadline, since, until, limit
}
