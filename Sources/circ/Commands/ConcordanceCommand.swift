import ArgumentParser
import CircExtract
import Foundation

/// `circ concordance OLD NEW`: the old → new article pairs of a recodified code inferred from
/// two consolidations' texts, as the data file `Lexicons/ceseda-concordance-inferred.json`.
struct ConcordanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance",
        abstract: "Infer an old → new article concordance from two consolidations of a recodified code (JSON).",
        discussion: """
        Articles are paired by their words only (numbers mean nothing across a recodification):
        one article to one (`whole`, Dice similarity ≥ 0.5) or a new article that took over part of
        an old one (`part`, ≥ 80 % of its words found in it). Every pair is a guess with its
        similarity: it is never used to translate a citation until a juriste confirms it in
        Lexicons/ceseda-concordance-confirmations.json.

        Example:
          circ concordance Corpus/ceseda/2017-01-11_ceseda-consolide.md Corpus/ceseda/2025-07-13_ceseda-consolide.md > Lexicons/ceseda-concordance-inferred.json
        """)

    @Argument(help: "The consolidation before the recodification (Markdown, one heading per article).") var old: String
    @Argument(help: "The consolidation after it.") var new: String

    func run() throws {
        let a = try CLI.read(old), b = try CLI.read(new)
        for s in [a, b] where !CodeConsolidation.looksLikeCode(s.text) {
            throw CLIError.failed("\(s.path): not a consolidated code (no Markdown heading per article)")
        }
        let ca = CodeConsolidation(a.text), cb = CodeConsolidation(b.text)
        guard let da = ca.consolidationDate ?? CodeConsolidation.dateFromFileName(a.path),
              let db = cb.consolidationDate ?? CodeConsolidation.dateFromFileName(b.path) else {
            throw CLIError.failed("a consolidation states no date and its file name does not start with YYYY-MM-DD")
        }
        let c = CodeConcordance(old: ca, new: cb)
        func name(_ p: String) -> String { p.split(separator: "/").last.map(String.init) ?? p }
        var out = "{\n"
        out += "  \"description\": \"Inferred, not sourced: old → new article pairs found by comparing the words of two consolidations (circ concordance). A pair is used to translate a citation only once a juriste confirms it in ceseda-concordance-confirmations.json.\",\n"
        out += "  \"from\": \(json(da)),\n  \"to\": \(json(db)),\n"
        out += "  \"fromFile\": \(json(name(a.path))),\n  \"toFile\": \(json(name(b.path))),\n"
        out += "  \"method\": \"whole: Dice similarity of the words >= \(CodeConcordance.wholeAtLeast), one to one, best first; part: >= \(Int(CodeConcordance.partAtLeast * 100)) % of a new article's words (at least \(CodeConcordance.partMinimumWords)) found in one old article, at least \(CodeConcordance.partMargin) better than in any other\",\n"
        out += "  \"oldArticles\": \(ca.articles.count),\n  \"newArticles\": \(cb.articles.count),\n"
        out += "  \"pairs\": [\n"
        out += c.pairs.map { "    {\"old\": \(json($0.old)), \"new\": \(json($0.new)), \"similarity\": \($0.similarity), \"kind\": \(json($0.kind))}" }
            .joined(separator: ",\n")
        out += "\n  ]\n}\n"
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    private func json(_ s: String) -> String {
        String(decoding: (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}
