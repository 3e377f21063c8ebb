import CircText
struct ObligationExtractor: Sendable {
    init(store: LexiconStore, addressees: AddresseeExtractor) throws {}
    func extract(_ ctx: ExtractionContext, addressees: [Addressee]) -> [Obligation] { [] }
}
enum ObligationLinker {
    static func link(_ doc: inout CircDocument, structure: DocumentStructure) {}
}
