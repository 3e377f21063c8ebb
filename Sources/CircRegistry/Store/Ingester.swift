import CircContract
import CircReader
import Foundation
import Synchronization

/// `circ ingest`: finds the files under the paths given, extracts them on every core and
/// stores each in its own transaction. Extraction runs in parallel; the registry's single
/// writer serialises the stores, which are short next to extraction.
/// What reads and extracts one file for `Ingester`. The extractor (CircExtract, with ICU) is
/// not linked by the registry: the CLI hands one in (`CircPipeline`), a test may hand a stub.
public protocol DocumentExtracting: Sendable {
    /// Reads a file as `SourceDocument` (a `ReadError` names what is wrong with it).
    func read(path: String) throws -> SourceDocument
    /// The `circ.document/1` document of a source read.
    func extract(_ source: SourceDocument) throws -> CircDocument
}

public final class Ingester: Sendable {
    public struct Failure: Sendable, Equatable {
        public var path: String
        /// One line, without the path when the reader already put it first.
        public var message: String
    }

    public struct Report: Sendable {
        public var added = 0
        public var unchanged = 0
        public var newVersions = 0
        public var failures: [Failure] = []
        /// A failure that stopped the run (read-only file, full disk): later files were not tried.
        public var fatal: RegistryError?
        public var total = 0
    }

    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "pdf"]

    let registry: Registry
    let extractor: any DocumentExtracting
    let workers: Int

    public init(registry: Registry, extractor: any DocumentExtracting, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.registry = registry
        self.extractor = extractor
        self.workers = max(1, workers)
    }

    /// Files named on the command line are taken as given; folders are walked for the
    /// document extensions, skipping hidden files and README files (which describe a folder).
    public static func collect(_ paths: [String]) -> (files: [String], failures: [Failure]) {
        var files: [String] = []
        var failures: [Failure] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                failures.append(Failure(path: p, message: "\(p): no such file or folder")); continue
            }
            guard isDir.boolValue else { files.append(p); continue }
            var found: [String] = []
            let root = URL(fileURLWithPath: p)
            if let e = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) {
                for case let u as URL in e {
                    let name = u.lastPathComponent
                    guard extensions.contains(u.pathExtension.lowercased()), !name.uppercased().hasPrefix("README"),
                          (try? u.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                    // Keep the user's spelling of the folder in the stored path.
                    let rel = u.path.hasPrefix(root.path) ? String(u.path.dropFirst(root.path.count)) : "/" + name
                    found.append((p.hasSuffix("/") ? String(p.dropLast()) : p) + rel)
                }
            }
            files += found.sorted()
        }
        return (files, failures)
    }

    /// Ingests `files`; `progress(done, total)` is called after each file, from any thread.
    public func run(files: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Report {
        run(count: files.count, name: { files[$0] }, load: { try self.extractor.read(path: files[$0]) }, progress: progress)
    }

    /// Ingests `count` sources made on demand by `load(i)` (files, or the benchmark's
    /// generated texts), `workers` at a time. A file's failure is recorded and the others
    /// go on; a read-only or full registry stops the run, since every later file would fail too.
    public func run(count: Int, name: @escaping @Sendable (Int) -> String, load: @escaping @Sendable (Int) throws -> SourceDocument,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) -> Report {
        /// What the workers share: the report, the next index to take, how many are done.
        struct Shared { var report = Report(); var next = 0; var done = 0 }
        let shared = Mutex(Shared())
        shared.withLock { $0.report.total = count }
        DispatchQueue.concurrentPerform(iterations: min(workers, max(count, 1))) { _ in
            while true {
                let taken: Int? = shared.withLock { s in
                    if s.next >= count || s.report.fatal != nil { return nil }
                    defer { s.next += 1 }
                    return s.next
                }
                guard let i = taken else { return }
                let result = ingestOne(name(i)) { try load(i) }
                let d = shared.withLock { s in
                    switch result {
                    case .success(.added(_, let version, _)):
                        s.report.added += 1
                        if version > 1 { s.report.newVersions += 1 }
                    case .success(.unchanged): s.report.unchanged += 1
                    case .failure(let f):
                        if let e = f.error, case .readOnly = e { s.report.fatal = e }
                        else if let e = f.error, case .diskFull = e { s.report.fatal = e }
                        else { s.report.failures.append(f.failure) }
                    }
                    s.done += 1
                    return s.done
                }
                progress?(d, count)
            }
        }
        var report = shared.withLock { $0.report }
        report.failures.sort { $0.path < $1.path }
        return report
    }

    struct FailureBox: Error { var failure: Failure; var error: RegistryError? }

    func ingestOne(_ path: String, _ load: () throws -> SourceDocument) -> Result<StoreOutcome, FailureBox> {
        do {
            return .success(try store(try load()))
        } catch let e as ReadError {
            return .failure(FailureBox(failure: Failure(path: path, message: e.description), error: nil))
        } catch let e as RegistryError {
            return .failure(FailureBox(failure: Failure(path: path, message: "\(path): \(e)"), error: e))
        } catch {
            return .failure(FailureBox(failure: Failure(path: path, message: "\(path): \(error)"), error: nil))
        }
    }

    /// Extracts and stores text already read (the benchmark's generated documents). Content
    /// already in the registry is recognised by its digest before extraction, so re-ingesting
    /// a folder costs a read and a hash per file, not an extraction.
    @discardableResult
    public func store(_ source: SourceDocument) throws -> StoreOutcome {
        if let id = try registry.documentID(sha256: source.sha256) { return .unchanged(id: id) }
        let code = try CodeVersion.detect(path: source.path, text: source.text)
        var doc = try extractor.extract(source)
        if let code { doc = code.document(from: doc) }
        return try registry.store(doc, sourceText: source.text, code: code)
    }
}
