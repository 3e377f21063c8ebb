import ArgumentParser
import CircDiff
import CircPresentation
import CircRegistry

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "An article's history across the code's versions, or the obligations citing a reference by date.",
        discussion: """
        --article CODE:ARTICLE lists every version of the code in the registry in which that
        article's text changed, with its redline, following it when it moved to another number
        (found by text when the versions were ingested) and across the 2021 recodification of the
        CESEDA (sourced or confirmed pairs only; where the table has none, it says so). An article
        that no stored version of the code holds is reported with the number of passages citing it.

        --ref lists by date the obligations citing a reference; a CESEDA number is read as in
        `circ refs --ref` (date-aware). On a code article it first prints the article's history.
        Superseded versions are included, so the history shows how the instruction changed.

        Examples:
          circ history --article CESEDA:L571-1
          circ history --ref CESEDA:L742-5
          circ history --ref "article L. 612-6 du CESEDA" --format markdown
        """)

    @OptionGroup var registry: RegistryOptions
    @Option(help: "A code article (CESEDA:L571-1, \"article L. 571-1 du CESEDA\"): its history across the code's versions.")
    var article: String?
    @Option(help: "The reference (CESEDA:L742-5, \"L. 742-5\", loi:2024-42).")
    var ref: String?
    @Option(name: .customLong("as-of"), help: "Read a CESEDA --ref in the numbering in force on this day (YYYY-MM-DD).")
    var asOf: Parsed<Day>?
    @Flag(help: "Leave out superseded versions.")
    var current = false
    @Option(help: "Output format (--article: table or json).")
    var format = Parsed<OutputFormat>(argument: "table")

    func run() throws {
        let fmt = try format.value("--format")
        guard (article == nil) != (ref == nil) else {
            throw CLIError.invalidValue(flag: "--article / --ref", value: [article, ref].compactMap { $0 }.joined(separator: " "),
                                        valid: "exactly one of --article CODE:ARTICLE or --ref REFERENCE")
        }
        let day = try asOf?.value("--as-of").iso
        let reg = try registry.open(readOnly: true)
        if let article {
            guard let (code, number) = RefQuery.codeArticle(article) else {
                throw CLIError.invalidValue(flag: "--article", value: article, valid: "a code article: CESEDA:L571-1, \"article L. 571-1 du CESEDA\"")
            }
            let hs = try reg.articleHistories(code: code, article: number)
            let style = TerminalPolicy.stdout()
            RegistryCLI.write(fmt == .json ? try JSONOutput.array(hs) : hs.map { ArticleHistoryText.render($0, style: style) }.joined(separator: "\n"))
        } else if let ref {
            try obligations(citing: ref, asOf: day, reg, format: fmt)
        }
    }

    /// `--ref`: on a code article the registry's versions hold, its history first; then the
    /// obligations citing it by date, and why there are none when there are none.
    private func obligations(citing ref: String, asOf day: String?, _ reg: Registry, format fmt: OutputFormat) throws {
        var f = ObligationFilter()
        f.ref = ref
        f.asOf = day
        f.includeSuperseded = !current
        if fmt == .table, let (code, number) = RefQuery.codeArticle(ref) {
            for h in try reg.articleHistories(code: code, article: number) where !h.steps.isEmpty {
                RegistryCLI.write(ArticleHistoryText.render(h, style: TerminalPolicy.stdout()) + "\n")
            }
        }
        let n = try RegistryCLI.streamObligations(reg, f, format: fmt)
        // Why nothing: obligations come from circulars; a reference may be cited elsewhere.
        guard n == 0, fmt == .table else { return }
        let q = try RefQuery.parse(ref, asOf: day)
        var found = 0
        try reg.refPassages(q, includeSuperseded: true) { _ in found += 1 }
        if found > 0 {
            RegistryCLI.write("Aucune obligation ne cite \(ref), mais \(found) passage\(found == 1 ? "" : "s") le cite\(found == 1 ? "" : "nt") (versions de codes, textes sans obligation) : `circ refs --ref \(ref) --all-versions`.\n")
        } else {
            RegistryCLI.write("Aucun document du registre ne cite \(ref).\n")
        }
    }
}
