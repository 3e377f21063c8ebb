import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of a letter's sender side, on letters written for them: a dateline closed by a
/// full stop or with a damaged year gives its place; a surname alone closing the letter under
/// its closing formula signs it; an officer's rank before the office of the "X à Y" line, and a
/// préfecture's letterhead above the préfet's sender line, yield to the office the line names.
/// Each rule has a counter-example.
final class MetadataSenderLineTests: XCTestCase, HeaderRuleTesting {
    static func letter(letterhead: String = "MINISTÈRE DE L'INTÉRIEUR", dateline: String = "Paris, le 18 février 2010", head: String = "Le ministre de l'intérieur", close: String = "Jean DUPONT") -> String {
        "\(letterhead)\n\(dateline)\n\(head)\nà\nMesdames et Messieurs les préfets\nObjet : Application des nouvelles dispositions.\nJe vous demande de veiller à l'application de ces instructions.\nRecevez, Monsieur le Préfet, l'assurance de ma considération distinguée.\n\(close)\n"
    }

    /// "Strasbourg, le 14 mars 1921.", "Lyon, le 8 SEPT. 201'l": the full stop closing the
    /// dateline's line keeps it a dateline.
    func testADatelineClosedByAFullStopGivesItsPlace() {
        XCTAssertEqual(extract(Self.letter(dateline: "Strasbourg, le 14 mars 1921.")).metadata.place, "Strasbourg")
        XCTAssertEqual(extract(Self.letter(dateline: "Lyon, le 8 SEPT. 201'l")).metadata.place, "Lyon")
        // Counter-example: prose goes on after the date's full stop on its line.
        let prose = "MINISTÈRE DE L'INTÉRIEUR\nAinsi, le 3 mars 2011. Les préfets ont été réunis à cette date pour examiner la situation.\n"
        XCTAssertNil(extract(prose).metadata.place)
    }

    /// "… ma considération distinguée. / FLOQUET.": the surname alone, with its full stop,
    /// as the last line under the closing formula signs the letter.
    func testASurnameAloneUnderTheClosingFormulaSigns() {
        XCTAssertEqual(extract(Self.letter(close: "FLOQUET.")).metadata.signatory, "Floquet")
        // Counter-example: a word in capitals without the full stop is no such name.
        XCTAssertNil(extract(Self.letter(close: "CONFIDENTIEL")).metadata.signatory)
        // (A text that is only a surname and its full stop has no closing line to read.)
        XCTAssertNil(extract("FLOQUET.").metadata.signatory)
    }

    /// "Le général d'armée, directeur général de la gendarmerie nationale à …" under the
    /// letterhead of the Ministère des armées: the office after the rank emits.
    func testTheOfficeAfterAnOfficersRankEmits() {
        let text = Self.letter(letterhead: "MINISTÈRE DES ARMÉES\nDirection générale de la gendarmerie nationale", head: "Le général d'armée, directeur général de la gendarmerie nationale")
        XCTAssertEqual(extract(text).metadata.emitter, "directeur-general-de-la-gendarmerie-nationale")
        // Counter-example: a rank with no office after it names no emitter of its own.
        let rank = Self.letter(letterhead: "MINISTÈRE DES ARMÉES", head: "Le général de brigade Paul MARTIN")
        XCTAssertNotEqual(extract(rank).metadata.emitter, "general-de-brigade-paul-martin")
    }

    /// "PRÉFECTURE DE LA RÉGION RHÔNE-ALPES … Le préfet du Rhône à …": the sender line, not
    /// the letterhead, names the emitter.
    func testThePrefetsSenderLineOutranksThePrefectureLetterhead() {
        let text = Self.letter(letterhead: "PRÉFECTURE DE LA RÉGION RHÔNE-ALPES", dateline: "Lyon, le 8 septembre 2011", head: "Le préfet du Rhône")
        XCTAssertEqual(extract(text).metadata.emitter, "prefet-du-rhone")
        // Counter-example: with no sender line, the préfecture's letterhead still emits.
        let bare = "PRÉFECTURE DU CALVADOS\nCaen, le 12 mars 1881.\nà MM. les maires du département\nJe vous prie de veiller à l'exécution de ces mesures.\n"
        XCTAssertEqual(extract(bare).metadata.emitter, "prefet-du-calvados")
    }
}
