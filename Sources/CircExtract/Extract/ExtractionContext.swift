import CircText

/// What every extractor reads: the structured document and what is known of it so far.
public struct ExtractionContext: Sendable {
    public let structure: DocumentStructure
    /// The document's own date (signature date, or the date of a press item), if found:
    /// relative dates ("le 4 décembre dernier", "d'ici le vendredi 13 mars") resolve against it.
    public var documentDate: CivilDate?
    /// circulaire, instruction, note, communique, depeche, article, unknown.
    public var kind: DocumentKind
    /// The letterhead read without lines (addressee block, NOR, subject).
    public var header = HeaderScan()
    /// The folded words of the signatory's name ("gerald", "darmanin"): in a press item, the
    /// person shown giving the instruction, an authority wherever the item names them.
    public var authorWords: Set<String> = []
    /// The emitter's slug, if found: a press item whose author is a préfet reports the rules
    /// of his own arrêté, which bind the public, not a recipient.
    public var emitter: String?

    public init(structure: DocumentStructure, documentDate: CivilDate?, kind: DocumentKind) {
        self.structure = structure; self.documentDate = documentDate; self.kind = kind
    }

    /// Press items report instructions; their dates and periodicities count only inside
    /// the reported directives.
    public var isPress: Bool { kind.isPress && !header.isLetter(kind) }
    public var text: TokenizedText { structure.text }
}
