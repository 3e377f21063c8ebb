import Foundation

/// Prints rows as they come, in any `--format`, so that a query of thousands of rows never
/// holds them all (nor their rendering) in memory. JSON is the same array `JSONOutput.array`
/// prints, item by item; a table is a block per row; CSV and Markdown a line per row.
public final class RowStream<T: Encodable> {
    let format: OutputFormat
    let headers: [String]
    let cells: (T) -> [String]
    let block: (T) -> String
    let sink: (String) -> Void
    private var buffer = ""
    public private(set) var count = 0
    private let pretty = JSONOutput.encoder(pretty: true)
    private let compact = JSONOutput.encoder(pretty: false)

    /// `block`: one row in the terminal form; `sink` receives the output in chunks.
    public init(format: OutputFormat, headers: [String], cells: @escaping (T) -> [String],
                block: @escaping (T) -> String, sink: @escaping (String) -> Void) {
        self.format = format; self.headers = headers; self.cells = cells; self.block = block; self.sink = sink
    }

    /// Text that is not a row (a heading between groups in the terminal form); dropped in
    /// the machine formats.
    public func note(_ text: String) {
        if format == .table { emit(text) }
    }

    public func add(_ item: T) throws {
        if count == 0 {
            switch format {
            case .json: emit("[\n")
            case .csv: emit(headers.map(Tabular.csvField).joined(separator: ",") + "\r\n")
            case .markdown: emit(Tabular(headers: headers, rows: []).markdown())
            default: break
            }
        }
        switch format {
        case .json:
            let text = String(decoding: try pretty.encode(item), as: UTF8.self)
            emit((count > 0 ? ",\n" : "") + text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        case .jsonl: emit(String(decoding: try compact.encode(item), as: UTF8.self) + "\n")
        case .csv: emit(cells(item).map(Tabular.csvField).joined(separator: ",") + "\r\n")
        case .markdown:
            let md = Tabular(headers: headers, rows: [cells(item)]).markdown()
            emit(String(md.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")))
        case .table: emit(block(item))
        }
        count += 1
    }

    /// Closes the output: `empty` is the terminal line for no row, `footer(n)` the one after n rows.
    public func finish(empty: String, footer: (Int) -> String) {
        if count == 0 {
            switch format {
            case .json: emit("[]\n")
            case .csv: emit(headers.map(Tabular.csvField).joined(separator: ",") + "\r\n")
            case .markdown: emit(Tabular(headers: headers, rows: []).markdown())
            case .table: emit(empty)
            case .jsonl: break
            }
        } else {
            switch format {
            case .json: emit("\n]\n")
            case .table: emit(footer(count))
            default: break
            }
        }
        flush()
    }

    private func emit(_ s: String) {
        buffer += s
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    private func flush() {
        if !buffer.isEmpty { sink(buffer); buffer = "" }
    }

    /// A query that fails halfway still gets out the rows printed so far.
    deinit { flush() }
}
