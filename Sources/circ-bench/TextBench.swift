enum TextBench {
    static func run(_ corpus: BenchCorpus) throws {}
}
