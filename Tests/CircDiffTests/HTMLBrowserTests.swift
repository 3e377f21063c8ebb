import CircTestSupport
import CircExtract
import Foundation
import XCTest
@testable import CircDiff

/// Issue 11: the HTML diff of the edited 2024 circular (an obligation's periodicity and the
/// three edits of the text) opened in a headless browser (Debian's `chromium`, which the
/// README's test command installs): at 1280 px nothing overflows, both sides of a change are
/// readable columns, the text changes are on the page beside the obligation change, and the
/// page prints to PDF with every change in it.
final class HTMLBrowserTests: XCTestCase {
    var browser: String? { ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) } }

    func run(_ args: [String], stdout: URL? = nil) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: args[0])
        p.arguments = Array(args.dropFirst())
        if let stdout { FileManager.default.createFile(atPath: stdout.path, contents: nil); p.standardOutput = try FileHandle(forWritingTo: stdout) } else { p.standardOutput = FileHandle.nullDevice }
        p.standardError = FileHandle.nullDevice
        try p.run(); p.waitUntilExit()
    }

    func testDiffPageAt1280AndInPrint() throws {
        let chromium = try XCTUnwrap(browser, "chromium is not installed (the README's test command installs it)")
        let original = try Checkout.text(Checkout.circular2024)
        let edited = CircularScenario.replaceOnce(TextLayerTests.edited(original), CircularScenario.monthly.0, CircularScenario.monthly.1)
        let report = try TextLayerTests.report(original, edited)
        XCTAssertEqual(report.summary.modified, 1)
        XCTAssertEqual(report.passages?.count, 3)
        let html = HTMLRenderer().render(report)

        let dir = Fixtures.tempDir("circ-html")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        // Measured in the browser: a copy of the page with a script that writes its layout.
        let probe = """
        <script>
        const sides = [...document.querySelectorAll('.sides > div')].map(d => Math.round(d.getBoundingClientRect().width));
        const at = id => Math.round(document.getElementById(id).getBoundingClientRect().top);
        document.body.setAttribute('data-probe', JSON.stringify({
          scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
          narrowest: Math.min(...sides), blocks: document.querySelectorAll('section.change').length,
          overview: document.querySelectorAll('table.overview tbody tr').length,
          obligation: at('obl-' + [...document.querySelectorAll('section.change')].find(s => s.id.startsWith('obl-')).id.slice(4)),
          text: at('txt-0')}));
        </script>
        """
        let page = dir.appendingPathComponent("diff.html"), probed = dir.appendingPathComponent("probe.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        try html.replacingOccurrences(of: "</body>", with: probe + "</body>").write(to: probed, atomically: true, encoding: .utf8)
        let dom = dir.appendingPathComponent("dom.html")
        try run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600", "--dump-dom", probed.absoluteString], stdout: dom)
        let dumped = try String(contentsOf: dom, encoding: .utf8)
        let attr = try XCTUnwrap(dumped.range(of: "data-probe=\"").map { dumped[$0.upperBound...].prefix { $0 != "\"" } }, "the probe ran")
        let json = attr.replacingOccurrences(of: "&quot;", with: "\"")
        let m = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Int], json)
        XCTAssertLessThanOrEqual(m["scroll"]!, m["client"]!, "nothing overflows at 1280 px: \(m)")
        XCTAssertGreaterThanOrEqual(m["narrowest"]!, 400, "each side of a change is a readable column: \(m)")
        XCTAssertEqual(m["blocks"], 4, "one obligation change and three text changes: \(m)")
        XCTAssertEqual(m["overview"], 4, "the overview lists both layers together: \(m)")
        XCTAssertLessThan(m["obligation"]!, m["text"]!, "obligations first, then the text: \(m)")

        let png = dir.appendingPathComponent("diff.png")
        try run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600", "--screenshot=\(png.path)", page.absoluteString])
        let bytes = try Data(contentsOf: png)
        XCTAssertEqual(bytes.count > 24 ? bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0, 1280, "a 1280-px-wide screenshot")

        let pdf = dir.appendingPathComponent("diff.pdf"), txt = dir.appendingPathComponent("diff.txt")
        try run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        try run(["/usr/bin/pdftotext", "-layout", pdf.path, txt.path])
        let printed = try String(contentsOf: txt, encoding: .utf8)
        for needle in ["chaque mois → chaque trimestre", "612-7", "2 400", "Ces dispositions visent non seulement", "Texte hors obligations", "§ annexe"] {
            XCTAssertTrue(printed.contains(needle), "printed page has \(needle)")
        }
    }
}
