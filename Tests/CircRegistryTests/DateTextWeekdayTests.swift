import CircRegistry
import Testing

/// `DateText.weekday` counts from Monday, as `CalendarWords.weekdays` are ordered.
@Suite struct DateTextWeekdayTests {
    @Test func mondayIsOneSundayIsSeven() {
        #expect(DateText.weekday("2024-10-28") == 1)  // a Monday
        #expect(DateText.weekday("2024-11-02") == 6)
        #expect(DateText.weekday("2024-11-03") == 7)  // a Sunday
        #expect(DateText.weekday("2024-02-30") == nil)
    }
}
