import CircTestSupport
import CircExtract
import CircPipeline
@testable import CircRegistry
import XCTest

final class IngesterTests: XCTestCase {
    func testCollectWalksFoldersAndSkipsReadmesAndHiddenFiles() throws {
        let dir = Fixtures.tempDir("circ-collect")
        let sub = dir.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for name in ["a/one.txt", "a/b/two.md", "a/b/three.HTML", "README.md", "a/.hidden.txt", "a/b/image.png"] {
            try "x".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let (files, failures) = Ingester.collect([dir.path, dir.appendingPathComponent("missing.txt").path])
        XCTAssertEqual(files.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted(), ["one.txt", "three.HTML", "two.md"])
        XCTAssertTrue(files.allSatisfy { $0.hasPrefix(dir.path) })
        XCTAssertEqual(failures.map(\.path), [dir.appendingPathComponent("missing.txt").path])
    }

    func testAFailingFileIsReportedAndTheOthersGoIn() throws {
        let dir = Fixtures.tempDir("circ-ingest")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let good = (0..<6).map { dir.appendingPathComponent("good-\($0).txt").path }
        for (i, p) in good.enumerated() {
            try "Le ministre de l'Intérieur à Mesdames et Messieurs les préfets.\n\nJe vous demande de rendre compte chaque mois (\(i)).\n"
                .write(toFile: p, atomically: true, encoding: .utf8)
        }
        let bad = dir.appendingPathComponent("bad.txt").path
        try Data([0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: bad))
        let registry = try Registry(path: RegistryFixtures.tempRegistryPath())
        let ingester = Ingester(registry: registry, pipeline: TestLexicons.pipeline, workers: 2)
        let report = ingester.run(files: good + [bad])
        XCTAssertEqual(report.added, good.count)
        XCTAssertEqual(report.failures.map(\.path), [bad])
        XCTAssertTrue(report.failures[0].message.contains("bad.txt"))
        XCTAssertFalse(report.failures[0].message.contains("\n"))
        let again = ingester.run(files: good)
        XCTAssertEqual(again.unchanged, good.count)
        XCTAssertEqual(try registry.documentSummaries().count, good.count)
    }
}
