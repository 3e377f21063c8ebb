import CircText
struct AddresseeExtractor: Sendable {
    init(store: LexiconStore) throws {}
    func extract(_ ctx: ExtractionContext) -> [Addressee] { [] }
}
