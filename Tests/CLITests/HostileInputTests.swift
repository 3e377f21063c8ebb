import CircTestSupport
import Foundation
import XCTest

/// Issue 6, item 2: whatever a juriste's inbox holds, `circ extract` and `circ tokenize` give
/// a result (exit 0) or one line on stderr and a non-zero exit; they never crash, never hang
/// (each case has a time limit), and their peak memory over what the process needs for any
/// input (its baseline: lexicons, tables, runtime) stays within 10× the input's size, plus a
/// small fixed allowance (`memoryFactor`, `allowance` below).
///
/// Every file is generated in a temporary folder. The large single line is
/// `HostileInputTests.bigLineBytes` here (a debug build); the 50 MB figure is
/// `circ-bench hardening` (`extract_peak_mb`, release build).
final class HostileInputTests: XCTestCase {
    /// Size of the "single huge line" case in `swift test`. A debug build needs minutes for
    /// a few MB (see Fuzz/README.md), so CI runs 0.5 MB and `circ-bench hardening` the 50 MB;
    /// `CIRC_HOSTILE_BIG_BYTES=50000000 swift test -c release …` runs the full size here.
    static let bigLineBytes: Int = Int(ProcessInfo.processInfo.environment["CIRC_HOSTILE_BIG_BYTES"] ?? "") ?? 500_000

    enum Expect {
        case result
        case error(String)   // a fragment of the one-line message
    }

    struct Case {
        var name: String
        var file: String
        var bytes: Data
        var expect: Expect
        var timeout: Double = 60
        /// Also run `circ tokenize --format json` (skipped for the biggest inputs to keep CI short).
        var tokenize = true
    }

    static let french = """
        Objet : contrôle des titres de séjour.
        Le préfet doit notifier la décision dans un délai de huit jours, conformément à l'article L. 612-6 du CESEDA.
        Il vous appartient de veiller à l’application de la présente circulaire avant le 1er mars 2025.
        """

    static func utf16(_ s: String, bigEndian: Bool) -> Data {
        var d = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for u in s.utf16 {
            let b = bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
            d.append(contentsOf: b)
        }
        return d
    }

    static func repeated(_ s: String, toBytes n: Int) -> Data {
        let unit = Data(s.utf8)
        var d = Data(capacity: n + unit.count)
        while d.count < n { d.append(unit) }
        return d
    }

    static func cases() -> [Case] {
        let sentence = french.replacingOccurrences(of: "\n", with: " ") + " "
        let big = bigLineBytes
        let mb = 1_000_000
        var c: [Case] = []
        c.append(Case(name: "empty", file: "empty.txt", bytes: Data(), expect: .error("empty document")))
        c.append(Case(name: "whitespace only", file: "blank.txt", bytes: Data(" \n\t\r\n   \u{A0}\u{2003}\n".utf8), expect: .error("empty document")))
        c.append(Case(name: "NUL bytes", file: "nul.txt", bytes: Data("Objet : test".utf8) + Data([0, 0, 0]) + Data("suite".utf8), expect: .error("NUL byte at offset 12")))
        c.append(Case(name: "invalid UTF-8", file: "bad-utf8.txt", bytes: Data("Le préfet ".utf8) + Data([0xC3, 0x28, 0xFF]) + Data(" doit.".utf8), expect: .error("not valid UTF-8 (invalid byte at offset 11)")))
        c.append(Case(name: "cut inside its last character", file: "cut.txt", bytes: Data(french.utf8) + Data([0xE2, 0x80]), expect: .result))
        c.append(Case(name: "UTF-16LE with BOM", file: "utf16le.txt", bytes: utf16(french, bigEndian: false), expect: .result))
        c.append(Case(name: "UTF-16BE with BOM", file: "utf16be.txt", bytes: utf16(french, bigEndian: true), expect: .result))
        c.append(Case(name: "Latin-1", file: "latin1.txt", bytes: Data(french.replacingOccurrences(of: "’", with: "'").unicodeScalars.map { UInt8($0.value) }), expect: .error("not valid UTF-8 (invalid byte at offset 13)")))
        c.append(Case(name: "random binary", file: "random.bin", bytes: Data((0..<65_536).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }), expect: .error("")))
        c.append(Case(name: "\(size(big)) single line", file: "one-line.txt", bytes: repeated(sentence, toBytes: big), expect: .result, timeout: 240))
        c.append(Case(name: "100,000 footnote calls", file: "calls.md",
                      bytes: Data(("Le préfet doit agir" + String(repeating: "<sup>1</sup>", count: 100_000) + ".\n\n<sup>1</sup> La note.\n").utf8), expect: .result, timeout: 120))
        // Footnote definitions, one per line (20,000: the extractors take ~1 ms a line in a debug build).
        c.append(Case(name: "20,000 footnote lines", file: "notes.md",
                      bytes: Data((0..<20_000).map { "<sup>\($0 % 999 + 1)</sup> Note \($0) : le préfet doit agir.\n" }.joined().utf8), expect: .result, timeout: 180))
        c.append(Case(name: "<b> ×100,000 unclosed", file: "bold.md", bytes: Data(("Le préfet " + String(repeating: "<b>", count: 100_000) + "doit agir.").utf8), expect: .result, timeout: 120))
        c.append(Case(name: "** unbalanced ×100,001", file: "stars.md", bytes: Data(("Le préfet doit agir. " + String(repeating: "**gras ", count: 100_001) + ".").utf8), expect: .result, timeout: 120))
        c.append(Case(name: "<sup> never closed ×100,000", file: "sup.md", bytes: Data(("Le préfet doit" + String(repeating: "<sup>1 ", count: 100_000)).utf8), expect: .result, timeout: 120))
        c.append(Case(name: "HTML nested ×100,000 unclosed", file: "nested.html",
                      bytes: Data(("<html><body>" + String(repeating: "<div><b><i><sup>", count: 25_000) + "Le préfet doit agir.<!-- <script>").utf8), expect: .result, timeout: 120))
        c.append(Case(name: "10,000-item list", file: "list.md",
                      bytes: Data(("Objet : liste.\n\n" + (1...10_000).map { "- le préfet doit notifier la décision n° \($0) ;\n" }.joined()).utf8), expect: .result, timeout: 120))
        // Dense directives (issue 11): markers back to back on one line (3 million of them
        // in 54 MB, `DenseDirectiveTests` and `circ-bench hardening`), a directive per line,
        // a directive per list item.
        c.append(Case(name: "\(size(big)) of “Vous veillerez à ” on one line", file: "dense.txt",
                      bytes: repeated("Vous veillerez à ", toBytes: big), expect: .result, timeout: 240))
        c.append(Case(name: "\(size(big)) a directive per line", file: "per-line.txt",
                      bytes: repeated("Vous veillerez à notifier la décision.\n", toBytes: big), expect: .result, timeout: 240))
        c.append(Case(name: "\(size(big)) a directive per list item", file: "per-item.md",
                      bytes: repeated("- vous veillerez à notifier la décision ;\n", toBytes: big), expect: .result, timeout: 240))
        c.append(Case(name: "1 MB word", file: "word.txt", bytes: Data(String(repeating: "a", count: mb).utf8), expect: .result))
        // Words with inner punctuation (each was quadratic in the tokenizer before issue 6).
        c.append(Case(name: "256 KB word with apostrophes", file: "word-apos.txt", bytes: Data(String(repeating: "ab'", count: mb / 12).utf8), expect: .result))
        c.append(Case(name: "256 KB word with dots", file: "word-dots.txt", bytes: Data(String(repeating: "a.", count: mb / 8).utf8), expect: .result))
        c.append(Case(name: "256 KB word with underscores", file: "word-under.txt", bytes: Data(String(repeating: "a_", count: mb / 8).utf8), expect: .result))
        c.append(Case(name: "emoji and right-to-left", file: "emoji-rtl.md", bytes: Data(("""
            Objet : 👩🏽‍⚖️ test 🇫🇷 — נוהל חדש ومرسوم جديد.
            Le préfet doit 😀 notifier \u{202E}la décision\u{202C} dans un délai de ٣ jours 🏳️‍🌈.
            """ + String(repeating: "🙂\u{200F}ש", count: 50_000)).utf8), expect: .result))
        c.append(Case(name: "PDF with text (control)", file: "text.pdf", bytes: HostilePDF.withText, expect: .result))
        c.append(Case(name: "encrypted PDF", file: "encrypted.pdf", bytes: HostilePDF.encrypted, expect: .error("encrypted")))
        c.append(Case(name: "image-only PDF", file: "image.pdf", bytes: HostilePDF.imageOnly, expect: .error("no text layer")))
        c.append(Case(name: "truncated PDF", file: "truncated.pdf", bytes: HostilePDF.withText.prefix(200), expect: .error("")))
        return c
    }

    /// Over the baseline (peak RSS of `circ extract` on a small ordinary document), a run
    /// may take this much whatever its input, plus `memoryFactor`× the input. 8 MB: the real
    /// circulars of Corpus cost at most 0.3 MB over the baseline, so the allowance is for
    /// allocator granularity and the sampling of VmHWM, not for work that grows with the input.
    static let allowance = (Int(ProcessInfo.processInfo.environment["CIRC_HOSTILE_ALLOWANCE_MB"] ?? "") ?? 8) << 20
    /// The issue's bar: at most 10× the input. The worst case is a text where every line is
    /// a directive with a footnote (20,000 footnote lines: the extraction result itself is
    /// about ten times the input); the table this test prints has every ratio.
    static let memoryFactor = Int(ProcessInfo.processInfo.environment["CIRC_HOSTILE_MEMORY_FACTOR"] ?? "") ?? 10

    func testHostileInputs() throws {
        guard let circ = CLIRunner.binary else {
            XCTFail("circ binary not found beside the test bundle (\(CommandLine.arguments[0])); build it with `swift build` first")
            return
        }
        let dir = Fixtures.tempDir("circ-hostile")
        defer { try? FileManager.default.removeItem(at: dir) }

        let baseline = try Self.baseline(circ, in: dir)

        var rows = ["| case | input | command | exit | stderr (one line) | time | peak RSS | (peak − baseline) / size |",
                    "|---|---|---|---|---|---|---|---|"]
        for c in Self.cases() {
            let path = dir.appendingPathComponent(c.file)
            try c.bytes.write(to: path)
            var commands = [["extract", path.path, "--format", "json"]]
            if c.tokenize { commands.append(["tokenize", path.path, "--format", "json"]) }
            for args in commands {
                let o = try CLIRunner.run(args, executable: circ.path, timeout: c.timeout, keepStdout: 1 << 20)
                let label = "\(c.name) [\(args[0])]"
                let growth = Double(max(0, o.peakRSSBytes - baseline))  // what the input cost
                let ratio = c.bytes.isEmpty ? 0 : growth / Double(c.bytes.count)   // noise below 64 KB: shown as –
                rows.append("| \(c.name) | \(Self.size(c.bytes.count)) | \(args[0]) | \(o.summary) | \(o.stderrLines.first.map { String($0.prefix(110)) } ?? "") | \(String(format: "%.2f s", o.seconds)) | \(String(format: "%.0f MB", o.peakMB)) | \(c.bytes.count < 65_536 ? "–" : String(format: "%.1f×", ratio)) |")

                XCTAssertFalse(o.timedOut, "\(label): no answer within \(c.timeout) s")
                XCTAssertNil(o.signal, "\(label): killed by signal \(o.signal ?? 0): \(o.stderr.suffix(2000))")
                guard let code = o.exitCode else { continue }
                if code == 0 {
                    XCTAssertTrue(o.stderr.isEmpty, "\(label): exit 0 but stderr: \(o.stderr.prefix(500))")
                    XCTAssertEqual(o.stdoutHead.first, UInt8(ascii: "{"), "\(label): exit 0 but no JSON result")
                    if o.stdoutBytes < o.stdoutHead.count + 1 {
                        XCTAssertNotNil(try? JSONSerialization.jsonObject(with: o.stdoutHead), "\(label): result is not JSON")
                    }
                } else {
                    XCTAssertEqual(o.stderrLines.count, 1, "\(label): exit \(code) needs exactly one line on stderr, got: \(o.stderr.prefix(1000))")
                    XCTAssertTrue(o.stderr.hasPrefix("circ: "), "\(label): error line is not `circ: …`: \(o.stderr.prefix(300))")
                    XCTAssertEqual(o.stdoutBytes, 0, "\(label): a refused input printed a result")
                }
                switch c.expect {
                case .result:
                    XCTAssertEqual(code, 0, "\(label): expected a result, got: \(o.stderr.prefix(300))")
                case .error(let fragment):
                    XCTAssertNotEqual(code, 0, "\(label): expected a refusal")
                    if !fragment.isEmpty { XCTAssertTrue(o.stderr.contains(fragment), "\(label): expected “\(fragment)” in: \(o.stderr)") }
                }
                // Memory: at most `memoryFactor`× the input over the baseline, with a fixed
                // allowance for what any run may touch besides (ICU data, allocator slack).
                XCTAssertLessThanOrEqual(o.peakRSSBytes, baseline + Self.allowance + Self.memoryFactor * c.bytes.count,
                                         "\(label): peak RSS \(String(format: "%.0f", o.peakMB)) MB for \(Self.size(c.bytes.count)) (baseline \(baseline / 1_048_576) MB)")
            }
        }
        // Decoded, not refused: the UTF-16 document's obligation comes through with its accents.
        let le = dir.appendingPathComponent("utf16le.txt")
        let decoded = try CLIRunner.run(["extract", le.path, "--format", "json"], executable: circ.path, timeout: 60, keepStdout: 1 << 20)
        XCTAssertTrue(String(decoding: decoded.stdoutHead, as: UTF8.self).contains("Le préfet doit notifier la décision"))

        let report = "baseline (circ extract on \(Self.french.utf8.count) bytes): \(String(format: "%.0f", Double(baseline) / 1_048_576)) MB peak RSS\n" + rows.joined(separator: "\n")
        print(report)
        if let out = ProcessInfo.processInfo.environment["CIRC_HOSTILE_REPORT"] { try? report.write(toFile: out, atomically: true, encoding: .utf8) }
    }

    /// Refusals of paths that are not files at all.
    func testMissingAndDirectory() throws {
        guard let circ = CLIRunner.binary else { XCTFail("circ binary not found"); return }
        let dir = Fixtures.tempDir("circ-hostile")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (path, fragment) in [(dir.appendingPathComponent("nope.txt").path, "no such file"), (dir.path, "is a directory")] {
            let o = try CLIRunner.run(["extract", path], executable: circ.path, timeout: 30, keepStdout: 1 << 20)
            XCTAssertEqual(o.exitCode, 1)
            XCTAssertEqual(o.stderrLines.count, 1, o.stderr)
            XCTAssertTrue(o.stderr.contains(fragment), o.stderr)
        }
    }

    /// Peak RSS of `circ extract` on a small ordinary document: what any run costs.
    static func baseline(_ circ: URL, in dir: URL, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let small = dir.appendingPathComponent("baseline.txt")
        try Data(french.utf8).write(to: small)
        let base = try CLIRunner.run(["extract", small.path, "--format", "json"], executable: circ.path, timeout: 60, keepStdout: 1 << 20)
        XCTAssertEqual(base.exitCode, 0, base.stderr, file: file, line: line)
        return base.peakRSSBytes
    }

    static func size(_ n: Int) -> String {
        n >= 1_000_000 ? String(format: "%.1f MB", Double(n) / 1e6) : n >= 1000 ? String(format: "%.0f KB", Double(n) / 1e3) : "\(n) B"
    }
}
