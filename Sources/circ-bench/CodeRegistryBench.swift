import CircExtract
import CircPipeline
import CircPresentation
import CircRegistry
import Foundation

/// Codes in the registry at scale (issue 10): every CESEDA consolidation of the Corpus
/// (2005 → 2025) and 10,000 generated circulars in one registry, then the reference queries
/// a juriste runs — `refs --ref`, `obligations --ref`, `history --article` / `--ref` — each
/// rendered as the CLI would (table form, to a sink that discards it), every row read.
///
/// The queries run in a child process (this executable, `CIRC_BENCH_CODES_DB` set) so that
/// their peak RSS is theirs, not the ingest's. `CIRC_BENCH_DOCS` changes the circular count.
enum CodeRegistryBench {
    static func run(_ corpus: BenchCorpus) throws {
        if let db = ProcessInfo.processInfo.environment["CIRC_BENCH_CODES_DB"] {
            try queries(db)
            return
        }
        let count = ProcessInfo.processInfo.environment["CIRC_BENCH_DOCS"].flatMap(Int.init) ?? 10_000
        let generator = try RegistryBenchGenerator(corpus: corpus)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("circ-bench-codes-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let keep = ProcessInfo.processInfo.environment["CIRC_BENCH_KEEP"] != nil
        defer {
            if keep { print("codes_bench_db: \(dir.path)/bench.sqlite") } else { try? FileManager.default.removeItem(at: dir) }
        }
        let path = dir.appendingPathComponent("bench.sqlite").path
        var files: [String] = corpus.codeVersions.map(\.path)
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        for i in 0..<count {
            let d = generator.document(i)
            let file = docs.appendingPathComponent(URL(fileURLWithPath: d.path).lastPathComponent).path
            try Data(d.text.utf8).write(to: URL(fileURLWithPath: file))
            files.append(file)
        }
        figure("codes_bench_code_versions", Double(corpus.codeVersions.count), "versions")

        let t0 = DispatchTime.now().uptimeNanoseconds
        let report: Ingester.Report
        do {
            let registry = try Registry(path: path)
            report = Ingester(registry: registry, pipeline: try Pipeline()).run(files: files)
        }
        if !report.failures.isEmpty || report.fatal != nil {
            print("codes_ingest_failures: \(report.failures.count) (first: \(report.failures.first?.message ?? report.fatal?.description ?? ""))")
        }
        figure("codes_ingest_s", Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9, "s")
        figure("codes_ingest_peak_mb", RegistryBench.peakMemoryMB(), "MB")
        figure("codes_registry_mb", RegistryBench.fileMB(path) + RegistryBench.fileMB(path + "-wal"), "MB")

        // The queries in a fresh process: their own peak memory.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        child.arguments = ["codes"]
        var env = ProcessInfo.processInfo.environment
        env["CIRC_BENCH_CODES_DB"] = path
        child.environment = env
        try child.run()
        child.waitUntilExit()
    }

    /// A query and what it does for one run: the rows it rendered.
    struct Query {
        var name: String
        var run: (Registry) throws -> Int
    }

    static func mix() -> [Query] {
        let style = TerminalStyle.plain
        func refs(_ r: String) -> Query {
            Query(name: "refs --ref \(r)") { reg in
                let q = try RefQuery.parse(r)
                var bytes = 0
                let s = ListRenderers.passageStream(format: .table, style: style) { bytes += $0.utf8.count }
                try reg.refPassages(q) { try s.add($0) }
                s.finish(empty: ListRenderers.passagesEmpty, footer: { ListRenderers.passagesFooter($0, style: style) })
                return s.count
            }
        }
        func obligations(_ r: String, superseded: Bool = false, limit: Int? = nil, name: String = "obligations") -> Query {
            Query(name: "\(name) --ref \(r)") { reg in
                var f = ObligationFilter(); f.ref = r; f.includeSuperseded = superseded; f.limit = limit
                var bytes = 0
                let s = ObligationRenderer.stream(format: .table, style: style) { bytes += $0.utf8.count }
                try reg.obligations(f) { try s.add($0) }
                s.finish(empty: ObligationRenderer.emptyMessage, footer: { ObligationRenderer.footer($0, style: style) })
                return s.count
            }
        }
        func history(_ a: String) -> Query {
            Query(name: "history --article \(a)") { reg in
                let (code, number) = RefQuery.codeArticle(a)!
                let hs = try reg.articleHistories(code: code, article: number)
                _ = try JSONOutput.array(hs)
                return hs.reduce(0) { $0 + $1.steps.count }
            }
        }
        return [
            refs("CESEDA:L551-1"), refs("CESEDA:L511-1"), refs("CESEDA:L741-1"), refs("L. 742-5"), refs("CESEDA:L612-6"),
            obligations("CESEDA:L551-1"), obligations("L. 742-5"), obligations("CESEDA:L612-6", limit: 100),
            obligations("article 40 du code de procédure pénale"),
            obligations("CESEDA:L742-5", superseded: true, name: "history"),
            history("CESEDA:L571-1"), history("CESEDA:L551-1"), history("CESEDA:L511-1"), history("CESEDA:L741-1"),
        ]
    }

    static func queries(_ path: String) throws {
        let reg = try Registry(path: path, readOnly: true)
        // CIRC_BENCH_ONLY=WORDS: only the queries whose name contains them (to profile one).
        let only = ProcessInfo.processInfo.environment["CIRC_BENCH_ONLY"]
        let mix = mix().filter { q in only.map { q.name.contains($0) } ?? true }
        var all: [Double] = []
        var perQuery: [(String, [Double], Int)] = []
        for q in mix {
            var rows = try q.run(reg)  // warm-up
            var times: [Double] = []
            for _ in 0..<15 {
                let t = DispatchTime.now().uptimeNanoseconds
                rows = try q.run(reg)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            all += times
            perQuery.append((q.name, times, rows))
        }
        for (name, times, rows) in perQuery {
            print("  \(name): p95 \(String(format: "%.1f", RegistryBench.percentile(times, 0.95))) ms, \(rows) rows")
        }
        figure("codes_query_p50_ms", RegistryBench.percentile(all, 0.50), "ms")
        figure("codes_query_p95_ms", RegistryBench.percentile(all, 0.95), "ms")
        figure("codes_query_worst_p95_ms", perQuery.map { RegistryBench.percentile($0.1, 0.95) }.max() ?? 0, "ms")
        figure("codes_query_peak_mb", RegistryBench.peakMemoryMB(), "MB")
    }
}
