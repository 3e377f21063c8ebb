import CircTestSupport
import CircExtract
import CircReader
import XCTest
@testable import CircDiff

/// Edits of the real 2024 circular made here, each reported once with the right kind and
/// nothing else reported. The scenarios run twice: through the real `Pipeline` (the
/// contract's extractor) and through `NaiveExtractor` (so the diff engine is checked on the
/// real text whatever the extractor's state).
struct CircularScenario {
    let extract: (_ text: String, _ path: String) throws -> CircDocument

    static let sentenceRemoved = " Vous me signalerez les difficultés que vous pourriez rencontrer dans ce domaine."
    static let addedAfter = "selon des formats qui pourront varier en fonction des priorités.**"
    static let added = "Vous adresserez chaque semaine à la direction générale des étrangers en France un état des mesures d'éloignement prononcées dans votre département."
    static let reworded = ("Vous rendrez compte à la direction générale des étrangers en France des situations nécessitant un appui de l'administration centrale.",
                           "Vous informerez la direction générale des étrangers en France des situations exigeant un appui de l'administration centrale.")
    static let swapFirst = "Premièrement, **lorsqu'un arrêté d'expulsion"
    static let swapSecond = "Deuxièmement, en complément de l'important travail"
    static let monthly = ("J'attends donc, chaque mois,", "J'attends donc, chaque trimestre,")
    static let article = ("conformément à l'article L 743-22 du CESEDA", "conformément à l'article L 743-21 du CESEDA")

    enum Edit: CaseIterable { case remove, add, reword, swap, monthly, article }

    static func replaceOnce(_ text: String, _ a: String, _ b: String) -> String {
        let parts = text.components(separatedBy: a)
        precondition(parts.count == 2, "\(a) must occur exactly once")
        return parts.joined(separator: b)
    }

    /// The paragraph (text between blank lines) that starts with `prefix`.
    static func paragraph(_ text: String, startingWith prefix: String) -> Range<String.Index> {
        let start = text.range(of: "\n\n" + prefix)!.lowerBound
        let from = text.index(start, offsetBy: 2)
        let end = text.range(of: "\n\n", range: from..<text.endIndex)!.lowerBound
        return from..<end
    }

    static func apply(_ edits: [Edit], to original: String) -> String {
        var t = original
        for e in edits {
            switch e {
            case .remove: t = replaceOnce(t, sentenceRemoved, "")
            case .add: t = replaceOnce(t, addedAfter, addedAfter + "\n\n" + added)
            case .reword: t = replaceOnce(t, reworded.0, reworded.1)
            case .swap:
                let p1 = paragraph(t, startingWith: swapFirst), p2 = paragraph(t, startingWith: swapSecond)
                let s1 = String(t[p1]), s2 = String(t[p2])
                precondition(p1.upperBound < p2.lowerBound)
                t = replaceOnce(replaceOnce(t, s1, "\u{1}"), s2, s1).replacingOccurrences(of: "\u{1}", with: s2)
            case .monthly: t = replaceOnce(t, monthly.0, monthly.1)
            case .article: t = replaceOnce(t, article.0, article.1)
            }
        }
        return t
    }

    func run(_ edits: [Edit], file: StaticString = #filePath, line: UInt = #line) throws -> (CircDocument, CircDocument, DiffReport) {
        let original = try Checkout.text(Checkout.circular2024)
        let old = try extract(original, "old.txt")
        let new = try extract(Self.apply(edits, to: original), "new.txt")
        let table = try CesedaRenumbering.load(from: TestLexicons.store)
        XCTAssertGreaterThan(old.obligations.count, 10, "the extractor finds the circular's obligations", file: file, line: line)
        return (old, new, DocumentDiffer(renumbering: table).diff(old: old, new: new))
    }

    /// Checks the report has exactly the entries expected for `edits`, and nothing else.
    func check(_ edits: [Edit], file: StaticString = #filePath, line: UInt = #line) throws {
        let (old, _, r) = try run(edits, file: file, line: line)
        func text(_ o: ObligationChange) -> String { Markup.plain((o.new ?? o.old)!.obligation.text) }
        var expected = 0
        let removed = r.entries(.removed), added = r.entries(.added), modified = r.entries(.modified), moved = r.entries(.moved)
        let describe = r.changed.map { "\($0.change): \($0.fields) \(text($0).prefix(70))" }.joined(separator: "\n")

        if edits.contains(.remove) {
            expected += 1
            XCTAssertEqual(removed.count, 1, describe, file: file, line: line)
            XCTAssertTrue(removed.first.map { text($0).contains("Vous me signalerez les difficultés") } ?? false, describe, file: file, line: line)
        } else { XCTAssertEqual(removed.count, 0, describe, file: file, line: line) }

        if edits.contains(.add) {
            expected += 1
            XCTAssertEqual(added.count, 1, describe, file: file, line: line)
            XCTAssertTrue(added.first.map { text($0).contains("Vous adresserez chaque semaine") } ?? false, describe, file: file, line: line)
        } else { XCTAssertEqual(added.count, 0, describe, file: file, line: line) }

        func modifiedEntry(containing s: String) -> ObligationChange? { modified.first { text($0).contains(s) } }
        if edits.contains(.reword) {
            expected += 1
            let m = modifiedEntry(containing: "Vous informerez la direction générale")
            XCTAssertEqual(m?.fields, ["wording"], describe, file: file, line: line)
            XCTAssertTrue(m?.redlineText()?.deleted.contains("rendrez compte à") ?? false, file: file, line: line)
        }
        if edits.contains(.monthly) {
            expected += 1
            let m = modifiedEntry(containing: "chaque trimestre")
            XCTAssertEqual(Set(m?.fields ?? []), ["wording", "deadlines"], describe, file: file, line: line)
            XCTAssertTrue(m?.changes.contains(.deadlines(from: ["R/P1M"], to: ["R/P3M"])) ?? false, "\(String(describing: m?.changes))", file: file, line: line)
        }
        if edits.contains(.article) {
            expected += 1
            let m = modifiedEntry(containing: "743-21")
            XCTAssertEqual(Set(m?.fields ?? []), ["wording", "references"], describe, file: file, line: line)
            XCTAssertTrue(m?.changes.contains(.references(added: ["CESEDA:L743-21"], removed: ["CESEDA:L743-22"])) ?? false,
                          "\(String(describing: m?.changes))", file: file, line: line)
            // L. 743-22 is still cited further on: the document's set only gains L743-21.
            XCTAssertEqual(r.references.added, ["CESEDA:L743-21"], file: file, line: line)
            XCTAssertEqual(r.references.removed, [], file: file, line: line)
        } else {
            XCTAssertEqual(r.references.added, [], file: file, line: line)
            XCTAssertEqual(r.references.removed, [], file: file, line: line)
        }
        let modifiedExpected = [Edit.reword, .monthly, .article].filter(edits.contains).count
        XCTAssertEqual(modified.count, modifiedExpected, describe, file: file, line: line)

        if edits.contains(.swap) {
            // The obligations of one of the two swapped paragraphs are "moved", and only they.
            let original = try Checkout.text(Checkout.circular2024)
            func offsets(_ r: Range<String.Index>) -> Range<Int> {
                original.unicodeScalars.distance(from: original.startIndex, to: r.lowerBound)
                    ..< original.unicodeScalars.distance(from: original.startIndex, to: r.upperBound)
            }
            let p1 = offsets(Self.paragraph(original, startingWith: Self.swapFirst))
            let p2 = offsets(Self.paragraph(original, startingWith: Self.swapSecond))
            let in1 = Set(old.obligations.indices.filter { p1.contains(old.obligations[$0].span.start) })
            let in2 = Set(old.obligations.indices.filter { p2.contains(old.obligations[$0].span.start) })
            XCTAssertFalse(in1.isEmpty || in2.isEmpty, "both swapped paragraphs hold obligations", file: file, line: line)
            let movedOld = Set(moved.map { $0.old!.index })
            XCTAssertTrue(movedOld == in1 || movedOld == in2, "moved \(movedOld), paragraphs \(in1) / \(in2)\n\(describe)", file: file, line: line)
            expected += movedOld.count
        } else { XCTAssertEqual(moved.count, 0, describe, file: file, line: line) }

        XCTAssertEqual(r.changed.count, expected, "nothing else is reported:\n\(describe)", file: file, line: line)
        XCTAssertTrue(r.metadata.isEmpty, "\(r.metadata)", file: file, line: line)
        XCTAssertTrue(r.addressees.added.isEmpty && r.addressees.removed.isEmpty && r.addressees.changed.isEmpty, file: file, line: line)
    }
}

final class CircularEditNaiveTests: XCTestCase {
    let s = CircularScenario { text, path in NaiveExtractor.extract(text, path: path) }
    func testUnedited() throws { try s.check([]) }
    func testRemoved() throws { try s.check([.remove]) }
    func testAdded() throws { try s.check([.add]) }
    func testReworded() throws { try s.check([.reword]) }
    func testSwapped() throws { try s.check([.swap]) }
    func testMonthlyToQuarterly() throws { try s.check([.monthly]) }
    func testArticleNumber() throws { try s.check([.article]) }
    func testAllSixEditsAtOnce() throws { try s.check(CircularScenario.Edit.allCases) }
}

/// The same scenarios through the real extractor.
final class CircularEditPipelineTests: XCTestCase {
    let s = CircularScenario { text, path in
        TestLexicons.pipeline.extract(SourceDocument(path: path, text: text, format: .text))
    }
    func testUnedited() throws { try s.check([]) }
    func testRemoved() throws { try s.check([.remove]) }
    func testAdded() throws { try s.check([.add]) }
    func testReworded() throws { try s.check([.reword]) }
    func testSwapped() throws { try s.check([.swap]) }
    func testMonthlyToQuarterly() throws { try s.check([.monthly]) }
    func testArticleNumber() throws { try s.check([.article]) }
    func testAllSixEditsAtOnce() throws { try s.check(CircularScenario.Edit.allCases) }
}
