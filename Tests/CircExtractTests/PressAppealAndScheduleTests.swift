import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Press items that report a minister's circular or a préfet's measure in forms beyond "demande
/// aux préfets de…": an adverb before the request's infinitive ("appelle à mieux lutter"), a
/// noun asked for with no recipient ("appelle à une attention plus soutenue"), "l'obligation
/// faite aux … de", a decision to ban ("a décidé d'interdire"), a gerund of the authority
/// ("en appelant à utiliser"), a relative clause after a dated act ("une circulaire datée du 5
/// juillet, qui demande…"); a quoted request after a recipient's title, an event the news
/// schedules ("doit avoir lieu ce vendredi"), and the minister an item names beside the people
/// it shows acting. Sentences written for each rule, each with its counter-example.
final class PressAppealAndScheduleTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var snippetKind: DocumentKind { .article }
    let prefects = [Addressee(id: "prefet-de-departement", role: .to, text: "préfets", span: nil)]

    func document(_ text: String) -> CircDocument { OCRHarness.extract(text) }

    func testAdverbBeforeTheRequestedInfinitive() {
        let os = obligations("Le ministre appelle également à mieux lutter contre les trafics dans les halls d'immeuble.\n", to: prefects)
        XCTAssertEqual(os.map(\.modality), [.obligation], "\(os.map(\.text))")
        XCTAssertEqual(os.first?.actor, "prefet-de-departement")
        // Counter-example: an item that names no recipient reports a public appeal.
        XCTAssertEqual(obligations("Le ministre de la Santé appelle à mieux protéger les personnes âgées.\n", to: []).count, 0)
    }

    func testNounAskedForWithoutRecipient() {
        let os = obligations("Le garde des Sceaux appelle à une « attention plus soutenue » aux atteintes graves aux personnes.\n", to: prefects)
        XCTAssertEqual(os.map(\.modality), [.obligation], "\(os.map(\.text))")
        let relative = obligations("« La sécurité des victimes est une priorité », écrit le ministre, qui appelle à un approfondissement du suivi des plaintes.\n", to: prefects)
        XCTAssertEqual(relative.count, 1, "\(relative.map(\.text))")
        // A headline's noun appeal announces the request the lede reports: one directive.
        let headed = document("Toussaint : le ministre appelle à « une extrême vigilance » autour des lieux de culte\n\nLe ministre de l'Intérieur a appelé les préfets à « une extrême vigilance » autour des lieux de culte, selon un télégramme.\n")
        XCTAssertEqual(headed.obligations.count, 1, "\(headed.obligations.map(\.text))")
        // Counter-examples: the public named in the noun's phrase; an item to nobody.
        XCTAssertEqual(obligations("Le ministre appelle à la mobilisation de tous les Français.\n", to: prefects).count, 0)
        XCTAssertEqual(obligations("Le ministre appelle à une grande prudence sur les routes.\n", to: []).count, 0)
    }

    func testDutyMadeToARole() {
        let os = obligations("Le document insiste sur l'obligation faite aux préfets de proposer des solutions de relogement.\n", to: prefects)
        XCTAssertEqual(os.map(\.actor), ["prefet-de-departement"], "\(os.map(\.text))")
        // Counter-example: "faite" after no noun of a duty.
        XCTAssertEqual(obligations("La présentation faite aux préfets de proposer des solutions a été saluée.\n", to: prefects).count, 0)
    }

    func testDecisionToBanReportsTheBan() {
        let os = obligations("C'est pourquoi le préfet a décidé d'interdire la cession des artifices de divertissement jusqu'à lundi.\n", to: [])
        XCTAssertEqual(os.map(\.modality), [.prohibition], "\(os.map(\.text))")
        // Counter-example: a decision of a group with no authority.
        XCTAssertEqual(obligations("Les associations ont décidé d'interdire l'accès de leurs locaux aux journalistes.\n", to: []).count, 0)
    }

    func testGerundOfTheAuthoritysPronoun() {
        let os = obligations("Il s'adresse aux préfets en appelant à renforcer les contrôles aux abords des gares.\n", to: prefects)
        XCTAssertEqual(os.count, 1, "\(os.map(\.text))")
        // Counter-example: a crowd's gerund.
        XCTAssertEqual(obligations("Les manifestants s'adressent aux préfets en appelant à la grève générale.\n", to: prefects).count, 0)
    }

    func testRelativeClauseAfterADatedAct() {
        let os = obligations("Il a insisté sur ce point dans une autre circulaire datée du 5 juillet, qui demande également une particulière fermeté pour les mineurs.\n", to: prefects)
        XCTAssertEqual(os.count, 1, "\(os.map(\.text))")
        // Counter-example: people described by the relative clause.
        XCTAssertEqual(obligations("Les étrangers entrés en France en 2015, qui demandent un titre de séjour, attendent des mois.\n", to: prefects).count, 0)
    }

    func testSecondInfinitiveAfterPuisAndAnIncise() {
        let os = obligations("Les préfets doivent, avant le 30 janvier, dresser un état des lieux puis définir un plan d'action.\n", to: prefects)
        XCTAssertEqual(os.count, 2, "\(os.map(\.text))")
        // Counter-example: "puis" before a noun coordinates objects.
        let one = obligations("Les préfets doivent réunir les maires puis les associations.\n", to: prefects)
        XCTAssertEqual(one.count, 1, "\(one.map(\.text))")
    }

    func testScheduledEventIsNoDutyInAPressItem() {
        XCTAssertEqual(obligations("L'audience doit avoir lieu ce vendredi à 15h à Paris.\n", to: prefects).count, 0)
        XCTAssertEqual(obligations("Le sommet doit se tenir lundi à Bruxelles.\n", to: prefects).count, 0)
        // Counter-example: a circular's meeting to hold keeps its duty.
        XCTAssertEqual(obligations("La réunion du comité devra se tenir avant le 15 mars.\n", kind: .circulaire).count, 1)
    }

    func testQuotedRequestEndsTheRecipientsTitle() {
        let quoted = addressees("Le Monde, 3 février 2025\n\nLe ministre de la Justice a adressé une circulaire à l'ensemble des magistrats. Le document demande aux magistrats de « porter une particulière attention au traitement » de ces atteintes.\n")
        XCTAssertEqual(quoted, ["magistrat to"])
        let reflexive = addressees("Le Monde, 3 février 2025\n\nLa circulaire demande aux directeurs de se montrer particulièrement vigilants.\n")
        XCTAssertEqual(reflexive, ["directeur to"])
        // Counter-example: a title's complement goes on.
        let complement = addressees("Le Monde, 3 février 2025\n\nLa circulaire demande aux directeurs de la police nationale de renforcer les contrôles.\n")
        XCTAssertEqual(complement, ["directeur-de-la-police-nationale to"])
    }

    func testTheItemsMinisterBeforeAPersonShownActing() {
        let doc = document("Pour Manuel Valls, la polémique est difficile à avaler. Le ministre de l'Intérieur a envoyé mardi soir une circulaire aux préfets. Martine Aubry avait elle-même regretté l'évacuation d'un campement à Lille.\n")
        XCTAssertEqual(doc.metadata.signatory, "Manuel Valls")
        // Counter-example: the minister shown acting stays, whoever else the item names.
        let acting = document("Le ministre de l'Intérieur Gérald Darmanin a demandé aux préfets de renforcer les contrôles. Manuel Valls avait fait de même en 2012.\n")
        XCTAssertEqual(acting.metadata.signatory, "Gérald Darmanin")
        // Nor does a minister only named, of an item that reports no written instruction.
        let named = document("Sur demande du ministre de l'Intérieur, Bruno Retailleau, un plan d'action a été présenté ce vendredi. Le maire a salué la démarche.\n")
        XCTAssertNil(named.metadata.signatory)
    }
}
