import CircTestSupport
import CircExtract
import XCTest

/// Rule tests, citation phrases round 10: a kind word used as a common noun ("l'instruction
/// civique", "la mauvaise note"); compound kind words ("lettre-circulaire",
/// "circulaire-cadre"); a circular's series number without "n°" ("Circ. Crim. 2023-05/G3");
/// a NOR in brackets or before a date set off by a comma; the author's title in apposition;
/// Légifrance's "- art. 53" after an amending law; "et les suivants"; a dotted "D.C."; a text
/// announced in the future; the CRPA's and CASF's doctrinal short forms.
final class ReferenceCommonSenseAndSeriesTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-10-28" }

    func testKindWordAsACommonNounNamesNoText() {
        XCTAssertEqual(ids("l'instruction civique du 2 septembre 2023"), [])
        XCTAssertEqual(ids("l'instruction militaire du 12 mai 2021"), [])
        XCTAssertEqual(ids("la note obtenue à l'examen du 3 juillet 2023"), [])
        XCTAssertEqual(ids("la mauvaise note du 3 juin 2023"), [])
        XCTAssertEqual(ids("la note de musique du 3 mai 2021"), [])
        XCTAssertEqual(ids("le protocole de soins du 8 novembre 2022"), [])
        // Counter-examples: the texts, qualified or not, and a text named after the idiom.
        XCTAssertEqual(ids("l'instruction ministérielle du 10 décembre 2009"), ["instruction:2009-12-10"])
        XCTAssertEqual(ids("la note du 12 mars 2020"), ["note:2020-03-12"])
        XCTAssertEqual(ids("Je prends bonne note de la circulaire du 5 juin 2023."), ["circulaire:2023-06-05"])
    }

    func testCompoundKindWords() {
        XCTAssertEqual(ids("la lettre-circulaire du 3 février 2022"), ["circulaire:2022-02-03"])
        XCTAssertEqual(ids("la lettre-circulaire n° 2021-17 du 9 juillet 2021"), ["circulaire:2021-07-09"])
        XCTAssertEqual(ids("la note-circulaire du 12 octobre 2021"), ["circulaire:2021-10-12"])
        XCTAssertEqual(ids("la circulaire-cadre du 4 juin 2019"), ["circulaire:2019-06-04"])
        XCTAssertEqual(ids("l'instruction-cadre du 11 mars 2022"), ["instruction:2022-03-11"])
        XCTAssertEqual(ids("le protocole-cadre du 12 décembre 2023"), ["protocole:2023-12-12"])
        // Counter-example: a letter is no kind of the contract.
        XCTAssertEqual(ids("la lettre du ministre du 5 mai 2024"), [])
    }

    func testSeriesNumberWithoutNumberSign() {
        XCTAssertEqual(ids("Circ. Crim. 2023-05/G3 du 14 mars 2023"), ["circulaire:2023-03-14"])
        XCTAssertEqual(ids("Circ. crim. 2019-04/E5, 30 avril 2019"), ["circulaire:2019-04-30"])
        XCTAssertEqual(ids("Circ. DACG 2021-10/E1 du 22 octobre 2021"), ["circulaire:2021-10-22"])
        XCTAssertEqual(ids("la note DGPN/CAB/2022-0045 du 17 janvier 2022"), ["note:2022-01-17"])
        // The author's run before its "n°" stays the author's.
        XCTAssertEqual(ids("la circulaire SG/DAJ n° 2019-03 du 6 février 2019"), ["circulaire:2019-02-06"])
        // Counter-examples: no date, or a plain number that is no series.
        XCTAssertEqual(ids("Circ. Crim. 2023-05/G3"), [])
        XCTAssertEqual(ids("la note 45 du dossier"), [])
    }

    func testNORInBracketsOrBeforeACommaDate() {
        XCTAssertEqual(ids("la circulaire (NOR INTV2300123J) du 3 mars 2023"), ["circulaire:2023-03-03"])
        XCTAssertEqual(ids("circ. NOR : INTK1229185C, 28 nov. 2012"), ["circulaire:2012-11-28"])
        // Counter-example: a NOR alone stays the NOR.
        XCTAssertEqual(ids("la circulaire NOR INTV2300123J"), ["nor:INTV2300123J"])
    }

    func testAuthorTitleInApposition() {
        XCTAssertEqual(ids("la circulaire du garde des Sceaux, ministre de la justice, du 14 mai 2014"), ["circulaire:2014-05-14"])
        XCTAssertEqual(ids("l'instruction du préfet, coordonnateur de l'action de l'État, du 4 mars 2020"), ["instruction:2020-03-04"])
        // Counter-examples: no date after the apposition, or a date not set off by "du".
        XCTAssertEqual(ids("la circulaire du garde des Sceaux, ministre de la justice, rappelle la règle."), [])
        XCTAssertEqual(ids("la circulaire du ministre, qui rappelle les règles, le 3 mai 2021"), [])
    }

    func testLegifranceArticleOfTheAmendingLaw() {
        XCTAssertEqual(idSet("l'article 78-2 du code de procédure pénale (Modifié par LOI n°2019-222 du 23 mars 2019 - art. 53)"),
                       ["CPP:78-2", "loi:2019-222"])
        XCTAssertEqual(idSet("Modifié par Décret n°2021-1233 du 24 septembre 2021 - art. 2 ; article R. 431-2 du CESEDA"),
                       ["decret:2021-1233", "CESEDA:R431-2"])
        // Counter-example: a code named after the dashed article still takes it.
        XCTAssertEqual(idSet("la loi n° 2019-222 du 23 mars 2019 - article 78-2 du CPP"), ["loi:2019-222", "CPP:78-2"])
    }

    func testFollowingArticlesWithTheirArticle() {
        XCTAssertEqual(ids("l'article 706-80 et les suivants du CPP"), ["CPP:706-80"])
        XCTAssertEqual(ids("les articles L. 611-1 et les suivants du CESEDA"), ["CESEDA:L611-1"])
        // Counter-example: "les suivants" of another noun ends the list.
        XCTAssertEqual(ids("l'article 706-80 du CPP et les suivants de la liste"), ["CPP:706-80"])
    }

    func testDottedConstitutionalType() {
        XCTAssertEqual(ids("la décision 2023-863 D.C. du 25 janvier 2024"), ["cc:2023-863-DC"])
        XCTAssertEqual(ids("décision n° 2023-863 DC du 25 janvier 2024"), ["cc:2023-863-DC"])
    }

    func testAnnouncedTextIsNoReference() {
        XCTAssertEqual(ids("une nouvelle circulaire sera publiée le 3 mai 2024"), [])
        XCTAssertEqual(ids("des instructions seront diffusées le 3 mai 2024"), [])
        // Counter-example: the participle of a text already issued.
        XCTAssertEqual(ids("la circulaire publiée le 2 juin 2020"), ["circulaire:2020-06-02"])
    }

    func testDoctrinalShortFormsOfCRPAAndCASF() {
        XCTAssertEqual(ids("C. relations public-adm., art. L. 211-2"), ["CRPA:L211-2"])
        XCTAssertEqual(ids("art. L. 211-5 C. relations public-administration"), ["CRPA:L211-5"])
        XCTAssertEqual(ids("C. act. soc., art. L. 222-5"), ["CASF:L222-5"])
        // Counter-example: an unknown short form names no code of the contract.
        XCTAssertFalse(ids("C. relations internationales, art. L. 211-2").contains { $0.hasPrefix("CRPA:") })
    }

    func testShorthandLastPartContinuesTheList() {
        // A range of the CESEDA gives every article of its list in between (L. 611-1-1 too).
        XCTAssertEqual(ids("les articles L. 611-1 à -3 du CESEDA"), ["CESEDA:L611-1", "CESEDA:L611-1-1", "CESEDA:L611-2", "CESEDA:L611-3"])
        XCTAssertEqual(ids("les articles L. 611-1, -2 et -3 du CESEDA"), ["CESEDA:L611-1", "CESEDA:L611-2", "CESEDA:L611-3"])
        XCTAssertEqual(ids("les articles 78-2 et -3 du CPP"), ["CPP:78-2", "CPP:78-3"])
        // Counter-examples: a spaced dash is no shorthand; after the code, "-3" is no item.
        XCTAssertEqual(ids("l'article L. 611-1 - 3 ans de prison - du CESEDA"), ["CESEDA:L611-1"])
        XCTAssertEqual(ids("l'article 40 du CPP et -3"), ["CPP:40"])
    }

    func testWeekdayBetweenDuAndTheDate() {
        XCTAssertEqual(ids("la circulaire du lundi 4 septembre 2023"), ["circulaire:2023-09-04"])
        XCTAssertEqual(ids("l'instruction du mardi 5 mars 2024 relative aux contrôles"), ["instruction:2024-03-05"])
        // Counter-example: a weekday that opens a date of the sentence, not the text's.
        XCTAssertEqual(ids("la circulaire sera examinée lundi 4 septembre 2023"), [])
    }

    func testDottedCourtOfAppealAcronym() {
        XCTAssertEqual(ids("C.A. Paris 12 mars 2024 RG 24/01234"), ["juris:CA-Paris:24/01234"])
        // Counter-example: "C.A." as a turnover figure, no docket.
        XCTAssertEqual(ids("le C.A. de la société a progressé en 2023"), [])
    }
}
