import CircTestSupport
import Foundation
import XCTest

/// The registry commands through the built binary, on temporary registries. These hold
/// whatever the extractor finds: they check the registry's behaviour, not extraction.
final class RegistryCLITests: XCTestCase {
    typealias H = CLIRunner
    var dir: URL!
    var db: String { dir.appendingPathComponent("reg.sqlite").path }

    override func setUp() { dir = Fixtures.tempDir("circ-cli") }
    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    func testHelpOfEveryRegistryCommandShowsAnExample() throws {
        for cmd in ["ingest", "obligations", "refs", "docs", "show", "export", "schema", "lineage", "history"] {
            let r = try H.run([cmd, "--help"])
            XCTAssertEqual(r.status, 0, cmd)
            XCTAssertTrue(r.stdout.contains("Example"), "\(cmd) --help has no example")
            XCTAssertTrue(r.stdout.contains("circ \(cmd)"), cmd)
        }
    }

    func testIngestCorpusThenReingestChangesNothing() throws {
        let first = try H.run(["ingest", "--db", db, Fixtures.corpus.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        let docs = try XCTUnwrap(H.json(try H.run(["docs", "--db", db, "--format", "json"]).stdout) as? [[String: Any]])
        let files = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.corpus.path)
            .filter { ["txt", "md"].contains(($0 as NSString).pathExtension) && !$0.hasSuffix("README.md") }
        XCTAssertEqual(docs.count, files.count)
        let table = try H.run(["docs", "--db", db]).stdout.split(separator: "\n")
        XCTAssertEqual(table.count, files.count + 1, "one line per document under a header")
        let before = try H.run(["export", "--db", db, "--format", "jsonl"]).stdout
        let again = try H.run(["ingest", "--db", db, Fixtures.corpus.path])
        XCTAssertEqual(again.status, 0)
        XCTAssertTrue(again.stdout.hasPrefix("0 document ajouté, \(files.count) inchangés"), again.stdout)
        XCTAssertEqual(try H.run(["export", "--db", db, "--format", "jsonl"]).stdout, before)
    }

    func testDefaultFileAndCIRC_DB() throws {
        let r = try H.run(["ingest", Fixtures.seeds.appendingPathComponent("2015-02-19_note_cellules-suivi-radicalisation.txt").path], cwd: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("circ.sqlite").path))
        let env = dir.appendingPathComponent("env.sqlite").path
        XCTAssertEqual(try H.run(["ingest", Fixtures.seeds.path], env: ["CIRC_DB": env]).status, 0)
        XCTAssertEqual((H.json(try H.run(["docs", "--format", "json"], env: ["CIRC_DB": env]).stdout) as? [Any])?.count, 5)
    }

    func testAFailingFileIsNamedAndLeavesTheRegistryAsItWas() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.seeds.path]).status, 0)
        let before = try H.run(["export", "--db", db, "--format", "jsonl"]).stdout
        let inbox = dir.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try Data([0x43, 0x69, 0x72, 0xE9, 0x20, 0x0A]).write(to: inbox.appendingPathComponent("latin1.txt"))  // "Cir\xE9" invalid UTF-8
        let bad = try H.run(["ingest", "--db", db, inbox.path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderrLines.count, 1, bad.stderr)
        XCTAssertTrue(bad.stderr.contains("latin1.txt"))
        XCTAssertEqual(try H.run(["export", "--db", db, "--format", "jsonl"]).stdout, before)

        // With a good file beside it, the good one goes in and the exit is still 1.
        try "Le ministre de l'Intérieur à Mesdames et Messieurs les préfets.\n\nJe vous demande de me rendre compte.\n"
            .write(to: inbox.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let mixed = try H.run(["ingest", "--db", db, inbox.path])
        XCTAssertEqual(mixed.status, 1)
        XCTAssertTrue(mixed.stdout.hasPrefix("1 document ajouté"), mixed.stdout)
        XCTAssertEqual((H.json(try H.run(["docs", "--db", db, "--format", "json"]).stdout) as? [Any])?.count, 6)
    }

    func testBadFilterValuesExitTwoWithTheValidOnes() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.seeds.path]).status, 0)
        let cases: [[String]] = [
            ["obligations", "--modality", "maybe"], ["obligations", "--deadline", "fortnightly"],
            ["obligations", "--kind", "memo"], ["obligations", "--since", "yesterday"], ["obligations", "--code", "XYZ"],
            ["obligations", "--format", "xml"], ["obligations", "--ref", "rétention"], ["refs", "--format", "yaml"],
            ["export", "--format", "xml"], ["obligations", "--limit", "lots"], ["schema", "nonsense"], ["history", "--ref", "du CESEDA"],
        ]
        for args in cases {
            let r = try H.run(args + ["--db", db].filter { _ in args[0] != "schema" })
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderrLines.count, 1, "\(args)")
            XCTAssertTrue(r.stderr.contains("valid values"), "\(args): \(r.stderr)")
        }
    }

    func testUnknownDocumentIsOneLineAndExitOne() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.seeds.path]).status, 0)
        for args in [["show", "9999"], ["lineage", "NOSUCHNOR1"], ["obligations", "--doc", "1999-01-01"]] {
            let r = try H.run(args + ["--db", db])
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertEqual(r.stderrLines.count, 1, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stdout.isEmpty)
        }
    }

    func testForeignNewerAndMissingDatabasesAreRefusedUntouched() throws {
        let text = dir.appendingPathComponent("notes.sqlite")
        try "des notes, pas une base\n".write(to: text, atomically: true, encoding: .utf8)
        let foreign = dir.appendingPathComponent("foreign.sqlite").path
        _ = try H.sqlite(foreign, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');")
        let newer = dir.appendingPathComponent("newer.sqlite").path
        XCTAssertEqual(try H.run(["ingest", "--db", newer, Fixtures.seeds.path]).status, 0)
        _ = try H.sqlite(newer, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE; PRAGMA user_version = 999;")
        for path in [text.path, foreign, newer] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            for args in [["docs"], ["obligations"], ["ingest", Fixtures.seeds.path], ["export"]] {
                let r = try H.run(args + ["--db", path])
                XCTAssertNotEqual(r.status, 0, "\(args) on \(path)")
                XCTAssertEqual(r.stderrLines.count, 1, "\(args) on \(path): \(r.stderr)")
            }
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes, "\(path) was changed")
        }
        let missing = dir.appendingPathComponent("none.sqlite").path
        let r = try H.run(["docs", "--db", missing])
        XCTAssertEqual(r.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing), "a query must not create a registry")
    }

    func testPipedOutputIsPlainAndFitsEightyColumns() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.seeds.path]).status, 0)
        for args in [["obligations"], ["docs"], ["refs"], ["show", "1"], ["lineage", "1"], ["obligations", "--search", "préfet"]] {
            let r = try H.run(args + ["--db", db], env: ["COLUMNS": "200"])
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            XCTAssertFalse(r.stdout.contains("\u{1B}"), "\(args): colour when piped")
            for line in r.stdout.split(separator: "\n") {
                XCTAssertLessThanOrEqual(H.columns(line), 80, "\(args): \(line)")
            }
        }
    }

    func testSearchWithFTSSyntaxNeverFails() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.seeds.path]).status, 0)
        for q in ["\"", "*", "NEAR(rétention assignation)", "rétention OR", "(", ")", "-rétention", "a\"b", "stems:x",
                  "'; DROP TABLE obligations; --", "^", "🙂 عربي", "x AND", "NOT"] {
            // `--search=…` so that a query starting with "-" is not read as an option by the parser.
            let r = try H.run(["obligations", "--db", db, "--search=\(q)", "--format", "json"])
            XCTAssertEqual(r.status, 0, "\(q): \(r.stderr)")
            XCTAssertNotNil(H.json(r.stdout) as? [Any], q)
        }
    }

    func testExportOfCorpusValidatesAgainstTheSchemas() throws {
        XCTAssertEqual(try H.run(["ingest", "--db", db, Fixtures.corpus.path]).status, 0)
        let out = dir.appendingPathComponent("registry.json").path
        let r = try H.run(["export", "--db", db, "--format", "json", "--out", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        let schemas = dir.appendingPathComponent("schemas")
        try FileManager.default.createDirectory(at: schemas, withIntermediateDirectories: true)
        for name in ["document", "registry"] {
            let s = try H.run(["schema", name])
            XCTAssertEqual(s.status, 0)
            XCTAssertNotNil(H.json(s.stdout), name)
            try s.stdout.write(to: schemas.appendingPathComponent("circ.\(name)-1.schema.json"), atomically: true, encoding: .utf8)
        }
        let (status, message) = try H.tool(["python3", "-c", Self.validator, out, schemas.path])
        XCTAssertEqual(status, 0, message)
        let export = try XCTUnwrap(H.json(try String(contentsOfFile: out, encoding: .utf8)) as? [String: Any])
        XCTAssertEqual(export["schema"] as? String, "circ.registry/1")
        let files = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.corpus.path)
            .filter { ["txt", "md"].contains(($0 as NSString).pathExtension) && !$0.hasSuffix("README.md") }
        XCTAssertEqual((export["documents"] as? [Any])?.count, files.count)
    }

    static let validator = """
    import json, sys, jsonschema
    from referencing import Registry, Resource
    d = sys.argv[2]
    doc = json.load(open(d + '/circ.document-1.schema.json'))
    reg = json.load(open(d + '/circ.registry-1.schema.json'))
    store = Registry().with_resources([(s['$id'], Resource.from_contents(s)) for s in (doc, reg)])
    errors = list(jsonschema.Draft202012Validator(reg, registry=store).iter_errors(json.load(open(sys.argv[1]))))
    for e in errors[:5]: print(list(e.absolute_path), e.message[:300])
    sys.exit(1 if errors else 0)
    """
}
