import CircTestSupport
@testable import CircExtract
import CircReader
import XCTest

/// Rule tests for Interior letters of 1945–2010 as OCR and copy sites deliver them (Scribd,
/// docslide, pdfslide): a month whose accented letter the copy dropped, the "1er" of a
/// dateline read as a word, the ministry's address footer under the signature, a marker's
/// "e" read as "c". Each with a sentence the rule must leave alone.
final class OCRInteriorLetterTests: XCTestCase, OCRRuleTesting {

    let block = "\n\nLe ministre de l'intérieur\n\na\n\nMesdames et Messieurs les préfets\n\nObjet : essai.\n\n"

    /// docslide drops every non-ASCII letter: "fvrier", "aot", "dcembre" are the months.
    func testMonthThatLostItsAccentedLetter() {
        XCTAssertEqual(extract("Paris, le 12 fvrier 1985" + block + "Je vous demande de veiller à l'application de ces règles.").metadata.date, "1985-02-12")
        XCTAssertEqual(extract("Paris, le 3 dcembre 1998" + block + "Je vous demande de veiller à l'application de ces règles.").metadata.date, "1998-12-03")
        let d = extract("Paris, le 4 mars 1985" + block + "Vous me rendrez compte avant le 1er aot 1985 des mesures prises.")
        XCTAssertEqual(d.deadlines.map(\.value), ["1985-08-01"])
        // Counter-example: a cited text's date stays a citation, whatever the month's spelling.
        XCTAssertNil(extract("Le ministre de l'intérieur\n\na\n\nMesdames et Messieurs les préfets\n\nLa circulaire du 12 fvrier 1985 reste applicable.").metadata.date)
    }

    /// "Paris, Ie ler JUIL. 1999": the "1er" read as "ler" or "Ier" before a month.
    func testDatelineFirstReadAsAWord() {
        let body = block + "Je vous demande de veiller à l'application de ces règles."
        XCTAssertEqual(extract("Paris, Ie ler JUIL. 1999" + body).metadata.date, "1999-07-01")
        XCTAssertEqual(extract("Paris, le Ier mars 2010" + body).metadata.date, "2010-03-01")
        // Counter-example: no month after it, no date.
        XCTAssertNil(extract("Paris, le ler étage" + body).metadata.date)
    }

    /// The ministry's address footer under the name, on its own line or run onto the name's.
    func testSignatureAboveTheAddressFooter() {
        let body = "Paris, le 21 février 2006" + block + "Je vous demande de veiller à l'application de ces règles dans vos départements.\n\n"
        XCTAssertEqual(extract(body + "Nicolas SARKOZY\n\nPlace Beauvau 75800 Paris Cedex 08 - Standard : 01 49 27 49 27\n").metadata.signatory, "Nicolas Sarkozy")
        XCTAssertEqual(extract(body + "Le Ministre de l'Intérieur,\n\nSigné : Jean-Pierre CHEVENEMENT\n\nPlace Beauvau 75800 Paris Cedex 08 - Tél. : 01 49 27 49 27\n").metadata.signatory, "Jean-Pierre Chevenement")
        let flat = "MINISTERE DE L'INTERIEUR Paris, le 26 avril 1999 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : essai. Je vous demande de renforcer les contrôles sur les grands axes. Pour le ministre et par délégation, Le directeur du cabinet, Philippe BARRET 1/1 ADRESSE POSTALE : PLACE BEAUVAU 75800 PARIS CEDEX 08 - STANDARD 01 49 27 49 27"
        XCTAssertEqual(extract(flat).metadata.signatory, "Philippe Barret")
        // Counter-example: "place" and "tel" of the body, with a number after them, are no footer.
        XCTAssertNil(extract(body + "Jean DUPUIS\n\nLe ministère met en place un tel dispositif dans 12 départements cette année, à titre d'essai.\n").metadata.signatory)
    }

    /// "Jc vous demande", "voudrez bicn", "Vous vcillerez": a marker's e read as c.
    func testMarkerWordsWithAnEReadAsC() {
        let os = ObligationHarness.obligations("Jc vous demande de réunir sans délai les services concernés.\n\nVous voudrez bicn me rendre compte de ces mesures.\n\nVous vcillerez à informer les maires.")
        XCTAssertEqual(os.count, 3, "\(os.map(\.text))")
        XCTAssertTrue(MatchWord.misreadC("jc") && MatchWord.misreadC("bicn") && MatchWord.misreadC("vcillerez") && MatchWord.misreadC("dcmande"))
        // Counter-examples: French c's, and a sentence with none of the markers.
        XCTAssertFalse(["publics", "acte", "second", "donc", "technique", "excepte", "accueil", "chef"].contains(where: MatchWord.misreadC))
        XCTAssertTrue(ObligationHarness.obligations("La décision n° 2010-613 DC du 7 octobre 2010 a validé la loi.").isEmpty)
    }

    /// A subject typed in capitals that the scan wrapped onto a second line of capitals.
    func testSubjectInCapitalsWrappedOntoASecondLine() {
        let head = "Paris, le 12 mai 2003\n\nLe ministre de l'intérieur\n\na\n\nMesdames et Messieurs les préfets\n\n"
        let body = "\n\nJe vous demande de veiller à l'application de ces dispositions."
        XCTAssertEqual(extract(head + "OBJET : MISE EN OEUVRE DE LA LOI N° 2003-239\nPOUR LA SECURITE INTERIEURE." + body).metadata.subject,
                       "MISE EN OEUVRE DE LA LOI N° 2003-239 POUR LA SECURITE INTERIEURE")
        // Counter-examples: the next field in capitals, and a subject in ordinary case.
        XCTAssertEqual(extract(head + "OBJET : CONTROLE DES ARMES\nNOR : INTD0300045C" + body).metadata.subject, "CONTROLE DES ARMES")
        XCTAssertEqual(extract(head + "Objet : Contrôle des armes.\nSOMMAIRE" + body).metadata.subject, "Contrôle des armes")
    }
}
