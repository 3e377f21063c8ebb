import CircContract
import Foundation

/// The words of every human-readable output (text, Markdown, HTML) — one table,
/// `Lexicons/labels.json`, so that the tool speaks French to juristes in every command and a
/// wording is changed in one place. JSON output keeps the contract's English keys and
/// canonical values; only what people read goes through here.
public struct OutputLabels: Sendable {
    /// Sentences and headings by key ("diff.old" → "Ancien").
    public let text: [String: String]
    /// Value names by vocabulary ("modality" → "recommendation" → "recommandation").
    public let names: [String: [String: String]]
    /// Month names, January first, for dates in words.
    public let months: [String]

    struct File: Decodable {
        var text: [String: String]
        var names: [String: [String: String]]
        var months: [String]
    }

    public init(store: LexiconStore) throws {
        let f = try store.load("labels.json", as: File.self)
        guard f.months.count == 12 else { throw LexiconStore.LexiconError.unreadable("labels.json", "`months` must name 12 months") }
        text = f.text; names = f.names; months = f.months
    }

    /// The table of this installation; an empty one (keys shown as ⟦key⟧) if it cannot be
    /// read, which the CLI reports before printing anything (`CLI.labels()`).
    public static let shared: OutputLabels = (try? LexiconStore.locate()).flatMap { try? OutputLabels(store: $0) }
        ?? OutputLabels(text: [:], names: [:], months: [])

    init(text: [String: String], names: [String: [String: String]], months: [String]) {
        self.text = text; self.names = names; self.months = months
    }

    /// The sentence for `key`, with `{0}`, `{1}`… replaced by `args`.
    public func callAsFunction(_ key: String, _ args: CustomStringConvertible...) -> String {
        var s = text[key] ?? "⟦\(key)⟧"
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i)}", with: a.description) }
        return s
    }

    /// A count with its noun in the right number: `count(3, "obligation")` → "3 obligations".
    public func count(_ n: Int, _ key: String) -> String {
        "\(n) " + (n > 1 ? self(key + ".plural") : self(key + ".one"))
    }

    /// The sentence `key.one` or `key.plural` for a count (French: 0 and 1 are singular).
    public func counted(_ n: Int, _ key: String) -> String { self(key + (n > 1 ? ".plural" : ".one"), n) }

    /// The French name of a value of a vocabulary (modality, role, change kind…), the value
    /// itself when the table has none (an id such as a slug reads as it is).
    public func name(_ vocabulary: String, _ value: String) -> String { names[vocabulary]?[value] ?? value }

    /// The French name of a value of one of the contract's vocabularies (`Modality`…).
    public func name<V: ContractVocabulary>(_ vocabulary: String, _ value: V) -> String { name(vocabulary, value.rawValue) }

    /// A deadline value in words: "2015-03-13" → "avant le 13 mars 2015", "R/P1M" → "chaque
    /// mois", "PT48H" → "sous 48 heures", "asap" → "sans délai". Unknown forms stay as they are.
    public func deadline(_ value: String) -> String {
        if let fixed = names["deadline"]?[value] { return fixed }
        if let d = CivilDate(iso: value) { return self("deadline.before", date(d)) }
        if value.hasPrefix("R/P"), let (n, unit) = Self.duration(value.dropFirst(3)) {
            // Heures and semaines are feminine: "toutes les 2 semaines".
            return self(unit == "H" || unit == "W" ? "deadline.every.f" : "deadline.every", n, unitName(unit, n))
        }
        if value.hasPrefix("P"), let (n, unit) = Self.duration(value.dropFirst(1)) {
            return self("deadline.within", n, unitName(unit, n))
        }
        return value
    }

    /// "13 mars 2015", "1er mars 2025".
    public func date(_ d: CivilDate) -> String {
        guard months.count == 12, (1...12).contains(d.month) else { return d.description }
        return "\(d.day == 1 ? self("date.first") : String(d.day)) \(months[d.month - 1]) \(d.year)"
    }

    /// A date given as `YYYY-MM-DD` in words, anything else as it is.
    public func date(_ iso: String?) -> String {
        guard let iso else { return self("none") }
        return CivilDate(iso: iso).map { date($0) } ?? iso
    }

    private func unitName(_ unit: Character, _ n: Int) -> String {
        self("unit.\(unit)" + (n > 1 ? ".plural" : ".one"))
    }

    /// "1M" → (1, "M"), "T48H" → (48, "H"): one number and one unit, nothing else.
    static func duration(_ s: Substring) -> (Int, Character)? {
        var rest = s
        var time = false
        if rest.first == "T" { time = true; rest = rest.dropFirst() }
        guard let unit = rest.last, let n = Int(rest.dropLast()), n > 0 else { return nil }
        switch (time, unit) {
        case (true, "H"): return (n, "H")
        case (true, "M"): return (n, "m")
        case (false, "D"), (false, "W"), (false, "M"), (false, "Y"): return (n, unit)
        default: return nil
        }
    }
}
