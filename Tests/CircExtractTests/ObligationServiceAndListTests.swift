import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rules for the duties a Justice or Interior circular gives its services in the third person,
/// for items numbered by letters or numbers under a directive, and for OCR's capital I read for
/// an l, each on sentences written for it, with a counter-example where the rule could overreach.
final class ObligationServiceAndListTests: XCTestCase, ObligationRuleTesting {
    var circularAddressee: String { "procureur-de-la-republique" }

    // MARK: services of the courts and of the police, as subjects and recipients

    func testCourtServicesInTheFutureAreDirectivesWithTheirSlug() {
        let o = obligations("Les juridictions veilleront à assurer un suivi effectif des obligations. Les chefs de juridiction s'assureront que les audiences sont organisées. Les greffes devront transmettre sans délai les jugements. Les chefs de cour sont invités à réunir les acteurs concernés.")
        XCTAssertEqual(find(o, "Les juridictions veilleront")?.actor, "juridiction")
        XCTAssertEqual(find(o, "chefs de juridiction")?.actor, "chef-de-juridiction")
        XCTAssertEqual(find(o, "Les greffes devront")?.actor, "greffe")
        XCTAssertEqual(find(o, "chefs de cour")?.actor, "chef-de-cour")
        XCTAssertEqual(o.count, 4, "\(o.map(\.text))")
    }

    func testInvestigatorsAndTheParquetAsRecipients() {
        let o = obligations("Il incombe aux services enquêteurs de procéder à l'évaluation du danger. Les magistrats du parquet privilégieront le déferrement de l'auteur.")
        XCTAssertEqual(find(o, "services enquêteurs")?.actor, "forces-de-securite-interieure")
        XCTAssertEqual(find(o, "magistrats du parquet")?.actor, "procureur-de-la-republique")
        // A court named as a place, not a subject: no directive.
        XCTAssertTrue(obligations("La juridiction saisie statue dans un délai de quinze jours.").isEmpty)
    }

    func testAnOfficialsFutureIsADuty() {
        let o = obligations("Les officiers de police judiciaire aviseront immédiatement le parquet de tout fait grave.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .obligation)
        XCTAssertEqual(o.first?.actor, "officier-de-police-judiciaire")
        // What the official undergoes, or a person who is no official, is no duty.
        XCTAssertTrue(obligations("Les agents bénéficieront d'une formation adaptée.").isEmpty)
        XCTAssertTrue(obligations("Les étrangers concernés recevront une convocation.").isEmpty)
        // In a press item the future reports what will happen.
        XCTAssertTrue(obligations("Les policiers interviendront dès demain dans le quartier.", kind: .article).isEmpty)
    }

    // MARK: items numbered by letters or numbers

    func testLetteredAndNumberedItemsUnderAnIntroduction() {
        for label in ["a)", "1.", "1°", "ii)"] {
            let second = label == "a)" ? "b)" : label == "1." ? "2." : label == "1°" ? "2°" : "iii)"
            let o = obligations("Objet : contrôles\n\nLe contrôle des titres de séjour appelle une vigilance particulière.\n\nPour chaque demande, il vous appartiendra de :\n\(label) vérifier l'authenticité des documents produits ;\n\(second) consulter le fichier des personnes recherchées.\n\nLe texte entre en vigueur le 1er mars.")
            XCTAssertEqual(o.count, 2, "\(label): \(o.map(\.text))")
            XCTAssertEqual(find(o, "vérifier l'authenticité")?.modality, .obligation)
            XCTAssertEqual(find(o, "consulter le fichier")?.actor, "addressees")
        }
    }

    func testANumberedHeadingAfterAColonStaysAHeading() {
        // "1. Le contrôle" opens on a capital: a section, not an item of the sentence before.
        let o = obligations("Objet : contrôles\n\nIl vous appartient de prendre les mesures suivantes :\n\n1. Le contrôle des titres\n\nLe contrôle relève de la police aux frontières.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertFalse(o.first?.text.contains("Le contrôle des titres") ?? true)
    }

    // MARK: incises and OCR

    func testAnInciseBetweenTheAdjectiveAndQue() {
        let o = obligations("Il est impératif, en tout état de cause, que les propriétaires des véhicules soient identifiés.")
        XCTAssertEqual(o.first?.modality, .obligation)
        XCTAssertEqual(o.count, 1)
        // A comma after the adjective that closes no incise: no directive.
        XCTAssertTrue(obligations("Il est nécessaire, pour la victime, une protection adaptée.").isEmpty)
    }

    func testOCRCapitalIForL() {
        let o = obligations("II vous appartient de mobiliser l'ensemble des services. II conviendra de privilégier l'assignation à résidence. Ies procureurs généraux veilleront à la coordination.")
        XCTAssertEqual(find(o, "II vous appartient")?.modality, .obligation)
        XCTAssertEqual(find(o, "II conviendra")?.modality, .recommendation)
        XCTAssertEqual(find(o, "Ies procureurs")?.actor, "procureur-general")
        // A Roman numeral after a noun stays one; at a clause's start it is the pronoun.
        let lex = ObligationHarness.extractor.lex
        var words = ["le", "titre", "ii", "est", "consacre"]
        MatchWord.repairCapitalI(&words, lex.ocrWords, numerals: lex.ocrNumerals, openers: lex.ocrClauseOpeners)
        XCTAssertEqual(words[2], "ii")
        words = ["et", "ii", "est", "necessaire"]
        MatchWord.repairCapitalI(&words, lex.ocrWords, numerals: lex.ocrNumerals, openers: lex.ocrClauseOpeners)
        XCTAssertEqual(words[1], "il")
    }

    // MARK: press items

    func testAReportedRequestWithAnAdverbAfterTheAuxiliary() {
        let o = obligations("Le ministre a écrit aux préfets. Il leur a également demandé d'interdire la vente de mortiers.", kind: .article)
        XCTAssertEqual(find(o, "également demandé")?.actor, "prefet-de-departement")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
    }

    func testAReportedRequestAsAQueClause() {
        let o = obligations("Le ministre de l'Intérieur a demandé que 90 000 policiers et gendarmes soient mobilisés pour la nuit.", kind: .article)
        XCTAssertEqual(o.first?.modality, .obligation)
        XCTAssertEqual(o.count, 1)
        // Asked by someone with no authority: a public demand.
        XCTAssertTrue(obligations("Le député a demandé que la circulaire soit retirée.", kind: .article).isEmpty)
        XCTAssertTrue(obligations("Les associations ont demandé que la circulaire soit retirée.", kind: .article).isEmpty)
    }
}
