import CircDiff
import Foundation

/// `diff_ceseda_ms`: the two CESEDA consolidations (1.1 MB each) split into articles and
/// diffed article by article with word redlines, files already in memory; best of 3.
/// Target: at most 500 ms in release. `diff_ceseda_html_ms` adds rendering the HTML page.
enum DiffBench {
    static func run(_ corpus: BenchCorpus) throws {
        let pair = corpus.files.filter { $0.path.contains("/ceseda/") }.sorted { $0.path < $1.path }
        guard pair.count >= 2 else { print("diff_error: CESEDA pair not found under \(corpus.root.path)"); return }
        let old = try String(contentsOf: pair[0], encoding: .utf8), new = try String(contentsOf: pair[1], encoding: .utf8)
        let header = DocumentHeader(path: "", sha256: "", kind: .code, date: nil, nor: nil, subject: nil, count: 0)
        var report: DiffReport? = nil
        let t = BenchCorpus.time {
            report = CodeDiffer().diff(oldText: old, newText: new, oldHeader: header, newHeader: header)
        }
        figure("diff_ceseda_ms", t * 1000, "ms")
        let th = BenchCorpus.time { _ = HTMLRenderer().render(report!) }
        figure("diff_ceseda_html_ms", (t + th) * 1000, "ms")
        if let r = report {
            figure("diff_ceseda_changed_articles", Double(r.summary.modified + r.summary.added + r.summary.removed), "articles")
        }
    }
}
