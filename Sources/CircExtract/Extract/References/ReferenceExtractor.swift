import CircText

public struct ReferenceResult: Sendable {
    public var references: [Reference] = []
    public var warnings: [Warning] = []
    public init() {}
}

/// Placeholder until the reference extractor lands.
public struct ReferenceExtractor: Sendable {
    public init(store: LexiconStore) throws {}
    public func extract(_ ctx: ExtractionContext) -> ReferenceResult { ReferenceResult() }
}
