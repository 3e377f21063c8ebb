import CircTestSupport
import CircText
import Foundation
import Testing

/// A date whose month a page's wrap set on the next line ("Paris, le 27⏎novembre 2020", a
/// flattened copy printed again) is one date token; a month in capitals opening a line (a
/// table's row, a calendar) is not joined to the number before it.
@Suite struct WrappedDateTests {
    func dates(_ text: String) -> [String] {
        let tt = TestLexicons.text.tokenize(text: text, markup: .text)
        return tt.tokens.filter { $0.kind == .date }.map { tt.string($0) }
    }

    @Test func aMonthWrappedToTheNextLineStaysInItsDate() {
        #expect(dates("Monsieur le préfet de police des Bouches-du-Rhône. Paris, le 27\nnovembre 2020. NOR : INTA2032456C.").count == 1)
        #expect(dates("avant le 15\n  janvier 2025, un bilan des contrôles.").count == 1)
    }

    @Test func aCapitalisedMonthOpeningALineIsNoWrappedDate() {
        #expect(!dates("Nombre de mesures prononcées : 12\nMars 2024 : 14 mesures").contains { $0.hasPrefix("12") })
        #expect(!dates("le tableau joint compte 12\n\nnovembre 2020 étant le mois de référence").contains { $0.hasPrefix("12") })
    }
}
