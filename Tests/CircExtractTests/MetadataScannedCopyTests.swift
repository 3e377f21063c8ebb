import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of the metadata of scanned, retyped and web-copied circulars, on letters written
/// for them: a minister named after titles of rank ("ministre d'État, garde des sceaux"), the
/// old style's "Ministre Secrétaire d'État au département de", a year OCR read with a mark, a
/// field's other date, a NOR only in the page's link, co-signers' wrapped titles, the
/// dateline's place, a dateline in words. Each rule has a counter-example.
final class MetadataScannedCopyTests: XCTestCase, HeaderRuleTesting {
    static func letter(head: String, dateline: String = "Paris, le 18 février 2010", body: String = "Je vous demande de veiller à l'application de ces instructions.", close: String = "Jean DUPONT") -> String {
        "MINISTÈRE\nDirection des affaires juridiques\n\(dateline)\n\(head)\nà\nMesdames et Messieurs les préfets\nObjet : Application des nouvelles dispositions.\n\(body)\n\(close)\n"
    }

    /// "La ministre d'État, garde des sceaux, ministre de la justice": the portfolio after two
    /// titles without one names the emitter.
    func testTheMinisterAfterTitlesOfRankEmits() {
        let m = extract(Self.letter(head: "La ministre d'État, garde des sceaux, ministre de la justice et des libertés")).metadata
        XCTAssertEqual(m.emitter, "ministre-de-la-justice")
        // Counter-example: a préfet's second office is not a minister's portfolio.
        let p = extract(Self.letter(head: "Le préfet de la région Bretagne, préfet d'Ille-et-Vilaine")).metadata
        XCTAssertEqual(p.emitter, "prefet-de-la-region-bretagne")
    }

    /// "Le Ministre Secrétaire d'État au département de l'Intérieur": the old rank between the
    /// head and the portfolio is left out of the emitter.
    func testTheOldSecretaryOfStateRankNamesTheMinistry() {
        let text = "CIRCULAIRE N° 27.\nParis, le 3 octobre 1888.\nLE MINISTRE SECRÉTAIRE D'ÉTAT AU DÉPARTEMENT DE L'INTÉRIEUR,\nà MM. les Préfets.\nMonsieur le Préfet, je vous prie de donner les instructions nécessaires aux maires.\nFLOQUET.\n"
        XCTAssertEqual(extract(text).metadata.emitter, "ministre-de-l-interieur")
        // Counter-example: a secretary of state is his own office, not the minister's.
        let sec = extract(Self.letter(head: "Le secrétaire d'État auprès du ministre de l'intérieur")).metadata
        XCTAssertNotEqual(sec.emitter, "ministre-de-l-interieur")
    }

    /// "Paris, le 12 JAN. 201'i": the year's last 1 read as a letter with a mark before it.
    func testAYearReadWithAMarkIsRepaired() {
        XCTAssertEqual(extract(Self.letter(head: "Le ministre de l'intérieur", dateline: "Paris, le 12 JAN. 201'i")).metadata.date, "2011-01-12")
        // Counter-example: a year in digits reads as it is.
        XCTAssertEqual(extract(Self.letter(head: "Le ministre de l'intérieur", dateline: "Paris, le 12 JAN. 2012")).metadata.date, "2012-01-12")
    }

    /// "Date d'application : 1er novembre 2016" under a blank "Paris, le": the date the text
    /// applies from is not its own.
    func testADateOfApplicationDoesNotDateTheText() {
        let blank = Self.letter(head: "Le ministre de l'intérieur", dateline: "Paris, le", body: "Date d'application : 1er novembre 2016\nVous veillerez à l'application de ces dispositions.")
        let m = extract(blank).metadata
        XCTAssertNil(m.date)
        XCTAssertEqual(m.place, "Paris")
        // Counter-example: a date of signature does.
        let signed = Self.letter(head: "Le ministre de l'intérieur", dateline: "Paris, le", body: "Date de signature : 4 oct. 2018\nVous veillerez à l'application de ces dispositions.")
        XCTAssertEqual(extract(signed).metadata.date, "2018-10-04")
    }

    /// A NOR only in the link to the page's own file.
    func testANorInTheLinkOfACircular() {
        let page = "Accueil > Textes\nLien : https://www.interieur.gouv.fr/content/download/12345/INTK1233053C.pdf\nCirculaire du 26 août 2012 relative à l'anticipation des opérations d'évacuation\nLe ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\nJe vous demande de mettre en œuvre ces orientations.\nManuel VALLS\n"
        XCTAssertEqual(extract(page).metadata.nor, "INTK1233053C")
        // Counter-example: a press item's link is to the text it reports.
        let press = "Le Monde\nPar Jean Martin\nPublié le 27/08/2012\nLien : https://www.interieur.gouv.fr/content/download/12345/INTK1233053C.pdf\nLe ministre de l'intérieur, Manuel Valls, a demandé aux préfets d'anticiper les évacuations de campements.\n"
        XCTAssertNil(extract(press).metadata.nor)
    }

    /// Co-signers whose titles wrap onto a second line: the first-named signs.
    func testTheFirstCoSignerUnderWrappedTitles() {
        let close = "Le ministre des affaires étrangères\net européennes\nBernard KOUCHNER\nLe ministre de l'intérieur, de l'outre-mer\net des collectivités territoriales\nBrice HORTEFEUX"
        let m = extract(Self.letter(head: "Le ministre des affaires étrangères et européennes\nLe ministre de l'intérieur", close: close)).metadata
        XCTAssertEqual(m.signatory?.lowercased(), "bernard kouchner")
        // Counter-example: one minister with a wrapped title signs alone.
        let one = extract(Self.letter(head: "Le ministre de l'intérieur", close: "Le ministre de l'intérieur, de l'outre-mer\net des collectivités territoriales\nBrice HORTEFEUX")).metadata
        XCTAssertEqual(one.signatory?.lowercased(), "brice hortefeux")
    }

    /// The dateline's place with OCR's spaced day, and on a flattened copy.
    func testTheDatelinePlace() {
        XCTAssertEqual(extract(Self.letter(head: "Le ministre de l'intérieur", dateline: "Paris, le 3 1 MARS 2011")).metadata.place, "Paris")
        XCTAssertEqual(extract(Self.letter(head: "Le ministre de l'intérieur", dateline: "Paris, le I 1 MARS 2010")).metadata.place, "Paris")
        let flat = "MINISTÈRE DE L'INTÉRIEUR Paris, le 1 4 DEC. 2009 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : opérations funéraires. Je vous demande de diffuser la présente circulaire. Brice HORTEFEUX\n"
        XCTAssertEqual(extract(flat).metadata.place, "Paris")
        // Counter-example: prose dated after a comma names no place.
        let prose = "Ainsi, le 3 mars 2011, le préfet a réuni les maires.\nIl leur a demandé de signaler tout incident.\n"
        XCTAssertNil(extract(prose).metadata.place)
    }

    /// "Paris, le vingt-neuf décembre mil huit cent treize": a dateline in words.
    func testADatelineInWords() {
        let text = "CIRCULAIRE.\nLe Ministre de l'Intérieur, à MM. les Préfets.\nParis, le vingt-neuf décembre mil huit cent treize.\nMonsieur le Préfet, vous voudrez bien m'en rendre compte.\nMONTALIVET.\n"
        XCTAssertEqual(extract(text).metadata.date, "1813-12-29")
        let first = text.replacingOccurrences(of: "vingt-neuf décembre mil huit cent treize", with: "premier mars mil huit cent trente et un")
        XCTAssertEqual(extract(first).metadata.date, "1831-03-01")
        // Counter-example: a day and month in words without a year date nothing.
        let noYear = text.replacingOccurrences(of: "vingt-neuf décembre mil huit cent treize", with: "vingt-neuf décembre")
        XCTAssertNil(extract(noYear).metadata.date)
    }

}
