import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Crashes FuzzExtract found, replayed whole (first byte: the format, as in `Fuzz/`), and
/// the rule each one broke, on its own.
final class FuzzExtractRegressionTests: XCTestCase {

    func replay(_ base64: String, file: StaticString = #filePath, line: UInt = #line) throws -> CircDocument {
        let bytes = [UInt8](Data(base64Encoded: base64)!)
        let format: [SourceFormat] = [.text, .markdown, .html, .pdf]
        let doc = try DocumentReader().read(bytes: Array(bytes.dropFirst()), path: "fuzz", format: format[Int(bytes[0] & 3)])
        return TestLexicons.pipeline.extract(doc)
    }

    /// crash-b43f2ab1…: "2024-10-28" then joins and a combining acute that NFC leaves on
    /// the last digit: `Character.isNumber` held for "8\u{301}", `Int` did not read it and a
    /// force unwrap trapped.
    func testDigitWithCombiningMarkInADate() throws {
        let doc = try replay("AAEBAQEyMDI0LTEwLTI4AQEBAQEBAQEBAQEBAQEBAQEBAQEBzIEwMDQBAQEBAQEBAQEBAQEBAW4KPg==")
        XCTAssertEqual(doc.source.length, 56)   // 57 bytes of text, one two-byte scalar
        let months = ["janvier": 1, "mars": 3]
        XCTAssertNil(FrenchDate.parse("28\u{301}/10/2024", months: months))
        XCTAssertNil(FrenchDate.parse("٢٨/١٠/٢٠٢٤", months: months), "Arabic-Indic digits are not read as a date")
        for text in ["28/10/2024", "2024-10-28"] {
            let d = FrenchDate.parse(text, months: months)
            XCTAssertEqual([d?.day, d?.month, d?.year], [28, 10, 2024], text)
        }
    }
}
