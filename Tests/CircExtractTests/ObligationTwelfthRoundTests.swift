import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Twelfth round: two commands coordinated in one circular sentence ("de renforcer … et de me
/// signaler …", "… ainsi que de veiller à …"), the importance the emitter gives to an act
/// ("J'attache la plus grande importance au renforcement de …"), the priority a circular
/// sets ("L'accent sera mis sur …"), a recurring duty in the present ("Le préfet de
/// département réunit au moins une fois par an …"), and services that fell back to the
/// addressees (DDETS, SGAR, renseignement territorial). Sentences written for each rule,
/// with the counter-example it could overreach into.
final class ObligationTwelfthRoundTests: XCTestCase, ObligationRuleTesting {
    // MARK: two commands in one sentence

    func testSecondInfinitiveReportingToTheEmitterIsASecondCommand() {
        let o = obligations("Il vous appartiendra de renforcer les contrôles aux points de passage et de me signaler sans délai toute difficulté.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "me signaler sans délai")?.modality, .obligation)
        let care = obligations("Je vous demande de désigner un référent dans chaque arrondissement et de veiller à sa bonne information.")
        XCTAssertEqual(care.count, 2, "\(care.map(\.text))")
        let sure = obligations("Je vous demande de réunir les maires et de vous assurer que les consignes sont connues.")
        XCTAssertEqual(sure.count, 2, "\(sure.map(\.text))")
    }

    func testSecondStepAndCoordinatedNounsStayOneDirective() {
        // Two steps of one act, as the development set annotates them.
        XCTAssertEqual(obligations("En outre, il vous appartient d'utiliser tous les moyens de droit à votre disposition et d'aller au bout de la procédure.").count, 1)
        // Nouns under one verb, two objects of one infinitive.
        XCTAssertEqual(obligations("Je vous demande de renforcer les contrôles et la coopération avec les services douaniers.").count, 1)
        XCTAssertEqual(obligations("Il vous appartient de réunir les maires et les responsables des postes de secours.").count, 1)
        XCTAssertEqual(obligations("Vous veillerez à la sécurité et à la salubrité des lieux de baignade.").count, 1)
    }

    func testAinsiQueDeOpensASecondCommand() {
        let o = obligations("Je vous demande de sécuriser les abords des établissements scolaires ainsi que de veiller à la bonne information des familles.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "ainsi que de veiller")?.actor, "addressees")
        // "ainsi que de" + a noun is one object more.
        XCTAssertEqual(obligations("Je vous demande de renforcer les contrôles ainsi que la coopération avec les douanes.").count, 1)
    }

    func testSeriesOfInfinitivesIsOneCommandEach() {
        let o = obligations("Je vous demande de renforcer les contrôles, de mobiliser les forces de l'ordre et de me signaler toute difficulté.")
        XCTAssertEqual(o.count, 3, "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "de mobiliser les forces"))
        // What a thing allows is no command, however many infinitives it lists.
        XCTAssertTrue(obligations("Ces groupes de parole seront utiles. Ils permettront aux parents d'échanger entre eux, de témoigner et de conseiller les familles.")
            .filter { $0.text.contains("témoigner") || $0.text.contains("conseiller") }.isEmpty)
    }

    /// A figure the addressees must raise ("doit être amplifié") asks them to act; praise of it
    /// ("doit être saluée") is no directive, as the rulebook says.
    func testExhortationAboutAFigureIsAnObligationPraiseIsNot() {
        XCTAssertEqual(obligations("Ce résultat, en progression de 20 % par rapport à l'année précédente, doit être amplifié.").first?.modality, .obligation)
        XCTAssertTrue(obligations("Cette mobilisation exemplaire doit être saluée.").isEmpty)
    }

    func testFutureAfterEtOrPuisIsASecondCommand() {
        XCTAssertEqual(obligations("Lorsque vous constaterez une pollution, vous en établirez l'origine et saisirez les autorités de l'État responsable.").count, 2)
        XCTAssertEqual(obligations("Vous réunirez les acteurs locaux puis vous me transmettrez le bilan de ces réunions.").count, 2)
        XCTAssertEqual(obligations("Vous veillerez à informer les maires et les présidents d'intercommunalité de ces mesures.").count, 1)
    }

    // MARK: "J'attache la plus grande importance à …"

    func testImportanceGivenToAnActIsAnObligation() {
        for s in ["J'attache la plus grande importance au renforcement de la coopération entre services.",
                  "J'attache la plus grande importance à la stricte application de ces instructions.",
                  "J'attache une importance particulière à ce que les maires soient informés sans délai."] {
            let o = obligations(s)
            XCTAssertEqual(o.count, 1, s)
            XCTAssertEqual(o.first?.modality, .obligation, s)
        }
        // A thing or a quality is emphasis; the request after it is the one directive.
        XCTAssertTrue(obligations("J'attache du prix à la qualité de ces échanges.").isEmpty)
        let demand = obligations("J'attache la plus grande importance à ces dispositions et vous demande de me rendre compte des difficultés rencontrées.")
        XCTAssertEqual(demand.count, 1, "\(demand.map(\.text))")
    }

    // MARK: "L'accent sera mis sur …"

    func testPriorityOfTheActionIsAnObligation() {
        XCTAssertEqual(obligations("L'accent sera mis sur la prévention des violences intrafamiliales.").first?.modality, .obligation)
        XCTAssertEqual(obligations("Un accent particulier devra être mis sur le contrôle des débits de boissons.").first?.modality, .obligation)
        XCTAssertTrue(obligations("L'accent a été mis l'an dernier sur la prévention.").isEmpty)
        // A press item reports a plan, not an instruction.
        XCTAssertTrue(obligations("Selon l'entourage du ministre, l'accent sera mis sur la prévention.", kind: .article).isEmpty)
    }

    // MARK: "Je vous engage à" / "Je vous invite à"

    /// The rulebook names "je vous invite à" an obligation (the administration's polite
    /// command); "engager à" exhorts (the development set reads "doivent vous engager
    /// fortement à" as a recommendation), so "je vous engage à" stays one.
    func testEngageIsARecommendationInviteAnObligation() {
        XCTAssertEqual(obligations("Je vous engage à associer étroitement les élus locaux à cette démarche.").first?.modality, .recommendation)
        XCTAssertEqual(obligations("Je vous invite à présenter ce dispositif aux chefs de service concernés.").first?.modality, .obligation)
    }

    // MARK: a recurring duty in the present

    func testPresentWithAPeriodIsARecurringDuty() {
        let o = obligations("Le préfet de département réunit au moins une fois par an le comité départemental de sécurité.")
        XCTAssertEqual(find(o, "réunit au moins une fois")?.actor, "prefet-de-departement")
        XCTAssertEqual(o.first?.modality, .obligation)
        let subs = obligations("Les sous-préfets réunissent chaque trimestre les cellules de veille.")
        XCTAssertEqual(find(subs, "réunissent chaque trimestre")?.actor, "sous-prefet")
        // Without a period, a body that is no role, or a past fact: a description.
        XCTAssertTrue(obligations("Le sous-préfet préside la commission de sécurité de l'arrondissement.").isEmpty)
        XCTAssertTrue(obligations("Le comité de pilotage se réunit chaque trimestre sous la présidence du préfet.").isEmpty)
        XCTAssertTrue(obligations("Le préfet a réuni chaque mois les acteurs de la sécurité.").isEmpty)
        XCTAssertTrue(obligations("Le préfet réunit chaque mois les acteurs, selon la presse.", kind: .article).isEmpty)
    }

    // MARK: services

    func testServicesNameTheirRoles() {
        XCTAssertEqual(obligations("Les DDETS veilleront à l'hébergement des travailleurs saisonniers.").first?.actor,
                       "directeur-departemental-de-l-emploi-du-travail-et-des-solidarites")
        XCTAssertEqual(obligations("Les directions départementales de l'emploi, du travail et des solidarités veilleront au respect de ces règles.").first?.actor,
                       "directeur-departemental-de-l-emploi-du-travail-et-des-solidarites")
        XCTAssertEqual(obligations("Le SGAR assurera la coordination régionale de ces actions.").first?.actor,
                       "secretaire-general-pour-les-affaires-regionales")
        XCTAssertEqual(obligations("Les services de renseignement territorial devront signaler tout rassemblement festif non déclaré.").first?.actor,
                       "renseignement-territorial")
        XCTAssertEqual(obligations("Les services préfectoraux devront instruire ces demandes en priorité.").first?.actor, "prefet-de-departement")
        // A service named as the object of the addressees' act leaves them the actor.
        XCTAssertEqual(obligations("Vous solliciterez l'appui des services de renseignement territorial.").first?.actor, "addressees")
    }

    // MARK: support offered to the addressees

    func testSupportAServiceOffersTheAddresseesIsNoDirective() {
        XCTAssertTrue(obligations("Le SGAR vous apportera son concours pour la préparation des dossiers.").isEmpty)
        XCTAssertTrue(obligations("Les services de police vous accompagneront dans la préparation de ces opérations.").isEmpty)
        // Without "vous" the same verb sets the service to work; another verb after "vous" too.
        XCTAssertEqual(obligations("Les services de police apporteront leur concours aux huissiers de justice.").first?.actor, "forces-de-securite-interieure")
        XCTAssertEqual(obligations("Le SGAR vous transmettra la liste des sites avant le 15 mars.").count, 1)
    }

    // MARK: an earlier request told in the past

    func testARequestToldInTheImperfectOrPluperfectIsAnEarlierTextsBackground() throws {
        let section = try XCTUnwrap(ObligationHarness.extractor.lex.file.reported.earlierRequest)
        for ex in section.examples { XCTAssertTrue(obligations(ex, kind: .article).isEmpty, ex) }
        for ex in section.counterExamples { XCTAssertEqual(obligations(ex, kind: .article).count, 1, ex) }
        XCTAssertTrue(obligations("Le préfet leur avait déjà demandé de fermer ces établissements.", kind: .article).isEmpty)
        XCTAssertEqual(obligations("Le ministre a déjà demandé aux préfets de fermer ces établissements.", kind: .article).first?.actor, "prefet-de-departement")
    }
}
