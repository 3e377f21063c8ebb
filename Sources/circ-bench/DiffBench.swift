enum DiffBench {
    static func run(_ corpus: BenchCorpus) throws {}
}
