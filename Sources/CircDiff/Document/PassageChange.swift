import CircContract

/// One passage of the text (outside the obligations) that NEW changed, added, removed or
/// moved: the text layer of `circ diff`, what a juriste's "compare versions" shows.
public struct PassageChange: Encodable, Sendable {
    public var change: ChangeKind
    /// Modified and also out of its order among the other passages.
    public var moved: Bool
    /// heading, paragraph, list-item, footnote or signature.
    public var kind: String
    public var old: Side?
    public var new: Side?
    /// Modified only: the word-level redline, obligations elided on both sides.
    public var redline: [RedlineSegment]?
    /// The citations this change added or removed, each with the sentence it is in.
    public var references: [LocatedReferenceChange]

    /// The passage on one side: its place (section, footnote), its span and its text.
    public struct Side: Encodable, Sendable {
        public var index: Int
        public var section: String?
        public var footnote: String?
        public var span: SourceSpan
        public var text: String

        public func encode(to encoder: Encoder) throws {
            enum K: String, CodingKey { case index, section, footnote, span, text }
            var c = encoder.container(keyedBy: K.self)
            try c.encode(index, forKey: .index); try c.encode(section, forKey: .section)
            try c.encode(footnote, forKey: .footnote); try c.encode(span, forKey: .span); try c.encode(text, forKey: .text)
        }
    }

    /// The place a reader looks for: the NEW side's, or the OLD one's for a removal.
    public var place: Side? { new ?? old }

    public func encode(to encoder: Encoder) throws {
        enum K: String, CodingKey { case change, moved, kind, old, new, redline, references }
        var c = encoder.container(keyedBy: K.self)
        try c.encode(change, forKey: .change); try c.encode(moved, forKey: .moved); try c.encode(kind, forKey: .kind)
        try c.encode(old, forKey: .old); try c.encode(new, forKey: .new)
        try c.encode(redline, forKey: .redline); try c.encode(references, forKey: .references)
    }
}

/// Citations a change added or removed in one sentence: "CESEDA:L612-6 → CESEDA:L612-7"
/// with the sentence that states it.
public struct LocatedReferenceChange: Encodable, Equatable, Sendable {
    /// The sentence (NEW's, or OLD's when the citation only left), obligations elided.
    public var sentence: String
    public var removed: [String]
    public var added: [String]
    public var renumbered: [Renumbered]
}
