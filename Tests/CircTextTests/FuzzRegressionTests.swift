import CircTestSupport
import CircText
import Foundation
import Testing

/// Issue 6: inputs that made the normaliser, tokenizer or segmenter quadratic (found with the
/// hostile-input tests; the fuzzers' own findings go here too, as `fuzz-<sha1>` cases). Each
/// checks the result is the one the simple algorithm gave, and that a size that used to take
/// minutes now takes well under the limit even in a debug build.
@Suite struct FuzzRegressionTests {
    func norm(_ s: String, _ m: Markup = .markdown) -> NormalizedText { TestLexicons.text.normalizer.normalize(s, markup: m) }

    func seconds(_ body: () -> Void) -> Double {
        let t0 = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    }

    /// Whether a footnote call starts its line is inherited through the calls before it.
    @Test func footnoteCallsInARowKeepStartsLine() {
        let t = norm("<sup>1</sup><sup>2</sup> <sup>3</sup> Texte.\nLe préfet<sup>4</sup> <sup>5</sup>.\n  \t<sup>6</sup> Note.")
        #expect(t.footnoteCalls.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        #expect(t.footnoteCalls.map(\.startsLine) == [true, true, true, false, false, true])
    }

    @Test func hundredThousandFootnoteCalls() {
        let s = "Le préfet doit agir" + String(repeating: "<sup>1</sup>", count: 100_000) + "."
        var t: NormalizedText? = nil
        let dt = seconds { t = norm(s) }
        #expect(t?.footnoteCalls.count == 100_000)
        #expect(t?.footnoteCalls.allSatisfy { !$0.startsLine } == true)
        #expect(dt < 30, "100,000 footnote calls took \(dt) s")
    }

    /// `<b>` finds its `</b>` within 5,000 scalars, as before; unclosed ones find nothing.
    @Test func boldCloseSearchIsExact() {
        let t = norm("<b>un</b> <b>deux <b>trois</b> <strong>quatre</strong> <b>cinq")
        #expect(t.bold.map { t.clean($0) } == ["un", "deux trois", "quatre"])
        let far = "<b>" + String(repeating: "x", count: 5_001) + "</b> <b>y</b>"
        let tf = norm(far)
        #expect(tf.bold.map { tf.clean($0) } == ["y"])
    }

    @Test func hundredThousandUnclosedBold() {
        let s = "Le préfet " + String(repeating: "<b>", count: 100_000) + "doit agir. <b>fin</b>"
        var t: NormalizedText? = nil
        let dt = seconds { t = norm(s) }
        #expect(t.map { $0.bold.count } == 1)
        #expect(dt < 30, "100,000 unclosed <b> took \(dt) s")
    }

    /// Elisions are still found; a long word full of apostrophes is one word (cut only at
    /// the token length limit), fast.
    @Test func apostropheWords() {
        #expect(kindsOf("l'article lorsqu'il aujourd'hui").prefix(2) == ["l'/elision", "article/word"])
        let s = String(repeating: "ab'", count: 100_000) + "ab"
        var n = 0
        let dt = seconds { n = TestLexicons.text.tokenize(text: s).tokens.count }
        #expect(n == (s.unicodeScalars.count + Token.maxLength - 1) / Token.maxLength)
        #expect(dt < 30, "a 300 KB word with apostrophes took \(dt) s")
    }

    /// Footnote lines still end units; 20,000 of them segment in linear time.
    @Test func manyFootnoteLines() {
        let s = (0..<20_000).map { "<sup>\($0 + 1)</sup> Note \($0) : le préfet doit agir\n" }.joined()
        var count = 0
        let dt = seconds { count = TestLexicons.text.tokenize(text: s, markup: .markdown).sentences.count }
        #expect(count == 20_000)
        #expect(dt < 30, "20,000 footnote lines took \(dt) s")
    }

    /// Tokens are eight bytes; a run longer than a token can hold is cut, never wrapped.
    @Test func megabyteWordIsCutIntoFullLengthTokens() {
        #expect(MemoryLayout<Token>.stride == 8)
        let n = 200_000
        let tt = TestLexicons.text.tokenize(text: "Le " + String(repeating: "a", count: n) + " fin", markup: .text)
        let long = tt.tokens.filter { $0.kind == .word && $0.start >= 3 && $0.end <= Int32(3 + n) }
        #expect(long.map { Int($0.length) } == [65_535, 65_535, 65_535, n - 3 * 65_535])
        #expect(zip(long, long.dropFirst()).allSatisfy { $0.end == $1.start })
        #expect(tt.tokens.last.map { tt.string($0) } == "fin")
    }
}
