import Foundation

/// How to print: with colour or not, and the width to wrap to. Where stdout goes (a
/// terminal, its width, NO_COLOR) is the CLI's business: it builds the style.
public struct TerminalStyle: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool, width: Int) { self.color = color; self.width = width }

    public static let plain = TerminalStyle(color: false, width: 80)

    public func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    public func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    public func cyan(_ s: String) -> String { color ? "\u{1B}[36m\(s)\u{1B}[0m" : s }
}

public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, jsonl, csv, markdown
}

/// Column width of text as a terminal shows it: combining marks take no column.
enum DisplayWidth {
    static func of(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ u: Unicode.Scalar) -> Int {
        // Latin text (French included) is one column a scalar below the combining marks;
        // asking for Unicode properties there made wrapping the cost of a long listing.
        if u.value < 0x300 { return u.value == 0xAD ? 0 : 1 }
        let cat = u.properties.generalCategory
        if cat == .nonspacingMark || cat == .enclosingMark || cat == .format { return 0 }
        return u.properties.isEmojiPresentation || (0x1100...0x115F).contains(u.value)
            || (0x2E80...0xA4CF).contains(u.value) || (0xAC00...0xD7A3).contains(u.value)
            || (0xF900...0xFAFF).contains(u.value) || (0xFF00...0xFF60).contains(u.value) ? 2 : 1
    }

    /// Greedy word wrap to `width` columns; a word longer than a line is cut. It runs on
    /// every row of a listing: Latin text (every scalar below U+0300, one column each) is
    /// wrapped on its UTF-8 bytes; anything else walks the scalars.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 10)
        if let fast = latinWrap(text, width: width) { return fast }
        return scalarWrap(text, width: width)
    }

    /// Nil when the text has a scalar from U+0300 on (lead byte ≥ 0xCC) or a soft hyphen.
    static func latinWrap(_ text: String, width: Int) -> [String]? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            var lines: [String] = []
            var line: [UInt8] = []
            line.reserveCapacity(width * 2)
            var lineWidth = 0
            var i = 0
            let n = b.count
            func space(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }
            while i < n {
                while i < n, space(b[i]) { i += 1 }
                guard i < n else { break }
                var j = i, ww = 0
                while j < n, !space(b[j]) {
                    let c = b[j]
                    if c >= 0xCC && c < 0xF8 || c == 0xC2 && j + 1 < n && b[j + 1] == 0xAD { return nil }
                    if c & 0xC0 != 0x80 { ww += 1 }
                    j += 1
                }
                if ww > width { return nil }  // a word to cut: the scalar path does it
                if lineWidth == 0 {
                    line.append(contentsOf: b[i..<j]); lineWidth = ww
                } else if lineWidth + 1 + ww <= width {
                    line.append(0x20); line.append(contentsOf: b[i..<j]); lineWidth += 1 + ww
                } else {
                    lines.append(String(decoding: line, as: UTF8.self))
                    line.removeAll(keepingCapacity: true)
                    line.append(contentsOf: b[i..<j]); lineWidth = ww
                }
                i = j
            }
            if !line.isEmpty || lines.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
            return lines
        } ?? nil
    }

    static func scalarWrap(_ text: String, width: Int) -> [String] {
        let u = text.unicodeScalars
        func space(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var i = u.startIndex
        while i < u.endIndex {
            while i < u.endIndex, space(u[i]) { i = u.index(after: i) }
            guard i < u.endIndex else { break }
            var j = i, ww = 0
            while j < u.endIndex, !space(u[j]) { ww += Self.width(u[j]); j = u.index(after: j) }
            var word = u[i..<j]
            i = j
            while ww > width {
                if !line.isEmpty { lines.append(line); line = ""; lineWidth = 0 }
                var k = word.startIndex, hw = 0
                while k < word.endIndex, hw + Self.width(word[k]) <= width { hw += Self.width(word[k]); k = word.index(after: k) }
                if k == word.startIndex { k = word.index(after: k) }
                lines.append(String(Substring(word[word.startIndex..<k])))
                word = word[k...]
                ww = word.reduce(0) { $0 + Self.width($1) }
            }
            if word.isEmpty { continue }
            if lineWidth == 0 {
                line += Substring(word); lineWidth = ww
            } else if lineWidth + 1 + ww <= width {
                line += " "; line += Substring(word); lineWidth += 1 + ww
            } else {
                lines.append(line); line = String(Substring(word)); lineWidth = ww
            }
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
