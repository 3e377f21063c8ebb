import CircText

public struct DeadlineResult: Sendable {
    public var deadlines: [Deadline] = []
    public var durations: [Duration] = []
    public var warnings: [Warning] = []
    public init() {}
}

/// Placeholder until the deadline extractor lands.
public struct DeadlineExtractor: Sendable {
    public init(store: LexiconStore) throws {}
    public func extract(_ ctx: ExtractionContext) -> DeadlineResult { DeadlineResult() }
}
