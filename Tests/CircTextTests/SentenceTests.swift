import CircTestSupport
import CircText
import Foundation
import Testing

@Suite struct SentenceTests {
    @Test func noBreakInsideArticleOrAfterAbbreviation() {
        let s = sentences("Il vous appartient de vérifier l'article L. 612-6 et l'art. 40 du code. Vous veillerez à M. X. Dupont.")
        #expect(s == ["Il vous appartient de vérifier l'article L. 612-6 et l'art. 40 du code.", "Vous veillerez à M. X. Dupont."])
    }

    /// A run without a full stop (a dump, or "a.a.a." as one abbreviation chain) is cut into
    /// units of at most 1,024 tokens that still cover every token once, in order.
    @Test func unitsHaveABoundedLength() {
        let text = String(repeating: "le préfet doit agir et ", count: 2_000)
        let tt = TestLexicons.text.tokenize(text: text, markup: .text)
        #expect(tt.tokens.count == 10_000)
        #expect(tt.sentences.count == 10)
        #expect(tt.sentences.allSatisfy { $0.tokens.count <= 1_024 })
        var next = 0
        for s in tt.sentences { #expect(s.tokens.lowerBound == next); next = s.tokens.upperBound }
        #expect(next == tt.tokens.count)
        // An ordinary long sentence is left whole.
        let long = "Il vous appartient " + String(repeating: "de vérifier, ", count: 100) + "avant tout."
        #expect(sentences(long).count == 1)
    }

    /// A line opening with a section label ("1. Capacité…") starts a unit even when the line
    /// before is long and unpunctuated; the label's full stop ends nothing.
    @Test func aLabelledLineStartsAUnit() {
        let text = "I - Conditions d'exercice de la profession d'opérateur funéraire (articles 1 et 2 de la loi)\n1. Capacité professionnelle des dirigeants des régies funéraires municipales (art. 1)\nL'article 1 de la loi permet d'exonérer le dirigeant."
        #expect(sentences(text) == ["I - Conditions d'exercice de la profession d'opérateur funéraire (articles 1 et 2 de la loi)",
                                    "1. Capacité professionnelle des dirigeants des régies funéraires municipales (art. 1)",
                                    "L'article 1 de la loi permet d'exonérer le dirigeant."])
    }

    /// A year ending a wrapped sentence is no section label: its full stop ends the sentence.
    @Test func aYearAtALineStartIsNoLabel() {
        let text = "Les mesures prises par les services de l'État ont été renforcées au cours de l'année\n2023. Les préfets veilleront à leur application."
        #expect(sentences(text) == ["Les mesures prises par les services de l'État ont été renforcées au cours de l'année 2023.",
                                    "Les préfets veilleront à leur application."])
    }

    @Test func breaksAfterFullStopBeforeCapital() {
        let text = "Votre rigueur est la condition de notre efficacité. Je vous demande donc de vous impliquer personnellement."
        #expect(sentences(text).count == 2)
    }

    @Test func closingQuoteStaysWithItsSentence() {
        let text = "ils permettent de caractériser la menace que représente le comportement de M. X. » Vous pourrez donc mobiliser."
        let s = sentences(text)
        #expect(s.count == 2)
        #expect(s.first?.hasSuffix("\"") == true)
    }

    @Test func quotedFinalStopThenNewSentence() {
        let s = sentences("un caractère suspensif \"de plein droit\". Enfin, je vous rappelle que")
        #expect(s == ["un caractère suspensif \"de plein droit\".", "Enfin, je vous rappelle que"])
    }

    @Test func headingsAreUnitsOfTheirOwn() {
        let text = "### **1 – L'obtention des résultats**\n\nVotre rigueur est la condition de notre efficacité."
        #expect(sentences(text) == ["1 – L'obtention des résultats", "Votre rigueur est la condition de notre efficacité."])
    }

    @Test func listItemsAreUnits() {
        let text = "Il importe en effet de connaître précisément :\n\n- la composition de la cellule de suivi,\n- la périodicité des réunions,\n- les résultats obtenus."
        #expect(sentences(text).count == 4)
    }

    @Test func addresseeLinesAreUnits() {
        let text = "**Monsieur le préfet de police  \nMesdames et messieurs les préfets de département  \nMonsieur le préfet de police des Bouches-du-Rhône**"
        #expect(sentences(text) == ["Monsieur le préfet de police", "Mesdames et messieurs les préfets de département",
                                    "Monsieur le préfet de police des Bouches-du-Rhône"])
    }

    /// Two trailing spaces break a line in Markdown, but a plain copy leaves them too: the
    /// sentence goes on when the next line starts in lower case; a capital still starts one.
    @Test func trailingSpacesBeforeALowerCaseLineDoNotBreak() {
        let text = "Vous me rendrez compte de ces instructions sous quinze  \n  jours, par courriel.  \nLe préfet"
        #expect(sentences(text) == ["Vous me rendrez compte de ces instructions sous quinze jours, par courriel.", "Le préfet"])
        #expect(sentences("Monsieur le préfet de police  \nMesdames et messieurs les préfets").count == 2)
    }

    /// "article(s)" cannot end a line: the article's number on the next line is the same
    /// sentence, a bare number or a code article alike; a line ending otherwise still ends.
    @Test func articleWordBeforeAWrappedNumberDoesNotBreak() {
        #expect(sentences("Ces faits sont réprimés notamment par l'article\n222-33-2-2 du code pénal.").count == 1)
        #expect(sentences("Vous appliquerez les dispositions des articles\nL. 611-1 et L. 611-3 du code.").count == 1)
        #expect(sentences("Vous appliquerez les dispositions de cet article.\nL. 611-1 et L. 611-3 du code.").count == 2)
    }

    /// A narrow page wraps after a determiner before a capital ("Monsieur le⏎Préfet"): one
    /// sentence. "à" still ends the sender's line above an addressee block.
    @Test func determinerBeforeACapitalisedLineDoesNotBreak() {
        #expect(sentences("Recevez, Monsieur le\nPréfet, mes salutations.").count == 1)
        #expect(sentences("Je vous prie de transmettre ces instructions aux\nPréfets de la région.").count == 1)
        #expect(sentences("Le ministre de l'Intérieur à\nMesdames et Messieurs les préfets").count == 2)
    }

    @Test func wrappedLayoutLinesJoin() {
        let text = "La cellule doit vous permettre de traiter, au titre de la prévention, les situations\nsignalées au centre national d'assistance et de prévention de la radicalisation."
        #expect(sentences(text).count == 1)
    }

    /// A line that ends on a word that cannot end one ("à", "de la") goes on into a service's
    /// acronym in capitals on the next line; after "à" a capitalised word of prose there still
    /// opens a line of its own (the addressee block), and so does an acronym after a line
    /// that could end.
    @Test func wrappedLineGoesOnIntoAnAcronym() {
        #expect(sentences("Je vous saurais gré de bien vouloir me tenir informé sous le timbre de la\nDACG des difficultés rencontrées.").count == 1)
        #expect(sentences("Je vous saurais gré de bien vouloir transmettre ces éléments à\nDACG avant le 31 mars.").count == 1)
        #expect(sentences("Je vous saurais gré de bien vouloir transmettre ces éléments à\nDirection des affaires criminelles.").count == 2)
        #expect(sentences("Je vous saurais gré de bien vouloir me tenir informé des difficultés\nDACG des difficultés rencontrées.").count == 2)
    }

    @Test func footnoteTextIsAUnit() {
        let text = "ne sont pas requises<sup>1</sup>. Pour ces mesures, rien.\n\n<sup>1</sup> En application de l'article L. 722-2 CESEDA\n\n<sup>2</sup> Deuxième alinéa de l'article L. 729-2 du code de procédure pénale."
        let s = sentences(text)
        #expect(s.contains("En application de l'article L. 722-2 CESEDA"))
        #expect(s.contains("Deuxième alinéa de l'article L. 729-2 du code de procédure pénale."))
    }

    @Test func headerTableRowsAreUnits() {
        let text = "Référence\t<b>NOR : INTK2428339J</b>\nDate de signature\t<b>28 OCT. 2024</b>\nEmetteur\tMinistre de l'Intérieur"
        #expect(sentences(text).count == 3)
    }

    @Test func questionAndExclamation() {
        #expect(sentences("Que faire ? Agir ! Maintenant.").count == 3)
    }

    @Test func abbreviationBeforeCapitalDoesNotBreak() {
        #expect(sentences("Voir la décision Cons. const. Elle précise cf. Annexe II.").count == 1)
    }

    /// A Cour de cassation docket without "n°" ("pourvoi 21-84.356") is one number: its dot
    /// is no full stop. A sum with a thousands dot stays one number too; a dot after two
    /// digits that a space follows still ends the sentence.
    @Test func cassationDocketIsOneNumber() {
        #expect(sentences("Cass. crim., 15 déc. 2021, pourvoi 21-84.356. Le pourvoi est rejeté.")
                == ["Cass. crim., 15 déc. 2021, pourvoi 21-84.356.", "Le pourvoi est rejeté."])
        #expect(toks("pourvoi 21-84.356 ;") == ["pourvoi", "21-84.356", ";"])
        #expect(sentences("Voir les articles 63-12. 345 personnes sont concernées.").count == 2)
    }

    /// "no." before a number is "numéro" (as "n°"), not a full stop.
    @Test func noWithItsDotIsNumero() {
        #expect(sentences("La loi no. 2006-911 du 24 juillet 2006 est applicable.").count == 1)
    }
}
