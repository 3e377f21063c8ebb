import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Periodic phrases that describe rather than ask (`descriptivePeriods` in deadlines.json),
/// cut-offs on a person's past (`cutOffs`), and the law's words that do not make a time limit
/// the law's (`lawNounsAfter`).
final class DeadlineDescriptionTests: XCTestCase {
    func values(_ s: String, kind: DocumentKind = .circulaire) -> [String] {
        DeadlineHarness.values(DeadlineHarness.run(s, date: "2025-02-10", kind: kind))
    }

    /// The examples and counter-examples written in the lexicon.
    func testLexiconExamplesOfDescriptivePeriods() throws {
        struct F: Decodable { struct S: Decodable { let examples, counterExamples: [String] }; let descriptivePeriods: S }
        let f = try TestLexicons.store.load("deadlines.json", as: F.self).descriptivePeriods
        for ex in f.examples { XCTAssertEqual(values(ex), [], ex) }
        for ex in f.counterExamples { XCTAssertEqual(values(ex).count, 1, ex) }
    }

    /// "chaque année 120 000 demandes": a quantity after the phrase is a rate; a small figure
    /// counts the duty's objects.
    func testAQuantityAfterThePhraseIsARate() {
        XCTAssertEqual(values("Notre pays enregistre chaque mois près de 10 000 passages irréguliers."), [])
        XCTAssertEqual(values("Les services reçoivent chaque semaine 300 signalements."), [])
        XCTAssertEqual(values("Le centre de rétention accueille chaque année plus de 2 000 personnes."), [])
        XCTAssertEqual(values("Vous me transmettrez chaque mois 2 exemplaires du tableau."), ["R/P1M"])
        XCTAssertEqual(values("Vous réunirez chaque mois, le 15, la cellule départementale."), ["R/P1M"])
    }

    /// "se sont rassemblés chaque jour", "se tenaient chaque mois": past events; a future, a
    /// subjunctive or a modal passive keeps its period, and so does a conditional.
    func testAPastTenseBeforeThePhraseTellsAnEvent() {
        XCTAssertEqual(values("Les policiers ont patrouillé chaque nuit dans le quartier."), [])
        XCTAssertEqual(values("En 2024, les préfets ont réuni chaque mois les comités départementaux."), [])
        XCTAssertEqual(values("Les comités étaient réunis chaque trimestre."), [])
        XCTAssertEqual(values("La cellule a siégé chaque semaine pendant la crise."), [])
        XCTAssertEqual(values("Vous veillerez à ce que le comité soit réuni chaque mois."), ["R/P1M"])
        XCTAssertEqual(values("Le tableau devra être renseigné chaque semaine par vos services."), ["R/P1W"])
        XCTAssertEqual(values("Vous devriez réunir chaque mois le comité."), ["R/P1M"])
        XCTAssertEqual(values("La réunion a lieu chaque mois en préfecture, sous votre présidence."), ["R/P1M"])
        XCTAssertEqual(values("Un point devra être fait chaque semaine avec les services."), ["R/P1W"])
    }

    /// "une obligation de présentation quotidienne": a measure on a third party.
    func testAPeriodOfAMeasureIsNoDutyOfTheAddressees() {
        XCTAssertEqual(values("L'assignation doit être assortie d'une obligation de présentation hebdomadaire au commissariat."), [])
        XCTAssertEqual(values("L'intéressé est soumis à une obligation de pointage hebdomadaire."), [])
        XCTAssertEqual(values("Vous organiserez une présentation mensuelle des résultats aux élus."), ["R/P1M"])
        XCTAssertEqual(values("Vous veillerez à l'obligation de transmission d'un rapport mensuel à mes services."), ["R/P1M"])
    }

    /// "Vous trouverez en annexe le tableau de bord mensuel": the annexed document described,
    /// unless the sentence asks to fill or send it.
    func testAnAnnexDescribedIsNoDuty() {
        XCTAssertEqual(values("Vous trouverez en annexe le tableau de bord mensuel des indicateurs."), [])
        XCTAssertEqual(values("Je vous prie de trouver ci-joint le rapport annuel de l'observatoire."), [])
        XCTAssertEqual(values("Vous trouverez ci-joint le tableau de suivi mensuel que vous voudrez bien me retourner."), ["R/P1M"])
        XCTAssertEqual(values("Vous trouverez en annexe le tableau mensuel à renseigner."), ["R/P1M"])
        XCTAssertEqual(values("Vous trouverez ci-joint une note, et vous me transmettrez chaque mois un état."), ["R/P1M"])
    }

    /// "Plus de 45 000 policiers seront mobilisés chaque jour": figures; a list number, the
    /// period itself or a small count of what must be done keeps the period.
    func testASentenceOpeningOnFiguresStatesThem() {
        XCTAssertEqual(values("12 000 agents sont déployés chaque été sur le littoral."), [])
        XCTAssertEqual(values("Près de deux mille agents sont mobilisés chaque jour."), [])
        XCTAssertEqual(values("1. Vous réunirez chaque mois le comité départemental."), ["R/P1M"])
        XCTAssertEqual(values("2) Vous me rendrez compte chaque semaine."), ["R/P1W"])
        XCTAssertEqual(values("Deux fois par mois, vous réunirez le comité."), ["R/P2W"])
        XCTAssertEqual(values("Trois exercices de sécurité seront organisés chaque année dans chaque établissement."), ["R/P1Y"])
    }

    /// Praise asks nothing; a third party's duty stated in its own sentence is not the
    /// addressees'; "je vous remercie de…" asks, and "vos services" bring the addressees in.
    func testPraiseAndAThirdPartysDutyGiveNoPeriod() {
        XCTAssertEqual(values("Je tiens à saluer le professionnalisme des policiers engagés chaque soir."), [])
        XCTAssertEqual(values("L'étranger est tenu de se présenter chaque semaine au commissariat."), [])
        XCTAssertEqual(values("L'intéressé doit se présenter chaque jour aux services de police."), [])
        XCTAssertEqual(values("Je vous remercie de me transmettre chaque mois le tableau de suivi."), ["R/P1M"])
        XCTAssertEqual(values("L'étranger assigné à résidence fera l'objet d'un contrôle hebdomadaire par vos services."), ["R/P1W"])
    }

    /// "les étrangers placés en rétention avant le 1er mars", "si vous êtes né avant le 1er
    /// janvier 1987": which persons, not by when; under an auxiliary of duty, the date stays.
    func testACutOffOnAPersonsPast() {
        XCTAssertEqual(values("Les étrangers placés en rétention avant le 1er mars 2025 relèvent du régime antérieur."), [])
        XCTAssertEqual(values("Si vous êtes né avant le 1er janvier 1987, vous joindrez l'acte de mariage."), [])
        XCTAssertEqual(values("Vous veillerez à ce que les intéressés soient placés en rétention avant le 1er mars 2025."), ["2025-03-01"])
        XCTAssertEqual(values("Les dossiers devront être mis à jour avant le 1er mars 2025."), ["2025-03-01"])
    }

    /// A text's name after the limit ("les actes mentionnés à l'article 2 de la loi") and a
    /// court that an infinitive governs ("saisir le juge") leave the limit the addressees'; the
    /// law speaking ("le juge statue", "aux termes de la loi", "l'étranger dispose") does not,
    /// and in a code nothing changes.
    func testLawWordsThatDoNotMakeTheLimitTheLaws() {
        XCTAssertEqual(values("Les maires devront transmettre au préfet dans un délai de quinze jours les actes mentionnés à l'article 2 de la loi."), ["P15D"])
        XCTAssertEqual(values("Ils doivent saisir le juge des libertés dans les quarante-huit heures du placement en rétention."), ["PT48H"])
        XCTAssertEqual(values("Les services devront informer le juge dans un délai de 24 heures de toute difficulté."), ["PT24H"])
        XCTAssertEqual(values("Le juge statue dans un délai de quarante-huit heures."), [])
        XCTAssertEqual(values("Aux termes de la loi, le maire transmet les actes dans un délai de quinze jours."), [])
        XCTAssertEqual(values("L'étranger peut saisir le tribunal administratif dans un délai de quarante-huit heures."), [])
        XCTAssertEqual(values("Le recours est formé dans un délai de dix heures à compter de la notification de l'ordonnance.", kind: .code), [])
    }
}
