import CircContract
import CircLexicon
import CircRegistry

/// Prints obligation rows in every `--format`. The terminal form is a block per obligation
/// (a header line, the wrapped text, its references and deadlines), because the text is
/// what a juriste reads and a grid would squeeze it into a narrow column.
public enum ObligationRenderer {
    public static func render(_ rows: [ObligationRow], format: OutputFormat, style: TerminalStyle) throws -> String {
        switch format {
        case .json: return try JSONOutput.array(rows)
        case .jsonl: return try JSONOutput.lines(rows)
        case .csv: return tabular(rows).csv()
        case .markdown: return Tabular(headers: frenchHeaders, rows: rows.map(frenchCells)).markdown()
        case .table: return blocks(rows, style: style)
        }
    }

    /// CSV keeps the JSON field names and canonical values: it is read by programs and
    /// spreadsheets' formulas, like the JSON.
    static let headers = ["id", "document", "date", "kind", "nor", "section", "modality", "actor", "emphasis",
                          "references", "deadlines", "text"]

    /// The Markdown table a juriste pastes into a note: French headers and values, deadlines in words.
    static var frenchHeaders: [String] { OutputLabels.shared("obligations.headers").components(separatedBy: "|") }

    static func frenchCells(_ r: ObligationRow) -> [String] {
        let L = OutputLabels.shared
        return [String(r.id), String(r.document.id), r.document.date ?? "", L.name("kind", r.document.kind), r.document.nor ?? "",
                r.section ?? "", L.name("modality", r.modality), r.actor.map { L.name("actor", $0) } ?? "",
                L.name("yesno", String(r.emphasis)),
                r.references.joined(separator: " "), r.deadlines.map(L.deadline).joined(separator: ", "), r.text]
    }

    static func cells(_ r: ObligationRow) -> [String] {
        [String(r.id), String(r.document.id), r.document.date ?? "", r.document.kind, r.document.nor ?? "",
         r.section ?? "", r.modality, r.actor ?? "", r.emphasis ? "yes" : "no",
         r.references.joined(separator: " "), r.deadlines.joined(separator: " "), r.text]
    }

    public static func tabular(_ rows: [ObligationRow]) -> Tabular {
        Tabular(headers: headers, rows: rows.map(cells))
    }

    /// Rows printed as they are read (`Registry.obligations(_:each:)`).
    public static func stream(format: OutputFormat, style: TerminalStyle, sink: @escaping (String) -> Void) -> RowStream<ObligationRow> {
        RowStream(format: format, headers: format == .markdown ? frenchHeaders : headers, cells: format == .markdown ? { frenchCells($0) } : { cells($0) },
                  block: { block($0, style: style) }, sink: sink)
    }

    public static var emptyMessage: String { OutputLabels.shared("obligations.none") + "\n" }
    public static func footer(_ n: Int, style: TerminalStyle) -> String {
        style.dim(OutputLabels.shared.count(n, "noun.obligation")) + "\n"
    }

    static func blocks(_ rows: [ObligationRow], style: TerminalStyle) -> String {
        if rows.isEmpty { return emptyMessage }
        return rows.map { block($0, style: style) }.joined() + footer(rows.count, style: style)
    }

    static func block(_ r: ObligationRow, style: TerminalStyle) -> String {
        let indent = "    "
        let textWidth = style.width - indent.count
        var out = ""
        do {
            let L = OutputLabels.shared
            var head = ["#\(r.id)", r.document.date ?? L("undated"), L.name("kind", r.document.kind)]
            if let nor = r.document.nor { head.append(nor) }
            if let s = r.section { head.append("§" + s) }
            head.append(L.name("modality", r.modality) + (r.emphasis ? "!" : ""))
            if let a = r.actor { head.append(L.name("actor", a)) }
            out += style.bold(DisplayWidth.truncate(head.joined(separator: "  "), style.width)) + "\n"
            for line in DisplayWidth.wrap(r.text, width: textWidth) { out += indent + line + "\n" }
            var tail: [String] = []
            if !r.references.isEmpty { tail.append(L("label.references", r.references.joined(separator: ", "))) }
            if !r.deadlines.isEmpty { tail.append(L("label.deadlines", r.deadlines.map(L.deadline).joined(separator: ", "))) }
            if !tail.isEmpty {
                for line in DisplayWidth.wrap(tail.joined(separator: " · "), width: textWidth) { out += indent + style.dim(line) + "\n" }
            }
            out += "\n"
        }
        return out
    }
}
