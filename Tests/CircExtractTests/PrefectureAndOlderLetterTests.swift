import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of the fourth header round, on texts written for them: préfecture acts and
/// letters (their copies, "sous-préfète", the delegating authority), bulletin pages' fields,
/// and older Interior letters (a lone surname as signature, "Ampliation"), lined and
/// flattened. Each rule has a counter-example where it could overreach.
final class PrefectureAndOlderLetterTests: XCTestCase, HeaderRuleTesting {
    static let letter = "PRÉFÈTE DE L'ISÈRE\n\nGrenoble, le 5 décembre 2023\n\nLa préfète de l'Isère\nà\n"
    static let body = "\nObjet : Sécurisation des marchés de Noël.\n\nJe vous demande de renforcer la sécurisation des marchés de Noël de vos communes.\n\n"

    /// "Madame la sous-préfète de Saint-Marcellin" is a sous-préfet, not a préfet: the
    /// hyphenated feminine is one office.
    func testASousPrefeteIsASousPrefet() {
        let a = addressees(Self.letter + "Madame la sous-préfète de Saint-Marcellin\nMesdames et Messieurs les maires\n" + Self.body + "Catherine SÉGUIN\n")
        XCTAssertEqual(a, ["sous-prefet to", "maire to"])
        XCTAssertEqual(addressees(Self.letter + "Mesdames les sous-préfètes\n" + Self.body + "Catherine SÉGUIN\n"), ["sous-prefet to"])
        // The préfète herself is still a préfet.
        XCTAssertEqual(addressees(Self.letter + "Madame la préfète de la Drôme\n" + Self.body + "Catherine SÉGUIN\n"), ["prefet-de-departement to"])
    }

    /// A distribution list after the signature ("Ampliation :", "Copie adressée à … pour
    /// information") names copies: `cc`, beside the header's block.
    func testCopiesListedAfterTheSignature() {
        let head = "MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 12 janvier 1924.\n\nLe Ministre de l'Intérieur,\nà Messieurs les Préfets.\n\nMonsieur le Préfet,\n\nVous voudrez bien assurer la diffusion de ce texte dans votre département.\n\nLe Ministre de l'Intérieur,\nG. BRUMAN.\n\n"
        XCTAssertEqual(addressees(head + "Ampliation : M. le Préfet de police.\n"), ["prefet-de-departement to", "prefet-de-police cc"])
        XCTAssertEqual(addressees(head + "Copie adressée à MM. les Sous-Préfets pour information.\n"), ["prefet-de-departement to", "sous-prefet cc"])
        XCTAssertEqual(addressees(head + "Ampliation :\n- Monsieur le procureur de la République près le tribunal judiciaire d'Angers\n- Monsieur le directeur départemental de la sécurité publique\n"),
                       ["prefet-de-departement to", "procureur-de-la-republique cc", "directeur-departemental-de-la-securite-publique cc"])
        // Flattened onto the signature's line, with its colon.
        XCTAssertEqual(addressees(head.replacingOccurrences(of: "\n\n", with: " ").replacingOccurrences(of: "\n", with: " ") + "Ampliation : M. le Préfet de police."),
                       ["prefet-de-departement to", "prefet-de-police cc"])
    }

    /// Counter-examples: a directive that asks for a copy names no addressee, nor does the
    /// certifying "Pour ampliation," of a signature block, nor a copy cue inside the body.
    func testACopyAskedForInTheBodyIsNoCopyList() {
        let head = "Le Ministre de l'Intérieur\nà\nMessieurs les Préfets\n\nObjet : essai\n\n"
        XCTAssertEqual(addressees(head + "Vous adresserez copie à M. le préfet de région de chacune de vos décisions.\n\nJean DUPUIS\n"), ["prefet-de-departement to"])
        XCTAssertEqual(addressees(head + "Je vous demande de veiller à l'application de ces règles.\n\nPour ampliation,\nLe secrétaire général,\nJean DUPUIS\n"), ["prefet-de-departement to"])
        XCTAssertEqual(addressees(head + "Je vous demande de veiller à l'application de ces règles.\n\nCopie de ces décisions sera transmise au procureur de la République.\n\nOn trouvera ci-dessous le détail des mesures à prendre dans chaque département.\n\nLes services restent à votre disposition pour toute question.\n\nJean DUPUIS\n"),
                       ["prefet-de-departement to"])
    }

    /// An arrêté whose "ARRÊTE" line a copy ran into the text is still an act (kind
    /// unknown), read before its first article, in capitals or capitalised.
    func testAFlattenedArreteIsAnAct() {
        let vu = "PRÉFET DE LA GIRONDE Arrêté n° 2023-0412 portant interdiction de rassemblement festif LE PRÉFET DE LA GIRONDE, Vu le code de la sécurité intérieure ; Considérant que ces rassemblements sont de nature à troubler gravement l'ordre public ; "
        let tail = " Les rassemblements festifs sont interdits du 14 au 17 juillet 2023. Fait à Bordeaux, le 11 juillet 2023 Le préfet, Étienne GUYOT"
        XCTAssertEqual(extract(vu + "ARRÊTE Article 1er :" + tail).metadata.kind, .unknown)
        XCTAssertEqual(extract(vu + "Arrête : Art. 1er." + tail).metadata.kind, .unknown)
        XCTAssertEqual(extract(vu + "Arrête Article 1er - Objet" + tail).metadata.kind, .unknown)
        // The verb in prose, and the noun "ARRÊTÉ" before an article, enact nothing.
        let press = "Ouest-France Rennes – Publié le 06 juillet 2023 Le préfet arrête les mesures suivantes pour le week-end. L'ARRÊTÉ Article 3 du texte précise les horaires. Les maires sont invités à relayer."
        XCTAssertNotEqual(extract(press).metadata.kind, .unknown)
    }

    /// An older letter signs with the surname alone after its title: lined it is the name
    /// line; flattened, the word closing the text after the title's comma.
    func testALoneSurnameClosingAnOlderLetter() {
        let flat = "MINISTÈRE DE L'INTÉRIEUR Direction de la Police générale Paris, le 18 juillet 1895. Le Ministre de l'Intérieur à Messieurs les Préfets. Messieurs, Je vous prie de rappeler aux maires de votre département les prescriptions de cette loi. Recevez, Messieurs, l'assurance de ma considération très distinguée. Le Ministre de l'Intérieur, LEYGUES."
        XCTAssertEqual(extract(flat).metadata.signatory, "Leygues")
        XCTAssertEqual(extract(flat.replacingOccurrences(of: "Le Ministre de l'Intérieur, LEYGUES.", with: "Pour le Ministre et par autorisation : Le Directeur de la Sûreté générale, LÉVEILLÉ. Copie adressée à MM. les Sous-Préfets pour information.")).metadata.signatory, "Léveillé")
        // A capitalised word closing prose after a minister's title is no name: "AFP" is too
        // short, a word in the name stops is none.
        XCTAssertNil(extract(flat.replacingOccurrences(of: "LEYGUES.", with: "AFP.")).metadata.signatory)
    }

    /// "Emmanuel LE ROY": a particle in capitals inside a flattened signature's surname.
    func testAParticleInCapitalsInAFlattenedSignature() {
        let flat = "PRÉFET DE MAINE-ET-LOIRE Angers, le 6 février 2024 Le préfet de Maine-et-Loire à Mesdames et Messieurs les maires du département Objet : essai. Je vous demande de veiller à l'application de ces règles. Pour le préfet, le secrétaire général Emmanuel LE ROY Ampliation : - Monsieur le directeur départemental de la sécurité publique"
        XCTAssertEqual(extract(flat).metadata.signatory, "Emmanuel Le Roy")
    }

    /// "Pour le préfet de police et par délégation, / Le directeur du cabinet,": the
    /// authority is the préfet de police, not the delegate; a bare "Pour le préfet" leaves the
    /// letterhead to name it.
    func testTheDelegatingAuthorityIsTheEmitter() {
        let act = "Préfecture de police\nCabinet du préfet\n\nARRÊTÉ N° 2024-00312\nportant interdiction de manifestation\n\nVu le code de la sécurité intérieure ;\n\nArrête :\n\nArt. 1er. - Toute manifestation est interdite le samedi 16 mars 2024.\n\nFait à Paris, le 14 mars 2024\n\n"
        XCTAssertEqual(extract(act + "Pour le préfet de police et par délégation,\nLe directeur du cabinet,\nTony RONDEAU\n").metadata.emitter, "prefet-de-police")
        let gironde = act.replacingOccurrences(of: "Préfecture de police\nCabinet du préfet", with: "PRÉFET DE LA GIRONDE\nCabinet du préfet")
        XCTAssertEqual(extract(gironde + "Pour le préfet et par délégation,\nLe directeur du cabinet,\nTony RONDEAU\n").metadata.emitter, "prefet-de-la-gironde")
        // Without delegation, the signing title stays the authority.
        XCTAssertEqual(extract(act.replacingOccurrences(of: "Préfecture de police\nCabinet du préfet\n\n", with: "") + "Le directeur du cabinet,\nTony RONDEAU\n").metadata.emitter, "directeur-du-cabinet")
    }

    /// A bulletin page's "Auteur : Ministère de l'intérieur" / "Ministère émetteur :
    /// Intérieur" names the emitter; a blog's "Auteur : Me Claire Martin" does not.
    func testABulletinPageAuthorField() {
        let page = "Circulaire du 10 mai 2021 relative au renforcement des contrôles\n\nDate de signature : 10 mai 2021\nNuméro NOR : INTV2114587J\n%@\nDestinataires : Préfets de région ; Préfets de département\n\nJe vous demande de procéder à l'examen systématique des situations.\n"
        XCTAssertEqual(extract(page.replacingOccurrences(of: "%@", with: "Ministère émetteur : Intérieur")).metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(extract(page.replacingOccurrences(of: "%@", with: "Auteur : Ministère de la justice")).metadata.emitter, "ministre-de-la-justice")
        XCTAssertNil(extract(page.replacingOccurrences(of: "%@", with: "Auteur : Me Claire Martin")).metadata.emitter)
    }

    /// A web post: "Par <author>" over a bare date dates an article, not a release; a
    /// headline that names an instruction under a "Publié le … par …" byline reports it.
    func testAnAuthorsBylineMakesAnArticle() {
        let post = "Village de la Justice\nAccueil > Actualités du droit\n\nCirculaire de politique pénale : le garde des Sceaux fixe ses priorités\nPar Rédaction du Village de la Justice\nLe 22 septembre 2023\n\nLe garde des Sceaux, Éric Dupond-Moretti, a adressé le 20 septembre 2023 une circulaire de politique pénale générale aux procureurs généraux et aux procureurs de la République.\n"
        let m = extract(post).metadata
        XCTAssertEqual(m.kind, .article)
        XCTAssertEqual(m.date, "2023-09-22")
        // Without the byline, the bare date line is a release's.
        XCTAssertEqual(extract(post.replacingOccurrences(of: "Par Rédaction du Village de la Justice\n", with: "")).metadata.kind, .communique)
        let blog = "Cabinet Martin – Avocats\nBlog > Droit des étrangers\n\nPublié le 12/03/2024 par Me Claire Martin | Mis à jour le 14/03/2024\n\nInstruction du 5 février 2024 : le ministre demande aux préfets de durcir les OQTF\n\nPar une instruction du 5 février 2024, le ministre de l'intérieur a demandé aux préfets de département d'assortir les obligations de quitter le territoire d'une interdiction de retour.\n"
        let b = extract(blog).metadata
        XCTAssertEqual(b.kind, .article)
        XCTAssertEqual(b.date, "2024-03-12")
        // A bulletin page's own title under "Date de mise en ligne" stays the circular.
        let bulletin = "Circulaire du 17 janvier 2023 relative à l'application de la loi\n\nDate de signature : 17/01/2023 | Date de mise en ligne : 25/01/2023\nCatégorie : Directives adressées par le ministre aux services\n\nLa loi a renforcé les prérogatives des agents de police municipale.\n"
        let c = extract(bulletin).metadata
        XCTAssertEqual(c.kind, .circulaire)
        XCTAssertEqual(c.date, "2023-01-17")
    }

    /// A reported letter's second recipient joined by "et au(x)" shares the first's cue:
    /// "aux préfets de département et au préfet de police".
    func testRecipientsJoinedByEtShareTheirCue() {
        let wire = "Paris, 14 novembre 2023 (AFP) - Le ministre de l'Intérieur Gérald Darmanin a demandé mardi aux préfets de renforcer la sécurité autour des lieux de culte, dans un télégramme adressé aux préfets de département et au préfet de police.\n\nQuelque 10.000 policiers et gendarmes sont mobilisés.\n"
        XCTAssertEqual(addressees(wire), ["prefet-de-departement to", "prefet-de-police to"])
        // A role named later, not joined to a recipient, is no recipient.
        let other = wire.replacingOccurrences(of: "aux préfets de département et au préfet de police.", with: "aux préfets de département. Le préfet de police a déjà renforcé les patrouilles.")
        XCTAssertEqual(addressees(other), ["prefet-de-departement to"])
    }

    /// A release's own title dates it ("Communiqué de presse du 14 août 2023"), not the
    /// site's "Publié le"; a communiqué cited in prose is no title.
    func testAReleasesOwnTitleDatesIt() {
        let page = "Accueil > Actualités > Communiqués de presse\nPublié le 15/08/2023\nPartager\n\nIncendies : le préfet du Var renforce les interdictions\n\nCommuniqué de presse du 14 août 2023\n\nLe préfet du Var a décidé d'interdire l'accès à quinze massifs forestiers.\n"
        XCTAssertEqual(extract(page).metadata.date, "2023-08-14")
        let article = "Var-Matin\nPublié le 15/08/2023\n\nIncendies : accès aux massifs interdits\n\nDans un communiqué du 14 août 2023, le préfet du Var a décidé d'interdire l'accès à quinze massifs forestiers.\n"
        XCTAssertEqual(extract(article).metadata.date, "2023-08-15")
    }

    /// A préfecture's letterhead run into its text in ordinary case: the office and its
    /// place, up to the next line's capitalised word ("… Bouches-du-Rhône Direction de …") or
    /// the next office ("… OCCITANIE PRÉFET DE LA HAUTE-GARONNE").
    func testAFlattenedMixedCaseLetterhead() {
        let note = "Préfecture des Bouches-du-Rhône Direction de la sécurité : police administrative et réglementation Bureau des polices administratives Marseille, le 2 juin 2023 NOTE à l'attention de Monsieur le sous-préfet d'Aix-en-Provence Objet : Débits de boissons temporaires. Je vous remercie de veiller à leur transmission complète. Pour le préfet et par délégation, le secrétaire général, Yvan CORDIER"
        XCTAssertEqual(extract(note).metadata.emitter, "prefet-des-bouches-du-rhone")
        let act = "PRÉFET DE LA RÉGION OCCITANIE PRÉFET DE LA HAUTE-GARONNE Arrêté préfectoral du 27 mars 2024 portant mesures de restriction provisoires des usages de l'eau Le préfet de la région Occitanie, préfet de la Haute-Garonne, Vu le code de l'environnement ; Arrête Article 1er - Objet Les prélèvements d'eau sont interdits de 10 heures à 18 heures. Fait à Toulouse, le 27 mars 2024 Pour le préfet et par délégation, le secrétaire général, Arnaud LE CARROU"
        XCTAssertEqual(extract(act).metadata.emitter, "prefet-de-la-region-occitanie")
        // A place of several words after its preposition goes on ("Territoire de Belfort").
        let belfort = note.replacingOccurrences(of: "Préfecture des Bouches-du-Rhône", with: "Préfecture du Territoire de Belfort")
        XCTAssertEqual(extract(belfort).metadata.emitter, "prefet-du-territoire-de-belfort")
    }

    /// A PDF's line cut after a quote leaves "Valls » du 28 novembre 2012." opening a line:
    /// the date after "du" names the quoted circular, not the post; the post's byline dates it.
    func testADateAfterAQuotedNameIsCited() {
        let page = "Cimade – Agir pour la dignité des personnes migrantes\nAccueil › Actualités › Décryptages\nCirculaire Retailleau : ce que change la nouvelle instruction aux préfets\nPublié le 29 janvier 2025 par Service communication\nPartager : Facebook | X | LinkedIn | Imprimer\nLe ministre de l'intérieur, Bruno Retailleau, a signé le 23 janvier 2025 une circulaire adressée aux\npréfets relative à l'admission exceptionnelle au séjour. Cette circulaire abroge la circulaire dite «\nValls » du 28 novembre 2012.\nLe texte demande aux préfets d'exiger une durée de présence en France d'au moins sept ans.\n"
        XCTAssertEqual(extract(page).metadata.date, "2025-01-29")
        // A dateline's "du" after a capitalised word stays a dateline.
        XCTAssertEqual(extract("Édition du vendredi 10 avril 2020\n\nLe ministre de l'Intérieur a demandé aux préfets de renforcer les contrôles pendant le week-end de Pâques.\n").metadata.date, "2020-04-10")
    }

    /// The authority before a flattened block's "à", set in capitals, ends where the next
    /// line's ordinary case begins; a title in ordinary case runs to its comma as before.
    func testAFlattenedAuthorityInCapitals() {
        let flat = "PRÉFECTURE DE LA SEINE-INFÉRIEURE Cabinet du Préfet Rouen, le 15 mai 1907. Le Préfet de la Seine-Inférieure à MM. les Sous-Préfets et à MM. les Maires du département. Messieurs, Je vous prie de veiller à la stricte application des règlements. Le Préfet, Eugène DESPREZ."
        XCTAssertEqual(extract(flat).metadata.emitter, "prefet-de-la-seine-inferieure")
        let mixed = "Le ministre de l'intérieur et des outre-mer à Mesdames et Messieurs les préfets de département. Objet : essai. Je vous demande de veiller à l'application de ces règles. Gérald DARMANIN"
        XCTAssertEqual(extract(mixed).metadata.emitter, "ministre-de-l-interieur")
    }
}
