import CircTestSupport
import CircExtract
import CircPipeline
@testable import CircRegistry
import XCTest

/// Consolidated codes in the registry, on small codes written here: kind, date, the chain
/// of versions whatever the ingest order, moves and reused numbers, article history,
/// date-aware references, and the juriste's confirmations of the inferred concordance.
final class CodeRegistryTests: XCTestCase {
    static let title = "Code de l'entrée et du séjour des étrangers et du droit d'asile"
    static let liberation = "La libération conditionnelle des étrangers condamnés à une peine privative de liberté et faisant l'objet d'une mesure d'interdiction du territoire est subordonnée à leur éloignement."
    static let assignation = "Lorsque l'étranger justifie être dans l'impossibilité de quitter le territoire français, l'autorité administrative peut l'astreindre à résider dans les lieux qui lui sont fixés."
    static let placement = "L'étranger qui ne peut quitter immédiatement le territoire français peut être placé en rétention par l'autorité administrative dans des locaux ne relevant pas de l'administration pénitentiaire."

    /// A code needs five article headings to read as one: four unchanged general articles first.
    static let general = (1...4).map { ("Titre Ier : Généralités", "L111-\($0)", "Disposition générale numéro \($0) applicable aux étrangers, sans rapport avec les autres.") }

    static func code(_ date: String?, _ articles: [(String, String, String)]) -> String {
        var s = title + "\n\n" + (date.map { "- Date de consolidation : \($0)\n" } ?? "") + "\n# Partie législative\n"
        var section = ""
        for (sec, n, body) in general + articles {
            if sec != section { s += "## \(sec)\n"; section = sec }
            s += "#### Article \(n)\n\n\(body)\n\n"
        }
        return s
    }

    /// Three versions, written to files and ingested newest first, one at a time.
    func registryOfThreeVersions() throws -> (Registry, [String]) {
        let dir = Fixtures.tempDir("circ-codes")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let v1 = Self.code("10 juillet 2011", [("Titre V : Rétention", "L551-1", Self.placement),
                                               ("Titre VI : Dispositions diverses", "L561-1", Self.liberation)])
        let v2 = Self.code("18 juillet 2011", [("Titre V : Rétention", "L551-1", Self.placement + " Le juge en est informé."),
                                               ("Titre VI : Assignation à résidence", "L561-1", Self.assignation),
                                               ("Titre VII : Dispositions diverses", "L571-1", Self.liberation)])
        let v3 = Self.code("1er janvier 2012", [("Titre V : Rétention", "L551-1", Self.placement + " Le juge en est informé."),
                                                ("Titre VI : Assignation à résidence", "L561-1", Self.assignation),
                                                ("Titre VII : Dispositions diverses", "L571-1", Self.liberation.replacingOccurrences(of: "leur éloignement", with: "leur éloignement effectif"))])
        var paths: [String] = []
        for (i, t) in [v3, v1, v2].enumerated() {
            let p = dir.appendingPathComponent("version-\(i).md").path
            try t.write(toFile: p, atomically: true, encoding: .utf8)
            paths.append(p)
        }
        let registry = try Registry(path: RegistryFixtures.tempRegistryPath())
        let ingester = Ingester(registry: registry, pipeline: TestLexicons.pipeline, workers: 1)
        for p in paths { XCTAssertEqual(ingester.run(files: [p]).added, 1, p) }
        return (registry, paths)
    }

    func testCodeVersionsAreDatedAndChainedWhateverTheIngestOrder() throws {
        let (registry, _) = try registryOfThreeVersions()
        let docs = try registry.documentSummaries().sorted { ($0.date ?? "") < ($1.date ?? "") }
        XCTAssertEqual(docs.map(\.kind), ["code", "code", "code"])
        XCTAssertEqual(docs.map(\.code), ["CESEDA", "CESEDA", "CESEDA"])
        XCTAssertEqual(docs.map(\.date), ["2011-07-10", "2011-07-18", "2012-01-01"])
        XCTAssertEqual(docs.map(\.version), [1, 2, 3])
        XCTAssertEqual(docs.map(\.supersededBy), [docs[1].id, docs[2].id, nil])
        XCTAssertEqual(docs.map(\.obligations), [0, 0, 0], "a code's provisions are not a circular's obligations")
        XCTAssertEqual(docs.map(\.subject), Array(repeating: Self.title, count: 3))
    }

    func testHistoryFollowsAMoveAndStopsAtAReusedNumber() throws {
        let (registry, _) = try registryOfThreeVersions()
        let moved = try registry.articleHistories(code: "CESEDA", article: "L571-1")
        XCTAssertEqual(moved.count, 1)
        guard moved.first?.steps.count == 3 else { return XCTFail("\(moved)") }
        XCTAssertEqual(moved[0].steps.map { "\($0.date!) \($0.change.rawValue) \($0.previousArticle ?? "-") \($0.article)" },
                       ["2011-07-10 present - L561-1", "2011-07-18 renumbered L561-1 L571-1", "2012-01-01 modified - L571-1"])
        XCTAssertNil(moved[0].steps[1].previousText, "moved with the same words")
        XCTAssertEqual(moved[0].steps[2].previousText, Self.liberation)

        let reused = try XCTUnwrap(try registry.articleHistories(code: "CESEDA", article: "L561-1").first)
        XCTAssertEqual(reused.steps.map(\.change), [.added])
        guard reused.steps.count == 1 else { return }
        XCTAssertEqual(reused.steps[0].date, "2011-07-18")
        XCTAssertTrue(reused.steps[0].note?.contains("L571-1") ?? false, reused.steps[0].note ?? "")

        let changed = try XCTUnwrap(try registry.articleHistories(code: "CESEDA", article: "l. 551-1").first)
        XCTAssertEqual(changed.steps.map(\.change), [.present, .modified])
    }

    func testAnArticleNoVersionHoldsSaysSoAndCountsItsCitations() throws {
        let (registry, _) = try registryOfThreeVersions()
        let circ = RegistryFixtures.make(kind: "circulaire", date: "2015-03-01", path: "c.txt", obligations: [],
                                         references: [(id: "CESEDA:L999-1", kind: "code-article", text: "l'article L. 999-1 du CESEDA")])
        try registry.store(circ.document, sourceText: circ.text)
        let h = try registry.articleHistories(code: "CESEDA", article: "L999-1")
        XCTAssertEqual(h.count, 1)
        XCTAssertTrue(h[0].steps.isEmpty)
        XCTAssertEqual(h[0].versions, 3)
        XCTAssertEqual(h[0].citations, 1)
    }

    func testACodeWithNoDateIsRefusedWhole() throws {
        let dir = Fixtures.tempDir("circ-codes")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let p = dir.appendingPathComponent("ceseda.md").path
        try Self.code(nil, (1...6).map { ("Titre I", "L\($0)", Self.placement) }).write(toFile: p, atomically: true, encoding: .utf8)
        let registry = try Registry(path: RegistryFixtures.tempRegistryPath())
        let report = Ingester(registry: registry, pipeline: TestLexicons.pipeline, workers: 1).run(files: [p])
        XCTAssertEqual(report.added, 0)
        XCTAssertEqual(report.failures.count, 1)
        XCTAssertTrue(report.failures[0].message.contains("no date"), report.failures[0].message)
        XCTAssertFalse(report.failures[0].message.contains("\n"))
        XCTAssertEqual(try registry.documentSummaries().count, 0)
        // The file-name convention dates it.
        let named = dir.appendingPathComponent("2019-02-03_ceseda.md").path
        try FileManager.default.moveItem(atPath: p, toPath: named)
        XCTAssertEqual(Ingester(registry: registry, pipeline: TestLexicons.pipeline, workers: 1).run(files: [named]).added, 1)
        XCTAssertEqual(try registry.documentSummaries().map(\.date), ["2019-02-03"])
    }

    /// The issue's wrong answer: asylum passages (the old L. 741-1) returned for the old
    /// L. 551-1. A citation is translated only across 1 May 2021, towards its document's date.
    func testRefsTranslateOnlyAcrossTheRenumberingDate() throws {
        func circ(_ date: String, _ id: String, _ written: String) -> RegistryFixtures.Built {
            RegistryFixtures.make(kind: "circulaire", date: date, path: "\(date)-\(id).txt",
                                  obligations: [(text: "Vous appliquerez \(written) sans délai.", modality: "obligation", actor: "addressees", refs: [id], deadlines: [])],
                                  references: [(id: id, kind: "code-article", text: written)])
        }
        let docs = [circ("2017-03-01", "CESEDA:L551-1", "l'article L. 551-1 (rétention)"),
                    circ("2017-04-01", "CESEDA:L741-1", "l'article L. 741-1 (asile)"),
                    circ("2023-03-01", "CESEDA:L741-1", "l'article L. 741-1 (rétention)"),
                    circ("2023-04-01", "CESEDA:L551-1", "l'article L. 551-1 (accueil)")]
        let registry = try RegistryFixtures.registry(with: docs)
        let table = CesedaRenumbering(entries: [.init(old: "L551-1", new: ["L741-1"], source: "test table")], effective: "2021-05-01")
        let v = { (d: String, a: [String]) in CodeArticleLists.Version(date: CivilDate(iso: d)!, articles: a) }
        let lists = CodeArticleLists(versions: ["CESEDA": [v("2017-01-11", ["L551-1", "L741-1"]), v("2025-07-13", ["L741-1", "L551-1"])]])

        let q = try RefQuery.parse("CESEDA:L551-1", renumbering: table, asOf: "2017-01-01", articleLists: lists)
        let found = try registry.refPassages(q)
        XCTAssertEqual(found.map { "\($0.date!) \($0.id)" }, ["2017-03-01 CESEDA:L551-1", "2023-03-01 CESEDA:L741-1"])
        XCTAssertTrue(found.allSatisfy { $0.numbering == "before-2021-05-01" })
        XCTAssertTrue(found.allSatisfy { $0.passage.unicodeScalars.count <= Passage.maxLength + 2 && $0.passage.contains("rétention") })

        var f = ObligationFilter(); f.ref = "CESEDA:L551-1"; f.asOf = "2017-01-01"
        // The filter parses with the lexicon's table, whose sourced pair is the same one.
        XCTAssertEqual(try registry.obligations(f).map { $0.document.date! }, ["2017-03-01", "2023-03-01"])

        // Both numberings, each reading apart: the new L551-1 is only the 2023 one.
        let both = try registry.refPassages(try RefQuery.parse("CESEDA:L551-1", renumbering: table, articleLists: lists))
        XCTAssertEqual(both.filter { $0.numbering == "since-2021-05-01" }.map(\.date), ["2023-04-01"])
        XCTAssertFalse(both.contains { $0.date == "2017-04-01" }, "the old L741-1 (asylum) is never an answer for L551-1")
    }

    func testAJuristesConfirmationIsUsedAndARejectionIsDropped() throws {
        let dir = Fixtures.tempDir("circ-lex")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let real = TestLexicons.store
        try FileManager.default.copyItem(at: real.directory.appendingPathComponent(CesedaRenumbering.fileName),
                                         to: dir.appendingPathComponent(CesedaRenumbering.fileName))
        try """
        {"from": "2017-01-11", "to": "2025-07-13", "pairs": [
          {"old": "L571-1", "new": "L722-11", "similarity": 0.59, "kind": "whole"},
          {"old": "L561-1", "new": "L731-9", "similarity": 0.7, "kind": "whole"},
          {"old": "L313-2", "new": "L412-1", "similarity": 0.8, "kind": "whole"}]}
        """.write(to: dir.appendingPathComponent(CesedaRenumbering.inferredFileName), atomically: true, encoding: .utf8)
        func decide(_ entries: String) throws -> CesedaRenumbering {
            try "{\"entries\": [\(entries)]}".write(to: dir.appendingPathComponent(CesedaRenumbering.confirmationsFileName), atomically: true, encoding: .utf8)
            return try CesedaRenumbering.load(from: LexiconStore(directory: dir))
        }
        let t = try decide("""
            {"old": "L571-1", "new": "L722-11", "decision": "confirmed", "by": "A. Juriste", "date": "2026-01-15"},
            {"old": "L561-1", "new": "L731-9", "decision": "rejected", "by": "A. Juriste", "date": "2026-01-15"}
            """)
        XCTAssertEqual(t.newNumbers(forOld: "L571-1"), ["L722-11"])
        XCTAssertTrue(t.entry(forOld: "L571-1")?.source.contains("confirmed by A. Juriste") ?? false)
        XCTAssertEqual(t.newNumbers(forOld: "L561-1"), [], "rejected: not used")
        XCTAssertEqual(t.unconfirmed.map(\.old), ["L313-2"], "only the undecided pair is offered as a hint")
        XCTAssertEqual(t.newNumbers(forOld: "L313-2"), [], "an inferred pair is never used unconfirmed")
        XCTAssertEqual(t.newNumbers(forOld: "L551-1"), ["L741-1"], "the sourced table is still there")

        XCTAssertThrowsError(try decide(#"{"old": "L571-1", "new": "L722-11", "decision": "maybe", "by": "x", "date": "2026-01-15"}"#))
        XCTAssertThrowsError(try decide(#"{"old": "L551-1", "new": "L741-7", "decision": "confirmed", "by": "x", "date": "2026-01-15"}"#),
                             "a sourced number cannot be overridden by a confirmation")
        XCTAssertThrowsError(try decide(#"{"old": "L571-1", "new": "L722-11", "decision": "confirmed", "by": "", "date": "2026-01-15"}"#))
    }

    func testTheInferredConcordanceOnFileIsMarkedAndNeverUsedUnconfirmed() throws {
        let t = try XCTUnwrap(RefQuery.renumbering)
        XCTAssertFalse(t.unconfirmed.isEmpty, "Lexicons/ceseda-concordance-inferred.json is loaded")
        XCTAssertTrue(t.unconfirmed.allSatisfy { $0.similarity > 0 && $0.similarity <= 1 && ["whole", "part"].contains($0.kind) })
        let sourced = Set(t.entries.map(\.old))
        XCTAssertTrue(t.unconfirmed.allSatisfy { !sourced.contains($0.old) }, "inferred and sourced pairs are never mixed")
        for p in t.unconfirmed.prefix(50) { XCTAssertFalse(t.newNumbers(forOld: p.old).contains(p.new)) }
    }
}
