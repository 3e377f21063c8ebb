// swift-tools-version:6.1
import Foundation
import PackageDescription

// libFuzzer targets for circ's reader, normaliser, tokenizer and extractor. A package of its
// own so that the root package's `swift build` / `swift test` never build these.
// Build (see README.md):
//   swift build -c release --scratch-path ../.build-fuzz --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
//
// A path dependency's identity is its directory's name (the checkout may be called anything),
// so it is computed rather than written down.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "circ-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "CircCore", package: root)]),
        // Bytes → DocumentReader.decode → Normalizer → Tokenizer → Segmenter, with invariants.
        .executableTarget(name: "FuzzText", dependencies: ["FuzzSupport", .product(name: "CircCore", package: root)]),
        // Bytes → the whole extraction → the JSON contract.
        .executableTarget(name: "FuzzExtract", dependencies: ["FuzzSupport", .product(name: "CircCore", package: root)]),
    ],
    swiftLanguageModes: [.v5]
)
