import ArgumentParser
import CircPresentation
import CircRegistry

/// A value of the command line that parses into a type: a format, a row limit, a day.
protocol OptionValue: Sendable {
    /// Nil when `text` is not a valid value.
    init?(parsing text: String)
    /// The valid values, as the one-line error lists them.
    static var validValues: String { get }
    /// What shell completion offers (empty: any text).
    static var completions: [String] { get }
}

extension OptionValue where Self: CaseIterable & RawRepresentable, RawValue == String {
    init?(parsing text: String) { self.init(rawValue: text.lowercased()) }
    static var validValues: String { allCases.map(\.rawValue).joined(separator: ", ") }
    static var completions: [String] { allCases.map(\.rawValue) }
}

/// An option read into its type by ArgumentParser. A text that does not parse is kept, so
/// that the command reports it in circ's words — one line naming the flag and the valid
/// values, exit 2, after the other usage checks and before the registry is opened — instead
/// of the parser's usage page.
struct Parsed<Value: OptionValue>: ExpressibleByArgument {
    let text: String
    let parsed: Value?

    init(argument: String) { text = argument; parsed = Value(parsing: argument) }

    /// The value, or the one-line usage error for `flag`.
    func value(_ flag: String) throws -> Value {
        guard let parsed else { throw CLIError.invalidValue(flag: flag, value: text, valid: Value.validValues) }
        return parsed
    }

    var defaultValueDescription: String { text }
    static var allValueStrings: [String] { Value.completions }
}

extension OutputFormat: OptionValue {}

/// `show`, `lineage`: a readable text or the JSON.
enum DocumentFormat: String, CaseIterable, OptionValue {
    case text, json
}

/// `circ export`: the registry's JSON forms, or one CSV row per obligation.
enum ExportFormat: String, CaseIterable, OptionValue {
    case json, jsonl, csv
}

/// `--limit`: at most this many rows; 0 means no limit.
struct RowLimit: OptionValue {
    var rows: Int
    init?(parsing text: String) {
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), n >= 0 else { return nil }
        rows = n
    }
    static let validValues = "a whole number, 0 or more (0: no limit)"
    static let completions: [String] = []
}

/// `--as-of`: a day, YYYY-MM-DD.
struct Day: OptionValue {
    var iso: String
    init?(parsing text: String) {
        guard DateText.isISODate(text) else { return nil }
        iso = text
    }
    static let validValues = "a date YYYY-MM-DD"
    static let completions: [String] = []
}
