import CircExtract
import CircReader
@testable import CircRegistry
import CircText
import Foundation
import Testing

/// The matching kernel's promise (issue 12): one fold. Every lexicon form and every Corpus
/// token folds alike on every path — the lexicon's (`Fold.string` of a form, its words
/// keyed as already folded), extraction's (a token's range folded or keyed in place, the
/// token's text folded) and search's (`FrenchFolding`, which indexes obligations and folds
/// queries) — so that search can never disagree with extraction about what "the same word" is.
@Suite struct FoldAgreementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where two paths disagree on `s`, a line saying how; nil when they all agree.
    static func disagreement(_ s: String, scalars: ScalarStore? = nil, range: Range<Int>? = nil) -> String? {
        let folded = Fold.string(s)
        var paths: [(String, String)] = [("search", FrenchFolding.fold(s)), ("folded again", Fold.string(folded))]
        if let st = scalars, let r = range { paths.append(("in place", Fold.string(st, r))) }
        for (name, f) in paths where f != folded { return "\(s.debugDescription): \(name) \(f.debugDescription) ≠ \(folded.debugDescription)" }
        let key = WordKey.of(folded: folded)
        if Fold.key(s) != key { return "\(s.debugDescription): key of the text ≠ key of its folding" }
        if let st = scalars, let r = range, Fold.key(st, r) != key { return "\(s.debugDescription): key in place ≠ key of its folding" }
        // Search's words are the folding's runs of letters and digits.
        let words = folded.unicodeScalars.split { !Fold.isWordScalar($0) }.map { String(String.UnicodeScalarView($0)) }
        if FrenchFolding.words(s) != words { return "\(s.debugDescription): search words \(FrenchFolding.words(s)) ≠ \(words)" }
        return nil
    }

    /// Every string of every lexicon file, keys and values, recursively.
    static func lexiconStrings() throws -> [String] {
        var out: [String] = []
        func walk(_ v: Any) {
            if let s = v as? String { out.append(s) }
            else if let a = v as? [Any] { a.forEach(walk) }
            else if let d = v as? [String: Any] { for (k, x) in d { out.append(k); walk(x) } }
        }
        let dir = root.appendingPathComponent("Lexicons")
        let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
        for case let u as URL in files where u.pathExtension == "json" {
            walk(try JSONSerialization.jsonObject(with: Data(contentsOf: u)))
        }
        return out
    }

    @Test func everyLexiconFormFoldsAlike() throws {
        let forms = try Self.lexiconStrings()
        #expect(forms.count > 1000)
        let bad = forms.compactMap { Self.disagreement($0) }
        #expect(bad.isEmpty, "\(bad.count) forms: \(bad.prefix(5).joined(separator: "; "))")
        // A lexicon phrase's words are the folding's, split at spaces and after elisions.
        for f in forms {
            let words = LexiconPhrase.words(f)
            #expect(words.joined() == Fold.string(f).replacingOccurrences(of: " ", with: ""), "\(f)")
        }
    }

    @Test func everyCorpusTokenFoldsAlike() throws {
        let text = try TextPipeline(store: LexiconStore(directory: Self.root.appendingPathComponent("Lexicons")))
        let reader = DocumentReader()
        var tokens = 0
        var bad: [String] = []
        // A token's text is checked once (its folding depends on nothing else).
        var seen = Set<String>()
        let files = FileManager.default.enumerator(at: Self.root.appendingPathComponent("Corpus"), includingPropertiesForKeys: nil)!
        for case let u as URL in files where ["txt", "md", "html"].contains(u.pathExtension) {
            let tt = text.tokenize(try reader.read(path: u.path))
            let scalars = tt.text.scalars
            for t in tt.tokens {
                tokens += 1
                let s = tt.text.string(t.range)
                guard seen.insert(s).inserted else { continue }
                if tt.folded(t) != Fold.string(s) { bad.append("\(s.debugDescription): token folding"); continue }
                if let d = Self.disagreement(s, scalars: scalars, range: t.range) { bad.append(d) }
            }
        }
        #expect(tokens > 100_000)
        #expect(bad.isEmpty, "\(bad.count) of \(tokens) tokens: \(bad.prefix(5).joined(separator: "; "))")
    }
}
