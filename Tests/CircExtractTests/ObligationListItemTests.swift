import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Duties laid out as list items, in press items and préfecture notices: items that carry
/// their own modal with no final stop ("- la vente de carburant est interdite"), an item that
/// states its own rule under a list's introduction, verbless items that open on a measure
/// noun ("– Interdiction de remplir une piscine"), bulleted clauses closing on a bare
/// participle ("• Lavage des voitures interdit."), a page stamp before an introduction, and a
/// web copy that prints its measures twice. Sentences written for each rule, with the
/// counter-example it could overreach into.
final class ObligationListItemTests: XCTestCase, ObligationRuleTesting {
    var snippetKind: DocumentKind { .article }

    /// "l'arrêté indique :" then items with their own "est interdite" and no final stop: each
    /// item is one prohibition, whole — no item read as the introduction of the next.
    func testItemsWithTheirOwnModalAndNoFinalStop() {
        let os = obligations("Dans le détail, l'arrêté du préfet précise :\n\n- la vente de pétards et de fusées est interdite\n\n- la vente au détail de gazole, dans tout bidon transportable, est interdite\n\n- le port de couteaux et de tout objet pouvant servir d'arme est interdit\n")
        XCTAssertEqual(os.count, 3, "\(os.map(\.text))")
        XCTAssertEqual(find(os, "pétards")?.text, "- la vente de pétards et de fusées est interdite")
        XCTAssertEqual(find(os, "gazole")?.text, "- la vente au détail de gazole, dans tout bidon transportable, est interdite")
        XCTAssertEqual(find(os, "couteaux")?.text, "- le port de couteaux et de tout objet pouvant servir d'arme est interdit")
        XCTAssertTrue(os.allSatisfy { $0.modality == .prohibition })
    }

    /// An introduction that names a place ("Le préfet de la Somme indique :") before items
    /// with no final stop, under a headline: the items are the body's, not header lines.
    func testItemsUnderAnIntroductionNamingAPlace() {
        let os = obligations("Halloween : le préfet prend un arrêté\n\nLe préfet de la Somme indique :\n\n- la vente de pétards est interdite\n\n- la vente de gazole en bidon est interdite\n\nCes mesures ne s'appliquent pas aux professionnels qui justifient de leur activité, précise la préfecture.\n")
        XCTAssertEqual(os.map(\.text), ["- la vente de pétards est interdite", "- la vente de gazole en bidon est interdite"])
        // A header's addressee line and its titles stay no body.
        let s = TestLexicons.pipeline.structure(SourceDocument(path: "t.txt", text: "Le ministre de l'intérieur\n\nMesdames et Messieurs les préfets de région :\n- préfets de département ;\n- préfet de police.\n\nLa présente circulaire précise les modalités du contrôle dans vos départements.\n", format: .text))
        XCTAssertEqual(s.text.text.clean(s.bodyStart..<(s.bodyStart + 11)), "La présente")
    }

    /// A passive whose subject announces the items ("Les activités suivantes sont
    /// interdites", no colon) still introduces them: each item is one of its prohibitions.
    func testAnAnnouncingSubjectStillIntroducesItsItems() {
        let os = obligations("Les activités suivantes sont interdites\n\n- le lavage des bateaux de plaisance\n\n- le remplissage des bassins d'agrément\n")
        XCTAssertEqual(os.map(\.text), ["- le lavage des bateaux de plaisance", "- le remplissage des bassins d'agrément"])
        XCTAssertTrue(os.allSatisfy { $0.modality == .prohibition })
    }

    /// Under "Sont interdites les activités suivantes :", an item with its own subject and
    /// modal is one directive of its own modality, not cut between its subject and its verb.
    func testAnItemStatingItsOwnRuleKeepsItsSubject() {
        let os = obligations("Sont interdites les activités suivantes :\n\n– le lavage des façades hors impératif sanitaire\n\n– les bassins publics doivent être vidés lorsque cela est possible\n")
        XCTAssertEqual(find(os, "façades")?.modality, .prohibition)
        let own = find(os, "bassins publics")
        XCTAssertEqual(own?.text, "– les bassins publics doivent être vidés lorsque cela est possible")
        XCTAssertEqual(own?.modality, .obligation)
        XCTAssertEqual(os.count, 2, "\(os.map(\.text))")
    }

    /// Items a web copy ran onto one line after the first one's dash: each after its dash
    /// is one more directive of the introduction; a dash before an aside opens none.
    func testItemsRunOntoOneLine() {
        let os = obligations("Sont interdits :\n\n– le lavage des bateaux – le remplissage des bassins privés – l'arrosage des pelouses\n")
        XCTAssertEqual(os.map(\.text), ["– le lavage des bateaux", "– le remplissage des bassins privés", "– l'arrosage des pelouses"])
        XCTAssertTrue(os.allSatisfy { $0.modality == .prohibition })
        let aside = obligations("Sont interdits :\n\n– les rassemblements festifs – notamment sur les plages – dans tout le département\n")
        XCTAssertEqual(aside.count, 1, "\(aside.map(\.text))")
    }

    /// "– Interdiction de …", "- Limitation à …" as bulleted items: the measure each names.
    func testMeasureNounItems() {
        let os = obligations("Niveau d'alerte renforcée :\n– Interdiction de vider un bassin privé\n– Interdiction d'arroser les massifs de fleurs\n- Limitation à 30 personnes des réunions en salle ;\n")
        XCTAssertEqual(os.count, 3, "\(os.map(\.text))")
        XCTAssertEqual(find(os, "vider un bassin")?.modality, .prohibition)
        XCTAssertEqual(find(os, "arroser les massifs")?.modality, .prohibition)
        XCTAssertEqual(find(os, "Limitation à 30")?.modality, .obligation)
    }

    /// The same measures as paragraphs without bullets: a run of them is a list; one measure
    /// noun opening a paragraph alone ("Interdiction du territoire : …") is no measure.
    func testMeasureNounParagraphsInARun() {
        let os = obligations("Les restrictions portent sur :\n\nInterdiction de lavage des bateaux de particuliers\n\nInterdiction de remplissage des bassins privés\n")
        XCTAssertEqual(os.count, 2, "\(os.map(\.text))")
        XCTAssertTrue(os.allSatisfy { $0.modality == .prohibition })
        XCTAssertTrue(obligations("Interdiction du territoire : la loi prévoit que le juge la prononce après une condamnation.").isEmpty)
        XCTAssertTrue(obligations("Le rapport annuel de la commission a été publié hier.\n\nInterdiction de séjour et contrôle judiciaire dans la presse régionale\n\nLe texte sera examiné au Sénat.").isEmpty)
    }

    /// "• Lavage des voitures interdit." flattened onto one line with other items: each
    /// bulleted clause closing on a bare participle is its rule.
    func testBareParticipleItems() {
        let os = obligations("Par arrêté du préfet, la commune est classée en crise : • Arrosage des massifs et des pelouses sont interdits. • Lavage des bateaux interdit. • Remplissage des bassins interdit. • Port du gilet obligatoire.")
        XCTAssertEqual(find(os, "Lavage des bateaux interdit")?.modality, .prohibition)
        XCTAssertEqual(find(os, "Remplissage des bassins interdit")?.modality, .prohibition)
        XCTAssertEqual(find(os, "Port du gilet obligatoire")?.modality, .obligation)
        XCTAssertTrue(obligations("• La réunion a été interrompue. • Le maire est revenu.").isEmpty)
    }

    /// "… demeurent autorisés", "… restent autorisés": the permission a measure keeps.
    func testWhatRemainsAllowed() {
        let os = obligations("Les réunions professionnelles dans les salles communales demeurent autorisées sous réserve d'un protocole strict.")
        XCTAssertEqual(find(os, "demeurent autorisées")?.modality, .permission)
        XCTAssertEqual(find(obligations("Les marchés de plein air restent autorisés."), "restent autorisés")?.modality, .permission)
        XCTAssertEqual(find(obligations("La vente à emporter reste possible jusqu'à 22 heures."), "reste possible")?.modality, .permission)
        XCTAssertTrue(obligations("Il restait possible de s'inscrire hier soir, selon la mairie.").isEmpty)
    }

    /// The lexicon section's own examples are each one directive, its counter-examples none.
    func testListItemLexiconExamples() throws {
        let f = try XCTUnwrap(ObligationHarness.extractor.lex.file.listItemDuties)
        for ex in f.examples { XCTAssertEqual(obligations(ex).count, 1, ex) }
        for ex in f.counterExamples { XCTAssertTrue(obligations(ex).isEmpty, ex) }
    }

    /// A page that prints its measures twice: each measure once.
    func testAPagePrintingItsMeasuresTwice() {
        let text = "La vente de boissons alcooliques est interdite de 21h00 à 6h00.\nLes concerts en plein air sont interdits dans tout le département.\n"
        let os = obligations(text + text)
        XCTAssertEqual(os.count, 2, "\(os.map(\.text))")
    }

    /// "date 2021-06 Sont interdites les activités suivantes :" — a page's stamp before the
    /// introduction: its lower-case items are directives, not header lines.
    func testAPageStampBeforeAnIntroduction() {
        let os = obligations(" date 2021-06 Sont interdites les activités suivantes :\n\n– le lavage des véhicules hors des stations\n\n– le remplissage des bassins privés\n")
        XCTAssertEqual(os.map(\.text), ["– le lavage des véhicules hors des stations", "– le remplissage des bassins privés"])
    }
}
