import CircTestSupport
import Foundation
import Testing

/// `circ extract --format json` on every Corpus document, byte for byte as recorded in
/// `Tests/Snapshots/extract-json/`: the circ.document/1 contract as the CLI prints it, so a
/// refactoring that changes any field, span or order shows as a diff of these files.
/// `RECORD_SNAPSHOTS=1 swift test --filter ExtractSnapshotTests` records them again (then
/// review `git diff Tests/Snapshots`). Run from the checkout root on a relative path, so the
/// recorded `source.path` is the same on every machine. The consolidated codes
/// (Corpus/ceseda*, 0.2–2 MB each, up to 3,070 references) are left out: 11 files of several
/// MB of JSON; the invariance check of issue 12 (`alldiff.py`) and the code tests cover them.
@Suite struct ExtractSnapshotTests {
    static let documents = Fixtures.corpusPaths(codes: false)

    @Test func corpusHasDocumentsToSnapshot() {
        #expect(Self.documents.count >= 40)
    }

    @Test(arguments: documents)
    func extractJSON(_ path: String) throws {
        let run = try CLIRunner.run(["extract", path, "--format", "json"], cwd: Fixtures.root, timeout: 300)
        #expect(run.status == 0, "\(path): \(run.stderr)")
        #expect(run.stderr.isEmpty, "\(path): \(run.stderr)")
        assertSnapshot(run.stdout, named: "extract-json/" + path.dropFirst("Corpus/".count) + ".json")
    }
}
