import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of the metadata of OCR'd letters, web copies and press pages, on texts written
/// for them: an abbreviated or OCR-damaged subject label, an older dateline's full stop after
/// spaced digits, a secretary of state's own office, a minister dated out of every term the
/// table knows, a commentary's genre on its title line, a filing ministry's field, a paper's
/// edition date after a headline naming a circular. Each rule has a counter-example.
final class MetadataOCRWebPressTests: XCTestCase, HeaderRuleTesting {
    static func letter(head: String = "Le ministre de l'intérieur", dateline: String = "Paris, le 14 mars 1997", subject: String, body: String = "Je vous demande de veiller à l'application de ces instructions.") -> String {
        "MINISTÈRE DE L'INTÉRIEUR\n\(dateline)\n\(head)\nà\nMesdames et Messieurs les préfets\n\(subject)\n\n\(body)\n\nJean DUPONT\n"
    }

    /// "Obj. : …": the subject label abbreviated, its full stop and colon after it.
    func testAnAbbreviatedSubjectLabelOpensTheSubject() {
        let m = extract(Self.letter(subject: "Obj. : Contrôle des débits de boissons temporaires.")).metadata
        XCTAssertEqual(m.subject, "Contrôle des débits de boissons temporaires")
        let wrapped = extract(Self.letter(subject: "OBJ. : Tenue des registres\ndes logeurs.")).metadata
        XCTAssertEqual(wrapped.subject, "Tenue des registres des logeurs")
        // Counter-example: the abbreviation without its colon is no label.
        let prose = extract(Self.letter(subject: "", body: "Le rapport obj. 2 sera transmis. Je vous demande de veiller à son application.")).metadata
        XCTAssertNil(prose.subject)
    }

    /// "0bjet : …": OCR read the capital O as a zero, which the tokenizer splits off.
    func testAZeroReadForTheOOfObjetOpensTheSubject() {
        let m = extract(Self.letter(subject: "0bjet : Réglementation des fêtes locales.")).metadata
        XCTAssertEqual(m.subject, "Réglementation des fêtes locales")
        // Counter-example: a zero standing apart in the dateline stays a digit.
        let d = extract(Self.letter(dateline: "Lyon, le 0 5 NOV. 2009", subject: "Objet : Vidéoprotection.")).metadata
        XCTAssertEqual(d.date, "2009-11-05")
    }

    /// "Paris, le 2 2 juin 1892.": an older letter's full stop after a day OCR spaced.
    func testAnOlderDatelinesFullStopAfterSpacedDigits() {
        let m = extract(Self.letter(dateline: "Paris, le 2 4 mai 1895.", subject: "Objet : Élections municipales.")).metadata
        XCTAssertEqual(m.date, "1895-05-24")
        // Counter-example: the day whole reads as before.
        XCTAssertEqual(extract(Self.letter(dateline: "Paris, le 4 mai 1895.", subject: "Objet : Élections municipales.")).metadata.date, "1895-05-04")
    }

    /// "Le secrétaire d'État auprès du ministre de l'intérieur, chargé des collectivités
    /// locales": the secretary of state's own office, past the attached minister's titles.
    func testASecretaryOfStatesOwnOfficeIsTheEmitter() {
        let local = extract(Self.letter(head: "Le secrétaire d'État auprès du ministre de l'intérieur,\nchargé des collectivités locales", subject: "Objet : Budgets.")).metadata
        XCTAssertEqual(local.emitter, "secretaire-d-etat-charge-des-collectivites-locales")
        let titled = extract(Self.letter(head: "Le secrétaire d'État auprès du ministre d'État, ministre de l'intérieur, chargé de la sécurité", subject: "Objet : Polices.")).metadata
        XCTAssertEqual(titled.emitter, "secretaire-d-etat-charge-de-la-securite")
        let she = extract(Self.letter(head: "La secrétaire d'État auprès du ministre de l'intérieur, chargée de la citoyenneté", subject: "Objet : Associations.")).metadata
        XCTAssertEqual(she.emitter, "secretaire-d-etat-charge-de-la-citoyennete")
        // Counter-example: with no office of his own, the attachment is the title.
        let bare = extract(Self.letter(head: "Le secrétaire d'État auprès du ministre de l'intérieur", subject: "Objet : Budgets.")).metadata
        XCTAssertEqual(bare.emitter, "secretaire-d-etat-aupres-du-ministre-de-l-interieur")
    }

    /// A press item dated out of every term the ministers' table knows for the name it shows
    /// acting: the ministry the item names is the name's office of the day.
    func testAMinisterDatedOutOfEveryTermKeepsTheMinistryTheItemNames() {
        let later = extract("Absentéisme : les consignes aux recteurs\n\nPublié le 12 mars 2024\n\nLa ministre de l'Éducation nationale, Nicole Belloubet, a demandé aux recteurs de signaler les absences.\n").metadata
        XCTAssertEqual(later.emitter, "ministre-de-l-education-nationale")
        XCTAssertEqual(later.signatory, "Nicole Belloubet")
        // Counter-examples: within a term the table names the ministry before any other the
        // item mentions; undated, the one ministry the name held.
        let inTerm = extract("Peines : les consignes aux parquets\n\nPublié le 5 mars 2019\n\nAprès une réunion au ministère de l'Intérieur, Nicole Belloubet a adressé une circulaire aux procureurs.\n").metadata
        XCTAssertEqual(inTerm.emitter, "ministre-de-la-justice")
        let undated = extract("Peines : les consignes aux parquets\n\nNicole Belloubet a adressé une circulaire aux procureurs de la République.\n").metadata
        XCTAssertEqual(undated.emitter, "ministre-de-la-justice")
        // A page republished later, naming another minister's ministry: the name shown acting
        // holds the one office the table gives it.
        let republished = extract("Plan hiver : deux textes\n\nPublié le 3 février 2023\n\nLe premier est une instruction de Jean-Marc Ayrault demandant aux préfets d'élaborer des projets. La ministre de l'Égalité des territoires, Cécile Duflot, a présenté le plan.\n").metadata
        XCTAssertEqual(republished.emitter, "premier-ministre")
    }

    /// "Signé : Pierre MARTIN, Ministre de l'Intérieur": the title after a signed name's comma.
    func testASignedLinesTitleAfterTheNameIsNoPartOfIt() {
        let titled = Self.letter(subject: "Objet : Débits de boissons.").replacingOccurrences(of: "Jean DUPONT", with: "Signé : Pierre MARTIN, Ministre de l'Intérieur")
        XCTAssertEqual(extract(titled).metadata.signatory, "Pierre Martin")
        let surname = Self.letter(subject: "Objet : Débits de boissons.").replacingOccurrences(of: "Jean DUPONT", with: "Signé : FREY, ministre de l'intérieur.")
        XCTAssertEqual(extract(surname).metadata.signatory, "Frey")
        // Counter-example: a title before the name, in a signed line, is no name.
        let before = Self.letter(subject: "Objet : Débits de boissons.").replacingOccurrences(of: "Jean DUPONT", with: "Signé : le préfet, directeur du cabinet")
        XCTAssertNil(extract(before).metadata.signatory)
    }

    /// "N0R : INT/D/86/00045/C": OCR's zero for the O of the label.
    func testAZeroInTheNORLabelIsRead() {
        XCTAssertEqual(extract(Self.letter(subject: "N0R : INT/D/86/00045/C\nObjet : Police.")).metadata.nor, "INTD8600045C")
        // Counter-example: a word with a zero inside names no NOR.
        XCTAssertNil(extract(Self.letter(subject: "Objet : Police.", body: "Le local N0R2 est fermé. Je vous demande de veiller à l'application de ces instructions.")).metadata.nor)
    }

    /// "Note pratique" on a page's title line: a commentary's genre, the page an article.
    func testAPracticalNoteIsACommentary() {
        let page = extract("Association Droits des Étrangers 33\n\nNote pratique\nLa circulaire du 23 janvier 2024 sur le séjour des travailleurs\n\nMise en ligne le 2 février 2024\n\nLe ministre demande aux préfets d'examiner les demandes en priorité.\n").metadata
        XCTAssertEqual(page.kind, .article)
        XCTAssertEqual(page.date, "2024-02-02")
        // Counter-example: a service's note is a note.
        XCTAssertEqual(extract("NOTE DE SERVICE\n" + Self.letter(subject: "Objet : Horaires.")).metadata.kind, .note)
    }

    /// "Ministère(s) déposant(s) : INT - Intérieur": a filing ministry's code, its name after
    /// the dash.
    func testAFilingMinistryFieldNamesTheEmitter() {
        let fiche = "Circulaire du 28 mars 2017 relative à la lutte contre la fraude\n\nDate de signature : 28/03/2017\nMinistère(s) déposant(s) : %@\nNOR : INTK1709234J\n\nRésumé : Les préfets doivent désigner un référent.\n"
        XCTAssertEqual(extract(String(format: fiche, "INT - Intérieur")).metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(extract(String(format: fiche, "JUS - Justice")).metadata.emitter, "ministre-de-la-justice")
        // Counter-example: a ministry the senders do not know names none.
        XCTAssertNotEqual(extract(String(format: fiche, "CUL - Patrimoine")).metadata.emitter, "ministre-de-l-interieur")
    }

    /// "Maire-Info / … ce que la circulaire demande aux maires Édition du 3 mai 2023": the
    /// paper's issue dates the page, not the circular the headline names.
    func testAnEditionDateDatesThePageNotTheNamedText() {
        let d = extract("Maire-Info\nUrbanisme : ce que la circulaire change pour les maires Édition du 3 mai 2023\n\nUne circulaire du ministère de l'Intérieur, datée du 28 avril, précise les délais. Le ministère demande aux préfets de vérifier les dossiers.\n")
        XCTAssertEqual(d.metadata.date, "2023-05-03")
        XCTAssertFalse(d.references.map(\.id).contains("circulaire:2023-05-03"))
        XCTAssertTrue(d.references.map(\.id).contains("circulaire:2023-04-28"))
        // Counter-example: a circular dated in the prose is cited with its date.
        let cited = extract("Maire-Info\nUrbanisme : les délais changent\n\nLa circulaire du 3 mai 2023 précise les délais. Le ministère demande aux préfets de vérifier les dossiers.\n")
        XCTAssertTrue(cited.references.map(\.id).contains("circulaire:2023-05-03"))
    }
}
