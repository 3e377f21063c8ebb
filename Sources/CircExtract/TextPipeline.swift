import CircReader
import CircText

/// Read → normalise → tokenize, the first half of the pipeline (what `circ tokenize` shows).
public struct TextPipeline: Sendable {
    public let lexicons: TextLexicons
    public let normalizer: Normalizer
    public let tokenizer: Tokenizer

    public init(store: LexiconStore) throws {
        lexicons = try TextLexicons(store: store)
        normalizer = Normalizer(rules: lexicons.normalizer)
        tokenizer = Tokenizer(rules: lexicons.tokenizer)
    }

    /// Takes the source by value and lets its text go once normalised, before the token
    /// array is built: the normalised text quotes the source by itself.
    public func tokenize(_ source: consuming SourceDocument) -> TokenizedText {
        let normalized = normalizer.normalize(source.text, markup: source.format.markup)
        _ = consume source
        return tokenizer.tokenize(normalized)
    }

    public func tokenize(text: String, markup: Markup = .text) -> TokenizedText {
        tokenizer.tokenize(normalizer.normalize(text, markup: markup))
    }
}

extension SourceFormat {
    public var markup: Markup {
        switch self {
        case .text: return .text
        case .markdown: return .markdown
        case .html: return .html
        case .pdf: return .pdf
        }
    }
}
