import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for citation phrases of the seventh round: a court's chamber written as an
/// acronym of the same court, court abbreviations of doctrine, a pourvoi right after the
/// date, a law's lower-case title before its number, a text dated without "du", an EU act's
/// two-word name, a possessive opening the sentence after a code, a constitutional decision
/// whose number ends the text.
final class ReferenceChamberAndLawTitleTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2024-03-01"

    /// "Cass., Ass. plén., …": the chamber after the comma is the court's formation; the
    /// docket after the date still names the ruling.
    func testChamberWrittenAsAcronymOfTheSameCourt() {
        XCTAssertEqual(ids("Cass., Ass. plén., 15 avril 2011, n° 10-17.049"), ["juris:Cass:10-17.049"])
        XCTAssertEqual(ids("Cass., Crim., 17 mars 2021, n° 20-86.318"), ["juris:Cass:20-86.318"])
        XCTAssertEqual(ids("Cass., Crim., 17 mars 2021"), ["juris:Cass:2021-03-17"])
        // Two rulings of one court in a row stay two.
        XCTAssertEqual(ids("CE, 12 juin 2020, n° 428478 ; CE, 3 mars 2021, n° 440123"), ["juris:CE:428478", "juris:CE:440123"])
    }

    /// Doctrine's abbreviations of the courts (courts.json).
    func testCourtAbbreviationsOfDoctrine() {
        XCTAssertEqual(ids("Ch. crim., 17 mars 2021, n° 20-86.318"), ["juris:Cass:20-86.318"])
        XCTAssertEqual(ids("C. cass., crim., 17 mars 2021, n° 20-86.318"), ["juris:Cass:20-86.318"])
        XCTAssertEqual(ids("Cons. d'Ét., 10 juin 2020, n° 440123"), ["juris:CE:440123"])
        XCTAssertEqual(ids("Cour eur. D.H., 28 févr. 2008, Saadi c. Italie, n° 37201/06"), ["juris:CEDH:37201/06"])
        XCTAssertEqual(ids("CA Rennes, 3e ch. corr., 9 mars 2023"), ["juris:CA-Rennes:2023-03-09"])
        // A lower-case "cass." without a date or docket names nothing.
        XCTAssertEqual(ids("La cass. a jugé le contraire."), [])
    }

    /// "Crim. 4 mai 2023 22-85.123": a pourvoi's dotted shape right after the date is the
    /// docket, comma or not; another number there is not.
    func testPourvoiRightAfterTheDate() {
        XCTAssertEqual(ids("Crim. 4 mai 2023 22-85.123 : la chambre rejette."), ["juris:Cass:22-85.123"])
        XCTAssertEqual(ids("Cass. crim. 4 mai 2023 22-85.123."), ["juris:Cass:22-85.123"])
        XCTAssertEqual(ids("Crim. 4 mai 2023 12 personnes ont été entendues."), ["juris:Cass:2023-05-04"])
    }

    /// "la loi de finances pour 2024 n° 2023-1322": a law's kind after "de" opens a title in
    /// lower case, which its number may follow; a law merely described does not reach it.
    func testLowerCaseTitleOfALawBeforeItsNumber() {
        XCTAssertEqual(ids("la loi de finances pour 2024 n° 2023-1322 du 29 décembre 2023"), ["loi:2023-1322"])
        XCTAssertEqual(ids("la loi de programmation militaire n° 2023-703 du 1er août 2023"), ["loi:2023-703"])
        XCTAssertEqual(ids("la loi de la République prévoit pour les étrangers un titre n° 2023-22"), [])
    }

    /// "loi 1er juillet 1901": a numbered kind dated at once by a full date; a date without
    /// its year dates nothing.
    func testNumberedKindDatedWithoutDu() {
        XCTAssertEqual(ids("loi 1er juillet 1901 relative au contrat d'association"), ["loi:1901-07-01"])
        XCTAssertEqual(ids("le décret 16 décembre 2020 est modifié"), ["decret:2020-12-16"])
        XCTAssertEqual(ids("La loi 3 fois votée est promulguée."), [])
    }

    /// "le règlement d'exécution (UE) 2019/1234": the preposition of an EU act's two-word
    /// name; a plain name without the Union's mark is still another kind of règlement.
    func testEUActNamedWithAPreposition() {
        XCTAssertEqual(ids("le règlement d'exécution (UE) 2019/1234 de la Commission"), ["ue-reglement:1234/2019"])
        XCTAssertEqual(ids("le règlement de copropriété n° 2021/12"), [])
    }

    /// "Le CESEDA prévoit … Son article L. 611-1 …": a possessive opening the next sentence
    /// stands for the code named just before; not past another text, nor another paragraph.
    func testPossessiveOpeningTheNextSentence() {
        XCTAssertEqual(ids("Le CESEDA prévoit cette mesure. Son article L. 611-1 en fixe les cas."), ["CESEDA:L611-1"])
        XCTAssertEqual(ids("Le code pénal réprime ce délit. Son article 222-33 en fixe la peine."), ["CP:222-33"])
        XCTAssertEqual(ids("Le CESEDA prévoit cette mesure.\n\nSon article L. 611-1 en fixe les cas."), [])
    }

    /// "la QPC n° 2023-1045": the type before the number, even where the number ends the text.
    func testConstitutionalTypeFirstAtTheEnd() {
        XCTAssertEqual(ids("la QPC n° 2023-1045"), ["cc:2023-1045-QPC"])
        XCTAssertEqual(ids("la pièce n° 2023-1045"), [])
    }
}
