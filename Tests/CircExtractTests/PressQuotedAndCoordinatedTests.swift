import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Press items, association and lawyers' pages that report an instruction (round press5):
/// the circular's lines a page quotes as a Markdown blockquote, a public demand coordinated
/// after an association's own verb, "impose aux préfets de", "La dépêche prévoit que", a
/// live page's tag, a publisher named under its logo, the signer a page names, a ban of
/// "tout rassemblement", "chaque nuit". Each rule has its counter-example.
final class PressQuotedAndCoordinatedTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var snippetKind: DocumentKind { .article }

    static let lawyerPage = """
        Cabinet Moreau Avocats — Droit des étrangers

        Circulaire du 23 janvier 2025 : analyse ligne à ligne

        Par Maître Claire Moreau — 3 février 2025

        La circulaire du 23 janvier 2025, adressée aux préfets, remplace la circulaire du 28 novembre 2012. Quelques passages méritent d'être lus de près.

        Sur la langue :

        > Vous exigerez du demandeur un diplôme attestant d'un niveau A2 en français.

        Sur le délai :

        > Vous statuerez sur les demandes dans un délai de trois mois.

        """

    // MARK: blockquotes

    /// "> Vous exigerez…" on a lawyer's page: the circular's words, its "vous" the préfets it
    /// is addressed to — not the page's own voice (actor `addressees`).
    func testABlockquotedLineSpeaksToTheCircularsAddressees() {
        let doc = extract(Self.lawyerPage)
        XCTAssertEqual(doc.metadata.kind, .article)
        for fragment in ["Vous exigerez du demandeur", "Vous statuerez sur les demandes"] {
            let o = doc.obligations.first { $0.text.contains(fragment) }
            XCTAssertEqual(o?.actor, "prefet-de-departement", fragment)
        }
    }

    /// Counter-example: a page that gives the circular's instructions in its own voice, with no
    /// quotation and no blockquote, is the circular reproduced: its "vous" is `addressees`.
    /// And a ">" inside a sentence ("> 10 %") quotes nothing.
    func testWithoutTheMarkerThePageKeepsItsOwnVoice() {
        let page = Self.lawyerPage.replacingOccurrences(of: "> ", with: "")
        let o = extract(page).obligations.first { $0.text.contains("Vous exigerez du demandeur") }
        XCTAssertEqual(o?.actor, "addressees")
        XCTAssertFalse(ObligationExtractor.opensBlockQuote(TestLexicons.text.tokenize(text: "Une hausse > 10 % des demandes."), [0, 1, 2]))
    }

    // MARK: coordinated demands

    /// "La Cimade demande le retrait … et appelle les préfectures à…": the association's own
    /// demand, however far its first object ran ("cette circulaire" is no subject); so is an
    /// association's "mais réclame" and a union's "et demande le retrait".
    func testAVerbCoordinatedAfterAnAssociationsIsItsDemand() {
        let sentences = [
            "La Cimade demande le retrait de cette circulaire et appelle les préfectures à continuer d'examiner chaque demande au cas par cas.",
            "L'association des maires d'Ille-et-Vilaine salue une « démarche de bon sens » mais réclame davantage de moyens aux services de l'État.",
            "L'Union syndicale des magistrats (USM) a dénoncé une \"instruction de communication\" et demande le retrait du texte.",
        ]
        for s in sentences {
            XCTAssertEqual(obligations("Le Monde, 3 février 2025\n\n" + s + "\n").count, 0, s)
        }
    }

    /// Counter-example: an authority's verb coordinated after its own first verb is still
    /// its request.
    func testAVerbCoordinatedAfterTheMinistersStaysARequest() {
        let os = obligations("Le Monde, 3 février 2025\n\nLe ministre salue l'action des forces de l'ordre et demande aux préfets de renforcer les contrôles aux frontières.\n")
        XCTAssertEqual(find(os, "demande aux préfets de renforcer")?.actor, "prefet-de-departement")
    }

    // MARK: reported duties

    /// "impose aussi aux préfets de…" (an adverb before the recipient) and "La dépêche
    /// prévoit que les procureurs généraux réunissent…" report instructions.
    func testImposeAuxAndADepechesProvisionReportRequests() {
        let os = obligations("Le Monde, 3 février 2025\n\nLe texte impose aussi aux préfets de fermer administrativement les commerces servant de façade au trafic.\n\nLa dépêche prévoit que les procureurs généraux réunissent chaque trimestre les parquets de leur ressort.\n")
        XCTAssertEqual(find(os, "impose aussi aux préfets de fermer")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(os, "procureurs généraux réunissent")?.actor, "procureur-general")
    }

    /// Counter-example: "s'impose aussi aux préfets de région" (the adverb, then a title's
    /// own "de") asks nothing of them.
    func testATitlesComplementIsNoRequest() {
        let os = obligations("Le Monde, 3 février 2025\n\nCette jurisprudence s'impose aussi aux préfets de région, rappelle le Conseil d'État.\n")
        XCTAssertTrue(os.isEmpty, "\(os.map(\.text))")
    }

    /// "L'instruction … est adressée aux préfets. Elle précise que les dossiers incomplets
    /// devront être traités…": the pronoun stands for the text reported, whose provision is an
    /// instruction, not the law described.
    func testAPronounForTheTextReportsItsProvision() {
        let os = obligations("Le Monde, 3 février 2025\n\nL'instruction du 3 juin 2024 est adressée aux préfets. Elle précise que les dossiers incomplets devront être traités dans un délai de quinze jours.\n")
        XCTAssertEqual(find(os, "dossiers incomplets devront être traités")?.actor, "prefet-de-departement")
    }

    /// Counter-example: after an association's sentence, its "Elle précise que…" is its own
    /// reading of the law.
    func testACommentatorsPronounStatesNoProvision() {
        let os = obligations("Le Monde, 3 février 2025\n\nLa LDH conteste cette instruction. Elle précise que les préfets doivent respecter le droit au séjour.\n")
        XCTAssertTrue(os.isEmpty, "\(os.map(\.text))")
    }

    /// "demande aux préfets de prendre des arrêtés interdisant la vente…": the participle
    /// describes the measure asked, one directive; "une circulaire demandant aux procureurs
    /// de…" (no infinitive before) is the request itself.
    func testAParticipleOnTheInfinitivesObjectIsNoRequest() {
        let os = obligations("Le Monde, 3 juillet 2024\n\nLe ministre de l'Intérieur demande aux préfets de prendre des arrêtés interdisant la vente de mortiers d'artifice.\n")
        XCTAssertEqual(os.count, 1, "\(os.map(\.text))")
        XCTAssertEqual(find(os, "interdisant la vente")?.actor, "prefet-de-departement")
        let signed = obligations("Le Monde, 3 octobre 2025\n\nLe garde des Sceaux a signé jeudi une circulaire demandant aux procureurs généraux de coordonner la lutte contre les rodéos.\n")
        XCTAssertEqual(find(signed, "demandant aux procureurs généraux")?.actor, "procureur-general")
    }

    /// "la préfecture de l'Isère interdit tout rassemblement…": a ban the item reports, its
    /// object opening on "tout".
    func testAPrefecturesBanOfTout() {
        let os = obligations("Le Dauphiné, 14 novembre 2024\n\nAprès les incidents de samedi, la préfecture de l'Isère interdit tout rassemblement revendicatif place Verdun ce week-end.\n")
        XCTAssertEqual(find(os, "interdit tout rassemblement")?.modality, .prohibition)
    }

    // MARK: metadata

    /// A live page's "CIRCULAIRE." tag under its prose is no title: the page is an article,
    /// dated by its "Publié le", and reports the minister's request.
    func testALivePagesTagIsNoTitle() {
        let page = """
            EN DIRECT - Violences urbaines : suivez la situation ce mercredi

            Publié le 3 juillet 2024 à 07h02 - Mis à jour le 3 juillet 2024 à 16h45

            16h40
            Une pharmacie a été incendiée à Nanterre dans la nuit, selon la mairie.

            15h12
            CIRCULAIRE. Le ministre de l'Intérieur demande aux préfets de prendre des arrêtés interdisant la vente de mortiers d'artifice.

            """
        let doc = extract(page)
        XCTAssertEqual(doc.metadata.kind, .article)
        XCTAssertEqual(doc.metadata.date, "2024-07-03")
        XCTAssertEqual(doc.obligations.first { $0.text.contains("demande aux préfets de prendre") }?.actor, "prefet-de-departement")
        // A union's page that posts the text under a sentence of its own: the banner on its
        // line still names the text.
        let posted = extract("""
            Syndicat des personnels des préfectures — Textes officiels

            Publié le 12 mars 2023

            Nous publions ci-dessous la note de la direction, que nous avons obtenue hier.

            NOTE

            Le directeur général des étrangers en France
            à
            Mesdames et Messieurs les préfets

            Paris, le 9 mars 2023

            Objet : accueil des demandeurs.

            Je vous demande de renforcer l'accueil des demandeurs avant le 1er avril 2023.
            """)
        XCTAssertEqual(posted.metadata.kind, .note)
    }

    /// Counter-example: the kind word heading the text, before any prose, is its title.
    func testAKindTitleBeforeTheProseStays() {
        let page = """
            CIRCULAIRE

            Paris, le 3 juillet 2024

            Le ministre de l'Intérieur à Mesdames et Messieurs les préfets

            Je vous demande de prendre des arrêtés interdisant la vente de mortiers d'artifice.
            """
        XCTAssertEqual(extract(page).metadata.kind, .circulaire)
    }

    /// A union's page: its acronym as a logo, its name on the next line ("Syndicat Général de la
    /// Police"): its flash reports the DGPN's note, an article whose emitter is the director
    /// shown acting; a page naming the text's signer ("signée par le directeur général des
    /// étrangers en France") has that director as emitter.
    func testAPublisherUnderItsLogoAndTheSignerNamed() {
        let tract = """
            SGP POLICE FO
            Syndicat Général de la Police - Force Ouvrière

            INFO FLASH — 12 septembre 2024

            NOTE DGPN SUR LES CYCLES HORAIRES : CE QU'IL FAUT SAVOIR

            Par une note du 9 septembre 2024, le directeur général de la police nationale demande aux directeurs départementaux de la police nationale de mettre en place le cycle binaire avant le 1er janvier 2025.
            """
        let m = extract(tract).metadata
        XCTAssertEqual(m.kind, .article)
        XCTAssertEqual(m.emitter, "directeur-general-de-la-police-nationale")
        let analysis = """
            ADDE — Avocats pour la défense des droits des étrangers

            Analyse — Instruction du 3 juin 2024 sur les titres de séjour « étudiant »

            Lyon, le 20 juin 2024

            L'instruction du 3 juin 2024, signée par le directeur général des étrangers en France, est adressée aux préfets. Elle demande aux préfets de vérifier le caractère réel et sérieux des études.
            """
        XCTAssertEqual(extract(analysis).metadata.emitter, "directeur-general-des-etrangers-en-france")
    }

    /// "Dans une note de service du 2 avril 2024, le préfet de police a donné consigne…": the
    /// préfet de police is the subject after the opening phrase's comma, the page's emitter;
    /// a copy sent to him ("copie à M. le préfet de police") names no emitter.
    func testThePrefetDePoliceAfterAnOpeningPhrase() {
        let page = "Ligue des droits de l'Homme\n\nPublié le 6 avril 2024\n\nDans une note de service du 2 avril 2024 révélée par la presse, le préfet de police a donné consigne aux forces de l'ordre de disperser tout regroupement.\n"
        XCTAssertEqual(extract(page).metadata.emitter, "prefet-de-police")
        let copy = "Ligue des droits de l'Homme\n\nPublié le 6 avril 2024\n\nLa note a été adressée aux commissaires, avec copie à M. le préfet de police de la zone.\n"
        XCTAssertNotEqual(extract(copy).metadata.emitter, "prefet-de-police")
    }

    /// Counter-example: a préfecture's communiqué under its letterhead stays a communiqué, its
    /// second line no publisher.
    func testAPrefecturesReleaseIsNoPublishersPage() {
        let release = """
            PRÉFET DU NORD
            Service départemental de la communication interministérielle

            Lille, le 4 mars 2025

            Communiqué de presse

            Le préfet du Nord interdit toute manifestation sur la voie publique samedi.
            """
        XCTAssertEqual(extract(release).metadata.kind, .communique)
    }

    /// "Il appartient aux chefs de service de rendre compte quotidiennement…": the request's
    /// idiom ("de rendre compte") ends the recipient's title; a title's own complement ("de la
    /// sécurité publique") goes on.
    func testARequestIdiomEndsTheRecipientsTitle() {
        let quoted = addressees("Le Parisien, 6 avril 2024\n\nExtrait de la note du préfet :\n\n« Il appartient aux chefs de service de rendre compte quotidiennement du nombre de personnes évacuées. »\n")
        XCTAssertFalse(quoted.contains { $0.hasPrefix("chef-de-service-de") }, "\(quoted)")
        let titled = addressees("Le Parisien, 6 avril 2024\n\nLe préfet a demandé aux directeurs départementaux de la sécurité publique de faire procéder à des contrôles.\n")
        XCTAssertTrue(titled.contains("directeur-departemental-de-la-securite-publique to"), "\(titled)")
    }

    /// "mobiliser l'ensemble des effectifs disponibles chaque nuit": a nightly duty, R/P1D.
    func testChaqueNuitIsDaily() {
        let r = DeadlineHarness.run("Le ministre leur demande de mobiliser l'ensemble des effectifs disponibles chaque nuit.", date: "2024-07-03", kind: .article)
        XCTAssertEqual(DeadlineHarness.values(r), ["R/P1D"])
    }
}
