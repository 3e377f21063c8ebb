import CircTestSupport
import CircText
import Foundation
import Testing

/// A web page printed to PDF by a browser carries the browser's own header and footer on every
/// page (Chromium: print time and title above, URL and page counter below; Firefox: title
/// and URL above, counter and print time below). They are blanked wherever they stand, and
/// lines that only look like them stay.
@Suite struct BrowserPrintFurnitureTests {
    static let chromiumHeader = "1/12/26, 5:54 AM                         Circulaire du 3 mai 2023 - Légifrance"
    static let chromiumFooter = "https://www.legifrance.gouv.fr/circulaire/id/45123                                    2/3"

    /// Chromium's and Firefox's lines, in the locales a juriste meets, are no sentence.
    @Test func printedHeadersAndFootersAreBlanked() {
        let lines = [Self.chromiumHeader, Self.chromiumFooter,
                     "01/12/2026 05:54                Instruction du 17 janvier 2023",
                     "01/12/2026, 17:03:12",
                     "file:///home/juriste/circulaire.html    1/2",
                     "Circulaire du 3 mai 2023 - Légifrance           https://www.legifrance.gouv.fr/circulaire/id/45123",
                     "1 sur 3                                                 01/12/2026 05:54",
                     "Page 2 of 3       12/1/2026, 5:54 PM"]
        for line in lines {
            #expect(sentences("Les préfets veilleront au suivi des mesures.\n\(line)\nLe ministre de l'intérieur.").count == 2, "\(line)")
        }
    }

    /// A sentence cut by a page break — the footer, then the next page's header — reads whole.
    @Test func aSentenceAcrossAPrintedPageBreakReadsWhole() {
        let text = "Je vous demande de veiller à ce que les agents chargés de l'accueil soient\n\n\(Self.chromiumFooter)\n\u{0C}\(Self.chromiumHeader)\n\nformés aux nouvelles procédures."
        #expect(sentences(text) == ["Je vous demande de veiller à ce que les agents chargés de l'accueil soient formés aux nouvelles procédures."])
    }

    /// Counter-examples: a sentence giving a URL, a dated line of a schedule, a share written
    /// as a fraction, a URL with a sentence after it: they stay.
    @Test func linesThatOnlyLookLikeThemStay() {
        for line in ["Le texte est disponible sur https://www.legifrance.gouv.fr",
                     "12/05/2024 : réunion des préfets de zone.",
                     "2/3 des communes ont transmis leur bilan.",
                     "www.interieur.gouv.fr publie la liste des 12 préfectures."] {
            let s = sentences("Les préfets veilleront au suivi des mesures.\n\(line)")
            #expect(s.count == 2 && s[1].hasPrefix(String(line.prefix(8))), "\(line): \(s)")
        }
    }
}
