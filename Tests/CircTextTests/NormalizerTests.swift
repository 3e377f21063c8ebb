import CircTestSupport
import CircText
import Foundation
import Testing

@Suite struct NormalizerTests {
    func norm(_ s: String, _ m: Markup = .text) -> NormalizedText { TestLexicons.text.normalizer.normalize(s, markup: m) }

    @Test func keepsScalarCount() {
        for m in [Markup.text, .markdown, .html, .pdf] {
            let s = "**Je vous demande**<sup>1</sup> l’article « SBNA » d&eacute;cision e\u{301}te\u{301} amélio-\nration"
            #expect(norm(s, m).scalars.count == s.unicodeScalars.count)
        }
    }

    @Test func typography() {
        let t = norm("l’État « SBNA »\u{202F}: 1\u{A0}234")
        #expect(t.string(0..<t.count) == "l'État \" SBNA \" : 1 234")
    }

    @Test func boldAndFootnoteCallsAreStructure() {
        let s = "**Elles doivent être amplifiées.** Ce n'est pas requis<sup>1</sup>."
        let t = norm(s)
        #expect(t.bold.count == 1)
        #expect(t.clean(t.bold[0]) == "Elles doivent être amplifiées.")
        #expect(t.footnoteCalls.map(\.number) == ["1"])
        #expect(t.footnoteCalls[0].startsLine == false)
        #expect(t.clean(0..<t.count) == "Elles doivent être amplifiées. Ce n'est pas requis.")
    }

    @Test func nfdComposesInPlace() {
        let t = norm("e\u{301}loignement")
        #expect(t.string(0..<t.count) == "éloignement")
        #expect(toks("e\u{301}loignement de l'e\u{301}tranger").count == 4)
    }

    @Test func pdfLineEndHyphenationJoins() {
        let s = "pour améliorer l'amélio-\n   ration des procédures"
        let tt = TestLexicons.text.tokenize(text: s, markup: .pdf)
        #expect(tt.tokens.map { tt.string($0) }.contains("amélioration"))
        let tok = tt.tokens.first { tt.string($0) == "amélioration" }!
        #expect(tt.text.sourceString(tok.range) == "amélio-\n   ration")
    }

    /// A CRLF copy (its CR read as a blank) or trailing spaces leave blanks between the
    /// hyphen and the line break: the word, the compound and the number are joined the same.
    @Test func lineEndHyphenationJoinsOverTrailingBlanks() {
        let words = toks("l'amélio- \r\nration du Pas-de-  \nCalais")
        #expect(words.contains("amélioration"))
        #expect(words.contains("Pas-de-Calais"))
        let number = norm("L. 612-\t\n6")
        #expect(number.string(0..<number.count) == "L. 612-6")
        // A dash after a space, ending the line, is no hyphenation.
        #expect(!toks("les mesures - \nexpulsions").contains("mesuresexpulsions"))
    }

    /// A copy that flattened its lines keeps the layout's hyphen and a space: the word is one
    /// again, a compound keeps its hyphen, a suspended hyphen ("pré- et post-") stays.
    @Test func flattenedLineEndHyphenationJoins() {
        let tt = TestLexicons.text.tokenize(text: "les direc- teurs adjoints de Météo- France et les soins pré- et post-opératoires")
        let words = tt.tokens.map { tt.string($0) }
        #expect(words.contains("directeurs"))
        #expect(words.contains("Météo-France"))
        #expect(words.contains("pré") && words.contains("et"))
        let tok = tt.tokens.first { tt.string($0) == "directeurs" }!
        #expect(tt.text.sourceString(tok.range) == "direc- teurs")
    }

    @Test func pdfPageNumbersAndRunningHeadersGo() {
        var pages: [String] = []
        let bodies = ["Le préfet veille à la coordination.", "Les services rendent compte chaque mois.",
                      "Texte de la page trois, phrase longue et utile.", "La cellule se réunit sans délai."]
        for p in 1...4 { pages.append("MINISTÈRE DE L'INTÉRIEUR\n\(bodies[p - 1])\nDeuxième ligne de la page \(bodies[p - 1].count).\n\n- \(p) -\n") }
        let t = norm(pages.joined(separator: "\u{0C}"), .pdf)
        let clean = t.clean(0..<t.count)
        #expect(!clean.contains("MINISTÈRE"))
        #expect(!clean.contains("- 2 -"))
        #expect(clean.contains("Texte de la page trois"))
    }

    @Test func htmlStripsMarkupDecodesEntitiesKeepsParagraphs() {
        let html = "<html><head><title>x</title><style>p{color:red}</style></head><body><p>Le ministre de l&rsquo;Int&eacute;rieur</p><p>demande&nbsp;aux pr&#233;fets.</p><script>var a=1;</script></body></html>"
        let tt = TestLexicons.text.tokenize(text: html, markup: .html)
        #expect(tt.sentences.map { tt.text.clean($0.range) } == ["Le ministre de l'Intérieur", "demande aux préfets."])
        let word = tt.tokens.first { tt.string($0) == "Intérieur" }!
        #expect(tt.text.sourceString(word.range) == "Int&eacute;rieur")
    }

    @Test func markdownLinksKeepTheirText() {
        let t = norm("de l'article [L. 214-8](#article-l214-8) et ([bsos@interieur.gouv.fr](mailto:bsos@interieur.gouv.fr))")
        #expect(t.clean(0..<t.count) == "de l'article L. 214-8 et (bsos@interieur.gouv.fr)")
    }

    @Test func headingsRecorded() {
        let t = norm("### **3 – Le placement**\n\ntexte")
        #expect(t.headings.count == 1)
        #expect(t.headings[0].level == 3)
    }
}
