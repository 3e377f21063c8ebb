import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Every `examples` entry of the reference lexicons is recognised as what it illustrates.
final class ReferenceLexiconTests: XCTestCase {
    struct Code: Decodable { let id: String; let examples: [String] }
    struct Court: Decodable { let id: String; let examples: [String] }
    struct Kind: Decodable { let prefix: String; let examples: [String] }
    struct Word: Decodable { let form: String; let value: Int?; let examples: [String] }

    func testCodeExamples() throws {
        for c in try TestLexicons.store.load("codes.json", as: [Code].self) {
            for x in c.examples {
                let ids = RefHarness.ids(x, date: "2024-10-28")
                XCTAssertTrue(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix("\(c.id):") }, "\(c.id): \(x) → \(ids)")
            }
        }
    }

    func testCourtExamples() throws {
        for c in try TestLexicons.store.load("courts.json", as: [Court].self) {
            for x in c.examples {
                let ids = RefHarness.ids(x, date: "2024-10-28")
                XCTAssertTrue(ids.contains { $0.hasPrefix("juris:\(c.id)-") || $0.hasPrefix("juris:\(c.id):") }, "\(c.id): \(x) → \(ids)")
            }
        }
    }

    func testTextKindExamples() throws {
        for k in try TestLexicons.store.load("text-kinds.json", as: [Kind].self) {
            for x in k.examples {
                let ids = RefHarness.ids(x, date: "2024-10-28")
                XCTAssertTrue(ids.contains { $0.hasPrefix("\(k.prefix):") }, "\(k.prefix): \(x) → \(ids)")
            }
        }
    }

    /// Each article list's examples are ranges that it expands (more ids than the two ends,
    /// no `range-not-expanded` warning).
    func testCodeArticleListExamples() throws {
        struct ListFile: Decodable { let code: String; let examples: [String] }
        let files = TestLexicons.store.files(in: CodeArticleLists.folder)
        XCTAssertFalse(files.isEmpty)
        for name in files {
            let f = try TestLexicons.store.load(name, as: ListFile.self)
            XCTAssertFalse(f.examples.isEmpty, name)
            for x in f.examples {
                let r = RefHarness.refs(x, date: "2016-06-01")
                XCTAssertTrue(r.references.count > 2 && r.references.allSatisfy { $0.id.hasPrefix("\(f.code):") }, "\(name): \(x) → \(r.references.map(\.id))")
                XCTAssertFalse(r.warnings.contains { $0.code == "range-not-expanded" }, "\(name): \(x)")
            }
        }
    }

    func testWordExamples() throws {
        let data = try Data(contentsOf: TestLexicons.store.directory.appendingPathComponent("reference-words.json"))
        let sections = try JSONDecoder().decode([String: [Word]].self, from: data)
        for (section, words) in sections {
            for w in words {
                for x in w.examples {
                    let r = RefHarness.refs(x, date: "2015-02-19")
                    let known = r.references.filter { $0.kind != .unknown }
                    XCTAssertFalse(known.isEmpty, "\(section)/\(w.form): \(x) → \(r.references.map(\.id))")
                    switch section {
                    case "ordinals": XCTAssertTrue(known.contains { $0.alinea == w.value }, "\(w.form): \(x)")
                    case "sameCode": XCTAssertTrue(known.contains { $0.resolvedBy == "meme-code" }, "\(w.form): \(x)")
                    case "constitutionalTypes": XCTAssertTrue(known.contains { $0.id.hasPrefix("cc:") && $0.id.hasSuffix("-\(w.form.filter { $0 != "." })") }, "\(w.form): \(x)")
                    case "otherTexts": XCTAssertTrue(r.references.allSatisfy { $0.kind != .codeArticle && $0.kind != .unknown }, "\(w.form): \(x) → \(r.references.map(\.id))")
                    default: break
                    }
                }
            }
        }
    }
}
