import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// The text layer's repairs of an elision's apostrophe read as a space and of an é read as
/// "6" or "e'" (`OCRElision.swift`): the damaged reading gives the clean one's tokens and
/// extraction, spans still quote the source, and the same shapes written on purpose (list
/// letters, units, ordinals, a closing quote) are left alone.
final class OCRElisionTests: XCTestCase, OCRRuleTesting {
    func testLostApostropheOfAnElision() {
        XCTAssertEqual(norm("L article prévoit qu il est nécessaire d examiner s il y a lieu. J ai l honneur. Il n est pas tenu jusqu au 1er mars. Lorsqu un étranger s adresse au guichet, c est le préfet."),
                       "L'article prévoit qu'il est nécessaire d'examiner s'il y a lieu. J'ai l'honneur. Il n'est pas tenu jusqu'au 1er mars. Lorsqu'un étranger s'adresse au guichet, c'est le préfet.")
        // Between words in capitals: a letterhead.
        XCTAssertEqual(norm("MINISTERE DE L INTERIEUR\nDEMANDEURS D ASILE"), "MINISTERE DE L'INTERIEUR\nDEMANDEURS D'ASILE")
        // A pronoun before a verb of one letter: "n y a", "m a", "qu à".
        XCTAssertEqual(norm("il n y a pas, il m a dit qu à défaut"), "il n'y a pas, il m'a dit qu'à défaut")
    }

    func testListLettersUnitsAndInitialsAreNoElision() {
        let kept = "l'article 3 d et e, au point d ci-dessus, le permis D est exigé, les cas a, b, c et d ainsi que l annexe l. M Alain Dupont. D Accueil des demandeurs. 10 m au-delà, 3 s après. a, b, c, d ou e. la lettre c en annexe"
        let expected = kept.replacingOccurrences(of: "l annexe", with: "l'annexe")
        XCTAssertEqual(norm(kept), expected)
    }

    func testLostApostropheReachesTheExtraction() {
        let d = extract("Vous veillerez à l application de l article L. 313-11 du code de l entrée et du séjour des étrangers et du droit d asile dans un délai d un mois.\n")
        XCTAssertEqual(d.references.map(\.id), ["CESEDA:L313-11"])
        XCTAssertEqual(d.deadlines.map(\.value), ["P1M"])
        // The span quotes the source as read.
        XCTAssertTrue(d.deadlines.first?.text.contains("d un mois") ?? false)
    }

    func testSixReadForEAcute() {
        XCTAssertEqual(norm("Le d6lai s'applique aux soci6t6s. Le pr6fet a arr6t6 la liste, il a 6t6 pr6vu que l'6tablissement"),
                       "Le délai s'applique aux sociétés. Le préfet a arrété la liste, il a été prévu que l'établissement")
        // A number's 6: years, ordinals, units, articles and glued words.
        let kept = "En 2016, le 6e alinéa, 6 mois, L6, 6eme, 6ans, 6h30, A6l, R. 611-6, //img.example/pth/b02c6e18135e"
        XCTAssertEqual(norm(kept), kept)
    }

    func testApostropheReadForAnAccent() {
        XCTAssertEqual(norm("Le de'lai court. Le proble'me du ministe're. L'E'tat et le pre'fet."),
                       "Le délai court. Le problème du ministère. L'État et le préfet.")
        // Elisions, "aujourd'hui", a name and a closing quote after an e are left alone.
        let kept = "aujourd'hui, l'article, qu'il, O'Neil, la 'procédure' suivie"
        XCTAssertEqual(norm(kept), kept)
    }
}

/// An l read as 1 inside a word, and a 1 read as l or I where a number opens, ends or meets
/// its hyphen (`OCRRepair.number`, `oneForL`).
final class OCRDigitLetterTests: XCTestCase, OCRRuleTesting {
    func testOneAndLInNumbers() {
        XCTAssertEqual(norm("articles 4l-1 et 138, décret n° 55-l397 du 22 octobre l955, loi n° 99-29l du l5 mars, 495-l6, L. 73l-l"),
                       "articles 41-1 et 138, décret n° 55-1397 du 22 octobre 1955, loi n° 99-291 du 15 mars, 495-16, L. 731-1")
        // A count before a word, litres, words that hold digits: left as written ("le 4l
        // mars" is no day; "le 3l mars" is the 31st: `Tokenizer.dayReadWithL`).
        // … nor the part I of an article written between hyphens.
        let kept = "le 4l mars, 5l d'eau, Il y a, l'article 12, A4l, les T1 et T2, L. 511-1-I-3°"
        XCTAssertEqual(norm(kept), kept)
        // A word OCR wrote with a zero for its o ("l0i") is no number: the zero is its o
        // (`zeroForO`).
        XCTAssertEqual(norm("la l0i, l0rs"), "la loi, lors")
    }

    func testCapitalIReadForLInsideAWord() {
        XCTAssertEqual(norm("l'article 40 du code pénaIe, dans un déIai de trois jours, articIes"),
                       "l'article 40 du code pénale, dans un délai de trois jours, articles")
        // A capital I that opens a word or stands among capitals is left as written.
        let kept = "Il est rappelé que les OQTF, la DGEF et l'INTÉRIEUR, le I de l'article"
        XCTAssertEqual(norm(kept), kept)
    }

    func testOneReadForLInAWord() {
        XCTAssertEqual(norm("les artic1es, le 15 avri1, il a été dé1ivré"), "les articles, le 15 avril, il a été délivré")
        let kept = "le 1er mars, 1o, A1, L1, 10h30, niveau 1a"
        XCTAssertEqual(norm(kept), kept)
        // After a consonant, a 1 ending the word is a PDF's footnote call, no l.
        let calls = "admis au séjour1. un niveau préoccupant1, le nationa1"
        XCTAssertEqual(norm(calls), "admis au séjour1. un niveau préoccupant1, le national")
    }
}
