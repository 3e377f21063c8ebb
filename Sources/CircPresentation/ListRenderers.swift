import CircContract
import CircLexicon
import CircRegistry

/// `circ refs`, `circ refs --ref`, `circ docs` in every format.
public enum ListRenderers {
    public static func refs(_ items: [RefSummary], format: OutputFormat, style: TerminalStyle) throws -> String {
        switch format {
        case .json: return try JSONOutput.array(items)
        case .jsonl: return try JSONOutput.lines(items)
        case .csv:
            return Tabular(headers: ["reference", "docs", "obligations", "first", "last", "kind"], rows: items.map {
                [$0.id, String($0.documents), String($0.obligations), $0.firstDate ?? "", $0.lastDate ?? "", $0.kind]
            }).csv()
        default:
            let L = OutputLabels.shared
            let t = Tabular(headers: L("refs.headers").components(separatedBy: "|"), rows: items.map {
                [$0.id, String($0.documents), String($0.obligations), $0.firstDate ?? "", $0.lastDate ?? "", L.name("refkind", $0.kind)]
            })
            return format == .markdown ? t.markdown() : (items.isEmpty ? L("refs.none") + "\n" : t.table(style, maxColumn: 30))
        }
    }

    public static func passages(_ items: [RefPassage], format: OutputFormat, style: TerminalStyle) throws -> String {
        var out = ""
        let s = passageStream(format: format, style: style) { out += $0 }
        for p in items { try s.add(p) }
        s.finish(empty: passagesEmpty, footer: { passagesFooter($0, style: style) })
        return out
    }

    static let passageHeaders = ["reference", "document", "date", "kind", "nor", "as written", "passage", "numbering"]

    /// Passages printed as they are read (`Registry.refPassages(_:each:)`).
    public static func passageStream(format: OutputFormat, style: TerminalStyle, sink: @escaping (String) -> Void) -> RowStream<RefPassage> {
        // CSV keeps field names and canonical values; Markdown and the terminal speak French.
        let L = OutputLabels.shared
        let french = format != .csv
        return RowStream(format: format, headers: french ? L("passages.headers").components(separatedBy: "|") : passageHeaders, cells: {
            [$0.id, String($0.documentID), $0.date ?? "", french ? L.name("kind", $0.kind) : $0.kind, $0.nor ?? "", $0.text, $0.passage, $0.numbering ?? ""]
        }, block: { p in
            let head = [p.id, L("label.document", p.documentID), p.date ?? L("undated"), L.name("kind", p.kind), p.nor].compactMap { $0 }.joined(separator: "  ")
            var out = style.bold(DisplayWidth.truncate(head, style.width)) + "\n"
            for line in DisplayWidth.wrap(p.passage, width: style.width - 4) { out += "    " + line + "\n" }
            return out + "\n"
        }, sink: sink)
    }

    public static var passagesEmpty: String { OutputLabels.shared("passages.none") + "\n" }
    public static func passagesFooter(_ n: Int, style: TerminalStyle) -> String {
        style.dim(OutputLabels.shared.count(n, "noun.passage")) + "\n"
    }

    public static func documents(_ items: [DocumentSummary], format: OutputFormat, style: TerminalStyle) throws -> String {
        switch format {
        case .json: return try JSONOutput.array(items)
        case .jsonl: return try JSONOutput.lines(items)
        default:
            let L = OutputLabels.shared
            let csv = format == .csv
            let t = Tabular(headers: csv ? ["id", "date", "kind", "nor", "obl", "version", "subject or file"] : L("docs.headers").components(separatedBy: "|"),
                            rows: items.map { d in
                let version = d.supersededBy.map { "v\(d.version)→\($0)" } ?? "v\(d.version)"
                // A code version reads as the code and its date: "CESEDA, version consolidée au 2016-11-01".
                let what = d.code.map { "\($0), version consolidée au \(d.date ?? "?")" } ?? d.subject ?? d.path.lastComponent
                return [String(d.id), d.date ?? "", csv ? d.kind : L.name("kind", d.kind), d.code ?? d.nor ?? "", String(d.obligations), version, what]
            })
            return csv ? t.csv() : format == .markdown ? t.markdown() : (items.isEmpty ? L("docs.none") + "\n" : t.table(style, maxColumn: 14, wrapLast: false))
        }
    }
}

extension String {
    /// The file name of a stored path, for narrow tables.
    var lastComponent: String { split(separator: "/").last.map(String.init) ?? self }
}
