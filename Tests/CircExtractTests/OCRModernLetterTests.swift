import CircTestSupport
import CircExtract
import CircReader
import CircText
import XCTest

/// OCR damage of letters scanned from 1995–2020 (laser print, a logo and a stamp on the
/// page): digits read for the letters of a word ("vei11er", "N0R", "0CT."), a dateline's
/// month misread ("janvler", "ju1n", "MAR5", "NOV,"). Each rule with the same shapes written
/// on purpose, left alone.
final class OCRModernLetterTests: XCTestCase, OCRRuleTesting {
    /// "vei11er", "e11es": the double l read as two 1s between lowercase letters.
    func testDoubleLReadAsOnes() {
        XCTAssertEqual(norm("Vous vei11erez à ce qu'e11es soient informées."), "Vous veillerez à ce qu'elles soient informées.")
        // Numbers, codes and a count glued to its unit keep their digits.
        let kept = "le 11 mars, A11, art. 11-2, ligne 11b, 2011, a11b2"
        XCTAssertEqual(norm(kept), kept)
    }

    /// "N0R", "0bjet", "0CT.", "c0mmune", "l0i": a zero between two letters, or opening a
    /// word of three letters or more, is the O of the word.
    func testZeroReadForO() {
        XCTAssertEqual(norm("N0R : INTA1423456C\n0bjet : la l0i du 2 0CT. 2014 et la c0mmune."),
                       "NOR : INTA1423456C\nObjet : la loi du 2 OCT. 2014 et la commune.")
        // After a digit, before a unit or an hour, in a code: a number's zero.
        let kept = "10km, 0h30, 0km, 2014, a0b1, 0,5 %, 0 €, F0, 20OCT"
        XCTAssertEqual(norm(kept), kept)
    }

    /// The zero read for the O reaches the dateline: "Paris, le 2 0CT. 2014".
    func testZeroForOInTheDateline() {
        let d = extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 2 0CT. 2014\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : Dématérialisation des procédures.\n\nJe vous demande de désigner un référent.\n")
        XCTAssertEqual(d.metadata.date, "2014-10-02")
    }

    /// A dateline's month OCR misread — i or l read as 1, l or i, o as 0, s as 5 — read by
    /// its confusion key, with its year; the abbreviation's full stop read as a comma.
    func testMisreadMonthOfADate() {
        XCTAssertEqual(norm("Paris, le 12 janvler 2015"), "Paris, le 12 janvier 2015")
        XCTAssertEqual(norm("Paris, le 9 ju1n 2001"), "Paris, le 9 juin 2001")
        XCTAssertEqual(norm("Paris, le 9 ju111et 2001"), "Paris, le 9 juillet 2001")
        XCTAssertEqual(norm("Paris, le 2 MAR5 2018"), "Paris, le 2 MARS 2018")
        let d = extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 12 NOV, 2015\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : Accueil des gens du voyage.\n\nJe vous demande de désigner un référent.\n")
        XCTAssertEqual(d.metadata.date, "2015-11-12")
    }

    /// Without a year, or with a word no month reads as, nothing is repaired; a comma after a
    /// month in lower case is prose's ("en mai, 2000 personnes").
    func testMisreadMonthNeedsItsYear() {
        let kept = "12 mal de tête, 3 lits, 5 juil, le 12 mai, 2000 personnes, 4 NOV, 12 salles 2015"
        XCTAssertEqual(norm(kept), kept)
        let tt = TestLexicons.text.tokenize(text: "le 12 mai, 2000 personnes")
        XCTAssertEqual(tt.tokens.filter { $0.kind == .date }.map { tt.string($0) }, ["12 mai"])
    }

    /// A letter's header around a subject line and a body, for the rules below.
    func letter(subject: String = "Objet : Accueil des gens du voyage.", body: String, after: String = "") -> String {
        "MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 12 mars 2015\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\n\(subject)\n\n\(body)\n\n                                        Bernard CAZENEUVE\n\(after)"
    }

    /// "Objet : Instruction des demandes …" names the processing of files: the letter stays a
    /// circular; "Objet : Instruction relative à …" is an instruction.
    func testSubjectNamingTheProcessingOfFiles() {
        let body = "Je vous demande de veiller à l'application de ces dispositions."
        XCTAssertEqual(extract(letter(subject: "Objet : Instruction des demandes de regroupement familial.", body: body)).metadata.kind, .circulaire)
        XCTAssertEqual(extract(letter(subject: "Objet : Instruction du dossier de demande d'autorisation.", body: body)).metadata.kind, .circulaire)
        XCTAssertEqual(extract(letter(subject: "Objet : Instruction relative à l'accueil des gens du voyage.", body: body)).metadata.kind, .instruction)
    }

    /// "Obiet :", "Ohjet :": the subject label with its j read as i or its b as h.
    func testSubjectLabelMisread() {
        let body = "Je vous demande de veiller à l'application de ces dispositions."
        XCTAssertEqual(extract(letter(subject: "Obiet : Accueil des gens du voyage.", body: body)).metadata.subject, "Accueil des gens du voyage")
        XCTAssertEqual(extract(letter(subject: "Ohjet : Accueil des gens du voyage.", body: body)).metadata.subject, "Accueil des gens du voyage")
    }

    /// A marker's word with an i read as l ("lnvite", "appartlent") or an e as c; a closing
    /// formula's too ("agrécr"): read through, the closing stays politeness.
    func testMarkerAndClosingWordsMisread() {
        let o = extract(letter(body: "Je vous lnvite à rappeler aux maires leurs obligations.\n\nIl vous appartlent de veiller à l'application de ces dispositions.\n\nJe vous prie d'agrécr, Mesdames et Messieurs les préfets, l'assurance de ma haute considération.")).obligations
        XCTAssertEqual(o.map(\.modality), [.obligation, .obligation])
        XCTAssertEqual(o.map(\.actor), ["addressees", "addressees"])
        // The same words in a description are no directive.
        XCTAssertEqual(extract(letter(body: "La commune a lnvité les associations à la réunion.")).obligations.count, 0)
    }

    /// "Je vous saurai gré de …" (the future, as letters often write it) as "saurais".
    func testSauraiGre() {
        let o = extract(letter(body: "Je vous saurai gré de bien vouloir me faire parvenir vos observations.")).obligations
        XCTAssertEqual(o.map(\.modality), [.obligation])
    }

    /// "Copie à :" read before the signatory's name (OCR reads the page's left column first):
    /// a copy; "Copie a" without its accent too. A sentence asking for a copy is no list.
    func testCopyListBeforeTheSignature() {
        let d = extract(letter(body: "Je vous demande de me rendre compte.\n\nCopie a : Monsieur le directeur général de la gendarmerie nationale"))
        XCTAssertEqual(d.addressees.filter { $0.role == .cc }.map(\.id), ["directeur-general-de-la-gendarmerie-nationale"])
        let none = extract(letter(body: "Vous adresserez copie de votre arrêté au directeur général de la gendarmerie nationale."))
        XCTAssertEqual(none.addressees.filter { $0.role == .cc }.count, 0)
    }

    /// "Je vous de mande de …": a marker's verb broken in two after "vous" is read whole; two
    /// real words after "vous" that make no directive stay apart ("à vous de voir").
    func testMarkerVerbBrokenAfterVous() {
        let o = extract(letter(body: "Je vous de mande de rappeler aux maires l'obligation d'équiper les piscines.")).obligations
        XCTAssertEqual(o.map(\.modality), [.obligation])
        XCTAssertTrue(o.first?.text.hasPrefix("Je vous de mande de rappeler") ?? false)
        XCTAssertEqual(extract(letter(body: "Ces réunions offriront à chacun de vous de voir les maires.")).obligations.count, 0)
    }
}
