import CircTestSupport
import CircExtract
import XCTest

/// Rule tests of the préfecture round, on texts written for them: a préfecture's release or
/// site page that quotes the minister it relays, an older préfet's circular whose body opens
/// on the minister ("M. le Ministre de l'Intérieur me prescrit…"), an arrêté's rule whose
/// subjects are listed below it, and the end of a ban. Each rule has a counter-example.
final class PrefectureReleaseTests: XCTestCase, HeaderRuleTesting {
    static let quote = "Le ministre de l'Intérieur et des Outre-mer a demandé aux préfets de renforcer la présence des forces de l'ordre aux abords des lieux de culte.\n\nDans le département, le préfet a décidé de mobiliser 150 policiers supplémentaires.\n"

    /// "PRÉFET DU PAS-DE-CALAIS / Communiqué de presse" over prose that quotes the minister
    /// first: the préfet issued the release.
    func testAReleaseUnderALetterheadIsThePrefets() {
        let release = "PRÉFET DU PAS-DE-CALAIS\nCommuniqué de presse\nArras, le 6 mars 2024\n\nContrôles renforcés\n\n" + Self.quote
        let m = extract(release).metadata
        XCTAssertEqual(m.kind, .communique)
        XCTAssertEqual(m.emitter, "prefet-du-pas-de-calais")
        // Counter-example: the ministry's own release keeps its minister.
        let ministry = "Communiqué de presse\nParis, le 6 mars 2024\n\nContrôles renforcés\n\n" + Self.quote
        XCTAssertEqual(extract(ministry).metadata.emitter, "ministre-de-l-interieur")
    }

    /// A page under a préfecture site's banner ("Les services de l'État en Isère") is the
    /// préfecture's release: the préfète its prose shows acting is the emitter.
    func testAPageUnderAPrefectureBanner() {
        let page = "Les services de l'État en Isère\nAccueil > Actualités > Sécurité\n\nSécurisation des lieux de culte\n\nPublié le 20/12/2023\n\nGrenoble, le 19 décembre 2023\n\n" + Self.quote.replacingOccurrences(of: "le préfet a décidé", with: "la préfète de l'Isère a décidé")
        let m = extract(page).metadata
        XCTAssertEqual(m.kind, .communique)
        XCTAssertEqual(m.emitter, "prefet-de-l-isere")
        // A site's name alone on its line ("Préfet de la Vienne") heads the page as well.
        let vienne = page.replacingOccurrences(of: "Les services de l'État en Isère", with: "Préfet de la Vienne")
        XCTAssertEqual(extract(vienne).metadata.kind, .communique)
        // Counter-example: a newspaper's page reporting the same stays an article of the minister.
        let paper = page.replacingOccurrences(of: "Les services de l'État en Isère", with: "Le Dauphiné libéré").replacingOccurrences(of: "Grenoble, le 19 décembre 2023\n\n", with: "")
        XCTAssertEqual(extract(paper).metadata.kind, .article)
    }

    /// "Messieurs, M. le Ministre de l'Intérieur me prescrit, par une circulaire du …": the
    /// body's first sentence, not an addressee, though it opens on a civility and a title.
    func testTheMinisterOpeningTheBodyIsNoAddressee() {
        let head = "PRÉFECTURE DE LA SEINE-INFÉRIEURE\n\nRouen, le 3 août 1914.\n\nLE PRÉFET DE LA SEINE-INFÉRIEURE\n\nà MM. les Maires du département.\n\n"
        let prescrit = head + "Messieurs,\n\nM. le Ministre de l'Intérieur me prescrit, par une circulaire du 1er août 1914, d'assurer l'affichage de l'ordre de mobilisation.\n\nVous voudrez bien faire apposer les affiches.\n\nLe Préfet,\nMORAIN.\n"
        XCTAssertEqual(addressees(prescrit), ["maire to"])
        let connaitre = prescrit.replacingOccurrences(of: "me prescrit", with: "m'a fait connaître")
        XCTAssertEqual(addressees(connaitre), ["maire to"])
        // Counter-example: a block's own lines, one title a line, are still read.
        let block = head.replacingOccurrences(of: "à MM. les Maires du département.", with: "à MM. les Maires du département,\nM. le Sous-Préfet du Havre.") + "Messieurs,\n\nVous voudrez bien faire apposer les affiches.\n\nLe Préfet,\nMORAIN.\n"
        XCTAssertEqual(addressees(block), ["maire to", "sous-prefet to"])
    }

    /// "Préfecture du Calvados. Caen, le 12 mars 1881. Le Préfet du Calvados à MM. …": the
    /// full stop closes the office; the dateline's place is no part of it.
    func testAFullStopClosesAFlattenedOffice() {
        let flat = "Préfecture du Calvados. Caen, le 12 mars 1881. Le Préfet du Calvados à MM. les Sous-Préfets et Maires du département. Messieurs, Je vous prie de veiller à l'exécution de ces mesures. Le Préfet du Calvados, E. LEROUX."
        XCTAssertEqual(extract(flat).metadata.emitter, "prefet-du-calvados")
        // Counter-example: an office whose place has several words keeps them all.
        XCTAssertEqual(extract(flat.replacingOccurrences(of: "Calvados", with: "Territoire de Belfort")).metadata.emitter, "prefet-du-territoire-de-belfort")
    }

    /// "une circulaire de M. le Ministre de l'Intérieur, en date du 2 mars 1881": the date
    /// set off by a comma after the issuer dates the circular.
    func testEnDateDuAfterTheIssuer() {
        let ids = { (t: String) in RefHarness.ids(t, date: "1881-03-12") }
        XCTAssertEqual(ids("J'ai l'honneur de vous transmettre une circulaire de M. le Ministre de l'Intérieur, en date du 2 mars 1881, relative à la police des cabarets."), ["circulaire:1881-03-02"])
        // Counter-example: a date of another event after the comma dates nothing.
        XCTAssertEqual(ids("J'ai l'honneur de vous transmettre une circulaire de M. le Ministre de l'Intérieur, reçue le 2 mars 1881."), [])
    }

    /// "Sont interdits jusqu'au 31 août 2023 :" then "- le lavage …;" "- l'arrosage …": each
    /// listed item is a prohibition of its own; the end of a ban is no deadline.
    func testARuleWhoseSubjectsAreListed() {
        let act = "PRÉFET DES DEUX-SÈVRES\n\nArrêté portant limitation provisoire des usages de l'eau\n\nLe préfet des Deux-Sèvres,\n\nVu le code de l'environnement ;\n\nARRÊTE\n\nArticle 2 – Mesures de restriction\nSont interdits jusqu'au 30 septembre 2023 :\n- l'arrosage des jardins potagers entre 9 heures et 20 heures ;\n- le lavage des véhicules hors des stations professionnelles.\n\nFait à Niort, le 21 juillet 2023\nLe préfet,\nEmmanuel AUBRY\n"
        let d = extract(act)
        let prohibitions = d.obligations.filter { $0.modality == .prohibition }
        XCTAssertEqual(prohibitions.count, 2, "\(d.obligations.map(\.text))")
        XCTAssertTrue(prohibitions.contains { $0.text.contains("l'arrosage des jardins") && !$0.text.contains("lavage") })
        XCTAssertTrue(prohibitions.contains { $0.text.contains("le lavage des véhicules") })
        XCTAssertEqual(d.deadlines.map(\.value), [])
        // Counter-example: a rule stated with its subject keeps its list as its own content.
        let stated = act.replacingOccurrences(of: "Sont interdits jusqu'au 30 septembre 2023 :", with: "Les usages suivants de l'eau sont interdits jusqu'au 30 septembre 2023 :")
        XCTAssertEqual(extract(stated).obligations.filter { $0.modality == .prohibition }.count, 1)
        // A duty's date stays a deadline beside a word of ban.
        let duty = act.replacingOccurrences(of: "Sont interdits jusqu'au 30 septembre 2023 :", with: "Les maires me transmettront avant le 30 septembre 2023 la liste des usages interdits :")
        XCTAssertEqual(extract(duty).deadlines.map(\.value), ["2023-09-30"])
    }
}

/// The period of a permission or a ban in an act is no duty's frequency.
final class PrefecturePeriodTests: XCTestCase, HeaderRuleTesting {
    func testAPermittedPeriodIsNoRecurrence() {
        let act = "PRÉFET DES LANDES\n\nArrêté préfectoral relatif à la chasse du sanglier\n\nLe préfet des Landes,\n\nVu le code de l'environnement ;\n\nARRÊTE :\n\nArticle 1er : La chasse du sanglier en battue est autorisée tous les jours sur les communes figurant en annexe.\n\nFait à Mont-de-Marsan, le 14 novembre 2023\n\nLe préfet,\nPhilippe LEBLANC\n"
        XCTAssertEqual(extract(act).deadlines.map(\.value), [])
        // Counter-example: a duty of those permitted keeps its frequency.
        let duty = act.replacingOccurrences(of: "La chasse du sanglier en battue est autorisée tous les jours", with: "Les lieutenants de louveterie autorisés transmettront chaque mois le bilan des prélèvements")
        XCTAssertEqual(extract(duty).deadlines.map(\.value), ["R/P1M"])
    }
}
