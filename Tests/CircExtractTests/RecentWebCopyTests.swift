import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Recent Interior (2017–2025) and Justice (2011–2025) circulars as web copies of their PDFs:
/// numbered and bulleted directives that each name their own service, a site's heading above
/// the text's own dated title, a PDF's text layer that runs the body into the "Objet :" line,
/// a directrice's signature. Sentences written for each rule, with the counter-example it must
/// not reach.
final class RecentWebCopyTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var circularAddressee: String { "procureur-general" }

    // MARK: list items and the actor a directive inherits

    /// Each bullet or number opens a directive of its own: a role the item before named does
    /// not act in the next one ("• Les parquets veilleront… • Les services de la PJJ doivent…").
    func testListItemDoesNotInheritThePreviousItemsActor() {
        let o = obligations("""
        Le code instaure une procédure de jugement en deux temps.
        • Les parquets veilleront à saisir le juge des enfants dans un délai de trois mois.
        • Les services de la protection judiciaire de la jeunesse doivent réaliser le recueil de renseignements.
        """)
        XCTAssertEqual(find(o, "Les parquets veilleront")?.actor, "procureur-de-la-republique")
        XCTAssertEqual(find(o, "Les services de la protection judiciaire")?.actor, "addressees")
        let numbered = obligations("""
        1. Les services de police et de gendarmerie procéderont à l'interpellation des intéressés.
        2. La décision de placement est prise par écrit ; elle doit être notifiée sans délai à l'intéressé.
        """)
        XCTAssertEqual(find(numbered, "elle doit être notifiée")?.actor, "addressees")
        // Within one paragraph, "cette action" still stands for the role named before it.
        let inherited = obligations("Il revient au préfet d'exécuter celles-ci. Lorsque la sécurité des personnes est mise en cause, cette action doit être immédiate.")
        XCTAssertEqual(find(inherited, "cette action doit être immédiate")?.actor, "prefet-de-departement")
    }

    /// A directive to "vous" between a service's and an agentless one: the addressees were
    /// named last.
    func testDirectiveToVousEndsTheInheritedService() {
        let o = obligations("""
        Les services de renseignement territorial évalueront en amont les risques de débordement. Vous pouvez interdire une manifestation lorsque les circonstances l'exigent. Les arrêtés d'interdiction doivent être publiés sans délai.
        """)
        XCTAssertEqual(find(o, "Les services de renseignement territorial")?.actor, "renseignement-territorial")
        XCTAssertEqual(find(o, "Les arrêtés d'interdiction doivent être publiés")?.actor, "addressees")
    }

    // MARK: passive clauses after "il importe que"

    /// A subject of two coordinated titles before "soient associés" undergoes the duty.
    func testLongPassiveSubjectAfterQueIsNoActor() {
        let o = obligations("Il importe que les directeurs départementaux de la sécurité publique et les commandants de groupement de gendarmerie soient associés à l'élaboration des conventions.")
        XCTAssertEqual(find(o, "soient associés")?.actor, "addressees")
        // The subject's own clause is active; the passive is the clause it opens.
        let active = obligations("Il importe que les directeurs départementaux de la sécurité publique veillent à ce que les dossiers soient transmis.")
        XCTAssertEqual(find(active, "veillent à ce que")?.actor, "directeur-departemental-de-la-securite-publique")
    }

    // MARK: negation past an impersonal passive

    func testImpersonalPassiveWithAucuneIsAProhibition() {
        let o = obligations("Il ne doit être procédé à aucune dispersion sans sommations préalables.")
        XCTAssertEqual(find(o, "aucune dispersion")?.modality, .prohibition)
        // "ne … que" restricts: still a duty.
        let only = obligations("Il ne doit être procédé à la dispersion qu'après deux sommations.")
        XCTAssertEqual(find(only, "qu'après deux sommations")?.modality, .obligation)
    }

    // MARK: services of the courts and prisons

    func testExecutionOfficesNameTheCourtsRegistry() {
        let o = obligations("Les bureaux d'exécution des peines doivent mettre à exécution les peines prononcées dès la sortie de l'audience.")
        XCTAssertEqual(find(o, "Les bureaux d'exécution des peines")?.actor, "greffe")
        let courts = obligations("Les greffes correctionnels veilleront à la transmission sans délai du bulletin n° 1.")
        XCTAssertEqual(find(courts, "Les greffes correctionnels veilleront")?.actor, "greffe")
        // The prisons as institutions stay the administration's.
        let prisons = obligations("Les établissements pénitentiaires devront transmettre la liste des personnes libérables.")
        XCTAssertEqual(find(prisons, "devront transmettre")?.actor, "administration-penitentiaire")
    }

    // MARK: the text's own title under a site's heading

    func testDatedOwnTitleUnderTheSitesHeading() {
        let d = extract("""
        Ministère de la Justice
        Circulaire relative au traitement des violences intrafamiliales
        Publié le 02 février 2023

        CIRCULAIRE DU 28 JANVIER 2023
        relative à la lutte contre les violences intrafamiliales
        NOR : JUSD2302876C

        Le garde des sceaux, ministre de la justice à Mesdames et Messieurs les procureurs de la République

        Les parquets privilégieront le déferrement des auteurs.
        """)
        XCTAssertEqual(d.metadata.date, "2023-01-28")
        XCTAssertEqual(d.metadata.subject, "la lutte contre les violences intrafamiliales")
        // An undated heading alone stays the title.
        let alone = extract("""
        Circulaire relative au traitement des violences intrafamiliales

        Paris, le 28 janvier 2023

        Le garde des sceaux, ministre de la justice à Mesdames et Messieurs les procureurs de la République

        Les parquets privilégieront le déferrement des auteurs.
        """)
        XCTAssertEqual(alone.metadata.subject, "traitement des violences intrafamiliales")
        XCTAssertEqual(alone.metadata.date, "2023-01-28")
    }

    /// A title line with its number and date only, then the line that states the subject.
    func testNumberedTitleTakesTheSubjectOfTheTitleLineBelow() {
        let d = extract("""
        Circulaire n° INTA1712345C du 17 juillet 2017
        Date de signature : 17/07/2017 | Date de publication : 02/08/2017
        Texte adressé aux : préfets de département

        Circulaire relative à l'armement des agents de police municipale

        Le ministre d'État, ministre de l'intérieur
        à
        Mesdames et Messieurs les préfets de département

        Vous instruirez les demandes dans un délai de deux mois.
        """)
        XCTAssertEqual(d.metadata.date, "2017-07-17")
        XCTAssertEqual(d.metadata.subject, "l'armement des agents de police municipale")
        // Another kind's title below does not lend its subject.
        let other = extract("""
        Circulaire n° INTA1712345C du 17 juillet 2017

        Note relative à l'armement des agents de police municipale

        Vous instruirez les demandes dans un délai de deux mois.
        """)
        XCTAssertEqual(other.metadata.date, "2017-07-17")
        XCTAssertNotEqual(other.metadata.subject, "l'armement des agents de police municipale")
    }

    // MARK: a PDF's text layer without blank lines

    func testSubjectEndsWhereTheBodyRunsIntoItsLine() {
        let d = extract("""
        Le ministre de l'intérieur et des outre-mer
        à
        Mesdames et Messieurs les préfets de département
        Objet : accueil et intégration des bénéficiaires de la protection internationale
        Le contrat d'intégration républicaine est proposé à tout étranger admis au séjour.
        Vous veillerez à convoquer les bénéficiaires.
        """)
        XCTAssertEqual(d.metadata.subject, "accueil et intégration des bénéficiaires de la protection internationale")
        // A subject wrapped in lower case goes on.
        let wrapped = extract("""
        Le ministre de l'intérieur et des outre-mer
        à
        Mesdames et Messieurs les préfets de département
        Objet : accueil et intégration des bénéficiaires de la
        protection internationale

        Vous veillerez à convoquer les bénéficiaires.
        """)
        XCTAssertEqual(wrapped.metadata.subject, "accueil et intégration des bénéficiaires de la protection internationale")
    }

    // MARK: a directrice signs

    func testDirectricesSignatureNamesTheOfficeInTheMasculine() {
        let text = """
        NOTE
        à
        Mesdames et Messieurs les directeurs interrégionaux de la protection judiciaire de la jeunesse

        Les directeurs territoriaux veilleront à désigner un éducateur référent.

        %@
        Charlotte CAUBEL
        """
        let d = extract(text.replacingOccurrences(of: "%@", with: "La directrice de la protection judiciaire de la jeunesse"))
        XCTAssertEqual(d.metadata.emitter, "directeur-de-la-protection-judiciaire-de-la-jeunesse")
        XCTAssertEqual(extract(text.replacingOccurrences(of: "%@", with: "Le directeur de la protection judiciaire de la jeunesse")).metadata.emitter,
                       "directeur-de-la-protection-judiciaire-de-la-jeunesse")
    }
}
