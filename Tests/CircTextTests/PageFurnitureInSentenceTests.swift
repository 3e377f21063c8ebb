import CircTestSupport
import CircText
import Foundation
import Testing

/// Text-layer rules of the second short round: page furniture left inside a sentence by a
/// copy without form feeds, sentence cuts inside a citation ("n.", "art." at a line end), and
/// the OCR l of a day before a month. Each rule has a counter-example where it must not act.
@Suite struct PageFurnitureInSentenceTests {
    /// A page number line between a sentence's two halves is blanked: one sentence, and its
    /// clean text holds no page number.
    @Test func aPageNumberInsideASentenceIsJoinedOver() {
        for furniture in ["- 2 -", "2/5", "Page 2 sur 5", "…/…", "p. 2", "2"] {
            let text = "Je vous demande de veiller à ce que les procès-verbaux soient\n\n\(furniture)\n\ntransmis au parquet sans délai. Le préfet veille."
            #expect(sentences(text) == ["Je vous demande de veiller à ce que les procès-verbaux soient transmis au parquet sans délai.",
                                        "Le préfet veille."], "\(furniture)")
        }
    }

    /// A running header repeated at each page (capitals, or the NOR alone) is furniture too.
    @Test func aRunningHeaderInsideASentenceIsJoinedOver() {
        let text = "MINISTÈRE DE L'INTÉRIEUR\n\nLes préfets veilleront à ce que les agents chargés de l'accueil\n\nMINISTÈRE DE L'INTÉRIEUR\n\nreçoivent une formation adaptée."
        #expect(sentences(text).last == "Les préfets veilleront à ce que les agents chargés de l'accueil reçoivent une formation adaptée.")
        let nor = "INTK2101234C\n\nLes directeurs devront désigner un référent\nINTK2101234C\nchargé du suivi des signalements."
        #expect(sentences(nor).last == "Les directeurs devront désigner un référent chargé du suivi des signalements.")
    }

    /// Counter-example: a NOR said once is the document's own header line, kept between its
    /// neighbours (a bulletin's heading, then its lower-case title line).
    @Test func aNORSaidOnceStaysInTheHeader() {
        let text = "Rentrée 2023\nNOR : MENE2321479C\ncirculaire du 5 juillet 2023"
        #expect(sentences(text).contains { $0.contains("MENE2321479C") })
    }

    /// Spans stay exact: the sentence's source span still runs from its first to its last word.
    @Test func spansStayExact() {
        let text = "Les maires sont tenus de transmettre\n\n- 2 -\n\nla liste des établissements."
        let tt = TestLexicons.text.tokenize(text: text, markup: .text)
        #expect(tt.sentences.count == 1)
        let scalars = Array(text.unicodeScalars)
        let last = tt.tokens[tt.sentences[0].tokens.upperBound - 1]
        #expect(String(String.UnicodeScalarView(scalars[Int(last.start)..<Int(last.end)])) == ".")
        #expect(!tt.sentences[0].tokens.contains { tt.string(tt.tokens[$0]) == "2" })
    }

    /// Counter-examples: after a full stop, before a capital, a lone number not between blank
    /// lines, a capitals line said once, a lowercase heading: nothing is joined or blanked.
    @Test func furnitureBetweenSentencesOrParagraphsStays() {
        #expect(sentences("Les préfets transmettront le bilan.\n\n- 2 -\n\nles maires informeront la population.").count == 3)
        #expect(sentences("Les maires peuvent prendre des mesures\n\n2\n\nLes sous-préfets assurent la coordination.").count == 3)
        #expect(sentences("Il convient de rappeler les termes de l'article\n2\nde la loi du 3 avril 1955 relative à l'état d'urgence.").joined(separator: " ").contains("article 2 de la loi"))
        #expect(sentences("Les agents chargés de l'accueil\n\nDIRECTION GÉNÉRALE DES ÉTRANGERS\n\nreçoivent une formation.").count == 3)
        #expect(sentences("Le ministre de l'intérieur\n\nà\n\nmesdames et messieurs les préfets").count == 3)
    }

    /// "n." for numéro before a number, and "art." or "n°" ending a line before their number:
    /// no sentence ends there.
    @Test func aCitationsAbbreviationEndsNoSentence() {
        #expect(sentences("Les préfets appliquent la loi n. 2019-1012 du 22 octobre 2019. Le préfet veille.").count == 2)
        #expect(sentences("Conformément au décret N.2020-1234 du 8 octobre 2020, les maires transmettront les listes.").count == 1)
        #expect(sentences("Les dispositions de l'art.\nL. 611-1 du code doivent être rappelées.").count == 1)
        #expect(sentences("En application de la loi n°\n2019-222 du 23 mars 2019, les procureurs veilleront.").count == 1)
        #expect(sentences("La loi n.\n2019-1012 du 22 octobre 2019 s'applique.").count == 1)
    }

    /// Counter-examples: an initial N. before a name, a real full stop after "n", "etc." at a
    /// line end before a numbered heading.
    @Test func otherDotsStillEnd() {
        #expect(sentences("Il faut prévenir M. Martin. N. Durand assurera l'intérim.").count == 2)
        #expect(sentences("Les pièces sont les suivantes : passeport, visa, etc.\n2. Les délais de recours").count == 2)
    }

    /// "12l mars": an l after two digits before a month would make a day of three digits: left
    /// as read. "2l mars" and "99-29l" are still repaired.
    @Test func anLAfterTwoDigitsBeforeAMonthIsLeft() {
        #expect(toks("du 12l mars 2021").contains("12l mars 2021") || !toks("du 12l mars 2021").joined(separator: " ").contains("121"))
        #expect(!toks("au 32l mars").joined(separator: " ").contains("321"))
        #expect(toks("la loi n° 99-29l du").contains("n° 99-291"))
        #expect(toks("le décret 2014-12l").joined(separator: " ").contains("2014-121"))
    }
}
