import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of the fifth header round, on texts written for them: a wrapped addressee
/// paragraph read back through `pdftotext -layout`, page furniture after a flattened
/// signature, pages that report a circular, co-signed circulars in the press. Each rule has a
/// counter-example where it could overreach.
final class HeaderFifthRoundTests: XCTestCase, HeaderRuleTesting {
    static let body = "          Objet : Accueil des gens du voyage.\nJe vous demande de me signaler toute installation illicite.\n                                                          Jacques BILLANT\n"

    /// One addressee paragraph, its titles run on after commas, wrapped at the page width so
    /// that "(pour information)" falls on a line of its own: it tags the title it closes, not
    /// the whole paragraph.
    func testAWrappedParagraphsTagClosesItsLastTitle() {
        let head = "PRÉFET DU PAS-DE-CALAIS\n                                                  Arras, le 9 octobre 2023\n"
        let a = addressees(head + "Le Préfet du Pas-de-Calais à Mesdames et Messieurs les maires du département, Monsieur le sous-\npréfet de Béthune, Monsieur le directeur départemental de la sécurité\npublique\n(pour information)\n" + Self.body)
        XCTAssertEqual(a, ["maire to", "sous-prefet to", "directeur-departemental-de-la-securite-publique cc"])
        // The wrap may fall so that the last title opens a line.
        let b = addressees(head + "Le Préfet du Pas-de-Calais à Monsieur le sous-préfet de Béthune, Monsieur le sous-préfet de Lens,\nMesdames et Messieurs les maires du département\n(pour information)\n" + Self.body)
        XCTAssertEqual(b, ["sous-prefet to", "maire cc"])
    }

    /// Counter-example: a block laid out one title a line, the tag on a line of its own
    /// after them, tags every title since the last tag (no comma runs the titles on).
    func testALinedBlocksTagStillCoversItsLines() {
        let head = "PRÉFET DU VAR\n                                                  Toulon, le 3 mai 2024\n                    Le Préfet du Var\n                          à\n"
        let a = addressees(head + "          Mesdames et Messieurs les maires du département\n          Monsieur le directeur départemental des territoires\n                    (pour information)\n" + Self.body)
        XCTAssertEqual(a, ["maire cc", "directeur-departemental-des-territoires cc"])
    }

    static let flat = "Circulaire du 21 novembre 2019 relative au contrôle de l'accès aux prestations sociales NOR : INTV1934511C Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département Objet : Vérification du droit au séjour. Je vous demande de veiller à ce que les organismes de sécurité sociale puissent interroger le fichier AGDREF dans les meilleurs délais. "

    /// A flattened copy runs the page's furniture onto the signature's line ("[Voir le PDF]",
    /// "Dans la même rubrique", "BOMJ n° …", "Télécharger …"): the name is read before it.
    func testPageFurnitureAfterAFlattenedSignature() {
        XCTAssertEqual(extract(Self.flat + "Christophe CASTANER [Voir le PDF] Dans la même rubrique Circulaire du 12 décembre 2019 Circulaire du 2 janvier 2020 Haut de page\n").metadata.signatory, "Christophe Castaner")
        XCTAssertEqual(extract(Self.flat + "Christophe CASTANER BOMJ n° 2019-11 du 29 novembre 2019 Télécharger le texte (PDF, 240 Ko)\n").metadata.signatory, "Christophe Castaner")
        XCTAssertEqual(extract(Self.flat + "Christophe CASTANER Publié au BO n° 12 du 30 novembre 2019 Documents associés\n").metadata.signatory, "Christophe Castaner")
    }

    /// Counter-example: an acronym in capitals before the furniture is no name.
    func testFurnitureAfterAnAcronymNamesNoOne() {
        XCTAssertNil(extract(Self.flat + "Les données sont traitées conformément au RGPD Voir aussi : Circulaire du 2 mai 2023 Dans la même rubrique\n").metadata.signatory)
    }

    /// A co-signed circular reported in the press: the first-named signs, not the name
    /// nearest the verb.
    func testTheFirstNamedSignsACoSignedCircular() {
        let head = "Le Figaro – Politique\nPublié le 17/01/2023 par Jean Martin\n\nTravail illégal : le gouvernement durcit les contrôles\n\n"
        let a = extract(head + "Une circulaire signée par le ministre de l'intérieur Gérald Darmanin et le ministre du travail Olivier Dussopt, invite les préfets à multiplier les contrôles sur les chantiers.\n")
        XCTAssertEqual(a.metadata.signatory, "Gérald Darmanin")
        let b = extract(head + "Dans une circulaire cosignée par Gérald Darmanin et Clément Beaune, ministre délégué chargé des transports, le gouvernement demande aux préfets de renforcer les contrôles.\n")
        XCTAssertEqual(b.metadata.signatory, "Gérald Darmanin")
    }

    /// Counter-example: "signée par" about a law, in a sentence that names no written
    /// instruction, does not name the reported circular's signatory.
    func testALawSignedByThePresidentIsNoSignature() {
        let head = "Le Figaro – Politique\nPublié le 30/01/2024 par Jean Martin\n\nImmigration : les préfets appelés à appliquer la loi\n\n"
        let a = extract(head + "La loi, signée par le président Emmanuel Macron le 26 janvier, est entrée en vigueur. Gérald Darmanin a demandé aux préfets de l'appliquer sans délai.\n")
        XCTAssertEqual(a.metadata.signatory, "Gérald Darmanin")
    }

    /// A page's prose reporting that a circular was sent ("… a adressé aux procureurs
    /// généraux et aux procureurs de la République une circulaire …") is no addressee block:
    /// the page is not the circular (its kind is not `circulaire`), and the roles it reports
    /// are read whole.
    func testProseReportingASentCircularIsNoBlock() {
        let page = "Maître Sophie Lemaire, avocate au barreau de Lyon\nBlog\n\nPublié le 20/03/2024 par Sophie Lemaire\n\nMineurs non accompagnés : une circulaire aux parquets\n\nLa garde des sceaux, ministre de la justice, a adressé aux procureurs généraux et aux procureurs de la République une circulaire du 15 mars 2024 relative à l'évaluation de la minorité.\n"
        let d = extract(page)
        XCTAssertNotEqual(d.metadata.kind, .circulaire)
        XCTAssertEqual(Set(d.addressees.map { "\($0.id) \($0.role.rawValue)" }), ["procureur-general to", "procureur-de-la-republique to"])
    }

    /// Counter-example: a bulletin's "Texte adressé aux …" heads the text's own block.
    func testABulletinsTexteAdresseAuxStillHeadsTheBlock() {
        let d = extract("Circulaire du 14 mars 2022 relative aux violences intrafamiliales\nNOR : JUSD2208123C\nTexte adressé aux procureurs généraux près les cours d'appel\n\nJe vous demande de veiller à l'évaluation du danger.\n")
        XCTAssertEqual(d.metadata.kind, .circulaire)
        XCTAssertEqual(Set(d.addressees.map { "\($0.id) \($0.role.rawValue)" }), ["procureur-general to"])
    }

    static let communique = "PRÉFET DE LA SARTHE\nLiberté Égalité Fraternité\n\nLe Mans, le 17 avril 2024\n\nCOMMUNIQUÉ DE PRESSE\n\nLe préfet a décidé, par arrêté du 16 avril 2024, d'interdire la circulation des poids lourds sur la RD 323.\n"

    /// A préfecture communiqué under a page's furniture (site name, breadcrumb, menu,
    /// "Publié le", share links): its letterhead still names the emitter.
    func testFurnitureDoesNotPushTheLetterheadOut() {
        let furniture = "Les services de l'État dans la Sarthe\nAccueil > Actualités > Communiqués de presse\nRechercher\nMenu\nPublié le 18/04/2024\nPartager sur Facebook Partager sur X Envoyer par courriel Imprimer\n\n"
        let d = extract(furniture + Self.communique)
        XCTAssertEqual(d.metadata.emitter, "prefet-de-la-sarthe")
        XCTAssertEqual(d.metadata.date, "2024-04-17")
    }

    /// Counter-example: behind sentences of prose, a "préfet de …" line further down is no
    /// letterhead.
    func testProseBeforeAPrefetLineIsNoFurniture() {
        let prose = "Les habitants sont appelés à la prudence.\nLa circulation sera perturbée.\nLes transporteurs sont informés.\nUne déviation est mise en place.\nLes riverains peuvent circuler.\nLes secours restent mobilisés.\n\n"
        let d = extract(prose + "PRÉFET DE LA SARTHE\n\nCOMMUNIQUÉ DE PRESSE\n\nLe préfet a décidé d'interdire la circulation des poids lourds.\n")
        XCTAssertEqual(d.metadata.kind, .communique)
        XCTAssertNil(d.metadata.emitter)
    }

    /// A law firm's or an association's dated page reporting a circular is an article, not a
    /// communiqué: its first line names the publisher.
    func testAFirmsOrAssociationsDatedPageIsAnArticle() {
        let body = "\n\nRétention administrative : une circulaire qui inquiète\n\nDans une circulaire adressée aux préfets, le ministre de l'intérieur demande d'augmenter le nombre de placements en rétention.\n"
        XCTAssertEqual(extract("Ligue des droits – section de Marseille\n\nLe 6 octobre 2023" + body).metadata.kind, .article)
        XCTAssertEqual(extract("Cabinet Durand Avocats – Droit des étrangers\n\n6 octobre 2023" + body).metadata.kind, .article)
    }

    /// Counter-example: a préfecture communiqué headed by its Cabinet stays a communiqué.
    func testAPrefetsCabinetStillIssuesCommuniques() {
        XCTAssertEqual(extract("Cabinet du préfet\nService de la communication\n\n6 octobre 2023\n\nLe préfet du Var a décidé d'interdire l'accès aux massifs forestiers.\n").metadata.kind, .communique)
    }
}
