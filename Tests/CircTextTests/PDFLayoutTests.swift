import CircTestSupport
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

    /// A year wrapped to the next, indented line is still the date's.
    @Test func dateWrappedBeforeItsYear() {
        let tt = TestLexicons.text.tokenize(text: "la circulaire qui leur a été adressée le 31 janvier\n  1820, et qui se trouve au recueil", markup: .pdf)
        #expect(tt.tokens.contains { $0.kind == .date && tt.string($0).hasSuffix("1820") })
        // A blank line between them is a new paragraph: no date across it.
        let t2 = TestLexicons.text.tokenize(text: "réunion du 31 janvier\n\n1820 personnes présentes", markup: .pdf)
        #expect(!t2.tokens.contains { $0.kind == .date && t2.string($0).hasSuffix("1820") })
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
        let tt = TestLexicons.text.tokenize(text: pages.joined(separator: "\u{0C}"), markup: .pdf)
        // The footer and header lines are blanked with their breaks: the only line breaks left
        // inside the text are single ones.
        #expect(!tt.text.clean(0..<tt.text.count).contains("file:"))
        #expect(tt.tokens.allSatisfy { $0.newlinesBefore < 2 })
    }
}
