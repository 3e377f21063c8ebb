import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Every example a lexicon entry gives is recognised by the rule that entry feeds.
final class LexiconExampleTests: XCTestCase {

    func testDeonticMarkerExamples() throws {
        let lex = try DeonticLexicon(store: TestLexicons.store)
        var checked = 0
        for m in lex.markers {
            for ex in m.examples {
                let tt = TestLexicons.text.tokenize(text: ex)
                let words = tt.tokens.map { MatchWord.of(tt, $0) }
                let hits = ClauseMatcher(lex: lex, isPress: m.pressOnly).hits(words: words, inQuote: words.map { _ in false })
                XCTAssertTrue(hits.contains { $0.modality == m.modality }, "\(m.pattern): \(ex) → \(hits.map(\.modality))")
                // Its own marker, not another one of the same modality that the example also
                // contains: an example that another marker recognises proves nothing about this one.
                let own = words.indices.compactMap { k in DeonticLexicon.match(m.elements[...], words, at: k).map { k..<$0 } }
                XCTAssertFalse(own.isEmpty, "\(m.pattern): the pattern itself does not match its example «\(ex)» (words \(words))")
                let found = hits.map { "\($0.marker) (\($0.modality))" }
                if m.attach {
                    // "ne doit en aucun cas": the marker gives its modality to the modal beside it
                    // (within three words, as `ClauseMatcher` attaches it), or stands alone.
                    XCTAssertTrue(hits.contains { h in h.modality == m.modality && own.contains { r in
                        h.marker == m.pattern || h.end <= r.lowerBound && r.lowerBound - h.end <= 3 || h.start >= r.upperBound && h.start - r.upperBound <= 3 } },
                                  "\(m.pattern): «\(ex)» → \(found): no directive beside the marker takes its modality")
                } else {
                    XCTAssertTrue(hits.contains { $0.marker == m.pattern && $0.modality == m.modality },
                                  "\(m.pattern): «\(ex)» is recognised by \(found), not by its own marker")
                }
                checked += 1
            }
        }
        for ex in lex.file.futureSecondPerson.examples {
            let tt = TestLexicons.text.tokenize(text: ex)
            let words = tt.tokens.map { MatchWord.of(tt, $0) }
            let hits = ClauseMatcher(lex: lex, isPress: false).hits(words: words, inQuote: words.map { _ in false })
            XCTAssertEqual(hits.first?.modality, .obligation, ex)
            // Recognised as the instruction future ("vous …" + future ending), not by a lexicon marker.
            XCTAssertTrue(hits.first?.marker.hasPrefix("vous …") ?? false, "\(ex) → \(hits.map(\.marker))")
        }
        XCTAssertGreaterThan(checked, 50)
    }

    func testAddresseeTitleExamples() throws {
        let a = try AddresseeExtractor(store: TestLexicons.store)
        let file = try TestLexicons.store.load("addressee-titles.json", as: TitlesExamples.self)
        for t in file.titles {
            for ex in t.examples {
                var f = Folder.shared.fold(ex)
                for c in a.civilities where f.hasPrefix(c + " ") { f = String(f.dropFirst(c.count + 1)); break }
                XCTAssertEqual(a.title(in: f), t.id, ex)
            }
        }
    }

    func testServiceExamples() throws {
        let o = try ObligationExtractor(store: TestLexicons.store, addressees: AddresseeExtractor(store: TestLexicons.store))
        let file = try TestLexicons.store.load("services.json", as: ServicesExamples.self)
        for s in file.services {
            for ex in s.examples {
                let tt = TestLexicons.text.tokenize(text: ex)
                let words = " " + tt.tokens.map { MatchWord.of(tt, $0) }.joined(separator: " ") + " "
                XCTAssertEqual(o.lastService(in: words), s.id, ex)
            }
        }
    }

    func testTokenizerLexiconExamples() throws {
        for (section, form, example) in try TextLexicons.examples(store: TestLexicons.store) {
            let tt = TestLexicons.text.tokenize(text: example)
            let toks = tt.tokens.map { (tt.string($0), $0.kind) }
            let f = Folder.shared.fold(form)
            switch section {
            case "elisions":
                XCTAssertTrue(toks.contains { $0.1 == .elision && Folder.shared.fold($0.0) == f + "'" }, "\(example) \(toks)")
            case "keepWhole":
                XCTAssertEqual(toks.first?.1, .word, example)
                XCTAssertTrue(toks.first.map { Folder.shared.fold($0.0).hasPrefix(f.replacingOccurrences(of: "'", with: "")) || Folder.shared.fold($0.0).hasPrefix(f) } ?? false, "\(example) \(toks)")
            case "abbreviations":
                // Month abbreviations are recognised inside the date they belong to.
                XCTAssertTrue(toks.contains { ($0.1 == .abbreviation || $0.1 == .textNumber) && Folder.shared.fold($0.0).hasPrefix(f)
                    || $0.1 == .date && Folder.shared.fold($0.0).contains(f) }, "\(example) \(toks)")
            case "articlePrefixes":
                XCTAssertTrue(toks.contains { $0.1 == .article && $0.0.hasPrefix(form) }, "\(example) \(toks)")
            case "articleSuffixes":
                XCTAssertTrue(toks.contains { $0.1 == .article && $0.0.hasSuffix(form) }, "\(example) \(toks)")
            case "ordinalSuffixes":
                XCTAssertTrue(toks.contains { $0.1 == .ordinal || $0.1 == .date }, "\(example) \(toks)")
            case "romanOrdinalSuffixes":
                XCTAssertTrue(toks.contains { $0.1 == .ordinal && Folder.shared.fold($0.0).hasSuffix(f) }, "\(example) \(toks)")
            case "gluedWords":
                // The word stands apart from the number it was glued to.
                XCTAssertTrue(toks.contains { $0.1 == .word && Folder.shared.fold($0.0) == f }
                              && !toks.contains { $0.1 == .number && Folder.shared.fold($0.0).hasSuffix(f) }, "\(example) \(toks)")
            case "lineOpenWords":
                // After a line long enough to be a wrapped one, the break is no unit's end.
                let wrapped = TestLexicons.text.tokenize(text: "Je vous demande de noter avec soin que " + example)
                XCTAssertEqual(wrapped.sentences.count, 1, example)
            case "capitalLineOpenWords":
                // Even before a capitalised line, the break after the form is no unit's end.
                let wrapped = TestLexicons.text.tokenize(text: "Je vous demande de noter avec soin que " + example)
                XCTAssertEqual(wrapped.sentences.count, 1, example)
            case "runOnOpeners":
                // The heading run on before it is a unit of its own; the sentence opens on the form.
                let run = TestLexicons.text.tokenize(text: example)
                XCTAssertEqual(run.sentences.count, 2, example)
                XCTAssertEqual(run.sentences.last.map { Folder.shared.fold(run.string(run.tokens[$0.tokens.lowerBound])) }, f, example)
            case "compoundSeconds":
                // The compound keeps its hyphen over the line break: one word, "académie-directeurs".
                XCTAssertTrue(toks.contains { Folder.shared.fold($0.0).hasSuffix("-" + f) }, "\(example) \(toks)")
                XCTAssertFalse(toks.contains { Folder.shared.fold($0.0).hasSuffix("e" + f) }, "\(example) \(toks)")
            case "months":
                let dates = tt.tokens.filter { $0.kind == .date }.compactMap { FrenchDate.parse(tt.string($0), months: TestLexicons.text.lexicons.months) }
                XCTAssertEqual(dates.first?.month, Int(form), "\(example) \(toks)")
            default:
                XCTFail("unknown section \(section)")
            }
        }
    }

    /// Each site notice is blanked with the rest of its line; the text before it stays.
    func testWebFurnitureExamples() throws {
        struct File: Decodable { struct P: Decodable { let form: String; let examples: [String] }; let phrases: [P] }
        let file = try TestLexicons.store.load("web-furniture.json", as: File.self)
        XCTAssertFalse(file.phrases.isEmpty)
        for p in file.phrases {
            for ex in p.examples {
                let tt = TestLexicons.text.tokenize(text: "Le préfet a réuni les maires.\n" + ex)
                let words = tt.tokens.map { tt.string($0) }
                XCTAssertEqual(Array(words.prefix(6)), ["Le", "préfet", "a", "réuni", "les", "maires"], ex)
                let first = TestLexicons.text.tokenize(text: p.form).tokens.first.map { TestLexicons.text.tokenize(text: p.form).string($0) } ?? ""
                XCTAssertFalse(words.dropFirst(6).contains(first), "\(p.form) left in \(words)")
            }
        }
        // A sentence of a text is left alone.
        let tt = TestLexicons.text.tokenize(text: "« Il vous reste cinq mois pour accentuer l'effort », a prévenu le ministre. Accédez aux guichets.")
        XCTAssertTrue(tt.tokens.contains { tt.string($0) == "reste" } && tt.tokens.contains { tt.string($0) == "Accédez" })
    }

    struct TitlesExamples: Decodable {
        struct T: Decodable { let id: String; let examples: [String] }
        let titles: [T]
    }
    struct ServicesExamples: Decodable {
        struct S: Decodable { let id: String; let examples: [String] }
        let services: [S]
    }
}
