@testable import CircExtract
import CircTestSupport
import CircText
import Testing

/// `StructureBuilder` on its own, one rule per test, on texts written for the rule: blocks,
/// list items, section labels and headings, the header region, footnotes, the signature.
@Suite struct StructureBuilderTests {
    static let prose = "Je vous demande de veiller à l'application stricte de ces dispositions dans votre département."

    func build(_ text: String, markup: Markup = .text) -> DocumentStructure {
        StructureBuilder(tt: TestLexicons.text.tokenize(text: text, markup: markup)).build()
    }

    /// (kind, section, text) of each unit: what a rule decides.
    func units(_ s: DocumentStructure) -> [(kind: String, section: String?, text: String)] {
        s.units.map { ($0.kind.rawValue, $0.section, s.clean($0)) }
    }

    @Test func blankLineStartsABlockAndANewLineDoesNot() {
        let s = build("\(Self.prose)\nUne deuxième phrase suit sur la ligne suivante du même paragraphe.\n\nUn autre paragraphe commence après la ligne vide du texte.")
        #expect(s.units.map(\.block) == [0, 0, 1])
        #expect(s.blocks.map(\.count) == [2, 1])
        #expect(s.units.allSatisfy { $0.kind == .paragraph })
    }

    @Test(arguments: ["- ", "• ", "– ", "* ", "\u{25AA} "])
    func listMarkersMakeListItems(_ bullet: String) {
        let s = build("\(Self.prose)\n\n\(bullet)réunir la cellule chaque mois ;\n\(bullet)transmettre le bilan au cabinet.")
        #expect(s.units.map(\.kind) == [.paragraph, .listItem, .listItem])
        #expect(s.units.map(\.listItem) == [false, true, true])
    }

    @Test func aSecondSentenceOfAListItemStaysInTheItem() {
        let s = build("\(Self.prose)\n\n- Vous réunirez la cellule. Vous en rendrez compte.\nLe texte reprend ensuite sur une ligne sans tiret, dans le même bloc.")
        #expect(s.units.map(\.kind) == [.paragraph, .listItem, .listItem, .paragraph])
    }

    @Test func numberedHeadingOpensASection() throws {
        let s = build("\(Self.prose)\n\n1 – Composition de la cellule\n\n\(Self.prose)\n\n2.1/ Il vous revient de réunir la cellule chaque mois avec les services de l'État.")
        #expect(units(s).map(\.kind) == ["paragraph", "heading", "paragraph", "paragraph"])
        #expect(units(s).map(\.section) == [nil, "1", "1", "2.1"])
        let heading = try #require(s.sections.first)
        #expect(heading.label == "1")
        #expect(heading.title == "Composition de la cellule")
        #expect(heading.level == 1)
        // "2.1/" opens a paragraph, not a heading: it ends with a full stop. Its label is not
        // part of its text, and no section entry is made for it.
        #expect(units(s)[3].text.hasPrefix("Il vous revient"))
        #expect(s.sections.map(\.label) == ["1"])
    }

    /// "1. Le traitement des plaintes": the full stop of a label opening its line ends no
    /// sentence, so the label and its title are one heading.
    @Test func fullStopLabelsOpenSections() {
        let s = build("\(Self.prose)\n\n1. Le traitement des plaintes\n\n\(Self.prose)\n\n2.1. Le suivi\n\nII. Les moyens\n\n3. Les parquets veilleront à la transmission rapide des procédures.")
        #expect(s.sections.map(\.label) == ["1", "2.1", "II"])
        #expect(s.sections.map(\.title) == ["Le traitement des plaintes", "Le suivi", "Les moyens"])
        #expect(s.units.last?.section == "3")
        #expect(units(s).last?.text == "Les parquets veilleront à la transmission rapide des procédures.")
        // In the middle of a line, "point 2. Les" still ends a sentence.
        #expect(build("Voir le point 2. Les préfets veilleront au suivi des mesures.").units.count == 2)
    }

    @Test func sectionLevelsFollowTheLabel() {
        let s = build("\(Self.prose)\n\n1 – Principes\n\n2.3 – Modalités de suivi\n\n2.3.1) Réunions\n\nIII- Remontées d'informations\n\nANNEXE 2 – Tableau de suivi")
        #expect(s.sections.map(\.label) == ["1", "2.3", "2.3.1", "III", "annexe 2"])
        #expect(s.sections.map(\.level) == [1, 2, 3, 1, 1])
        #expect(s.sections.map(\.title) == ["Principes", "Modalités de suivi", "Réunions", "Remontées d'informations", "ANNEXE 2 – Tableau de suivi"])
    }

    @Test func aLongNumberedSentenceIsNoHeading() {
        let s = build("\(Self.prose)\n\n1 - Vous veillerez à réunir la cellule de suivi chaque mois et à en transmettre le compte rendu.")
        #expect(s.sections.isEmpty)
        #expect(s.units.last?.kind == .paragraph)
        #expect(s.units.last?.section == "1")
    }

    @Test func romanNumeralNeedsASeparator() {
        // "III Remontées": no separator after the numeral, no label (a word like "VI" or "L"
        // may start a sentence).
        let s = build("\(Self.prose)\n\nIII Remontées d'informations")
        #expect(s.sections.isEmpty)
        #expect(s.units.allSatisfy { $0.section == nil })
    }

    /// "A. L'accueil des victimes" under "I. –": sub-section "I.A"; a civility ("M. Dupont")
    /// is no letter label.
    @Test func letteredSubSectionsUnderTheirPart() {
        let s = build("\(Self.prose)\n\nI. – Le traitement des plaintes\n\nA. L'accueil des victimes\n\n\(Self.prose)\n\nB – Les mesures\n\n\(Self.prose)")
        #expect(s.sections.map(\.label) == ["I", "I.A", "I.B"])
        #expect(s.sections.map(\.level) == [1, 2, 2])
        #expect(build("\(Self.prose)\n\nM. Dupont").sections.isEmpty)
    }

    /// "1° de l'enregistrement des plaintes ;": numbered items of legal French are list items.
    @Test func degreeNumberedItemsAreListItems() {
        let s = build("Les parquets devront s'assurer :\n1° de l'enregistrement des plaintes ;\n2° de la transmission des procédures.")
        #expect(s.units.filter(\.listItem).count == 2)
    }

    @Test func markdownHeadingWithoutLabel() throws {
        let s = build("\(Self.prose)\n\n## Le rôle des préfets\n\n\(Self.prose)", markup: .markdown)
        let heading = try #require(s.sections.first)
        #expect(heading.label == nil)
        #expect(heading.level == 1)
        #expect(heading.title == "Le rôle des préfets")
        #expect(s.units.map(\.kind) == [.paragraph, .heading, .paragraph])
    }

    @Test func headerRegionEndsAtTheFirstProseSentence() {
        let text = "MINISTÈRE DE L'INTÉRIEUR\n\nLe ministre\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : suivi des cellules\n\n\(Self.prose)"
        let s = build(text)
        #expect(s.units.map(\.kind) == [.header, .header, .header, .header, .header, .paragraph])
        #expect(s.bodyStart == s.units.last?.range.lowerBound)
        #expect(s.units.allSatisfy { $0.kind != .header || $0.section == nil })
    }

    /// Header fields are no prose, however long: "Réf. :" and its dashed items, "Objet :",
    /// and "Annexe : fiche technique…" (the attachments, not an annex's heading).
    @Test func headerFieldsAndTheirListsAreNotTheBody() {
        let text = "Le garde des Sceaux\n\nà\n\nMesdames et Messieurs les procureurs de la République\n\nObjet : Politique pénale en matière de lutte contre les violences intrafamiliales.\n\nRéf. : - Circulaire du 28 janvier 2021 relative aux violences conjugales ;\n- Dépêche du 9 mai 2023 relative au bracelet anti-rapprochement et à son suivi.\n\nAnnexe : fiche technique relative à l'ordonnance de protection.\n\n\(Self.prose)\n\nANNEXE : Tableau de suivi"
        let s = build(text)
        #expect(s.bodyStart == s.units[s.units.count - 2].range.lowerBound)
        #expect(s.units.dropLast(2).allSatisfy { $0.kind == .header && $0.section == nil })
        // After the body, "ANNEXE :" heads the annex.
        #expect(s.sections.map(\.label) == ["annexe"])
    }

    @Test func aShortSentenceIsNotTheBodyYet() {
        // Seven words ending with a full stop: still the header.
        let s = build("Objet : suivi.\n\nLes préfets réuniront la cellule demain.\n\n\(Self.prose)")
        #expect(s.units.map(\.kind) == [.header, .header, .paragraph])
    }

    @Test func aLabelledHeadingStartsTheBody() {
        let s = build("MINISTÈRE DE L'INTÉRIEUR\n\n1 – Principes\n\nCourt.")
        #expect(s.bodyStart == s.sections.first?.span.start)
        #expect(s.units.map(\.kind) == [.header, .heading, .paragraph])
    }

    /// "F. DE PERSIGNY.", "G. Dupont": an initial and a name sign; "F." is no lettered label.
    @Test func anInitialAndANameSign() {
        for (sig, name) in [("F. DE PERSIGNY.", "F. DE PERSIGNY."), ("G. Dupont", "G. Dupont")] {
            let s = build("\(Self.prose)\n\nLe ministre de l'intérieur,\n\(sig)")
            #expect(s.sections.isEmpty)
            #expect(s.units.last?.kind == .signature, "\(sig)")
            #expect(s.units.last.map { s.clean($0) } == name)
        }
        // A lettered title in prose case is still a section.
        #expect(build("\(Self.prose)\n\nA. Les mesures d'urgence\n\n\(Self.prose)").sections.map(\.label) == ["A"])
    }

    @Test func signatureIsTheNameAtTheEnd() {
        let s = build("\(Self.prose)\n\nBruno RETAILLEAU")
        #expect(s.units.map(\.kind) == [.paragraph, .signature])
        // A name in ordinary case, as web copies set it, only as the last line after a
        // sentence or a title line.
        #expect(build("\(Self.prose)\n\nBruno Retailleau").units.last?.kind == .signature)
        #expect(build("\(Self.prose)\n\nLe ministre de l'intérieur,\n\nJean-Marc Dupuis").units.last?.kind == .signature)
        #expect(build("\(Self.prose)\n\nBruno Retailleau\n\n\(Self.prose)").units.map(\.kind).contains(.signature) == false)
        #expect(build("\(Self.prose)\n\nVoir aussi").units.last?.kind == .paragraph)
        #expect(build("MINISTÈRE DE L'INTÉRIEUR\n\nNouvelles Mesures\n\nBruno Retailleau").units.last?.kind != .signature)
        // Nor is a long sentence.
        #expect(build("\(Self.prose)\n\nMerci DE VOTRE attention.").units.last?.kind != .signature)
    }

    @Test func footnoteLinesBecomeFootnotesOfTheCallersSection() throws {
        let text = "\(Self.prose)\n\n1 – Principes\n\nLa cellule<sup>1</sup> se réunit chaque mois sous l'autorité du préfet de département.\n\n<sup>1</sup> Créée par la circulaire du 29 avril 2014.\nElle associe les services de l'État."
        let s = build(text)
        let f = try #require(s.footnotes.first)
        #expect(s.footnotes.count == 1)
        #expect(f.number == "1")
        #expect(f.text == "Créée par la circulaire du 29 avril 2014. Elle associe les services de l'État.")
        let call = try #require(f.call)
        #expect(text.unicodeScalars.count > call.end)
        let notes = s.units.filter { $0.kind == .footnote }
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0.footnote == "1" && $0.section == "1" })
        // The call is inside the sentence that makes it.
        let caller = try #require(s.units.first { s.clean($0).hasPrefix("La cellule") })
        #expect(s.footnotes(calledIn: caller.range).map(\.number) == ["1"])
        #expect(s.footnotes(calledIn: s.units[0].range).isEmpty)
    }

    @Test func unitContainingAnOffset() throws {
        let s = build("\(Self.prose)\n\nUn autre paragraphe commence après la ligne vide du texte.")
        let second = s.units[1]
        #expect(s.unit(containing: second.range.lowerBound)?.sentence == second.sentence)
        #expect(s.unit(containing: second.range.upperBound - 1)?.sentence == second.sentence)
        // Between the units (the blank line): none.
        #expect(s.unit(containing: s.units[0].range.upperBound) == nil)
    }

    @Test func consolidatedCodeNeedsTheTitleAndTenArticles() {
        let articles = (1...10).map { "#### Article L111-\($0)\n\nLe texte de l'article numéro \($0) du code, applicable aux étrangers." }
        // (A sentence of prose before the first article: a heading before the body has no
        // section of its own.)
        let title = "Code de l'entrée et du séjour des étrangers et du droit d'asile\n\n\(Self.prose)\n\n"
        #expect(build(title + articles.joined(separator: "\n\n"), markup: .markdown).isConsolidatedCode)
        let nine = title + articles.prefix(9).joined(separator: "\n\n")
        #expect(!build(nine, markup: .markdown).isConsolidatedCode)
        #expect(!build("Note\n\n\(Self.prose)\n\n" + articles.joined(separator: "\n\n"), markup: .markdown).isConsolidatedCode)
    }
}
