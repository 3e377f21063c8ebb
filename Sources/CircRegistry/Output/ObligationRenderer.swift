/// Prints obligation rows in every `--format`. The terminal form is a block per obligation
/// (a header line, the wrapped text, its references and deadlines), because the text is
/// what a juriste reads and a grid would squeeze it into a narrow column.
public enum ObligationRenderer {
    public static func render(_ rows: [ObligationRow], format: OutputFormat, style: TerminalStyle) throws -> String {
        switch format {
        case .json: return try JSONOutput.array(rows)
        case .jsonl: return try JSONOutput.lines(rows)
        case .csv: return tabular(rows).csv()
        case .markdown: return tabular(rows).markdown()
        case .table: return blocks(rows, style: style)
        }
    }

    static let headers = ["id", "document", "date", "kind", "nor", "section", "modality", "actor", "emphasis",
                          "references", "deadlines", "text"]

    static func cells(_ r: ObligationRow) -> [String] {
        [String(r.id), String(r.document.id), r.document.date ?? "", r.document.kind, r.document.nor ?? "",
         r.section ?? "", r.modality, r.actor ?? "", r.emphasis ? "yes" : "no",
         r.references.joined(separator: " "), r.deadlines.joined(separator: " "), r.text]
    }

    static func tabular(_ rows: [ObligationRow]) -> Tabular {
        Tabular(headers: headers, rows: rows.map(cells))
    }

    /// Rows printed as they are read (`Registry.obligations(_:each:)`).
    public static func stream(format: OutputFormat, style: TerminalStyle, sink: @escaping (String) -> Void) -> RowStream<ObligationRow> {
        RowStream(format: format, headers: headers, cells: cells, block: { block($0, style: style) }, sink: sink)
    }

    public static let emptyMessage = "no matching obligations\n"
    public static func footer(_ n: Int, style: TerminalStyle) -> String {
        style.dim("\(n) obligation\(n == 1 ? "" : "s")") + "\n"
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
            var head = ["#\(r.id)", r.document.date ?? "undated", r.document.kind]
            if let nor = r.document.nor { head.append(nor) }
            if let s = r.section { head.append("§" + s) }
            head.append(r.modality + (r.emphasis ? "!" : ""))
            if let a = r.actor { head.append(a) }
            out += style.bold(DisplayWidth.truncate(head.joined(separator: "  "), style.width)) + "\n"
            for line in DisplayWidth.wrap(r.text, width: textWidth) { out += indent + line + "\n" }
            var tail: [String] = []
            if !r.references.isEmpty { tail.append("refs: " + r.references.joined(separator: ", ")) }
            if !r.deadlines.isEmpty { tail.append("deadlines: " + r.deadlines.joined(separator: ", ")) }
            if !tail.isEmpty {
                for line in DisplayWidth.wrap(tail.joined(separator: " · "), width: textWidth) { out += indent + style.dim(line) + "\n" }
            }
            out += "\n"
        }
        return out
    }
}
