import CircText
import Testing

/// What `pdftotext -layout` does to a printed circular: lines wrapped and indented anywhere,
/// running headers and footers at every page break. Written for the class, not one file.
@Suite struct PDFLayoutTests {
    @Test func articleNumberWrappedAfterItsPrefix() {
        #expect(kindsOf("de l'article L.\n   742-5 du CESEDA").contains("L.\n   742-5/article"))
        // A blank line is a paragraph break, not a wrap.
        #expect(!kindsOf("voir L.\n\n742-5").contains { $0.hasSuffix("/article") })
    }

    @Test func letterSpacedCapitalsReadAsWords() {
        #expect(toks("M I N I S T È R E  DE  L'I N T É R I E U R") == ["MINISTÈRE", "DE", "L'", "INTÉRIEUR"])
        // Initials and short runs stay letters.
        #expect(toks("les articles A B C") == ["les", "articles", "A", "B", "C"])
    }

    @Test func sentenceRunningOnToTheNextPageStaysOneParagraph() {
        var pages: [String] = []
        for p in 1...4 {
            pages.append("  Circulaire du ministre\n  La cellule se réunit chaque mois et la décision de la cour d'appel\n  de Versailles (5 septembre 2024 ; 24/0587\(p)) qui juge que la menace\n  file:///tmp/c.html\n")
        }
        let tt = Fixture.text.tokenize(text: pages.joined(separator: "\u{0C}"), markup: .pdf)
        // The footer and header lines are blanked with their breaks: the only line breaks left
        // inside the text are single ones.
        #expect(!tt.text.clean(0..<tt.text.count).contains("file:"))
        #expect(tt.tokens.allSatisfy { $0.newlinesBefore < 2 })
    }
}
