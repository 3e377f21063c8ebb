import CircExtract
import CircRegistry
import Foundation
import Testing

/// `Lexicons/` and `Schemas/` ship as SwiftPM resources: an executable with no such folder
/// beside it or in its parents still finds the copies in the bundle built with it.
@Suite(.disabled(if: ProcessInfo.processInfo.environment["CIRC_LEXICONS"] != nil
                 || ProcessInfo.processInfo.environment["CIRC_SCHEMAS"] != nil, "an override is set"))
struct DataBundleTests {
    static let elsewhere = "/nonexistent-circ-install/bin/circ"

    @Test func lexiconsComeFromTheBundle() throws {
        let store = try LexiconStore.locate(executable: Self.elsewhere)
        #expect(store.directory.path.contains("circ_CircData.resources"))
        #expect(store.exists("tokenizer.json"))
        #expect(!store.files(in: "code-articles").isEmpty)
    }

    @Test func schemasComeFromTheBundle() throws {
        let dir = try #require(SchemaStore.locateDirectory(executable: Self.elsewhere))
        #expect(dir.path.contains("circ_CircData.resources"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("circ.diff-1.schema.json").path))
    }
}
