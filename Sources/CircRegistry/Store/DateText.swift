import Foundation

/// ISO dates as the contract writes them (`YYYY-MM-DD`), validated and shifted without
/// time zones: a circular's date is a calendar day, not an instant.
public enum DateText {
    static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    public static func isISODate(_ s: String) -> Bool { parse(s) != nil }

    /// A real calendar day (2024-02-30 is refused).
    public static func parse(_ s: String) -> DateComponents? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        let comps = DateComponents(year: y, month: m, day: d)
        guard let date = calendar.date(from: comps) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == y, back.month == m, back.day == d else { return nil }
        return comps
    }

    static func date(_ s: String) -> Date? { parse(s).flatMap { calendar.date(from: $0) } }

    /// Days from `a` to `b` (positive when b is later).
    public static func days(from a: String, to b: String) -> Int? {
        guard let da = date(a), let db = date(b) else { return nil }
        return calendar.dateComponents([.day], from: da, to: db).day
    }

    /// The weekday of a date, Monday = 1 … Sunday = 7 (as `CalendarWords.weekdays` are ordered).
    public static func weekday(_ s: String) -> Int? {
        guard let d = date(s) else { return nil }
        return (calendar.component(.weekday, from: d) + 5) % 7 + 1  // Foundation counts from Sunday = 1
    }
}
