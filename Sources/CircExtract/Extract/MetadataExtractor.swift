import CircText
struct MetadataExtractor: Sendable {
    init(store: LexiconStore, months: [String: Int]) throws {}
    func extract(_ s: DocumentStructure) -> Metadata { Metadata() }
}
