import Foundation

/// Where the checkout's files are, found once: the tests read Corpus, Lexicons, Schemas and
/// the snapshots from the source tree they were built from.
public enum Fixtures {
    /// The repository root: this file is `Tests/CircTestSupport/Fixtures.swift`.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let corpus = root.appendingPathComponent("Corpus")
    public static let seeds = corpus.appendingPathComponent("seeds")
    public static let snapshots = root.appendingPathComponent("Tests/Snapshots")

    /// The absolute path of a file given relative to the root.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Every document of Corpus (`.txt`, `.md`, `.html`; the READMEs are not documents), in
    /// path order.
    public static func corpusFiles() -> [URL] {
        let e = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)!
        return e.compactMap { $0 as? URL }
            .filter { ["txt", "md", "html"].contains($0.pathExtension) && $0.lastPathComponent != "README.md" }
            .sorted { $0.path < $1.path }
    }

    /// Corpus documents as paths relative to the root ("Corpus/seeds/…"), in path order.
    /// `codes: false` leaves out the consolidated codes (Corpus/ceseda*, 0.2 to 2 MB each),
    /// where a test is per document and a code would only make it long.
    public static func corpusPaths(codes: Bool = true) -> [String] {
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return corpusFiles().map { String($0.path.dropFirst(prefix.count)) }
            .filter { codes || !($0.hasPrefix("Corpus/ceseda/") || $0.hasPrefix("Corpus/ceseda-history/")) }
    }

    /// This test process's scratch folder. Every temporary file of the tests goes under it, and
    /// it is removed when the process exits: a run of the suite (thousands of registries,
    /// exports and PDFs) leaves nothing behind in the system's temporary folder.
    public static let scratchRoot: URL = {
        let root = scratchRootPath()
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Fixtures.scratchRootPath()) }
        return root
    }()

    /// The scratch root's path, named by process so that concurrent test runs never share it.
    static func scratchRootPath() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("circ-tests-\(getpid())")
    }

    /// A new empty temporary folder, under the process's scratch root.
    public static func tempDir(_ prefix: String = "circ-test") -> URL {
        let d = scratchRoot.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// A path for a new temporary file (not created), under the process's scratch root.
    public static func tempFile(_ prefix: String, ext: String) -> URL {
        scratchRoot.appendingPathComponent("\(prefix)-\(UUID().uuidString).\(ext)")
    }
}
