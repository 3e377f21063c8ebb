import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Ninth OCR and bulletin round: scanned circulars of the Interior, Justice and préfets, and
/// bulletin pages as web copies give them. A fronted "En aucun cas," before its clause, a
/// request to the addressees' vigilance followed by a second request in the same sentence,
/// the annex a sentence announces, the law a text "spécifie", the future passive of keeping
/// a record or a person, the topic after an author's title, a bulletin's title repeated after
/// its running head, and a conservateur addressed. Sentences written for each rule, with the
/// shape it must leave alone.
final class OCRBulletinNinthRoundTests: XCTestCase, ObligationRuleTesting, OCRRuleTesting {
    // MARK: obligations

    /// "En aucun cas, les maires ne pourront…": the fronted negation and its comma belong to
    /// the clause after it — one prohibition, not a fragment of its own.
    func testFrontedNegationIsOneProhibition() {
        let o = obligations("En aucun cas, les maires ne pourront refuser l'inscription des électeurs.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .prohibition)
        XCTAssertFalse(o.contains { $0.text.trimmingCharacters(in: .whitespaces) == "En aucun cas" })
        // The attached form inside the clause stays one prohibition too.
        let inside = obligations("Les maires ne doivent en aucun cas refuser l'inscription des électeurs.")
        XCTAssertEqual(inside.count, 1)
        XCTAssertEqual(inside.first?.modality, .prohibition)
    }

    /// "Je recommande à votre vigilance l'application des mesures, et je vous prie de faire
    /// visiter…": two requests in one sentence are two directives.
    func testVigilanceRequestThenSecondRequest() {
        let o = obligations("Je recommande à votre vigilance l'application de ces mesures, et je vous prie de faire visiter les établissements chaque mois.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "je vous prie de faire visiter")?.modality, .obligation)
        XCTAssertEqual(find(o, "Je recommande à votre vigilance")?.modality, .obligation)
    }

    /// "Vous trouverez ci-joint un arrêté … dont l'inspection sera obligatoire": the annexed
    /// text's rules, announced, are no directive of this one; a rule in a sentence of its own
    /// after the announcement stays.
    func testAnnexAnnouncementDescribesTheAnnex() {
        XCTAssertTrue(obligations("Vous trouverez ci-joint un arrêté fixant la liste des établissements dont l'inspection sera obligatoire, et le registre qu'il y aura lieu de tenir.").isEmpty)
        XCTAssertTrue(obligations("Vous trouverez joint à la présente circulaire le modèle de registre qu'il y aura lieu de tenir.").isEmpty)
        let after = obligations("Vous trouverez ci-joint le modèle de registre. Il y aura lieu de le tenir à jour chaque semaine.")
        XCTAssertEqual(after.count, 1, "\(after.map(\.text))")
        XCTAssertNotNil(find(after, "Il y aura lieu de le tenir"))
    }

    func testLexiconExamplesOfTheAnnexAnnouncement() throws {
        let section = try XCTUnwrap(ObligationHarness.extractor.lex.file.annexAnnouncements)
        for ex in section.examples { XCTAssertTrue(obligations(ex).isEmpty, ex) }
    }

    /// "L'article 2 de l'arrêté spécifie que la déclaration devra être faite au maire": what
    /// the law states, reported, is background; the same rule in the text's voice instructs.
    func testLawThatSpecifiesIsBackground() {
        XCTAssertTrue(obligations("L'article 2 de l'arrêté spécifie que la déclaration devra être faite au maire.").isEmpty)
        XCTAssertTrue(obligations("Le décret stipule que les registres doivent être tenus en double exemplaire.").isEmpty)
        XCTAssertEqual(obligations("La déclaration devra être faite au maire.").count, 1)
    }

    /// "Le motif de la course sera indiqué sur l'annexe 5", "Les familles évacuées seront
    /// logées dans les exploitations": an old circular's or a note de service's procedure,
    /// in the future passive. What the emitter will send, and a pointer to a later passage,
    /// are none.
    func testRecordKeepingFuturePassiveInstructs() {
        let motive = obligations("Le motif de chaque course sera indiqué sur l'état mensuel.")
        XCTAssertEqual(motive.count, 1, "\(motive.map(\.text))")
        XCTAssertEqual(motive.first?.modality, .obligation)
        XCTAssertEqual(obligations("Les familles évacuées seront logées dans les exploitations agricoles.").count, 1)
        XCTAssertEqual(obligations("Un procès-verbal sera dressé de chaque opération.").count, 1)
        XCTAssertTrue(obligations("Les modalités de la campagne vous seront indiquées ultérieurement.").isEmpty)
        XCTAssertTrue(obligations("Les familles qui seront logées dans les exploitations recevront une allocation.").isEmpty)
        XCTAssertTrue(obligations("Les familles seront logées, annonce la préfecture.", kind: .article).isEmpty)
    }

    // MARK: header and metadata

    /// "émises par le Préfet concernant le ravitaillement": the topic after the author's title
    /// is no part of it.
    func testTopicAfterTheAuthorIsNoPartOfHisTitle() {
        let d = extract("Circulaires émises par le Préfet concernant le ravitaillement des communes.\n« 7 juin 1940, à MM les maires du département\nLes familles évacuées seront logées dans les exploitations.\n")
        XCTAssertFalse(d.metadata.emitter?.contains("concernant") ?? false, d.metadata.emitter ?? "nil")
        XCTAssertFalse(d.metadata.emitter?.contains("ravitaillement") ?? false, d.metadata.emitter ?? "nil")
    }

    /// A bulletin page's copy: the page title ("Circulaire du 12 mars 2014") above the
    /// bulletin's running head, then the same dated title with its subject on the run-on line.
    /// Another title with another date completes nothing.
    func testRepeatedDatedTitleStatesTheSubject() {
        let page = "Circulaire du 12 mars 2014\n\n7\nBULLETIN OFFICIEL DU MINISTÈRE DE LA JUSTICE Circulaire du 12 mars 2014 relative à la lutte contre les vols de métaux NOR : JUSD1406123C La garde des sceaux, ministre de la justice, à Pour attribution Mesdames et messieurs les procureurs généraux près les cours d'appel Les vols de métaux se multiplient depuis plusieurs mois.\n"
        let d = extract(page)
        XCTAssertEqual(d.metadata.subject, "la lutte contre les vols de métaux")
        XCTAssertEqual(d.metadata.date, "2014-03-12")
        let other = extract(page.replacingOccurrences(of: "MINISTÈRE DE LA JUSTICE Circulaire du 12 mars 2014", with: "MINISTÈRE DE LA JUSTICE Circulaire du 3 avril 2013"))
        XCTAssertNotEqual(other.metadata.subject, "la lutte contre les vols de métaux")
    }

    /// "6 janvier 1941. — Note de service aux directeurs…": a bulletin's entry, its date
    /// before its kind (a scan's stray quote mark before the kind too); a sentence that names
    /// a note after a date is no entry.
    func testBulletinEntryDatesItsKind() {
        let d = extract("6 janvier 1941. — Note de service aux directeurs des services extérieurs.\n\nJ'ai constaté que certains centres font exécuter des courses.\n")
        XCTAssertEqual(d.metadata.kind, .note)
        XCTAssertEqual(d.metadata.date, "1941-01-06")
        XCTAssertEqual(extract("6 janvier 1941. — `Note de service aux directeurs des services extérieurs.\n\nJ'ai constaté que certains centres font exécuter des courses.\n").metadata.kind, .note)
        let prose = extract("Le 6 janvier 1941. — La note de service aux directeurs fut diffusée.\n\nLes centres ont exécuté des courses.\n")
        XCTAssertNotEqual(prose.metadata.kind, .note)
    }

    /// "Monsieur le conservateur, …": the forests' or the archives' conservateur addressed.
    func testConservateurIsARole() {
        let d = extract("CIRCULAIRE relative au cantonnement des droits d'usage.\n\nMonsieur le conservateur,\n\nLes opérations de cantonnement ont rencontré de nombreuses entraves.\n")
        XCTAssertTrue(d.addressees.contains { $0.id == "conservateur" }, "\(d.addressees.map(\.id))")
    }
}
