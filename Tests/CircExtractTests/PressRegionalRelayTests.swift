import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Regional dailies, radio and TV sites and préfectures' own posts that report a préfet's or a
/// minister's instruction: élus and gendarmes asked, a universal
/// subject's future in the préfecture's voice, a window a duty is set in, a ban's end opening
/// its sentence — each rule with the counter-example where it could overreach.
final class PressRegionalRelayTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var snippetKind: DocumentKind { .article }

    static let dateline = "Ouest-France\n\nPublié le 22/07/2025 à 18h05\n\n"

    // MARK: élus and gendarmes asked

    func testElusAndGendarmesAskedAreRecipients() {
        let elus = obligations("La préfète du Morbihan demande aux élus de limiter l'arrosage des espaces verts communaux.")
        XCTAssertEqual(find(elus, "demande aux élus")?.actor, "elu")
        let gendarmes = obligations("Lors de cette réunion, le préfet a demandé aux gendarmes de multiplier les contrôles d'alcoolémie.")
        XCTAssertEqual(find(gendarmes, "demandé aux gendarmes")?.actor, "gendarme")
        let a = addressees(Self.dateline + "Lors d'une visioconférence mardi, la préfète a demandé aux élus de communiquer chaque semaine le nombre de familles relogées.\n")
        XCTAssertTrue(a.contains("elu to"), "\(a)")
        let g = addressees(Self.dateline + "Le préfet de la Vendée demande aux gendarmes de renforcer leur présence sur les plages.\n")
        XCTAssertTrue(g.contains("gendarme to"), "\(g)")
    }

    func testElusAskingOrGendarmesActingAreNoRecipients() {
        // Élus who ask make a public demand; gendarmes who act are the news's subject.
        let demand = obligations("Les élus de la majorité demandent au préfet de renoncer à la fermeture de la brigade.")
        XCTAssertTrue(demand.isEmpty, "\(demand.map(\.text))")
        let news = addressees(Self.dateline + "Les gendarmes ont interpellé trois personnes samedi soir, indique la préfecture.\n")
        XCTAssertFalse(news.contains("gendarme to"), "\(news)")
        // Élus named further in the sentence than the cue are its topic, not its recipients.
        let topic = addressees(Self.dateline + "Le garde des Sceaux a adressé mardi aux procureurs une circulaire sur les violences faites aux élus, qui leur demande de traiter ces plaintes sans délai.\n")
        XCTAssertFalse(topic.contains("elu to"), "\(topic)")
    }

    // MARK: a universal subject's future

    func testAUniversalSubjectsFutureIsARule() {
        let o = obligations("Dès le déclenchement, chaque service activera sans délai son dispositif d'astreinte, précise la préfecture dans un communiqué.")
        let h = find(o, "chaque service activera")
        XCTAssertEqual(h?.modality, .obligation)
        XCTAssertNil(h?.actor)
        let etat = obligations("Chaque service de l'État activera sans délai la cellule de veille en cas d'incident, précise la préfecture.")
        XCTAssertNotNil(find(etat, "Chaque service de l'État activera"))
    }

    func testATimeOrAFateAfterAUniversalWordIsNoRule() {
        for s in ["Chaque soir, les policiers patrouilleront dans le centre-ville.",
                  "Chaque participant recevra un badge à l'entrée du village.",
                  "Toute personne contrevenant à l'arrêté s'exposera à une amende de 135 euros.",
                  "Chaque année, la fête attirera près de 20 000 personnes.",
                  "Toute nouvelle infraction conduira au retrait de la licence du débit de boissons."] {
            XCTAssertTrue(obligations(s).isEmpty, "\(s) → \(obligations(s).map(\.text))")
        }
    }

    // MARK: a window a duty is set in

    func testAWindowOfADutyEndsOnItsSecondDate() {
        let r = DeadlineHarness.run("Les agriculteurs devront déclarer leurs prélèvements entre le 16 et le 19 août 2025.", date: "2025-08-04", kind: .article)
        XCTAssertEqual(DeadlineHarness.values(r), ["2025-08-19"])
        let full = DeadlineHarness.run("Vous transmettrez vos listes entre le 2 mai et le 6 mai 2025.", date: "2025-04-04")
        XCTAssertEqual(DeadlineHarness.values(full), ["2025-05-06"])
    }

    func testAWindowThatSetsNoDutyIsNoDeadline() {
        let described = DeadlineHarness.run("Les services de police réaliseront des contrôles entre le 16 et le 19 mai 2025.", date: "2025-05-05", kind: .communique)
        XCTAssertEqual(DeadlineHarness.values(described), [])
        let hours = DeadlineHarness.run("Les exploitants devront ouvrir le 15 juillet 2025 entre 8 heures et 12 heures.", date: "2025-07-01", kind: .article)
        XCTAssertEqual(DeadlineHarness.values(hours), [])
    }

    // MARK: a ban's end opening its sentence

    func testABanEndingOpensItsSentenceWhateverItsSubjectsLength() {
        let ban = DeadlineHarness.run("Jusqu'au 31 août 2025, l'arrosage des pelouses et des jardins d'agrément est interdit.", date: "2025-08-04", kind: .article)
        XCTAssertEqual(DeadlineHarness.values(ban), [])
        let duty = DeadlineHarness.run("Jusqu'au 30 juin 2025, vous transmettrez la liste des rassemblements qui ont été interdits.", date: "2025-05-04")
        XCTAssertEqual(DeadlineHarness.values(duty), ["2025-06-30"])
    }

    // MARK: whose instruction a relay or a post reports

    func testAMayorsRelayNamesThePrefetWhoseActItRelays() {
        let page = "Ville de Saint-Herblain\n\nRestrictions d'eau : l'arrêté préfectoral applicable dans la commune\n\nMis à jour le 04/08/2025\n\nLa Ville relaie l'arrêté du préfet de la Loire-Atlantique du 1er août 2025 plaçant le bassin de l'Erdre en crise.\n\nLe remplissage des piscines privées est interdit.\n"
        XCTAssertEqual(extract(page).metadata.emitter, "prefet-de-la-loire-atlantique")
        // A sentence that opens on the préfet names him first, whatever an earlier "du préfet".
        let both = "Le Progrès\n\nLe 11/07/2025 à 16:20\n\nLe cabinet du préfet du Rhône a été saisi par la mairie de Villeurbanne. Le préfet de l'Ain a pris un arrêté interdisant les artifices.\n"
        XCTAssertEqual(extract(both).metadata.emitter, "prefet-de-l-ain")
    }

    func testASocialPostsHandleEndsTheOffice() {
        let post = "Préfète du Pas-de-Calais @Prefet62 · 12 févr. 2025\n\n[COMMUNIQUÉ] Tempête Herminia : la préfète active la cellule de crise.\n\nLa préfète demande aux maires d'annuler toutes les manifestations en plein air.\n"
        XCTAssertEqual(extract(post).metadata.emitter, "prefet-du-pas-de-calais")
    }
}
