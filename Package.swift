// swift-tools-version:6.1
import PackageDescription

// Data flows one way: CircReader (bytes → source text) → CircText (normalise, tokenize)
// → CircExtract (structure, extract) → CircRegistry / CircDiff → circ (CLI).
// CircContract (the document model, Foundation only) and CircLexicon (lexicons that need no
// tokenizer) are read by all; CircRegistry and CircDiff do not link the extractor.
// CircText is the only module that sees ICU's headers, and it never imports Foundation:
// Foundation ships its own ICU whose clang module clashes with the system one.
let package = Package(
    name: "circ",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "circ", targets: ["circ"]),
        .executable(name: "circ-bench", targets: ["circ-bench"]),
        .library(name: "CircKit", targets: ["CircContract", "CircLexicon", "CircText", "CircReader", "CircExtract", "CircRegistry", "CircDiff", "CircPipeline", "CircPresentation"]),
        // Reader, normaliser, tokenizer and extractor without the registry: what the fuzzers link.
        .library(name: "CircCore", targets: ["CircContract", "CircLexicon", "CircText", "CircReader", "CircExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            path: "Sources/CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(name: "CircText", dependencies: ["CICU"]),
        // The top-level `Lexicons/` and `Schemas/` as a resource bundle beside the executables.
        .target(name: "CircData", resources: [.copy("../../Lexicons"), .copy("../../Schemas")]),
        .target(name: "CAllocator"),
        .target(name: "CircReader", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The `circ.document/1` model and its vocabularies: what every module reads and writes.
        .target(name: "CircContract"),
        // The lexicons that need no tokenizer (labels, CESEDA renumbering, code article lists)
        // and consolidated codes read article by article.
        .target(name: "CircLexicon", dependencies: ["CircContract", "CircData"]),
        .target(name: "CircExtract", dependencies: [
            "CircContract", "CircLexicon", "CircText", "CircReader", "CAllocator",
        ]),
        // The registry and the diff read documents through the contract, not the extractor:
        // what extracts a file for them is handed in (CircPipeline, the CLI).
        .target(name: "CircRegistry", dependencies: [
            "CircContract", "CircLexicon", "CircReader", "CircData", "CircText", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "CircDiff", dependencies: ["CircContract", "CircLexicon", "CircText"]),
        // Wires the extractor into the registry's ingest.
        .target(name: "CircPipeline", dependencies: ["CircExtract", "CircReader", "CircRegistry"]),
        // What the CLI prints: tables, CSV, Markdown, the terminal's width and colour.
        .target(name: "CircPresentation", dependencies: ["CircContract", "CircLexicon", "CircRegistry"]),
        .executableTarget(name: "circ", dependencies: [
            "CircText", "CircReader", "CircExtract", "CircRegistry", "CircDiff", "CircPipeline", "CircPresentation",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "circ-bench", dependencies: [
            "CircText", "CircReader", "CircExtract", "CircRegistry", "CircDiff", "CircPipeline", "CircPresentation",
        ]),
        // What the test targets share: the checkout's files, the lexicons loaded once, the
        // runner of the built binary, snapshot files (Tests/Snapshots).
        .target(name: "CircTestSupport", dependencies: ["CircExtract", "CircText", "CircPipeline"], path: "Tests/CircTestSupport"),
        .testTarget(name: "CircTextTests", dependencies: ["CircText", "CircReader", "CircExtract", "CircTestSupport"]),
        // Gold/ holds the development annotations, read from the checkout (not a resource).
        .testTarget(name: "CircExtractTests", dependencies: ["CircExtract", "CircText", "CircReader", "CircTestSupport"], exclude: ["Gold"]),
        .testTarget(name: "CircRegistryTests", dependencies: ["CircRegistry", "CircContract", "CircExtract", "CircPipeline", "CircPresentation", "CircTestSupport"]),
        .testTarget(name: "CircDiffTests", dependencies: ["CircDiff", "CircExtract", "CircTestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["CircExtract", "CircTestSupport"]),
    ],
    // Swift 6 mode: data-race safety checked by the compiler (lexicons are immutable Sendable values).
    swiftLanguageModes: [.v6]
)
