import CircTestSupport
import CircExtract
import XCTest
@testable import CircDiff

/// The obligation diff on hand-made documents: each test changes one thing and checks that
/// exactly that is reported.
final class ObligationDiffTests: XCTestCase {
    let a = ob("Vous veillerez à garantir le correct armement des services des étrangers en ressources humaines.", section: "1")
    let b = ob("Vous rendrez compte à la direction générale des étrangers en France des situations nécessitant un appui.", section: "1")
    let c = ob("J'attends donc, chaque mois, des réponses exhaustives de votre part à ces deux enquêtes.", section: "2.1", deadlines: ["R/P1M"])
    let d = ob("Je vous demande de systématiquement faire appel de cette décision de remise en liberté.", section: "3",
               refs: ["CESEDA:L743-22"])
    let e = ob("Vous solliciterez du juge des libertés et de la détention l'autorisation de recherche du passeport.", section: "2.2",
               refs: ["CESEDA:L733-7", "CESEDA:L733-8"])

    private func diff(_ old: [Obligation], _ new: [Obligation], oldDate: String? = "2024-10-28", newDate: String? = "2024-10-28",
                      table: CesedaRenumbering? = nil) -> DiffReport {
        DocumentDiffer(renumbering: table).diff(old: doc(old, date: oldDate), new: doc(new, date: newDate))
    }

    func testIdenticalDocumentsReportNothing() {
        let r = diff([a, b, c, d], [a, b, c, d])
        XCTAssertTrue(r.changed.isEmpty)
        XCTAssertEqual(r.summary.unchanged, 4)
        XCTAssertTrue(r.isEmpty)
    }

    func testSwappedObligationIsOneMove() {
        let r = diff([a, b, c, d], [a, c, b, d])
        XCTAssertEqual(r.changed.count, 1)
        XCTAssertEqual(r.entries(.moved).count, 1)
        XCTAssertEqual(r.summary.unchanged, 3)
    }

    func testRenumberedSectionsAreNotChanges() {
        var c2 = c; c2.section = "3.1"
        var d2 = d; d2.section = "4"
        let r = diff([a, b, c, d], [a, b, c2, d2])
        XCTAssertTrue(r.changed.isEmpty, "\(r.changed.map(\.fields))")
    }

    func testAddedAndRemoved() {
        let r = diff([a, b, c], [a, c, e])
        XCTAssertEqual(r.entries(.removed).map { $0.old!.index }, [1])
        XCTAssertEqual(r.entries(.added).map { $0.new!.index }, [2])
        XCTAssertEqual(r.changed.count, 2)
        // The removed one is listed where it stood: after `a`'s entry.
        XCTAssertEqual(r.obligations.map(\.change), [.unchanged, .removed, .unchanged, .added])
    }

    func testRewordingIsModifiedWithARedline() {
        let b2 = ob("Vous informerez la direction générale des étrangers en France des situations exigeant un appui.", section: "1")
        let r = diff([a, b, c], [a, b2, c])
        XCTAssertEqual(r.changed.count, 1)
        let m = r.changed[0]
        XCTAssertEqual(m.change, .modified)
        XCTAssertEqual(m.fields, ["wording"])
        let red = m.redlineText()!
        XCTAssertTrue(red.deleted.contains("rendrez compte à") && red.deleted.contains("nécessitant"), red.deleted)
        XCTAssertTrue(red.inserted.contains("informerez") && red.inserted.contains("exigeant"), red.inserted)
    }

    func testDeadlineChange() {
        var c2 = ob("J'attends donc, chaque trimestre, des réponses exhaustives de votre part à ces deux enquêtes.", section: "2.1")
        c2.deadlines = ["R/P3M"]
        let r = diff([a, c], [a, c2])
        XCTAssertEqual(r.changed.count, 1)
        XCTAssertEqual(r.changed[0].change, .modified)
        XCTAssertEqual(Set(r.changed[0].fields), ["wording", "deadlines"])
        XCTAssertTrue(r.changed[0].changes.contains(.deadlines(from: ["R/P1M"], to: ["R/P3M"])))
    }

    func testModalityStrengtheningAndWeakening() {
        var soft = a; soft.modality = .recommendation
        let up = diff([soft], [a]).changed
        XCTAssertEqual(up.count, 1)
        XCTAssertEqual(up[0].changes, [.modality(from: .recommendation, to: .obligation, direction: .strengthening)])
        let down = diff([a], [soft]).changed
        XCTAssertEqual(down[0].changes, [.modality(from: .obligation, to: .recommendation, direction: .weakening)])
        var ban = a; ban.modality = .prohibition
        XCTAssertEqual(diff([a], [ban]).changed[0].changes, [.modality(from: .obligation, to: .prohibition, direction: .reversal)])
        var may = a; may.modality = .permission
        var recall = a; recall.modality = .reminder
        XCTAssertEqual(diff([may], [recall]).changed[0].changes, [.modality(from: .permission, to: .reminder, direction: .strengthening)])
    }

    func testChangedArticleNumber() {
        let d2 = ob("Je vous demande de systématiquement faire appel de cette décision de remise en liberté.", section: "3",
                    refs: ["CESEDA:L743-21"])
        let r = diff([a, d], [a, d2])
        XCTAssertEqual(r.changed.count, 1)
        XCTAssertEqual(r.changed[0].changes, [.references(added: ["CESEDA:L743-21"], removed: ["CESEDA:L743-22"])])
    }

    /// A 2019 circular citing L. 552-10 and a 2024 one citing L. 743-22 for the same duty:
    /// no changed reference, no changed word; the renumbering is noted, not reported.
    func testRenumberingIsNotAChange() throws {
        let table = try CesedaRenumbering.load(from: TestLexicons.store)
        let old = ob("Vous demanderez que l'appel soit déclaré suspensif conformément à l'article L. 552-10 du CESEDA.",
                     refs: ["CESEDA:L552-10"])
        let new = ob("Vous demanderez que l'appel soit déclaré suspensif conformément à l'article L. 743-22 du CESEDA.",
                     refs: ["CESEDA:L743-22"])
        let r = DocumentDiffer(renumbering: table).diff(old: doc([a, old], date: "2019-08-16", refs: ["CESEDA:L552-10"]),
                                                          new: doc([a, new], date: "2024-10-28", refs: ["CESEDA:L743-22"]))
        XCTAssertTrue(r.changed.isEmpty, "\(r.changed.map(\.fields))")
        XCTAssertEqual(r.obligations[1].renumbered, [Renumbered(old: "CESEDA:L552-10", new: "CESEDA:L743-22")])
        XCTAssertEqual(r.references.added, []); XCTAssertEqual(r.references.removed, [])
        XCTAssertEqual(r.references.renumbered, [Renumbered(old: "CESEDA:L552-10", new: "CESEDA:L743-22")])
        // Without the table (or for two texts after 2021) it is a real change.
        let plain = DocumentDiffer().diff(old: doc([a, old], date: "2019-08-16"), new: doc([a, new], date: "2024-10-28"))
        XCTAssertEqual(Set(plain.changed[0].fields), ["wording", "references"])
    }

    func testActorConditionEmphasis() {
        var a2 = a
        a2.actor = "prefet-de-police"; a2.condition = "lorsque l'étranger est assigné à résidence"; a2.emphasis = true
        let r = diff([a], [a2])
        XCTAssertEqual(r.changed.count, 1)
        XCTAssertEqual(r.changed[0].fields, ["actor", "condition", "emphasis"])
    }

    func testBoldAndFootnoteCallsAreNotRewording() {
        let plain = ob("Je vous demande de systématiquement faire appel de cette décision.")
        let marked = ob("**Je vous demande de systématiquement faire appel de cette décision<sup>4</sup>.**", emphasis: true)
        let r = diff([plain], [marked])
        XCTAssertEqual(r.changed.first?.fields, ["emphasis"])
    }

    func testUnrelatedObligationsAreNotPaired() {
        // Same opening formula, different duty: one removed and one added, not "modified".
        let x = ob("Vous veillerez à informer les caisses de sécurité sociale des refus de séjour.")
        let y = ob("Vous veillerez à réunir chaque semaine les forces de sécurité intérieure.")
        let r = diff([a, x], [a, y])
        XCTAssertEqual(r.entries(.removed).count, 1)
        XCTAssertEqual(r.entries(.added).count, 1)
        XCTAssertEqual(r.entries(.modified).count, 0)
    }

    func testDuplicateSentencesPairInOrder() {
        let r = diff([a, b, a], [a, b, a])
        XCTAssertTrue(r.changed.isEmpty)
        XCTAssertEqual(r.obligations.map { $0.old!.index }, [0, 1, 2])
    }

    func testMetadataAddresseesReferences() {
        var old = doc([a], date: "2024-10-28", nor: "INTK2428339J", refs: ["CESEDA:L612-6", "loi:2024-42"],
                      addressees: [Addressee(id: "prefet-de-police", role: .to, text: "Monsieur le préfet de police", span: nil),
                                   Addressee(id: "dgef", role: .cc, text: "DGEF", span: nil)])
        var new = doc([a], date: "2025-01-15", nor: "INTK2500001J", refs: ["CESEDA:L612-6", "CESEDA:L741-1"],
                      addressees: [Addressee(id: "prefet-de-police", role: .to, text: "Monsieur le préfet de police", span: nil),
                                   Addressee(id: "dgef", role: .to, text: "DGEF", span: nil),
                                   Addressee(id: "prefet-de-region", role: .to, text: "Préfets de région", span: nil)])
        old.metadata.subject = "Pilotage"; new.metadata.subject = "Pilotage"
        let r = DocumentDiffer().diff(old: old, new: new)
        XCTAssertEqual(Set(r.metadata.keys), ["date", "nor"])
        XCTAssertEqual(r.metadata["date"], ValueChange(old: .string("2024-10-28"), new: .string("2025-01-15")))
        XCTAssertEqual(r.references.added, ["CESEDA:L741-1"])
        XCTAssertEqual(r.references.removed, ["loi:2024-42"])
        XCTAssertEqual(r.addressees.added.map(\.id), ["prefet-de-region"])
        XCTAssertEqual(r.addressees.removed.map(\.id), [])
        XCTAssertEqual(r.addressees.changed, [.init(id: "dgef", from: .cc, to: .to)])
    }
}
