import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// A long text's candidate pass runs in two parts on two cores (`ReferenceExtractor`'s
/// `splitFrom`): the references must be those of one pass, whatever the text.
final class ReferenceSplitTests: XCTestCase {
    /// Every document of the development set and the seeds, cut from 50 tokens on (nine
    /// tenths in, at a unit's start): a circular's lists, footnotes and cited NORs on
    /// either side of the cut.
    func testShortDocumentsCutInTwoGiveOnePassReferences() throws {
        let reader = DocumentReader()
        var compared = 0
        for dir in ["Corpus/devpool", "Corpus/seeds"] {
            let url = Fixtures.root.appendingPathComponent(dir)
            for f in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where f.hasSuffix(".txt") {
                let src = try reader.read(path: url.appendingPathComponent(f).path)
                let ctx = ExtractionContext(structure: TestLexicons.pipeline.structure(src), documentDate: CivilDate(iso: "2020-01-01"), kind: .circulaire)
                let one = RefHarness.extractor.extract(ctx)
                let two = RefHarness.extractor.extract(ctx, splitFrom: 50)
                XCTAssertEqual(two.references, one.references, f)
                XCTAssertEqual(two.warnings, one.warnings, f)
                compared += 1
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 45)
    }

    /// "… au tribunal administratif de Strasbourg …" before the cut, "… le tribunal
    /// administratif a fait droit" after it: the tail alone knows no seat, so the head reads on.
    func testACourtsSeatNamedBeforeTheCutStillApplies() {
        var t = "Mme B. a demandé au tribunal administratif de Strasbourg d'annuler l'arrêté du 12 août 2021 par lequel le préfet de la Moselle a suspendu son permis de conduire.\n\n"
        for n in 0..<12 { t += "Le service a examiné la demande numéro \(n) avec attention et sans retard.\n\n" }
        t += "Par un jugement n° 2106237 du 19 novembre 2021, le magistrat désigné par le président du tribunal administratif a fait droit à sa demande.\n"
        let src = SourceDocument(path: "split.txt", text: t, format: .text)
        let ctx = ExtractionContext(structure: TestLexicons.pipeline.structure(src), documentDate: CivilDate(iso: "2022-09-29"), kind: .circulaire)
        let one = RefHarness.extractor.extract(ctx)
        let two = RefHarness.extractor.extract(ctx, splitFrom: 50)
        XCTAssertEqual(one.references.map(\.id), ["juris:TA-Strasbourg:2106237"])
        XCTAssertEqual(two.references, one.references)
    }

    /// The consolidated code, where the pipeline cuts the pass: the same references as one
    /// pass (a list or an alinéa left pending at the cut makes the head read on alone).
    func testConsolidatedCodeCutInTwoGivesOnePassReferences() throws {
        let path = Fixtures.root.appendingPathComponent("Corpus/ceseda/2017-01-11_ceseda-consolide.md").path
        let src = try DocumentReader().read(path: path)
        let ctx = ExtractionContext(structure: TestLexicons.pipeline.structure(src), documentDate: nil, kind: .unknown)
        XCTAssertGreaterThan(ctx.text.tokens.count, ReferenceExtractor.splitTokens)
        let one = RefHarness.extractor.extract(ctx)
        let two = RefHarness.extractor.extract(ctx, splitFrom: ReferenceExtractor.splitTokens)
        XCTAssertGreaterThan(one.references.count, 2500)
        XCTAssertEqual(two.references, one.references)
        XCTAssertEqual(two.warnings, one.warnings)
    }
}
