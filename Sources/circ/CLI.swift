import ArgumentParser
import CircExtract
import CircReader
import Foundation

/// What every command shares: lexicon lookup, reading with one-line errors, exit codes.
enum CLI {
    static func lexicons() throws -> LexiconStore {
        do { return try LexiconStore.locate() } catch { throw fail("\(error)") }
    }

    static func read(_ path: String) throws -> SourceDocument {
        do { return try DocumentReader().read(path: path) } catch let e as ReadError { throw fail(e.description) }
    }

    /// Prints one line on stderr and returns the exit code to throw (1: input failed).
    static func fail(_ message: String, code: Int32 = 1) -> ExitCode {
        FileHandle.standardError.write("circ: \(message)\n".data(using: .utf8)!)
        return ExitCode(code)
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
