import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests of the header round on copies that lost letters or read a table column by
/// column: a document site's text layer that dropped every accented letter (and the curly
/// apostrophe, and the "à" before the block), a Justice header table whose labels come
/// before their values, and an older minister whose portfolio holds a word of reporting
/// ("de l'instruction publique"). Each rule has a counter-example where it could overreach.
final class HeaderAccentLossTests: XCTestCase, HeaderRuleTesting {
    /// "procureurs gnraux prs les cours d'appel", "cours dappel": the titles read as the
    /// vocabulary words they lost letters of, once several words of the header show the loss.
    func testACopyThatDroppedItsAccentsKeepsItsTitles() {
        let text = """
            Paris, le 12 mars 2019

            La garde des sceaux, ministre de la justice Mesdames et Messieurs les procureurs gnraux prs les cours d'appel Mesdames et Messieurs les procureurs de la Rpublique prs les tribunaux judiciaires Pour attribution Mesdames et Messieurs les premiers prsidents des cours dappel Pour information

            Objet : mise en uvre de la rforme des peines

            La prsente circulaire prcise les modalits d'application de la loi.
            """
        XCTAssertEqual(addressees(text), ["procureur-general to", "procureur-de-la-republique to", "premier-president-de-la-cour-d-appel cc"])
        // Counter-example: the same header with its accents reads alike.
        let accented = text.replacingOccurrences(of: "gnraux prs", with: "généraux près")
            .replacingOccurrences(of: "Rpublique prs", with: "République près")
            .replacingOccurrences(of: "prsidents des cours dappel", with: "présidents des cours d’appel")
        XCTAssertEqual(addressees(accented), addressees(text))
    }

    /// The loss took the "à" between the sender and the block, and the apostrophes of the
    /// titles ("lOffice", "limmigration"): the sender is still the emitter, the director's
    /// title its lexicon role.
    func testTheSenderBeforeABlockWhoseToWasLost() {
        let text = """
            Circulaire n NOR Le ministre de l'intrieur Messieurs les prfets de rgion Mesdames et Messieurs les prfets de dpartement Monsieur le directeur gnral de lOffice franais de limmigration et de lintgration (pour information) Objet : Conditions d'examen des demandes de titres de sjour. Rsum : La prsente circulaire prcise les critres d'examen.
            """
        let doc = extract(text)
        XCTAssertEqual(doc.metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(Set(doc.addressees.map { "\($0.id) \($0.role.rawValue)" }), ["prefet-de-region to", "prefet-de-departement to", "directeur-general-de-l-ofii cc"])
        // Counter-example: one slip in an accented header ("prfets") is no lost layer; the
        // other words keep theirs and the block reads as before.
        let slip = """
            Le ministre de l'intérieur à Mesdames et Messieurs les prfets de région

            Objet : élections municipales de mars

            Les maires vous transmettront les listes des candidats.
            """
        XCTAssertEqual(addressees(slip), ["prefet-de-region to"])
    }

    /// "N° NOR : N° CIRCULAIRE : TITRE DETAILLE : JUSD 1904512 C CRIM/…": the table's labels
    /// first, then its values; the NOR is the first value and the title the line after them.
    func testAHeaderTableReadColumnByColumn() {
        let text = """
            Direction des affaires criminelles et des grâces

            N° NOR : N° CIRCULAIRE : TITRE DETAILLE : JUSD 1904512 C CRIM/2019-7/E1-04.03.2019

            Circulaire relative à la lutte contre les violences conjugales.

            La présente circulaire a pour objet de préciser les orientations de politique pénale.
            """
        let m = extract(text).metadata
        XCTAssertEqual(m.nor, "JUSD1904512C")
        XCTAssertEqual(m.subject, "Circulaire relative à la lutte contre les violences conjugales")
        // Counter-example: a NOR printed after its own label keeps its subject label's value.
        let rows = """
            N° NOR : JUSD1904512C
            TITRE DETAILLE : Circulaire relative à la lutte contre les violences conjugales

            La présente circulaire a pour objet de préciser les orientations de politique pénale.
            """
        let r = extract(rows).metadata
        XCTAssertEqual(r.nor, "JUSD1904512C")
        XCTAssertEqual(r.subject, "Circulaire relative à la lutte contre les violences conjugales")
    }

    /// "Le ministre de l'instruction publique, des beaux-arts et des cultes, au préfet du
    /// département": "instruction" is the portfolio's noun, not a letter prose reports.
    func testAPortfolioNamingInstructionStillSendsTheLetter() {
        let text = """
            Paris le 1er décembre 1906

            Le ministre de l'instruction publique, des beaux-arts et des cultes, au préfet du département.

            La loi du 9 décembre 1905 est tout entière dominée par le principe de la liberté de conscience.
            """
        let doc = extract(text)
        XCTAssertEqual(Set(doc.addressees.map { "\($0.id) \($0.role.rawValue)" }), ["prefet-de-departement to"])
        XCTAssertEqual(doc.metadata.emitter, "ministre-de-l-instruction-publique-des-beaux-arts-et-des-cultes")
        // Counter-example: "dans une instruction aux préfets" reports a letter: no sender line.
        let prose = """
            Le ministre de l'intérieur, dans une instruction aux préfets du 3 mars, rappelle les règles applicables aux manifestations.
            """
        XCTAssertNotEqual(extract(prose).metadata.kind, .circulaire)
    }

    /// "Textes abrogés : 1) Circulaire du 3 mars 2005 … 2) Circulaire du 8 février 2004 …": the
    /// second numbered item is a replaced text too, not the page's own title (no date of it).
    func testLaterNumberedItemsOfAReplacedList() {
        let text = """
            Le ministre de l'intérieur à Mesdames et Messieurs les préfets
            Objet : accueil des demandeurs. Textes abrogés : 1) Circulaire du 3 mars 2005 relative à l'accueil des familles 2) Circulaire du 8 février 2004 relative aux centres d'hébergement

            Je vous demande de veiller à l'application de ces dispositions.
            """
        let doc = extract(text)
        XCTAssertNil(doc.metadata.date)
        XCTAssertTrue(doc.references.contains { $0.id == "circulaire:2004-02-08" })
        // Counter-example: the page's own title above the list still dates it.
        let titled = "Circulaire du 12 mai 2010 relative à l'accueil des demandeurs\n\n" + text
        XCTAssertEqual(extract(titled).metadata.date, "2010-05-12")
    }
}
