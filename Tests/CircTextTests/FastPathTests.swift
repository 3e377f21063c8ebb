import CircTestSupport
import CircText
import Testing

/// The text layer's fast paths give what the full paths gave: the token array reserved from
/// a bound (and what goes past it), a number passed over without the OCR repairs' tests, the
/// space after a plain word passed by the scan itself.
@Suite struct FastPathTests {
    func norm(_ s: String) -> String {
        let tt = TestLexicons.text.tokenize(text: s)
        return tt.text.string(0..<tt.text.scalars.count)
    }

    @Test func tokensPastTheReservedBoundAreKeptInOrder() {
        // A word longer than a token is cut into pieces the bound does not count.
        let long = String(repeating: "a", count: 200_000)
        let pieces = toks(long + " fin")
        #expect(pieces.count == (200_000 + Token.maxLength - 1) / Token.maxLength + 1)
        #expect(pieces.dropLast().joined() == long)
        #expect(pieces.last == "fin")
    }

    @Test func denseTokensAreAllKept() {
        // The bound is exact on one-letter words: every token, in order.
        let t = toks(Array(repeating: "a b", count: 3000).joined(separator: " "))
        #expect(t.count == 6000)
        #expect(t.suffix(2) == ["a", "b"])
        #expect(toks(String(repeating: "x,", count: 3000)).count == 6000)
    }

    @Test func plainNumbersAreLeftAndMisreadOnesRepaired() {
        let plain = "le 12 mars 2016, L. 612-6, 3 240 euros, 1 800, n° 2016-1234, 10h30"
        #expect(norm(plain) == plain)
        #expect(norm("L. 6l2-6, 2O14, 731-l, l955, 20 1 8.") == "L. 612-6, 2014, 731-1, 1955, 2018.")
    }

    @Test func spacesAfterWordsSeparateThem() {
        #expect(toks("le préfet  veille\nau délai.") == ["le", "préfet", "veille", "au", "délai", "."])
    }
}
