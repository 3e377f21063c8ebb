import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for the prose of rulings that cite the judgments before them (a Conseil
/// d'État's "Vu la procédure suivante", a cour's "1°) d'annuler le jugement …"): the court
/// named once with its seat and then without it, a docket that belongs to the court named
/// after it, older dashed dockets, lists of dockets under one "n°s", and a court's ruling
/// said with a possessive or "de principe".
final class ReferenceCourtAnaphoraTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2022-09-29"

    /// "a demandé au tribunal administratif de Strasbourg … Par un jugement n° 2106237 du 19
    /// novembre 2021, le magistrat désigné par le président du tribunal administratif a fait
    /// droit": the seat named before is the seat of the court said again without it.
    func testACourtSaidAgainWithoutItsSeatIsTheOneNamedBefore() {
        let t = "Mme B. a demandé au tribunal administratif de Strasbourg d'annuler pour excès de pouvoir l'arrêté du 12 août 2021 par lequel le préfet de la Moselle a suspendu son permis de conduire pour une durée de quatre mois. Par un jugement n° 2106237 du 19 novembre 2021, le magistrat désigné par le président du tribunal administratif a fait droit à sa demande."
        XCTAssertEqual(ids(t), ["juris:TA-Strasbourg:2106237"])
        let o = "M. C. a demandé au juge des référés du tribunal administratif de Nice de suspendre l'arrêté du préfet des Alpes-Maritimes interdisant la manifestation prévue le dimanche 22 octobre 2023 dans le centre de la ville. Par une ordonnance n° 2305142 du 20 octobre 2023, le juge des référés du tribunal administratif a rejeté sa demande."
        XCTAssertEqual(ids(o), ["juris:TA-Nice:2305142"])
    }

    /// A court of many seats never named with one gives no id ("juris:TA:…" names no court).
    func testACourtOfManySeatsNeverNamedWithOneGivesNoId() {
        XCTAssertEqual(ids("Par une ordonnance n° 2305142 du 20 octobre 2023, le juge des référés du tribunal administratif a rejeté leur demande."), [])
        XCTAssertEqual(ids("Le tribunal administratif, par un jugement n° 2101234 du 5 juin 2021, a rejeté la demande."), [])
        XCTAssertEqual(ids("Voir tribunal administratif, 12 mai 2021, sur ce point."), [])
    }

    /// "… de Lyon d'annuler l'arrêté. Par un arrêt n° 21LY01234 du 5 juin 2022, la cour
    /// administrative d'appel …": the docket read back from the later court is not the earlier
    /// court's, though it stands close after it.
    func testADocketCitedBeforeItsOwnCourtIsNotTheEarlierCourts() {
        let t = "M. A. a demandé au tribunal administratif de Lyon d'annuler l'arrêté du 3 mars 2021. Par un jugement n° 2101234 du 5 juin 2021, le tribunal administratif a rejeté sa demande. Par un arrêt n° 21LY01234 du 5 juin 2022, la cour administrative d'appel de Lyon a rejeté l'appel."
        XCTAssertEqual(ids(t), ["juris:TA-Lyon:2101234", "juris:CAA-Lyon:21LY01234"])
        let u = "M. A. a demandé au tribunal administratif de Lyon d'annuler l'arrêté. Par un jugement n° 2101234 du 5 juin 2021, le tribunal administratif de Grenoble a rejeté sa demande."
        XCTAssertEqual(ids(u), ["juris:TA-Grenoble:2101234"])
        // Named right after the court, with no court after it, the docket stays that court's.
        XCTAssertEqual(ids("Le tribunal administratif de Lyon, par un jugement n° 2101234 du 5 juin 2021, a rejeté la demande."), ["juris:TA-Lyon:2101234"])
    }

    /// "… du tribunal administratif de Melun. Par un arrêt n° 21PA04567 du 3 mars 2022, la cour
    /// a rejeté …": a docket with a seat's letters is a cour administrative d'appel's, never
    /// the tribunal's named just before it; its letters name the seat ("PA": Paris).
    func testASeatLetteredDocketIsNoTribunals() {
        XCTAssertEqual(ids("M. A. a relevé appel du jugement du tribunal administratif de Melun. Par un arrêt n° 21PA04567 du 3 mars 2022, la cour a rejeté son appel."),
                       ["juris:CAA-Paris:21PA04567"])
        // Letters of no seat, or the court's own case number ("sous le n°"), name no ruling.
        XCTAssertEqual(ids("Par un arrêt n° 21ZZ01234 du 3 mars 2022, la cour a rejeté son appel."), [])
        XCTAssertEqual(ids("Par une requête enregistrée le 19 avril 2023, sous le n° 23TL00908, M. D. demande à la cour d'annuler le jugement."), [])
        XCTAssertEqual(ids("CAA Lyon, 5 juillet 2021, n° 20LY03456."), ["juris:CAA-Lyon:20LY03456"])
        XCTAssertEqual(ids("TA Lille, 4 avril 2023, n° 2301234."), ["juris:TA-Lille:2301234"])
    }

    /// "le jugement n° 10-754 du 12 avril 2011 par lequel le tribunal administratif de Caen":
    /// after "jugement" or "arrêt" a dashed number is the court's docket; after "ordonnance",
    /// which is also a government text, it is not read so.
    func testADashedDocketAfterAJudgmentNoun() {
        XCTAssertEqual(ids("1°) d'annuler le jugement n° 10-754 du 12 avril 2011 par lequel le tribunal administratif de Caen a rejeté leur demande ;"),
                       ["juris:TA-Caen:10-754"])
        XCTAssertEqual(ids("Par une ordonnance n° 10-754 du 12 avril 2011, le juge des référés du tribunal administratif de Caen a rejeté la demande."), [])
    }

    /// "Par un jugement nos 2001234 et 2001235 du 5 juin 2020": one sign for a list of dockets.
    func testDocketsListedUnderOneSign() {
        XCTAssertEqual(ids("Par un jugement nos 2001234 et 2001235 du 5 juin 2020, le tribunal administratif de Rouen a rejeté leurs demandes."),
                       ["juris:TA-Rouen:2001234", "juris:TA-Rouen:2001235"])
        // Numbers with no sign before the first are no dockets.
        XCTAssertEqual(ids("Par un jugement 2001234 et 2001235 du 5 juin 2020, le tribunal administratif de Rouen a statué."), [])
    }

    /// "Par un jugement n°s 2105290-2105291 du 17 mars 2023": the plural sign, and two cases of
    /// the court's own length joined by a dash, each its ruling.
    func testPluralSignAndDashJoinedCases() {
        XCTAssertEqual(ids("Par un jugement n°s 2001234, 2001235 du 5 juin 2020, le tribunal administratif de Rouen a rejeté leurs demandes."),
                       ["juris:TA-Rouen:2001234", "juris:TA-Rouen:2001235"])
        XCTAssertEqual(ids("Par un jugement n°s 2105290-2105291 du 17 mars 2023, le tribunal administratif de Toulouse a rejeté leurs demandes."),
                       ["juris:TA-Toulouse:2105290", "juris:TA-Toulouse:2105291"])
        // A short year part is an older single docket, not two.
        XCTAssertEqual(ids("le jugement n° 10-754 du 12 avril 2011 par lequel le tribunal administratif de Caen a rejeté la demande"), ["juris:TA-Caen:10-754"])
    }

    /// "T. confl., 17 juin 2013, n° C3911": the Tribunal des conflits' own numbering, kept as
    /// written; a "C" word without "n°" is no docket.
    func testConflictCourtCaseNumber() {
        XCTAssertEqual(ids("Tribunal des conflits, 17 juin 2013, n° C3911, Bergoend."), ["juris:TC:C3911"])
        XCTAssertEqual(ids("TC, 9 décembre 2019, n°C4174."), ["juris:TC:C4174"])
        XCTAssertEqual(ids("Tribunal des conflits, 17 juin 2013, C3911."), ["juris:TC:2013-06-17"])
    }

    /// "dans son arrêt de principe du 15 décembre 2021": the possessive and "de principe" say
    /// the court's ruling as "dans un arrêt du" does.
    func testARulingSaidWithAPossessiveOrDePrincipe() {
        XCTAssertEqual(ids("La Cour de cassation, dans son arrêt de principe du 15 décembre 2021, a jugé la garde à vue irrégulière."), ["juris:Cass:2021-12-15"])
        XCTAssertEqual(ids("Le Conseil d'État, dans sa décision du 12 juin 2020, a annulé la circulaire."), ["juris:CE:2020-06-12"])
        XCTAssertEqual(ids("Dans son arrêt de principe du 15 décembre 2021, la Cour de cassation a jugé la garde à vue irrégulière."), ["juris:Cass:2021-12-15"])
        // The court's other words are no ruling.
        XCTAssertEqual(ids("La Cour de cassation, dans son rapport du 15 décembre 2021, a proposé une réforme."), [])
    }

    /// "Code de sécurité intérieure": the code named without its article.
    func testCodeNamedWithoutItsArticle() {
        XCTAssertEqual(ids("Vu le Code de sécurité intérieure, notamment son article L. 211-11 ;"), ["CSI:L211-11"])
        XCTAssertEqual(ids("l'article L. 114-10-2 du code de sécurité sociale"), ["CSS:L114-10-2"])
    }
}
