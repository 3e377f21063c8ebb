import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Rule tests of the second préfecture-texts round, on sentences written for them: the
/// arrêtés a préfet enacts (mise en demeure, couvre-feu, fermeture, périmètre de protection)
/// as printed, scanned or flattened, and his letters and releases. Each rule has a
/// counter-example where it could overreach.
final class PrefectureActsObligationTests: XCTestCase, ObligationRuleTesting {
    var snippetKind: DocumentKind { .unknown }

    /// "La société X est mise en demeure de transmettre l'étude…": the formal notice is the
    /// act's command to the one it names.
    func testAFormalNoticeIsAnObligation() {
        let o = obligations("Article 1er : La société SOVAREC, exploitant du centre de tri, est mise en demeure de transmettre au préfet l'étude de dangers actualisée.", to: [])
        XCTAssertEqual(o.map(\.modality), [.obligation], "\(o.map(\.text))")
        // Counter-example: the notice named as a past event orders nothing.
        XCTAssertTrue(obligations("La mise en demeure de la société a été notifiée le 3 mars 2016.", to: []).isEmpty)
    }

    /// "Art. 2. – Les mineurs … ne peuvent circuler", "Article 3.- Les mineurs…": the short
    /// label and the number's full stop still open an article, whose bare "peut" is the act's
    /// own rule.
    func testTheShortArticleLabelOpensAnArticle() {
        let short = obligations("Art. 2. – Les mineurs de moins de treize ans ne peuvent circuler sur la voie publique sans être accompagnés.", to: [])
        XCTAssertEqual(short.map(\.modality), [.prohibition], "\(short.map(\.text))")
        let dotted = obligations("Article 3.- Les mineurs de moins de treize ans ne peuvent circuler sur la voie publique.", to: [])
        XCTAssertEqual(dotted.map(\.modality), [.prohibition], "\(dotted.map(\.text))")
        XCTAssertTrue(dotted.first?.text.hasPrefix("Article 3") ?? false, "\(dotted.map(\.text))")
        // Counter-example: the act's remedies allow no one anything.
        XCTAssertTrue(obligations("Art. 5. – Le présent arrêté peut faire l'objet d'un recours contentieux devant le tribunal administratif.", to: []).isEmpty)
    }

    /// "Article 4 – L'organisateur met en place un service d'ordre": an article's present sets
    /// up what the named agent must do.
    func testAnArticlesPresentOfSettingUp() {
        let o = obligations("Article 4 – L'organisateur met en place un service d'ordre d'au moins quarante agents.", to: [])
        XCTAssertEqual(o.map(\.modality), [.obligation], "\(o.map(\.text))")
        XCTAssertEqual(o.first?.actor, "organisateur")
        // Counter-example: outside an article the present describes.
        XCTAssertTrue(obligations("L'organisateur met en place un service d'ordre chaque année.", kind: .communique).isEmpty)
    }

    /// "Les commerçants sont invités à consulter le plan du périmètre": a trade named as the
    /// subject of a release's rule (an agent noun); the public at large is no one's role.
    func testTradesmenInvitedByARelease() {
        let o = obligations("Les commerçants sont invités à consulter le plan du périmètre.", kind: .communique)
        XCTAssertEqual(o.map(\.modality), [.obligation], "\(o.map(\.text))")
        XCTAssertEqual(o.first?.actor, "commercant")
        // Counter-example: an appeal to everyone stays no one's obligation.
        XCTAssertTrue(obligations("Chacun est invité à faire preuve de civisme.", kind: .communique).isEmpty)
    }

    /// "Les maires dont les agents sont armés veilleront à…": the relative clause narrows the
    /// subject; its head names who acts.
    func testARelativeClauseWithDontNarrowsTheSubject() {
        let o = obligations("Les maires dont les agents sont armés veilleront à ce que ceux-ci suivent les séances d'entraînement au tir.", kind: .circulaire)
        XCTAssertEqual(o.first?.actor, "maire", "\(o.map { ($0.text, $0.actor) })")
        // Counter-example: a relative clause after the verb leaves the subject as it is.
        let object = obligations("Les maires veilleront à la sécurité des dossiers dont les agents ont la charge.", kind: .circulaire)
        XCTAssertEqual(object.first?.actor, "maire", "\(object.map { ($0.text, $0.actor) })")
    }
}

/// Deadlines of an enacted act and of a préfet's letters.
final class PrefectureActsDeadlineTests: XCTestCase {
    /// "L'exploitant doit évacuer … dans un délai de quinze jours à compter de la notification":
    /// an arrêté speaks to no "vous", yet its articles bind whom they name.
    func testAnEnactedActsTimeLimitBinds() {
        let act = "ARRÊTE :\n\nArticle 2 : L'exploitant doit évacuer les déchets stockés dans un délai de quinze jours à compter de la notification du présent arrêté."
        XCTAssertEqual(DeadlineHarness.values(DeadlineHarness.run(act, date: "2016-03-09", kind: .unknown)), ["P15D"])
        // Counter-example: the recourse the act is open to sets no one a deadline.
        let remedy = "ARRÊTE :\n\nArticle 4 : Le présent arrêté peut faire l'objet d'un recours gracieux auprès du préfet dans un délai de deux mois à compter de sa notification."
        let r = DeadlineHarness.run(remedy, date: "2016-03-09", kind: .unknown)
        XCTAssertEqual(DeadlineHarness.values(r), [])
        XCTAssertEqual(r.durations.map(\.value), ["P2M"])
    }

    /// "chaque soir entre 18 heures et minuit": an hour of the clock after the period says
    /// when, not how many.
    func testAClockWindowAfterAPeriodIsNoRate() {
        let r = DeadlineHarness.run("Vous veillerez à ce que des patrouilles soient organisées chaque soir entre 18 heures et minuit.", kind: .circulaire)
        XCTAssertEqual(DeadlineHarness.values(r), ["R/P1D"])
        // Counter-example: a count after "entre" is still a rate.
        XCTAssertEqual(DeadlineHarness.values(DeadlineHarness.run("La préfecture reçoit chaque année entre 10 000 et 12 000 demandes.", kind: .circulaire)), [])
    }
}

/// Metadata, addressees and references of acts and letters.
final class PrefectureActsHeaderTests: XCTestCase, HeaderRuleTesting {
    static let couvreFeu = """
    PRÉFECTURE DU LOIRET

    CABINET

    ARRÊTÉ
    portant réglementation de la circulation des mineurs

    LE PRÉFET DE LA RÉGION CENTRE,
    PRÉFET DU LOIRET,
    Chevalier de la Légion d'honneur,

    VU le code général des collectivités territoriales ;

    ARRÊTE :

    Art. 1er. – Les mineurs de moins de treize ans ne peuvent circuler sur la voie publique entre 23 heures et 6 heures.

    Fait à Orléans, le 6 juillet 2001

    Le Préfet,

    Jean-Pierre LACROIX
    """

    /// The office line above an act's first visa is the authority it enacts in: its first
    /// office, before the letterhead's préfecture.
    func testTheEnactingAuthorityIsTheEmitter() {
        XCTAssertEqual(extract(Self.couvreFeu).metadata.emitter, "prefet-de-la-region-centre")
        // Counter-examples: without the office line, the letterhead still names the préfet; a
        // letterhead that names the office itself ("PRÉFET DU LOIRET") is named first.
        let bare = Self.couvreFeu.replacingOccurrences(of: "LE PRÉFET DE LA RÉGION CENTRE,\nPRÉFET DU LOIRET,\n", with: "")
        XCTAssertEqual(extract(bare).metadata.emitter, "prefet-du-loiret")
        let office = Self.couvreFeu.replacingOccurrences(of: "PRÉFECTURE DU LOIRET", with: "PRÉFET DU LOIRET")
        XCTAssertEqual(extract(office).metadata.emitter, "prefet-du-loiret")
    }

    /// "M. le Secrétaire Général …, M. le Directeur de Cabinet … sont chargés de l'exécution":
    /// the executants an act's last article names are no addressee block.
    func testAnActsExecutantsAreNoAddressees() {
        let act = """
        PREFECTURE DE LA HAUTE-CORSE

        ARRETE N° 95-1043 du 15 septembre 1995

        LE PREFET DE LA HAUTE-CORSE,

        VU le décret n° 95-589 du 6 mai 1995 ;

        A R R E T E

        Article 1er.- Le port des armes est interdit dans le département.

        Article 2.- M. le Secrétaire Général de la Préfecture, M. le Directeur de
        Cabinet et M. le Sous-Préfet de Calvi sont chargés, chacun en ce qui le concerne, de
        l'exécution du présent arrêté.

        Fait à BASTIA, le 15 septembre 1995

        LE PREFET,

        Jean-Pierre LACAVE
        """
        let d = extract(act)
        XCTAssertEqual(d.addressees.map(\.id), [])
        // "LE PREFET," in capitals over the name is its title, no co-signer.
        XCTAssertEqual(d.metadata.signatory, "Jean-Pierre Lacave")
        // Counter-example: a letter's block in the same words stays a block.
        let letter = "Le préfet de la Haute-Corse\n\nà\n\nM. le Secrétaire Général de la Préfecture\nM. le Sous-Préfet de Calvi\n\nJe vous demande de renforcer les contrôles."
        XCTAssertEqual(Set(extract(letter).addressees.map(\.id)), ["secretaire-general-de-la-prefecture", "sous-prefet"])
    }

    /// "… Fait à Limoges, le 18 octobre 2013 Le préfet, Jean-Marc Bassaget": a flattened act
    /// runs its bare signing title, its comma and the name onto its last line.
    func testAFlattenedBareTitleThenTheName() {
        let flat = "Préfecture de la Haute-Vienne - Arrêté n° 2013-2287 portant fermeture administrative Le préfet de la Haute-Vienne, Vu le code de la santé publique ; ARRÊTE : Article 1er : L'établissement est fermé pour quinze jours. Fait à Limoges, le 18 octobre 2013 Le préfet, Jean-Marc Bassaget"
        XCTAssertEqual(extract(flat).metadata.signatory, "Jean-Marc Bassaget")
        // Counter-example: the préfet named in an article's prose, the sentence going on after the name.
        let prose = "Préfecture de la Haute-Vienne - Arrêté n° 2013-2287 Le préfet de la Haute-Vienne, Vu le code de la santé publique ; ARRÊTE : Article 1er : Le préfet, Jean-Marc Bassaget, et le maire sont chargés de l'exécution du présent arrêté."
        XCTAssertNotEqual(extract(prose).metadata.signatory, "Jean-Marc Bassaget")
    }

    /// "Les dossiers en cours d'instruction seront transmis … le 24 mars 2017": the
    /// examination of a case, no instruction of that date.
    func testACaseUnderExaminationIsNoInstruction() {
        XCTAssertEqual(RefHarness.ids("Les dossiers en cours d'instruction seront transmis à la préfecture au plus tard le 24 mars 2017.", date: "2017-03-01"), [])
        // Counter-example: a cited instruction keeps its determiner.
        XCTAssertEqual(RefHarness.ids("Conformément à l'instruction du 24 mars 2017, les dossiers seront transmis.", date: "2017-04-01"), ["instruction:2017-03-24"])
    }
}
