import CircTestSupport
import CircText
import Foundation
import Testing

/// The abbreviations of case-law citations (tokenizer.json) end no sentence: a party's "c.",
/// "req.", a chamber's "soc.", "com.", "ass. plén.", doctrine's "préc.", "op. cit.", "éd.",
/// "Rec.", "Bull.", "aff.", "concl.". Each has a counter-example: a real full stop still ends.
@Suite struct CitationSentenceTests {
    @Test func aPartysCDotEndsNoSentence() {
        #expect(sentences("Voir CEDH, 23 févr. 2012, Hirsi Jamaa et autres c. Italie, n° 27765/09. Le préfet veille.")
                == ["Voir CEDH, 23 févr. 2012, Hirsi Jamaa et autres c. Italie, n° 27765/09.", "Le préfet veille."])
        #expect(sentences("Voir CAA Paris, 4 mai 2021, M. X c. Préfet de police, n° 20PA01234. Le préfet veille.").count == 2)
    }

    @Test func requeteAndChambersEndNoSentence() {
        #expect(sentences("Voir CE, 10 déc. 2003, Req. 255180. Le préfet veille.").count == 2)
        #expect(sentences("Voir Cass. soc. 13 juillet 2004, n° 02-15.142 et Cass. com. 3 mai 2016. Le préfet veille.").count == 2)
        #expect(sentences("Voir Cass. ass. plén. 15 avril 2011, n° 10-17.049. Le préfet veille.").count == 2)
        #expect(sentences("Voir cass. crim. 5 oct. 2011, n° 11-81.125. Le préfet veille.").count == 2)
    }

    @Test func doctrineAbbreviationsEndNoSentence() {
        #expect(sentences("Voir X. Martin, Droit des étrangers, 3e éd. Dalloz, 2020, p. 112. Le préfet veille.").count == 2)
        #expect(sentences("Voir l'arrêt préc. Mme Perreux et J. Dupont, op. cit. Dalloz. Le préfet veille.").count == 2)
        #expect(sentences("Voir CE, 6 mars 2023, n° 467213, Rec. Lebon T. p. 45. Le préfet veille.").count == 2)
        #expect(sentences("Voir CJUE, 28 avr. 2011, El Dridi, aff. C-61/11 PPU, concl. Mengozzi. Le préfet veille.").count == 2)
    }

    /// Counter-examples: a word that only looks like one ("Marc.", "bloc.") still ends its sentence.
    @Test func otherShortWordsStillEnd() {
        #expect(sentences("Le dossier est transmis au bloc. Le préfet veille.").count == 2)
        // At the end of its paragraph, "c." closes it as any word does.
        #expect(sentences("La demande vise les points a, b et c.\n\nLe préfet veille.").count == 2)
        #expect(sentences("Il a rencontré Marc. Le préfet veille.").count == 2)
    }
}

/// A domain's last label is no abbreviation: "service-public.com." ends its sentence, while
/// "Cass. com." (a chamber) and abbreviations glued together ("cf.art.") stay whole.
@Suite struct DomainLabelTests {
    @Test func aDomainsLastLabelEndsItsSentence() {
        #expect(sentences("Consultez le site service-public.com. Le préfet veille.").count == 2)
        #expect(sentences("Voir Cass. com. 3 mai 2016, n° 14-24.855. Le préfet veille.").count == 2)
        let tt = TestLexicons.text.tokenize(text: "Voir cf.art. 5 du code.")
        #expect(tt.tokens.contains { tt.string($0) == "art." && $0.kind == .abbreviation })
    }
}
