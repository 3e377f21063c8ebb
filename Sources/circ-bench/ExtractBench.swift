import CircExtract
import CircReader
import Foundation

/// The whole pipeline (read excluded: bytes are in memory) over Corpus, document after
/// document as `circ extract` runs it, and one CESEDA consolidation on its own.
enum ExtractBench {
    static func run(_ corpus: BenchCorpus) throws {
        let pipeline = try Pipeline()
        let reader = DocumentReader()
        let docs = try corpus.files.map { try reader.read(path: $0.path) }
        let bytes = Double(docs.reduce(0) { $0 + $1.text.utf8.count })
        var obligations = 0
        let t = BenchCorpus.times(runs: 3) {
            obligations = 0
            for d in docs { obligations += pipeline.extract(d).obligations.count }
        }
        figure("extract_mb_s", bytes / t.wall / 1e6, "MB/s")
        // Per CPU second: what the extraction costs on one core (the references run beside
        // the deadlines and duties, so the wall figure uses two).
        figure("extract_cpu_mb_s", bytes / t.cpu / 1e6, "MB/s")
        if let ceseda = docs.first(where: { $0.path.contains("ceseda") }) {
            var refs = 0
            let tc = BenchCorpus.time(runs: 3) { refs = pipeline.extract(ceseda).references.count }
            figure("extract_ceseda_ms", tc * 1000, "ms")
            figure("extract_ceseda_references", Double(refs), "refs")
        }
        figure("extract_corpus_obligations", Double(obligations), "obligations")
    }
}
