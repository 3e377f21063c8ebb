import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Interior and Justice circulars of 1990–2016 as users paste them: a `pdftotext -layout`
/// letterhead whose addressee block faces the services, "Réf." and "P.J." lines with its
/// first title alone on its line, a ministry name the dateline cuts, the directorates of the
/// period in a copy list (DCRG, DCCRS), the comités de probation et d'assistance aux libérés,
/// a short title in the body standing for the addressee it opens, a bulletin's list of the
/// circulars of a quarter, the web copy's "Date de publication" after the signature, "est
/// astreint à". Sentences written for each rule, with the counter-example it must not reach.
final class InteriorJusticeNinetiesTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting, ReferenceRuleTesting {
    var snippetDate: String { "2004-03-16" }

    // MARK: layout: a right column whose first title faces nothing

    static let interleaved = """
         MINISTÈRE DE L'INTÉRIEUR                               Paris, le 17 juillet 2006
                                                                Le ministre de l'intérieur
         DIRECTION GÉNÉRALE DE LA POLICE NATIONALE
                                                                à
         NOR : INTC0600067C
                                                                Mesdames et Messieurs les préfets
         Réf. : circulaire du 22 septembre 2005                 (pour attribution)
         Direction centrale                                     Monsieur le préfet de police
         de la sécurité publique                                (pour attribution)
         P.J. : 1 annexe                                        Monsieur le directeur général de la police
                                                                nationale (pour information)

         Objet : violences urbaines.

         Je vous demande de réunir l'état-major de sécurité.

    """

    /// The block's first title alone on its line, far right; the lines below carry the
    /// services, "Réf." and "P.J." on their left: those cells are blanked, the titles read
    /// whole with their "(pour information)".
    func testLoneRightCellOpensTheColumn() {
        XCTAssertEqual(addressees(Self.interleaved),
                       ["prefet-de-departement to", "prefet-de-police to", "directeur-general-de-la-police-nationale cc"])
    }

    /// "N° NOR : …" on the left of a title's second line is kept (the document's NOR); "P.J."
    /// alone on its line between the block's lines is blanked, and the copies below it still
    /// belong to the block.
    func testNORKeptAndAttachmentLineInsideTheBlock() {
        let text = """
              MINISTÈRE DE LA JUSTICE                           Paris, le 14 avril 2011
                                                                Le garde des sceaux, ministre de la justice
                                                                à
              Sous-direction de la justice pénale générale
                                                                Mesdames et Messieurs les procureurs généraux
              N° NOR : JUSD1110854C                             près les cours d'appel
              P.J. : 3 annexes
                                                                Pour information :
                                                                Mesdames et Messieurs les premiers présidents
                                                                des cours d'appel

              Objet : garde à vue.

              Il vous appartient de me signaler toute difficulté d'application.
        """
        let doc = extract(text)
        XCTAssertEqual(doc.metadata.nor, "JUSD1110854C")
        XCTAssertTrue(doc.addressees.contains { $0.id == "procureur-general" && $0.role == .to })
        // (The kept "N° NOR" line still ends the block for the addressee reader: the copies
        // below it are read only where no NOR faces the titles.)
        let noNOR = text.replacingOccurrences(of: "N° NOR : JUSD1110854C", with: "                     ")
        XCTAssertEqual(addressees(noNOR), ["procureur-general to", "premier-president-de-la-cour-d-appel cc"])
    }

    /// Counter-example: a title alone on a line indented as a paragraph is no right column;
    /// a table's two cells below it are left as written.
    func testParagraphIndentIsNoRightColumn() {
        let text = """
        Le ministre de l'intérieur

        à

           Mesdames et Messieurs les préfets
        Département                  Effectif
        Nord                         120

        Je vous demande de réunir l'état-major de sécurité.
        """
        XCTAssertEqual(Set(extract(text).addressees.map(\.id)), ["prefet-de-departement"])
    }

    /// "Pour information :" in the left column, the titles it heads facing it: the label's
    /// cell is kept, so the director reads as a copy.
    func testRoleLabelInTheLeftColumnIsKept() {
        let text = """
            MINISTÈRE DE L'INTÉRIEUR

            Le ministre de l'intérieur                                     Paris, le 3 mai 2005

            à

            Pour attribution :     Mesdames et Messieurs les préfets de région
                                   Mesdames et Messieurs les préfets de
                                   département
            Pour information :     Monsieur le directeur général de la police
                                   nationale
            Service de l'asile     Monsieur le directeur général de l'Office
                                   français de l'immigration et de l'intégration

            Objet : accueil des demandeurs d'asile.

            Vous veillerez à appliquer ces instructions.
        """
        XCTAssertEqual(addressees(text), ["prefet-de-region to", "prefet-de-departement to",
                                          "directeur-general-de-la-police-nationale cc", "directeur-general-de-l-ofii cc"])
    }

    // MARK: a ministry's name the dateline cuts

    /// "… ET DU DÉVELOPPEMENT      Paris, le 22 octobre 2008" / "SOLIDAIRE": the name goes on
    /// below the dateline's cell.
    func testMinistryNameReadDownItsColumn() {
        let text = """
             MINISTÈRE DE L'IMMIGRATION, DE L'INTÉGRATION,
             DE L'IDENTITÉ NATIONALE ET DU DÉVELOPPEMENT                Paris, le 22 octobre 2008
             SOLIDAIRE

             Objet : procédure Dublin.

             Vous transmettrez chaque semaine un état des transferts réalisés.
        """
        XCTAssertEqual(extract(text).metadata.emitter,
                       "ministre-de-l-immigration-de-l-integration-de-l-identite-nationale-et-du-developpement-solidaire")
        // Counter-example: the line below the dateline is a service, not the ministry's name.
        let justice = """
             MINISTÈRE DE LA JUSTICE                  Paris, le 3 mai 2010
             Direction des affaires criminelles et des grâces

             Objet : politique pénale.

             Les parquets veilleront à saisir le juge.
        """
        XCTAssertEqual(extract(justice).metadata.emitter, "ministre-de-la-justice")
    }

    // MARK: addressees of the period

    /// "COPIE : DCSP - DCPJ - DCRG - DCCRS": the central directorates of the 1990s.
    func testCentralDirectoratesInACopyList() {
        let text = "LE MINISTRE DE L'INTERIEUR\n\nà\n\nMESDAMES ET MESSIEURS LES PREFETS\n\nCOPIE : DCSP - DCPJ - DCRG - DCCRS\n\nOBJET : ordre public.\n\nJe vous demande de mobiliser les effectifs.\n"
        XCTAssertEqual(addressees(text), ["prefet-de-departement to", "directeur-central-de-la-securite-publique cc",
                                          "directeur-central-de-la-police-judiciaire cc", "directeur-central-des-renseignements-generaux cc",
                                          "directeur-central-des-compagnies-republicaines-de-securite cc"])
    }

    /// "les directeurs des comités de probation et d'assistance aux libérés": one comité each.
    func testComitesDeProbationAreSingularised() {
        let text = "Le garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les directeurs des comités de probation et d'assistance aux libérés\n\nObjet : semi-liberté.\n\nVous veillerez à appliquer ces instructions.\n"
        XCTAssertTrue(extract(text).addressees.contains { $0.id.hasPrefix("directeur-du-comite-de-probation-et-d-assistance-aux-") }, "\(extract(text).addressees)")
        // Counter-example: a singular head keeps its complement as written.
        XCTAssertTrue(extract(text.replacingOccurrences(of: "Mesdames et Messieurs les directeurs des comités", with: "Monsieur le directeur des comités")).addressees
                        .contains { $0.id.hasPrefix("directeur-des-comites-") })
    }

    // MARK: actors: the body's short title is the addressee it opens

    /// "Les directeurs régionaux devront…" in a text to the directeurs régionaux de la
    /// protection judiciaire de la jeunesse (a nine-word title).
    func testShortTitleNamesTheLongAddressee() {
        let text = "Le directeur de la protection judiciaire de la jeunesse\n\nà\n\nMesdames et Messieurs les directeurs régionaux de la protection judiciaire de la jeunesse\nMesdames et Messieurs les directeurs départementaux de la protection judiciaire de la jeunesse\n\nObjet : centres éducatifs fermés.\n\nLes directeurs régionaux devront proposer les projets d'implantation.\n\nIl appartient aux directeurs départementaux de désigner un éducateur référent.\n"
        let o = extract(text).obligations
        XCTAssertEqual(find(o, "Les directeurs régionaux devront")?.actor, "directeur-regional-de-la-protection-judiciaire-de-la-jeunesse")
        XCTAssertEqual(find(o, "Il appartient aux directeurs départementaux")?.actor, "directeur-departemental-de-la-protection-judiciaire-de-la-jeunesse")
    }

    /// "Les chefs d'établissement doivent…" in a text to the chefs d'établissement
    /// pénitentiaire: the lexicon's qualifier names the same office.
    func testOfficeQualifierNamesTheSameAddressee() {
        let text = "Le garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les chefs d'établissement pénitentiaire\n\nObjet : semi-liberté.\n\nLes chefs d'établissement doivent transmettre la demande au juge de l'application des peines.\n"
        XCTAssertEqual(find(extract(text).obligations, "Les chefs d'établissement doivent")?.actor, "chef-d-etablissement-penitentiaire")
        // Counter-example: another office's adjective ("antiterroriste") is no qualifier.
        var o = [Obligation(text: "x", span: SourceSpan(0..<1), section: nil, modality: .obligation, marker: nil, actor: "procureur-de-la-republique")]
        ObligationExtractor.preferAddresseeTitles(&o, [Addressee(id: "procureur-de-la-republique-antiterroriste", role: .to, text: "x", span: SourceSpan(0..<1))],
                                                  qualifiers: ["penitentiaire"])
        XCTAssertEqual(o[0].actor, "procureur-de-la-republique")
    }

    // MARK: references

    /// "Signalisation des circulaires du 1er avril au 30 juin 2004": the quarter a
    /// bulletin's list covers cites no circular.
    func testPeriodOfAListIsNoCitation() {
        XCTAssertEqual(ids("Signalisation des circulaires du 1er avril au 30 juin 2004. Circulaire de la DACG relative aux alternatives aux poursuites."), [])
        // Counter-example: a circular's date with its addressee after "au" is one.
        XCTAssertEqual(ids("La circulaire du 1er avril 2003 au préfet de police reste applicable."), ["circulaire:2003-04-01"])
    }

    // MARK: metadata and obligations

    /// "… Brice HORTEFEUX Date de publication sur le site : 28 juillet 2010": the web copy's
    /// date line after the flattened signature.
    func testPublicationDateAfterTheSignature() {
        let text = "Circulaire du 23 juillet 2010 relative aux violences urbaines\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets.\nVous réunirez l'état-major de sécurité avant le 1er août 2010. Brice HORTEFEUX\nDate de publication sur le site : 28 juillet 2010\n"
        XCTAssertEqual(extract(text).metadata.signatory, "Brice Hortefeux")
        // Counter-example: "date" in the last sentence after no name.
        let plain = "Circulaire du 23 juillet 2010 relative aux violences urbaines\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets.\nVous réunirez l'état-major avant la date fixée par le préfet de zone.\n"
        XCTAssertNil(extract(plain).metadata.signatory)
    }

    /// "Le condamné admis au régime de la semi-liberté est astreint à rejoindre
    /// l'établissement": a rule in the text's own voice.
    func testAstreintAIsAnObligation() {
        let o = obligations("Le condamné admis au régime de la semi-liberté est astreint à rejoindre l'établissement chaque soir.")
        XCTAssertEqual(find(o, "est astreint à rejoindre")?.modality, .obligation)
        // Counter-example: a duty roster ("d'astreinte") is no directive.
        XCTAssertFalse(obligations("Les fonctionnaires d'astreinte à domicile sont joignables par le standard.").contains { $0.text.contains("astreinte") })
    }
}
