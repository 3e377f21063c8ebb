import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of the sixth header round, on texts written for them: the headers of senders
/// other than the Interior (Justice, Premier ministre, Santé, Travail, Finances, Outre-mer,
/// Éducation nationale), joint circulars of two ministers, abbreviated titles and civilities.
/// Each rule has a counter-example where it could overreach.
final class HeaderSixthRoundTests: XCTestCase, HeaderRuleTesting {
    static let body = "\nObjet : lutte contre les violences intrafamiliales.\n\nNous vous demandons de tenir une réunion trimestrielle.\n\n"

    /// A joint circular names its ministers one a line: the emitter is the first-named, even
    /// when the second one's title carries the portfolio after a comma.
    func testTheFirstNamedMinisterOfAJointHeaderEmits() {
        let d = extract("Paris, le 21 septembre 2022\n\nLe ministre de l'intérieur et des outre-mer\nLe garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les préfets de département\nMesdames et Messieurs les procureurs de la République\n" + Self.body + "Gérald DARMANIN\nÉric DUPOND-MORETTI\n")
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur")
    }

    /// Counter-example: one minister whose title holds the portfolio after a comma keeps it.
    func testAKeepersTitleStillReadsItsPortfolio() {
        let d = extract("Paris, le 4 avril 2022\n\nLa garde des sceaux, ministre de la justice,\n\nà\n\nMesdames et Messieurs les procureurs généraux près les cours d'appel\n" + Self.body + "Nicole BELLOUBET\n")
        XCTAssertEqual(d.metadata.emitter, "ministre-de-la-justice")
    }

    /// A Justice dépêche names itself in a dated title line ("Dépêche du … relative à …"):
    /// the kind is the word the text uses for itself, and its "vous" still binds the
    /// addressees of its letter block.
    func testADatedDepecheTitleNamesTheKind() {
        let d = extract("MINISTÈRE DE LA JUSTICE\n\nLe garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les procureurs de la République\n\nDépêche du 27 janvier 2022 relative au traitement des atteintes aux élus\n\nNOR : JUSD2203145C\n\nVous désignerez au sein de votre parquet un magistrat référent.\n")
        XCTAssertEqual(d.metadata.kind, .depeche)
        XCTAssertEqual(d.metadata.date, "2022-01-27")
        XCTAssertEqual(d.obligations.first?.actor, "addressees")
    }

    /// Counter-example: a dépêche cited in a circular's body is no title of the circular.
    func testACitedDepecheIsNoTitle() {
        let d = extract("Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de département\n\nObjet : sécurité des élus.\n\nComme l'a rappelé la dépêche du 27 janvier 2022 relative au traitement des atteintes aux élus, vous réunirez les maires.\n")
        XCTAssertEqual(d.metadata.kind, .circulaire)
    }

    /// Two co-signers' names side by side on the closing line (the columns of a joint
    /// circular, or a flattened copy's last words): the first-named signs.
    func testCoSignersSideBySideSignAsTheFirstNamed() {
        let head = "Le 6 décembre 2023\n\nLe garde des sceaux, ministre de la justice\nLe ministre de l'intérieur et des outre-mer\n\nà\n\nMesdames et Messieurs les préfets de département\n" + Self.body
        XCTAssertEqual(extract(head + "Éric DUPOND-MORETTI                Gérald DARMANIN\n").metadata.signatory, "Éric Dupond-Moretti")
        let flat = "Le 6 décembre 2023 Le ministre de l'intérieur et des outre-mer Le garde des sceaux, ministre de la justice à Mesdames et Messieurs les préfets de département Objet : rodéos motorisés. Nous vous demandons de réunir les états-majors de sécurité. Gérald DARMANIN Éric DUPOND-MORETTI\n"
        XCTAssertEqual(extract(flat).metadata.signatory, "Gérald Darmanin")
    }

    /// Counter-example: one name with a particle in capitals, or a title before the name,
    /// is kept whole.
    func testOneNameOnTheClosingLineIsKeptWhole() {
        let head = "Paris, le 3 mars 2017\n\nLe ministre des affaires étrangères\n\nà\n\nMesdames et Messieurs les ambassadeurs\n" + Self.body
        XCTAssertEqual(extract(head + "Jean-Yves LE DRIAN\n").metadata.signatory, "Jean-Yves Le Drian")
        XCTAssertEqual(extract(head + "Pr Jérôme SALOMON\n").metadata.signatory, "Pr Jérôme Salomon")
    }

    /// Two adjectives sharing one head and one complement are two offices: "directeurs
    /// régionaux et départementaux des finances publiques"; a plural head the lexicon does not
    /// list ("représentants") after "et" opens a second title.
    func testTwoAdjectivesSharingAHeadAreTwoTitles() {
        let a = addressees("Paris, le 22 septembre 2021\n\nLe ministre de l'économie, des finances et de la relance\n\nà\n\nMesdames et Messieurs les directeurs régionaux et départementaux des finances publiques\n" + Self.body)
        XCTAssertEqual(a, ["directeur-regional-des-finances-publiques to", "directeur-departemental-des-finances-publiques to"])
        let b = addressees("Paris, le 2 novembre 2020\n\nLe ministre des outre-mer\n\nà\n\nMesdames et Messieurs les préfets et représentants de l'État outre-mer\n" + Self.body)
        XCTAssertTrue(b.contains("prefet-de-departement to"), "\(b)")
        XCTAssertTrue(b.contains { $0.hasPrefix("representant-de-l-etat") }, "\(b)")
    }

    /// Counter-examples: a doublet ("directrices et directeurs régionaux") is one office, and
    /// a lexicon title holding its "et" stays whole.
    func testADoubletOrALexiconTitleWithEtStaysOne() {
        let a = addressees("Paris, le 5 mai 2022\n\nLa ministre de la culture\n\nà\n\nMesdames et Messieurs les directrices et directeurs régionaux des affaires culturelles\n" + Self.body)
        XCTAssertEqual(a, ["directeur-regional-des-affaires-culturelles to"])
        let b = addressees("Paris, le 5 mai 2022\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de zone de défense et de sécurité\n" + Self.body)
        XCTAssertEqual(b, ["prefet-de-zone-de-defense-et-de-securite to"])
    }

    /// A plural head distributes its first complement ("présidents des tribunaux judiciaires"
    /// → one tribunal each; "secrétaires généraux des ministères"); a singular head's
    /// complement, or a later one, names a body as written.
    func testOnlyAPluralHeadsFirstComplementGoesToTheSingular() {
        let a = addressees("Paris, le 14 mars 2024\n\nLe garde des sceaux, ministre de la justice\n\nà\n\nMonsieur le directeur de la mission des services pénitentiaires de l'outre-mer\nMesdames et Messieurs les directeurs de greffe des services judiciaires\nMesdames et Messieurs les secrétaires généraux des ministères\n" + Self.body)
        XCTAssertEqual(a, ["directeur-de-la-mission-des-services-penitentiaires-de-l-outre-mer to", "directeur-de-greffe-des-services-judiciaires to", "secretaire-general-du-ministere to"])
        let b = addressees("Paris, le 14 mars 2024\n\nLa garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les directeurs des services pénitentiaires d'insertion et de probation\n" + Self.body)
        XCTAssertEqual(b, ["directeur-du-service-penitentiaire-d-insertion-et-de-probation to"])
    }

    /// "Mmes et MM. les …" is a civility as "Mesdames et Messieurs les" is: a letter whose
    /// block is that one line is a letter, its emitter and signatory read; the titles an
    /// administration abbreviates ("DG d'ARS", "DREETS", "DDFiP") are their offices.
    func testAbbreviatedCivilitiesAndTitles() {
        let d = extract("Paris, le 3 février 2022\n\nLe directeur général de la santé\n\nà\n\nMmes et MM. les DG d'ARS\n\nObjet : campagne de vaccination.\n\nJe vous invite à relayer ces consignes.\n\nJérôme SALOMON\n")
        XCTAssertEqual(d.metadata.kind, .circulaire)
        XCTAssertEqual(d.metadata.emitter, "directeur-general-de-la-sante")
        XCTAssertEqual(Set(d.addressees.map { "\($0.id) \($0.role.rawValue)" }), ["directeur-general-de-l-agence-regionale-de-sante to"])
        let a = addressees("Le 7 mars 2022\n\nLe ministre du travail\n\nà\n\nMmes et MM. les DREETS ; Mmes et MM. les DDETS\n\nCopie : DRFiP - DDFiP\n" + Self.body)
        XCTAssertEqual(a, ["directeur-regional-de-l-economie-de-l-emploi-du-travail-et-des-solidarites to", "directeur-departemental-de-l-emploi-du-travail-et-des-solidarites to",
                           "directeur-regional-des-finances-publiques cc", "directeur-departemental-des-finances-publiques cc"])
    }

    /// Counter-example: an acronym in prose names no addressee.
    func testAnAcronymInProseIsNoAddressee() {
        let a = addressees("Paris, le 3 février 2022\n\nLe ministre de la santé\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : campagne de vaccination.\n\nLes ARS organiseront la campagne avec les DDETS du département.\n")
        XCTAssertEqual(a, ["prefet-de-departement to"])
    }

    /// A bulletin sets the text's own title in lower case on a line of its own under the
    /// issue's date: the text is dated by its title, not by the issue.
    func testABulletinsLowerCaseTitleDatesTheText() {
        let d = extract("Bulletin officiel n° 31 du 31 août 2023\n\nRentrée 2023\nNOR : MENE2321479C\ncirculaire du 5 juillet 2023\nMENJ - DGESCO\n\nTexte adressé aux recteurs et rectrices d'académie\n\nJe vous demande de faire de la maîtrise des savoirs fondamentaux la priorité.\n\nPap NDIAYE\n")
        XCTAssertEqual(d.metadata.date, "2023-07-05")
    }

    /// Counter-example: a citation wrapped onto a new line after a word in lower case is
    /// no title.
    func testAWrappedCitationIsNoTitle() {
        let d = extract("Paris, le 12 octobre 2023\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : accueil des étrangers.\n\nJe vous rappelle les instructions données par\ncirculaire du 5 juillet 2019 sur ce point.\n\nGérald DARMANIN\n")
        XCTAssertEqual(d.metadata.date, "2023-10-12")
    }

    static func letter(_ block: String, _ more: String = "") -> String {
        "Paris, le 3 mai 2022\n\nLe ministre de l'éducation nationale\n\nà\n\n" + block + "\n" + more + "\nObjet : rentrée scolaire.\n\nJe vous demande de veiller à la sécurité des élèves.\n\nJean DUPONT\n"
    }

    /// A compound office written with a spaced dash ("inspecteurs d'académie - directeurs
    /// académiques …") is the one office the lexicon names; a feminine title reads as the
    /// lexicon's masculine ("directrice générale de l'ARS", "vice-rectrices et vice-recteurs").
    func testCompoundAndFeminineOffices() {
        XCTAssertEqual(addressees(Self.letter("Mesdames et Messieurs les inspecteurs d'académie - directeurs académiques des services de l'éducation nationale")),
                       ["inspecteur-d-academie-directeur-academique-des-services-de-l-education-nationale to"])
        XCTAssertEqual(addressees(Self.letter("Madame la directrice générale de l'ARS")), ["directeur-general-de-l-agence-regionale-de-sante to"])
        XCTAssertEqual(addressees(Self.letter("Mesdames et Messieurs les vice-rectrices et vice-recteurs")), ["vice-recteur to"])
    }

    /// Counter-example: a dash between two offices of a list still separates them.
    func testADashBetweenTwoOfficesStillSeparates() {
        XCTAssertEqual(addressees(Self.letter("Mesdames et Messieurs les recteurs d'académie - Mesdames et Messieurs les inspecteurs d'académie")).count, 2)
        XCTAssertEqual(addressees(Self.letter("Mesdames et Messieurs les préfets - Monsieur le préfet de police")), ["prefet-de-departement to", "prefet-de-police to"])
    }

    /// A title whose line ran into the next field (flattened, or a line break lost by
    /// `pdftotext`) ends where the text's kind, capitalised, or the emitter's "Le <head>" begins.
    func testATitleEndsAtTheNextFieldOnItsLine() {
        let a = addressees("Paris, le 2 novembre 2020 Le ministre des outre-mer à Mesdames et Messieurs les représentants de l'État outre-mer Circulaire relative aux mesures de confinement. Nous vous demandons de veiller au respect des mesures. Sébastien LECORNU\n")
        XCTAssertEqual(a, ["representant-de-l-etat-outre-mer to"])
        let b = addressees("Le 7 mars 2022 Destinataires : M. le directeur de la DEETS de Guadeloupe Le directeur général du travail à Objet : plan de contrôle. Je vous demande de programmer deux contrôles. Pierre RAMAIN\n")
        XCTAssertEqual(b, ["directeur-de-la-deets-de-guadeloupe to"])
    }

    /// Counter-examples: a place after a preposition ("préfet de La Réunion") and a kind word
    /// in a title set in capitals ("JUGE D'INSTRUCTION") are the title's.
    func testAPlaceOrACapitalsTitleIsNoNextField() {
        XCTAssertEqual(addressees(Self.letter("Monsieur le préfet de La Réunion")), ["prefet-de-departement to"])
        XCTAssertEqual(addressees(Self.letter("MESDAMES ET MESSIEURS LES JUGES D'INSTRUCTION")), ["juge-d-instruction to"])
    }

    /// The offices of the Cour de cassation and the national parquets are their own, not the
    /// court of appeal's or a tribunal's; a compound office's doublets on both sides of its
    /// spaced dash are one office.
    func testNationalJudicialOfficesAndDoubledCompoundOffices() {
        let justice = "Paris, le 19 mars 2021\n\nLe garde des sceaux, ministre de la justice\n\nà\n\n"
        let a = addressees(justice + "Mesdames et Messieurs les premiers présidents des cours d'appel\nMonsieur le premier président de la Cour de cassation\nMonsieur le procureur de la République antiterroriste\nMonsieur le procureur de la République financier\n" + Self.body)
        XCTAssertEqual(a, ["premier-president-de-la-cour-d-appel to", "premier-president-de-la-cour-de-cassation to", "procureur-de-la-republique-antiterroriste to", "procureur-de-la-republique-financier to"])
        XCTAssertEqual(addressees(Self.letter("Mesdames et Messieurs les inspecteurs et inspectrices d'académie - directeurs et directrices académiques des services de l'éducation nationale")),
                       ["inspecteur-d-academie-directeur-academique-des-services-de-l-education-nationale to"])
    }

    /// Counter-example: a bare "procureurs de la République" stays the tribunal's.
    func testABareProsecutorStaysTheTribunals() {
        let a = addressees("Paris, le 19 mars 2021\n\nLe garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les procureurs de la République\n" + Self.body)
        XCTAssertEqual(a, ["procureur-de-la-republique to"])
    }
}
