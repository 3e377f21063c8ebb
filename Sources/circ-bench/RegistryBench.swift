enum RegistryBench {
    static func run(_ corpus: BenchCorpus) throws {}
}
