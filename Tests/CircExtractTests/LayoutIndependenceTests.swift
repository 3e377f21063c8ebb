import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// The same text in another layout gives the same extraction: what a juriste's copy looks
/// like (indented by pdftotext, wrapped in a website's furniture, run onto one line) must not
/// change what circ reads from it. Over every seed and development document of Corpus.
final class LayoutIndependenceTests: XCTestCase {
    struct Reading: Equatable {
        var metadata: [String?]
        var addressees: Set<String>
        var references: Set<String>
        var obligations: [String]
    }

    func read(_ text: String) -> Reading {
        let d = TestLexicons.pipeline.extract(SourceDocument(path: "variant.txt", text: text, format: .text))
        let m = d.metadata
        return Reading(metadata: [m.kind.rawValue, m.date, m.nor, m.emitter, m.signatory],
                       addressees: Set(d.addressees.map { "\($0.id) \($0.role)" }),
                       references: Set(d.references.map(\.id)),
                       obligations: d.obligations.map { $0.text.replacingOccurrences(of: "*", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ") })
    }

    var documents: [(String, String)] {
        let root = Fixtures.root.appendingPathComponent("Corpus")
        var out: [(String, String)] = []
        for dir in ["seeds", "devpool"] {
            let d = root.appendingPathComponent(dir)
            for f in (try? FileManager.default.contentsOfDirectory(atPath: d.path))?.sorted() ?? [] where f.hasSuffix(".txt") {
                if let t = try? String(contentsOf: d.appendingPathComponent(f), encoding: .utf8) { out.append((f, t)) }
            }
        }
        return out
    }

    func testIndentedAsByPdftotext() {
        let docs = documents
        XCTAssertGreaterThanOrEqual(docs.count, 45)
        for (name, t) in docs {
            let indented = t.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? String($0) : "        " + $0 }.joined(separator: "\n")
            XCTAssertEqual(read(indented), read(t), name)
        }
    }

    func testWrappedInWebsiteFurniture() {
        let furniture = "Accueil > Textes officiels > Circulaires\nPublié le 03/02/2023 | Mis à jour le 05/02/2023\n1 254 vues\nPartager\n\n"
        for (name, t) in documents {
            var a = read(furniture + t)
            let b = read(t)
            // A press page's "Publié le" is its publication date, when its text gives none;
            // a circular is never dated by the website that copies it.
            if ["article", "depeche", "communique"].contains(b.metadata[0] ?? ""), b.metadata[1] == nil {
                XCTAssertEqual(a.metadata[1], "2023-02-03", name)
                a.metadata[1] = nil
                // A text cited by day and month ("datée du 17 octobre") then has the year that
                // date gives: a reference more, dated before the page, where the undated page
                // left a warning.
                let extra = a.references.subtracting(b.references)
                XCTAssertTrue(extra.allSatisfy { id in
                    ["circulaire:", "instruction:", "note:", "loi:", "decret:"].contains { id.hasPrefix($0) } && String(id.suffix(10)) < "2023-02-03"
                }, "\(name): \(extra)")
                a.references.subtract(extra)
            }
            XCTAssertEqual(a, b, name)
        }
    }

    func testTypographicVariants() {
        // Typographic apostrophes, non-breaking spaces before ":" and double spaces after a
        // sentence's full stop: the same reading, quotes compared with one apostrophe.
        for (name, t) in documents {
            let v = t.replacingOccurrences(of: "'", with: "\u{2019}").replacingOccurrences(of: " :", with: "\u{A0}:")
                .replacingOccurrences(of: "([a-zé]\\.) ", with: "$1  ", options: .regularExpression)
            var a = read(v), b = read(t)
            a.obligations = a.obligations.map { $0.replacingOccurrences(of: "\u{2019}", with: "'") }
            b.obligations = b.obligations.map { $0.replacingOccurrences(of: "\u{2019}", with: "'") }
            XCTAssertEqual(a, b, name)
        }
    }

    /// "MINISTÈRE DE L'INTÉRIEUR" → "M I N I S T È R E  DE  L'I N T É R I E U R": the lines in
    /// capitals of the letterhead (the first forty lines) set letter-spaced, words two spaces
    /// apart.
    static func letterSpaced(_ t: String) -> String {
        t.components(separatedBy: "\n").enumerated().map { (n, line) -> String in
            let letters = line.filter(\.isLetter)
            guard n < 40, letters.count >= 6, letters.allSatisfy(\.isUppercase), !line.contains(".") else { return line }
            var out = ""
            var word = ""
            func flush() {
                out += word.count >= 4 && word.allSatisfy(\.isLetter) ? word.map(String.init).joined(separator: " ") : word
                word = ""
            }
            for c in line {
                if c.isLetter { word.append(c); continue }
                flush()
                out += c == " " ? "  " : String(c)
            }
            flush()
            return out
        }.joined(separator: "\n")
    }

    func testLetterSpacedCapitals() {
        for (name, t) in documents { XCTAssertEqual(read(Self.letterSpaced(t)), read(t), name) }
    }

    func testHeaderFlattenedOntoOneLine() {
        // Web copies of PDFs run the header into one paragraph: the addressee block and the
        // NOR are read from its words.
        let root = Fixtures.root.appendingPathComponent("Corpus/seeds")
        for f in (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.sorted() ?? [] where f.hasSuffix(".txt") {
            let t = try! String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
            let flat = t.split(whereSeparator: { $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            let a = read(flat), b = read(t)
            XCTAssertEqual(a.addressees, b.addressees, f)
            XCTAssertEqual(a.metadata[2], b.metadata[2], "\(f): NOR")
            // The kind and date (a release's date line runs into its title and first sentence).
            XCTAssertEqual(a.metadata[0], b.metadata[0], "\(f): kind")
            XCTAssertEqual(a.metadata[1], b.metadata[1], "\(f): date")
            XCTAssertEqual(a.references, b.references, f)
        }
    }
}
