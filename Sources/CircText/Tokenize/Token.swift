/// What a token is, as far as the tokenizer can tell without grammar.
public enum TokenKind: UInt8, Sendable, CaseIterable {
    case word
    /// "l'", "qu'", "lorsqu'": the elided article or conjunction, apostrophe included.
    case elision
    /// "M.", "art.", "n°", "cf.", "Cons.": never ends a sentence.
    case abbreviation
    /// "3 240", "14,8", "+14,8", "2024-42", "24/00755".
    case number
    /// "14,8 %", "+14,8%".
    case percent
    /// "1er", "2e", "1°", "Ier", "IIIe".
    case ordinal
    /// A code article number: "L. 612-6", "L.743-12", "R. 146-12", "LO 111-3", "L. 313-11 bis".
    case article
    /// "n° 2024-42", "n°2024-42": a text's number.
    case textNumber
    /// "28 OCT. 2024", "5 février 2024", "1er mai 2021", "13 mars", "30/09/2020".
    case date
    case email
    case url
    case punct
    case symbol

    public var name: String {
        switch self {
        case .word: return "word"
        case .elision: return "elision"
        case .abbreviation: return "abbreviation"
        case .number: return "number"
        case .percent: return "percent"
        case .ordinal: return "ordinal"
        case .article: return "article"
        case .textNumber: return "text-number"
        case .date: return "date"
        case .email: return "email"
        case .url: return "url"
        case .punct: return "punct"
        case .symbol: return "symbol"
        }
    }
}

/// A token: a kind and a `[start, end)` range of Unicode scalar offsets into the source.
public struct Token: Sendable, Equatable {
    public var start: Int32
    /// Eight bytes a token, not twelve: a hostile text of one-letter words has a token per
    /// byte or two, and the token array was the largest thing such a run held. A run longer
    /// than `maxLength` scalars (no word is) is cut into tokens of that length.
    public var length: UInt16
    public var kind: TokenKind
    /// Line breaks between the previous token and this one (2 = a blank line).
    public var newlinesBefore: UInt8

    public static let maxLength = Int(UInt16.max)

    public init(start: Int32, end: Int32, kind: TokenKind, newlinesBefore: UInt8) {
        self.start = start
        self.length = UInt16(clamping: end - start)
        self.kind = kind
        self.newlinesBefore = newlinesBefore
    }

    public var end: Int32 { start + Int32(length) }
    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// A sentence (or a heading, list item, footnote text or header line: a unit of its own).
public struct Sentence: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    /// Indices into the token array.
    public var tokens: Range<Int>
    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// The tokenizer's output over a normalised text.
public struct TokenizedText: Sendable {
    public let text: NormalizedText
    public let tokens: [Token]
    public let sentences: [Sentence]

    /// The normalised text of a token (no `join`s).
    public func string(_ t: Token) -> String { text.string(t.range) }
    /// Lowercase, accent-free form for matching.
    public func folded(_ t: Token) -> String { text.folded(t.range) }
}
