import CircTestSupport
import CircText
import Testing

/// The normalised text keeps two bytes a scalar; scalars beyond U+FFFF go to a side table.
/// Offsets must stay scalar offsets and no scalar may be lost or altered on the way.
@Suite struct ScalarStoreTests {
    func norm(_ s: String, _ m: Markup = .text) -> NormalizedText { TestLexicons.text.normalizer.normalize(s, markup: m) }

    @Test func astralScalarsRoundTrip() {
        let s = "Le préfet 👩🏽‍⚖️ doit 𝔸 agir 🇫🇷 — נוהל ومرسوم \u{10FFFF}."
        let store = ScalarStore(s.unicodeScalars)
        #expect(store.count == s.unicodeScalars.count)
        #expect(Array(store) == Array(s.unicodeScalars))
        store.withView { v in
            #expect(v.count == store.count)
            #expect((0..<v.count).map { v[$0] } == Array(s.unicodeScalars))
        }
    }

    @Test func writesThroughBothAccessorsKeepAstralValues() {
        var store = ScalarStore("abcdef".unicodeScalars)
        store[1] = "😀"
        store.withMutableView { m in
            m[3] = "𝔸"
            m[4] = "é"
        }
        store[1] = "x"   // an astral position overwritten by a BMP scalar reads back as written
        #expect(String(String.UnicodeScalarView(store)) == "axc𝔸éf")
    }

    @Test func normalisedTextQuotesAstralSourceExactly() {
        for m in [Markup.text, .markdown, .html] {
            let s = "<b>Le préfet</b> doit 😀 notifier &#x1F600; la décision 🏳️‍🌈 **vite**."
            let t = norm(s, m)
            #expect(t.count == s.unicodeScalars.count)
            #expect(t.sourceString(0..<t.count) == s)
            let emoji = s.unicodeScalars.firstIndex(of: "😀").map { s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: $0) }!
            #expect(t.string(emoji..<(emoji + 1)) == "😀")
        }
        // The entity decodes to its astral scalar in the normalised text.
        let h = norm("<p>a &#x1F600; b</p>", .html)
        #expect(h.clean(0..<h.count) == "a 😀 b")
    }
}
