import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for the document's date, on texts written for them: never the date of a text
/// it cites, however the citation was damaged.
final class DocumentDateTests: XCTestCase {
    func date(_ text: String) -> String? {
        TestLexicons.pipeline.extract(SourceDocument(path: "lettre.txt", text: text, format: .text)).metadata.date
    }

    func testANumberedTextsDateIsNotTheDocuments() {
        // The kind word damaged by OCR ("dcret"), its number still there.
        XCTAssertNil(date("Résumé : instruction générale sur la carte nationale d'identité instituée par le dcret n 55-1397 du 22 octobre 1955 modifié.\n\nVous veillerez à la bonne application de ces règles."))
        // A kind word one letter off ("cireulaire").
        XCTAssertNil(date("La présente note fait suite à la cireulaire du 2 mars 2011 du Premier ministre.\n\nVous veillerez à la bonne application de ces règles."))
    }

    func testTheDocumentsOwnDateLine() {
        XCTAssertEqual(date("Paris, le 3 mars 2011\n\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets\n\nVous veillerez à la bonne application de la loi n° 2010-1192 du 11 octobre 2010."), "2011-03-03")
    }
}
