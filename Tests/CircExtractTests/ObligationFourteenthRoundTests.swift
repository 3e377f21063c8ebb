import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Fourteenth round, circulars of the environment ministry and press items that report
/// Interior and Justice instructions: the courtesy request with its adverb ("Je vous serai
/// donc reconnaissant de…"), "est uniquement tenu de", "sont à recenser" / "ne sont pas à
/// recenser", "Il leur est également ordonné de…", "préconise de…", a quotation mark before a
/// press item's first infinitive ('devront « faire effectuer … » et « faire organiser … »'),
/// adjectives in -ier taken for infinitives ("réseau routier et autoroutier"), a modal inside
/// a "dont" relative clause or after "qui" and an incise, compound relative pronouns as
/// clause boundaries ("à partir duquel les préfets devront…"), and a judgement of likelihood
/// ("Il est clair que cette échéance ne pourra être respectée que si…"). Sentences written
/// for each rule, with the counter-example it could overreach into.
final class ObligationFourteenthRoundTests: XCTestCase, ObligationRuleTesting {
    // MARK: lexicon variants

    func testCourtesyRequestTakesAnAdverbAndTheFuture() {
        XCTAssertEqual(find(obligations("Je vous serai donc reconnaissant de bien vouloir me transmettre vos propositions."), "reconnaissant de")?.modality, .obligation)
        XCTAssertEqual(find(obligations("Je vous serais très reconnaissante d'examiner ces dossiers avec attention."), "reconnaissante d'")?.actor, "addressees")
        XCTAssertEqual(find(obligations("Je vous saurai donc gré de me rendre compte des difficultés."), "gré de")?.modality, .obligation)
        // Thanks for what was done: no request.
        XCTAssertTrue(obligations("Je vous suis reconnaissant de l'engagement de vos services.").isEmpty)
    }

    func testBoundByWithAnAdverb() {
        let o = obligations("Le déclarant est uniquement tenu de respecter les prescriptions de l'arrêté type.")
        XCTAssertEqual(find(o, "est uniquement tenu de")?.actor, "declarant")
        // "ne … pas tenu de" frees; it is no prohibition.
        XCTAssertTrue(obligations("Les organisateurs ne sont pas tenus de déclarer ces réunions.").isEmpty)
    }

    func testThingsToBeDoneWithEtreA() {
        XCTAssertEqual(find(obligations("Seuls les sites dont la pollution est avérée sont à recenser."), "sont à recenser")?.modality, .obligation)
        XCTAssertEqual(find(obligations("Les demandes incomplètes ne sont pas à instruire."), "ne sont pas à instruire")?.modality, .prohibition)
        XCTAssertEqual(find(obligations("Ces pièces sont également à joindre au dossier."), "à joindre")?.modality, .obligation)
        // An event to expect, a remark: nothing to do.
        XCTAssertTrue(obligations("Des perturbations sont à prévoir sur le réseau.").isEmpty)
        XCTAssertTrue(obligations("Il est à noter que le nombre de dossiers a doublé.").isEmpty)
    }

    func testOrderedAndAdvisedInThePress() {
        let ordered = obligations("Dans une circulaire, le ministre demande aux préfets d'accélérer l'instruction. Il leur est également ordonné de délivrer sans délai les autorisations.", kind: .article)
        XCTAssertEqual(find(ordered, "Il leur est également ordonné")?.modality, .obligation)
        let advised = obligations("La circulaire préconise aux préfets de réunir les maires avant l'été.", kind: .article)
        XCTAssertEqual(find(advised, "préconise aux préfets")?.modality, .recommendation)
        // A group's demand is no instruction.
        XCTAssertTrue(obligations("Les associations préconisent de suspendre la mesure.", kind: .article).isEmpty)
    }

    func testEntrustingAndPoliteRequests() {
        XCTAssertEqual(find(obligations("Je vous charge, en lien avec les procureurs, de coordonner l'action des services."), "Je vous charge")?.actor, "addressees")
        XCTAssertEqual(find(obligations("Je vous confie le soin d'organiser cette concertation avec les élus."), "confie le soin")?.modality, .obligation)
        XCTAssertEqual(find(obligations("Merci de bien vouloir me transmettre ces éléments avant le 15 mars."), "Merci de bien vouloir")?.modality, .obligation)
        XCTAssertEqual(find(obligations("Je souhaite être tenu informé des suites données à ces signalements."), "être tenu informé")?.modality, .obligation)
        // Thanks, and the mission told as past: no request.
        XCTAssertTrue(obligations("Merci de votre engagement au service de nos concitoyens.").isEmpty)
        XCTAssertTrue(obligations("La mission dont je vous ai chargé se poursuit.").isEmpty)
    }

    func testImpersonalNecessityAndRequestWithAnAdverb() {
        XCTAssertEqual(find(obligations("Il apparaît indispensable que vous réunissiez les acteurs locaux."), "Il apparaît indispensable")?.actor, "addressees")
        XCTAssertEqual(find(obligations("Il est donc demandé aux préfets de réunir les maires."), "Il est donc demandé")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(obligations("Il ne peut être dérogé à cette règle qu'à titre exceptionnel."), "Il ne peut être dérogé")?.modality, .prohibition)
        // Necessity for somebody who is no addressee, or the text's own purpose: no instruction.
        XCTAssertTrue(obligations("Il semble nécessaire que le législateur intervienne.").isEmpty)
        XCTAssertTrue(obligations("Après deux ans d'application du dispositif, il apparaît nécessaire de préciser l'articulation des régimes juridiques.").isEmpty)
    }

    func testPressOrdersGivenAsNounsAndEntrustments() {
        let lead = "Le ministre de l'Intérieur a adressé une circulaire aux préfets. "
        XCTAssertEqual(find(obligations(lead + "Le ministre leur donne consigne de multiplier les contrôles.", kind: .article), "leur donne consigne")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(obligations(lead + "Les préfets se voient confier la mission de recenser les logements vacants.", kind: .article), "se voient confier")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(obligations(lead + "Interdiction est faite aux préfets de délivrer ces titres.", kind: .article), "Interdiction est faite")?.modality, .prohibition)
        XCTAssertEqual(find(obligations("Obligation est faite aux maires d'informer le préfet de tout rassemblement."), "Obligation est faite")?.actor, "maire")
        // A thing handed over, no task: nothing.
        XCTAssertTrue(obligations("Le club se voit confier la gestion du stade.", kind: .article).isEmpty)
    }

    func testFuturePassiveByYourServices() {
        XCTAssertEqual(find(obligations("Les maires seront informés par vos soins de ces dispositions."), "par vos soins")?.actor, "addressees")
        XCTAssertEqual(find(obligations("La liste des bénéficiaires me sera adressée par vos services avant le 31 mars."), "par vos services")?.modality, .obligation)
        // What the addressees did: no duty.
        XCTAssertTrue(obligations("Les dossiers transmis par vos soins ont été examinés avec attention.").isEmpty)
    }

    func testTelegramRequestAndCourtesyWish() {
        XCTAssertEqual(find(obligations("Prière de me faire connaître d'urgence le nombre des agents disponibles."), "Prière de")?.modality, .obligation)
        XCTAssertEqual(find(obligations("Prière vous abstenir donner renseignements sur ce qui a été fait."), "Prière vous")?.modality, .prohibition)
        XCTAssertEqual(find(obligations("Je serais heureux d'être tenu informé des sommes versées."), "heureux d'être")?.modality, .recommendation)
        // The religious prayer, and the emitter's own pleasure: nothing.
        XCTAssertTrue(obligations("La salle de prière de la mosquée restera fermée.").isEmpty)
        XCTAssertTrue(obligations("Je suis heureux de vous annoncer la création de ce fonds.").isEmpty)
        let lead = "Le ministre a adressé une circulaire aux préfets. "
        XCTAssertEqual(find(obligations(lead + "Le ministre prône aux préfets d'utiliser pleinement l'interdiction de retour.", kind: .article), "prône aux préfets")?.modality, .recommendation)
        XCTAssertTrue(obligations("L'association prône le dialogue avec les familles.", kind: .article).isEmpty)
    }

    func testSecondPersonCallsAndOrders() {
        XCTAssertEqual(find(obligations("Vous êtes appelés à jouer un rôle central dans ce dispositif."), "Vous êtes appelés")?.actor, "addressees")
        XCTAssertEqual(find(obligations("Vous êtes chargés de veiller à la bonne exécution de ces mesures."), "Vous êtes chargés")?.modality, .obligation)
        XCTAssertEqual(find(obligations("Je vous enjoins de procéder sans délai aux vérifications nécessaires."), "Je vous enjoins")?.modality, .obligation)
        XCTAssertEqual(find(obligations("Je vous incite à recourir à la médiation."), "Je vous incite")?.modality, .recommendation)
        XCTAssertEqual(find(obligations("Il sera impératif de respecter ces délais."), "Il sera impératif")?.modality, .obligation)
        XCTAssertEqual(find(obligations("Il est attendu de vous une mobilisation totale."), "attendu de vous")?.modality, .obligation)
        // A job title: no task.
        XCTAssertTrue(obligations("Vous êtes chargé de mission auprès du préfet.").isEmpty)
    }

    func testAdviceAndLatitude() {
        XCTAssertEqual(find(obligations("Il serait opportun de consulter les associations."), "opportun de")?.modality, .recommendation)
        XCTAssertEqual(find(obligations("Il serait utile que vous réunissiez les élus concernés."), "utile que vous")?.modality, .recommendation)
        XCTAssertEqual(find(obligations("Vous avez toute latitude pour adapter ces orientations."), "toute latitude")?.modality, .permission)
        XCTAssertEqual(find(obligations("Vous êtes libres d'adapter ces orientations au contexte local."), "libres d'")?.modality, .permission)
        XCTAssertEqual(find(obligations("Rien ne vous interdit de consulter les associations."), "Rien ne vous interdit")?.modality, .permission)
        // The text's own remark, and advice to nobody it instructs: nothing.
        XCTAssertTrue(obligations("Il est utile de rappeler que la loi impose ce délai.").isEmpty)
        XCTAssertTrue(obligations("Il est opportun que le Parlement se saisisse de cette question.").isEmpty)
    }

    func testPressMandatesAndSummons() {
        let lead = "Le ministre de l'Intérieur a adressé une circulaire aux préfets. "
        XCTAssertEqual(find(obligations(lead + "Le ministre confie aux préfets le soin de recenser les besoins.", kind: .article), "confie aux préfets")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(obligations(lead + "Le ministre donne mandat aux préfets de négocier avec les élus.", kind: .article), "donne mandat")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(obligations(lead + "Les préfets sont sommés de faire respecter le confinement.", kind: .article), "sont sommés")?.modality, .obligation)
        // "nous sommes": no summons.
        XCTAssertTrue(obligations("Nous sommes de ceux qui pensent que la loi est juste.", kind: .article).isEmpty)
    }

    func testVocativeBeforeTheInstructionFuture() {
        XCTAssertEqual(find(obligations("Vous, préfets de région, établirez cette cartographie avec l'appui des services."), "établirez")?.actor, "addressees")
        XCTAssertEqual(find(obligations("Vous, Monsieur le Préfet, veillerez à la bonne application de ces mesures."), "veillerez")?.modality, .obligation)
        // An aside before a present: what the addressees know, no instruction.
        XCTAssertTrue(obligations("Vous, comme moi, connaissez les difficultés de ce dossier.").isEmpty)
    }

    func testPrayedToFindAnAnnexIsAnAnnouncement() {
        XCTAssertTrue(obligations("Je vous prie de trouver ci-après les instructions pour son application.").isEmpty)
        XCTAssertTrue(obligations("Je vous prie de bien vouloir trouver ci-joint le modèle de convention.").isEmpty)
        // A request that names no annex stays.
        XCTAssertEqual(find(obligations("Je vous prie de bien vouloir me transmettre ce bilan."), "Je vous prie")?.modality, .obligation)
    }

    // MARK: press items: quoted infinitives and words that only look like infinitives

    func testQuotedSecondInfinitiveIsASecondCommand() {
        let o = obligations("Le ministre a adressé une circulaire aux préfets. Les préfets devront \"faire effectuer, chaque nuit, des contrôles\" et \"faire organiser des opérations de dépistage\".", kind: .article)
        XCTAssertNotNil(find(o, "devront \"faire effectuer"))
        XCTAssertEqual(find(o, "et \"faire organiser")?.actor, "prefet-de-departement")
    }

    func testAdjectiveInIerIsNoSecondInfinitive() {
        let o = obligations("Le ministre a adressé une circulaire aux préfets. Les préfets devront renforcer les contrôles sur le réseau routier et autoroutier.", kind: .article)
        XCTAssertEqual(o.count, 1)
        XCTAssertNotNil(find(o, "routier et autoroutier"))
        // A real second infinitive still counts.
        let two = obligations("Le ministre a adressé une circulaire aux préfets. Les préfets devront recenser les places et informer chaque semaine la DGEF.", kind: .article)
        XCTAssertEqual(two.count, 2)
    }

    func testBareInfinitiveSeriesInACircular() {
        let o = obligations("Les préfets doivent prendre avec les collectivités des mesures d'information, contrôler les campings et réaliser les plans communaux de sauvegarde.")
        XCTAssertEqual(o.count, 3)
        XCTAssertEqual(find(o, "contrôler les campings")?.actor, "prefet-de-departement")
        XCTAssertNotNil(find(o, "et réaliser les plans"))
        // Two steps without a series, and adjectives after a comma: one directive.
        XCTAssertEqual(obligations("Les préfets doivent recenser les places disponibles et informer chaque semaine la DGEF.").count, 1)
        XCTAssertEqual(obligations("Les demandes doivent être déposées en préfecture, complètes et signées.").count, 1)
    }

    // MARK: relative clauses

    func testModalOfADontRelativeQualifiesTheObject() {
        let o = obligations("Je vous demande de mobiliser les forces de l'ordre dont la présence visible et dissuasive doit être renforcée sur les axes routiers.")
        XCTAssertEqual(o.count, 1)
        XCTAssertNotNil(find(o, "dont la présence visible et dissuasive doit"))
        // The relative clause has its own verb: the modal is the main clause's rule.
        let rule = obligations("Les étrangers dont la demande a été rejetée doivent quitter le territoire.")
        XCTAssertEqual(find(rule, "doivent quitter")?.modality, .obligation)
    }

    func testModalAfterQuiAndAnInciseStaysInTheRelativeClause() {
        let o = obligations("Les policiers devront contrôler les cyclistes qui, selon le ministre, doivent être sensibilisés au code de la route.", kind: .article)
        XCTAssertEqual(o.count, 1)
        // An incise after a main clause's subject keeps its modal.
        let main = obligations("Les maires, selon la circulaire, doivent être informés sans délai.", kind: .article)
        XCTAssertEqual(main.count, 1)
    }

    func testCompoundRelativeStartsTheDuty() {
        let o = obligations("Le ministre a adressé une circulaire aux préfets. Il demande que soit établi un diagnostic dans chaque département à partir duquel les préfets devront fixer des objectifs aux forces de l'ordre.", kind: .article)
        XCTAssertNotNil(find(o, "duquel les préfets devront fixer"))
    }

    // MARK: judgements of likelihood

    func testLikelihoodJudgementInstructsNobody() {
        XCTAssertTrue(obligations("Il est clair que cette échéance ne pourra être respectée que si des efforts sont entrepris dès à présent.").isEmpty)
        XCTAssertTrue(obligations("Il est probable que les demandes devront être réexaminées.").isEmpty)
        // Without the judgement, the restricted future passive forbids outside its condition.
        XCTAssertEqual(find(obligations("Les dossiers ne pourront être instruits que si les pièces sont jointes."), "ne pourront")?.modality, .prohibition)
    }
}
