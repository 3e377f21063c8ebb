import CircTestSupport
import CircExtract
import CircReader
import CircText
import XCTest

/// OCR damage of scanned letters and arrêtés, third round: runs of letters read for digits
/// in an article or text number, a day's last digit read as l, the day of a dateline set
/// apart with an O for its zero, a header word broken after its accented capital. Each rule
/// with the same shapes written on purpose, left alone.
final class OCRThirdRoundTests: XCTestCase, OCRRuleTesting {
    /// "L. 5ll-1", "L. 5Il-l", "R. 6lO-5", "n° 2O2O-548": two or three confusable letters in a
    /// row, or an O before the number's hyphen.
    func testRunOfLettersReadForDigits() {
        let d = extract("Vous appliquerez les articles L. 5ll-1 et L. 5Il-l du code de l'entrée et du séjour des étrangers et du droit d'asile, l'article R. 6lO-5 du code pénal et le décret n° 2O2O-548 du 11 mai 2020.\n")
        XCTAssertEqual(Set(d.references.map(\.id)), ["CESEDA:L511-1", "CP:R610-5", "decret:2020-548"])
        // The spans quote the source as read.
        XCTAssertTrue(d.references.contains { $0.text.contains("5ll-1") })
        XCTAssertTrue(d.references.contains { $0.text.contains("6lO-5") })
    }

    /// Letters after a number that no digit run continues are left as written: a count and
    /// its unit, a Roman part, an ordinal, a reference code in capitals.
    func testLettersAfterANumberKept() {
        let kept = "3 ll. 2IO salles, classe 4II, 1o et 2o, lot 12OL, A3 IO-2, 19OO habitants, 5ll mots"
        XCTAssertEqual(norm(kept), kept)
    }

    /// "avant le 3l mars 2018": the day's 1 read as an l before a month.
    func testDayReadWithL() {
        let d = extract("Vous me rendrez compte des mesures prises avant le 3l mars 2018.\n")
        XCTAssertEqual(d.deadlines.map(\.value), ["2018-03-31"])
        XCTAssertEqual(d.deadlines.first?.text, "avant le 3l mars 2018")
        XCTAssertEqual(norm("le 2I janvier 2019"), "le 21 janvier 2019")
        // No month after it, or a day that cannot be: left alone ("3l" of a litre, "4l").
        XCTAssertEqual(norm("3l de lait, le 4l mars, 2l ou 3l"), "3l de lait, le 4l mars, 2l ou 3l")
    }

    /// "Paris, le 2 O novembre 1995": the day's digits set apart and its zero read as O.
    func testDatelineDaySplitWithO() {
        XCTAssertEqual(extract("MINISTÈRE DE LA JUSTICE\n\nParis, le 2 O novembre 1995\n\nLe garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les procureurs de la République\n").metadata.date, "1995-11-20")
        XCTAssertEqual(extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 3 O mars 2O15\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n").metadata.date, "2015-03-30")
        // A day of one digit stays the day: "le 5 O" is no 50th.
        XCTAssertEqual(extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 1 2 MARS 1987\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n").metadata.date, "1987-03-12")
    }

    /// "LE MINISTRE DE L'INTÉ RIEUR": the emitter's word broken after its accented capital.
    func testEmitterWordBrokenAfterAccent() {
        let d = extract("RÉPUBLIQUE FRANÇAISE\n\nParis, le 12 mars 1987\n\n          LE MINISTRE DE L'INTÉ RIEUR\n\n          à\n\n          Mesdames et Messieurs les Préfets\n\nOBJET : Contrôle des titres de séjour.\n")
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur")
        // Two words each whole are not joined: the préfet of a place, "SANTÉ PUBLIQUE".
        let p = extract("Paris, le 12 mars 1987\n\n          LE MINISTRE DE LA SANTÉ PUBLIQUE\n\n          à\n\n          Mesdames et Messieurs les Préfets\n\nOBJET : Contrôle sanitaire.\n")
        XCTAssertEqual(p.metadata.emitter, "ministre-de-la-sante-publique")
    }

    /// "décision n" 20 I 0-613 DC": a year's digits set apart, one of them read as a letter.
    func testSpacedYearWithALetterForADigit() {
        let d = extract("Le Conseil constitutionnel a jugé, dans sa décision n\" 20 I 0-613 DC du 7 octobre 2010, que la loi est conforme.\n")
        XCTAssertEqual(d.references.map(\.id), ["cc:2010-613-DC"])
        XCTAssertEqual(norm("le 15 mars 20 l 8"), "le 15 mars 2018")
        // Not a year, or a part and paragraph of an article: left alone.
        let kept = "article 18 I 2°, classes 20 I et II, 3 I 4 heures, 20 I, 19 O K"
        XCTAssertEqual(norm(kept), kept)
    }

    /// "d'ici la ﬁn du mois de mars": a PDF's ligature (U+FB01) is its two letters to every
    /// lexicon, while the span quotes it as read.
    func testTypographicLigatures() {
        let text = "Note du 3 février 2020.\n\nVous me transmettrez le bilan d’ici la ﬁn du mois de mars.\n\nVous me rendrez compte avant la ﬁn de l’année.\n"
        let d = extract(text)
        XCTAssertEqual(d.deadlines.map(\.value), ["2020-03-31", "2020-12-31"])
        XCTAssertTrue(d.deadlines.contains { $0.text.contains("ﬁn") })
        XCTAssertEqual(Fold.key("aﬄuer ﬂux ﬀ"), Fold.key("affluer flux ff"))
        // Other letters stay themselves: "ﬁn" is not "fn" or "fin" of another scalar.
        XCTAssertNotEqual(Fold.key("ﬁn"), Fold.key("fn"))
    }

    /// "NOR : lNTK1726543J", "NOR : I0CB0915243C": among the NOR's capitals, a lowercase l
    /// or a 1 is OCR's I, a 0 its O.
    func testNORLettersMisread() {
        func nor(_ line: String) -> String? {
            extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 4 octobre 2017\n\(line)\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : Éloignement.\n").metadata.nor
        }
        XCTAssertEqual(nor("NOR : lNTK1726543J"), "INTK1726543J")
        XCTAssertEqual(nor("NOR : I0CB0915243C"), "IOCB0915243C")
        XCTAssertEqual(nor("NOR : 1NT K 17 26543 J"), "INTK1726543J")
        // A capital L stays an L ("LOGL…"), and the digits stay digits.
        XCTAssertEqual(nor("NOR : LOGL1726543J"), "LOGL1726543J")
    }
}
