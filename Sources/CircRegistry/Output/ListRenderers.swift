/// `circ refs`, `circ refs --ref`, `circ docs` in every format.
public enum ListRenderers {
    public static func refs(_ items: [RefSummary], format: OutputFormat, style: TerminalStyle) throws -> String {
        switch format {
        case .json: return try JSONOutput.array(items)
        case .jsonl: return try JSONOutput.lines(items)
        default:
            let t = Tabular(headers: ["reference", "docs", "obligations", "first", "last", "kind"], rows: items.map {
                [$0.id, String($0.documents), String($0.obligations), $0.firstDate ?? "", $0.lastDate ?? "", $0.kind]
            })
            return format == .csv ? t.csv() : format == .markdown ? t.markdown() : (items.isEmpty ? "no references\n" : t.table(style, maxColumn: 30))
        }
    }

    public static func passages(_ items: [RefPassage], format: OutputFormat, style: TerminalStyle) throws -> String {
        switch format {
        case .json: return try JSONOutput.array(items)
        case .jsonl: return try JSONOutput.lines(items)
        case .csv, .markdown:
            let t = Tabular(headers: ["reference", "document", "date", "kind", "nor", "as written", "passage"], rows: items.map {
                [$0.id, String($0.documentID), $0.date ?? "", $0.kind, $0.nor ?? "", $0.text, $0.passage]
            })
            return format == .csv ? t.csv() : t.markdown()
        case .table:
            if items.isEmpty { return "no passage cites it\n" }
            var out = ""
            for p in items {
                let head = [p.id, "doc \(p.documentID)", p.date ?? "undated", p.kind, p.nor].compactMap { $0 }.joined(separator: "  ")
                out += style.bold(DisplayWidth.truncate(head, style.width)) + "\n"
                for line in DisplayWidth.wrap(p.passage, width: style.width - 4) { out += "    " + line + "\n" }
                out += "\n"
            }
            return out + style.dim("\(items.count) passage\(items.count == 1 ? "" : "s")") + "\n"
        }
    }

    public static func documents(_ items: [DocumentSummary], format: OutputFormat, style: TerminalStyle) throws -> String {
        switch format {
        case .json: return try JSONOutput.array(items)
        case .jsonl: return try JSONOutput.lines(items)
        default:
            let t = Tabular(headers: ["id", "date", "kind", "nor", "obl", "version", "subject or file"], rows: items.map { d in
                let version = d.supersededBy.map { "v\(d.version)→\($0)" } ?? "v\(d.version)"
                return [String(d.id), d.date ?? "", d.kind, d.nor ?? "", String(d.obligations), version,
                        d.subject ?? d.path.lastComponent]
            })
            return format == .csv ? t.csv() : format == .markdown ? t.markdown() : (items.isEmpty ? "the registry is empty\n" : t.table(style, maxColumn: 14, wrapLast: false))
        }
    }
}

extension String {
    /// The file name of a stored path, for narrow tables.
    var lastComponent: String { split(separator: "/").last.map(String.init) ?? self }
}
