import CircTestSupport
import CircExtract
import CircPipeline
@testable import CircRegistry
import XCTest

/// The issue's "Done when" on real data: a registry of the CESEDA consolidations of the
/// Corpus (2005 → 2017, and the 2025 code in the new numbering) plus the Corpus circulars.
final class CesedaRegistryTests: XCTestCase {
    static let shared: Registry? = {
        let (files, _) = Ingester.collect(["ceseda", "ceseda-history", "seeds", "devpool"].map { Fixtures.corpus.appendingPathComponent($0).path })
        guard let registry = try? Registry(path: RegistryFixtures.tempRegistryPath()) else { return nil }
        let report = Ingester(registry: registry, pipeline: TestLexicons.pipeline).run(files: files)
        return report.failures.isEmpty && report.fatal == nil ? registry : nil
    }()

    /// "L. 551-1", "[L.\n551-1](#…)", "L551-1" → "L551-1": the number a passage quotes, read
    /// independently of the extractor.
    static func quoted(_ text: String) -> String? { numbers(text).first }

    static func numbers(_ text: String) -> [String] {
        let re = try! NSRegularExpression(pattern: #"\b(LO|L|R|D)\s*\.?\s*(\d+(?:-\d+)*)"#)
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: 1)) + ns.substring(with: $0.range(at: 2))
        }
    }

    /// The articles a citation names: one number, or a range "L. 740-1 à L. 741-9" read in
    /// the code's article list of the document's date (as the contract says ranges expand).
    static func named(_ text: String, date: String?) -> Set<String> {
        let n = numbers(text)
        guard n.count == 2, text.contains(" à "), let lists = RefQuery.articleLists,
              let inner = lists.between(code: "CESEDA", from: n[0], to: n[1], documentDate: date.flatMap { CivilDate(iso: $0) }) else {
            return Set(n.prefix(1))
        }
        return Set(n + inner)
    }

    func testTheCodeVersionsAreOneChain() throws {
        let registry = try XCTUnwrap(Self.shared)
        let codes = try registry.documentSummaries().filter { $0.kind == "code" }.sorted { $0.version < $1.version }
        XCTAssertEqual(codes.count, 11)
        XCTAssertEqual(codes.map(\.date), codes.map(\.date).sorted { ($0 ?? "") < ($1 ?? "") })
        XCTAssertEqual(codes.first?.date, "2005-03-01"); XCTAssertEqual(codes.last?.date, "2025-07-13")
        XCTAssertEqual(codes.dropLast().map(\.supersededBy), codes.dropFirst().map { Optional($0.id) })
    }

    /// No passage answering CESEDA:L551-1 quotes another article: each passage quotes the
    /// number its reading matches on its document's side of 1 May 2021.
    func testRefsL551_1QuotesNoOtherArticle() throws {
        let registry = try XCTUnwrap(Self.shared)
        let q = try RefQuery.parse("CESEDA:L551-1")
        let passages = try registry.refPassages(q, includeSuperseded: true)
        XCTAssertGreaterThan(passages.count, 100, "every version cites the rétention article")
        let readings = Dictionary(uniqueKeysWithValues: q.readings.map { ($0.label, $0) })
        for p in passages {
            let r = try XCTUnwrap(readings[p.numbering ?? ""], p.numbering ?? "nil")
            let expected = r.numbering == .undated || (p.date ?? "") < r.effective ? r.before : r.since
            let named = Self.named(p.text, date: p.date)
            XCTAssertFalse(named.isEmpty, p.text)
            XCTAssertFalse(named.isDisjoint(with: expected), "doc \(p.documentID) (\(p.date ?? "?"), \(r.label)) quotes \(p.text)")
            XCTAssertTrue(p.passage.unicodeScalars.count <= Passage.maxLength + (p.span[1] - p.span[0]) + 2, "bounded passage")
        }
        // The old L741-1 (asylum) cited before 2021 is not among them.
        XCTAssertFalse(passages.contains { ($0.date ?? "") < "2021-05-01" && Self.quoted($0.text) == "L741-1" })
    }

    func testHistoryOfL571_1ShowsItsMoveFromL561_1In2011() throws {
        let registry = try XCTUnwrap(Self.shared)
        let histories = try registry.articleHistories(code: "CESEDA", article: "L571-1")
        let old = try XCTUnwrap(histories.first { $0.numbering == "before-2021-05-01" })
        let move = try XCTUnwrap(old.steps.first { $0.change == .renumbered })
        XCTAssertEqual(move.date, "2011-07-18")
        XCTAssertEqual(move.previousArticle, "L561-1")
        XCTAssertEqual(move.article, "L571-1")
        XCTAssertEqual(old.steps.first?.article, "L561-1", "followed back to its first number")
        XCTAssertEqual(old.steps.first?.date, "2005-03-01")
        // The recodification has no sourced pair for it: the history says so instead of guessing.
        let last = try XCTUnwrap(old.steps.last)
        XCTAssertEqual(last.change, .recodified)
        XCTAssertTrue(last.note?.hasPrefix("incomplete-table") ?? false)
    }

    func testHistoryFollowsASourcedPairAcrossTheRecodification() throws {
        let registry = try XCTUnwrap(Self.shared)
        let h = try XCTUnwrap(try registry.articleHistories(code: "CESEDA", article: "L551-1").first { $0.numbering == "before-2021-05-01" })
        let cross = try XCTUnwrap(h.steps.first { $0.change == .recodified })
        XCTAssertEqual(cross.previousArticle, "L551-1"); XCTAssertEqual(cross.article, "L741-1")
        XCTAssertEqual(cross.date, "2025-07-13")
        XCTAssertTrue(cross.source?.contains("2020-1733") ?? false)
    }

    /// 2014-03-09 lists R. 733-8 twice (the 2011 wording first); the registry keeps the last
    /// copy, so the history starts a new article under that number on 2014-03-09 (the 2011
    /// wording is another article: its number was reused) and shows nothing on 2014-04-30.
    func testADuplicatedNumberMakesNoFalseChangeInTheHistory() throws {
        let registry = try XCTUnwrap(Self.shared)
        let h = try XCTUnwrap(try registry.articleHistories(code: "CESEDA", article: "R733-8").first { $0.numbering == "before-2021-05-01" })
        XCTAssertFalse(h.steps.isEmpty)
        let dates = h.steps.map { "\($0.date ?? "") \($0.change.rawValue)" }
        XCTAssertEqual(dates.first, "2014-03-09 added", dates.description)
        XCTAssertTrue(h.steps.first?.note?.hasPrefix("reused-number") ?? false)
        XCTAssertFalse(dates.contains { $0.hasPrefix("2014-04-30") }, dates.description)
    }
}
