import CircExtract
import CircReader
import CircText
import Foundation
import XCTest

/// One text pipeline for all tests: lexicons load once.
enum Fixture {
    static let store: LexiconStore = try! LexiconStore.locate()
    static let text: TextPipeline = try! TextPipeline(store: store)
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var corpus: URL { root.appendingPathComponent("Corpus") }

    static func corpusFiles() -> [URL] {
        let e = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)!
        return e.compactMap { $0 as? URL }.filter { ["txt", "md", "html"].contains($0.pathExtension) && $0.lastPathComponent != "README.md" }
            .sorted { $0.path < $1.path }
    }

    static func seed(_ prefix: String) -> String {
        let url = corpusFiles().first { $0.lastPathComponent.hasPrefix(prefix) }!
        return try! String(contentsOf: url, encoding: .utf8)
    }
}

/// Tokens of `s` as (normalised text, kind name) pairs.
func toks(_ s: String, markup: Markup = .text) -> [String] {
    let tt = Fixture.text.tokenize(text: s, markup: markup)
    return tt.tokens.map { tt.string($0) }
}

func kindsOf(_ s: String) -> [String] {
    let tt = Fixture.text.tokenize(text: s)
    return tt.tokens.map { "\(tt.string($0))/\($0.kind.name)" }
}

func sentences(_ s: String, markup: Markup = .text) -> [String] {
    let tt = Fixture.text.tokenize(text: s, markup: markup)
    return tt.sentences.map { tt.text.clean($0.range) }
}
