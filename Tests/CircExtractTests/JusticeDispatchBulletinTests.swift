import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests for Justice dispatches, bulletin pages and other ministries' notes (session 33,
/// just6): a dated text's series number followed by its volume and its author's acronym
/// before the date ("dépêche-circulaire … n° H7 tome 3 DACG du …"), a series opening on a
/// letter glued to digits ("note D14-…/… du …"), a bulletin's issue period, a long Justice
/// title closed by a full stop in a flattened block, a field label after the block, a cued
/// title opening on its rank, a reflexive "s'adresse aux" in a press item's prose, a lawyer's
/// "(Circ. 28 janv. 2020, …)" citation, an education bulletin's origin line, a concept's
/// definition with "ne saurait être réduite", and a ruling's order reported in a press item.
/// Sentences written for each rule, each with the counter-example it could overreach into.
final class JusticeDispatchBulletinTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    func refs(_ text: String) -> [String] { extract(text).references.map(\.id) }

    // MARK: a dated text's series number, then its volume and author, then its date

    func testVolumeAndAuthorBetweenSeriesNumberAndDate() {
        XCTAssertEqual(refs("Vu la dépêche-circulaire CRIM-AP n° 08-B4 tome 2 DACG du 14 mars 2008.\n"), ["circulaire:2008-03-14"])
        XCTAssertEqual(refs("Vu la circulaire SG n° 12/C vol. 3 du 5 juin 2012.\n"), ["circulaire:2012-06-05"])
        // An author's acronym alone after the number.
        XCTAssertEqual(refs("Vu la circulaire n° 2009-17 DAP du 2 octobre 2009.\n"), ["circulaire:2009-10-02"])
    }

    /// Counter-examples: a word that is no volume nor acronym ends the tail; a numbered kind
    /// (a law) keeps its own grammar.
    func testOtherWordsAfterTheSeriesNumberEndTheTail() {
        XCTAssertEqual(refs("Vu la circulaire n° 2009-17 adressée aux parquets du 2 octobre 2009.\n"), [])
        XCTAssertEqual(refs("Vu la loi n° 2009-1436 du 24 novembre 2009.\n"), ["loi:2009-1436"])
    }

    /// "Note D22-001187/ARM/EMA/PPS du 4 avril 2022": a series opening on a letter glued to
    /// digits, its parts glued by slashes; "Note-express n° 118/ARM/SCA du …": a note's
    /// compound word.
    func testGluedLetterSeriesAndNoteExpress() {
        XCTAssertEqual(refs("Référence : Note D22-001187/ARM/EMA/PPS du 4 avril 2022.\n"), ["note:2022-04-04"])
        XCTAssertEqual(refs("Référence : Note-express n° 118/ARM/SCA/DIR du 9 mai 2021.\n"), ["note:2021-05-09"])
        // No slash: an article number, no series.
        XCTAssertEqual(refs("La note D. 45 du code de procédure pénale précise la règle.\n").filter { $0.hasPrefix("note:") }, [])
    }

    // MARK: dates

    /// A bulletin's issue period ("(1er octobre - 31 décembre 2004)") is no date of the text;
    /// the text's own dateline after it is.
    func testBulletinIssuePeriodIsNoDate() {
        let d = extract("BULLETIN OFFICIEL DU MINISTÈRE DE LA JUSTICE\n(1er octobre - 31 décembre 2004)\n\nCirculaires de la direction des affaires criminelles\n\nCRIM 2004-11 E5\n\nPOUR ATTRIBUTION\n\nProcureurs généraux près les cours d'appel\n\n- 18 novembre 2004 -\n\nLa présente circulaire précise les règles.\n")
        XCTAssertNotEqual(d.metadata.date, "2004-12-31")
        let span = extract("Rapport d'activité\n\nPériode du 1er janvier au 31 mars 2019\n\nLe service a traité les dossiers.\n")
        XCTAssertNotEqual(span.metadata.date, "2019-03-31")
        // Counter-example: a dateline's single date stays the text's.
        XCTAssertEqual(extract("Paris, le 18 novembre 2004\n\nLe garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les procureurs généraux\n\nObjet : test.\n").metadata.date, "2004-11-18")
    }

    /// A lawyer's page citing the text it comments in its headline ("(Circ. 12 mars 2021,
    /// NOR : …)"): that date is the circular's, not the page's.
    func testAbbreviatedCitationDatesNoPage() {
        let d = extract("MINEURS : ce que change la circulaire (Circ. 12 mars 2021, NOR : JUSD2107999C)\n\nLa chancellerie a diffusé une circulaire aux parquets sur la justice des mineurs. Elle demande aux procureurs de réunir les partenaires.\n")
        XCTAssertEqual(d.metadata.kind, .article)
        XCTAssertNotEqual(d.metadata.date, "2021-03-12")
    }

    // MARK: addressee blocks

    /// A flattened block whose long last title ends with a full stop, a sentence after it:
    /// no title is read from the sentence.
    func testLongJusticeTitleClosedByFullStop() {
        let a = addressees("Circulaire du 4 mai 2010 relative aux priorités d'action publique NOR : JUSD1011111C La garde des sceaux, ministre de la justice, à Mesdames et Messieurs les procureurs généraux près les cours d'appel et procureurs de la République près les tribunaux supérieurs d'appel. Lors de la réunion du 3 mars 2010, le Premier ministre a demandé une mobilisation des services de l'État contre les trafics.\n")
        XCTAssertTrue(a.contains("procureur-general to"), "\(a)")
        XCTAssertFalse(a.contains { $0.hasPrefix("premier-ministre") }, "\(a)")
        XCTAssertEqual(a.count, 2, "\(a)")
    }

    /// A field label ("Fiches techniques : 3") after a flattened block ends its last title.
    func testFieldLabelEndsTheFlattenedBlock() {
        // (A title the lexicon does not know, so its slug is built from its words.)
        let a = addressees("Note du 6 mars 2019 relative au suivi des mineurs NOR : JUSF1900001N La directrice de la protection judiciaire de la jeunesse, à Pour attribution Madame la directrice du centre national de formation des mineurs Fiches thématiques : 3 Les services éducatifs accueillent les mineurs.\n")
        XCTAssertEqual(a, ["directeur-du-centre-national-de-formation-des-mineurs to"])
    }

    /// "Premiers présidents de cour d'appel" in a bulletin's cued list with no civility.
    func testCuedTitleOpeningOnItsRank() {
        let a = addressees("Circulaire du 2 juin 2003\nNOR : JUSD0330001C\n\nPOUR ATTRIBUTION\n\nProcureurs généraux près les cours d'appel - Premiers présidents de cour d'appel\n\nLa présente circulaire précise les règles.\n")
        XCTAssertTrue(a.contains("premier-president-de-la-cour-d-appel to"), "\(a)")
        XCTAssertTrue(a.contains("procureur-general to"), "\(a)")
    }

    /// The overseas prefects the lexicon names in full.
    func testOverseasPrefectTitles() {
        let a = addressees("Le ministre de l'intérieur\n\nà\n\nMonsieur le préfet de la collectivité territoriale de Saint-Pierre-et-Miquelon\nMonsieur le préfet, administrateur supérieur des îles Wallis et Futuna\n\nObjet : dotations.\n")
        XCTAssertTrue(a.contains("prefet-de-la-collectivite-territoriale-de-saint-pierre-et-miquelon to"), "\(a)")
        XCTAssertTrue(a.contains("administrateur-superieur-des-iles-wallis-et-futuna to"), "\(a)")
    }

    /// "si la circulaire s'adresse aux magistrats": a press item's prose, no addressee block
    /// (whose titles would make the item a circular and run on into "les maires"). Counter-example: "Texte adressé aux recteurs" is a block.
    func testReflexiveAdresseIsProse() {
        let d = extract("Une circulaire rappelle les règles de l'accueil des victimes. Le garde des Sceaux demande que les procureurs désignent un référent.\nSi la circulaire s'adresse aux magistrats, les maires ont intérêt à la connaître.\n")
        XCTAssertEqual(d.metadata.kind, .article)
        XCTAssertFalse(d.addressees.contains { $0.id == "maire" }, "\(d.addressees.map(\.id))")
        XCTAssertTrue(addressees("Note de service du 3-2-2023\n\nTexte adressé aux recteurs et rectrices d'académie\n\nLa présente note précise le calendrier.\n").contains("recteur-d-academie to"))
    }

    // MARK: an education bulletin's origin line

    func testEducationBulletinOriginNamesTheMinistry() {
        let d = extract("Personnels\n\nNOR : MENH2300001N\n\nNote de service du 3-2-2023\n\nMENJ – DGRH B1-3\n\nTexte adressé aux recteurs et rectrices d'académie\n\nLa présente note précise le calendrier des opérations.\n")
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-education-nationale")
        // Counter-example: an acronym with no directorate after its dash.
        let other = extract("Personnels\n\nNOR : MENH2300001N\n\nNote de service du 3-2-2023\n\nMEN – mobilité des personnels\n\nTexte adressé aux recteurs et rectrices d'académie\n\nLa présente note précise le calendrier des opérations.\n")
        XCTAssertNotEqual(other.metadata.emitter, "ministre-de-l-education-nationale")
    }

    // MARK: obligations

    /// "ne saurait être réduite à…": a concept's definition, no prohibition; "ne saurait être
    /// tolérée" still forbids.
    func testDefinitionWithNeSauraitIsNoProhibition() {
        XCTAssertTrue(obligations("La délinquance des mineurs ne saurait être réduite à sa seule dimension pénale.\n").isEmpty)
        XCTAssertTrue(obligations("Cette mesure ne saurait se confondre avec une sanction disciplinaire.\n").isEmpty)
        let o = obligations("Aucune discrimination ne saurait être tolérée dans l'accès au service.\n")
        XCTAssertEqual(o.first?.modality, .prohibition, "\(o.map(\.text))")
    }

    /// A press item reporting a ruling: the court's order to the préfet is no instruction.
    /// Counter-example: the minister's request in the same kind of item is.
    func testRulingOrderReportedIsNoDirective() {
        XCTAssertTrue(obligations("Par jugement du 12 avril 2022, le tribunal administratif annule l'arrêté et enjoint au préfet de réexaminer la demande.\n", kind: .article).isEmpty)
        XCTAssertTrue(obligations("Le juge des référés a ordonné au préfet de délivrer un récépissé sous huit jours.\n", kind: .article).isEmpty)
        let o = obligations("Le ministre de l'intérieur enjoint aux préfets de réexaminer les demandes en attente.\n", kind: .article)
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
    }
}
