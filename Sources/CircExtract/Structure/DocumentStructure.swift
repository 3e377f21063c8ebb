import CircText

/// The document's structure: the units in order, its sections and its footnotes, over the
/// tokenized text. Extractors read units rather than raw text so that they know where a
/// sentence stands (header, body, footnote, annex).
public struct DocumentStructure: TextOutline, Sendable {
    public let text: TokenizedText
    public var units: [StructureUnit]
    public var sections: [Section]
    public var footnotes: [Footnote]
    /// Scalar offset where the body starts (after letterhead, addressees and header fields).
    public var bodyStart: Int
    /// On a page that prints several texts, the scalar offset where the next text starts:
    /// the document is the first (`nil`: the whole page is one text).
    public var textEnd: Int? = nil
    /// On a page that opens on the end of the text before (an arrêté's last article and its
    /// signer), the scalar offset where the document's own text starts (`nil`: at the top).
    public var textStart: Int? = nil

    /// The normalised text of a unit, white space collapsed.
    public func clean(_ u: StructureUnit) -> String { text.text.clean(u.range) }
    /// Folded (lowercase, accent-free) text of a range: for matching.
    public func folded(_ r: Range<Int>) -> String { Fold.string(text.text.clean(r)) }

    /// A consolidated code ("Code de l'entrée et du séjour…" with one heading per article)
    /// states law, not instructions: it has references but no directives to extract.
    public var isConsolidatedCode: Bool {
        guard let first = units.first, folded(first.range).hasPrefix("code ") else { return false }
        return sections.lazy.filter { $0.title.hasPrefix("Article ") }.prefix(10).count >= 10
    }

    /// The reader's text of a range (normalised, white space collapsed).
    public func clean(_ range: Range<Int>) -> String { text.text.clean(range) }

    /// Units grouped by block, in order.
    public var blocks: [[StructureUnit]] {
        var out: [[StructureUnit]] = []
        for u in units {
            if let last = out.last?.last, last.block == u.block { out[out.count - 1].append(u) } else { out.append([u]) }
        }
        return out
    }

    /// The unit that contains a scalar offset.
    public func unit(containing offset: Int) -> StructureUnit? {
        let lo = units.partitionIndex { $0.range.upperBound <= offset }
        return lo < units.count && units[lo].range.contains(offset) ? units[lo] : nil
    }

    /// The items that do not stand in an entry of a table of contents: a line that ends on a
    /// dot leader (three dots or more, or an ellipsis) then a page number ("Instruction du 25
    /// mars 2022 relative à la sécurité des bureaux de vote ....... 10"). A bulletin's
    /// contents name its other texts, which the document does not cite. Each line is scanned
    /// once for the items in it (a code's long article lines hold many references, and a
    /// scan per reference cost more than the rest of the filter).
    public func outsideContents<T>(_ items: [T], offset: (T) -> Int) -> [T] {
        let s = text.text.scalars
        var line = 0..<0
        var leader: Int?
        return items.filter { item in
            let o = offset(item)
            if !line.contains(o) {
                var e = o
                while e < s.count && s[e] != "\n" { e += 1 }
                line = o..<max(e, o + 1)
                leader = Self.dotLeader(s, o, e)
            }
            return leader.map { o >= $0 } ?? true
        }
    }

    /// Where the dot leader before the page number of line `[a, e)` starts, or nil.
    static func dotLeader(_ s: ScalarStore, _ a: Int, _ e: Int) -> Int? {
        var k = e
        func skipSpaces() { while k > a && (s[k - 1] == " " || s[k - 1] == "\t" || s[k - 1] == "\r") { k -= 1 } }
        skipSpaces()
        let end = k
        while k > a && end - k < 4 && s[k - 1].value >= 0x30 && s[k - 1].value <= 0x39 { k -= 1 }
        guard k < end else { return nil }
        skipSpaces()
        var dots = 0
        while k > a && (s[k - 1] == "." || s[k - 1] == "…" || s[k - 1] == " ") {
            dots += s[k - 1] == "." ? 1 : s[k - 1] == "…" ? 3 : 0
            k -= 1
        }
        return dots >= 3 ? k : nil
    }

    /// The footnotes called inside a range.
    public func footnotes(calledIn r: Range<Int>) -> [Footnote] {
        footnotes.filter { f in f.call.map { r.contains($0.start) } ?? false }
    }
}

/// `header-fields.json` `pageTexts`, folded: the words that open a further text's title on a
/// page printing several ("Circulaire n° …", "MINISTÈRE DES FINANCES"), and the link words
/// after the first that make the line a title.
public struct PageTextWords: Sendable {
    public let openers: Set<String>
    public let links: Set<String>
    /// The openers' lengths in scalars: a line's first token of another length opens no
    /// title, and is tested without building its string (most lines open on a capital).
    public let openerLengths: Set<Int>
    public static let none = PageTextWords(openers: [], links: [])

    public init(openers: Set<String>, links: Set<String>) {
        self.openers = openers
        self.links = links
        openerLengths = Set(openers.map(\.unicodeScalars.count))
    }
}

