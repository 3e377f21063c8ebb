import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Bulletins officiels of every ministry (BO Santé, BO Éducation, BO Travail, BO Agri,
/// BOMI): the present of an administrative act with the time it must keep ("Les ARS
/// arrêtent, avant le 30 juin, le volet…"), a second present after "et" ("… et transmettent
/// chaque mois…"), a pronoun's present ("Elles transmettent chaque année…"); a page that
/// opens on the tail of the text before; a bulletin's table of contents; services' acronyms
/// in an addressee block ("Directions régionales … (DREETS)", "Destinataires d'exécution /
/// DRAAF"). Sentences written for each rule, with the counter-example it could overreach into.
final class BulletinMinistriesTests: XCTestCase, ObligationRuleTesting, OCRRuleTesting {
    static let ars = "directeur-general-de-l-agence-regionale-de-sante"
    static let draaf = "directeur-regional-de-l-alimentation-de-l-agriculture-et-de-la-foret"
    /// A text addressed to the ARS and the DRAAF: their acronyms name them as subjects.
    static let services = [ars, draaf].map { Addressee(id: $0, role: .to, text: $0, span: nil) }

    // MARK: the present of an act with its time

    func testLexiconExamplesOfTheTimedPresent() throws {
        let file = try XCTUnwrap(ObligationHarness.extractor.lex.file.presentRules)
        XCTAssertFalse((file.timedVerbExamples ?? []).isEmpty)
        for ex in file.timedVerbExamples ?? [] { XCTAssertFalse(obligations(ex).isEmpty, ex) }
        for ex in file.timedVerbCounterExamples ?? [] { XCTAssertTrue(obligations(ex).isEmpty, ex) }
    }

    func testTimedPresentNamesItsSubject() {
        let o = obligations("Les agences régionales de santé arrêtent, avant le 30 juin 2024, le volet du schéma régional de santé.", to: Self.services)
        XCTAssertEqual(find(o, "arrêtent, avant le 30 juin")?.actor, Self.ars)
        // The time set off by commas after the verb's complement.
        let incise = obligations("Les maires adressent à la préfecture, au plus tard le 30 mai 2022, la liste des assesseurs.")
        XCTAssertEqual(find(incise, "adressent à la préfecture")?.actor, "maire")
        // Counter-example: a time after the comma that belongs to a relative clause.
        XCTAssertTrue(obligations("Les maires adressent à la préfecture la liste des assesseurs, qui est publiée au plus tard le 30 mai.").isEmpty)
    }

    func testSecondPresentAfterEtSharesTheSubject() {
        let o = obligations("Les DRAAF coordonnent la surveillance au niveau régional et transmettent chaque mois à la DGAL la synthèse des visites.", to: Self.services)
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "transmettent chaque mois")?.actor, Self.draaf)
        let care = obligations("Les ARS s'assurent de la complétude des données et les transmettent à la DGOS au plus tard le 31 mai 2022.", to: Self.services)
        XCTAssertEqual(care.count, 2, "\(care.map(\.text))")
        XCTAssertEqual(find(care, "les transmettent à la DGOS")?.actor, Self.ars)
        // Counter-example: "et" before another subject, who is no official.
        XCTAssertTrue(obligations("Les DRAAF coordonnent la surveillance et les familles transmettent chaque mois leur déclaration.", to: Self.services).isEmpty)
    }

    func testPronounPresentTakesTheRoleNamedBefore() {
        let o = obligations("Les ARS veillent à la complétude des données. Elles transmettent chaque année un bilan à la DGOS.", to: Self.services)
        XCTAssertEqual(find(o, "Elles transmettent chaque année")?.actor, Self.ars)
        // Counter-example: no role named in the sentence before.
        let none = obligations("La campagne débute en mars. Elles transmettent chaque année un bilan à la DGOS.", to: Self.services)
        XCTAssertTrue(none.isEmpty, "\(none.map(\.text))")
    }

    // MARK: the page

    static let tail = """
        BULLETIN OFFICIEL DU MINISTÈRE DE L'INTÉRIEUR N° 2021-6 – Page 87

        Art. 3. – Le directeur des libertés publiques est chargé de l'exécution du présent arrêté, qui sera publié au Bulletin officiel du ministère de l'intérieur.

        Fait le 2 juin 2021.

        Pour le ministre et par délégation :
        Le directeur des libertés publiques et des affaires juridiques,
        Pascale LÉGLISE

        """

    static let circular = """
        Circulaire du 7 juin 2021 relative aux titres de séjour des étudiants
        NOR : INTV2117654C

        Le ministre de l'intérieur
        à
        Mesdames et Messieurs les préfets de département

        Je vous demande de veiller à ce que les demandes soient instruites conformément à l'article L. 422-1 du code de l'entrée et du séjour des étrangers et du droit d'asile. Vous me rendrez compte des difficultés rencontrées avant le 1er octobre 2021.

        Pour le ministre et par délégation :
        Le directeur général des étrangers en France,
        Claude d'HARCOURT

        """

    /// A page that opens on the last article and signer of the text before: the document is
    /// the circular under it, with its directives, citations and deadline.
    func testPageOpeningOnAnotherTextsTailIsTheNextText() {
        let d = extract(Self.tail + Self.circular)
        XCTAssertEqual(d.references.map(\.id), ["CESEDA:L422-1"])
        XCTAssertEqual(d.deadlines.map(\.value), ["2021-10-01"])
        XCTAssertEqual(d.obligations.count, 2, "\(d.obligations.map(\.text))")
        XCTAssertFalse(d.obligations.contains { $0.text.contains("Art. 3") })
        // Counter-example: a first text with its own title stays the document.
        let titled = extract("Arrêté du 2 juin 2021 relatif aux titres de séjour\nNOR : INTV2117000A\n\n" + Self.tail.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n") + Self.circular)
        XCTAssertEqual(titled.references.map(\.id), [])
        XCTAssertEqual(titled.deadlines.map(\.value), [])
    }

    /// A bulletin's table of contents names its other texts, which the document does not cite.
    func testContentsEntriesAreNoReferences() {
        let toc = "SOMMAIRE\n\nCirculaire du 21 mars 2022 relative aux élections ....... 3\nInstruction du 25 mars 2022 relative à la sécurité des bureaux de vote ....... 10\n\n"
        let body = "Circulaire du 21 mars 2022 relative aux élections\n\nLe ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\n\nVous veillerez à ce que les listes électorales soient arrêtées avant le 6 mai 2022.\n"
        XCTAssertEqual(extract(toc + body).references.map(\.id), [])
        // Counter-example: the same text cited in a sentence (no contents) is a reference.
        let cited = body + "\nL'instruction du 25 mars 2022 relative à la sécurité des bureaux de vote reste applicable.\n"
        XCTAssertEqual(extract(cited).references.map(\.id), ["instruction:2022-03-25"])
    }

    // MARK: services' acronyms in the addressee block

    /// "Destinataires d'exécution" then one acronym a line; "Destinataires pour information".
    func testExecutionAndInformationRecipientCues() {
        let agri = extract("Instruction technique DGAL/SDSPA/2023-614\n\nDestinataires d'exécution\nDRAAF\nDAAF\n\nDestinataires pour information\nPréfets de département\n\nLes DRAAF coordonnent la surveillance au niveau régional.\n")
        XCTAssertEqual(agri.addressees.map { "\($0.id) \($0.role.rawValue)" }, ["\(Self.draaf) to", "directeur-de-l-alimentation-de-l-agriculture-et-de-la-foret to", "prefet-de-departement cc"])
    }

    // MARK: the bulletin's header and signatures

    /// "note de service n° 2023-051 du 3-4-2023" under "Bulletin officiel n° 15 du 13 avril
    /// 2023": the note's own title, its date the note's, not the issue's.
    func testNumberedNoteDeServiceIsTheTitle() {
        let head = "Bulletin officiel n° 15 du 13 avril 2023\n\nPersonnels\n\nNOR : MENH2309512N\nnote de service n° 2023-051 du 3-4-2023\nMENJ - DGRH E2-3\n\nTexte adressé aux recteurs et rectrices d'académie\n\n"
        let d = extract(head + "Les services académiques transmettent les dossiers à la DGRH avant le 26 mai 2023.\n")
        XCTAssertEqual(d.metadata.kind, .note)
        XCTAssertEqual(d.metadata.date, "2023-04-03")
        // Counter-example: the same words cited in the body, after a determiner, date nothing.
        let cited = extract("Bulletin officiel n° 15 du 13 avril 2023\n\nTexte adressé aux recteurs et rectrices d'académie\n\nLes recteurs appliquent la note de service n° 2022-10 du 3-4-2022 pour la mobilité des personnels de direction.\n")
        XCTAssertNotEqual(cited.metadata.date, "2022-04-03")
    }

    static let santeHead = """
        Note d'information n° DGS/SP4/2025/7 du 14 janvier 2025 relative au dispositif de prévention du suicide VigilanS.

        La ministre du travail, de la santé, des solidarités et des familles

        à

        Mesdames et Messieurs les directeurs généraux des agences régionales de santé

        NOR : TSSP2501234N

        """

    static let santeBody = """
        Les ARS veillent à ce que chaque établissement autorisé en psychiatrie participe au dispositif.

        Pour la ministre et par délégation :
        Le directeur général de la santé,
        Grégory EMERY

        """

    /// "Annexes : Annexe 1 – … ; Annexe 2 – …" after a title that ends with a full stop (read
    /// as the body's start): a list of attachments, not the annex's heading — the directives
    /// and the signature stay the text's.
    func testAnnexListFieldIsNoAnnexHeading() {
        let d = extract(Self.santeHead + "Annexes : Annexe 1 – Cahier des charges ; Annexe 2 – Indicateurs de suivi.\n\n" + Self.santeBody)
        XCTAssertEqual(d.metadata.signatory?.lowercased(), "grégory emery")
        XCTAssertEqual(d.obligations.map(\.section), [nil])
        // Counter-example: an annex's own heading after the signature opens the annex.
        let annexed = extract(Self.santeHead + Self.santeBody + "ANNEXE 1 – Cahier des charges\n\nLe dispositif recontacte chaque patient dans un délai de dix jours.\n")
        XCTAssertEqual(annexed.sections.map(\.label), ["annexe 1"])
    }
}
