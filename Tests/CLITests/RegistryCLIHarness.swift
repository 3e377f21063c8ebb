import Foundation
import XCTest

/// Runs the built `circ` on temporary registries for the registry tests. The binary sits
/// beside the test bundle (`.build*/debug/circ`); stdout and stderr go to files, so a large
/// output can never fill a pipe and hang the test.
enum RegistryCLIHarness {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = repoRoot.appendingPathComponent("Corpus")
    static let seeds = corpus.appendingPathComponent("seeds")

    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for dir in [beside, beside.deletingLastPathComponent()] {
            let c = dir.appendingPathComponent("circ")
            if FileManager.default.isExecutableFile(atPath: c.path) { return c }
        }
        for scratch in [".build-reg", ".build"] {
            let c = repoRoot.appendingPathComponent("\(scratch)/debug/circ")
            if FileManager.default.isExecutableFile(atPath: c.path) { return c }
        }
        return beside.appendingPathComponent("circ")
    }()

    static func tempDir() -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("circ-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// Starts circ without waiting; the caller waits (or kills).
    static func start(_ args: [String], env: [String: String] = [:], cwd: URL? = nil, out: URL, err: URL) throws -> Process {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        var e = ProcessInfo.processInfo.environment
        e.removeValue(forKey: "CIRC_DB")
        e.removeValue(forKey: "CIRC_TEST_MAX_PAGE_COUNT")
        for (k, v) in env { e[k] = v }
        p.environment = e
        if let cwd { p.currentDirectoryURL = cwd }
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return p
    }

    @discardableResult
    static func run(_ args: [String], env: [String: String] = [:], cwd: URL? = nil) throws -> Result {
        let dir = tempDir()
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        let p = try start(args, env: env, cwd: cwd, out: out, err: err)
        p.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: dir) }
        return Result(status: p.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Runs a tool (sqlite3, python3) and returns its exit status and output.
    static func tool(_ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let dir = tempDir()
        let out = dir.appendingPathComponent("out")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let h = try FileHandle(forWritingTo: out)
        p.standardOutput = h; p.standardError = h
        try p.run(); p.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: dir) }
        return (p.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }

    static func sqlite(_ db: String, _ sql: String) throws -> String {
        // A busy timeout: the sqlite3 shell otherwise fails at once while an ingest holds a lock.
        let (status, out) = try tool(["sqlite3", "-cmd", ".timeout 20000", db, sql])
        XCTAssertEqual(status, 0, out)
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Checks the invariants a registry keeps whatever happened to the process writing it.
    static func assertSound(_ db: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try sqlite(db, "PRAGMA integrity_check;"), "ok", file: file, line: line)
        let partial = try sqlite(db, """
            SELECT count(*) FROM documents d WHERE d.obligation_count <> (SELECT count(*) FROM obligations o WHERE o.document_id = d.id)
              OR NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id)
              OR d.obligation_count <> json_array_length(d.json, '$.obligations');
            """)
        XCTAssertEqual(partial, "0", "documents stored in part", file: file, line: line)
        let orphans = try sqlite(db, "SELECT (SELECT count(*) FROM obligations WHERE document_id NOT IN (SELECT id FROM documents)) + (SELECT count(*) FROM sources WHERE document_id NOT IN (SELECT id FROM documents));")
        XCTAssertEqual(orphans, "0", file: file, line: line)
    }

    /// `count` distinct small documents (the 2015 note with a numbered line) in a new folder.
    static func makeDocuments(count: Int, in dir: URL, tag: String = "") throws -> URL {
        let base = try String(contentsOf: seeds.appendingPathComponent("2015-02-19_note_cellules-suivi-radicalisation.txt"), encoding: .utf8)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for i in 0..<count {
            try (base + "\nRéférence interne \(tag)\(i).\n").write(to: dir.appendingPathComponent(String(format: "doc-%05d.txt", i)), atomically: false, encoding: .utf8)
        }
        return dir
    }

    static func json(_ s: String) -> Any? { try? JSONSerialization.jsonObject(with: Data(s.utf8)) }

    /// Terminal columns a line takes (accents are precomposed in our output).
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
    }
}
