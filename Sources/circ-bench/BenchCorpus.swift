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
        var best = Double.infinity
        for _ in 0..<runs {
            let t0 = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        return best
    }
}

func figure(_ name: String, _ value: Double, _ unit: String) {
    print("\(name): \(String(format: value >= 100 ? "%.0f" : "%.2f", value)) \(unit)")
}
