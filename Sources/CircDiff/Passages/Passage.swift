import CircContract

/// One paragraph of a document's body as the text layer of a diff compares it: a heading,
/// a paragraph, a list item, a footnote or the signature, with its section and its
/// sentences. The obligations' own words are elided ("[…]"): the obligation layer reports
/// them, with their modality, deadlines and references, so that each change of a circular
/// is reported once — in the obligation when it is one, in the surrounding text otherwise.
struct Passage {
    enum Kind: String { case heading, paragraph, listItem = "list-item", footnote, signature }

    struct Sentence {
        /// Reader's text of the sentence (markup out, spaces collapsed), obligations elided.
        var text: String
        /// Canonical ids of the references cited in it outside the obligations.
        var references: [String]
    }

    var kind: Kind
    var section: String?
    /// The footnote's number, for a footnote.
    var footnote: String?
    /// Scalar range in the source as read.
    var range: Range<Int>
    var sentences: [Sentence]
    /// The sentences joined: what the redline shows.
    var text: String
    /// Folded text: equality of this is "the same passage".
    var key: String

    var references: [String] { sentences.flatMap(\.references) }
}

enum PassageSplitter {
    /// Stands for the words of an obligation inside a passage.
    static let elision = "[…]"

    /// The body's passages in order (the letterhead, addressees and header table are the
    /// metadata and addressee layers' business, not the text's). A passage made only of
    /// obligations has nothing left to compare and is left out.
    static func passages(_ structure: some TextOutline, document: CircDocument) -> [Passage] {
        let obligations = document.obligations.map(\.span.range).sorted { $0.lowerBound < $1.lowerBound }
        let references = document.references.sorted { $0.span.start < $1.span.start }
        var ob = 0, rf = 0
        var out: [Passage] = []
        for block in structure.blocks {
            guard let first = block.first, let last = block.last, first.kind != .header else { continue }
            var sentences: [Passage.Sentence] = []
            for u in block {
                let r = u.range
                // Obligations that end before this sentence are behind us for good.
                while ob < obligations.count && obligations[ob].upperBound <= r.lowerBound { ob += 1 }
                var pieces: [String] = []
                var cursor = r.lowerBound
                var k = ob
                var masked: [Range<Int>] = []
                while k < obligations.count && obligations[k].lowerBound < r.upperBound {
                    let o = obligations[k].clamped(to: r)
                    if o.lowerBound > cursor { pieces.append(structure.clean(cursor..<o.lowerBound)) }
                    if pieces.last != elision { pieces.append(elision) }
                    masked.append(o)
                    cursor = max(cursor, o.upperBound)
                    k += 1
                }
                if cursor < r.upperBound { pieces.append(structure.clean(cursor..<r.upperBound)) }
                let text = pieces.filter { !$0.isEmpty }.joined(separator: " ")
                while rf < references.count && references[rf].span.start < r.lowerBound { rf += 1 }
                var ids: [String] = []
                var q = rf
                while q < references.count && references[q].span.start < r.upperBound {
                    let span = references[q].span.range
                    if span.upperBound <= r.upperBound && !masked.contains(where: { $0.overlaps(span) })
                        && !ids.contains(references[q].id) { ids.append(references[q].id) }
                    q += 1
                }
                sentences.append(.init(text: text, references: ids))
            }
            let text = joinElided(sentences.map(\.text))
            guard text.unicodeScalars.contains(where: Folding.isWordScalar) else { continue }
            let kind: Passage.Kind
            switch first.kind {
            case .heading: kind = .heading
            case .footnote: kind = .footnote
            case .signature: kind = .signature
            default: kind = first.listItem ? .listItem : .paragraph
            }
            out.append(Passage(kind: kind, section: first.section, footnote: first.footnote,
                               range: first.range.lowerBound..<last.range.upperBound, sentences: sentences,
                               text: text, key: Folding.fold(text)))
        }
        return out
    }

    /// Sentences joined by a space, two elisions in a row kept as one.
    static func joinElided(_ parts: [String]) -> String {
        var out = ""
        for p in parts where !p.isEmpty {
            if out.hasSuffix(elision) && p.hasPrefix(elision) {
                out += p.dropFirst(elision.count)
            } else {
                if !out.isEmpty { out += " " }
                out += p
            }
        }
        return out
    }
}
