import CircContract
/// The filters of `circ obligations` (and `circ history`), as typed. They combine with AND.
/// Values are checked against their valid sets before any SQL runs; every value then
/// reaches SQLite as a bound parameter, never spliced into the statement.
public struct ObligationFilter: Sendable {
    public var addressee: String?
    public var ref: String?
    /// Read a CESEDA `ref` in the numbering in force on this day only (YYYY-MM-DD).
    public var asOf: String?
    public var code: String?
    public var modality: String?
    public var deadline: String?
    public var since: String?
    public var until: String?
    public var kind: String?
    public var doc: String?
    public var search: String?
    public var limit: Int?
    /// Superseded versions (same NOR, older text) are left out unless asked for.
    public var includeSuperseded = false

    public init() {}

    public static let modalities = Modality.allCases.map(\.rawValue)
    public static let kinds = DocumentKind.allCases.map(\.rawValue)
    /// Words for the recurring deadlines of the contract (`R/P1M`…) and `asap`.
    public static let deadlineWords: [(word: String, value: String)] = [
        ("daily", "R/P1D"), ("weekly", "R/P1W"), ("monthly", "R/P1M"), ("quarterly", "R/P3M"),
        ("yearly", "R/P1Y"), ("asap", "asap"),
    ]
    static let deadlineValid = deadlineWords.map(\.word).joined(separator: ", ")
        + ", a contract value (R/P1M, PT48H, P15D), a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD"

    /// What `--deadline` means once read.
    enum DeadlineMatch: Equatable {
        case value(String)
        case dateRange(String, String)
    }

    static func parseDeadline(_ raw: String) throws -> DeadlineMatch {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if let w = deadlineWords.first(where: { $0.word == s.lowercased() }) { return .value(w.value) }
        if DateText.isISODate(s) { return .dateRange(s, s) }
        if let r = s.range(of: "..") {
            let a = String(s[..<r.lowerBound]), b = String(s[r.upperBound...])
            let lo = a.isEmpty ? "0000-01-01" : a, hi = b.isEmpty ? "9999-12-31" : b
            if (a.isEmpty || DateText.isISODate(a)), (b.isEmpty || DateText.isISODate(b)), lo <= hi {
                return .dateRange(lo, hi)
            }
        }
        let iso = s.uppercased()
        if iso.range(of: #"^(R/)?P(T?\d+[HDWMY])+$"#, options: .regularExpression) != nil { return .value(iso) }
        throw RegistryError.badFilter(.deadline, value: raw, valid: deadlineValid)
    }

    /// Which end of a date range a `since` or `until` value is.
    enum Bound { case since, until }

    static func checkDate(_ bound: Bound, _ value: String) throws -> String {
        // A year or a month is a convenience: since 2020 means 2020-01-01, until 2020 2020-12-31.
        let until = bound == .until
        if value.count == 4, Int(value) != nil { return until ? value + "-12-31" : value + "-01-01" }
        if value.count == 7, DateText.isISODate(value + "-01") { return until ? value + "-31" : value + "-01" }
        guard DateText.isISODate(value) else {
            throw RegistryError.badFilter(until ? .until : .since, value: value, valid: "a date YYYY-MM-DD (or YYYY, YYYY-MM)")
        }
        return value
    }

    static func checkChoice(_ input: QueryInput, _ value: String, _ valid: [String]) throws -> String {
        let v = value.lowercased().trimmingCharacters(in: .whitespaces)
        guard valid.contains(v) else { throw RegistryError.badFilter(input, value: value, valid: valid.joined(separator: ", ")) }
        return v
    }
}
