@testable import CircPresentation
@testable import CircRegistry
import XCTest

final class OutputTests: XCTestCase {
    func rows() throws -> [ObligationRow] {
        let r = try RegistryFixtures.registry(with: [RegistryFixtures.circular2024, RegistryFixtures.note2015])
        return try r.obligations(ObligationFilter())
    }

    func testTableFitsEightyColumnsAndHasNoColourWhenPlain() throws {
        let out = try ObligationRenderer.render(try rows(), format: .table, style: .plain)
        for line in out.split(separator: "\n") { XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), 80, String(line)) }
        XCTAssertFalse(out.contains("\u{1B}["))
        let coloured = try ObligationRenderer.render(try rows(), format: .table, style: TerminalStyle(color: true, width: 60))
        XCTAssertTrue(coloured.contains("\u{1B}["))
    }

    func testWrapCutsOverlongWords() {
        let lines = DisplayWidth.wrap("a " + String(repeating: "x", count: 200) + " b", width: 30)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
        XCTAssertEqual(lines.joined().filter { $0 == "x" }.count, 200)
    }

    func testCSVQuotesAndRoundTripsThroughPython() throws {
        let t = Tabular(headers: ["a", "b"], rows: [["x, y", "il a dit \"oui\"\nfin"]])
        XCTAssertEqual(t.csv(), "a,b\r\n\"x, y\",\"il a dit \"\"oui\"\"\nfin\"\r\n")
        let md = Tabular(headers: ["a"], rows: [["x | y"]]).markdown()
        XCTAssertTrue(md.contains("x \\| y"))
    }

    func testJSONLinesAreOneObjectEach() throws {
        let r = try rows()
        let out = try ObligationRenderer.render(r, format: .jsonl, style: .plain)
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.count, r.count)
        for l in lines { XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(l.utf8))) }
    }
}
