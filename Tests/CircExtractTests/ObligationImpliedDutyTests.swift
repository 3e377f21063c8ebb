import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Duties stated without a modal of the addressees (`impliedDuties` in the deontic lexicon),
/// execution clauses of arrêtés, a communiqué's rules for the public, and quoted appeals of a
/// press item that only look like directives — each on sentences written for the rule, with
/// the counter-example where it could overreach.
final class ObligationImpliedDutyTests: XCTestCase, ObligationRuleTesting {
    func testLexiconSectionExamples() throws {
        let lex = ObligationHarness.extractor.lex
        let section = try XCTUnwrap(lex.file.impliedDuties)
        let matcher = ClauseMatcher(lex: lex, isPress: false)
        func hits(_ s: String) -> [MarkerHit] {
            let tt = TestLexicons.text.tokenize(text: s)
            let w = tt.tokens.map { MatchWord.of(tt, $0) }
            return matcher.hits(words: w, inQuote: w.map { _ in false })
        }
        for ex in section.examples { XCTAssertEqual(hits(ex).count, 1, ex) }
        for ex in section.counterExamples { XCTAssertTrue(hits(ex).isEmpty, ex) }
    }

    // MARK: future passive of association

    func testAFuturePassiveOfAssociationIsTheAddresseesDuty() {
        let o = obligations("Les maires seront étroitement associés à la démarche. Les procureurs de la République seront consultés avant toute décision.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "maires seront étroitement associés")?.actor, "addressees")
        XCTAssertEqual(find(o, "seront consultés")?.modality, .obligation)
        // In a press item: the recipients reported.
        let p = obligations("Le ministre a demandé aux préfets de renforcer les contrôles. Les maires seront associés à la démarche.", kind: .article)
        XCTAssertEqual(find(p, "Les maires seront associés")?.actor, "prefet-de-departement")
    }

    func testAssociationPassiveNeedsARoleAsSubjectAndAMainClause() {
        XCTAssertTrue(obligations("Les frais seront associés à la dépense de l'exercice.").isEmpty)
        XCTAssertTrue(obligations("Les maires qui seront associés à la démarche ont été désignés.").isEmpty)
        XCTAssertTrue(obligations("Si les maires seront consultés, la décision reste celle de l'État.").isEmpty)
        XCTAssertTrue(obligations("Les maires ne seront pas associés à cette phase.").isEmpty)
    }

    // MARK: passives: the subject undergoes, the addressees act

    func testAPassiveWithAnAdverbBeforeItsParticipleIsTheAddressees() {
        let o = obligations("Les étrangers faisant l'objet d'une OQTF devront être systématiquement inscrits au fichier des personnes recherchées.")
        XCTAssertEqual(o.first?.actor, "addressees", "\(o.map(\.text))")
        // Not a passive: the role acts.
        XCTAssertEqual(obligations("Les préfets devront être particulièrement vigilants.").first?.actor, "prefet-de-departement")
    }

    func testANamedRoleUndergoingAPassiveIsNoActor() {
        let o = obligations("Les forces de l'ordre devront impérativement être informées de tout changement de programme.")
        XCTAssertEqual(o.first?.actor, "addressees", "\(o.map(\.text))")
        XCTAssertEqual(obligations("Les forces de l'ordre devront impérativement intervenir.").first?.actor, "forces-de-securite-interieure")
    }

    func testAPassiveClauseAfterQueIsTheAddresseesDuty() {
        let o = obligations("Il importe que les sous-préfets soient tenus informés de ces instructions.")
        XCTAssertEqual(o.first?.actor, "addressees", "\(o.map(\.text))")
        XCTAssertEqual(obligations("Il importe que les sous-préfets réunissent les maires.").first?.actor, "sous-prefet")
    }

    func testANegativeSubjectWithAFuturePassiveIsAProhibition() {
        let o = obligations("Aucun titre de séjour ne sera délivré à un étranger qui constitue une menace pour l'ordre public. Aucune dérogation ne sera accordée.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertTrue(o.allSatisfy { $0.modality == .prohibition && $0.actor == "addressees" })
        // A press item announces.
        XCTAssertTrue(obligations("Le ministre a réuni les préfets. Aucune sanction ne sera prise contre les agents.", kind: .article).isEmpty)
        XCTAssertTrue(obligations("Aucun changement ne sera nécessaire.").isEmpty)
    }

    // MARK: a relative clause that carries the duty

    func testAFutureModalInARelativeClauseBeforeAnAdjectiveIsADuty() {
        let o = obligations("Le ministre a écrit aux préfets. Ainsi, ces unités « pourront utilement être mobilisées dans vos dispositifs de protection qui devront être dissuasifs et visibles », a expliqué le ministre.", kind: .article)
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        let duty = find(o, "dispositifs de protection qui devront être dissuasifs")
        XCTAssertEqual(duty?.modality, .obligation)
        XCTAssertEqual(duty?.actor, "prefet-de-departement", "vos dispositifs: the recipients' own")
        XCTAssertFalse(duty?.text.contains("pourront") ?? true)
        XCTAssertEqual(find(o, "pourront utilement")?.modality, .permission)
    }

    func testARelativeClauseWithAParticipleOrThePresentDescribes() {
        XCTAssertTrue(obligations("Les étrangers qui devront être éloignés sont nombreux.").isEmpty)
        XCTAssertTrue(obligations("Les locaux qui doivent être accessibles sont désignés par arrêté.").isEmpty)
    }

    func testRulesLaidDownFromNowOnInARelativeClause() {
        let o = obligations("Le développement de la délinquance urbaine me conduit à vous préciser les orientations qui doivent désormais guider l'exercice de l'action publique.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.actor, "addressees")
        XCTAssertTrue(obligations("Les pièces qui doivent être produites figurent en annexe.").isEmpty)
    }

    func testAConcessivePresentPassiveIsAPermissionOfNobodyNamed() {
        let o = obligations("Si les rassemblements sont interdits dans les lieux de culte, des offices peuvent toutefois être célébrés à huis clos.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .permission)
        XCTAssertNil(o.first?.actor)
        XCTAssertTrue(obligations("Cette situation peut toutefois être considérée comme exceptionnelle.").isEmpty)
        XCTAssertTrue(obligations("Des offices peuvent être célébrés dans certaines paroisses.").isEmpty, "no concession: a description")
    }

    // MARK: what a negation leaves

    func testTheDutyANegationLeavesIsAnObligation() {
        let o = obligations("MM. les Commissaires n'ont point à s'occuper des détails de l'administration, mais seulement à s'assurer que les résultats s'obtiennent ; et s'ils éprouvent des obstacles, à les lever.")
        XCTAssertEqual(o.map(\.modality), [.prohibition, .obligation, .obligation], "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "mais seulement à s'assurer"))
        XCTAssertNotNil(find(o, "à les lever"))
        // "mais" without an infinitive duty: nothing more.
        XCTAssertEqual(obligations("Vous ne devez pas refuser ce dossier, mais la décision vous appartient.").count, 1)
    }

    func testABareAgentNounTakesTheTitleTheTextGivesIt() {
        let o = obligations("Les Commissaires extraordinaires partiront sous peu.\n\nLes commissaires doivent lever les obstacles.", kind: .circulaire)
        XCTAssertEqual(find(o, "Les commissaires doivent")?.actor, "commissaire-extraordinaire")
        // No title: the agent noun.
        XCTAssertEqual(obligations("Les commissaires doivent lever les obstacles.").first?.actor, "commissaire")
    }

    // MARK: a conditional of possibility

    func testAMeasureInTheConditionalIsAPermission() {
        let o = obligations("Le ministre de l'Intérieur leur demande de prendre des mesures. Ces mesures pourraient être l'interdiction de la vente d'alcool à emporter. Ces contrôles pourraient être renforcés aux abords des gares.", kind: .article)
        XCTAssertEqual(find(o, "Ces mesures pourraient être")?.modality, .permission)
        XCTAssertEqual(find(o, "Ces contrôles pourraient être renforcés")?.modality, .permission)
    }

    func testAConditionalOfOpinionIsNoPermission() {
        XCTAssertTrue(obligations("Cette décision pourrait être une erreur, estime l'avocat.", kind: .article).isEmpty)
        XCTAssertTrue(obligations("Si ces mesures pourraient être utiles, leur coût reste élevé.", kind: .article).isEmpty)
    }

    // MARK: quoted appeals in press items

    func testAQuotedAppealToTheGovernmentIsNoInstruction() {
        let o = obligations("Le syndicat Alliance réclame des renforts. « Il faut que le gouvernement entende enfin les policiers », a réagi son secrétaire général. « L'État doit respecter le droit d'asile », estime le syndicat des avocats.", kind: .article)
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    func testAQuotedAppealOfALocalElectedOfficialIsNoInstruction() {
        let o = obligations("Le ministre a écrit aux préfets. « Il faut que l'État cesse de laisser faire », a réagi le maire d'une commune concernée.", kind: .article)
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    func testAQuotedInstructionOfTheMinisterStays() {
        let o = obligations("« Les préfets doivent faire preuve de la plus grande fermeté », a écrit le ministre de l'Intérieur.", kind: .article)
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        let state = obligations("« L'État doit être exemplaire dans l'accueil des réfugiés », écrit le ministre aux préfets.", kind: .article)
        XCTAssertEqual(state.count, 1, "an authority speaks: \(state.map(\.text))")
    }

    // MARK: arrêtés and communiqués

    func testTheExecutionClauseBindsTheOfficialsItNames() {
        let o = obligations("Article 3 : Le secrétaire général de la préfecture et le directeur départemental de la sécurité publique sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.", kind: .unknown, to: [])
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .obligation)
        XCTAssertNotNil(o.first?.actor)
        let one = obligations("Article 2 : Le maire de Lille est chargé de l'exécution du présent arrêté, qui sera publié au recueil des actes administratifs.", kind: .unknown, to: [])
        XCTAssertEqual(one.first?.actor, "maire")
        // Publication is no execution clause.
        // The addressees' services: the subject rule's directive, theirs.
        XCTAssertEqual(obligations("Vos services sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.").first?.actor, "addressees")
        XCTAssertTrue(obligations("Le présent arrêté sera publié au recueil des actes administratifs de la préfecture.", kind: .unknown, to: []).isEmpty)
    }

    func testACommuniquesRulesForThePublicBindNobodyUnnamed() {
        let text = """
        Le préfet a décidé de placer le bassin en situation de crise.

        Le remplissage des piscines privées est interdit. Les maires sont invités à relayer ces mesures auprès de leurs administrés.

        Les particuliers doivent limiter leur consommation d'eau. L'arrosage des pelouses est interdit entre 8 heures et 20 heures.
        """
        let o = obligations(text, kind: .communique, to: [Addressee(id: "maire", role: .to, text: "maires", span: nil)])
        XCTAssertNil(find(o, "piscines privées est interdit")?.actor)
        XCTAssertEqual(find(o, "Les maires sont invités")?.actor, "maire")
        XCTAssertNil(find(o, "L'arrosage des pelouses")?.actor)
    }
}
