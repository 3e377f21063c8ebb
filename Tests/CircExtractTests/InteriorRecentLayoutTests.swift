import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Recent Interior circulars (2017–2025) as users paste them: the PDF through `pdftotext
/// -layout` (Word's Wingdings bullets left in the private use area, a page's "1/2" under a
/// footnote), the web copy flattened onto one line with dashes between its header fields,
/// a letter that names itself "la présente instruction" without a title line, and the
/// spelt-out title of the OFPRA's director in a copy list. Sentences written for each rule,
/// with the counter-example it must not reach.
final class InteriorRecentLayoutTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting, ReferenceRuleTesting {
    var snippetDate: String { "2023-06-01" }

    // MARK: Wingdings bullets

    /// U+F0A7 (Wingdings' small square) opens the items a Word document lists under "Je
    /// vous demande de :": each infinitive item is a directive, as under "•".
    func testWingdingsSquareOpensInfinitiveItems() {
        let text = """
        Je vous demande de :
         \u{F0A7} vérifier la conformité des statuts des associations ;
         \u{F0A7} contrôler la tenue de la liste des lieux de culte ;
         \u{F0A7} signaler au bureau central des cultes les situations d'opposition.
        """
        let o = obligations(text)
        XCTAssertNotNil(find(o, "vérifier la conformité des statuts"))
        XCTAssertEqual(find(o, "contrôler la tenue de la liste")?.modality, .obligation)
        XCTAssertEqual(find(o, "signaler au bureau central")?.actor, "addressees")
        XCTAssertTrue(ListBullet.isGlyph("\u{F0D8}"))
        // Only the fonts' bullets: Symbol's space (U+F020) or a letter marks no item.
        XCTAssertFalse(ListBullet.isGlyph("\u{F020}"))
        XCTAssertFalse(ListBullet.isGlyph("v"))
    }

    // MARK: page numbers are no dockets

    /// pdftotext leaves the page's "1/2" on the line under a footnote citing a ruling by its
    /// date: the ruling is cited by date, the page number is no docket.
    func testPageNumberUnderARulingIsNoDocket() {
        let page = ids("Les fermetures doivent être motivées avec précision.\n\n² CE, 25 avril 2018.\n                                        1/2\n")
        XCTAssertEqual(page, ["juris:CE:2018-04-25"])
        // A slashed docket inside its citation's line stays one.
        XCTAssertEqual(ids("la cour d'appel de Metz (20 septembre 2024 ; 24/00755) a jugé"), ["juris:CA-Metz:24/00755"])
    }

    // MARK: flattened header fields

    /// A flattened copy runs "Objet : … – Le décret …" together: the subject ends before the
    /// dash that separated the fields.
    func testSubjectOfAFlattenedCopyEndsBeforeTheFieldDash() {
        let d = extract("Note à l'attention de Mesdames et Messieurs les préfets de département – Paris, le 11 septembre 2019 – NOR : INTV1925678N – Objet : accueil des mineurs non accompagnés – Le décret n° 2019-57 du 30 janvier 2019 a créé le fichier. Je vous demande de conclure une convention.")
        XCTAssertEqual(d.metadata.subject, "accueil des mineurs non accompagnés")
        // A dash inside the subject stays.
        let inner = extract("Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département\n\nObjet : Lutte contre les violences intrafamiliales – traitement des plaintes.\n\nJe vous demande de désigner un référent.")
        XCTAssertEqual(inner.metadata.subject, "Lutte contre les violences intrafamiliales – traitement des plaintes")
    }

    // MARK: the text's name for itself

    /// A letter with no title line whose purpose statement calls it "la présente
    /// instruction" is an instruction; one that names an earlier instruction, or itself only
    /// in passing ("par la présente instruction"), stays a circulaire.
    func testLetterNamingItselfPresenteInstructionIsAnInstruction() {
        let d = extract("Le ministre de l'intérieur et des outre-mer à Mesdames et Messieurs les préfets de département\n\nNOR : INTV2315678J\n\nObjet : orientation régionale des demandeurs d'asile.\n\nLa présente instruction a pour objet de préciser les modalités d'orientation. Je vous demande d'actualiser le schéma régional.")
        XCTAssertEqual(d.metadata.kind, .instruction)
        let cited = extract("Le ministre de l'intérieur et des outre-mer à Mesdames et Messieurs les préfets de département\n\nNOR : INTV2315679C\n\nObjet : orientation régionale des demandeurs d'asile.\n\nCette instruction du 17 novembre 2022 reste applicable. Je vous demande d'actualiser le schéma régional.")
        XCTAssertEqual(cited.metadata.kind, .circulaire)
        // Named in passing, not in a purpose statement: the letter stays a circulaire.
        let passing = extract("Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département\n\nNOR : INTV2315680C\n\nObjet : pilotage.\n\nJe vous confirme, par la présente instruction, les axes qui doivent structurer votre rôle. Je vous demande de vous impliquer personnellement.")
        XCTAssertEqual(passing.metadata.kind, .circulaire)
        let summary = extract("Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département\n\nNOR : INTV2335001J\n\nObjet : rétention.\n\nRésumé : la présente instruction fixe les règles de priorisation des placements.\n\nVous veillerez à ce que ce critère soit appliqué.")
        XCTAssertEqual(summary.metadata.kind, .instruction)
    }

    // MARK: the OFPRA's director

    func testSpeltOutOfpraDirectorIsItsSlug() {
        let a = addressees("Le ministre de l'intérieur et des outre-mer\n\nà\n\nMesdames et Messieurs les préfets de département\n\nPour information :\nMonsieur le directeur général de l'Office français de protection des réfugiés et apatrides\n\nObjet : rétention.\n\nJe vous demande de veiller à l'application de ces règles.")
        XCTAssertTrue(a.contains("directeur-general-de-l-ofpra cc"), "\(a)")
        XCTAssertFalse(a.contains { $0.hasPrefix("directeur-general-de-l-office-francais-de-protection") }, "\(a)")
    }
}
