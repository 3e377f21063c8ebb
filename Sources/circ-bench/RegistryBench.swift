import CircExtract
import CircPipeline
import CircRegistry
import Foundation

/// Registry at scale (issues 4 and 6): 10,000 generated documents through extraction and
/// ingest on every core, then a fixed mix of `circ obligations` queries on the result.
/// `CIRC_BENCH_DOCS` changes the count (for a quick look); the figures assume 10,000.
/// Ingest is timed from files already written, so it measures what `circ ingest` does.
enum RegistryBench {
    static func run(_ corpus: BenchCorpus) throws {
        let count = ProcessInfo.processInfo.environment["CIRC_BENCH_DOCS"].flatMap(Int.init) ?? 10_000
        let generator = try RegistryBenchGenerator(corpus: corpus)
        // CIRC_BENCH_DB=FILE: queries only, on a registry kept by an earlier CIRC_BENCH_KEEP run.
        if let existing = ProcessInfo.processInfo.environment["CIRC_BENCH_DB"] {
            try queryFigures(try Registry(path: existing, readOnly: true), generator: generator, count: count, path: existing)
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("circ-bench-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // CIRC_BENCH_KEEP=1 keeps the registry (its path is printed) to look at query plans.
        let keep = ProcessInfo.processInfo.environment["CIRC_BENCH_KEEP"] != nil
        defer {
            if keep { print("registry_bench_db: \(dir.path)/bench.sqlite") } else { try? FileManager.default.removeItem(at: dir) }
        }
        let path = dir.appendingPathComponent("bench.sqlite").path

        // The documents are written as files first (not timed), so that the timed part is
        // exactly what `circ ingest FOLDER` does: read, extract on every core, store.
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        var files: [String] = []
        files.reserveCapacity(count)
        for i in 0..<count {
            let d = generator.document(i)
            let file = docs.appendingPathComponent(URL(fileURLWithPath: d.path).lastPathComponent).path
            try Data(d.text.utf8).write(to: URL(fileURLWithPath: file))
            files.append(file)
        }
        figure("registry_bench_text_mb", Double(files.reduce(0) { $0 + Int(fileMB($1) * 1_048_576) }) / 1_048_576, "MB")

        let pipeline = try Pipeline()
        let report: Ingester.Report
        let t0 = DispatchTime.now().uptimeNanoseconds
        do {
            let registry = try Registry(path: path)
            report = Ingester(registry: registry, pipeline: pipeline).run(files: files)
        }
        let ingestSeconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        if !report.failures.isEmpty || report.fatal != nil {
            print("registry_ingest_failures: \(report.failures.count) (first: \(report.failures.first?.message ?? report.fatal?.description ?? ""))")
        }
        figure("ingest_docs_s", ingestSeconds, "s")
        figure("ingest_docs_per_s", Double(report.added) / ingestSeconds, "docs/s")
        figure("ingest_peak_mb", peakMemoryMB(), "MB")

        try queryFigures(try Registry(path: path, readOnly: true), generator: generator, count: count, path: path)
    }

    static func queryFigures(_ registry: Registry, generator: RegistryBenchGenerator, count: Int, path: String) throws {
        let latencies = try queryLatencies(registry, nors: (0..<5).map { generatorNOR(generator, $0 * max(1, count / 5)) })
        figure("query_p50_ms", percentile(latencies, 0.50), "ms")
        figure("query_p95_ms", percentile(latencies, 0.95), "ms")
        figure("registry_obligations", Double(try registry.obligationCount()), "rows")
        figure("registry_mb", fileMB(path) + fileMB(path + "-wal"), "MB")
    }

    static func generatorNOR(_ g: RegistryBenchGenerator, _ i: Int) -> String {
        let text = g.document(i).text
        guard let r = text.range(of: #"INTK[0-9]{7}[A-Z]"#, options: .regularExpression) else { return "INTK2428339J" }
        return String(text[r])
    }

    /// The fixed mix: the questions of the issue, each as a juriste's first page (100 rows).
    static func queries(nors: [String]) -> [ObligationFilter] {
        func f(_ build: (inout ObligationFilter) -> Void) -> ObligationFilter {
            var x = ObligationFilter(); x.limit = 100; build(&x); return x
        }
        var mix: [ObligationFilter] = [
            f { $0.ref = "L. 742-5" },
            f { $0.ref = "CESEDA:L612-6" },
            f { $0.ref = "article 40 du code de procédure pénale" },
            f { $0.addressee = "préfets de département"; $0.deadline = "monthly" },
            f { $0.deadline = "quarterly" },
            f { $0.search = "rétention" },
            f { $0.search = "éloignement étrangers" },
            f { $0.search = "prolongation OR assignation" },
            f { $0.code = "CESEDA"; $0.since = "2020" },
            f { $0.modality = Modality.permission.rawValue; $0.kind = DocumentKind.note.rawValue },
            f { $0.deadline = "asap"; $0.since = "2015"; $0.until = "2018" },
            f { $0.search = "titre séjour"; $0.modality = Modality.obligation.rawValue },
            f { _ in },
        ]
        mix += nors.map { nor in f { $0.doc = nor } }
        return mix
    }

    static func queryLatencies(_ registry: Registry, nors: [String]) throws -> [Double] {
        // Warm the page cache once; a --doc NOR the extractor did not find is left out of the mix.
        let mix = queries(nors: nors).filter { (try? registry.obligations($0)) != nil }
        var out: [Double] = []
        var perQuery = Array(repeating: [Double](), count: mix.count)
        for _ in 0..<15 {
            for (k, q) in mix.enumerated() {
                let t = DispatchTime.now().uptimeNanoseconds
                _ = try registry.obligations(q)
                let ms = Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
                out.append(ms); perQuery[k].append(ms)
            }
        }
        if ProcessInfo.processInfo.environment["CIRC_BENCH_VERBOSE"] != nil {
            for (k, q) in mix.enumerated() {
                let what = [q.ref, q.addressee, q.code, q.modality, q.deadline, q.since, q.until, q.kind, q.doc, q.search].compactMap { $0 }
                print("  query \(what.joined(separator: " + ")): p50 \(percentile(perQuery[k], 0.5)) ms, max \(perQuery[k].max() ?? 0) ms")
            }
        }
        return out
    }

    static func percentile(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.sorted()
        guard !s.isEmpty else { return 0 }
        return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
    }

    static func fileMB(_ path: String) -> Double {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
        return size / 1_048_576
    }

    /// The process's peak resident memory (VmHWM), in MB.
    static func peakMemoryMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kb = Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "") ?? 0
        return kb / 1024
    }
}
