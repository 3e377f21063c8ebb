import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of the association and lawyer pages that comment a circular named in their
/// title: kind `article` (the word the text uses for itself), their own byline date, not the
/// date of the text they comment or of a linked page; a surname before web furniture is no
/// signatory. Each rule has a counter-example where it could overreach.
final class PressCommentaryPageTests: XCTestCase, HeaderRuleTesting {
    /// A title announcing a commentary ("… : ce qui change", "— notre analyse") makes the page
    /// an article, with no byline or publisher line needed.
    func testACommentaryTitleMakesAnArticle() {
        let pages = [
            """
            Circulaire du 23 janvier 2024 — notre analyse
            La circulaire du 23 janvier 2024 précise les conditions de délivrance des titres de séjour. Elle invite les préfets à une appréciation plus stricte des situations individuelles.
            Le texte ne modifie pas le droit applicable mais en oriente l'application.
            """,
            """
            Circulaire du 5 mars 2024 relative aux rodéos urbains : ce qu’il faut retenir
            Le texte demande aux procureurs une réponse pénale ferme.
            """,
        ]
        for page in pages {
            let m = extract(page).metadata
            XCTAssertEqual(m.kind, .article, page)
            XCTAssertNil(m.date, "an article's date is its own, never the title's: \(page)")
        }
        XCTAssertEqual(extract(pages[0]).addressees.map(\.id), ["prefet-de-departement"])
    }

    /// A "Par Claire Dubois" line under the title shows an author: an article dated by its
    /// "Publié le".
    func testABylineUnderTheTitleMakesAnArticle() {
        let page = """
            Circulaire du 5 mars 2024 relative à la lutte contre les rodéos urbains
            Par Claire Dubois
            Publié le 8 mars 2024
            Le garde des sceaux a adressé aux procureurs une circulaire demandant une réponse pénale ferme.
            """
        let m = extract(page).metadata
        XCTAssertEqual(m.kind, .article)
        XCTAssertEqual(m.date, "2024-03-08")
    }

    /// Counter-example: the circular pasted whole under the same title (its addressee block,
    /// its "Je vous demande") stays a circulaire dated by its title; so does a title whose
    /// colon introduces the subject, not a commentary.
    func testThePastedCircularStaysACirculaire() {
        let pages = [
            """
            Circulaire du 23 janvier 2024 relative à l'admission exceptionnelle au séjour
            Le ministre de l'intérieur et des outre-mer
            à
            Mesdames et Messieurs les préfets de département
            Objet : admission exceptionnelle au séjour.
            Je vous demande de réexaminer les demandes d'admission exceptionnelle au séjour.
            Gérald DARMANIN
            """,
            """
            Circulaire du 23 janvier 2024 : admission exceptionnelle au séjour
            Je vous demande de réexaminer les demandes d'admission exceptionnelle au séjour.
            """,
        ]
        for page in pages {
            let m = extract(page).metadata
            XCTAssertEqual(m.kind, .circulaire, page)
            XCTAssertEqual(m.date, "2024-01-23", page)
        }
    }

    /// An association's page: its name, then a title the copy ran into "Posté le … par …":
    /// the post's date (the byline may follow the publisher's line, not only open the page).
    func testAPostDateRunIntoTheTitleUnderThePublisher() {
        let page = """
            Association d'aide aux étrangers — section de Lyon
            Circulaire du 23 janvier 2024 relative à l'admission exceptionnelle au séjour : ce qui change
            Posté le 2 février 2024 par Marie Lefèvre
            La circulaire du 23 janvier 2024 demande aux préfets de réexaminer les demandes d'admission exceptionnelle au séjour.
            """
        let m = extract(page).metadata
        XCTAssertEqual(m.kind, .article)
        XCTAssertEqual(m.date, "2024-02-02")
    }

    /// "La circulaire publiée le 23 janvier 2024": the publication of the text commented,
    /// not the page's date. Counter-example: the page's own "Publié le" line still dates it.
    func testTheCommentedTextsPublicationIsNoPageDate() {
        let page = """
            Circulaire du 23 janvier 2024 — notre analyse
            La circulaire publiée le 23 janvier 2024 précise les conditions de délivrance des titres de séjour.
            """
        XCTAssertNil(extract(page).metadata.date)
        let dated = page.replacingOccurrences(of: "notre analyse\n", with: "notre analyse\nPublié le 30 janvier 2024\n")
        XCTAssertEqual(extract(dated).metadata.date, "2024-01-30")
    }

    /// A surname before a byline's furniture ("… la circulaire Valls Posté le 27 janvier …")
    /// is no signatory "Valls Posté".
    func testASurnameBeforeFurnitureIsNoSignatory() {
        let page = "Régularisation des sans-papiers : ce que change la circulaire Valls Posté le 27 janvier 2013 par Paul Bernard La circulaire du 28 novembre 2012 précise les critères d'admission exceptionnelle au séjour. Elle demande aux préfets d'examiner chaque dossier au cas par cas.\n"
        let m = extract(page).metadata
        XCTAssertNotEqual(m.signatory, "Valls Posté")
        XCTAssertEqual(m.date, "2013-01-27")
    }

    /// "Lire aussi … Publié le 15/02/2023": the linked page's date, not the release's.
    /// Counter-example: the release's own "Publié le" before the link still dates it.
    func testALinkedPagesDateIsNotTheReleases() {
        let page = "Accueil Actualités Communiqués de presse Fermeture temporaire de la route départementale 12 Le préfet de la Haute-Savoie informe que la route départementale 12 sera fermée du 3 au 5 mars 2023 en raison de travaux. Lire aussi Inondations : point de situation Publié le 15/02/2023 Partager\n"
        XCTAssertNotEqual(extract(page).metadata.date, "2023-02-15")
        let own = page.replacingOccurrences(of: "départementale 12 Le préfet", with: "départementale 12 Publié le 01/03/2023 Le préfet")
        XCTAssertEqual(extract(own).metadata.date, "2023-03-01")
    }

    /// "Une circulaire de 2012 demandait déjà aux préfets de…": an earlier text's past request
    /// names no addressee of the item; nor do the préfets as the news's subject ("les préfets
    /// appliquent la circulaire"). Counter-example: the item's own request ("demande aux
    /// préfets") still does.
    func testPastRequestsAndTopicsNameNoAddressee() {
        let past = "Régularisations : un bilan contrasté\nPublié le 4 avril 2024\nSelon nos informations, le bilan reste contrasté. Une circulaire de 2012 demandait déjà aux préfets de tenir compte de l'ancienneté de séjour.\n"
        let topic = "Régularisations : un bilan contrasté\nPublié le 4 avril 2024\nSelon nos informations, les préfets appliquent la circulaire de façon très inégale.\n"
        XCTAssertEqual(extract(past).addressees.map(\.id), [])
        XCTAssertEqual(extract(topic).addressees.map(\.id), [])
        let own = past.replacingOccurrences(of: "Une circulaire de 2012 demandait déjà aux préfets", with: "Une circulaire du 2 avril 2024 demande aux préfets")
        XCTAssertEqual(extract(own).addressees.map(\.id), ["prefet-de-departement"])
    }

    /// A union's appeal, and the "Il" that continues it, names no addressee ("Le Syndicat de
    /// la magistrature … Il appelle les magistrats à…", "Il demande aux procureurs…").
    /// Counter-examples: the minister's "Il leur demande" after his circular to the procureurs,
    /// and a union quoted as a source ("Selon le syndicat Alliance, la DGPN demande…").
    func testAUnionsAppealNamesNoAddressee() {
        let union = "Le Syndicat de la magistrature dénonce la circulaire\nPublié le 12 mars 2024\nLe Syndicat de la magistrature a vivement critiqué mardi la circulaire de politique pénale. Il appelle les magistrats à faire preuve de discernement. Il demande aux procureurs de ne pas requérir systématiquement la détention.\n"
        XCTAssertEqual(extract(union).addressees.map(\.id), [])
        let minister = "Politique pénale : le garde des sceaux veut une réponse plus rapide\nPublié le 10 mai 2024\nDans une circulaire adressée le 9 mai aux procureurs généraux et aux procureurs de la République, le ministre fixe ses priorités. Il leur demande de traiter en priorité les violences intrafamiliales.\n"
        XCTAssertEqual(Set(extract(minister).addressees.map(\.id)), ["procureur-general", "procureur-de-la-republique"])
        let sourced = "Caméras-piétons : la DGPN serre la vis\nPublié le 3 juin 2024\nSelon le syndicat Alliance, la DGPN demande aux directeurs départementaux de la sécurité publique de généraliser les caméras dans une note.\n"
        XCTAssertEqual(extract(sourced).addressees.map(\.id), ["directeur-departemental-de-la-securite-publique"])
    }
}
