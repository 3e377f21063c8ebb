import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests of the fifth addressee lead, on texts written for them: the titles of a Justice
/// circular's long distribution list (a "vice-" office, "ladite Cour", the bâtonniers, the
/// Ordre of the avocats aux Conseils) and a telegram's route whose sender stands on its own
/// line above "à Préfets …". Each rule has a counter-example where it could overreach.
final class AddresseeFifthLeadTests: XCTestCase, HeaderRuleTesting {
    static let justiceList = """
        Circulaire du 4 février 2019 relative à la transmission des demandes d'avis
        Le garde des sceaux, ministre de la justice
        à
        - pour attribution -
        Monsieur le Vice-président du Conseil d'Etat,
        Monsieur le Premier Président de la Cour de cassation,
        Monsieur le Procureur Général de ladite Cour,
        Mesdames et Messieurs les Premiers Présidents des Cours d'appel,
        Mesdames et Messieurs les Procureurs Généraux près lesdites Cours,
        - pour information
        Monsieur le Président de l'Ordre des avocats au Conseil d'Etat et à la Cour de cassation,
        Monsieur le Président de la Conférence des Bâtonniers,
        Mesdames et Messieurs les Bâtonniers des ordres des avocats.

        Vous veillerez à la diffusion de la présente circulaire.
        """

    /// "Vice-président" is its own office, not the président; "de ladite Cour" names the court
    /// of the title above; the Ordre's full name runs past "au"; the bâtonniers are read.
    func testAJusticeListKeepsEachOfficeWhole() {
        let a = addressees(Self.justiceList)
        XCTAssertTrue(a.contains("vice-president-du-conseil-d-etat to"), "\(a)")
        XCTAssertFalse(a.contains("president-du-conseil-d-etat to"), "\(a)")
        XCTAssertTrue(a.contains("procureur-general-pres-la-cour-de-cassation to"), "\(a)")
        XCTAssertTrue(a.contains("president-de-l-ordre-des-avocats-au-conseil-d-etat-et-a-la-cour-de-cassation cc"), "\(a)")
        XCTAssertTrue(a.contains("batonnier cc"), "\(a)")
        // Counter-examples: the plural "lesdites Cours" stays the generic office, and the
        // Conférence des bâtonniers is its président's, not the bâtonniers'.
        XCTAssertTrue(a.contains("procureur-general to"), "\(a)")
        XCTAssertTrue(a.contains("president-de-la-conference-des-batonniers cc"), "\(a)")
    }

    /// Without a title above it, "ladite" finds no court and the office stays generic.
    func testLaditeWithoutAnEarlierCourtStaysGeneric() {
        let a = addressees("Le garde des sceaux, ministre de la justice\nà\nMonsieur le Procureur Général de ladite Cour\n\nVous veillerez à la diffusion de la présente circulaire.\n")
        XCTAssertTrue(a.contains("procureur-general to"), "\(a)")
        XCTAssertFalse(a.contains("procureur-general-pres-la-cour-de-cassation to"), "\(a)")
    }

    /// "Guerre⏎à Préfets Lyon, Nice,⏎Police⏎Paris.": the sender alone on its line, the route's
    /// seats over several lines, and "Police" among them the préfet de police.
    func testATelegramRouteUnderItsSenderLine() {
        let telegram = "Paris 3 mars 1907 9h 10\nGuerre\nà Préfets Lyon, Nice, Tours,\nRennes, Police\nParis.\nUrgent.\nVous ferez connaître sans retard le nombre des réservistes de votre département.\n"
        let a = addressees(telegram)
        XCTAssertTrue(a.contains("prefet-de-departement to"), "\(a)")
        XCTAssertTrue(a.contains("prefet-de-police to"), "\(a)")
        let single = addressees("12/04/07\nGuerre\nà Préfets France\nCirculaire chiffrée\nVous ferez connaître sans retard le nombre des réservistes.\n")
        XCTAssertTrue(single.contains("prefet-de-departement to"), "\(single)")
        // Counter-example: a line opening on "à" under a dated line is no route.
        let dated = addressees("Paris, le 3 mars 1907\nà Lyon, Nice\nLes réservistes se présenteront à la caserne.\n")
        XCTAssertFalse(dated.contains { $0.hasPrefix("prefet") }, "\(dated)")
    }

    /// A press item that quotes an instruction's title inside its sentence stays an article;
    /// the instruction's own title line keeps its kind.
    func testAQuotedTitleInAPressSentenceIsTheCitedText() {
        let item = "Les recteurs ont reçu de nouvelles consignes pour la rentrée.\nSelon le quotidien régional, le ministre de l'Éducation nationale a adressé aux recteurs un document intitulé « Instruction relative à la sécurité des sorties scolaires », leur demandant de contrôler les accompagnateurs.\nLes recteurs devront lui rendre compte avant la fin du mois.\n"
        XCTAssertNotEqual(extract(item).metadata.kind, .instruction)
        let own = "Instruction relative à la sécurité des sorties scolaires\nLe ministre de l'éducation nationale\nà\nMesdames et Messieurs les recteurs d'académie\n\nVous veillerez au contrôle des accompagnateurs.\n"
        XCTAssertEqual(extract(own).metadata.kind, .instruction)
    }
}
