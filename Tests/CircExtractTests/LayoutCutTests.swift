import CircTestSupport
import CircExtract
import XCTest

/// Rule tests for header fields a layout cut or ran on: a letterhead's title wrapped onto a
/// second line (a narrow letterhead, a PDF's line width), a one-word subject run into a
/// flattened body. Sentences written for each class, each with a counter-example.
final class LayoutCutTests: XCTestCase, HeaderRuleTesting {
    func testTitleWrappedOntoTheNextLine() {
        let lined = extract("Paris, le 5 avril 2012\n\nLe directeur des affaires\ncriminelles et des grâces\n\nà\n\nMesdames et Messieurs les procureurs généraux\n\nObjet : mineurs.\n\nVous veillerez à traiter les procédures dans un délai de trois mois.\n")
        XCTAssertEqual(lined.metadata.emitter, "directeur-des-affaires-criminelles-et-des-graces")
        // A paragraph a PDF wrapped in the middle of the title.
        let wrapped = extract("Dépêche du 5 avril 2012 relative aux mineurs. Le directeur des affaires\ncriminelles et des grâces à Mesdames et Messieurs les procureurs généraux. Vous veillerez à traiter les procédures dans un délai de trois mois.\n")
        XCTAssertEqual(wrapped.metadata.emitter, "directeur-des-affaires-criminelles-et-des-graces")
        // A capitalised next line is another part of the letterhead, and one that opens on
        // an office is a second title: neither goes on with the first.
        let service = extract("PRÉFECTURE DE LA SEINE-INFÉRIEURE\nCabinet du Préfet\n\nLe préfet de la Seine-Inférieure\n\nà\n\nMessieurs les maires\n\nObjet : fêtes.\n\nVous veillerez à la sécurité des fêtes.\n")
        XCTAssertEqual(service.metadata.emitter, "prefet-de-la-seine-inferieure")
        let second = extract("Le préfet de la région Bretagne\npréfet d'Ille-et-Vilaine\n\nà\n\nMesdames et Messieurs les maires\n\nObjet : fêtes.\n\nVous veillerez à la sécurité des fêtes.\n")
        XCTAssertEqual(second.metadata.emitter, "prefet-de-la-region-bretagne")
    }

    func testOneWordSubjectBeforeAFlattenedBody() {
        let head = "Paris, le 3 mars 2025 Le ministre de l'intérieur à Mesdames et Messieurs les préfets NOR : INTA2509876C Objet : Vidéosurveillance"
        let doc = extract("\(head) Les comités locaux de sécurité devront se réunir avant le 30 juin 2025. Vous veillerez à la publication des listes.")
        XCTAssertEqual(doc.metadata.subject, "Vidéosurveillance")
        XCTAssertEqual(extract("\(head) Je vous demande de réunir les comités.").metadata.subject, "Vidéosurveillance")
        // A place's name keeps its capital after the article: the subject goes on.
        let place = extract("Paris, le 3 mars 2025 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : Quartier Les Mureaux. Je vous demande de renforcer les patrouilles.")
        XCTAssertEqual(place.metadata.subject, "Quartier Les Mureaux")
    }

    func testCompoundCutAtItsHyphenByTheLineEnd() {
        let text = "Paris, le 3 mars 2024\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : violences.\n\nLes faits relèvent de l'article 222-\n33-2-2 du code pénal. Vous veillerez à poursuivre les auteurs de ces faits.\n\nÉric Dupond-\nMoretti\n"
        let doc = extract(text)
        XCTAssertEqual(doc.metadata.signatory, "Éric Dupond-Moretti")
        XCTAssertEqual(doc.references.map(\.id), ["CP:222-33-2-2"])
        // A dash after a space is a separator; a range written with spaced dashes stays two
        // numbers ("articles 12 - 15").
        let spaced = extract("Objet : mesures -\nRappel. Les articles 12 - 15 du code pénal s'appliquent.")
        XCTAssertFalse(spaced.references.contains { $0.id == "CP:12-15" })
    }

    func testTitleInsideAFlattenedListIsAnItem() {
        let page = extract("Collectif Accueil Solidaire — Documentation Les textes de référence Mise à jour : 12 mars 2024 - Article L. 121-1 du code de l'action sociale et des familles - Article L. 121-2 du même code - Circulaire du 8 avril 2016 relative à l'accueil des personnes sans abri - Loi n° 2018-778 du 10 septembre 2018 Ces textes sont à télécharger depuis notre espace.")
        XCTAssertNotEqual(page.metadata.kind, .circulaire)
        XCTAssertNotEqual(page.metadata.date, "2016-04-08")
        // A site's rubric between two dashes heads the title: a date after the first dash.
        let rubric = extract("Note d'actualité — 12 octobre 2010 — Circulaire du 5 août 2010 : évacuation des campements illicites Le ministre de l'intérieur à Mesdames et Messieurs les préfets. Vous veillerez à l'évacuation des campements.")
        XCTAssertEqual(rubric.metadata.kind, .circulaire)
        // A header whose fields a copy joined with dashes opens its items on offices.
        let header = extract("Ministère de la justice - Direction des affaires criminelles et des grâces - Note du 14 mars 2023 relative aux contrôles routiers - Le directeur des affaires criminelles et des grâces à Mesdames et Messieurs les procureurs de la République. Vous veillerez à la coordination des contrôles.")
        XCTAssertEqual(header.metadata.kind, .note)
        XCTAssertEqual(header.metadata.date, "2023-03-14")
    }
}
