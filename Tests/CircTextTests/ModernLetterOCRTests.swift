import CircTestSupport
import CircText
import Foundation
import Testing

/// Text-layer rules for letters scanned from 1995–2020: the ministry's address footer without
/// its telephone number between a sentence's two halves, and a dateline's month OCR misread.
/// Each rule has a counter-example where it must not act.
@Suite struct ModernLetterOCRTests {
    func dates(_ text: String) -> [String] {
        let tt = TestLexicons.text.tokenize(text: text, markup: .text)
        return tt.tokens.filter { $0.kind == .date }.map { tt.string($0) }
    }

    /// "Place Beauvau 75800 PARIS CEDEX 08" (postcode, town, CEDEX) inside a sentence, alone or
    /// with the page's number and the telephone line: blanked like the footer with a number.
    @Test func aCedexAddressFooterInsideASentenceIsJoinedOver() {
        for footer in ["Place Beauvau 75800 PARIS CEDEX 08", "1/3\nPlace Beauvau 75800 PARIS CEDEX 08",
                       "11, rue des Saussaies - 75800 Paris Cedex 08\nTél. : 01 49 27 49 27"] {
            let text = "Je vous demande de veiller à ce que les services\n\n\(footer)\n\nde la préfecture instruisent ces demandes sans délai."
            #expect(sentences(text) == ["Je vous demande de veiller à ce que les services de la préfecture instruisent ces demandes sans délai."], "\(footer)")
        }
    }

    /// Counter-examples: a town named in a sentence without CEDEX, and an address between two
    /// sentences, are left as they are.
    @Test func anAddressWithoutCedexOrBetweenSentencesStays() {
        let town = "Les dossiers seront adressés à la préfecture\n75008 Paris\nqui les instruira."
        #expect(sentences(town).joined(separator: " ").contains("75008 Paris"))
        #expect(sentences("Les préfets transmettront le bilan.\n\nPlace Beauvau 75800 PARIS CEDEX 08\n\nLes maires informeront la population.").count == 3)
    }

    /// A month OCR misread is read by its confusion key when its year follows; the token's
    /// text reads the month repaired.
    @Test func aMisreadMonthWithItsYearIsADate() {
        #expect(dates("Paris, le 12 janvler 2015") == ["12 janvier 2015"])
        #expect(dates("Paris, le 9 ju111et 2001") == ["9 juillet 2001"])
        #expect(dates("Paris, le 2 MAR5 2018") == ["2 MARS 2018"])
        #expect(dates("Paris, le 12 NOV, 2015") == ["12 NOV, 2015"])
    }

    /// Counter-examples: no year, a word no month reads as, a lower-case month and a comma.
    @Test func aMisreadMonthWithoutItsYearIsNoDate() {
        #expect(dates("12 mal de tête").isEmpty)
        #expect(dates("12 salles 2015").isEmpty)
        #expect(dates("4 NOV, puis le 5") == ["4 NOV"])
        #expect(dates("le 12 mai, 2000 personnes") == ["12 mai"])
    }
}
