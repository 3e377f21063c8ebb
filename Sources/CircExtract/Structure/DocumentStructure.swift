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
