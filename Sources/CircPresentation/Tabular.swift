import Foundation

/// Rows of cells printed as a terminal table, CSV (RFC 4180) or a Markdown table. The
/// last column takes the width the others leave and wraps, so a table never passes the
/// terminal's width.
public struct Tabular: Sendable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) { self.headers = headers; self.rows = rows }

    /// `wrapLast: false` cuts the last column with an ellipsis instead: one line per row.
    public func table(_ style: TerminalStyle, maxColumn: Int = 28, wrapLast: Bool = true) -> String {
        guard !headers.isEmpty else { return "" }
        let fixed = headers.count - 1
        var widths = (0..<fixed).map { i in
            min(maxColumn, ([headers[i]] + rows.map { $0[i] }).map(DisplayWidth.of).max() ?? 0)
        }
        // Give the wrapped last column at least 20 columns, shrinking the others if need be.
        while widths.reduce(0, +) + 2 * fixed + 20 > style.width, let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > 6 {
            widths[i] -= 1
        }
        let lastWidth = max(10, style.width - widths.reduce(0, +) - 2 * fixed)
        var out = ""
        func emit(_ cells: [String], header: Bool) {
            let wrapped = wrapLast ? DisplayWidth.wrap(cells[fixed], width: lastWidth)
                                   : [DisplayWidth.truncate(cells[fixed], lastWidth)]
            for (n, piece) in wrapped.enumerated() {
                var line = ""
                for i in 0..<fixed {
                    let cell = n == 0 ? DisplayWidth.truncate(cells[i], widths[i]) : ""
                    line += DisplayWidth.pad(cell, widths[i]) + "  "
                }
                line += piece
                while line.hasSuffix(" ") { line.removeLast() }
                out += (header ? style.bold(line) : line) + "\n"
            }
        }
        emit(headers, header: true)
        for r in rows { emit(r, header: false) }
        return out
    }

    public func csv() -> String {
        ([headers] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public func markdown() -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        var out = "| " + headers.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + headers.map { _ in " --- |" }.joined() + "\n"
        for r in rows { out += "| " + r.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }
}

/// JSON for every command's `--format json|jsonl`, with the contract's stable encoder.
public enum JSONOutput {
    public static func array<T: Encodable>(_ items: [T]) throws -> String {
        String(decoding: try encoder(pretty: true).encode(items), as: UTF8.self) + "\n"
    }

    public static func lines<T: Encodable>(_ items: [T]) throws -> String {
        let e = encoder(pretty: false)
        return try items.map { String(decoding: try e.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    public static func object<T: Encodable>(_ item: T) throws -> String {
        String(decoding: try encoder(pretty: true).encode(item), as: UTF8.self) + "\n"
    }

    static func encoder(pretty: Bool) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
