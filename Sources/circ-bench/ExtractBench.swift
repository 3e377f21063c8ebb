enum ExtractBench {
    static func run(_ corpus: BenchCorpus) throws {}
}
