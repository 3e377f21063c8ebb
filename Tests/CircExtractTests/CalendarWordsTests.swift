import CircExtract
import Testing

/// The weekday and month names code prints or compares come from the lexicons, in order.
@Suite struct CalendarWordsTests {
    @Test func namesInCalendarOrder() throws {
        let words = try CalendarWords(store: LexiconStore.locate())
        #expect(words.weekdays == ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])
        #expect(words.months.count == 12)
        #expect(words.months.first == "janvier" && words.months[7] == "aout" && words.months.last == "decembre")
    }
}
