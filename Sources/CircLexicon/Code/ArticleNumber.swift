import CircContract

/// The contract's form of a code article number, from a heading or a citation as written.
///
/// Why: the same article is headed "R*311-12" in one consolidation (a décret en Conseil
/// des ministres) and "R311-12" in the next, Markdown escapes the star ("R\*311-12"), and
/// citations write "L. 551-1". A comparison by number must see one number in all of them.
public enum ArticleNumber {
    /// "R*311-12", "R\*311-12", "L. 551-1", "l 551-1" → "R311-12", "L551-1";
    /// "R553-14 bis" keeps its Latin suffix after one space.
    public static func canonical(_ raw: String) -> String {
        var head = ""
        var suffix = ""
        let words = raw.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
        for (i, w) in words.enumerated() {
            let lower = w.lowercased()
            if i > 0, latinSuffixes.contains(lower) { suffix = " " + lower; break }
            for ch in w where ch != "." && ch != "*" && ch != "\\" { head.append(ch) }
        }
        return head.uppercased() + suffix
    }

    static let latinSuffixes: Set<String> = ["bis", "ter", "quater", "quinquies", "sexies", "septies",
                                             "octies", "nonies", "decies"]
}
