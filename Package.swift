// swift-tools-version:6.1
import PackageDescription

// Data flows one way: CircReader (bytes → source text) → CircText (normalise, tokenize)
// → CircExtract (structure, extract) → CircRegistry / CircDiff → circ (CLI).
// CircText is the only module that sees ICU's headers, and it never imports Foundation:
// Foundation ships its own ICU whose clang module clashes with the system one.
let package = Package(
    name: "circ",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "circ", targets: ["circ"]),
        .executable(name: "circ-bench", targets: ["circ-bench"]),
        .library(name: "CircKit", targets: ["CircText", "CircReader", "CircExtract", "CircRegistry", "CircDiff"]),
        // Reader, normaliser, tokenizer and extractor without the registry: what the fuzzers link.
        .library(name: "CircCore", targets: ["CircText", "CircReader", "CircExtract"]),
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
        .target(name: "CircExtract", dependencies: [
            "CircText", "CircReader", "CAllocator", "CircData",
        ]),
        .target(name: "CircRegistry", dependencies: [
            "CircExtract", "CircData", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "CircDiff", dependencies: ["CircExtract", "CircText"]),
        .executableTarget(name: "circ", dependencies: [
            "CircText", "CircReader", "CircExtract", "CircRegistry", "CircDiff",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "circ-bench", dependencies: [
            "CircText", "CircReader", "CircExtract", "CircRegistry", "CircDiff",
        ]),
        .testTarget(name: "CircTextTests", dependencies: ["CircText", "CircReader", "CircExtract"]),
        .testTarget(name: "CircExtractTests", dependencies: ["CircExtract", "CircText", "CircReader"]),
        .testTarget(name: "CircRegistryTests", dependencies: ["CircRegistry", "CircExtract"]),
        .testTarget(name: "CircDiffTests", dependencies: ["CircDiff", "CircExtract"]),
        .testTarget(name: "CLITests", dependencies: ["CircExtract"]),
    ],
    // Swift 6 mode: data-race safety checked by the compiler (lexicons are immutable Sendable values).
    swiftLanguageModes: [.v6]
)
