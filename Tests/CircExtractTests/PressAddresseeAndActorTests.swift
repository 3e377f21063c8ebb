import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Press items and association or law-firm pages: who the reported instruction addresses
/// (services that stand for a role, roles that are only a duty's subject, a request cut at
/// its infinitive), the authority relating its own text, recalled bars, and what a
/// commentator goes on to say — each rule with the counter-example where it could overreach.
final class PressAddresseeAndActorTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var snippetKind: DocumentKind { .article }

    static let dateline = "Le Monde, 3 février 2025\n\n"

    // MARK: addressees

    func testAServiceAskedStandsForItsRole() {
        let parquets = addressees(Self.dateline + "Dans une circulaire diffusée mercredi, la Chancellerie demande aux parquets d'apporter une réponse pénale systématique aux violences conjugales.\n")
        XCTAssertTrue(parquets.contains("procureur-de-la-republique to"), "\(parquets)")
        let prefectures = addressees(Self.dateline + "Dans une note interne, la direction générale des étrangers en France demande aux préfectures de placer en rétention les étrangers sortant de prison.\n")
        XCTAssertTrue(prefectures.contains("prefet-de-departement to"), "\(prefectures)")
        let exige = addressees(Self.dateline + "La place Beauvau exige des préfectures qu'elles réduisent les délais d'instruction, selon une instruction consultée par Le Monde.\n")
        XCTAssertTrue(exige.contains("prefet-de-departement to"), "\(exige)")
        // No request made of them: a duty reported, a service named.
        let duty = addressees(Self.dateline + "Selon la circulaire, les parquets devront se rapprocher de l'autorité administrative locale.\n")
        XCTAssertFalse(duty.contains("procureur-de-la-republique to"), "\(duty)")
        let named = addressees(Self.dateline + "La circulaire ne règle pas l'engorgement des préfectures, dénoncent les associations.\n")
        XCTAssertFalse(named.contains("prefet-de-departement to"), "\(named)")
    }

    func testARoleThatIsADutysSubjectIsNoRecipient() {
        let maires = addressees(Self.dateline + "Une circulaire adressée aux préfets précise que les maires pourront interdire l'arrosage des jardins.\n")
        XCTAssertEqual(maires, ["prefet-de-departement to"])
        let hauts = addressees("NOUMÉA, 12 mai 2024 (AFP) - Le ministre a adressé aux hauts-commissaires de la République une instruction leur demandant de renforcer les contrôles.\n\nLes hauts-commissaires devront rendre compte chaque semaine de la situation.\n")
        XCTAssertEqual(hauts, ["haut-commissaire-de-la-republique to"])
        // Invited, or receiving the text: recipients all the same.
        let invited = addressees(Self.dateline + "Selon l'instruction, les préfets de région sont invités à élaborer des projets territoriaux.\n")
        XCTAssertTrue(invited.contains("prefet-de-region to"), "\(invited)")
        let received = addressees(Self.dateline + "Les préfets ont reçu mardi une circulaire sur les campements illicites.\n")
        XCTAssertTrue(received.contains("prefet-de-departement to"), "\(received)")
    }

    func testARecipientEndsWhereItsRequestStarts() {
        let a = addressees(Self.dateline + "Dans sa circulaire, le garde des Sceaux enjoint par ailleurs aux magistrats du parquet de requérir l'éviction du conjoint violent.\n")
        XCTAssertTrue(a.contains("magistrat-du-parquet to"), "\(a)")
        XCTAssertFalse(a.contains { $0.contains("requerir") }, "\(a)")
        // "de" and a complement of the title go on.
        let b = addressees(Self.dateline + "Le ministre a demandé aux préfets de police et de zone de renforcer les contrôles.\n")
        XCTAssertTrue(b.contains("prefet-de-police to"), "\(b)")
    }

    // MARK: obligations and actors

    func testTheAuthorityRelatingItsTextSpeaksIt() {
        let o = obligations("Dans un télégramme envoyé jeudi aux préfets, le ministre de l'Intérieur précise que les gendarmes devront être présents aux abords des lieux festifs.")
        XCTAssertEqual(find(o, "les gendarmes devront")?.actor, "gendarme")
        // A court recalling the law: background.
        XCTAssertTrue(obligations("Le Conseil d'État précise que les préfets doivent motiver chaque refus.").isEmpty)
    }

    func testABarRecalledToARoleIsAReminder() {
        let o = obligations("Une note du directeur général de la police nationale rappelle aux policiers qu'ils ne peuvent refuser d'enregistrer une plainte.")
        XCTAssertEqual(find(o, "rappelle aux policiers")?.modality, .reminder)
        XCTAssertEqual(find(o, "rappelle aux policiers")?.actor, "policier")
        XCTAssertEqual(find(obligations("Les commissariats devront afficher cette obligation à l'accueil."), "commissariats")?.actor, "forces-de-securite-interieure")
        // A group with no authority recalling the law to the public.
        let ldh = obligations("La LDH rappelle que les contrôles d'identité doivent être fondés sur des critères objectifs.")
        XCTAssertTrue(ldh.isEmpty, "\(ldh.map(\.text))")
    }

    func testAnAdverbBetweenAModalAndItsVerbKeepsOneDirective() {
        let o = obligations("Selon le télégramme, les préfets pourront également interdire la vente de carburant au détail.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .permission)
        XCTAssertEqual(o.first?.actor, "prefet-de-departement")
        // Two directives with their own words between stay two.
        let two = obligations("Selon le télégramme, les préfets pourront interdire la vente de carburant et les maires devront fermer les parkings.")
        XCTAssertEqual(two.count, 2, "\(two.map(\.text))")
    }

    func testAPronounStandsForTheDocumentsOwnTitleNotALaterRole() {
        let text = "Ouest-France, 3 juillet 2025\n\nLe directeur général de la gendarmerie nationale a adressé une note aux commandants de groupement. Il leur demande de renforcer les contrôles de vitesse pendant l'été.\n\nLes gendarmes ne pourront plus verbaliser sans interception du véhicule.\n"
        let doc = HeaderHarness.extract(text)
        XCTAssertEqual(doc.obligations.first { $0.text.contains("Il leur demande") }?.actor, "commandant-de-groupement")
        // The role named later keeps its own duty.
        XCTAssertEqual(doc.obligations.first { $0.text.contains("Les gendarmes") }?.actor, "gendarme")
    }

    func testWhatACommentatorGoesOnToSayIsNoDirective() {
        let avocat = obligations("Pour Me Dupont, cette instruction est illégale car elle ajoute à la loi. Il faut donc la contester devant le tribunal administratif.")
        XCTAssertTrue(avocat.isEmpty, "\(avocat.map(\.text))")
        let syndicat = obligations("Le Syndicat de la magistrature regrette que la dépêche ignore la surpopulation carcérale. Il appelle les magistrats à la plus grande vigilance.")
        XCTAssertTrue(syndicat.isEmpty, "\(syndicat.map(\.text))")
        // The authority speaking again, or a new paragraph: the reported requests stay.
        let minister = obligations("La Cimade dénonce un texte répressif. Le ministre demande pourtant aux préfets de réexaminer chaque dossier. Il leur demande aussi de rendre compte chaque mois.")
        XCTAssertEqual(minister.count, 2, "\(minister.map(\.text))")
        let paragraph = obligations("La Cimade dénonce un texte répressif.\n\nIl est demandé aux préfets de réexaminer chaque dossier.")
        XCTAssertEqual(paragraph.count, 1, "\(paragraph.map(\.text))")
    }
}
