import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Ninth round: préfecture texts (an arrêté's articles, derogations), press items (speech,
/// opinion) and pages explaining a circular to its reader. Sentences written for each rule,
/// with the counter-example it could overreach into.
final class ObligationNinthRoundTests: XCTestCase, ObligationRuleTesting {
    // MARK: An arrêté's articles

    func testPresentTenseOfARoleInAnArticlePrescribes() {
        let o = obligations("ARTICLE 3 : Les services de police informent sans délai le procureur de la République des faits constatés.")
        XCTAssertEqual(find(o, "informent sans délai")?.modality, .obligation)
        XCTAssertEqual(find(o, "informent sans délai")?.actor, "forces-de-securite-interieure")
        let agents = obligations("Article 2 : Les exploitants de stations-service veillent à l'application de cette mesure.")
        XCTAssertEqual(find(agents, "veillent à l'application")?.modality, .obligation)
    }

    func testPresentTenseOutsideAnArticleOrWithoutARoleDescribes() {
        let object = obligations("Article 1er : Le présent arrêté définit les mesures de limitation des usages de l'eau.")
        XCTAssertTrue(object.isEmpty, "\(object.map(\.text))")
        let service = obligations("La direction générale des étrangers en France veille à la cohérence des pratiques.")
        XCTAssertTrue(service.isEmpty, "\(service.map(\.text))")
    }

    func testSubjectAfterAnArticleDashIsTheRole() {
        let o = obligations("Article 5 – Les agents de police municipale peuvent procéder aux palpations de sécurité.")
        XCTAssertEqual(find(o, "Les agents de police municipale peuvent")?.modality, .permission)
        XCTAssertEqual(find(o, "Les agents de police municipale peuvent")?.actor, "agent-de-police-municipale")
    }

    func testDerogationAllowsWhateverItsSubject() {
        let o = obligations("Article 4 : Par dérogation, les cultures sous contrat de semences peuvent être irriguées sans restriction horaire.")
        let p = find(o, "peuvent être irriguées")
        XCTAssertEqual(p?.modality, .permission)
        XCTAssertNil(p?.actor)
        // Without the derogation, a thing that "can be" watered describes.
        let plain = obligations("Les cultures sous contrat de semences peuvent être irriguées sans restriction horaire.")
        XCTAssertFalse(plain.contains { $0.modality == .permission }, "\(plain.map(\.text))")
    }

    func testFuturePassivePermissionWithARoleAsAgentIsThatRoles() {
        let o = obligations("ARTICLE 2 : Tout mineur trouvé en infraction aux dispositions de l'article 1er pourra être reconduit à son domicile par les forces de l'ordre.")
        let p = find(o, "pourra être reconduit")
        XCTAssertEqual(p?.modality, .permission)
        XCTAssertEqual(p?.actor, "forces-de-securite-interieure")
        // The law described in a relative clause stays out.
        let law = obligations("Cette coordination est utile car la loi a étendu le délai durant lequel le caractère suspensif de l'appel peut être sollicité par le parquet.")
        XCTAssertFalse(law.contains { $0.modality == .permission }, "\(law.map(\.text))")
    }

    func testBanByWhatTheSubjectSeesAndDutyAfterAnAdverb() {
        let ban = obligations("Article 3 – Les personnes qui refusent de se soumettre à ces vérifications se voient interdire l'accès au périmètre.")
        XCTAssertEqual(find(ban, "se voient interdire")?.modality, .prohibition)
        let duty = obligations("Premièrement, les préfets sont désormais tenus d'assortir les OQTF d'une interdiction de retour.", kind: .article)
        XCTAssertEqual(find(duty, "sont désormais tenus")?.modality, .obligation)
        XCTAssertEqual(find(duty, "sont désormais tenus")?.actor, "prefet-de-departement")
    }

    // MARK: Press items

    func testExhortingThePrefetsIsAnObligation() {
        let o = obligations("Dans une circulaire envoyée mardi, Gérald Darmanin exhorte les préfets à systématiser l'inscription au fichier.", kind: .depeche)
        XCTAssertEqual(find(o, "exhorte les préfets")?.modality, .obligation)
        // Inciting stays a recommendation.
        let incite = obligations("Le ministre incite les préfets à privilégier trois leviers.", kind: .depeche)
        XCTAssertEqual(find(incite, "incite les préfets")?.modality, .recommendation)
    }

    func testRuleSaidAloudIsNoDirectiveButWrittenOneIs() {
        let said = obligations("Interrogé sur franceinfo, le ministre a défendu son texte. « Les préfets doivent être intraitables », a-t-il insisté.", kind: .depeche)
        XCTAssertFalse(said.contains { $0.text.contains("intraitables") }, "\(said.map(\.text))")
        let written = obligations("« Les préfets devront réunir chaque mois les services concernés », ajoute la circulaire.", kind: .depeche)
        XCTAssertEqual(find(written, "devront réunir")?.modality, .obligation)
    }

    func testOpinionPoliticalBodyAndAuthorsRemarkAreNoDirectives() {
        let o = obligations("""
        Nous estimons que le gouvernement doit revenir sur ce texte.

        Il faut que le Parlement se saisisse de la question.

        Il convient toutefois de rappeler qu'une circulaire ne peut pas modifier la loi.

        Le texte demande aux préfets de ne délivrer un titre de séjour qu'aux personnes présentes depuis sept ans.

        Selon la circulaire, les préfets doivent examiner chaque demande au regard de l'ensemble de la situation.
        """, kind: .article)
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "demande aux préfets de ne délivrer"))
        XCTAssertNotNil(find(o, "les préfets doivent examiner"))
        // A circular's own "il convient de rappeler que" stays.
        let circular = obligations("Il convient de rappeler que les délais de recours doivent être indiqués dans chaque décision.")
        XCTAssertFalse(circular.isEmpty)
    }

    // MARK: Pages for the reader

    func testFreeRelativeNamesWhatThePageIsAbout() {
        let o = obligations("Vous êtes étranger ? Voici ce que vous devez savoir.\n\nNouvelle circulaire : voici ce qu'il faut en retenir.", kind: .article)
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
        let circular = obligations("Je vous rappelle ce que vous devez vérifier avant toute décision.")
        XCTAssertEqual(find(circular, "Je vous rappelle")?.modality, .reminder)
    }

    func testPageForThePrivateReaderKeepsDutiesNotAdvice() {
        let o = obligations("""
        La préfecture doit vous délivrer un récépissé dès que votre dossier est complet.

        Vous devez déposer votre demande de renouvellement dans les deux mois qui précèdent l'expiration de votre titre.

        La préfecture ne peut pas vous réclamer de documents qui ne figurent pas sur la liste officielle.

        Pensez à conserver une copie de toutes les pièces que vous envoyez.

        N'hésitez pas à nous contacter pour toute question.
        """, kind: .article)
        XCTAssertEqual(o.count, 3, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "La préfecture doit vous délivrer")?.actor, "prefet-de-departement")
        XCTAssertNil(find(o, "Vous devez déposer")?.actor)
        XCTAssertEqual(find(o, "ne peut pas vous réclamer de documents")?.modality, .prohibition)
    }

    func testCircularOnAWebPageStillSpeaksToItsAddressees() {
        let o = obligations("""
        Mesdames et Messieurs les préfets, je vous demande de veiller à la délivrance rapide des récépissés.

        Vous devez transmettre un bilan de ces mesures avant le 1er mars.
        """, kind: .article)
        XCTAssertEqual(find(o, "Vous devez transmettre")?.actor, "addressees")
    }
}
