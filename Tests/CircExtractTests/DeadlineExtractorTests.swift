import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

final class DeadlineExtractorTests: XCTestCase {
    func run(_ s: String, date: String? = "2015-02-19", kind: DocumentKind = .note) -> DeadlineResult {
        DeadlineHarness.run(s, date: date, kind: kind)
    }

    // MARK: dates

    func testDeadlineDateResolvedAgainstDocumentDateAndStrict() {
        let src = "Dans l'immédiat, vous me ferez parvenir, ainsi qu'au SG-CIPD, d'ici le vendredi 13 mars, délai de rigueur :"
        let r = run(src)
        XCTAssertEqual(r.deadlines.count, 1)
        let d = r.deadlines[0]
        XCTAssertEqual(d.value, "2015-03-13")
        XCTAssertEqual(d.kind, .date)
        XCTAssertTrue(d.strict)
        XCTAssertEqual(d.text, "d'ici le vendredi 13 mars")
        let scalars = Array(src.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[d.span.range])), d.text)
        XCTAssertTrue(r.warnings.isEmpty, "\(r.warnings)")
    }

    /// A time of day between the cue and its date: "avant 8 heures le 1er janvier".
    func testATimeOfDayBeforeTheDate() {
        XCTAssertEqual(DeadlineHarness.values(run("Vous me rendrez compte avant 8 heures le 1er mars.")), ["2015-03-01"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous me rendrez compte avant midi le 3 mars.")), ["2015-03-03"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous répondrez pour 18 h 30 le vendredi 6 mars.")), ["2015-03-06"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous répondrez avant 12h00 le 6 mars.")), ["2015-03-06"])
        // A duration stays a duration, and a time with no date is none.
        XCTAssertEqual(DeadlineHarness.values(run("Vous me rendrez compte avant 8 heures.")), [])
    }

    /// "au cours du premier trimestre": the last day of that part of the year; "d'ici la
    /// mi-mars": the 15th; "le 10 de chaque mois": monthly, the day no quantity.
    func testPartsOfTheYearMidMonthAndADayOfEachMonth() {
        XCTAssertEqual(DeadlineHarness.values(run("Vous me transmettrez vos propositions au cours du premier trimestre 2015.")), ["2015-03-31"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous organiserez une réunion dans le courant du second semestre.")), ["2015-12-31"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous me rendrez compte d'ici la mi-mars.")), ["2015-03-15"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous me transmettrez vos remontées le 10 de chaque mois.")), ["R/P1M"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous procéderez à un réexamen annuel de ces situations.")), ["R/P1Y"])
        // A report of what happened in a period names no duty; a quantity stays a rate.
        XCTAssertEqual(DeadlineHarness.values(run("Au cours du premier semestre, la direction a constaté une hausse des demandes.")), [])
        XCTAssertEqual(DeadlineHarness.values(run("Vous avez servi 300 repas chaque mois.")), [])
    }

    /// The ministry's own schedule (`ownSchedule` in deadlines.json): its examples give no
    /// deadline, its counter-examples (requests, a second clause, the addressees) keep theirs.
    func testTheMinistrysOwnScheduleIsNoDeadline() throws {
        struct F: Decodable { struct S: Decodable { let examples, counterExamples: [String] }; let ownSchedule: S }
        let f = try TestLexicons.store.load("deadlines.json", as: F.self).ownSchedule
        for ex in f.examples { XCTAssertEqual(DeadlineHarness.values(run(ex)), [], ex) }
        for ex in f.counterExamples { XCTAssertEqual(DeadlineHarness.values(run(ex)), ["2015-03-15"], ex) }
        XCTAssertEqual(DeadlineHarness.values(run("J'organiserai une visioconférence chaque mois avec les préfets.")), [])
        // A target stated as such is none; a duty to reach it keeps its date.
        XCTAssertEqual(DeadlineHarness.values(run("Vous veillerez à atteindre l'objectif avant le 30 juin.")), ["2015-06-30"])
    }

    /// A date that bounds which cases a rule covers (`cutOffs` in deadlines.json: "les demandes
    /// déposées avant le 1er mars") is no deadline; under an auxiliary the participle is the
    /// duty's, and the date stays ("les dossiers devront être impérativement transmis avant…").
    func testACutOffIsNoDeadline() throws {
        struct F: Decodable { struct S: Decodable { let examples, counterExamples: [String] }; let cutOffs: S }
        let f = try TestLexicons.store.load("deadlines.json", as: F.self).cutOffs
        for ex in f.examples { XCTAssertEqual(DeadlineHarness.values(run(ex)), [], ex) }
        for ex in f.counterExamples { XCTAssertEqual(DeadlineHarness.values(run(ex)).count, 1, ex) }
        XCTAssertEqual(DeadlineHarness.values(run("Les tableaux devront être impérativement transmis avant le 15 mars.")), ["2015-03-15"])
    }

    /// A cue after its date, bounding the hour of that day: "le 15 juillet avant 12 heures".
    func testACueBoundingTheHourAfterTheDate() {
        XCTAssertEqual(DeadlineHarness.values(run("Vous me transmettrez le tableau le 15 mars avant 12 heures.")), ["2015-03-15"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous me transmettrez le tableau le 3 mars à 18 heures au plus tard.")), ["2015-03-03"])
        // An opening time is no deadline, nor a date the hour does not follow.
        XCTAssertEqual(DeadlineHarness.values(run("Les bureaux seront ouverts le 15 mars jusqu'à 18 heures.")), [])
        XCTAssertEqual(DeadlineHarness.values(run("La réunion se tiendra le 15 mars avant la séance plénière.")), [])
    }

    func testWeekdayMismatchWarnsAndStillResolves() {
        let r = run("Vous me ferez parvenir le tableau d'ici le jeudi 13 mars.")
        XCTAssertEqual(DeadlineHarness.values(r), ["2015-03-13"])
        XCTAssertEqual(r.warnings.map(\.code), ["weekday-mismatch"])
        XCTAssertTrue(r.warnings[0].message.contains("vendredi"), r.warnings[0].message)
    }

    func testYearRollsOverToTheFirstDateOnOrAfterTheDocument() {
        XCTAssertEqual(DeadlineHarness.values(run("Vous répondrez avant le 15 janvier.", date: "2015-11-20")), ["2016-01-15"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous répondrez avant le 31 décembre.", date: "2015-11-20")), ["2015-12-31"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous répondrez au plus tard le 15 mai 2024.", date: "2024-03-01")), ["2024-05-15"])
        XCTAssertEqual(run("Vous répondrez au plus tard le 15 mai 2024.", date: "2024-03-01").deadlines.first?.strict, true)
        XCTAssertEqual(DeadlineHarness.values(run("Vous répondrez pour le 1er juin.")), ["2015-06-01"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous répondrez d'ici fin mars.")), ["2015-03-31"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous répondrez d'ici la fin de l'année.")), ["2015-12-31"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous répondrez avant le 30/04/2015.")), ["2015-04-30"])
    }

    func testPastAndUncuedDatesAreNoDeadlines() {
        XCTAssertTrue(run("Ainsi que je vous l'ai rappelé lors de la réunion plénière des préfets le 8 octobre dernier, votre rôle est crucial.", date: "2024-10-28").deadlines.isEmpty)
        XCTAssertTrue(run("Paris, le 28 OCT. 2024", date: "2024-10-28").deadlines.isEmpty)
        XCTAssertTrue(run("La circulaire du 5 février 2024 reste applicable.", date: "2024-10-28").deadlines.isEmpty)
        // A cut-off already past when the document was signed.
        XCTAssertTrue(run("Les faits commis avant le 1er mars 2016 restent soumis à la loi ancienne.", date: "2016-10-01").deadlines.isEmpty)
        // "jusqu'au" bounds a duty only in a sentence addressed to someone.
        XCTAssertTrue(run("Le dispositif est prolongé jusqu'au 31 décembre.").deadlines.isEmpty)
        XCTAssertEqual(DeadlineHarness.values(run("Vous conserverez ces pièces jusqu'au 31 décembre.")), ["2015-12-31"])
        // "pour" needs its article.
        XCTAssertTrue(run("Une carte pour 13 mars.").deadlines.isEmpty)
    }

    func testUnknownDocumentDateChoosesTheYearOfTheWeekday() {
        let r = run("Note du service. En 2014 et 2015, vous répondrez d'ici le vendredi 13 mars.", date: nil)
        XCTAssertEqual(DeadlineHarness.values(r), ["2015-03-13"])
        XCTAssertEqual(r.warnings.map(\.code), ["deadline-year-chosen"])
    }

    /// An undated press item tells of dated events before the duties it reports: a date
    /// without a year is the first after the latest date mentioned before it.
    func testUndatedTextReadsADeadlineAfterTheEventsItTells() {
        let r = run("L'instruction du 17 octobre 2012, présentée le 24 octobre, demande aux préfets d'agir avant la fin du mois de janvier.",
                    date: nil, kind: .article)
        XCTAssertEqual(DeadlineHarness.values(r), ["2013-01-31"])
        XCTAssertTrue(r.warnings.first?.message.contains("2012-10-24") ?? false, "\(r.warnings)")
        // With no dated event before it, the latest year mentioned still decides.
        let r2 = run("Les préfets devront répondre avant le 15 mars. Le bilan de 2012 sera publié.", date: nil, kind: .article)
        XCTAssertEqual(DeadlineHarness.values(r2), ["2012-03-15"])
    }

    func testTheEndOfTheSchoolYearIsNotTheThirtyFirstOfDecember() {
        XCTAssertEqual(DeadlineHarness.values(run("Vous veillerez à ne pas procéder avant la fin de l'année scolaire à ces mesures.")), [])
        XCTAssertEqual(DeadlineHarness.values(run("Vous procéderez à ces mesures avant la fin de l'année.")), ["2015-12-31"])
    }

    /// "la fin du premier semestre 2021", "la fin du troisième trimestre": the part's last day,
    /// in the year written or the document's.
    func testTheEndOfAHalfOrAQuarterOfTheYear() {
        XCTAssertEqual(DeadlineHarness.values(run("Vous me transmettrez votre bilan avant la fin du premier semestre 2021.")), ["2021-06-30"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous me transmettrez votre bilan avant la fin du troisième trimestre.")), ["2015-09-30"])
        XCTAssertEqual(DeadlineHarness.values(run("Vous me transmettrez votre bilan d'ici la fin du 4e trimestre.")), ["2015-12-31"])
        // A fifth quarter does not exist.
        XCTAssertEqual(DeadlineHarness.values(run("Vous me transmettrez votre bilan avant la fin du cinquième trimestre.")), [])
    }

    /// "d'ici la fin du mois": the last day of the month the document is dated in; without a
    /// document date, none; "la fin du mois de juin" stays June's.
    func testTheEndOfTheCurrentMonth() {
        XCTAssertEqual(DeadlineHarness.values(run("Un bilan devra m'être adressé d'ici la fin du mois.")), ["2015-02-28"])
        XCTAssertEqual(DeadlineHarness.values(run("Un bilan devra m'être adressé d'ici la fin du mois.", date: nil)), [])
        XCTAssertEqual(DeadlineHarness.values(run("Vous me transmettrez votre bilan avant la fin du mois de juin.")), ["2015-06-30"])
    }

    func testAPressItemsOpeningAdverbTellsHowTheActWasDone() {
        XCTAssertEqual(DeadlineHarness.values(run("Sans attendre, le ministre a envoyé un télégramme aux préfets.", kind: .article)), [])
        XCTAssertEqual(DeadlineHarness.values(run("Les préfets devront agir sans attendre.", kind: .article)), ["asap"])
        // In a circular, the same opening is an instruction.
        XCTAssertEqual(DeadlineHarness.values(run("Sans attendre, vous réunirez les services.", kind: .circulaire)), ["asap"])
    }

    func testDateFollowedByAStrictCue() {
        let r = run("Vous me transmettrez ce tableau le 1er mars au plus tard.")
        XCTAssertEqual(DeadlineHarness.values(r), ["2015-03-01"])
        XCTAssertEqual(r.deadlines.first?.strict, true)
        XCTAssertEqual(r.deadlines.first?.text, "1er mars au plus tard")
        let r2 = run("Vous me répondrez pour le vendredi 13 mars, délai de rigueur.")
        XCTAssertEqual(DeadlineHarness.values(r2), ["2015-03-13"])
        XCTAssertEqual(r2.deadlines.first?.strict, true)
    }

    func testHeaderEcheance() {
        XCTAssertEqual(DeadlineHarness.values(run("Vous trouverez le tableau. Echéance : 30/11/2015")), ["2015-11-30"])
    }

    // MARK: periodicities

    func testPeriodicities() {
        let cases: [(String, String)] = [
            ("je vous demande de renseigner chaque mois le tableau ci-joint", "R/P1M"),
            ("de poursuivre le suivi mensuel de la mise en œuvre de ces outils", "R/P1M"),
            ("au cours des réunions hebdomadaires de sécurité que vous présidez", "R/P1W"),
            ("Vous me rendrez compte trimestriellement et personnellement des éloignements", "R/P3M"),
            ("du nombre de reconduites chaque trimestre", "R/P3M"),
            ("vous réunirez la cellule deux fois par mois", "R/P2W"),
            ("vous réunirez la cellule une fois par semaine", "R/P1W"),
            ("vous réunirez la cellule tous les deux mois", "R/P2M"),
            ("vous réunirez la cellule tous les quinze jours", "R/P2W"),
            ("vous réunirez la cellule chaque lundi", "R/P1W"),
            ("vous réunirez la cellule quatre fois par an", "R/P3M"),
            ("vous adresserez un bilan semestriel", "R/P6M"),
            ("vous adresserez un rapport d'activité annuel", "R/P1Y"),
            ("vous ferez un point quotidien", "R/P1D"),
            ("vous réunirez la cellule chaque fin de trimestre", "R/P3M"),
            // A count of acts per period: as "N fois par", else the period itself.
            ("chaque préfet organise au moins un exercice par an", "R/P1Y"),
            ("vous tiendrez deux réunions de suivi par mois", "R/P2W"),
            ("les services réaliseront deux opérations de contrôle conjointes par trimestre", "R/P3M"),
        ]
        for (s, v) in cases {
            let r = run(s + ".")
            XCTAssertEqual(r.deadlines.map(\.value), [v], s)
            XCTAssertEqual(r.deadlines.first?.kind, .recurrence, s)
        }
    }

    func testRatesAndEverydayAreNoPeriodicities() {
        for s in ["Gérald Darmanin a rappelé que l'État dépense 3,6 millions d'euros par an pour assurer la mise à disposition de 1 450 repas par jour aux 750 migrants errants.",
                  "Elles permettent de servir 1 450 repas chaque jour.",
                  "je vous confirme les axes qui doivent structurer votre rôle quotidien de pilotage.",
                  "un plan de restauration de la sécurité du quotidien.",
                  "à chaque fois qu'un nouveau cas vous sera signalé, votre équipe entrera en contact.",
                  "La tenue de réunions régulières relève de votre appréciation.",
                  "le montant de l'allocation d'entretien mensuelle.",
                  // A count of acts too large for a rhythm, or no act: a rate.
                  "Les services réalisent 1 200 contrôles par an dans le département.",
                  "Le département accueille deux nouveaux centres par an."] {
            XCTAssertTrue(run(s, kind: .circulaire).deadlines.isEmpty, "\(s) → \(run(s).deadlines.map(\.value))")
        }
    }

    // MARK: asap

    func testAsap() {
        for s in ["il est impératif qu'elle soit organisée dans chaque département dans les meilleurs délais.",
                  "Vous vous assurerez de l'information exhaustive et sans délais des caisses.",
                  "Toute violation doit vous être immédiatement signalée.",
                  "Vous transmettrez ces éléments dès réception de la présente note.",
                  "Vous procéderez sans attendre.",
                  "Vous me rendrez compte sans délai de toute difficulté.",
                  "Vous me transmettrez ces éléments dès que possible."] {
            XCTAssertEqual(DeadlineHarness.values(run(s)), ["asap"], s)
        }
        XCTAssertTrue(run("Sans attendre le fruit des actions engagées, je vous confirme les axes.").deadlines.isEmpty)
        XCTAssertEqual(run("il est impératif qu'elle soit organisée dans les meilleurs délais.").deadlines.first?.strict, true)
        XCTAssertEqual(run("Vous procéderez dans les meilleurs délais.").deadlines.first?.strict, false)
    }

    // MARK: limits and durations

    func testTimeLimits() {
        let cases: [(String, String)] = [
            ("Vous me transmettrez ces informations dans un délai de 48 heures.", "PT48H"),
            ("Vous me transmettrez ces informations sous quinze jours.", "P15D"),
            ("Vous me transmettrez ces informations dans les quinze jours.", "P15D"),
            ("Vous me transmettrez ces informations dans un délai d'un mois.", "P1M"),
            ("Vous me transmettrez ces informations dans un délai de quarante-huit heures.", "PT48H"),
            ("Vous me transmettrez ces informations sous huitaine.", "P8D"),
        ]
        for (s, v) in cases {
            let r = run(s)
            XCTAssertEqual(r.deadlines.map(\.value), [v], s)
            XCTAssertEqual(r.deadlines.first?.kind, .limit, s)
            XCTAssertTrue(r.durations.isEmpty, s)
        }
        // The law's time limits are durations.
        let law = run("Après notification, l'étranger dispose d'un délai de trente jours pour quitter le territoire.")
        XCTAssertTrue(law.deadlines.isEmpty)
        XCTAssertEqual(law.durations.map(\.value), ["P30D"])
    }

    func testDurationsTheLawSets() {
        let src = """
        La loi n° 2024-42 permet en effet désormais de porter sa durée maximale de trois à cinq ans et, en cas de menace grave pour l'ordre public à dix ans. \
        Je vous rappelle que la menace à l'ordre public constitue un motif de prolongation de la rétention au-delà de trente jours, conformément à l'article L. 742-4, \
        pour une durée de trente jours supplémentaires, ainsi que pour les prolongations exceptionnelles de 15 jours prévues à l'article L. 742-5. \
        La loi du 26 janvier 2024 a étendu le délai, en le portant de 10 heures à 24 heures. \
        L'article L.741-7 du CESEDA réduit à 48 heures, au lieu de sept jours, le délai avant l'expiration duquel une nouvelle décision ne peut être prise.
        """
        let r = run(src, date: "2024-10-28", kind: .circulaire)
        XCTAssertTrue(r.deadlines.isEmpty, "\(r.deadlines)")
        XCTAssertEqual(r.durations.map(\.value), ["P3Y", "P5Y", "P10Y", "P30D", "P30D", "P15D", "PT10H", "PT24H", "PT48H", "P7D"])
        for d in r.durations {
            let scalars = Array(src.unicodeScalars)
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[d.span.range])), d.text)
        }
    }

    func testAgesClockTimesAndElapsedTimeAreNoDurations() {
        XCTAssertTrue(run("L'étranger âgé de moins de dix-huit ans ne peut faire l'objet d'une mesure.").durations.isEmpty)
        XCTAssertTrue(run("La réunion se tiendra à 10 heures.").durations.isEmpty)
        XCTAssertTrue(run("depuis 4 mois, 200 gendarmes ont été déployés dans la zone.", kind: .communique).durations.isEmpty)
        XCTAssertTrue(run("Ce courrier a été écrit quatre jours après l'attaque.", kind: .depeche).durations.isEmpty)
    }

    func testEachOccurrenceIsItsOwnDeadline() {
        let r = run("Vous renseignerez chaque mois le tableau, et vous me le transmettrez chaque mois.")
        XCTAssertEqual(r.deadlines.map(\.value), ["R/P1M", "R/P1M"])
        XCTAssertNotEqual(r.deadlines[0].span, r.deadlines[1].span)
    }
}
