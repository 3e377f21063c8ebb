import CircExtract
#if canImport(Glibc)
// `stdout` is a C global: Glibc's declarations predate Swift concurrency.
@preconcurrency import Glibc
#endif

/// circ-bench prints one figure per line, `name: value unit`, for the notes and for
/// regressions. Each area owns its file; this one only orders them.
setvbuf(stdout, nil, _IOLBF, 0)
ProcessTuning.keepLargeBlocksInHeap()   // as `circ` does
let corpus = BenchCorpus.locate()
let only = CommandLine.arguments.dropFirst().first
for (name, run) in [("text", TextBench.run), ("extract", ExtractBench.run),
                    ("registry", RegistryBench.run), ("codes", CodeRegistryBench.run), ("diff", DiffBench.run),
                    ("hardening", HardeningBench.run)] as [(String, (BenchCorpus) throws -> Void)] {
    if let only, only != name { continue }
    do { try run(corpus) } catch { print("\(name)_error: \(error)") }
}
