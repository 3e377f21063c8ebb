import CircExtract
import CircText

/// The lexicons and pipelines every test shares: loaded once per test process (each load
/// compiles every lexicon), then only read, so tests on several threads may use them.
public enum TestLexicons {
    public static let store: LexiconStore = try! LexiconStore.locate()
    /// Normalise → tokenize → sentences.
    public static let text: TextPipeline = try! TextPipeline(store: store)
    /// The whole extraction.
    public static let pipeline: Pipeline = try! Pipeline(lexicons: store)
}
