import CircContract
import CircLexicon

/// Does a press item (AFP wire, article, communiqué) report a written act of a given day?
/// Press writes "a adressé mardi un courrier aux préfets" the day after, not the act's date
/// or NOR, so the test is: published 0–7 days after the act, naming that day (its weekday,
/// "hier", or "29 septembre") and naming a written act (courrier, lettre, circulaire…).
enum PressMention {
    /// The kinds of text a press item reports and lineage links to documents, in the order
    /// their ids are looked up.
    static let officialKinds = ReferenceKind.allCases.filter(\.isOfficialText)

    /// A stored document's kind (or a text id's prefix) is one of `officialKinds`.
    static func isOfficial(_ kind: String) -> Bool { ReferenceKind(rawValue: kind)?.isOfficialText ?? false }
    /// A stored document's kind is a press item's.
    static func isPress(_ kind: String) -> Bool { DocumentKind(rawValue: kind)?.isPress ?? false }
    /// Words for a written act, singular and plural: the letter words and written kinds of
    /// `document-kinds.json`, the lexicon extraction reads them from.
    static let actWords: Set<String> = {
        struct Kinds: Decodable { struct F: Decodable { let forms: [String] }; let letterWords, writtenKinds: F }
        guard let store = try? LexiconStore.locate(), let k = try? store.load("document-kinds.json", as: Kinds.self) else { return [] }
        let words = Set(k.letterWords.forms + k.writtenKinds.forms)
        return words.union(words.map { $0 + "s" })
    }()

    /// Why `pressText` (published `pressDate`) reports an act of `actDate`, or nil.
    static func reason(actDate: String, pressDate: String, pressText: String) -> String? {
        guard let days = DateText.days(from: actDate, to: pressDate), (0...7).contains(days) else { return nil }
        let words = FrenchFolding.words(pressText)
        guard let act = words.first(where: actWords.contains) else { return nil }
        let joined = " " + words.joined(separator: " ") + " "
        var day: String?
        let names = CalendarWords.shared
        if let comps = DateText.parse(actDate), let d = comps.day, let m = comps.month, let month = names?.months[m - 1] {
            for form in ["\(d) \(month)", d == 1 ? "1er \(month)" : nil].compactMap({ $0 }) where joined.contains(" \(form) ") {
                day = form
            }
        }
        if day == nil, days == 1, joined.contains(" hier ") { day = "hier" }
        if day == nil, days == 0, joined.contains(" aujourd hui ") || joined.contains(" ce jour ") { day = "aujourd'hui" }
        if day == nil, days >= 1, days <= 6, let n = DateText.weekday(actDate), let wd = names?.weekdays[n - 1],
           words.contains(wd) { day = wd }
        guard let day else { return nil }
        // French, from the label table: the reason is read by juristes (`circ lineage`).
        return OutputLabels.shared("lineage.reason", pressDate, day, actDate, act)
    }
}
