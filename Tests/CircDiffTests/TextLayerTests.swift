import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest
@testable import CircDiff

/// Issue 11: the real 2024 circular with three edits made here, outside its obligations —
/// an article number changed inside the sentence that states the law, one figure changed
/// in an explanatory paragraph, one explanatory paragraph removed. Each is reported once,
/// with its section, in all four formats, and nothing else is.
final class TextLayerTests: XCTestCase {

    static let law = ("(article L 612-6 du Code", "(article L 612-7 du Code")
    static let figure = ("Près de 2 200 mesures", "Près de 2 400 mesures")
    static let dropped = "Ces dispositions visent non seulement les étrangers"

    static func edited(_ original: String) -> String {
        var t = CircularScenario.replaceOnce(original, law.0, law.1)
        t = CircularScenario.replaceOnce(t, figure.0, figure.1)
        let p = CircularScenario.paragraph(t, startingWith: dropped)
        // The paragraph and the blank line before it.
        t.removeSubrange(t.index(p.lowerBound, offsetBy: -2)..<p.upperBound)
        return t
    }

    static func report(_ old: String, _ new: String, obligationsOnly: Bool = false) throws -> DiffReport {
        let a = SourceDocument(path: "old.txt", text: old, format: .text), b = SourceDocument(path: "new.txt", text: new, format: .text)
        let table = try CesedaRenumbering.load(from: TestLexicons.store)
        let structures = obligationsOnly ? nil : (old: TestLexicons.pipeline.structure(a), new: TestLexicons.pipeline.structure(b))
        return DocumentDiffer(renumbering: table).diff(old: TestLexicons.pipeline.extract(a), new: TestLexicons.pipeline.extract(b), structures: structures)
    }

    func threeEdits() throws -> DiffReport {
        let original = try Checkout.text(Checkout.circular2024)
        let new = Self.edited(original)
        XCTAssertNotEqual(original, new)
        XCTAssertFalse(new.contains(Self.dropped))
        return try Self.report(original, new)
    }

    func testEachEditIsOnePassageChangeWithItsSection() throws {
        let r = try threeEdits()
        // The obligation layer has nothing to say: every edit is outside the obligations.
        XCTAssertEqual(r.summary.modified + r.summary.moved + r.summary.added + r.summary.removed, 0, "\(r.obligations.filter { $0.change != .unchanged }.map(\.change))")
        let passages = try XCTUnwrap(r.passages)
        XCTAssertEqual(passages.count, 3, passages.map { "\($0.change) \($0.place?.text.prefix(60) ?? "")" }.joined(separator: "\n"))
        XCTAssertEqual(r.passageSummary?.modified, 2); XCTAssertEqual(r.passageSummary?.removed, 1)
        XCTAssertGreaterThan(r.passageSummary?.unchanged ?? 0, 10, "the rest of the text is paired, unchanged")

        let law = try XCTUnwrap(passages.first { $0.new?.text.contains("L 612-7") ?? false })
        XCTAssertEqual(law.change, .modified)
        XCTAssertEqual(law.new?.section, "2.2")
        XCTAssertEqual(law.redline?.filter { $0.op == .delete }.map { $0.text.trimmingCharacters(in: .whitespaces) }, ["612-6"])
        XCTAssertEqual(law.redline?.filter { $0.op == .insert }.map { $0.text.trimmingCharacters(in: .whitespaces) }, ["612-7"])
        XCTAssertEqual(law.references.count, 1)
        XCTAssertEqual(law.references.first?.removed, ["CESEDA:L612-6"])
        XCTAssertEqual(law.references.first?.added, ["CESEDA:L612-7"])
        XCTAssertTrue(law.references.first?.sentence.hasPrefix("La loi n° 2024-42 permet en effet désormais") ?? false, law.references.first?.sentence ?? "")

        let figure = try XCTUnwrap(passages.first { $0.new?.text.contains("2 400") ?? false })
        XCTAssertEqual(figure.change, .modified)
        XCTAssertEqual(figure.new?.section, "2.1")
        XCTAssertEqual(figure.redline?.filter { $0.op != .equal }.map { $0.text.trimmingCharacters(in: .whitespaces) }, ["200", "400"])
        XCTAssertTrue(figure.references.isEmpty)

        let gone = try XCTUnwrap(passages.first { $0.change == .removed })
        XCTAssertTrue(gone.old?.text.hasPrefix(Self.dropped) ?? false)
        XCTAssertEqual(gone.old?.section, "annexe")
        XCTAssertNil(gone.new)

        // The document-level citation change is the one located in § 2.2, not reported again.
        XCTAssertEqual(r.references.added, ["CESEDA:L612-7"]); XCTAssertEqual(r.references.removed, ["CESEDA:L612-6"])
        XCTAssertTrue(r.unlocatedReferences.added.isEmpty && r.unlocatedReferences.removed.isEmpty)
        XCTAssertTrue(r.metadata.isEmpty, "\(r.metadata)")
        XCTAssertTrue(r.addressees.added.isEmpty && r.addressees.removed.isEmpty && r.addressees.changed.isEmpty)
    }

    func testJSONCarriesTheTextLayer() throws {
        let json = try JSONRenderer.render(try threeEdits())
        let d = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let passages = try XCTUnwrap(d["passages"] as? [[String: Any]])
        XCTAssertEqual(passages.map { $0["change"] as? String }, ["modified", "modified", "removed"])
        let sections = passages.map { (($0["new"] as? [String: Any]) ?? ($0["old"] as? [String: Any]))?["section"] as? String }
        XCTAssertEqual(sections, ["2.1", "2.2", "annexe"])
        let refs = passages[1]["references"] as? [[String: Any]]
        XCTAssertEqual(refs?.first?["removed"] as? [String], ["CESEDA:L612-6"])
        XCTAssertEqual(refs?.first?["added"] as? [String], ["CESEDA:L612-7"])
        XCTAssertTrue((d["obligations"] as? [[String: Any]])?.allSatisfy { $0["change"] as? String == "unchanged" } ?? false)
    }

    /// Text, Markdown and HTML: three change entries, each once, each with its section, and
    /// no other entry (no obligation entry, no document-level citation list).
    func testHumanFormatsReportEachEditOnce() throws {
        let r = try threeEdits()
        let text = TextRenderer(color: false).render(r)
        let entries = text.components(separatedBy: "\n\n").filter { ["~ ", "- ", "+ ", "↕ "].contains(String($0.prefix(2))) }
        XCTAssertEqual(entries.count, 3, text)
        XCTAssertEqual(entries.filter { $0.contains("[-612-6-] {+612-7+}") && $0.contains("§ 2.2") && $0.contains("CESEDA:L612-6 → CESEDA:L612-7") }.count, 1, text)
        XCTAssertEqual(entries.filter { $0.contains("[-200-] {+400+}") && $0.contains("§ 2.1") }.count, 1, text)
        XCTAssertEqual(entries.filter { $0.contains("[-" + Self.dropped) && $0.contains("§ annexe") }.count, 1, text)
        XCTAssertFalse(text.contains("Obligation modifiée") || text.contains("Références du document"), text)

        let md = MarkdownRenderer().render(r)
        let blocks = md.components(separatedBy: "\n### ").dropFirst()
        XCTAssertEqual(blocks.count, 3, md)
        XCTAssertEqual(blocks.filter { $0.contains("~~612-6~~ **612-7**") && $0.hasPrefix("Passage modifié (paragraphe) — § 2.2") }.count, 1, md)
        XCTAssertEqual(blocks.filter { $0.contains("~~200~~ **400**") && $0.hasPrefix("Passage modifié (paragraphe) — § 2.1") }.count, 1, md)
        XCTAssertEqual(blocks.filter { $0.contains("~~" + Self.dropped) && $0.hasPrefix("Passage supprimé (paragraphe) — § annexe") }.count, 1, md)

        let html = HTMLRenderer().render(r)
        let sections = html.components(separatedBy: "<section class=\"change\"").dropFirst()
        XCTAssertEqual(sections.count, 3, html)
        XCTAssertEqual(sections.filter { $0.contains("<del>612-6</del>") && $0.contains("<ins>612-7</ins>") && $0.contains("§ 2.2") }.count, 1)
        XCTAssertEqual(sections.filter { $0.contains("<del>200</del>") && $0.contains("<ins>400</ins>") && $0.contains("§ 2.1") }.count, 1)
        XCTAssertEqual(sections.filter { $0.contains("whole-del") && $0.contains(Self.dropped) && $0.contains("§ annexe") }.count, 1)
        XCTAssertFalse(html.contains("<h2>Références du document"), "the citation change is located, not listed again")
    }

    func testUneditedCircularHasNoTextChange() throws {
        let original = try Checkout.text(Checkout.circular2024)
        let r = try Self.report(original, original)
        XCTAssertEqual(r.passages?.count, 0)
        XCTAssertTrue(r.isEmpty)
    }

    /// Swapping two explanatory paragraphs and renumbering a section heading: the
    /// paragraphs pair by content, one is reported moved, the heading modified, and nothing else.
    func testReorderedAndRenumberedSectionsKeepTheirPairs() throws {
        let original = try Checkout.text(Checkout.circular2024)
        let a = "Ces dispositions visent non seulement", b = "L'article L. 114-10-2 du code de la sécurité sociale dispose"
        let pa = CircularScenario.paragraph(original, startingWith: a), pb = CircularScenario.paragraph(original, startingWith: b)
        let sa = String(original[pa]), sb = String(original[pb])
        var t = CircularScenario.replaceOnce(CircularScenario.replaceOnce(original, sa, "\u{1}"), sb, sa).replacingOccurrences(of: "\u{1}", with: sb)
        t = CircularScenario.replaceOnce(t, "**4 – La gestion des remises en liberté", "**5 – La gestion des remises en liberté")
        let r = try Self.report(original, t)
        let p = try XCTUnwrap(r.passages)
        XCTAssertEqual(p.filter { $0.change == .moved }.count, 1, p.map { "\($0.change) \($0.place?.text.prefix(50) ?? "")" }.joined(separator: "\n"))
        XCTAssertEqual(p.filter { $0.change == .modified && $0.kind == "heading" }.count, 1)
        XCTAssertEqual(p.count, 2)
    }

    func testObligationsOnlyKeepsTodaysView() throws {
        let original = try Checkout.text(Checkout.circular2024)
        let r = try Self.report(original, Self.edited(original), obligationsOnly: true)
        XCTAssertNil(r.passages)
        let text = TextRenderer(color: false).render(r)
        XCTAssertTrue(text.contains("Références du document") && text.contains("CESEDA:L612-7"), text)
        XCTAssertFalse(text.contains("Texte hors obligations"))
        let json = try JSONRenderer.render(r)
        XCTAssertFalse(json.contains("\"passages\""))
    }
}
