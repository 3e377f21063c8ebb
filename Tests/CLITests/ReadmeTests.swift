import CircTestSupport
import Foundation
import XCTest

/// The README's two set-up commands are what CI runs: a missing install step in one is a
/// missing install step in the other.
final class ReadmeTests: XCTestCase {

    func shellBlocks(_ markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [String]? = nil
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```sh") { current = []; continue }
            if line.hasPrefix("```"), let c = current { blocks.append(c.joined(separator: "\n")); current = nil; continue }
            current?.append(String(line))
        }
        return blocks
    }

    func testCIRunsTheReadmeTestCommand() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: Fixtures.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        let blocks = shellBlocks(readme)
        XCTAssertGreaterThanOrEqual(blocks.count, 2)
        let testCommand = try XCTUnwrap(blocks.first { $0.contains("swift test") })
        XCTAssertTrue(ci.contains(testCommand), "'.ci/run' must run the README's test command verbatim: \(testCommand)")
    }

    func testMainCommandInstallsWhatTheBuildNeedsAndRunsOnCorpus() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let main = try XCTUnwrap(shellBlocks(readme).first { $0.contains("ingest Corpus") })
        for pkg in ["libicu-dev", "libsqlite3-dev", "pkg-config", "poppler-utils"] { XCTAssertTrue(main.contains(pkg), pkg) }
        XCTAssertTrue(main.contains("swift build -c release"))
    }
}
