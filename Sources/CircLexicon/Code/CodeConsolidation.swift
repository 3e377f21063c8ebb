import CircContract

/// A consolidated code in Markdown with one heading per article (Archéo Lex style, as in
/// `Corpus/ceseda/`): `#### Article L111-1`, its text up to the next heading, and the
/// structural headings (Livre, Titre, Chapitre, Section) around it.
///
/// Why a separate reader: a code is not a circular — it has no addressees and no
/// obligations in the contract's sense — and a 1 MB code diffed obligation by obligation
/// would be slow and meaningless. Diffing it article by article is what a juriste reads.
public struct CodeConsolidation: Sendable {
    public struct Article: Sendable, Equatable {
        /// Canonical (`ArticleNumber.canonical`): "L111-1", "R223-4" for a heading "R*223-4".
        public var number: String
        /// As in the heading: "L111-1", "R*223-4", "R\\*223-4".
        public var heading: String
        /// Structural headings above it, outermost first.
        public var path: [String]
        /// The article's text, trimmed, lines as written.
        public var body: String

        public init(number: String, heading: String, path: [String], body: String) {
            self.number = number; self.heading = heading; self.path = path; self.body = body
        }
    }

    /// A consolidation rebuilt from stored articles (the registry's), one copy per number.
    public init(articles: [Article], preamble: String = "", headings: [[String]] = []) {
        self.preamble = preamble
        self.articles = articles
        self.headings = headings
    }

    /// Text before the first heading (title, consolidation date).
    public var preamble: String
    /// One article per number, in text order: the first copy of a number listed twice.
    public var articles: [Article]
    /// Later copies of a number the version lists more than once (a publication artefact:
    /// Légifrance sometimes keeps a superseded wording beside the current one). A comparison
    /// picks, per number, the copy closest to the other side, and warns.
    public var duplicates: [String: [Article]] = [:]
    /// Every structural heading, as its path (the headings above it, then itself), in text
    /// order — also those with no article under them, so a renamed empty heading is seen.
    public var headings: [[String]] = []

    /// At least this many article headings make a document a consolidated code.
    public static let minimumArticles = 5

    /// True when the text has the one-heading-per-article shape.
    public static func looksLikeCode(_ text: String) -> Bool {
        var n = 0
        for line in TextLines(text) where isArticleHeading(line) {
            n += 1
            if n >= minimumArticles { return true }
        }
        return false
    }

    public init(_ text: String) {
        var preamble: [Substring] = []
        var articles: [Article] = []
        var duplicates: [String: [Article]] = [:]
        var path: [(level: Int, title: Substring)] = []
        var current: (number: Substring, path: [String], lines: [Substring])? = nil
        var seenHeading = false
        var seen: Set<String> = []
        var headings: [[String]] = []

        func close() {
            guard let c = current else { return }
            let heading = String(c.number)
            let a = Article(number: ArticleNumber.canonical(heading), heading: heading, path: c.path, body: Self.trimBlank(c.lines))
            if seen.insert(a.number).inserted { articles.append(a) } else { duplicates[a.number, default: []].append(a) }
            current = nil
        }

        for line in TextLines(text) {
            if let (level, title) = Self.heading(line) {
                seenHeading = true
                close()
                if title.hasPrefix("Article ") {
                    let number = title.dropFirst("Article ".count).drop { $0 == " " }
                    current = (number, path.map { String($0.title) }, [])
                } else {
                    while let last = path.last, last.level >= level { path.removeLast() }
                    path.append((level, title))
                    headings.append(path.map { String($0.title) })
                }
            } else if current != nil {
                current!.lines.append(line)
            } else if !seenHeading {
                preamble.append(line)
            }
        }
        close()
        self.preamble = Self.trimBlank(preamble)
        self.articles = articles
        self.duplicates = duplicates
        self.headings = headings
    }

    /// Every copy of `number` (the first, then the duplicates).
    public func copies(of number: String, first: Article) -> [Article] {
        [first] + (duplicates[number] ?? [])
    }

    public static func isArticleHeading(_ line: Substring) -> Bool {
        guard let (_, title) = heading(line) else { return false }
        return title.hasPrefix("Article ") && title.dropFirst(8).first.map { $0 != " " } ?? false
    }

    /// "#### Article L111-1" → (4, "Article L111-1"); nil for a non-heading line.
    public static func heading(_ line: Substring) -> (Int, Substring)? {
        var level = 0
        var i = line.startIndex
        while i < line.endIndex, line[i] == "#" { level += 1; i = line.index(after: i) }
        guard level > 0, level <= 7, i < line.endIndex, line[i] == " " else { return nil }
        var title = line[line.index(after: i)...]
        while let l = title.last, l == " " || l == "\r" || l == "#" { title = title.dropLast() }
        return (level, title)
    }

    public static func trimBlank(_ lines: [Substring]) -> String {
        var lo = 0, hi = lines.count
        func blank(_ s: Substring) -> Bool { s.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
        while lo < hi, blank(lines[lo]) { lo += 1 }
        while hi > lo, blank(lines[hi - 1]) { hi -= 1 }
        return lines[lo..<hi].joined(separator: "\n")
    }
}

/// The lines of a text without copying it: splits on "\n" at the UTF-8 level, which is
/// several times faster than `split(separator:)` on Characters for a 1 MB code.
public struct TextLines: Sequence {
    let text: String
    public init(_ text: String) { self.text = text }

    public struct Iterator: IteratorProtocol {
        let text: String
        var i: String.Index
        var done = false
        public mutating func next() -> Substring? {
            guard !done else { return nil }
            let u = text.utf8
            var j = i
            while j < u.endIndex, u[j] != 0x0A { j = u.index(after: j) }
            let line = text[i..<j]
            if j == u.endIndex { done = true } else { i = u.index(after: j) }
            return line
        }
    }
    public func makeIterator() -> Iterator { Iterator(text: text, i: text.startIndex) }
}

extension CodeConsolidation {
    /// The code's name: the first line of the preamble, else the first heading (a Légifrance
    /// export opens with "# Code de l'entrée et du séjour…").
    public var title: String? {
        if let line = preamble.split(separator: "\n").first(where: { !$0.allSatisfy(\.isWhitespace) }) { return String(line) }
        return headings.first?.first
    }

    /// "2025-07-13_ceseda-consolide.md" → "2025-07-13": the file-name convention for a
    /// consolidation whose text states no date. Nil when the name does not start with a valid date.
    public static func dateFromFileName(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.count >= 10 else { return nil }
        let d = String(name.prefix(10))
        return CivilDate(iso: d) != nil ? d : nil
    }

    /// The consolidation date the text states: "- Date de consolidation : 31 octobre 2016"
    /// (Archéo Lex preamble) or "Version consolidée au 13 juillet 2025" (Légifrance title).
    /// Nil when the text states none; the caller may then take a date it was given.
    public var consolidationDate: String? {
        for line in preamble.split(separator: "\n") {
            for marker in ["Date de consolidation", "Version consolidée au", "version consolidée au"] {
                guard let r = line.range(of: marker) else { continue }
                var rest = line[r.upperBound...].drop { $0 == " " || $0 == ":" }
                if rest.hasPrefix("au ") { rest = rest.dropFirst(3) }
                if let d = Self.frenchDate(rest) { return d }
            }
        }
        return nil
    }

    /// "31 octobre 2016", "1er mai 2021" → ISO date.
    static func frenchDate(_ s: Substring) -> String? {
        let words = s.split(separator: " ")
        guard words.count >= 3, let day = Int(words[0].filter(\.isNumber)), (1...31).contains(day),
              let year = Int(words[2].filter(\.isNumber)), (1800...2200).contains(year) else { return nil }
        let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                      "septembre", "octobre", "novembre", "décembre"]
        guard let m = months.firstIndex(of: words[1].lowercased()) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(m + 1))-\(two(day))"
    }
}
