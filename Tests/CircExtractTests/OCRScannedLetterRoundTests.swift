import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Scanned Interior letters (1888–2010) read by OCR: a year whose 5 or 8 was read as a letter,
/// a running head said once between a sentence's halves at a page break, the marks a scan
/// leaves after the subject. Each rule has a counter-example where it must not act.
final class OCRScannedLetterRoundTests: XCTestCase, OCRRuleTesting {
    /// "25 MAI I9S8", "10 avr. 19S6", "3 juin 195B": a date's year with an S for a 5 or a B
    /// for an 8 is the year; the span still quotes the source as read.
    func testYearWithLetterForFiveOrEight() {
        XCTAssertEqual(norm("Paris, le 25 MAI I9S8"), "Paris, le 25 MAI 1958")
        XCTAssertEqual(norm("le 10 avr. 19S6 et le 3 juin 195B"), "le 10 avr. 1956 et le 3 juin 1958")
        XCTAssertEqual(norm("le 12 octobre 1g65"), "le 12 octobre 1965")
        let d = extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 25 MAI I9S8\n\nLe Ministre de l'Intérieur\nà MM. les Préfets\n\nObjet : Listes électorales.\n\nVous voudrez bien veiller à l'application de ces règles.\n")
        XCTAssertEqual(d.metadata.date, "1958-05-25")
    }

    /// Counter-examples: not after a month's name, or not a year's shape — left as read.
    func testLettersInOtherNumbersStay() {
        for kept in ["le lot 19S8 du stock", "le 25 MAI 30S8", "le 2S MAI 1958", "au 4 mars 19S82"] {
            XCTAssertEqual(norm(kept), kept)
        }
    }

    /// A running head said once in the excerpt is page furniture when the page break shows
    /// beside it — a page number line before it, or its own page number — and a sentence runs
    /// on across it: the directive is read whole.
    func testRunningHeadBesidePageBreakInsideASentence() {
        let a = extract("Le Ministre de l'Intérieur\nà Messieurs les Préfets\n\nVous voudrez bien\n\n— 2 —\n\nCIRCULAIRE N° 75-141 DU 12 MARS 1975\n\ninviter les maires à faire coter et parapher chaque registre.\n")
        XCTAssertTrue(a.obligations.contains { $0.text.hasPrefix("Vous voudrez bien") && $0.text.contains("parapher chaque registre") }, "\(a.obligations.map(\.text))")
        let b = extract("Le Ministre de l'Intérieur à Messieurs les Préfets.\n\nIl y aura lieu de veiller à ce que\n\nBULLETIN OFFICIEL DU MINISTÈRE DE L'INTÉRIEUR 213\n\nles procès-verbaux des séances me soient transmis chaque trimestre.\n")
        XCTAssertTrue(b.obligations.contains { $0.text.contains("veiller à ce que") && $0.text.contains("soient transmis chaque trimestre") }, "\(b.obligations.map(\.text))")
    }

    /// Counter-examples: a capitals heading with no page break beside it, a heading numbered
    /// "N° 212", a short numbered heading ("CHAPITRE 2"): the paragraphs stay apart.
    func testHeadingsWithoutPageBreakStay() {
        for heading in ["DIRECTION GÉNÉRALE DES ÉTRANGERS", "CIRCULAIRE N° 212", "CHAPITRE 2"] {
            let text = "Les agents chargés de l'accueil\n\n\(heading)\n\nreçoivent une formation."
            XCTAssertFalse(norm(text).contains("accueil  "), heading)
            XCTAssertTrue(norm(text).contains(heading), heading)
        }
    }

    /// "Objet : Contrôle des étrangers. ~": the mark a scan leaves after the subject, apart from
    /// its words, is no part of it.
    func testScanMarkAfterSubject() {
        let d = extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 17 février 1947\n\nLE MINISTRE DE L'INTÉRIEUR\nà MM. les Préfets\n\nObjet : Contrôle des étrangers. ~\n'\n\nJe vous prie de veiller à la délivrance des cartes.\n")
        XCTAssertEqual(d.metadata.subject, "Contrôle des étrangers")
        // Counter-example: a mark inside the words stays ("A | B" is as read).
        let e = extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 17 février 1947\n\nLE MINISTRE DE L'INTÉRIEUR\nà MM. les Préfets\n\nObjet : Contrôle des étrangers | réfugiés.\n\nJe vous prie de veiller à la délivrance des cartes.\n")
        XCTAssertEqual(e.metadata.subject, "Contrôle des étrangers | réfugiés")
    }
}

/// A letterhead in two columns read across: the ministry's address in the left column on the
/// lines of the addressee block in the right one.
final class TwoColumnLetterheadTests: XCTestCase, OCRRuleTesting {
    static let letter = """
        MINISTÈRE DE L'INTÉRIEUR                    Paris, le 30 juin 1962
        Le Ministre de l'Intérieur          à  Messieurs les Inspecteurs Généraux
          1, place Beauvau                     de l'Administration en Mission
          PARIS (8e)                           Extraordinaire
          Tél. : ANJou 28-20                Messieurs les Préfets

        OBJET : Accueil des rapatriés.

        Il vous appartiendra de désigner un fonctionnaire chargé de l'accueil.

        """

    /// The left cells below the civility's line are no part of the titles: each title reads
    /// whole, the address and the telephone in none; the sender's cell and the date stay.
    func testLeftCellsLeaveTheTitles() {
        let d = extract(Self.letter)
        XCTAssertEqual(d.addressees.map(\.id), ["inspecteur-general-de-l-administration-en-mission-extraordinaire", "prefet-de-departement"])
        XCTAssertEqual(d.metadata.date, "1962-06-30")
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur")
        XCTAssertTrue(norm(Self.letter).contains("Le Ministre de l'Intérieur"))
        XCTAssertFalse(norm(Self.letter).contains("Beauvau"))
    }

    /// Counter-examples: a NOR in the left cell is kept; a block in one column, or a right
    /// cell opening with no civility ("M. Durand", a contact), blanks nothing.
    func testOtherCellsStay() {
        let nor = "Le Ministre de l'Intérieur      à  Messieurs les Préfets\nNOR : INTD9800012C               Monsieur le Préfet de police\n"
        XCTAssertTrue(norm(nor).contains("INTD9800012C"))
        let contact = "DIRECTION DES LIBERTÉS PUBLIQUES        Affaire suivie par\nBureau des élections                    M. Durand\n"
        XCTAssertEqual(norm(contact), contact)
        let one = "Le Ministre de l'Intérieur\nà\nMessieurs les Préfets\n1, place Beauvau\n"
        XCTAssertEqual(norm(one), one)
    }
}

/// A copy certified under the signature ("Pour ampliation :", "Pour copie conforme,"): the
/// clerk who certifies is not the signatory.
final class CertifiedCopySignatureTests: XCTestCase, OCRRuleTesting {
    static func letter(_ closing: String) -> String {
        "MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 12 mars 1965\n\nLe Ministre de l'Intérieur\nà Messieurs les Préfets\n\nObjet : Essai.\n\nVous voudrez bien veiller à l'application de ces règles.\n\n" + closing
    }

    func testCertifyingClerkIsNotTheSignatory() {
        let a = extract(Self.letter("Pour le Ministre,\nLe Directeur de la Réglementation,\nR. GODARD\n\nPour ampliation :\nLe Chef de bureau,\nM. DURAND\n"))
        XCTAssertEqual(a.metadata.signatory?.uppercased(), "R. GODARD")
        let b = extract(Self.letter("Roger FREY\n\nPour copie conforme,\nLe Chef du 3e Bureau,\nP. MARTIN\n"))
        XCTAssertEqual(b.metadata.signatory?.uppercased(), "ROGER FREY")
    }

    /// Counter-example: with no certification, the last signature is the signatory.
    func testWithoutCertificationTheLastSignatureSigns() {
        let a = extract(Self.letter("Pour le Ministre,\nLe Directeur de la Réglementation,\nR. GODARD\n"))
        XCTAssertEqual(a.metadata.signatory?.uppercased(), "R. GODARD")
    }
}

/// A NOR in its slashed parts in a margin, without its label ("INT/D/98/00012/C").
final class SlashedNORTests: XCTestCase, OCRRuleTesting {
    static func letter(_ line: String) -> String {
        "MINISTÈRE DE L'INTÉRIEUR\n\n\(line)\n\nParis, le 12 mars 1998\n\nLe Ministre de l'Intérieur\nà Messieurs les Préfets\n\nObjet : Essai.\n\nVous voudrez bien veiller à l'application de ces règles.\n"
    }

    func testSlashedNORWithoutLabel() {
        XCTAssertEqual(extract(Self.letter("INT/D/98/00012/C")).metadata.nor, "INTD9800012C")
        XCTAssertEqual(extract(Self.letter("N° INT/D/98/00012/C")).metadata.nor, "INTD9800012C")
    }

    /// Counter-examples: services parted by slashes, a service's reference number.
    func testOtherSlashedReferencesAreNoNOR() {
        XCTAssertNil(extract(Self.letter("DGS/DHOS/AFSSAPS 03/ 582")).metadata.nor)
        XCTAssertNil(extract(Self.letter("Réf. : SN/CAB/4512/A")).metadata.nor)
    }
}
