import CircTestSupport
import CircExtract
import XCTest

/// Rule tests of the second press round, on sentences written for them: an instruction given
/// impersonally to named recipients ("Consigne a été donnée aux policiers de…", "Il a été
/// demandé aux gendarmes de…"), a flattened ban list, readers' comments under an item, and
/// one convention for "exhorter". Each rule has a counter-example.
final class PressRecipientAndCommentTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var snippetKind: DocumentKind { .article }

    /// The recipient after the auxiliary "a" (which folds as "à") is the one who acts: an
    /// agent noun ("policiers", "gendarmes", "douaniers"), with its adjective.
    func testAnInstructionGivenToAgentsBindsThem() {
        let o = obligations("Consigne a été donnée aux policiers de contrôler systématiquement les véhicules.")
        XCTAssertEqual(find(o, "Consigne a été donnée")?.actor, "policier")
        let municipal = obligations("Consigne a également été donnée aux policiers municipaux de verbaliser le stationnement gênant.")
        XCTAssertEqual(find(municipal, "Consigne a également")?.actor, "policier-municipal")
        let asked = obligations("Il a été demandé aux gendarmes de multiplier les contrôles d'alcoolémie.")
        XCTAssertEqual(find(asked, "Il a été demandé")?.modality, .obligation)
        XCTAssertEqual(find(asked, "Il a été demandé")?.actor, "gendarme")
        let customs = obligations("Selon le texte, il a aussi été demandé aux douaniers de renforcer les contrôles dans les ports.")
        XCTAssertEqual(find(customs, "demandé aux douaniers")?.actor, "douanier")
        // A title recipient keeps its title; a question asked of a person is no instruction.
        XCTAssertEqual(find(obligations("Instruction a été donnée aux préfets de fermer les campements."), "Instruction")?.actor, "prefet-de-departement")
        XCTAssertTrue(obligations("Il a été demandé au ministre s'il comptait se rendre à Calais.").isEmpty)
    }

    /// "Sont interdits jusqu'au 30 septembre : - l'arrosage… ; - le lavage…" on one line: one
    /// prohibition per item, as in the lined form.
    func testAFlattenedBanListGivesOneProhibitionPerItem() {
        let o = obligations("Sont interdits jusqu'au 30 septembre : - l'arrosage des pelouses et des jardins ; - le lavage des véhicules hors des stations ; - le remplissage des piscines privées.")
        XCTAssertEqual(o.count, 3, "\(o.map(\.text))")
        XCTAssertTrue(o.allSatisfy { $0.modality == .prohibition })
        XCTAssertNotNil(find(o, "le lavage des véhicules"))
        // Counter-example: a rule with its own subject explains itself, no list of items.
        let stated = obligations("La vente d'alcool est interdite : - elle reste possible dans les restaurants ; - les bars ferment à 22 heures.")
        XCTAssertLessThan(stated.count, 3, "\(stated.map(\.text))")
    }

    /// A count of comments heads the readers' comments: none of their words is a directive.
    func testReadersCommentsAfterACountAreNoDirectives() {
        let item = "Étrangers : une nouvelle circulaire\n\nPublié le 24/01/2025\n\nLe ministre de l'Intérieur a demandé jeudi aux préfets d'examiner avec rigueur les demandes de séjour.\n\nLes préfets devront vérifier la maîtrise du français.\n\n"
        let comments = "Jean D. - 24/01/2025\nLes préfets doivent expulser tous les clandestins.\n\nMarie L.\nVous devez lire le texte avant de commenter.\n"
        for count in ["Commentaires (3)", "3 commentaires", "Réactions (12)"] {
            let o = extract(item + count + "\n\n" + comments).obligations
            XCTAssertEqual(o.count, 2, "\(count): \(o.map(\.text))")
        }
        // Counter-example: a circular's heading "Commentaires" (numbered or not) heads its text.
        let circular = "Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de département\n\nParis, le 5 mai 2025\n\nObjet : nouveau formulaire\n\n1. Principes\n\nJe vous demande de diffuser le nouveau formulaire.\n\n"
        for heading in ["2. Commentaires", "Commentaires", "3 Commentaires"] {
            let o = extract(circular + heading + "\n\nLes commentaires des usagers devront être recueillis par vos services.\n").obligations
            XCTAssertEqual(o.count, 2, "\(heading): \(o.map(\.text))")
        }
    }

    /// "Exhorter" is one convention: the authority urging its recipients to act directs them
    /// (as "appelle les préfets à" does), with a noun or a pronoun, active or passive;
    /// "inciter" and "encourager" stay recommendations.
    func testExhortingIsAnObligationInEveryForm() {
        let o = obligations("Le ministre somme les préfets d'accélérer les expulsions. Il les exhorte à faire preuve de fermeté.")
        XCTAssertEqual(find(o, "Il les exhorte")?.modality, .obligation)
        XCTAssertEqual(find(o, "Il les exhorte")?.actor, "prefet-de-departement")
        let noun = obligations("Le garde des Sceaux exhorte par ailleurs les procureurs généraux à animer des réunions trimestrielles.")
        XCTAssertEqual(find(noun, "exhorte")?.modality, .obligation)
        XCTAssertEqual(find(noun, "exhorte")?.actor, "procureur-general")
        let passive = obligations("Les préfets sont exhortés à accélérer l'exécution des mesures d'éloignement.")
        XCTAssertEqual(find(passive, "exhortés")?.modality, .obligation)
        XCTAssertEqual(find(obligations("Le ministre encourage les préfets à privilégier trois leviers."), "encourage")?.modality, .recommendation)
    }
}

/// A press item's prose that names the recipients of the text it reports, in apposition
/// ("Le texte, adressé aux procureurs généraux et aux procureurs de la République, complète…"):
/// no addressee block, the item stays an article and every title is an addressee.
final class PressAppositionRecipientTests: XCTestCase, HeaderRuleTesting {
    func testRecipientsInAppositionAreNoBlock() {
        let item = "PARIS, 14 mars 2025 (AFP) - Le garde des Sceaux a diffusé vendredi une circulaire.\n\nLe texte, adressé aux procureurs généraux et aux procureurs de la République, complète les instructions de 2019.\n\nLe ministre demande également aux procureurs de réunir chaque trimestre les comités locaux.\n"
        let d = extract(item)
        XCTAssertEqual(d.metadata.kind, .depeche)
        XCTAssertEqual(Set(d.addressees.map(\.id)), ["procureur-general", "procureur-de-la-republique"])
        XCTAssertEqual(d.obligations.first { $0.text.contains("réunir chaque trimestre") }?.actor, "procureur-de-la-republique")
        // Counter-example: a circular's own block keeps its cue ("Texte adressé aux …").
        let circular = "Le garde des sceaux, ministre de la justice\n\nTexte adressé aux procureurs généraux\n\nParis, le 14 mars 2025\n\nObjet : violences conjugales\n\nVous veillerez à requérir une ordonnance de protection.\n"
        XCTAssertEqual(Set(extract(circular).addressees.map(\.id)), ["procureur-general"])
    }
}
