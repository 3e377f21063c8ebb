/// Strips the markup that converted sources carry (`**bold**`, `<sup>1</sup>`, `<b>`,
/// Markdown links) so that wording is compared, not typography. Emphasis is diffed on its
/// own field; a footnote call moving is not a rewording.
enum Markup {
    static func plain(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count {
            let c = u[i]
            if c == "<" {
                // <sup>…</sup> is a footnote call: drop it with its content.
                if matches(u, i, "<sup>"), let close = find(u, from: i, "</sup>") { i = close + 6; continue }
                if let end = u[i...].firstIndex(of: ">"), end - i < 40 { i = end + 1; continue }
            }
            if c == "*" { i += 1; continue }
            if c == "_" && i + 1 < u.count && u[i + 1] == "_" { i += 2; continue }
            if c == "\\" && i + 1 < u.count && "*_[]()#-.".unicodeScalars.contains(u[i + 1]) { i += 1; continue }
            out.append(c); i += 1
        }
        return collapse(String(out))
    }

    /// Collapses runs of whitespace to one space and trims.
    static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for c in s.unicodeScalars {
            if c.properties.isWhitespace { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out.append(c)
        }
        return String(out)
    }

    private static func matches(_ u: [Unicode.Scalar], _ i: Int, _ lit: String) -> Bool {
        var j = i
        for c in lit.unicodeScalars {
            guard j < u.count, Unicode.Scalar(UInt8(truncatingIfNeeded: u[j].value | 0x20)) == c || u[j] == c else { return false }
            j += 1
        }
        return true
    }

    private static func find(_ u: [Unicode.Scalar], from i: Int, _ lit: String) -> Int? {
        var j = i
        while j < u.count { if u[j] == "<" && matches(u, j, lit) { return j }; j += 1 }
        return nil
    }
}
