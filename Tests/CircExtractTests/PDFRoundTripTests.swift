import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// A circular printed to PDF by a browser (Chromium headless, Debian's `chromium`) and read
/// back through `pdftotext -layout` — the copy a juriste often has — reads as its text does:
/// the same addressees, references and number of obligations. Needs `chromium` and
/// `poppler-utils`, which the README's test command installs.
final class PDFRoundTripTests: XCTestCase {
    func html(_ text: String) -> String {
        var out = "<html><head><meta charset=\"utf-8\"></head><body>"
        for para in text.components(separatedBy: "\n\n") {
            var h = para.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            h = h.replacingOccurrences(of: "\\*\\*(.+?)\\*\\*", with: "<b>$1</b>", options: .regularExpression)
            h = h.replacingOccurrences(of: "&lt;sup&gt;", with: "<sup>").replacingOccurrences(of: "&lt;/sup&gt;", with: "</sup>")
            h = h.replacingOccurrences(of: "^#+\\s*", with: "", options: .regularExpression).replacingOccurrences(of: "\n", with: "<br>")
            out += "<p>\(h)</p>\n"
        }
        return out + "</body></html>"
    }

    func testSeedsPrintedToPDFReadTheSame() throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let browser = try XCTUnwrap(chromium, "chromium is not installed (the README's test command installs it)")
        let dir = Fixtures.tempDir("circ-pdf")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = Fixtures.root.appendingPathComponent("Corpus/seeds")
        for f in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where f.hasSuffix(".txt") {
            let src = seeds.appendingPathComponent(f)
            let page = dir.appendingPathComponent("c.html"), pdf = dir.appendingPathComponent("c.pdf")
            try html(String(contentsOf: src, encoding: .utf8)).write(to: page, atomically: true, encoding: .utf8)
            try? FileManager.default.removeItem(at: pdf)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: browser)
            p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=\(pdf.path)", page.absoluteString]
            p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
            try p.run(); p.waitUntilExit()
            let a = try TestLexicons.pipeline.extract(path: src.path), b = try TestLexicons.pipeline.extract(path: pdf.path)
            XCTAssertEqual(Set(b.addressees.map { "\($0.id) \($0.role)" }), Set(a.addressees.map { "\($0.id) \($0.role)" }), f)
            XCTAssertEqual(Set(b.references.map(\.id)), Set(a.references.map(\.id)), f)
            XCTAssertEqual(b.obligations.count, a.obligations.count, f)
        }
    }
}
