import ArgumentParser
import CircExtract
import CircPipeline
import CircRegistry
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract documents and store them in the registry.",
        discussion: """
        Folders are walked recursively for .txt, .md, .html and .pdf files (README files and
        hidden files are skipped). Each file is stored in its own transaction: a file that fails
        is named on stderr with its reason and leaves nothing behind; the others go in. The same
        content twice is one document; a changed text with the same NOR is a new version, and the
        earlier one is kept, marked superseded. Queries can run while an ingest is going on.

        Exit status: 0 when every file went in (or was already there), 1 otherwise.

        Examples:
          circ ingest Corpus
          circ ingest --db registry.sqlite note.pdf circulaire.html
          CIRC_DB=/data/circ.sqlite circ ingest ~/inbox
        """)

    @OptionGroup var registry: RegistryOptions

    @Argument(help: "Files and folders to ingest.")
    var paths: [String]

    @Option(help: "Extraction threads (default: one per core).")
    var jobs: Int?

    func run() throws {
        // Document after document: keep big blocks in the heap. Not for one-shot commands,
        // where glibc's mmap lets a growing array be moved without a second copy (lower peak).
        ProcessTuning.keepLargeBlocksInHeap()
        let (files, missing) = Ingester.collect(paths)
        let reg = try registry.open(readOnly: false)
        let ingester = Ingester(registry: reg, pipeline: try Pipeline(), workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // A progress line only where someone watches it: stderr on a terminal.
        let showProgress = isatty(STDERR_FILENO) == 1 && files.count > 1
        @Sendable func progress(_ done: Int, _ total: Int) {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(OutputLabels.shared("ingest.progress", done, total))".utf8))
        }
        let report = ingester.run(files: files, progress: showProgress ? progress : nil)
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for f in missing + report.failures { CLI.printError("circ: " + f.message) }
        if let fatal = report.fatal { CLI.printError("circ: " + CLI.describe(fatal)) }
        let failed = missing.count + report.failures.count
        RegistryCLI.write(summary(report, failed: failed) + " → \(registry.path)\n")
        // Each failure is named above: the exit status says only that some input failed.
        if failed > 0 || report.fatal != nil { throw ExitCode(1) }
    }

    /// The closing line, in French: added (new versions among them), unchanged, failed.
    private func summary(_ report: Ingester.Report, failed: Int) -> String {
        let L = OutputLabels.shared
        var summary = L.counted(report.added, "ingest.added")
        if report.newVersions > 0 { summary += " (" + L.count(report.newVersions, "noun.newVersion") + ")" }
        summary += ", " + L.counted(report.unchanged, "ingest.unchanged") + ", " + L.counted(failed, "ingest.failed")
        if report.fatal != nil { summary += ", " + L("ingest.stopped") }
        return summary
    }
}
