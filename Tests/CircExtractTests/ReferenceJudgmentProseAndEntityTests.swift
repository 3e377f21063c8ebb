import CircTestSupport
import CircExtract
import XCTest

/// Rule tests, citation phrases round 11: an HTML entity apostrophe inside a text's tail; an
/// author's title in apposition after an issuer ("du Premier ministre, chef du
/// Gouvernement,"); a circular's series number after its author's acronym, then a comma and
/// the date; plural number signs before slashed request numbers; case lists whose numbers
/// differ in length; a court's order in a judgment's prose; dates written "1 er mars",
/// "premier mars 2021" or "11-01-2017"; "n° :" before a text's number; "décret simple".
final class ReferenceJudgmentProseAndEntityTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-10-28" }

    private func htmlIds(_ body: String) -> [String] {
        RefHarness.refs("<html><body><p>\(body)</p></body></html>", date: snippetDate, format: .html).references.map(\.id)
    }

    /// "l&#x27;" decodes to "l", joins and "'": an elision of two letters, no short form "L.".
    func testEntityApostropheInATextsTail() {
        XCTAssertEqual(htmlIds("Vu la circulaire du ministre de l&#x27;intérieur du 3 mai 2018 ;"), ["circulaire:2018-05-03"])
        XCTAssertEqual(htmlIds("l&rsquo;instruction du ministre de l&rsquo;intérieur du 4 décembre 2014"), ["instruction:2014-12-04"])
        XCTAssertEqual(htmlIds("la circulaire du ministre d&#39;État du 16 juin 2016"), ["circulaire:2016-06-16"])
        // Counter-example: the law's short form still ends a circular's tail.
        XCTAssertEqual(htmlIds("la circulaire prise pour l&#x27;application de la loi n° 2024-42"), ["loi:2024-42"])
    }

    func testTitleInAppositionAfterAnIssuer() {
        XCTAssertEqual(ids("l'instruction du Premier ministre, chef du Gouvernement, du 12 mars 2021"), ["instruction:2021-03-12"])
        XCTAssertEqual(ids("Vu la circulaire du Premier ministre, chef du Gouvernement, du 5 juin 2019 ;"), ["circulaire:2019-06-05"])
        // Counter-example: a date that is no apposition's ("…, le 3 mai") dates nothing.
        XCTAssertEqual(ids("la circulaire du Premier ministre, publiée au Journal officiel, le 3 mai 2019"), [])
    }

    func testSeriesNumberAfterAnAuthorThenACommaDate() {
        XCTAssertEqual(ids("circ. DAP 2021-04/PMJ1, 9 mars 2021"), ["circulaire:2021-03-09"])
        XCTAssertEqual(ids("circulaire DACG 2019-03/E1, 6 février 2019"), ["circulaire:2019-02-06"])
        XCTAssertEqual(ids("circ. DGEF 2022-04, 3 mars 2022"), ["circulaire:2022-03-03"])
        // Counter-example: a number without an author's acronym before it.
        XCTAssertEqual(ids("la circulaire adressée aux préfets 2022-04, 3 mars 2022"), [])
    }

    func testPluralSignBeforeRequestNumbersAndCaseLists() {
        XCTAssertEqual(ids("CEDH, 19 janv. 2012, Popov c. France, nos 39472/07 et 39474/07"), ["juris:CEDH:39472/07", "juris:CEDH:39474/07"])
        XCTAssertEqual(ids("CJUE, 8 nov. 2022, C-704/20 et C-39/21"), ["juris:CJUE:C-704/20", "juris:CJUE:C-39/21"])
        // Counter-example: a short number after a docket is no docket of the list.
        XCTAssertEqual(ids("CE, 30 déc. 2021, n° 448431 et 12 autres"), ["juris:CE:448431"])
    }

    func testCourtsOrderIsNoText() {
        XCTAssertEqual(ids("Par une ordonnance n° 2107412 du 9 juillet 2021, le juge des référés a rejeté sa demande."), [])
        XCTAssertEqual(ids("Par ordonnance du 14 mars 2024, le juge des référés du tribunal administratif a rejeté la demande."), [])
        XCTAssertEqual(ids("l'ordonnance de référé-liberté n° 2401234 du 3 mai 2024"), [])
        // Counter-examples: the government's ordonnances keep their ids.
        XCTAssertEqual(ids("Par l'ordonnance n° 2020-1733 du 16 décembre 2020, le législateur a refondu le code."), ["ordonnance:2020-1733"])
        XCTAssertEqual(ids("l'ordonnance du 2 novembre 1945, le texte fondateur"), ["ordonnance:1945-11-02"])
    }

    func testDatesWrittenWithASpacedOrdinalOrDashes() {
        XCTAssertEqual(ids("la circulaire du 1 er mars 2021"), ["circulaire:2021-03-01"])
        XCTAssertEqual(ids("La loi du 1 ER MARS 2021 est abrogée."), ["loi:2021-03-01"])
        XCTAssertEqual(ids("la note du 11-01-2017"), ["note:2017-01-11"])
        XCTAssertEqual(ids("En application de la circulaire en date du premier mars 2021, le préfet statue."), ["circulaire:2021-03-01"])
        XCTAssertEqual(ids("Conformément à la loi du premier mars 2021, vous veillerez au suivi."), ["loi:2021-03-01"])
        // Counter-example: "le premier" before no month and year.
        XCTAssertEqual(ids("l'instruction du premier ministre du gouvernement"), [])
        // Counter-examples: "1 er" before no month, a dashed number with a short year.
        XCTAssertEqual(ids("le 1 er alinéa de la circulaire du 3 mai 2021"), ["circulaire:2021-05-03"])
        XCTAssertEqual(ids("la note 2-3-17 de la série"), [])
    }

    func testNumberSignWithAColonAndDecretSimple() {
        XCTAssertEqual(ids("l'ordonnance n° : 2020-1733 du 16 décembre 2020"), ["ordonnance:2020-1733"])
        XCTAssertEqual(ids("la loi No : 2016-274 du 7 mars 2016"), ["loi:2016-274"])
        XCTAssertEqual(ids("le décret simple n° 2021-416 du 12 avril 2021"), ["decret:2021-416"])
        XCTAssertEqual(ids("art. 222-13 CPén"), ["CP:222-13"])
        // A lettered code has no article of a plain number: "art. 20" is the ordonnance's.
        XCTAssertEqual(ids("ordonnance n° 2020-1733 du 16 déc. 2020 portant partie législative du code de l'entrée et du séjour des étrangers et du droit d'asile, art. 20"),
                       ["ordonnance:2020-1733"])
        XCTAssertEqual(ids("l'article 20 du code de la sécurité intérieure"), [])
        XCTAssertEqual(ids("l'article 20 du code pénal"), ["CP:20"])
        // Counter-example: a colon after "n°" before no number.
        XCTAssertEqual(ids("la loi n° : voir ci-dessous"), [])
    }
}
