import Foundation

/// Weekday and month names as the lexicons state them (the weekdays of `deadlines.json`,
/// `months.json`, whose forms are written folded): for code that names a day ("mardi",
/// "29 septembre") rather than reads one, so that the names live in one place. Needs only
/// `LexiconStore` (no tokenizer, no ICU), so the registry can use it too.
public struct CalendarWords: Sendable {
    /// Folded weekday names, Monday first ("lundi" … "dimanche").
    public let weekdays: [String]
    /// Folded month names, January first ("janvier", "fevrier" …): each month's first form.
    public let months: [String]

    struct Weekday: Decodable { let form: String?; let forms: [String]?; let weekday: Int? }
    struct DeadlinesFile: Decodable { let weekdays: [Weekday] }
    struct Month: Decodable { let month: Int; let forms: [String] }

    public init(store: LexiconStore) throws {
        var days = [String?](repeating: nil, count: 7)
        for w in try store.load("deadlines.json", as: DeadlinesFile.self).weekdays {
            guard let n = w.weekday, (1...7).contains(n), let name = w.form ?? w.forms?.first else { continue }
            if days[n - 1] == nil { days[n - 1] = name }
        }
        var months = [String?](repeating: nil, count: 12)
        for m in try store.load("months.json", as: [Month].self) where (1...12).contains(m.month) {
            if months[m.month - 1] == nil, let name = m.forms.first { months[m.month - 1] = name }
        }
        guard !days.contains(nil) else { throw LexiconStore.LexiconError.unreadable("deadlines.json", "`weekdays` must name the 7 days") }
        guard !months.contains(nil) else { throw LexiconStore.LexiconError.unreadable("months.json", "must name the 12 months") }
        weekdays = days.compactMap { $0 }
        self.months = months.compactMap { $0 }
    }

    /// The table of this installation, nil when the lexicons cannot be read.
    public static let shared: CalendarWords? = (try? LexiconStore.locate()).flatMap { try? CalendarWords(store: $0) }
}
