import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Fifth round: whole circulars — a role named once then taken up by a pronoun (in the
/// sentence before, or in the part heading), numbered items that open on a capitalised
/// infinitive, conditions and the text's own purpose that must give nothing. Each rule on
/// passages written for it, with the counter-example where it could overreach.
final class ObligationWholeCircularTests: XCTestCase, ObligationRuleTesting {
    // MARK: a pronoun after a named role

    func testAPronounFutureInstructsTheRoleTheSentenceBeforeNamed() {
        let o = obligations("""
        Les procureurs de la République veilleront à établir un protocole avec l'ordre des médecins. Ils s'assureront que chaque signalement donne lieu à une réponse rapide.
        """)
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "Ils s'assureront que chaque signalement")?.actor, "procureur-de-la-republique")
    }

    func testAPartHeadingNamesTheRoleOfThePronounsBelowIt() {
        let o = obligations("""
        Vous veillerez à engager un dialogue avec les organisateurs.

        II. LE RÔLE DES FORCES DE SÉCURITÉ INTÉRIEURE

        Elles adapteront leur dispositif à la physionomie de la manifestation. Elles veilleront notamment :
        - à garantir la liberté de manifester ;
        - à isoler rapidement les individus violents.
        """)
        XCTAssertEqual(find(o, "Elles adapteront leur dispositif")?.actor, "forces-de-securite-interieure")
        XCTAssertEqual(find(o, "à isoler rapidement les individus violents")?.actor, "forces-de-securite-interieure")
        XCTAssertEqual(find(o, "à garantir la liberté")?.modality, .obligation)
    }

    func testAPronounChainKeepsItsRoleAndAModalTakesItToo() {
        let o = obligations("""
        II. LE RÔLE DE L'OFII

        Il devra proposer une offre de prise en charge le jour même. Il informera le demandeur des conséquences d'un refus.
        """)
        XCTAssertEqual(find(o, "Il devra proposer")?.actor, "ofii")
        XCTAssertEqual(find(o, "Il informera le demandeur")?.actor, "ofii")
    }

    func testAPronounWithNoRoleJustNamedOrAnImpersonalFutureGivesNothing() {
        // No role before the pronoun: a thing, or a role two paragraphs away.
        for s in ["Les demandes font l'objet d'un examen attentif. Elles feront l'objet d'une réponse écrite.",
                  "Le préfet réunit le comité.\n\nLa situation reste tendue.\n\nIl adressera un rapport au ministre.",
                  "Les procureurs veilleront à l'information des victimes. Il conviendra aussi d'associer les avocats.",
                  "Le titre de séjour est délivré pour un an. Il expirera à la date indiquée."] {
            let o = obligations(s)
            XCTAssertFalse(o.contains { $0.text.hasPrefix("Il adressera") || $0.text.hasPrefix("Elles feront") || $0.text.hasPrefix("Il expirera") }, "\(s) → \(o.map(\.text))")
            XCTAssertFalse(o.contains { $0.actor == "procureur-de-la-republique" && $0.text.contains("conviendra") }, "\(s) → \(o.map { ($0.text, $0.actor) })")
        }
    }

    func testAnImpersonalPassiveAfterANamedRoleKeepsTheAddressees() {
        let o = obligations("Les services de police procéderont à la consultation des fichiers.\n\nIl pourra être fait appel à un interprète.")
        XCTAssertEqual(find(o, "procéderont à la consultation")?.actor, "forces-de-securite-interieure")
        XCTAssertEqual(find(o, "Il pourra être fait appel")?.actor, "addressees")
    }

    func testASecondFutureAfterEtIsASecondCommandOfTheSameSubject() {
        let o = obligations("Les procureurs généraux animeront la politique pénale dans leur ressort et réuniront au moins une fois par an les procureurs de la République.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "réuniront au moins une fois par an")?.actor, "procureur-general")
        let v = obligations("Vous procéderez à l'examen de la demande et notifierez la décision à l'intéressé.")
        XCTAssertEqual(v.count, 2, "\(v.map(\.text))")
        // A verb of what happens to the subject is no second command; nor is a noun.
        XCTAssertEqual(obligations("Les préfets réuniront le comité et bénéficieront de l'appui de la DGEF.").count, 1)
        XCTAssertEqual(obligations("Vous veillerez à la sécurité des personnes et des biens.").count, 1)
    }

    func testAMarkerWhoseLeurStandsForTheRoleJustNamed() {
        let o = obligations("""
        II. LES PROCUREURS GÉNÉRAUX

        Ils animeront la politique pénale dans leur ressort. Il leur reviendra également de veiller à la coordination des juridictions.
        """)
        XCTAssertEqual(find(o, "Il leur reviendra également de veiller")?.actor, "procureur-general")
        // With no role before it, the addressees.
        XCTAssertEqual(obligations("Il leur appartient de saisir le juge des libertés et de la détention.").first?.actor, "addressees")
        XCTAssertEqual(obligations("Il appartient toutefois à vos services de lui apporter leur concours.").count, 1)
    }

    // MARK: numbered items with a capital

    func testCapitalisedInfinitiveItemsUnderAnIntroductionAreDirectivesAcrossAPageNumber() {
        let o = obligations("""
        Je vous demande de les mettre en œuvre dès réception, selon les modalités suivantes :

        1. Identifier dans chaque département un pôle spécialisé chargé du contentieux ;

        2. Désigner un référent chargé des relations avec les consulats ;

        3. Programmer les escortes au moins quarante-huit heures à l'avance.
        """)
        XCTAssertEqual(find(o, "Identifier dans chaque département")?.actor, "addressees")
        XCTAssertEqual(find(o, "Désigner un référent")?.modality, .obligation)
        XCTAssertNotNil(find(o, "Programmer les escortes"))
    }

    func testANumberedHeadingAfterAColonIsNoItem() {
        let o = obligations("""
        Vous trouverez ci-après les orientations que j'entends voir appliquer :

        1. Les étrangers dont le comportement constitue une menace

        Vous veillerez à l'inscription systématique au fichier.
        """)
        XCTAssertFalse(o.contains { $0.text.contains("Les étrangers dont le comportement") }, "\(o.map(\.text))")
    }

    // MARK: what gives nothing

    func testAnImpersonalMarkerAfterSiIsAConditionNotADirective() {
        let o = obligations("Lorsque la déclaration fait apparaître un risque de troubles, il vous revient d'apprécier s'il y a lieu d'interdire la manifestation.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        // Without "si", the marker instructs.
        XCTAssertEqual(obligations("Il y a lieu de procéder à un nouvel examen de la situation.").count, 1)
    }

    func testTheTextAnnouncingItsPurposeGivesNothing() {
        XCTAssertTrue(obligations("La présente circulaire a pour objet de préciser les conditions dans lesquelles ces dispositions doivent être mises en œuvre.").isEmpty)
        // A directive to the reader in that sentence stays one; so does a modal elsewhere.
        XCTAssertEqual(obligations("Les dispositions nouvelles doivent être mises en œuvre sans délai.").count, 1)
    }

    func testACourtsHoldingIsBackgroundTheConsequenceDrawnIsTheDirective() {
        let o = obligations("Le Conseil d'État a rappelé que l'administration doit offrir une solution de substitution. En conséquence, vous devez maintenir un point d'accueil numérique.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "vous devez maintenir"))
        // The emitter's own reminder is no court's.
        XCTAssertEqual(obligations("Le ministre a rappelé que l'administration doit offrir une solution de substitution.").count, 1)
    }

    func testAConditionalAttachmentAndAFormToReturnAreDuties() {
        let o = obligations("J'attacherais du prix à ce que vous me fassiez parvenir un premier bilan. Le tableau est à retourner le 5 de chaque mois à la direction.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "Le tableau est à retourner")?.actor, "addressees")
    }

    // MARK: second round of whole circulars

    func testAnAnnexProcedureSheetsInfinitiveStepsAreInstructions() {
        let o = obligations("""
        Vous veillerez à la diffusion de la présente circulaire.

        ANNEXE – FICHE RÉFLEXE DU PARQUET

        - Activer la cellule de crise du parquet ;
        - Désigner un magistrat référent pour les victimes.
        """)
        XCTAssertEqual(find(o, "Activer la cellule de crise")?.modality, .obligation)
        XCTAssertNotNil(find(o, "Désigner un magistrat référent"))
        // In the body, infinitive bullets with no directive before them are left alone.
        let body = obligations("""
        Les objectifs du plan sont ambitieux.

        - Réduire les délais d'instruction ;
        - Améliorer l'accueil des usagers.
        """)
        XCTAssertTrue(body.isEmpty, "\(body.map(\.text))")
    }

    func testAModalOfWhatAServiceFacesIsContext() {
        XCTAssertTrue(obligations("Les préfectures doivent faire face depuis plusieurs années à un nombre croissant de demandes.").isEmpty)
        XCTAssertTrue(obligations("Les services de police doivent aujourd'hui composer avec des effectifs réduits.").isEmpty)
        // "faire l'objet" after the modal still instructs.
        XCTAssertEqual(obligations("Les violences conjugales doivent faire l'objet d'une réponse pénale systématique.").count, 1)
    }

    func testAPerformativeAfterEtIsASecondDirective() {
        let o = obligations("J'attache une grande importance à ces dispositions et vous demande de me rendre compte des difficultés rencontrées.")
        XCTAssertNotNil(find(o, "vous demande de me rendre compte"))
    }

    func testABodyThatWillMeetIsInstructedToMeet() {
        let o = obligations("Le comité local d'aide aux victimes se réunira au moins une fois par an sous la coprésidence du préfet.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        // Not in a relative clause, not the ministry's own services.
        XCTAssertTrue(obligations("Mes services se réuniront avec les vôtres au printemps.").isEmpty)
    }

    func testLuiAfterAPartHeadingNamingTheRole() {
        let o = obligations("""
        II. LE RÔLE DU MINISTÈRE PUBLIC

        Le ministère public doit être avisé de chaque requête. Il lui appartient de présenter des réquisitions écrites.
        """)
        XCTAssertEqual(find(o, "Il lui appartient de présenter")?.actor, "procureur-de-la-republique")
    }

    func testAPermissionIntroducedWithAnAsideBeforeTheColonHandsItOnToItsItems() {
        let o = obligations("""
        Vous pourrez, en particulier :
        - interdire la circulation des personnes dans les lieux fixés par arrêté ;
        - instituer des zones de protection.
        """)
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "interdire la circulation")?.modality, .permission)
        // A real clause between the marker and the colon keeps the introduction a directive.
        let d = obligations("Vous veillerez, dans tous les cas, à respecter les principes suivants :\n- la proportionnalité ;\n- la motivation.")
        XCTAssertNotNil(find(d, "Vous veillerez, dans tous les cas"))
    }

    func testADemonstrativesFutureInstructsTheRoleTheSentenceBeforeNamedLast() {
        let o = obligations("Il vous appartiendra de faire procéder à une vérification par les agents de l'OFII. Ceux-ci se rendront au domicile du demandeur dans un délai de quinze jours.")
        XCTAssertEqual(find(o, "Ceux-ci se rendront au domicile")?.actor, "ofii")
        // A demonstrative modal may stand for a thing: not the role before it.
        let d = obligations("Le préfet notifie la décision à l'intéressé. Celle-ci devra mentionner les voies de recours.")
        XCTAssertNotEqual(find(d, "Celle-ci devra mentionner")?.actor, "prefet-de-departement")
        // With no role before it, a demonstrative future gives nothing.
        XCTAssertTrue(obligations("La décision est prise après une instruction complète. Celle-ci comportera un entretien.").isEmpty)
    }
}
