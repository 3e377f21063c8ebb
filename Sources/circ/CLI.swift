import ArgumentParser
import CircExtract
import CircReader
import CircRegistry
import Foundation

/// What every command shares: lexicon lookup, reading, and the one error path. Commands
/// throw; `report` words the error as one line on stderr (with the flag it concerns) and
/// gives the exit code: 2 for a value the command line got wrong, 1 for an input or the
/// registry that failed.
enum CLI {
    static func lexicons() throws -> LexiconStore {
        do { return try LexiconStore.locate() } catch { throw CLIError.failed("\(error)") }
    }

    static func read(_ path: String) throws -> SourceDocument {
        try DocumentReader().read(path: path)
    }

    /// Reports `error` once and returns the code to exit with. An `ExitCode` was reported
    /// where it was thrown (a command that names each failed file, then fails as a whole).
    static func report(_ error: Error) -> ExitCode {
        if let code = error as? ExitCode { return code }
        let (message, code) = describe(error)
        printError("circ: " + message)
        return ExitCode(code)
    }

    static func describe(_ error: Error) -> (message: String, code: Int32) {
        switch error {
        case let e as CLIError: return (e.description, e.exitCode)
        case let e as RegistryError: return (describe(e), e.exitCode)
        case let e as ReadError: return (e.description, 1)
        case let e as CustomStringConvertible: return (e.description, 1)
        default: return ("\(error)", 1)
        }
    }

    /// A registry's refusal in the words of the command line: the flag that set a refused
    /// value, what to run or pass when there is no registry.
    static func describe(_ e: RegistryError) -> String {
        switch e {
        case .badFilter(let input, let value, let valid):
            return CLIError.invalidValue(flag: flag(input), value: value, valid: valid).description
        case .notFound(let path):
            return "no registry at \(path); run `circ ingest PATH` first or pass --db FILE"
        default:
            return e.description
        }
    }

    /// The option of `circ obligations` / `refs` / `history` that sets a query input.
    static func flag(_ input: QueryInput) -> String {
        switch input {
        case .addressee: return "--addressee"
        case .reference: return "--ref"
        case .asOf: return "--as-of"
        case .code: return "--code"
        case .modality: return "--modality"
        case .kind: return "--kind"
        case .deadline: return "--deadline"
        case .since: return "--since"
        case .until: return "--until"
        case .limit: return "--limit"
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The CLI's own refusals, each one line.
enum CLIError: Error, CustomStringConvertible, Sendable {
    /// A value given on the command line that is not one of the valid ones (exit 2).
    case invalidValue(flag: String, value: String, valid: String)
    /// An input that could not be used (exit 1).
    case failed(String)

    var description: String {
        switch self {
        case .invalidValue(let flag, let value, let valid):
            return "invalid value \"\(value)\" for \(flag); valid values: \(valid)"
        case .failed(let message): return message
        }
    }

    var exitCode: Int32 {
        if case .invalidValue = self { return 2 }
        return 1
    }
}

enum JSONText {
    /// A JSON string literal, escaped by hand: the tokenizer's output is too large for
    /// JSONEncoder to be the fast path.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
