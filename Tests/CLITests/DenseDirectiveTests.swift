import CircTestSupport
import Foundation
import XCTest

/// Issue 11: "Vous veillerez à " repeated on one line — three million markers in 54 MB — is
/// extracted within the memory rule (peak RSS ≤ a tiny document's + 8 MB + 10× the input)
/// and in at most 20 s for 54 MB, and is not three million empty directives.
///
/// The time held to the bar is the child's CPU time: the machine's two cores are shared (by
/// CI's other tests, by other sessions), and a single-threaded run on a quiet machine takes
/// as long on the clock (12.3 s for 54 MB in `circ-bench hardening`). The wall time is printed.
/// CI runs 1 MB through the debug build, whose time bar is the release bar scaled by 40, the
/// debug build's slowdown on this input rounded up (27× when set; 36× once a lexicon struct of a
/// hundred tables was copied at every field read, which CI caught at 20.1 s; 16× with that
/// lexicon a class, 7.2 s on a loaded machine). The full figures:
///
///     swift build -c release && CIRC_DENSE_BYTES=54000000 CIRC_DENSE_BINARY=.build/release/circ \
///         swift test --filter DenseDirectiveTests
final class DenseDirectiveTests: XCTestCase {
    static let env = ProcessInfo.processInfo.environment
    static let bytes = Int(env["CIRC_DENSE_BYTES"] ?? "") ?? 1_000_000
    /// The issue's bar: 20 s for 54 MB with a release build.
    static let releaseSecondsPerByte = 20.0 / 54_000_000
    static let debugSlowdown = 40.0

    func testDenseLineWithinTheMemoryRuleAndTheTimeBar() throws {
        let circ = try XCTUnwrap(Self.env["CIRC_DENSE_BINARY"].map { URL(fileURLWithPath: $0) } ?? CLIRunner.binary,
                                 "circ binary not found beside the test bundle; build it with `swift build` first")
        let release = circ.resolvingSymlinksInPath().path.contains("/release/")
        let dir = Fixtures.tempDir("circ-hostile")
        defer { try? FileManager.default.removeItem(at: dir) }

        let baseline = try HostileInputTests.baseline(circ, in: dir)

        let file = dir.appendingPathComponent("dense.txt")
        let input = HostileInputTests.repeated("Vous veillerez à ", toBytes: Self.bytes)
        try input.write(to: file)
        let budget = max(release ? 3 : 20, Double(input.count) * Self.releaseSecondsPerByte * (release ? 1 : Self.debugSlowdown))
        let o = try CLIRunner.run(["extract", file.path, "--format", "json"], executable: circ.path, timeout: max(budget * 3, 60), keepStdout: 1 << 20)
        let label = "\(HostileInputTests.size(input.count)) dense line (\(release ? "release" : "debug") build)"
        print("\(label): \(String(format: "%.2f", o.cpuSeconds)) s of CPU, \(String(format: "%.2f", o.seconds)) s on the clock (bar \(String(format: "%.1f", budget)) s), peak \(String(format: "%.0f", o.peakMB)) MB, baseline \(baseline >> 20) MB")
        XCTAssertEqual(o.exitCode, 0, "\(label): \(o.stderr.prefix(300))")
        XCTAssertGreaterThan(o.cpuSeconds, 0, "\(label): CPU time measured")
        XCTAssertLessThanOrEqual(o.cpuSeconds, budget, "\(label): \(o.cpuSeconds) s of CPU")
        XCTAssertLessThanOrEqual(o.peakRSSBytes, baseline + HostileInputTests.allowance + HostileInputTests.memoryFactor * input.count,
                                 "\(label): peak RSS \(String(format: "%.0f", o.peakMB)) MB")
        // Markers back to back govern nothing each: a few long directives, not one a marker.
        let markers = input.count / "Vous veillerez à ".utf8.count
        let head = String(decoding: o.stdoutHead, as: UTF8.self)
        XCTAssertTrue(head.contains("\"marker\" : \"Vous veillerez\""), "\(label): the directives are found")
        XCTAssertLessThan(o.stdoutBytes, input.count * 4, "\(label): \(o.stdoutBytes) bytes of JSON for \(markers) markers")
    }
}
