import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of the eighth header round, on web pages written for them (préfecture sites,
/// document-sharing sites, blogs, press sites, bulletins), lined and flattened: site notices
/// on a flattened page, a flattened release's label, a bulletin's dated title line under a
/// heading, a newspaper's agency credit, the préfet de police in the press, a minister's name
/// before his term. Each rule has a counter-example where it could overreach.
final class HeaderEighthRoundTests: XCTestCase, HeaderRuleTesting {
    /// Every line of a page run onto one, as a copy from a browser gives it.
    static func flat(_ page: String) -> String {
        page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ") + "\n"
    }

    static let sharedCircular = """
        Instruction du Gouvernement du 14 octobre 2022
        Déposé le 20 octobre 2022 par Sabrina K.
        Nombre de pages : 2
        Embed Size (px)

        Paris, le 14 octobre 2022

        Le ministre de l'intérieur et des outre-mer

        à

        Mesdames et Messieurs les préfets

        Objet : exécution des obligations de quitter le territoire français

        NOR : INTV2229321J

        Je vous demande d'appliquer strictement les mesures d'éloignement prononcées.

        Gérald DARMANIN

        Vous aimerez peut-être aussi
        Circulaire du 28 novembre 2012 - Admission exceptionnelle au séjour
        Documents similaires
        """

    /// A site notice on a flattened page is blanked alone: the rest of its "line" is the page's
    /// text (the header after "Embed Size (px)"), and what follows a tail notice ("Vous aimerez
    /// peut-être aussi") in the page's last half is the site's, signature line included.
    func testAFlattenedPageKeepsTheTextAfterANotice() {
        for page in [Self.sharedCircular, Self.flat(Self.sharedCircular)] {
            let m = extract(page).metadata
            XCTAssertEqual(m.nor, "INTV2229321J")
            XCTAssertEqual(m.date, "2022-10-14")
            XCTAssertEqual(m.emitter, "ministre-de-l-interieur")
            XCTAssertEqual(m.signatory?.lowercased(), "gérald darmanin")
        }
        // Counter-example: on a page of lines, a notice still takes the rest of its line.
        let tt = TestLexicons.text.tokenize(text: "Le préfet a réuni les maires.\nEmbed Size (px) 560 x 315\nLes maires ont répondu.\n")
        let words = tt.tokens.map { tt.string($0) }
        XCTAssertFalse(words.contains("560"), "\(words)")
        XCTAssertTrue(words.contains("répondu"), "\(words)")
    }

    /// Counter-example: a tail notice in the first half of a page (a sidebar before the text)
    /// blanks its own line only.
    func testATailNoticeBeforeTheTextTakesItsLineOnly() {
        let tt = TestLexicons.text.tokenize(text: "Documents similaires\nLe préfet de la Gironde a décidé de reporter les manifestations sportives prévues le week-end du 26 août compte tenu de la canicule.\nLes organisateurs prendront l'attache de la préfecture.\n")
        let words = tt.tokens.map { tt.string($0) }
        XCTAssertFalse(words.contains("similaires"))
        XCTAssertTrue(words.contains("organisateurs"), "\(words)")
    }

    static let release = """
        Les services de l'État en Haute-Garonne
        Accueil > Publications > Communiqués de presse > 2023
        Interdiction de l'usage des artifices de divertissement pour le 14 juillet
        Publié le 05/07/2023
        Partager
        Communiqué de presse

        En raison du risque élevé d'incendie, le préfet de la Haute-Garonne a décidé d'interdire l'usage des artifices de divertissement du 12 au 16 juillet 2023.
        """

    /// A flattened préfecture page runs "Communiqué de presse" into its first words: still a
    /// communiqué.
    func testAFlattenedReleaseLabelMakesACommunique() {
        XCTAssertEqual(extract(Self.release).metadata.kind, .communique)
        XCTAssertEqual(extract(Self.flat(Self.release)).metadata.kind, .communique)
        // Counter-example: a newspaper reporting "un communiqué de presse" is an article.
        let article = Self.flat("Le Dauphiné libéré\nIsère > Grenoble\nPublié le 14/08/2023 à 17:45\nPar J.-P. M.\n\nDans un Communiqué de presse diffusé mardi, le préfet de l'Isère a annoncé l'interdiction des rassemblements festifs dans tout le département.")
        XCTAssertEqual(extract(article).metadata.kind, .article)
    }

    static let bulletin = "Bulletin officiel n° 12 du 21 mars 2024\nSommaire > Enseignements primaire et secondaire\nSécurité des établissements scolaires\nProtocole de mise en sûreté\ncirculaire du 14-3-2024\nNOR : MENE2407311C\nMENJ - DGESCO B3-MVS\nTexte adressé aux rectrices et recteurs d'académie\n\nIl vous appartient de veiller à ce que chaque établissement actualise son plan.\n"

    /// A bulletin's own title line "circulaire du 14-3-2024" under a heading in lower case
    /// dates the text, not the bulletin's issue, lined or flattened (then the NOR follows it).
    func testABulletinsDatedTitleLineUnderAHeading() {
        XCTAssertEqual(extract(Self.bulletin).metadata.date, "2024-03-14")
        XCTAssertEqual(extract(Self.flat(Self.bulletin)).metadata.date, "2024-03-14")
        // Counter-example: a citation wrapped onto a new line runs on after its date.
        let wrapped = "Bulletin officiel n° 12 du 21 mars 2024\nLes mesures de mise en sûreté\ncirculaire du 14-3-2024 et rappelées chaque année\nsont maintenues.\n\nIl vous appartient de veiller à ce que chaque établissement actualise son plan.\n"
        XCTAssertNotEqual(extract(wrapped).metadata.date, "2024-03-14")
    }

    /// A newspaper's credit for its own article ("(avec AFP)", "Le Monde avec AFP") is no
    /// wire's byline.
    func testANewspapersAgencyCreditIsNoDepeche() {
        let page = "Le Monde\nSociété > Immigration\nPar Jean Dupont\nPublié le 12 mars 2024 à 10h32\n\nDans une circulaire datée du 8 mars, le ministre de l'intérieur demande aux préfets d'exécuter plus rapidement les obligations de quitter le territoire. (avec AFP)\n\nLe Monde avec AFP\n"
        XCTAssertEqual(extract(Self.flat(page)).metadata.kind, .article)
        // Counter-example: the wire's own dateline.
        XCTAssertEqual(extract("Paris, 4 avr 2023 (AFP) - Le ministre de l'Intérieur a demandé mardi aux préfets de renforcer la sécurité des lieux de culte.\n").metadata.kind, .depeche)
    }

    /// A press item on the préfet de police, published before its name held a ministry: the
    /// préfet de police emits, not the ministry the name holds later.
    func testThePrefetDePoliceInThePress() {
        let page = "Le Parisien\nFaits divers > Île-de-France\nPar Marie Laurent\nLe 5 janvier 2024 à 18h20\n\nLe préfet de police de Paris, Laurent Nuñez, a annoncé vendredi le renforcement des patrouilles autour des établissements scolaires.\n"
        XCTAssertEqual(extract(page).metadata.emitter, "prefet-de-police")
        // Counter-example: the préfet de police only copied is nobody's emitter.
        let copied = "Rodéos urbains : le ministre durcit le ton. Le texte est daté du 3 mars 2024. Monsieur le préfet de police en a reçu copie mardi et l'a transmis aux commissariats.\n"
        XCTAssertNotEqual(extract(copied).metadata.emitter, "prefet-de-police")
    }

    /// Counter-example of the minister's table: a name dated within its term still names the
    /// ministry.
    func testANameWithinItsTermStillNamesTheMinistry() {
        let page = "Le Figaro\nPublié le 20/11/2025 par Jean Martin\n\nLaurent Nuñez a adressé mardi aux préfets une circulaire sur la sécurité des marchés de Noël.\n"
        XCTAssertEqual(extract(page).metadata.emitter, "ministre-de-l-interieur")
    }

    /// A regional paper's item on a préfet's act under lines of furniture (rubric, "Lecture 2
    /// min.", "Abonnés"): its préfet is still in the opening sentences of the prose.
    func testFurnitureLinesAreNoOpeningSentences() {
        let page = "Le Dauphiné libéré\nIsère > Grenoble\nSécurité\nPublié le 14/08/2023 à 17:45\nMis à jour le 15/08/2023 à 08:12\nLecture 2 min.\nAbonnés\nGrenoble : le préfet interdit les rassemblements\nPar J.-P. M.\n\nLe préfet de l'Isère a pris mardi un arrêté interdisant les rassemblements festifs à caractère musical dans tout le département.\n"
        XCTAssertEqual(extract(page).metadata.emitter, "prefet-de-l-isere")
    }

    /// A title's subject ends with its line when a capitalised header line follows, lined
    /// ("… contre les élus / Le garde des sceaux") or flattened (a capitalised article, a
    /// label before its colon: "… étrangers Date de publication : …").
    func testATitlesSubjectEndsWithItsLine() {
        let bomj = "BULLETIN OFFICIEL DU MINISTÈRE DE LA JUSTICE\nCirculaire du 2 mai 2023 – JUSD2312345C\nPrésentation des dispositions relatives au traitement des violences commises contre les élus\nLe garde des sceaux, ministre de la justice\nà\nMesdames et Messieurs les procureurs généraux près les cours d'appel\nJe vous demande de veiller au traitement prioritaire des plaintes.\n"
        XCTAssertEqual(extract(bomj).metadata.subject, "traitement des violences commises contre les élus")
        XCTAssertEqual(extract(Self.flat(bomj)).metadata.subject, "traitement des violences commises contre les élus")
        let page = "Instruction du 4 décembre 2023 relative au traitement des demandes des étudiants étrangers\nDate de publication : 11/12/2023\nDate de signature : 04/12/2023\nNOR : IOMV2333210J\n"
        XCTAssertEqual(extract(Self.flat(page)).metadata.subject, "traitement des demandes des étudiants étrangers")
        // Counter-examples: a subject wrapped after a word that cannot end it, or going on in
        // lower case, is read whole.
        XCTAssertEqual(extract("Circulaire du 3 mars 2023 relative au\nConseil national des villes\n\nMesdames et Messieurs les préfets\n\nJe vous demande de réunir le conseil.\n").metadata.subject, "Conseil national des villes")
        XCTAssertEqual(extract("Circulaire du 3 mars 2023 relative à la sécurité des grands événements\nsportifs de l'été\n\nMesdames et Messieurs les préfets\n\nJe vous demande de réunir les états-majors.\n").metadata.subject, "la sécurité des grands événements sportifs de l'été")
    }

    /// A breadcrumb's "Circulaires" is the site's section: the page's own title names it
    /// ("Note d'information du 19 mai 2022 …" → note).
    func testABreadcrumbsSectionIsNoTitle() {
        let page = "Accueil > Rechercher > Circulaires\nNote d'information du 19 mai 2022 relative à l'application du décret du 2 mai 2022\nNOR : INTA2214823N\nDate de signature : 19/05/2022\n"
        XCTAssertEqual(extract(page).metadata.kind, .note)
        // Counter-example: a title of its own, with no breadcrumb before it, still names the kind.
        XCTAssertEqual(extract("Circulaire du 19 mai 2022 relative à l'application du décret\nNOR : INTA2214823C\n").metadata.kind, .circulaire)
    }

    /// A document-sharing site's comment counter after the signature ("… Éric DUPOND-MORETTI
    /// Commentaires (0)") is a trailing label: the name before it signs.
    func testACommentCounterAfterTheSignature() {
        let page = "Circulaire du 3 mai 2023 relative à la garde à vue des mineurs\n\nNOR : JUSD2311122C\n\nLe garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les procureurs généraux près les cours d'appel\n\nJe vous demande de veiller au respect des droits de la personne gardée à vue.\n\nÉric DUPOND-MORETTI\n\nCommentaires (0)\n"
        XCTAssertEqual(extract(Self.flat(page)).metadata.signatory?.lowercased(), "éric dupond-moretti")
    }

    /// A flattened post cites a circular with its NOR in its prose ("Par une circulaire du 28
    /// octobre 2024 (NOR : INTK2428339J), le ministre…"): the NOR is the cited text's, and the
    /// firm's post stays an article.
    func testACitedNOROfAFlattenedPostIsNotThePages() {
        let post = "Avocats Associés Lefort & Benhamou\nPublications\nLe 8 novembre 2024, par Maître Anne Lefort\nPolice administrative : la circulaire du 28 octobre 2024\nTags : police, préfet\n\nPar une circulaire du 28 octobre 2024 (NOR : INTK2428339J), le ministre de l'intérieur Bruno Retailleau demande aux préfets de renforcer le pilotage de la politique migratoire.\n"
        let m = extract(Self.flat(post)).metadata
        XCTAssertEqual(m.kind, .article)
        XCTAssertNil(m.nor)
        // Counter-example: a flattened page's own title line keeps its NOR.
        let own = Self.flat("Circulaire du 28 octobre 2024\nNOR : INTK2428339J\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets\nJe vous demande de renforcer le pilotage de la politique migratoire.\n")
        XCTAssertEqual(extract(own).metadata.nor, "INTK2428339J")
    }
}
