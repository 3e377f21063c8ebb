import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// `CircDocument.writeJSON` must print what the whole-document encoder prints, byte for
/// byte: the contract's output may not change because it is now written piece by piece.
final class StreamedJSONTests: XCTestCase {
    static let corpus = Fixtures.corpus

    func streamed(_ doc: CircDocument, pretty: Bool) throws -> Data {
        var out = Data()
        try doc.writeJSON(pretty: pretty) { out.append($0) }
        return out
    }

    func testStreamedBytesEqualTheEncoderOnTheCorpus() throws {
        let pipeline = TestLexicons.pipeline
        var files: [URL] = []
        for sub in ["seeds", "ceseda"] {
            let dir = Self.corpus.appendingPathComponent(sub)
            files += try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
        }
        XCTAssertGreaterThanOrEqual(files.count, 7)
        for f in files {
            let doc = try pipeline.extract(path: f.path)
            for pretty in [true, false] {
                let whole = try CircDocument.makeEncoder(pretty: pretty).encode(doc)
                XCTAssertEqual(try streamed(doc, pretty: pretty), whole, "\(f.lastPathComponent) pretty=\(pretty)")
            }
        }
    }

    /// Empty arrays and objects, nulls and a lone element: the layout cases of the encoder.
    func testSmallAndEmptyDocuments() throws {
        var doc = CircDocument(source: SourceInfo(path: "x.txt", sha256: "00", format: "txt", length: 0),
                               metadata: Metadata())
        for pretty in [true, false] {
            XCTAssertEqual(try streamed(doc, pretty: pretty), try CircDocument.makeEncoder(pretty: pretty).encode(doc))
        }
        doc.warnings = [Warning(code: "w", message: "a \"quoted\"\nline", span: nil)]
        for pretty in [true, false] {
            XCTAssertEqual(try streamed(doc, pretty: pretty), try CircDocument.makeEncoder(pretty: pretty).encode(doc))
        }
        // Obligations are written without the encoder (ObligationJSON): every layout case.
        var o = Obligation(text: "Vous « veillerez » à \"ceci\"\tet\\cela\n/ici", span: SourceSpan(3, 40), section: nil, modality: .obligation,
                           marker: nil, actor: nil, condition: "lorsqu'il\u{1}y a lieu")
        doc.obligations = [o]
        o.plain = "Vous veillerez"; o.references = ["CESEDA:L612-6"]; o.deadlines = ["R/P1M", "PT48H"]; o.footnotes = ["1"]
        o.section = "2.1"; o.emphasis = true; o.reported = true; o.marker = "vous veillerez"; o.actor = "addressees"
        doc.obligations.append(o)
        for pretty in [true, false] {
            XCTAssertEqual(String(decoding: try streamed(doc, pretty: pretty), as: UTF8.self),
                           String(decoding: try CircDocument.makeEncoder(pretty: pretty).encode(doc), as: UTF8.self))
        }
        let decoded = try JSONDecoder().decode(CircDocument.self, from: try streamed(doc, pretty: true))
        XCTAssertEqual(decoded, doc)
    }

    /// A stored property added to `CircDocument` must be added to the stream too.
    func testEveryStoredPropertyIsWritten() {
        let doc = CircDocument(source: SourceInfo(path: "", sha256: "", format: "txt", length: 0), metadata: Metadata())
        let labels = Mirror(reflecting: doc).children.compactMap(\.label).sorted()
        XCTAssertEqual(labels, CircDocument.streamedKeys)
    }
}
