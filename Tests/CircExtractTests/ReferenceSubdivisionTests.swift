import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests for what stands between an article's number and its code without being an
/// article (subdivisions written as lists or ranges, footnote calls, a hyphen cut by
/// spaces), and for lists of dated laws, nicknames with a numeral, a chamber named alone and
/// the CJUE's urgent-procedure mark. Each rule has a counter-example where it could overreach.
final class ReferenceSubdivisionTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-03-01" }

    /// "alinéas 2 et 3", "al. 2 à 4", "alinéas 1 à 7": the further numbers are alinéas, not
    /// articles of the CPP.
    func testAlineaListsAndRanges() {
        XCTAssertEqual(ids("L'article 78-2, alinéas 1 à 7, du code de procédure pénale encadre les contrôles."), ["CPP:78-2"])
        XCTAssertEqual(ids("L'article 41-1, alinéas 2 et 3, du CPP est applicable."), ["CPP:41-1"])
        XCTAssertEqual(ids("L'article 41-1, al. 2 à 4, du CPP est applicable."), ["CPP:41-1"])
        XCTAssertEqual(ids("L'article 78-2 alinéas 8 et 9 du CPP est applicable."), ["CPP:78-2"])
        XCTAssertEqual(RefHarness.refs("l'article 41-1, alinéas 2 et 3, du CPP", date: "2024-03-01").references.first?.alinea, 2)
        // An article after the alinéa stays an article: it has a dash, or it is no alinéa's size.
        XCTAssertEqual(ids("les articles 78-2 al. 1 et 78-2-2 du CPP"), ["CPP:78-2", "CPP:78-2-2"])
        XCTAssertEqual(ids("les articles 41 al. 2 et 706 du CPP"), ["CPP:41", "CPP:706"])
    }

    /// "(al. 2)" after an article: its alinéa, and the list goes on to its code.
    func testParenthesizedAlinea() {
        XCTAssertEqual(ids("Les articles 495-8 (al. 2) et 495-9 du CPP sont applicables."), ["CPP:495-8", "CPP:495-9"])
        XCTAssertEqual(RefHarness.refs("l'article 495-8 (al. 2) du CPP", date: "2024-03-01").references.first?.alinea, 2)
    }

    /// "41-1, 1° à 5°", "706-73, 1° à 20° du CPP": a range of items did stop the list before
    /// its code, and the article was lost.
    func testItemRanges() {
        XCTAssertEqual(ids("Les mesures de l'article 41-1, 1° à 5° du CPP sont applicables."), ["CPP:41-1"])
        XCTAssertEqual(ids("L'article 41-1, alinéa 1er, 1° à 5°, du CPP énumère les mesures."), ["CPP:41-1"])
        XCTAssertEqual(ids("Voir art. 41-1 1° à 5° CPP."), ["CPP:41-1"])
        XCTAssertEqual(ids("L'article 41-2, 1° à 17°, et l'article 41-3 du CPP sont applicables."), ["CPP:41-2", "CPP:41-3"])
        // A range of articles is still a range.
        XCTAssertEqual(ids("Les articles 394 à 397-7 du code de procédure pénale organisent les procédures rapides."), ["CPP:394", "CPP:397-7"])
    }

    /// A footnote call after the number: superscript, "[1]", "[^1]", "(1)".
    func testFootnoteCallAfterTheNumber() {
        XCTAssertEqual(ids("Le contrôle relève de l'article 78-2² du CPP."), ["CPP:78-2"])
        XCTAssertEqual(ids("La mesure de l'article 41-1 (1) du CPP est proposée."), ["CPP:41-1"])
        XCTAssertEqual(ids("La mesure de l'article 41-1[1] du CPP est proposée."), ["CPP:41-1"])
        XCTAssertEqual(ids("La mesure de l'article 41-1[^1] du code de procédure pénale est proposée."), ["CPP:41-1"])
        // "(1°)" is an item, "(2024)" no call: the list does not run on over them as calls.
        XCTAssertEqual(ids("l'article 41-1 (1°) du CPP"), ["CPP:41-1"])
        XCTAssertFalse(ids("l'article 41-1 (2024) du CPP").contains("CPP:41-1"))
    }

    /// "L. 612 - 6": a lettered number cut at its hyphen by spaces.
    func testSpacedHyphenInALetteredNumber() {
        XCTAssertEqual(ids("Le préfet applique l'article L. 612 - 6 du CESEDA."), ["CESEDA:L612-6"])
        // A number that has its hyphen already keeps it; a bare number is joined only right
        // before a code's name (ReferenceLoosePrefixAndECLISeatTests), not before other words.
        XCTAssertEqual(ids("l'article L. 612-6 - 3 ans au plus - du CESEDA"), ["CESEDA:L612-6"])
        XCTAssertFalse(ids("l'article 40 - 2 ans du CPP").contains("CPP:40-2"))
    }

    /// "Céséda" with its accents, "C.E.S.E.D.A" and "C.P.P" without their last dot.
    func testAcronymVariants() {
        XCTAssertEqual(ids("Le préfet applique l'article L 612-6 du Céséda."), ["CESEDA:L612-6"])
        XCTAssertEqual(ids("l'article L. 741-1 du C.E.S.E.D.A"), ["CESEDA:L741-1"])
        XCTAssertEqual(ids("l'article 41-1 du C.P.P"), ["CPP:41-1"])
        // "C.P." with its dot is still the code pénal's acronym.
        XCTAssertEqual(ids("l'article 222-33 du C.P."), ["CP:222-33"])
    }

    /// "les lois des 26 janvier 2024 et 10 septembre 2018": each date is a law, and takes the
    /// number the document gives for it.
    func testListOfDatedLaws() {
        XCTAssertEqual(ids("Les lois des 26 janvier 2024 et 10 septembre 2018 ont modifié le CESEDA."), ["loi:2024-01-26", "loi:2018-09-10"])
        XCTAssertEqual(ids("La loi n° 2018-778 du 10 septembre 2018 est citée. Les lois des 26 janvier 2024 et 10 septembre 2018 sont en vigueur."),
                       ["loi:2018-778", "loi:2024-01-26", "loi:2018-778"])
        // A numbered law after the first date is the numbers' list, not a date's.
        XCTAssertEqual(ids("la loi du 26 janvier 2024 et n° 2018-778 du 10 septembre 2018"), ["loi:2024-01-26"])
        // A date after "et" that no separator joins to the law: "le 5 mars" is no law.
        XCTAssertEqual(ids("La loi du 26 janvier 2024 et le décret du 5 mars 2024 s'appliquent."), ["loi:2024-01-26", "decret:2024-03-05"])
    }

    /// "la loi dite Perben II du 9 mars 2004": the numeral is part of the nickname.
    func testNicknameWithANumeral() {
        XCTAssertEqual(ids("La loi dite Perben II du 9 mars 2004 a créé la CRPC."), ["loi:2004-03-09"])
        // Without a nickname before it, a numeral is a word of the gap like any other.
        XCTAssertEqual(ids("La loi II et III du 9 mars 2004 a créé la CRPC."), [])
    }

    /// "l'arrêt de la chambre criminelle du 12 janvier 2021 (n° 20-84.045)": the chamber
    /// named alone is the Cour de cassation's.
    func testCriminalChamberNamedAlone() {
        XCTAssertEqual(ids("L'arrêt de la chambre criminelle du 12 janvier 2021 (n° 20-84.045) a précisé ce point."), ["juris:Cass:20-84.045"])
        XCTAssertEqual(ids("La chambre criminelle de la Cour de cassation, dans un arrêt du 12 janvier 2021 (n° 20-84.045), a précisé ce point."),
                       ["juris:Cass:20-84.045"])
        // Named without a docket, it is no ruling.
        XCTAssertEqual(ids("La chambre criminelle a jugé en ce sens le 12 janvier 2021."), [])
    }

    /// "C-924/19 PPU et C-925/19 PPU": the mark does not end the list of cases.
    func testUrgentProcedureMarkInAListOfCases() {
        XCTAssertEqual(ids("Voir CJUE, 14 mai 2020, FMS e.a., C-924/19 PPU et C-925/19 PPU."), ["juris:CJUE:C-924/19", "juris:CJUE:C-925/19"])
        XCTAssertEqual(ids("Voir CJUE, 5 juin 2014, Mahdi, C-146/14 PPU et le règlement n° 604/2013."), ["juris:CJUE:C-146/14", "ue-reglement:604/2013"])
    }

    /// "1240 (anc. 1382) du Code civil": the former number is an article of the list.
    func testFormerNumberInParentheses() {
        XCTAssertEqual(ids("L'article 1240 (anc. 1382) du Code civil fonde la responsabilité."), ["CCIV:1240", "CCIV:1382"])
        XCTAssertEqual(ids("L'article L. 823-1 (anciennement L. 622-1) du CESEDA réprime l'aide au séjour irrégulier."),
                       ["CESEDA:L823-1", "CESEDA:L622-1"])
        // A bare number after a lettered article is no former number of it.
        XCTAssertEqual(ids("L'article L. 251-1 (ancien 3) du CESEDA est applicable."), ["CESEDA:L251-1"])
    }

    /// A bulletin page: "Circulaire du 19 décembre 2014 de présentation …" opening its line
    /// with the document's own NOR below is the document's title, not a reference.
    func testBulletinTitleIsTheDocumentItself() {
        let page = """
        BULLETIN OFFICIEL DU MINISTÈRE DE LA JUSTICE

        Circulaire du 19 décembre 2014 de présentation des dispositions de la loi n° 2014-896 du 15 août 2014

        NOR : JUSD1430406C

        La garde des sceaux, ministre de la justice,

        à

        Mesdames et messieurs les procureurs généraux près les cours d'appel

        La loi du 15 août 2014 a créé la contrainte pénale. La circulaire du 26 septembre 2014 est complétée.
        """
        let got = TestLexicons.pipeline.extract(SourceDocument(path: "bulletin.txt", text: page, format: .text)).references.map(\.id)
        XCTAssertFalse(got.contains("circulaire:2014-12-19"))
        XCTAssertTrue(got.contains("loi:2014-896"))
        // A circular cited in the body, with the same NOR nowhere after it, is a reference.
        XCTAssertTrue(got.contains("circulaire:2014-09-26"))
    }

    /// "artic1e 40", "artlcle 40", "articie L. 612-6": the article word as OCR read it, before
    /// an article number.
    func testArticleWordDamagedByOCR() {
        XCTAssertEqual(ids("Le procureur applique l'artic1e 40 du code de procédure pénale."), ["CPP:40"])
        XCTAssertEqual(ids("Les artic1es 40 et 41 du CPP."), ["CPP:40", "CPP:41"])
        XCTAssertEqual(ids("l'articie L. 612-6 du CESEDA"), ["CESEDA:L612-6"])
        // An act's own article opening its line stays the act's; other words stay words.
        XCTAssertEqual(ids("Artic1e 3 : Le présent arrêté est publié."), [])
        XCTAssertEqual(ids("Les artistes 40 exposent. Les articulé 40 du CPP."), [])
    }

    /// "C.E., 27 nov. 2019, n° 422469": the Conseil d'État's acronym with its dots.
    func testConseilDEtatWithDots() {
        XCTAssertEqual(ids("Voir C.E., 27 nov. 2019, n° 422469."), ["juris:CE:422469"])
        XCTAssertEqual(ids("Le règlement C.E. du Conseil s'applique."), [])
    }

    /// "C–61/11": an EU case number with an en dash.
    func testEUCaseNumberWithAnEnDash() {
        XCTAssertEqual(ids("Voir CJUE, 28 avril 2011, El Dridi, C\u{2013}61/11 PPU."), ["juris:CJUE:C-61/11"])
        XCTAssertEqual(ids("Voir CJUE, 8 mai 2018, K.A., C\u{2013}82/16."), ["juris:CJUE:C-82/16"])
        // A letter and an en dash before a number that is no case number.
        XCTAssertFalse(ids("Voir CJUE, 8 mai 2018, annexe C\u{2013}82.").contains { $0.hasPrefix("juris:CJUE:C-") })
    }

    /// "n° 20-84045": the Cour de cassation's pourvoi takes the dot of its canonical form; other
    /// courts' dockets are kept as written.
    func testPourvoiWithoutItsDot() {
        XCTAssertEqual(ids("Voir Crim., 12 janv. 2021, pourvoi n° 20-84045."), ["juris:Cass:20-84.045"])
        XCTAssertEqual(ids("Voir CA Paris, 12 mars 2024, n° 24-01234."), ["juris:CA-Paris:24-01234"])
    }

    /// "n° 422 469": a Conseil d'État docket with its thousands set apart.
    func testDocketWithAThousandsSpace() {
        XCTAssertEqual(ids("Voir CE, 27 nov. 2019, n° 422 469."), ["juris:CE:422469"])
        XCTAssertEqual(ids("Voir CE, 27 nov. 2019, n° 422 469 et 422 470."), ["juris:CE:422469", "juris:CE:422470"])
        // A number of another shape after the space is not joined.
        XCTAssertFalse(ids("Voir CE, 27 nov. 2019, n° 42 2019.").contains("juris:CE:422019"))
    }

    /// "les articles 41-1 ainsi que 41-2 du CPP": "ainsi que" joins the list.
    func testAinsiQueInAnArticleList() {
        XCTAssertEqual(ids("Les articles 41-1 ainsi que 41-2 du CPP sont applicables."), ["CPP:41-1", "CPP:41-2"])
        XCTAssertEqual(ids("L'article 41-1 du CPP ainsi que l'article 132-45 du code pénal."), ["CPP:41-1", "CP:132-45"])
        // "que" alone is no separator.
        XCTAssertEqual(ids("l'article 41-1 du CPP que 3 personnes ont invoqué"), ["CPP:41-1"])
    }

    /// "la loi n° 2019-222 du 23 mars 2019 (article 47)": the article in parentheses right
    /// after a text is that text's, not of a code the context names.
    func testArticleInParenthesesAfterAText() {
        XCTAssertEqual(ids("Le code de procédure pénale est modifié par la loi n° 2019-222 du 23 mars 2019 (article 47)."), ["loi:2019-222"])
        // A lettered article, or a list naming its code, is still a code's.
        XCTAssertEqual(ids("Le CESEDA a été modifié par la loi du 26 janvier 2024 (article L. 611-1)."), ["loi:2024-01-26", "CESEDA:L611-1"])
        XCTAssertEqual(ids("Le code de procédure pénale est modifié par la loi n° 2019-222 du 23 mars 2019 (articles 41-1 et 41-2 du CPP)."),
                       ["loi:2019-222", "CPP:41-1", "CPP:41-2"])
        XCTAssertEqual(ids("Le code pénal s'applique (article 222-33)."), ["CP:222-33"])
    }
}
