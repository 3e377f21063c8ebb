import CircTestSupport
import CircExtract
import CircReader
import CircText
import Foundation
import XCTest

/// Tokens of `s` as (normalised text, kind name) pairs.
func toks(_ s: String, markup: Markup = .text) -> [String] {
    let tt = TestLexicons.text.tokenize(text: s, markup: markup)
    return tt.tokens.map { tt.string($0) }
}

func kindsOf(_ s: String) -> [String] {
    let tt = TestLexicons.text.tokenize(text: s)
    return tt.tokens.map { "\(tt.string($0))/\($0.kind.name)" }
}

func sentences(_ s: String, markup: Markup = .text) -> [String] {
    let tt = TestLexicons.text.tokenize(text: s, markup: markup)
    return tt.sentences.map { tt.text.clean($0.range) }
}
