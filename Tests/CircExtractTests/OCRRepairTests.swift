import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// OCR repairs of the text layer (`OCRRepair`, `Segmenter.continuesWrappedLine`): the damaged
/// reading gives what the clean one gives, spans still quote the source, and the same shapes
/// written on purpose are left alone.
final class OCRRepairTests: XCTestCase, OCRRuleTesting {
    func testCapitalIReadForL() {
        XCTAssertEqual(norm("pilotage de Ia politique, Ies maires, Ie 15 janvier, I'encontre"),
                       "pilotage de la politique, les maires, le 15 janvier, l'encontre")
        // Where a sentence opens, the article's capital: the sentences stay apart.
        XCTAssertEqual(norm("à résidence. Ies procureurs veilleront.\n\nIa présente note, Paris, Ie 3 mars"),
                       "à résidence. Les procureurs veilleront.\n\nLa présente note, Paris, le 3 mars")
        // "Il", "IIe", "Ier", "IA" and a capital I before a capital are left as written.
        let kept = "Il vous appartient. IIe partie. Napoléon Ier a dit. IA Ie MINISTRE"
        XCTAssertEqual(norm(kept), kept)
    }

    func testLetterReadForDigitInNumber() {
        let d = extract("Vous appliquerez les articles L. 6l2-6 et L. 731-l du code de l'entrée et du séjour des étrangers et du droit d'asile, et la loi n° 2O24-42.\n")
        XCTAssertEqual(Set(d.references.map(\.id)), ["CESEDA:L612-6", "CESEDA:L731-1", "loi:2024-42"])
        // The span quotes the source as read.
        XCTAssertTrue(d.references.contains { $0.text.contains("6l2-6") })
        // Letters next to digits in a word are left alone: "10h30", "3ème", "A4l".
        XCTAssertEqual(norm("à 10h30 le 3ème A4l 1o"), "à 10h30 le 3ème A4l 1o")
    }

    func testNumeroSignMisread() {
        for sign in ["nO", "no", "n0", "n*", "n o", "n"] {
            let d = extract("Vous appliquerez le décret \(sign) 2011-1049 du 6 septembre 2011.\n")
            XCTAssertEqual(d.references.map(\.id), ["decret:2011-1049"], sign)
        }
        // A word ending in n or no before a number is no sign: "en 2010", "Bruno 12".
        XCTAssertEqual(norm("en 2010 Bruno 12"), "en 2010 Bruno 12")
    }

    /// "1 er mars 2021": the ordinal set apart from the day is joined to it before a month.
    func testSpacedOrdinalOfTheFirst() {
        XCTAssertEqual(norm("le 1 er mars 2021"), "le 1er mars 2021")
        XCTAssertEqual(extract("Vous appliquerez la circulaire du 1 er mars 2021.\n").references.map(\.id), ["circulaire:2021-03-01"])
        // Before no month, or after another digit, the space stays.
        let kept = "au 1 er alinéa, le 11 er mars, 1 erreur"
        XCTAssertEqual(norm(kept), kept)
    }

    func testSpacedYear() {
        let d = extract("Vous appliquerez la loi n° 20 11-672 du 16 juin 2011.\n")
        XCTAssertEqual(d.references.map(\.id), ["loi:2011-672"])
        // Thousands grouping, telephone numbers and counts are left alone.
        XCTAssertEqual(norm("Le 15 mars 20 1 8"), "Le 15 mars 2018")
        let kept = "2 014 habitants, 01 40 07 29, 12 20 14, 1 800 euros"
        XCTAssertEqual(norm(kept), kept)
    }

    /// A spaced year after a day and month is the date's year: the dateline and a deadline.
    func testSpacedYearOfADate() {
        let d = extract("Paris, le 15 mars 20 1 8\n\nVous me transmettrez le bilan avant le 30 avril 20 1 8 au plus tard.\n")
        XCTAssertEqual(d.metadata.date, "2018-03-15")
        XCTAssertEqual(d.deadlines.map(\.value), ["2018-04-30"])
        XCTAssertEqual(d.deadlines.first?.text, "avant le 30 avril 20 1 8")
        // A day and month then a count: no year.
        XCTAssertFalse(extract("Vous me transmettrez le bilan avant le 30 avril 20 1 8 9 dossiers.\n").deadlines.map(\.value).contains("2018-04-30"))
    }

    func testWrappedLinesOfAnOCRPage() {
        let page = """
        Objet : test.

        Vous devrez me transmettre un premier bilan dans un délai
        de trois mois.

        Je vous demande de veiller à l'application du décret du
        6 septembre 2011.
        """
        let d = extract(page + "\n")
        XCTAssertEqual(d.deadlines.map(\.value), ["P3M"])
        XCTAssertEqual(d.references.map(\.id), ["decret:2011-09-06"])
        // A letterhead's short lines stay lines of their own.
        let tt = TestLexicons.text.tokenize(text: "Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\n")
        XCTAssertEqual(tt.sentences.count, 3)
        // A line after a complete short line that starts a new capitalised line is not joined.
        let t2 = TestLexicons.text.tokenize(text: "Direction des libertés publiques\nBureau de la nationalité\n")
        XCTAssertEqual(t2.sentences.count, 2)
    }
}
