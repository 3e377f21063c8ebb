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

    public func tokenize(_ source: SourceDocument) -> TokenizedText {
        tokenizer.tokenize(normalizer.normalize(source.text, markup: source.format.markup))
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
