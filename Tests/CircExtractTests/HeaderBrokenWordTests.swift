import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests of the header round on OCR'd titles whose words broke: a word split in two on
/// its line ("Pref ets"), a word the margin cut at its line's end ("Préfet de Polic"). Each
/// rule has a counter-example where it could overreach.
final class HeaderBrokenWordTests: XCTestCase, HeaderRuleTesting {
    /// "Mesdames et Messieurs les Pref ets de departement": the two halves are one title word.
    func testATitleWordSplitInTwoOnItsLine() {
        let text = """
            Le ministre de l'intérieur
            à
            Mesdames et Messieurs les Pref ets de departement
            Monsieur le préfet de police

            Je vous demande de veiller à l'application de ces dispositions.
            """
        XCTAssertEqual(addressees(text), ["prefet-de-departement to", "prefet-de-police to"])
        // Counter-example: two words of prose that are no halves of a title word stay apart
        // ("sur veillance" is no header word): the block is unchanged by them.
        let prose = """
            Le ministre de l'intérieur
            à
            Mesdames et Messieurs les préfets de département

            Je vous demande de placer les sites sous une sur veillance renforcée.
            """
        XCTAssertEqual(addressees(prose), ["prefet-de-departement to"])
    }

    /// "Monsieur le Préfet de Polic" at its line's end: the margin cut "police".
    func testATitleWordCutAtItsLineEnd() {
        let text = """
            Le ministre de l'intérieur
            à
            Mesdames et Messieurs les préfets de département
            Monsieur le Préfet de Polic

            Je vous demande de veiller à l'application de ces dispositions.
            """
        XCTAssertEqual(addressees(text), ["prefet-de-departement to", "prefet-de-police to"])
        // Counter-example: a word that begins two vocabulary words ("direct": "directeur",
        // "direction"…) is no cut word; the line names no other role.
        let twoWords = """
            Le ministre de l'intérieur
            à
            Mesdames et Messieurs les préfets de département
            Monsieur le préfet, direct

            Je vous demande de veiller à l'application de ces dispositions.
            """
        XCTAssertEqual(addressees(twoWords), ["prefet-de-departement to"])
    }

    /// "l'année": a word of the language one letter from the block end "annexe" is no
    /// damaged "annexe", so a flattened header's subject does not end before it (`ocrNotDamaged`).
    func testAWordOfTheLanguageIsNoDamagedBlockEnd() {
        let text = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : calendrier de l'année scolaire. Je vous demande de veiller à l'application de ces dispositions."
        XCTAssertEqual(extract(text).metadata.subject, "calendrier de l'année scolaire")
        // Counter-example: "Annexc :", a damaged "Annexe" label, still ends the subject.
        let damaged = """
            Le ministre de l'intérieur à Mesdames et Messieurs les préfets
            Objet : sécurité des fêtes
            Annexc : liste des sites

            Je vous demande de veiller à l'application de ces dispositions.
            """
        XCTAssertEqual(extract(damaged).metadata.subject, "sécurité des fêtes")
    }
}
