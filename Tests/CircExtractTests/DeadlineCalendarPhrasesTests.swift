import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Rule tests of the ninth deadlines round, on sentences written for them: a weekday with no
/// date, the end of next month or year, the time a verb gives, a notice before an event, the
/// next post of the older letters, closing hours, a practice in place since a date. Each
/// rule has a counter-example where it could overreach. The note of the harness is dated
/// Thursday 19 February 2015.
final class DeadlineCalendarPhrasesTests: XCTestCase {
    func values(_ s: String, date: String? = "2015-02-19", kind: DocumentKind = .note) -> [String] {
        DeadlineHarness.values(DeadlineHarness.run(s, date: date, kind: kind))
    }

    /// "d'ici lundi", "avant jeudi prochain", a press item's "les préfets ont jusqu'à
    /// vendredi pour…": the next such day after the document's date.
    func testABareWeekdayIsTheNextSuchDay() {
        XCTAssertEqual(values("Vous me transmettrez la liste des sites d'ici lundi."), ["2015-02-23"])
        XCTAssertEqual(values("Vous me rendrez compte avant jeudi prochain."), ["2015-02-26"])
        XCTAssertEqual(values("Les préfets ont jusqu'à vendredi pour transmettre leurs plans d'action.", kind: .article), ["2015-02-20"])
        // Counter-examples: the end of a measure, and a text with no date.
        XCTAssertEqual(values("La mesure restera en vigueur jusqu'à vendredi matin.", kind: .article), [])
        XCTAssertEqual(values("Vous me transmettrez la liste des sites d'ici lundi.", date: nil), [])
        XCTAssertEqual(values("Vous me rendrez compte avant lundi dernier."), [])
        XCTAssertEqual(values("Ces tableaux me parviendront au plus tard le lundi suivant la fin du mois."), [])
    }

    /// "avant la fin du mois prochain", "d'ici la fin de l'année prochaine".
    func testTheEndOfNextMonthOrYear() {
        XCTAssertEqual(values("Vous réunirez le comité avant la fin du mois prochain."), ["2015-03-31"])
        XCTAssertEqual(values("Vous me rendrez compte d'ici la fin de l'année prochaine."), ["2016-12-31"])
        // Counter-example: without "prochain", this month's end.
        XCTAssertEqual(values("Vous réunirez le comité avant la fin du mois."), ["2015-02-28"])
    }

    /// "dans le mois", "dans la semaine", "sous 48h", "avant fin 2025".
    func testShortLimitsAndTheEndOfAYearWritten() {
        XCTAssertEqual(values("Vous me rendrez compte dans le mois."), ["P1M"])
        XCTAssertEqual(values("Vous transmettrez vos remarques dans la semaine."), ["P1W"])
        XCTAssertEqual(values("Vous transmettrez le bilan sous 48h."), ["PT48H"])
        XCTAssertEqual(values("Vous me ferez parvenir le rapport avant fin 2015."), ["2015-12-31"])
        // Counter-examples: a month or a week named, and a time of day with no intro.
        XCTAssertEqual(values("Vous organiserez la réunion dans le mois de juin."), [])
        XCTAssertEqual(values("Vous me rendrez compte des incidents survenus dans la semaine écoulée."), [])
        XCTAssertEqual(values("Vous réunirez le comité à 18h."), [])
        XCTAssertEqual(values("Le ministre recevra les syndicats dans la semaine.", kind: .article), [])
    }

    /// "les préfets ont quinze jours pour transmettre", "leur a donné huit jours pour".
    func testAVerbThatGivesTimeSetsALimit() {
        XCTAssertEqual(values("Les préfets ont quinze jours pour transmettre leurs propositions.", kind: .article), ["P15D"])
        XCTAssertEqual(values("Le ministre leur a donné huit jours pour identifier les sites.", kind: .article), ["P8D"])
        XCTAssertEqual(values("Vous aurez un mois pour me transmettre vos propositions.", kind: .circulaire), ["P1M"])
        // Counter-examples: the preposition "à" before a time of day, and the law's time.
        XCTAssertEqual(values("Vous réunirez les maires à 15 heures pour faire le point."), [])
        let law = DeadlineHarness.run("L'étranger a trente jours pour quitter le territoire.", kind: .circulaire)
        XCTAssertEqual(DeadlineHarness.values(law), [])
        XCTAssertEqual(law.durations.map(\.value), ["P30D"])
        XCTAssertEqual(values("L'intéressé a quinze jours pour présenter ses observations.", kind: .circulaire), [])
    }

    /// "au moins quinze jours avant la fête", "trois jours à l'avance": the notice a duty gives.
    func testANoticeBeforeAnEvent() {
        let act = "ARRÊTE :\n\nArticle 5 : Les organisateurs adressent leur demande au maire au moins quinze jours avant la date de la fête."
        XCTAssertEqual(values(act, kind: .unknown), ["P15D"])
        XCTAssertEqual(values("Vous préviendrez la mairie trois jours à l'avance."), ["P3D"])
        XCTAssertEqual(values("Vous informerez le préfet au minimum 48 heures avant le début de l'opération."), ["PT48H"])
        // Counter-example: a time before an event, told, with no notice's word.
        XCTAssertEqual(values("Le suspect avait été repéré quatre jours avant l'attaque.", kind: .article), [])
    }

    /// "par le plus prochain courrier": the next post, at once.
    func testTheNextPostIsAsSoonAsPossible() {
        XCTAssertEqual(values("Vous m'adresserez par le plus prochain courrier l'état des réfugiés."), ["asap"])
        XCTAssertEqual(values("Veuillez m'adresser par plus prochain courrier état des réfugiés."), ["asap"])
        // Counter-example: the next letter named, no time to act.
        XCTAssertEqual(values("Le prochain courrier vous précisera les modalités."), [])
    }

    /// "fermés chaque dimanche", "fermés jusqu'au 3 mars": a closure's hours or end.
    func testAClosureIsNoRhythmNorDeadline() {
        XCTAssertEqual(values("Vous veillerez à ce que les débits de boissons soient fermés chaque dimanche."), [])
        XCTAssertEqual(values("Vous noterez que les guichets resteront fermés jusqu'au 3 mars 2015."), [])
        // Counter-example: a closure named in the object of a periodic duty.
        XCTAssertEqual(values("Vous transmettrez chaque semaine la liste des commerces fermés."), ["R/P1W"])
    }

    /// "Le comité se réunit chaque mois depuis 2019": a practice, described.
    func testAPracticeSinceADateIsDescribed() {
        XCTAssertEqual(values("Le comité se réunit chaque mois depuis 2019."), [])
        // Counter-examples: a duty's word, and a sentence that speaks to the addressees.
        XCTAssertEqual(values("Depuis le 1er janvier, les préfets doivent transmettre chaque mois un état."), ["R/P1M"])
        XCTAssertEqual(values("Depuis 2019, vous réunissez le comité chaque mois."), ["R/P1M"])
    }
}
