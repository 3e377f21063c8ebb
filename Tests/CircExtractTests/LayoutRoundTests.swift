import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests of the layout round: what a copy's layout (flattened onto one line, printed to
/// PDF by a browser) did to a reading the lined text gets right. Letters written for each
/// class, each with a counter-example.
final class LayoutRoundTests: XCTestCase, HeaderRuleTesting {
    /// A flattened block whose last title runs into the letter's first sentence ("… les préfets
    /// de département Je vous demande de …"): the capitalised pronoun opens the prose, so the
    /// verb after it is the letter's, not the titles' — every title of the block stays.
    func testLastTitleRunIntoTheLettersFirstSentence() {
        let two = "Paris, le 16 décembre 2021 Le ministre de l'intérieur à Mesdames et Messieurs les préfets de région Mesdames et Messieurs les préfets de département Je vous demande de mobiliser les forces durant la nuit du 31 décembre. Gérald DARMANIN"
        XCTAssertEqual(addressees(two), ["prefet-de-region to", "prefet-de-departement to"])
        let listed = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département ; Monsieur le préfet de police ; Monsieur le directeur général de la gendarmerie nationale Je vous demande de mettre en œuvre sans délai les dispositions de la loi. Les unités procéderont à la saisie des véhicules."
        XCTAssertEqual(addressees(listed), ["prefet-de-departement to", "prefet-de-police to", "directeur-general-de-la-gendarmerie-nationale to"])
        let nous = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets de zone de défense et de sécurité Mesdames et Messieurs les préfets de département Nous avons décidé de renforcer les contrôles. Vous veillerez à leur mise en œuvre."
        XCTAssertEqual(addressees(nous), ["prefet-de-zone-de-defense-et-de-securite to", "prefet-de-departement to"])
    }

    /// Counter-examples: titles whose own verb comes before any capitalised pronoun are a
    /// sentence's subject, as before ("… les préfets devront désormais transmettre … Je vous
    /// demande"; "M. le Ministre de l'Intérieur me prescrit …").
    func testTitlesWithTheirOwnVerbStaySubjects() {
        let subject = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets de région Mesdames et Messieurs les préfets devront désormais transmettre chaque mois un bilan. Je vous demande de mobiliser les forces."
        XCTAssertEqual(addressees(subject), ["prefet-de-region to"])
        let older = "Messieurs, M. le Ministre de l'Intérieur me prescrit, par une circulaire du 1er août 1914, d'assurer l'affichage des décrets. Je vous prie de veiller à l'exécution."
        XCTAssertEqual(addressees(older), [])
    }

    /// A flattened block's last title run into the text's own heading in capitals ("…
    /// Commissaires de police NOTE DE SERVICE N° 91-12 Objet : …", "… probation NOTE NOR :
    /// …"): the kind word, followed as a heading is, ends the title.
    func testLastTitleRunIntoAHeadingInCapitals() {
        let note = "Le directeur général de la police nationale à Messieurs les Directeurs départementaux des polices urbaines Messieurs les Commissaires de police NOTE DE SERVICE N° 91-12 Objet : Contrôles d'identité. Les commissaires veilleront à la traçabilité des contrôles."
        XCTAssertEqual(addressees(note), ["directeur-departemental-des-polices-urbaines to", "commissaire-de-police to"])
        let nor = "Le garde des sceaux à Mesdames et Messieurs les directeurs fonctionnels des services pénitentiaires d'insertion et de probation NOTE NOR : JUSK2301544N Objet : Mise en œuvre de la libération sous contrainte. Vous veillerez à son application."
        XCTAssertEqual(addressees(nor), ["directeur-fonctionnel-du-service-penitentiaire-d-insertion-et-de-probation to"])
        // Counter-example: a kind word inside a title in capitals, after its preposition.
        let judge = "LE GARDE DES SCEAUX, MINISTRE DE LA JUSTICE A MESDAMES ET MESSIEURS LES JUGES D'INSTRUCTION OBJET : délais. Vous veillerez à respecter les délais."
        XCTAssertEqual(addressees(judge), ["juge-d-instruction to"])
    }

    /// A flattened page number after a footnote citing a ruling ("² CE, 25 avril 2018. 1/1"):
    /// a docket follows its date after a comma, never after the citation's full stop.
    func testPageNumberAfterAFlattenedFootnoteIsNoDocket() {
        let flat = "Vous veillerez à appliquer cette jurisprudence. Gérard COLLOMB ¹ Voir l'instruction du 18 décembre 2014. ² CE, 25 avril 2018. 1/1"
        let ids = Set(extract(flat).references.map(\.id))
        XCTAssertTrue(ids.contains("juris:CE:2018-04-25"), "\(ids)")
        XCTAssertFalse(ids.contains("juris:CE:1/1"), "\(ids)")
        // Counter-example: the slashed docket after the date's comma stays.
        XCTAssertEqual(Set(extract("Voir CA Paris, 12 mai 2023, 21/01234, sur ce point.").references.map(\.id)), ["juris:CA-Paris:21/01234"])
    }

    /// A Justice dépêche whose banner a flattened copy ran between the block and its subject,
    /// or between the direction and the dateline: the banner in capitals, then a header field
    /// or a dateline, makes it a dépêche still.
    func testFlattenedDepecheBanner() {
        let afterBlock = "Paris, le 14 septembre 2020 Le garde des sceaux, ministre de la justice à Mesdames et Messieurs les procureurs de la République près les tribunaux judiciaires DÉPÊCHE Objet : Généralisation de l'amende forfaitaire délictuelle. Je vous demande de bien vouloir définir une politique pénale."
        XCTAssertEqual(extract(afterBlock).metadata.kind, .depeche)
        let beforeDateline = "MINISTÈRE DE LA JUSTICE Direction des affaires criminelles et des grâces DÉPÊCHE Paris, le 11 juillet 2016 Le garde des sceaux, ministre de la justice à Mesdames et Messieurs les procureurs généraux Objet : Politique pénale. Je vous demande de requérir le placement en détention provisoire."
        XCTAssertEqual(extract(beforeDateline).metadata.kind, .depeche)
        // Counter-example: the regional daily named after its determiner is no banner.
        XCTAssertNotEqual(extract("Selon La Dépêche du Midi, Objet : le préfet a pris un arrêté interdisant les rassemblements. Les maires devront l'afficher.").metadata.kind, .depeche)
    }

    /// A préfecture site's page flattened: its heading runs into the breadcrumb ("Préfet
    /// d'Ille-et-Vilaine Accueil > Actualités …"); it is still the préfecture's release.
    func testFlattenedPrefecturePageHeading() {
        let page = "Préfet d'Ille-et-Vilaine Accueil > Actualités > Sécurité publique Publié le 24/03/2023 Interdiction de la vente de carburant Le préfet d'Ille-et-Vilaine a pris un arrêté portant interdiction de la vente de carburant au détail. Les gérants de stations-service devront veiller à son application."
        XCTAssertEqual(extract(page).metadata.kind, .communique)
        let banner = "Les services de l'État dans l'Hérault Accueil > Actualités > Communiqués de presse Canicule : la préfète active le niveau 3 La préfète de l'Hérault a décidé d'activer le niveau 3 du plan canicule. Les maires doivent activer leur registre des personnes isolées."
        XCTAssertEqual(extract(banner).metadata.kind, .communique)
        // Counter-examples: a newspaper's name before its breadcrumb is no préfecture's heading,
        // nor a press item's first sentence naming the préfet.
        XCTAssertEqual(extract(page.replacingOccurrences(of: "Préfet d'Ille-et-Vilaine ", with: "Ouest-France ")).metadata.kind, .article)
        XCTAssertEqual(extract("Le préfet de police de Paris, Laurent Nuñez, a annoncé vendredi le renforcement des patrouilles autour des établissements scolaires de la capitale et des communes voisines.").metadata.kind, .article)
    }

    /// A circular printed by a browser: Chromium's print time and title above, the URL and
    /// page counter below. The signature is still the text's last line, and the print time
    /// ("12/1/26", read day first, 12 January 2026) never dates the text.
    func testBrowserPrintedCopyKeepsSignatureAndDate() {
        let body = "MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 17 janvier 2023\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : exécution des OQTF.\n\nJe vous demande de renforcer les contrôles.\n\nGérald DARMANIN\n"
        let printed = "12/1/26, 5:54 AM                    Circulaire du 17 janvier 2023\n\n" + body + "\nhttps://www.interieur.gouv.fr/content/download/circulaire.pdf                1/1\n"
        let a = extract(body).metadata, b = extract(printed).metadata
        XCTAssertEqual(b.signatory, "Gérald Darmanin")
        XCTAssertEqual(b.date, a.date)
        XCTAssertEqual(b.date, "2023-01-17")
    }
}
