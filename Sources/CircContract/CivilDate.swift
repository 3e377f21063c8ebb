/// A calendar date without time or zone: what a circular's "28 OCT. 2024" means.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year), year > 0 else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let p = iso.split(separator: "-")
        guard p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }
    public var description: String { iso }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO weekday, 1 = Monday … 7 = Sunday (Zeller's congruence, proleptic Gregorian).
    public var weekday: Int {
        var y = year, m = month
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100, j = y / 100
        let h = (day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7   // 0 = Saturday
        return ((h + 5) % 7) + 1
    }

    /// Days since 1970-01-01, for date arithmetic.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// The year for a day and month written without one, relative to a document date:
    /// `direction` -1 for "dernier" (the latest such date not after the anchor), +1 for
    /// "prochain" or a deadline (the first not before it), 0 for the nearest.
    public static func resolve(day: Int, month: Int, anchor: CivilDate, direction: Int) -> CivilDate? {
        let candidates = [anchor.year - 1, anchor.year, anchor.year + 1].compactMap { CivilDate(year: $0, month: month, day: day) }
        switch direction {
        case ..<0: return candidates.filter { $0 <= anchor }.max()
        case 1...: return candidates.filter { $0 >= anchor }.min()
        default: return candidates.min { abs($0.dayNumber - anchor.dayNumber) < abs($1.dayNumber - anchor.dayNumber) }
        }
    }
}
