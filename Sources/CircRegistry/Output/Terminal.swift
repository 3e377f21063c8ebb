import Foundation

/// How to print for the place stdout goes: colour only on a terminal and never with
/// NO_COLOR (https://no-color.org) or TERM=dumb; the terminal's width, else 80 columns.
public struct TerminalStyle: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool, width: Int) { self.color = color; self.width = width }

    public static func stdout() -> TerminalStyle {
        let env = ProcessInfo.processInfo.environment
        let tty = isatty(STDOUT_FILENO) == 1
        let color = tty && env["NO_COLOR"].map(\.isEmpty) != false && env["TERM"] != "dumb"
        var width = 80
        if tty {
            var ws = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col >= 40 { width = Int(ws.ws_col) }
            else if let c = env["COLUMNS"].flatMap(Int.init), c >= 40 { width = c }
        }
        return TerminalStyle(color: color, width: min(width, 160))
    }

    public static let plain = TerminalStyle(color: false, width: 80)

    public func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    public func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    public func cyan(_ s: String) -> String { color ? "\u{1B}[36m\(s)\u{1B}[0m" : s }
    public func yellow(_ s: String) -> String { color ? "\u{1B}[33m\(s)\u{1B}[0m" : s }
}

public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, jsonl, csv, markdown
}

/// Column width of text as a terminal shows it: combining marks take no column.
enum DisplayWidth {
    static func of(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let cat = u.properties.generalCategory
            if cat == .nonspacingMark || cat == .enclosingMark || cat == .format { return n }
            return n + (u.properties.isEmojiPresentation || (0x1100...0x115F).contains(u.value)
                        || (0x2E80...0xA4CF).contains(u.value) || (0xAC00...0xD7A3).contains(u.value)
                        || (0xF900...0xFAFF).contains(u.value) || (0xFF00...0xFF60).contains(u.value) ? 2 : 1)
        }
    }

    /// Greedy word wrap to `width` columns; a word longer than a line is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 10)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            var w = String(word)
            var ww = of(w)
            while ww > width {
                if !line.isEmpty { lines.append(line); line = ""; lineWidth = 0 }
                var head = "", hw = 0
                var rest = Substring(w)
                while let c = rest.first, hw + of(String(c)) <= width { head.append(c); hw += of(String(c)); rest = rest.dropFirst() }
                if head.isEmpty, let c = rest.first { head.append(c); rest = rest.dropFirst() }
                lines.append(head)
                w = String(rest); ww = of(w)
            }
            if w.isEmpty { continue }
            if lineWidth == 0 { line = w; lineWidth = ww }
            else if lineWidth + 1 + ww <= width { line += " " + w; lineWidth += 1 + ww }
            else { lines.append(line); line = w; lineWidth = ww }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    static func pad(_ s: String, _ width: Int) -> String {
        let w = of(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }

    /// Cuts to `width` columns with an ellipsis.
    static func truncate(_ s: String, _ width: Int) -> String {
        if of(s) <= width { return s }
        var out = "", w = 0
        for c in s { let cw = of(String(c)); if w + cw > width - 1 { break }; out.append(c); w += cw }
        return out + "…"
    }
}
