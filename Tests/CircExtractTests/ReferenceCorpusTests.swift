import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// The CESEDA consolidation: references at scale, and the time they take.
final class ReferenceCorpusTests: XCTestCase {
    func testCesedaConsolidation() throws {
        let path = Fixtures.root.appendingPathComponent("Corpus/ceseda/2016-11-01_ceseda-consolide.md").path
        let src = try DocumentReader().read(path: path)
        let ctx = ExtractionContext(structure: TestLexicons.pipeline.structure(src), documentDate: nil, kind: .unknown)
        let t0 = Date()
        let r = RefHarness.extractor.extract(ctx)
        let dt = Date().timeIntervalSince(t0)
        print("ceseda references: \(r.references.count) in \(Int(dt * 1000)) ms")
        XCTAssertGreaterThan(r.references.count, 2500)
        let byId = Dictionary(grouping: r.references, by: \.id)
        // "l'article [L. 214-8](#article-l214-8)" inside the code is the CESEDA's.
        XCTAssertNotNil(byId["CESEDA:L214-8"])
        // "l'article 47 du code civil" stays the code civil's.
        XCTAssertNotNil(byId["CCIV:47"])
        XCTAssertNotNil(byId["loi:1971-569"])
        XCTAssertNotNil(byId["ordonnance:2000-371"])
        // Unresolved articles (a code's article outside the contract's table is unknown too,
        // but under its code's id).
        let unknown = r.references.filter { $0.kind == .unknown && $0.id.hasPrefix("unknown:") }
        XCTAssertLessThan(unknown.count, 40)
        let scalars = Array(src.text.unicodeScalars)
        for ref in r.references {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[ref.span.start..<ref.span.end])), ref.text)
        }
    }
}
