import CircContract
import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Rule tests for classes seen on a spent blind set and on spent rounds' pages: a future
/// turned round after an opening adverb, an instruction announced by a label and a colon,
/// "j'ai l'honneur, <incise>, de vous prier de", third-person permissions of persons and
/// places that hold no title, present passives of an act, what a bare "peut" says may
/// happen, "préconise" and "prône" as advice, and a pronoun authority past its auxiliary.
/// Each on sentences written for the rule, with the counter-example it could overreach into.
final class OpeningFormsAndPermissionTests: XCTestCase, ObligationRuleTesting {
    /// "Aussi devrez-vous…": the addressees' future with its subject after the verb.
    func testInvertedFutureAfterAnOpeningAdverbInstructs() {
        for s in ["Aussi devrez-vous consacrer chaque instant de votre mandat à vos tâches ministérielles.",
                  "Ainsi veillerez-vous à réunir les maires avant la fin du mois."] {
            let os = obligations(s + "\n")
            XCTAssertEqual(os.map(\.modality), [.obligation], s)
            XCTAssertEqual(os.first?.actor, "addressees", s)
        }
        // Counter-examples: what the reader will see, and a question.
        XCTAssertEqual(obligations("Aussi pourrez-vous constater que les effectifs ont augmenté.\n").count, 0)
        XCTAssertEqual(obligations("Devrez-vous saisir le procureur dans ce cas ?\n").count, 0)
    }

    /// "Première consigne : durcir…": a label, a colon, an infinitive.
    func testLabelledInstructionBeforeAnInfinitive() {
        let os = obligations("Première consigne : durcir le suivi des étrangers faisant l'objet d'une mesure d'éloignement.\n")
        XCTAssertEqual(os.map(\.modality), [.obligation], "\(os.map(\.text))")
        XCTAssertEqual(os.first?.actor, "addressees")
        XCTAssertEqual(obligations("Priorité : ne pas laisser de dossier en souffrance.\n").map(\.modality), [.prohibition])
        XCTAssertEqual(obligations("Recommandation : associer les maires à la préparation des exercices.\n").map(\.modality), [.recommendation])
        // In a press item, the recipients the item reported.
        let press = obligations("Le ministre a écrit aux préfets. Première consigne : renforcer les contrôles aux abords des gares.\n", kind: .article)
        XCTAssertEqual(find(press, "Première consigne")?.actor, "prefet-de-departement")
        // Counter-examples: an aim, a label before a noun, a colon inside a sentence.
        XCTAssertEqual(obligations("Objectif : réduire les délais d'instruction.\n").count, 0)
        XCTAssertEqual(obligations("Consigne : la plus grande prudence.\n").count, 0)
        XCTAssertEqual(obligations("Les services ont rappelé la consigne : rester chez soi.\n", kind: .article).count, 0)
    }

    /// "J'ai l'honneur, à la demande de…, de vous prier de": the request past its incise.
    func testHonourFormulaWithAnInciseStillRequests() {
        let os = obligations("J'ai l'honneur, à la demande de M. le ministre de la Guerre, de vous prier de conserver jusqu'à nouvel avis les demandes reçues.\n")
        XCTAssertEqual(os.map(\.modality), [.obligation])
        // Counter-example: the closing formula with the same incise.
        XCTAssertEqual(obligations("J'ai l'honneur, Monsieur le Préfet, de vous prier d'agréer l'assurance de ma haute considération.\n").count, 0)
    }

    /// "Les personnels de santé pourront présenter…", "Les cafés peuvent ouvrir…": persons and
    /// places with no title may act — a permission of the party named.
    func testPermissionsOfPersonsAndPlacesWithoutATitle() {
        for (s, actors) in [("Les personnels de santé pourront présenter leur carte professionnelle lors des contrôles.", ["personnel-de-sante"]),
                            ("Les cafés, bars et restaurants peuvent ouvrir au public jusqu'à deux heures du matin.", ["cafe", "bar", "restaurant"])] {
            let os = obligations(s + "\n")
            XCTAssertEqual(os.map(\.modality), [.permission], s)
            XCTAssertTrue(actors.contains(os.first?.actor ?? ""), "\(s): \(os.first?.actor ?? "nil")")
        }
        // Counter-example: what may happen to them is no permission.
        XCTAssertEqual(obligations("Les entreprises peuvent connaître des difficultés d'approvisionnement.\n").count, 0)
        XCTAssertEqual(obligations("Les restaurants pourront subir des contrôles renforcés.\n").count, 0)
        XCTAssertEqual(obligations("Des plaques de verglas peuvent se former sur les routes.\n").count, 0)
        // A reflexive verb of no possibility acts.
        XCTAssertEqual(obligations("Ces groupes pourront se constituer avec votre soutien.\n").map(\.modality), [.permission])
    }

    /// "Un arrêté d'expulsion peut être pris…", "La déclaration peut être rédigée…": the present
    /// passive of an act the text allows.
    func testPresentPassiveOfAnActIsAPermission() {
        for s in ["Un arrêté d'expulsion peut être pris à l'encontre d'un étranger condamné.",
                  "La déclaration peut être rédigée sur papier libre."] {
            XCTAssertEqual(obligations(s + "\n").map(\.modality), [.permission], s)
        }
        // Counter-examples: a judgement, and the law's terms in a relative clause.
        XCTAssertEqual(obligations("Cette hausse peut être présentée comme un succès.\n").count, 0)
        XCTAssertEqual(obligations("La loi a étendu le délai durant lequel l'effet suspensif peut être sollicité par le parquet.\n").count, 0)
    }

    /// "préconise", "prône": advice, as "recommande" — reported of an authority in a press
    /// item, in the first person or the impersonal passive in a circular.
    func testPreconisationIsAdvice() {
        let prefects = [Addressee(id: "prefet-de-departement", role: .to, text: "préfets", span: nil)]
        let press = obligations("Le ministre a adressé une circulaire aux préfets. Il préconise la signature de conventions avec les maires.\n", kind: .article, to: prefects)
        XCTAssertEqual(find(press, "préconise")?.modality, .recommendation)
        XCTAssertEqual(find(press, "préconise")?.actor, "prefet-de-departement")
        XCTAssertEqual(obligations("Je préconise la constitution d'un comité de suivi dans chaque département.\n").map(\.modality), [.recommendation])
        XCTAssertEqual(obligations("Il est préconisé de réunir le comité de suivi chaque trimestre.\n").map(\.modality), [.recommendation])
        // Counter-examples: a report's advice, an association's, a participle describing.
        XCTAssertEqual(obligations("Le rapport de la Cour des comptes préconise la création d'un fichier.\n", kind: .article, to: prefects).count, 0)
        XCTAssertEqual(obligations("Les associations prônent la régularisation des familles.\n", kind: .article, to: prefects).count, 0)
        XCTAssertEqual(obligations("Les mesures préconisées par le rapport sont coûteuses.\n").count, 0)
    }

    /// "Il a demandé également la mise en place de…": the authority's pronoun opening the
    /// sentence, past the auxiliary and an adverb, asks for a measure as "Il demande" does.
    func testPronounAuthorityPastItsAuxiliaryRequestsANoun() {
        let prefects = [Addressee(id: "prefet-de-departement", role: .to, text: "préfets", span: nil)]
        let os = obligations("Le ministre a réuni les préfets. Il a demandé également la mise en place de contrôles renforcés.\n", kind: .article, to: prefects)
        XCTAssertEqual(find(os, "mise en place")?.modality, .obligation)
        // Counter-example: what a person asks for.
        XCTAssertEqual(obligations("Un étranger a été interpellé. Il a demandé également l'asile.\n", kind: .article, to: prefects).count, 0)
    }

    /// A town app's notice opens its lines with pictographs ("⛔ Interdictions ⛔ :", "🌾
    /// Arrosage des pelouses…"): they are its bullets, so the items under the ban are bans.
    func testPictographsOpenListItems() {
        let notice = "Face à la baisse des ressources en eau, des mesures de restriction sont mises en place :\n⛔ Interdictions ⛔ :\n🌾 Arrosage des pelouses et jardins entre 11h00 et 18h00.\n🏊 Remplissage des piscines privées.\n🚕 Lavage des voitures hors stations professionnelles.\n"
        let os = obligations(notice, kind: .article)
        XCTAssertEqual(os.map(\.modality), [.prohibition, .prohibition, .prohibition], "\(os.map(\.text))")
        XCTAssertTrue(ListBullet.isGlyph("\u{26D4}") && ListBullet.isGlyph("\u{1F33E}"))
        // Counter-examples: letters, digits and the euro sign are no bullets.
        XCTAssertFalse(ListBullet.isGlyph("e") || ListBullet.isGlyph("7") || ListBullet.isGlyph("\u{20AC}"))
    }

    /// The lexicon sections of these rules hold their own examples and counter-examples: each
    /// is read by the matcher as it reads a circular's sentence.
    func testLexiconSectionExamplesOfTheseRules() throws {
        let lex = ObligationHarness.extractor.lex
        let matcher = ClauseMatcher(lex: lex, isPress: false)
        func hits(_ s: String) -> [MarkerHit] {
            let tt = TestLexicons.text.tokenize(text: s)
            let w = tt.tokens.map { MatchWord.of(tt, $0) }
            return matcher.hits(words: w, inQuote: w.map { _ in false })
        }
        let inverted = try XCTUnwrap(lex.file.invertedFuture), labelled = try XCTUnwrap(lex.file.labelledInstructions)
        let possibility = try XCTUnwrap(lex.file.possibility)
        for ex in inverted.examples + labelled.examples { XCTAssertFalse(hits(ex).isEmpty, ex) }
        for ex in inverted.counterExamples + labelled.counterExamples { XCTAssertTrue(hits(ex).isEmpty, ex) }
        for ex in possibility.examples { XCTAssertFalse(hits(ex).contains { $0.modality == .permission }, ex) }
        for ex in possibility.counterExamples { XCTAssertTrue(hits(ex).contains { $0.modality == .permission }, ex) }
    }
}
