import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Tenth round: the formulas of older Interior letters ("J'ai l'honneur de vous prier de…"),
/// restrictions ("n'est autorisé qu'entre…"), penalties recalled in a communiqué or a press
/// item, and a request quoted with its negation. Sentences written for each rule, with the
/// counter-example it could overreach into.
final class ObligationTenthRoundTests: XCTestCase, ObligationRuleTesting {
    // MARK: Older letters

    func testHonourToAskIsAnObligation() {
        let o = obligations("J'ai l'honneur de vous prier de bien vouloir faire procéder à la vérification des listes électorales.")
        XCTAssertEqual(find(o, "faire procéder à la vérification")?.modality, .obligation)
        XCTAssertEqual(find(o, "faire procéder à la vérification")?.actor, "addressees")
        // The closing formula with the same opening is politeness.
        let closing = obligations("J'ai l'honneur de vous prier d'agréer, Monsieur le Préfet, l'assurance de ma haute considération.")
        XCTAssertTrue(closing.isEmpty, "\(closing.map(\.text))")
    }

    func testHonourToRecallIsAReminderNotTheDutyItRecalls() {
        let o = obligations("J'ai l'honneur de vous rappeler que les commissions administratives doivent achever leurs travaux avant le dernier jour de février.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "les commissions administratives doivent")?.modality, .reminder)
        // Informing is no reminder and no directive.
        let news = obligations("J'ai l'honneur de vous faire connaître que le décret du 12 janvier 1987 a modifié les conditions d'inscription.")
        XCTAssertTrue(news.isEmpty, "\(news.map(\.text))")
    }

    // MARK: Restrictions

    func testOnlyAllowedWithinALimitIsAProhibition() {
        let o = obligations("Article 2 : L'arrosage des potagers n'est autorisé qu'entre 20 heures et 8 heures.")
        XCTAssertEqual(find(o, "n'est autorisé qu'entre")?.modality, .prohibition)
        let far = obligations("Article 3 : Les véhicules de livraison ne sont admis dans la zone piétonne que de 6 h à 10 h.")
        XCTAssertEqual(find(far, "ne sont admis dans la zone piétonne")?.modality, .prohibition)
        // An affirmative permission stays a permission; a relative clause stays out.
        let allowed = obligations("Article 4 : La baignade est autorisée entre 10 h et 19 h.")
        XCTAssertEqual(find(allowed, "La baignade est autorisée")?.modality, .permission)
        let relative = obligations("L'étranger qui n'est admis au séjour que pour une durée limitée peut former un recours.")
        XCTAssertFalse(relative.contains { $0.modality == .prohibition }, "\(relative.map(\.text))")
    }

    // MARK: Penalties recalled

    func testPenaltyRecalledInACommuniqueIsAReminder() {
        let o = obligations("Le préfet rappelle que la participation à un rodéo motorisé est punie d'un an d'emprisonnement.", kind: .communique)
        XCTAssertEqual(find(o, "rodéo motorisé est punie")?.modality, .reminder)
        let may = obligations("La circulaire rappelle enfin que les parents peuvent être poursuivis lorsqu'ils se soustraient à leurs obligations.", kind: .article)
        XCTAssertEqual(find(may, "peuvent être poursuivis")?.modality, .reminder)
        XCTAssertFalse(may.contains { $0.modality == .permission }, "\(may.map(\.text))")
    }

    func testPenaltyAlreadyImposedIsAFactNotAReminder() {
        let o = obligations("La préfecture rappelle que 35 conducteurs ont été poursuivis l'an dernier.", kind: .communique)
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
        let results = obligations("La préfecture rappelle toutefois que des résultats probants ont pu être obtenus.", kind: .communique)
        XCTAssertTrue(results.isEmpty, "\(results.map(\.text))")
    }

    // MARK: Negations

    func testQuotedNegatedRequestIsAProhibition() {
        let o = obligations("Le ministre de l'Intérieur leur demande de « ne plus délivrer » de titres de séjour aux étrangers sous OQTF.", kind: .article)
        XCTAssertEqual(find(o, "ne plus délivrer")?.modality, .prohibition)
        let named = obligations("Le ministre a demandé aux préfets de « ne pas régulariser » les étrangers condamnés.", kind: .article)
        XCTAssertEqual(find(named, "ne pas régulariser")?.modality, .prohibition)
    }

    func testNegationThatAsksForMoreStaysAnObligation() {
        let o = obligations("Le ministre a demandé aux préfets de « ne pas hésiter à utiliser toutes les marges de manœuvre ».", kind: .article)
        XCTAssertEqual(find(o, "ne pas hésiter")?.modality, .obligation)
        let letter = obligations("Je vous demande de ne pas manquer de me signaler toute difficulté.")
        XCTAssertEqual(find(letter, "ne pas manquer")?.modality, .obligation)
    }
    // MARK: Agent nouns

    func testAdministrationAsSubjectStatesARuleWithNoActor() {
        let o = obligations("L'administration ne peut pas opposer un refus sans examen individuel de la situation.")
        let p = find(o, "ne peut pas opposer")
        XCTAssertEqual(p?.modality, .prohibition)
        XCTAssertNil(p?.actor)
        // A named administration keeps its service; the emitter's own one is no directive.
        let named = obligations("L'administration pénitentiaire doit informer sans délai le parquet de toute évasion.")
        XCTAssertEqual(find(named, "doit informer")?.actor, "administration-penitentiaire")
        let own = obligations("L'administration centrale doit vous accompagner dans cette démarche.")
        XCTAssertTrue(own.isEmpty, "\(own.map(\.text))")
    }

    func testWhatALawMadeSinceIsBackground() {
        let o = obligations("Depuis la loi du 26 janvier 2024, l'administration peut assortir une OQTF d'une interdiction de retour.", kind: .article)
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
        // Without the law, the same rule in the text's own voice counts.
        let own = obligations("L'administration peut assortir une OQTF d'une interdiction de retour.")
        XCTAssertEqual(find(own, "peut assortir")?.modality, .permission)
    }
}
