import CircReader
import CircText

/// How a fuzz input becomes a document: the first byte picks the format (its low two bits:
/// txt, markdown, html, pdf-text), the rest are the file's bytes. Seeds written by
/// `make-seeds.sh` follow the same layout, so a crash file replays under either target.
public enum FuzzInput {
    public static let formats: [SourceFormat] = [.text, .markdown, .html, .pdf]

    public static func document(_ data: UnsafePointer<UInt8>, _ size: Int) -> SourceDocument? {
        guard size >= 1 else { return nil }
        let buf = UnsafeBufferPointer(start: data, count: size)
        let format = formats[Int(buf[0] & 3)]
        let bytes = Array(buf.dropFirst())
        // The reader either decodes or refuses with a one-line error; both are fine, a trap is not.
        do {
            let doc = try DocumentReader().read(bytes: bytes, path: "fuzz-input", format: format)
            return doc
        } catch let e as ReadError {
            check(!e.description.contains("\n"), "ReadError is not one line: \(e.description)")
            return nil
        } catch {
            fatalError("DocumentReader threw something other than ReadError: \(error)")
        }
    }

    /// A failed invariant is a crash for libFuzzer.
    @inline(__always) public static func check(_ ok: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !ok() { fatalError(message()) }
    }

    /// What normalise + tokenize promise whatever the input.
    public static func checkTokenized(_ tt: TokenizedText) {
        let n = tt.text.scalars.count
        let sourceCount = tt.text.sourceString(0..<n).unicodeScalars.count
        check(n == sourceCount, "the source and the normalised text differ in length: \(sourceCount) vs \(n)")
        var last: Int32 = 0
        for t in tt.tokens {
            check(t.start < t.end, "empty or inverted token \(t)")
            check(t.start >= last, "tokens overlap or go backwards at \(t.start) (previous end \(last))")
            check(Int(t.end) <= n, "token past the end: \(t.end) > \(n)")
            last = t.end
        }
        var next = 0
        for s in tt.sentences {
            check(s.tokens.lowerBound == next, "sentences skip tokens at \(next)")
            check(!s.tokens.isEmpty, "empty sentence")
            check(s.start == tt.tokens[s.tokens.lowerBound].start && s.end == tt.tokens[s.tokens.upperBound - 1].end, "sentence span does not match its tokens")
            next = s.tokens.upperBound
        }
        check(next == tt.tokens.count, "sentences do not cover every token")
        for r in tt.text.bold { check(r.lowerBound >= 0 && r.upperBound <= n, "bold range out of bounds: \(r)") }
        for c in tt.text.footnoteCalls { check(c.range.lowerBound >= 0 && c.range.upperBound <= n, "footnote call out of bounds: \(c.range)") }
        for h in tt.text.headings { check(h.range.lowerBound >= 0 && h.range.upperBound <= n, "heading out of bounds: \(h.range)") }
    }
}
