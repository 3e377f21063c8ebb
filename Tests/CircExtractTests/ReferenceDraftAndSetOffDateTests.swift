import CircTestSupport
import CircExtract
import XCTest

/// Rule tests, citation phrases round 9: a text's title then its date set off by a comma, a
/// bracket or a dash; a qualifier between an ordonnance and its date ("royale"); drafts
/// ("projet de loi") that name no text; the minus sign and "n." in a text's number; an
/// article after the name of a treaty or a declaration ("Conv. EDH, art. 5") that no code
/// named later in the sentence takes.
final class ReferenceDraftAndSetOffDateTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-10-28" }

    func testDateSetOffAfterATitleIsTheTitledText() {
        XCTAssertEqual(ids("la loi relative à l'immigration et à l'intégration, du 26 janvier 2024"), ["loi:2024-01-26"])
        XCTAssertEqual(ids("la loi pour contrôler l'immigration, améliorer l'intégration, en date du 26 janvier 2024"), ["loi:2024-01-26"])
        XCTAssertEqual(ids("la loi relative au droit des étrangers en France, promulguée le 7 mars 2016"), ["loi:2016-03-07"])
        XCTAssertEqual(ids("le décret portant diverses dispositions relatives à l'asile (du 16 décembre 2020)"), ["decret:2020-12-16"])
        XCTAssertEqual(ids("la loi relative à l'informatique, aux fichiers et aux libertés – du 6 janvier 1978 –"), ["loi:1978-01-06"])
        XCTAssertEqual(ids("la circulaire relative à l'admission exceptionnelle au séjour, du 28 novembre 2012"), ["circulaire:2012-11-28"])
        // The comma gives the date to the title's text, not to a text its title names.
        XCTAssertEqual(ids("l'instruction relative à la mise en œuvre de la loi, du 17 février 2024"), ["instruction:2024-02-17"])
        // A number after the set-off date is the law's.
        XCTAssertEqual(ids("Vu la loi relative à l'immigration, du 26 janvier 2024, n° 2024-42 ;"), ["loi:2024-42"])
    }

    /// Counter-examples: a text cited by number or date inside the title keeps it; a date
    /// behind a comma without "du" or a participle dates nothing; a verb ends the title.
    func testDateAfterTitleCounterExamples() {
        XCTAssertEqual(ids("le décret relatif à la loi n° 2024-42, du 3 mai 2021"), ["loi:2024-42"])
        XCTAssertEqual(ids("la circulaire relative à l'instruction des demandes, le 3 mai 2021"), [])
        XCTAssertEqual(ids("la loi relative à l'asile a été modifiée, du 3 mai 2021 au 4 juin 2021"), [])
        XCTAssertEqual(ids("l'instruction relative à la mise en œuvre de la loi du 17 février 2024"), ["loi:2024-02-17"])
    }

    func testQualifierBetweenOrdonnanceAndItsDate() {
        XCTAssertEqual(ids("l'ordonnance royale du 29 octobre 1820"), ["ordonnance:1820-10-29"])
        XCTAssertEqual(ids("L'ordonnance impériale du 1er mars 1808 est applicable."), ["ordonnance:1808-03-01"])
        XCTAssertEqual(ids("L. const. n° 2008-724 du 23 juill. 2008"), ["loi:2008-724"])
        XCTAssertEqual(ids("circ. interm. du 4 mai 2023"), ["circulaire:2023-05-04"])
        // Counter-examples: a judge's ordonnance stays none.
        XCTAssertEqual(ids("l'ordonnance pénale du 4 février 2024"), [])
        XCTAssertEqual(ids("l'ordonnance de protection du 2 avril 2024"), [])
    }

    func testDraftsNameNoText() {
        XCTAssertEqual(ids("le projet de loi relatif à l'immigration du 1er février 2023"), [])
        XCTAssertEqual(ids("le projet de loi n° 2024-42"), [])
        XCTAssertEqual(ids("l'avant-projet de loi du 3 mai 2022"), [])
        XCTAssertEqual(ids("le projet de décret du 12 mars 2024"), [])
        XCTAssertEqual(ids("la proposition de loi constitutionnelle du 4 octobre 2023"), [])
        // Counter-examples: the law the draft became, and a law named after "de" elsewhere.
        XCTAssertEqual(ids("le projet de loi est devenu la loi n° 2024-42 du 26 janvier 2024"), ["loi:2024-42"])
        XCTAssertEqual(ids("l'article 3 de loi n° 2024-42"), ["loi:2024-42"])
    }

    func testMinusSignAndNDotInATextsNumber() {
        XCTAssertEqual(ids("Décret nº 2020\u{2212}1310 du 29 oct. 2020"), ["decret:2020-1310"])
        XCTAssertEqual(ids("ORDONNANCE 2011\u{2212}267 du 29 octobre 2011"), ["ordonnance:2011-267"])
        XCTAssertEqual(ids("la loi n. 78-17 du 6 janvier 1978"), ["loi:1978-17"])
        XCTAssertEqual(ids("l'article L. 611\u{2212}1 du CESEDA"), ["CESEDA:L611-1"])
        // Counter-example: a minus sign in an amount is no text's number.
        XCTAssertEqual(ids("une baisse de \u{2212}12 % en 2024"), [])
    }

    func testArticleAfterATreatysNameIsNoCodes() {
        XCTAssertEqual(ids("Conv. EDH, art. 5 ; C. pr. pén., art. 803-3"), ["CPP:803-3"])
        XCTAssertEqual(ids("DDHC, art. 9 ; CPP, art. préliminaire"), ["CPP:preliminaire"])
        XCTAssertEqual(ids("Conv. de Genève, art. 33 ; CESEDA, art. L. 511-7"), ["CESEDA:L511-7"])
        // Counter-example: after a code's name the article is the code's.
        XCTAssertEqual(ids("Conv. EDH ; C. pr. pén., art. 803-3"), ["CPP:803-3"])
        XCTAssertEqual(ids("le code pénal, art. 222-33"), ["CP:222-33"])
    }
}
