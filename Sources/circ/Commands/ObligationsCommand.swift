import ArgumentParser
import CircPresentation
import CircRegistry

/// The filters of `circ obligations`, reused by `circ history`.
struct ObligationFilterOptions: ParsableArguments {
    @Option(help: "Who must act: a slug (prefet-de-departement) or words (\"préfets de département\").")
    var addressee: String?
    @Option(help: "A cited reference: CESEDA:L742-5, \"L. 742-5\" (any code), \"article L742-5 du CESEDA\", loi:2024-42.")
    var ref: String?
    @Option(name: .customLong("as-of"), help: "Read a CESEDA --ref in the numbering in force on this day (YYYY-MM-DD); default: each numbering that has the number.")
    var asOf: Parsed<Day>?
    @Option(help: "Cites any article of this code (CESEDA, CPP, CP, CSS, CSI, CGCT, CJA, CRPA, CASF, CCIV, CT).")
    var code: String?
    @Option(help: "obligation, recommendation, permission, prohibition or reminder.")
    var modality: String?
    @Option(help: "daily, weekly, monthly, quarterly, yearly, asap, a value (R/P1M, PT48H) or dates 2015-03-01..2015-03-31.")
    var deadline: String?
    @Option(help: "Documents dated on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
    var since: String?
    @Option(help: "Documents dated on or before.")
    var until: String?
    @Option(help: "Document kind: circulaire, instruction, note, communique, depeche, article, unknown.")
    var kind: String?
    @Option(help: "One document: registry id, NOR, date (YYYY-MM-DD) or sha256 prefix.")
    var doc: String?
    @Option(help: "Words in the obligation's text; case, accents and French endings do not matter. OR between words, word* for a prefix.")
    var search: String?
    @Flag(help: "Include superseded versions of documents.")
    var allVersions = false

    /// The filter; the values the registry checks (a modality, a date…) are refused there,
    /// and reported with their flag by `CLI.report`.
    func filter() throws -> ObligationFilter {
        var f = ObligationFilter()
        f.addressee = addressee; f.ref = ref; f.asOf = try asOf?.value("--as-of").iso; f.code = code; f.modality = modality; f.deadline = deadline
        f.since = since; f.until = until; f.kind = kind; f.doc = doc; f.search = search
        f.includeSuperseded = allVersions
        return f
    }
}

struct ObligationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "obligations",
        abstract: "List the obligations of the registry, filtered.",
        discussion: """
        Filters combine (AND). A bad value is reported with the valid ones (exit 2). Rows are
        printed as they are read. A CESEDA --ref is date-aware, as in `circ refs --ref`.

        Examples:
          circ obligations --ref "L. 742-5"
          circ obligations --addressee "préfets de département" --deadline monthly
          circ obligations --search rétention --since 2020 --format csv > retention.csv
          circ obligations --code CESEDA --modality obligation --limit 20
        """)

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var filters: ObligationFilterOptions
    @Option(help: "At most this many obligations (0: all).")
    var limit: Parsed<RowLimit>?
    @Option(help: "Output format.")
    var format = Parsed<OutputFormat>(argument: "table")

    func run() throws {
        let fmt = try format.value("--format")
        var f = try filters.filter()
        f.limit = try limit?.value("--limit").rows ?? 0
        let reg = try registry.open(readOnly: true)
        try RegistryCLI.streamObligations(reg, f, format: fmt)
    }
}
