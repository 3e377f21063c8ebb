import CircTestSupport
@testable import CircExtract
import Foundation
import XCTest

/// Rule tests of the signature-and-footer round, on letters written for them: a signature
/// with a lower-case particle followed by page furniture, the ministry's address footer set
/// between the two halves of a sentence at a page break, OCR's l for an I in the header's
/// capitals, a day glued to its month, a subject label letter-spaced in lower case. Each rule
/// has a counter-example where it could overreach.
final class SignatureFooterRoundTests: XCTestCase, HeaderRuleTesting {

    static let footer = "Place Beauvau – 75800 Paris Cedex 08 – Standard : 01 49 27 49 27 – www.interieur.gouv.fr"

    static func letter(date: String = "Paris, le 7 juin 2006", emitter: String = "Le ministre de l'intérieur",
                       subject: String = "Objet : accueil des étrangers.", body: String, close: String = "Le ministre de l'intérieur,\n\nCharles de GAULLE\n") -> String {
        "MINISTÈRE DE L'INTÉRIEUR\n\n\(date)\n\n\(emitter)\n\nà\n\nMesdames et Messieurs les préfets\n\n\(subject)\n\n\(body)\n\n\(close)"
    }

    /// "…soient⏎⏎1/3⏎Place Beauvau – … – Standard : 01 49 27 49 27 – www…⏎⏎formés…": the
    /// page number and the address footer between a sentence's halves are blanked, so the
    /// duty reads whole.
    func testAddressFooterBetweenSentenceHalvesIsJoinedOver() {
        let body = "Je vous demande de veiller à ce que les agents chargés de l'accueil soient\n\n1/3\n\(Self.footer)\n\nformés aux nouvelles procédures avant la fin de l'année."
        let doc = extract(Self.letter(body: body))
        // (The text quotes the source, footer included; the sentence is one again.)
        XCTAssertTrue(doc.obligations.contains { $0.text.hasPrefix("Je vous demande") && $0.text.contains("formés aux nouvelles procédures") }, "\(doc.obligations.map(\.text))")
        XCTAssertTrue(doc.deadlines.contains { $0.value == "2006-12-31" }, "\(doc.deadlines)")
        // Counter-example: after a sentence's end the footer is left to the segmenter.
        let own = extract(Self.letter(body: "Je vous demande de recenser les aires d'accueil.\n\n\(Self.footer)\n\nformés aux nouvelles procédures avant la fin de l'année."))
        XCTAssertFalse(own.obligations.contains { $0.text.contains("formés aux nouvelles") && $0.text.contains("recenser") }, "\(own.obligations.map(\.text))")
    }

    /// "Charles de GAULLE" then "Page 3 sur 3", flattened "… François BAROIN Page 2 sur 2":
    /// the page's number is no part of the name.
    func testSignatureWithParticleBeforePageFurniture() {
        XCTAssertEqual(extract(Self.letter(body: "Vous veillerez à informer les maires.", close: "Le ministre de l'intérieur,\n\nDominique de VILLEPIN\n\nPage 3 sur 3\n")).metadata.signatory, "Dominique de Villepin")
        let flat = "MINISTÈRE DE L'INTÉRIEUR Paris, le 5 avril 2007 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : fichiers. Vous veillerez à ce que la consultation soit tracée. Le ministre de l'intérieur, François BAROIN Page 2 sur 2\n"
        XCTAssertEqual(extract(flat).metadata.signatory, "François Baroin")
        // Counter-example: "page" inside a sentence before a number is not furniture.
        XCTAssertEqual(MetadataExtractor.withoutPageNumber(["voir", "la", "page", "2", "du", "guide"]), ["voir", "la", "page", "2", "du", "guide"])
    }

    /// "Paris, le 12 MAl 2003", "Paris, le 21 JUlL. 1999": OCR's l for an I in the dateline's
    /// month in capitals; "LE MINISTRE DE L'INTERlEUR": in the emitter's capitals.
    func testOCRLowercaseLForCapitalI() {
        XCTAssertEqual(extract(Self.letter(date: "Paris, le 12 MAl 2003", body: "Vous veillerez à informer les maires.")).metadata.date, "2003-05-12")
        XCTAssertEqual(extract(Self.letter(date: "Paris, le 21 JUlL. 1999", body: "Vous veillerez à informer les maires.")).metadata.date, "1999-07-21")
        XCTAssertEqual(extract(Self.letter(emitter: "LE MINISTRE DE L'INTERlEUR", body: "Vous veillerez à informer les maires.")).metadata.emitter, "ministre-de-l-interieur")
        // Counter-example: an l in a word in ordinary case stays an l.
        XCTAssertEqual(HeaderScanner.ocrCapitalI(Array("Paris"), 3), "i")
        XCTAssertEqual(HeaderScanner.ocrCapitalI(Array("Mal"), 2), "l")
    }

    /// "Paris, le 12juin 2003": the day glued to its month; "1er juin" keeps its ordinal.
    func testDayGluedToMonth() {
        XCTAssertEqual(extract(Self.letter(date: "Paris, le 12juin 2003", body: "Vous veillerez à informer les maires.")).metadata.date, "2003-06-12")
        XCTAssertEqual(HeaderScanner.ocrDayApart(Array("1er juin 2003")), Array("1er juin 2003"))
    }

    /// "O b j e t : …": the label letter-spaced in lower case reads as "Objet :".
    func testLetterSpacedLowerCaseLabel() {
        let doc = extract(Self.letter(subject: "O b j e t : fermeture des débits de boissons.", body: "Vous veillerez à informer les maires."))
        XCTAssertEqual(doc.metadata.subject, "fermeture des débits de boissons")
        // Counter-example: single words in a row without a colon are left alone.
        let own = extract(Self.letter(body: "Il y a à faire : vous veillerez à informer les maires."))
        XCTAssertTrue(own.obligations.contains { $0.text.contains("Il y a à faire") }, "\(own.obligations.map(\.text))")
    }
}
