import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests for Justice circulars and bulletin pages: a list introduction with an
/// incidental before its colon ("Vous veillerez, en lien avec les préfets, à :"), a share-out
/// of tasks under a role's title ("Les directeurs territoriaux :" then "- vérifient …"), a page
/// that opens on the tail of the text before (a short tail; BO rubric lines under its signer),
/// and the joint texts' "nous attachons du prix à ce que".
/// Sentences written for each rule, each with the counter-example it could overreach into.
final class BulletinJusticeTests: XCTestCase, ObligationRuleTesting, OCRRuleTesting {
    static let pjj = ["directeur-interregional-de-la-protection-judiciaire-de-la-jeunesse",
                      "directeur-territorial-de-la-protection-judiciaire-de-la-jeunesse"].map { Addressee(id: $0, role: .to, text: $0, span: nil) }

    // MARK: an incidental between the directive and its list's colon

    /// "Vous veillerez, en lien avec les préfets, à :": the items are the directives, the
    /// introduction none.
    func testIncidentalBeforeTheColonIntroducesTheItems() {
        let o = obligations("Vous veillerez, en lien avec les préfets, à :\na) organiser une réunion semestrielle de l'état-major de sécurité ;\nb) recenser les lieux de rassemblement signalés par les maires.\n")
        XCTAssertEqual(o.map(\.text), ["a) organiser une réunion semestrielle de l'état-major de sécurité ;",
                                       "b) recenser les lieux de rassemblement signalés par les maires."])
        let de = obligations("Il vous appartient, dans le respect du contradictoire, de :\n- recueillir les observations de l'intéressé ;\n- motiver votre décision.\n")
        XCTAssertEqual(de.count, 2, "\(de.map(\.text))")
        XCTAssertFalse(de.contains { $0.text.hasPrefix("Il vous appartient") })
        // The marker's "de" read inside the incidental ("instances de coordination").
        let inner = obligations("Il vous appartient, dans le cadre des instances de coordination, de :\n- désigner un magistrat référent ;\n- saisir l'office central des affaires les plus graves.\n")
        XCTAssertEqual(inner.count, 2, "\(inner.map(\.text))")
    }

    /// Counter-examples: an incidental holding a clause of its own ("lorsque …"), or a
    /// directive with content before the colon, stays a directive.
    func testAnIncidentalClauseOrContentKeepsTheIntroduction() {
        let clause = obligations("Vous veillerez, lorsque la situation l'exige, à :\n- réunir le comité ;\n- informer les maires.\n")
        XCTAssertTrue(clause.contains { $0.text.hasPrefix("Vous veillerez, lorsque") }, "\(clause.map(\.text))")
        let content = obligations("Vous veillerez à la sécurité des personnes, en lien avec les maires :\n- dans les transports ;\n- dans les écoles.\n")
        XCTAssertTrue(content.contains { $0.text.hasPrefix("Vous veillerez à la sécurité") }, "\(content.map(\.text))")
    }

    // MARK: a share-out of tasks

    /// "Les directeurs territoriaux :" then items opening on their verb: each item a duty of
    /// that title.
    func testTitleBeforeTheColonIsEachItemsSubject() {
        let o = obligations("Les directeurs territoriaux :\n- vérifient la disponibilité des places dans un délai de 48 heures ;\n- informent le magistrat prescripteur de la date d'admission ;\n- désignent un éducateur référent pour chaque mineur placé.\n", to: Self.pjj)
        XCTAssertEqual(o.count, 3, "\(o.map(\.text))")
        XCTAssertTrue(o.allSatisfy { $0.modality == .obligation && $0.actor == Self.pjj[1].id }, "\(o.map(\.actor))")
    }

    /// Counter-examples: items that are no verb (a list of the title's offices), a heading
    /// that names no role, and an item after a paragraph that ended the list.
    func testNoShareOutWithoutATitleOrAVerb() {
        XCTAssertTrue(obligations("Les directeurs territoriaux :\n- de la région Nord ;\n- de la région Sud.\n", to: Self.pjj).isEmpty)
        XCTAssertTrue(obligations("Les textes applicables :\n- prévoient une procédure contradictoire ;\n- encadrent les délais.\n", to: Self.pjj).isEmpty)
        XCTAssertTrue(obligations("Les directeurs territoriaux :\n- également concernés ;\n- notamment en région.\n", to: Self.pjj).isEmpty)
    }

    // MARK: a joint text

    static let joint = """
        Paris, le 22 février 2023

        Le garde des sceaux, ministre de la justice
        Le ministre de l'intérieur et des outre-mer

        à

        Mesdames et Messieurs les procureurs de la République
        Mesdames et Messieurs les préfets de département

        Objet : Lutte contre les refus d'obtempérer.

        Nous vous demandons de veiller à ce que chaque refus d'obtempérer fasse l'objet d'une enquête.

        Nous attachons du prix à ce que les agents blessés soient accompagnés dans leurs démarches.


        """

    /// A joint text: "Nous vous demandons" and "Nous attachons du prix à ce que" are its
    /// two directives.
    func testJointTextsDirectives() {
        let d = extract(Self.joint + "Le garde des sceaux, ministre de la justice,\nÉric DUPOND-MORETTI\n")
        XCTAssertEqual(d.obligations.count, 2, "\(d.obligations.map(\.text))")
        XCTAssertEqual(d.metadata.signatory?.lowercased(), "éric dupond-moretti")
    }

    /// "Nous attachons du prix à ce que …" asks for an outcome; the importance given to a
    /// thing does not.
    func testJointTextsAttachPriceToAnOutcome() {
        XCTAssertEqual(obligations("Nous attachons du prix à ce que les agents blessés soient accompagnés dans leurs démarches.").first?.modality, .obligation)
        XCTAssertTrue(obligations("Nous attachons du prix à la qualité de nos échanges.").isEmpty)
    }

    // MARK: a page that opens on the tail of the text before

    static let nextCircular = """
        Circulaire du 18 novembre 2022 relative à la lutte contre les violences faites aux mineurs dans le sport
        NOR : JUSD2233001C

        Le garde des sceaux, ministre de la justice,
        à
        Mesdames et Messieurs les procureurs de la République près les tribunaux judiciaires

        Textes source : article 40 du code de procédure pénale.

        Les violences commises sur des mineurs dans le cadre sportif appellent une vigilance particulière.

        Les procureurs de la République veilleront à traiter en priorité les signalements des services de l'État.

        Le garde des sceaux, ministre de la justice,
        Éric DUPOND-MORETTI

        """

    /// A tail too short to start the body ("présente circulaire, au plus tard le 31 mars
    /// 2023.") above its signer and the next title: its deadline is the text before's.
    func testShortTailAboveTheHeaderIsNotTheDocument() {
        let d = extract("BULLETIN OFFICIEL DU MINISTÈRE DE LA JUSTICE\n\nprésente circulaire, au plus tard le 31 mars 2023.\n\nPour le garde des sceaux, ministre de la justice,\nLe directeur des services judiciaires,\nPaul HUBER\n\n" + Self.nextCircular)
        XCTAssertEqual(d.deadlines.map(\.value), [])
        XCTAssertEqual(d.metadata.date, "2022-11-18")
        XCTAssertEqual(d.references.map(\.id), ["CPP:40"])
        XCTAssertEqual(d.obligations.count, 1, "\(d.obligations.map(\.text))")
        // Counter-example: with no signer above the title, the line before is the page's own.
        let unsigned = extract("BULLETIN OFFICIEL DU MINISTÈRE DE LA JUSTICE\n\nprésente circulaire, au plus tard le 31 mars 2023.\n\n" + Self.nextCircular)
        XCTAssertEqual(unsigned.deadlines.map(\.value), ["2023-03-31"])
    }

    /// BO Santé's rubric lines ("SANTÉ" / "ÉTABLISSEMENTS DE SANTÉ" / "Organisation") between
    /// the tail's signer and the next title: the next text is the document, its "Résumé : …"
    /// a field of its header, no directive.
    func testRubricLinesBetweenTheSignerAndTheNextTitle() {
        let tail = "BO Santé – Protection sociale – Solidarité n° 2022/20 du 31 octobre 2022\n\nLes agences régionales de santé transmettront avant le 15 décembre 2022 la liste des établissements retenus.\n\nPour le ministre et par délégation :\nLa directrice générale de l'offre de soins,\nMarie DAUDÉ\n\n"
        let next = "Instruction n° DGS/VSS1/2022/231 du 4 octobre 2022 relative à la préparation de la saison hivernale\n\nNOR : SPRP2228120J\n\nRésumé : la présente instruction précise les mesures que les agences régionales de santé doivent prendre en vue de la saison hivernale.\n\nLe ministre de la santé et de la prévention\nà\nMesdames et Messieurs les directeurs généraux des agences régionales de santé\n\nJe vous demande d'organiser dès le mois de novembre une cellule régionale de veille sanitaire.\n"
        let d = extract(tail + "SANTÉ\nÉTABLISSEMENTS DE SANTÉ ET MÉDICO-SOCIAUX\nOrganisation\n\nMINISTÈRE DE LA SANTÉ ET DE LA PRÉVENTION\n\n" + next)
        XCTAssertEqual(d.deadlines.map(\.value), [])
        XCTAssertEqual(d.obligations.map { String($0.text.prefix(22)) }, ["Je vous demande d'orga"])
        // Counter-example: a line of prose between the signer and the title is no rubric.
        let prose = extract(tail + "Voir aussi la note du 2 mai 2022 sur ce sujet.\n\nMINISTÈRE DE LA SANTÉ ET DE LA PRÉVENTION\n\n" + next)
        XCTAssertEqual(prose.deadlines.map(\.value), ["2022-12-15"])
    }
}
