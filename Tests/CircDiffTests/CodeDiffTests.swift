import CircExtract
import Foundation
import XCTest
@testable import CircDiff

final class CodeDiffTests: XCTestCase {
    private let header = DocumentHeader(path: "x", sha256: "", kind: .code, date: nil, nor: nil, subject: nil, count: 0)

    /// An independent line-level check of the CESEDA pair: articles split with a regex, link
    /// syntax removed the same documented way (a repealed citation loses its link, not its
    /// words), lines compared after collapsing spaces. Its added / removed / modified sets
    /// must be exactly the differ's.
    func testCesedaPairMatchesAnIndependentLineCheck() throws {
        let oldText = try Checkout.text(Checkout.cesedaOld), newText = try Checkout.text(Checkout.cesedaNew)
        func articles(_ text: String) throws -> [String: [String]] {
            let heading = try NSRegularExpression(pattern: #"^#+ Article (.+?)\s*$"#)
            let link = try NSRegularExpression(pattern: #"\[([^\]\n]*)\]\([^)\n]*\)"#)
            var out: [String: [String]] = [:]
            var current: String? = nil
            for raw in text.components(separatedBy: "\n") {
                let ns = raw as NSString
                if let m = heading.firstMatch(in: raw, range: NSRange(location: 0, length: ns.length)) {
                    // Numbers compared as the contract writes them: "R*742-1" is R742-1.
                    current = ns.substring(with: m.range(at: 1)).filter { $0 != "*" && $0 != "\\" && $0 != " " }.uppercased()
                    out[current!] = []
                    continue
                }
                if raw.hasPrefix("#") { current = nil; continue }
                guard let c = current else { continue }
                let unlinked = link.stringByReplacingMatches(in: raw, range: NSRange(location: 0, length: ns.length), withTemplate: "$1")
                let words = unlinked.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
                if !words.isEmpty { out[c]!.append(words) }
            }
            return out
        }
        let a = try articles(oldText), b = try articles(newText)
        let expectAdded = Set(b.keys).subtracting(a.keys)
        let expectRemoved = Set(a.keys).subtracting(b.keys)
        let expectModified = Set(a.keys.filter { b[$0] != nil && a[$0]! != b[$0]! })
        XCTAssertGreaterThan(expectModified.count, 100, "the pair is a real amendment (loi 2016-274)")

        let r = CodeDiffer().diff(oldText: oldText, newText: newText, oldHeader: header, newHeader: header)
        XCTAssertEqual(r.mode, .code)
        // By number, a renumbered article is one removed and one added number, and a number
        // reused for unrelated content is one "modified" number: the differ's finer report
        // must add up to exactly the line check's sets.
        let got = { (k: ChangeKind) in Set(r.articles.filter { $0.change == k && !$0.reusedNumber }.map(\.article)) }
        let renumbered = r.articles.filter { $0.change == .moved && $0.oldArticle != nil }
        let reused = Set(r.articles.filter(\.reusedNumber).map(\.article))
        let movedAndChanged = Set(r.articles.filter { $0.change == .moved && $0.oldArticle == nil && $0.redline != nil }.map(\.article))
        XCTAssertFalse(renumbered.isEmpty, "the 2016 reform renumbered articles")
        XCTAssertEqual(got(.added).union(renumbered.map(\.article)).subtracting(reused), expectAdded)
        XCTAssertEqual(got(.removed).union(renumbered.compactMap(\.oldArticle)).subtracting(reused), expectRemoved)
        let modified = got(.modified).union(reused).union(movedAndChanged)
        XCTAssertEqual(modified, expectModified, "only in differ: \(modified.subtracting(expectModified)), only in check: \(expectModified.subtracting(modified))")
        XCTAssertEqual(r.summary.unchanged + r.summary.modified + r.summary.added + r.summary.moved, b.count)
        // Each modified article's redline really has a change.
        for art in r.articles where art.change == .modified {
            XCTAssertTrue(Redline.hasChanges(art.redline ?? []), art.article)
        }
    }

    func testShapeDetection() throws {
        XCTAssertTrue(CodeConsolidation.looksLikeCode(try Checkout.text(Checkout.cesedaOld)))
        XCTAssertFalse(CodeConsolidation.looksLikeCode(try Checkout.text(Checkout.circular2024)))
    }

    func testSmallCode() {
        let old = """
        Code test

        # Partie législative
        ## Livre Ier
        #### Article L1
        Texte un.
        #### Article L2
        Texte deux, [L. 1](#article-l1).
        #### Article L3
        Texte trois.
        ## Livre II
        #### Article L4
        Quatre.
        #### Article L5
        Cinq.
        """
        let new = """
        Code test

        # Partie législative
        ## Livre Ier
        #### Article L1
        Texte un.
        #### Article L2
        Texte deux, L. 1.
        #### Article L3
        Texte   trois modifié.
        ## Livre II
        #### Article L5
        Cinq.
        #### Article L6
        Six.
        """
        let r = CodeDiffer().diff(oldText: old, newText: new, oldHeader: header, newHeader: header)
        XCTAssertEqual(r.articles.map { "\($0.change.rawValue) \($0.article)" }, ["modified L3", "removed L4", "added L6"])
        XCTAssertEqual(r.articles[0].redline?.filter { $0.op == .insert }.map { $0.splitTrailingSpace.core }, ["modifié"])
        XCTAssertEqual(r.articles[1].path, ["Partie législative", "Livre II"])
        XCTAssertEqual(r.summary.unchanged, 3)
    }
}
