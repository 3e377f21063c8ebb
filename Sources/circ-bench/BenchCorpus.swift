import Foundation

/// The Corpus folder and its files, found from the working directory or the executable.
struct BenchCorpus {
    let root: URL
    /// The documents the text and extraction figures are measured on (stable across issues).
    let files: [URL]
    /// Every consolidated code version (`ceseda/` and `ceseda-history/`), for the code registry bench.
    let codeVersions: [URL]

    static func locate() -> BenchCorpus {
        let fm = FileManager.default
        var candidates = [URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Corpus")]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 { candidates.append(dir.appendingPathComponent("Corpus")); dir = dir.deletingLastPathComponent() }
        let root = candidates.first { fm.fileExists(atPath: $0.path) } ?? candidates[0]
        var files: [URL] = []
        var codes: [URL] = []
        if let e = fm.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let u as URL in e where ["txt", "md", "html"].contains(u.pathExtension) && u.lastPathComponent != "README.md" {
                // The code's history (issue 10) is only the code registry bench's input: kept
                // out of the corpus-wide figures so they stay comparable with earlier runs.
                if u.path.contains("/ceseda-history/") { codes.append(u) } else { files.append(u) }
                if u.path.contains("/ceseda/") { codes.append(u) }
            }
        }
        return BenchCorpus(root: root, files: files.sorted { $0.path < $1.path }, codeVersions: codes.sorted { $0.lastPathComponent < $1.lastPathComponent })
    }

    /// Wall time of `body` in seconds, best of `runs`.
    static func time(runs: Int = 3, _ body: () throws -> Void) rethrows -> Double {
        try times(runs: runs, body).wall
    }

    /// Wall time and the process's CPU time (all threads) of `body` in seconds, each the best
    /// of `runs`: the CPU time says what a stage run on two cores costs on one.
    static func times(runs: Int = 3, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        var best = (wall: Double.infinity, cpu: Double.infinity)
        for _ in 0..<runs {
            let t0 = DispatchTime.now().uptimeNanoseconds, c0 = cpuSeconds()
            try body()
            best.wall = min(best.wall, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
            best.cpu = min(best.cpu, cpuSeconds() - c0)
        }
        return best
    }

    static func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

func figure(_ name: String, _ value: Double, _ unit: String) {
    print("\(name): \(String(format: value >= 100 ? "%.0f" : "%.2f", value)) \(unit)")
}
