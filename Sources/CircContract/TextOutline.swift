/// A document's sentences in their blocks (headings, paragraphs, list items, footnotes), as
/// the structure builder finds them: what the text layer of a diff compares. The extractor's
/// `DocumentStructure` is one; the diff reads it through this protocol so that it needs
/// neither the tokenizer nor the extractor.
public protocol TextOutline {
    /// Units grouped by block, in order.
    var blocks: [[StructureUnit]] { get }
    /// The reader's text of a scalar range of the source (normalised, white space collapsed).
    func clean(_ range: Range<Int>) -> String
}

/// A unit of the document: a sentence placed in its block, section and footnote.
public struct StructureUnit: Sendable {
    public enum Kind: String, Sendable {
        /// Letterhead, addressees, header table, "Objet", "Réf" lines: before the body.
        case header
        case heading
        case paragraph
        case listItem
        case footnote
        /// The signature block at the end.
        case signature
    }

    public var kind: Kind
    /// Trimmed scalar range of the unit (one sentence).
    public var range: Range<Int>
    /// Index into `TokenizedText.sentences`.
    public var sentence: Int
    /// Index of the block (blank-line separated) the unit belongs to.
    public var block: Int
    /// Label of the enclosing section ("1", "2.1", "III", "annexe").
    public var section: String?
    /// For a footnote unit: its number.
    public var footnote: String?
    /// Whether the unit's block starts a list item ("- …", "• …", "1) …").
    public var listItem: Bool

    public init(kind: Kind, range: Range<Int>, sentence: Int, block: Int, section: String?, footnote: String?, listItem: Bool) {
        self.kind = kind; self.range = range; self.sentence = sentence; self.block = block
        self.section = section; self.footnote = footnote; self.listItem = listItem
    }
}
