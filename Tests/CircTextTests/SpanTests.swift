import CircTestSupport
import CircReader
import CircText
import Foundation
import Testing

@Suite struct SpanTests {
    /// On every Corpus file, every token's span quotes its text in the source, sentences
    /// nest their tokens, and tokens are ordered and disjoint.
    @Test func everyTokenSpanQuotesItsSource() throws {
        let files = Fixtures.corpusFiles()
        #expect(files.count >= 7)
        for url in files {
            let doc = try DocumentReader().read(path: url.path)
            let tt = TestLexicons.text.tokenize(doc)
            let src = Array(doc.text.unicodeScalars)
            #expect(tt.text.count == src.count)
            var last = 0
            for t in tt.tokens {
                #expect(t.start >= last && t.end > t.start && Int(t.end) <= src.count, "\(url.lastPathComponent) \(t)")
                last = Int(t.end)
                let quoted = String(String.UnicodeScalarView(src[t.range]))
                #expect(tt.text.sourceString(t.range) == quoted)
                // Normalised text differs from the source only by markup and typography.
                #expect(!tt.string(t).isEmpty)
            }
            for s in tt.sentences {
                #expect(tt.tokens[s.tokens.lowerBound].start == s.start)
                #expect(tt.tokens[s.tokens.upperBound - 1].end == s.end)
            }
            let covered = tt.sentences.reduce(0) { $0 + $1.tokens.count }
            #expect(covered == tt.tokens.count)
        }
    }

    /// Folding keeps one scalar per scalar and removes accents and case, as ICU decomposes.
    @Test func foldingIsScalarForScalar() {
        #expect(Folder.shared.fold("ÉLOIGNEMENT Préfète çà") == "eloignement prefete ca")
        #expect(Folder.shared.fold("Œuvre") == "oeuvre")
        #expect(Folder.shared.fold(UInt32(0xC9)) == UInt32(0x65))
    }
}
