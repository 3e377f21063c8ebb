import CircTestSupport
import CircExtract
import Foundation
import XCTest
@testable import CircDiff

/// Which article is which between two versions of a code: rules on small codes written
/// here, then the issue's three real pairs of CESEDA consolidations.
final class CodeMatchingTests: XCTestCase {
    private let header = DocumentHeader(path: "x", sha256: "", kind: .code, date: nil, nor: nil, subject: nil, count: 0)

    private func diff(_ old: String, _ new: String) -> DiffReport {
        CodeDiffer().diff(oldText: old, newText: new, oldHeader: header, newHeader: header)
    }

    private func code(_ sections: [(String, [(String, String)])]) -> String {
        var s = "Code test\n\n# Partie législative\n"
        for (title, articles) in sections {
            s += "## \(title)\n"
            for (n, body) in articles { s += "#### Article \(n)\n\(body)\n\n" }
        }
        return s
    }

    // Texts long enough to be told apart by their words.
    let liberation = "La libération conditionnelle des étrangers condamnés à une peine privative de liberté et faisant l'objet d'une mesure d'interdiction du territoire est subordonnée à leur éloignement."
    let assignation = "Lorsque l'étranger justifie être dans l'impossibilité de quitter le territoire français, l'autorité administrative peut l'astreindre à résider dans les lieux qui lui sont fixés."
    let recours = "Le recours est adressé au secrétariat de la cour sous pli recommandé avec demande d'avis de réception."
    let avis = "La cour adresse au requérant un avis de réception de son recours et l'informe de son droit à un interprète."

    func testAMovedArticleIsReportedWithItsOldNumberAndTheFreedNumberAsAdded() {
        let old = code([("Titre VI : Dispositions diverses", [("L561-1", liberation)])])
        let new = code([("Titre VI : Assignation à résidence", [("L561-1", assignation)]),
                        ("Titre VII : Dispositions diverses", [("L571-1", liberation)])])
        let r = diff(old, new)
        let moved = r.articles.filter { $0.change == .moved }
        XCTAssertEqual(moved.map(\.article), ["L571-1"])
        XCTAssertEqual(moved.first?.oldArticle, "L561-1")
        XCTAssertNil(moved.first?.redline, "same words: no redline")
        XCTAssertEqual(r.articles.filter { $0.change == .added }.map(\.article), ["L561-1"])
        XCTAssertEqual(r.articles.first { $0.change == .added }?.reusedNumber, true)
        XCTAssertTrue(r.articles.allSatisfy { $0.change != .modified }, "never 'L561-1 modifié'")
        XCTAssertTrue(r.headings.isEmpty, "Titre VI took new content: not a rename of the old Titre VI")
    }

    func testAPureRenumberingIsAMoveNotRemovedPlusAdded() {
        let r = diff(code([("Chapitre III : Recours", [("L723-3-1", recours)])]),
                     code([("Chapitre III : Recours", [("L723-8", recours + " ")])]))
        XCTAssertEqual(r.articles.map { "\($0.change.rawValue) \($0.oldArticle ?? "-") \($0.article)" }, ["moved L723-3-1 L723-8"])
        XCTAssertEqual(r.summary.moved, 1); XCTAssertEqual(r.summary.added + r.summary.removed, 0)
    }

    func testAnArticleMovedToAnotherSectionIsReportedWithItsOldHeadings() {
        let r = diff(code([("Titre I : Entrée", [("L1", recours), ("L2", avis)])]),
                     code([("Titre I : Entrée", [("L1", recours)]), ("Titre II : Séjour", [("L2", avis)])]))
        let m = r.articles.filter { $0.change == .moved }
        XCTAssertEqual(m.map(\.article), ["L2"])
        XCTAssertNil(m.first?.oldArticle)
        XCTAssertEqual(m.first?.oldPath, ["Partie législative", "Titre I : Entrée"])
        XCTAssertEqual(m.first?.path, ["Partie législative", "Titre II : Séjour"])
    }

    func testARealRewriteUnderTheSameNumberStaysModified() {
        let r = diff(code([("Titre I", [("L1", recours)])]),
                     code([("Titre I", [("L1", recours.replacingOccurrences(of: "sous pli recommandé", with: "par voie électronique"))])]))
        XCTAssertEqual(r.articles.map { "\($0.change.rawValue) \($0.article)" }, ["modified L1"])
    }

    func testTheStarOfADecretEnConseilDesMinistresIsNotAChange() {
        let r = diff(code([("Titre I", [("R*311-12", recours)])]), code([("Titre I", [("R311-12", recours)])]))
        XCTAssertTrue(r.articles.isEmpty, r.articles.map(\.article).description)
        XCTAssertEqual(r.summary.unchanged, 1)
        XCTAssertEqual(ArticleNumber.canonical("R\\*311-12"), "R311-12")
        XCTAssertEqual(ArticleNumber.canonical("L. 551-1"), "L551-1")
        XCTAssertEqual(ArticleNumber.canonical("R553-14 bis"), "R553-14 bis")
    }

    func testADuplicatedNumberIsComparedOnceWithTheClosestCopyAndWarned() {
        // The older version lists R733-8 twice, a stale wording before the current one.
        let old = code([("Sous-section 2 : Présentation des recours", [("R733-8", recours), ("R733-8", avis), ("R733-7", assignation)])])
        let new = code([("Sous-section 2 : Présentation des recours", [("R733-8", avis), ("R733-7", assignation)])])
        let r = diff(old, new)
        XCTAssertTrue(r.articles.isEmpty, "no false modification: \(r.articles.map(\.article))")
        XCTAssertEqual(r.duplicates, [DuplicateArticle(side: "old", article: "R733-8", copies: 2)])
        XCTAssertTrue(TextRenderer(color: false, showUnchanged: false).render(r).contains("R733-8 figure 2 fois"))
    }

    func testARenamedHeadingIsReportedEvenWithNoArticleUnderIt() {
        let old = "Code\n\n# Partie\n## Section 1 : Questions prioritaires de constitutionnalité\n## Section 2 : Voies de recours\n#### Article R1\n\(recours)\n"
        let new = "Code\n\n# Partie\n## Section 1 : Question prioritaire de constitutionnalité\n## Section 2 : Voies de recours\n#### Article R1\n\(recours)\n"
        let r = diff(old, new)
        XCTAssertEqual(r.headings, [HeadingRename(parents: ["Partie"], old: "Section 1 : Questions prioritaires de constitutionnalité",
                                                  new: "Section 1 : Question prioritaire de constitutionnalité")])
        XCTAssertFalse(r.isEmpty)
        // Spacing alone is not a rename.
        XCTAssertTrue(diff(old, old.replacingOccurrences(of: "Section 2 : Voies", with: "Section 2 :  Voies")).headings.isEmpty)
    }

    // MARK: - The issue's pairs of real consolidations

    static let history = Fixtures.root.appendingPathComponent("Corpus/ceseda-history")
    private func real(_ a: String, _ b: String) throws -> DiffReport {
        func file(_ d: String) -> String {
            let h = Self.history.appendingPathComponent("\(d)_ceseda-consolide.md").path
            return FileManager.default.fileExists(atPath: h) ? h : Fixtures.path("Corpus/ceseda/\(d)_ceseda-consolide.md")
        }
        return CodeDiffer().diff(oldText: try Checkout.text(file(a)), newText: try Checkout.text(file(b)), oldHeader: header, newHeader: header)
    }

    func testJuly2011MovesL561ToL571AndTheFreedNumbersAreNew() throws {
        let r = try real("2011-07-10", "2011-07-18")
        for k in 1...3 {
            let moved = r.articles.first { $0.article == "L571-\(k)" }
            XCTAssertEqual(moved?.change, .moved, "L571-\(k)")
            XCTAssertEqual(moved?.oldArticle, "L561-\(k)")
            let added = r.articles.filter { $0.article == "L561-\(k)" }
            XCTAssertEqual(added.map(\.change), [.added], "L561-\(k): the new content only, no 'modifié'")
            XCTAssertTrue(added.first?.reusedNumber ?? false)
        }
    }

    func testApril2016RenamedHeadingIsReported() throws {
        let r = try real("2016-04-15", "2016-04-16")
        XCTAssertTrue(r.articles.isEmpty, "no article changed that day")
        XCTAssertEqual(r.headings.map(\.new), ["Sous-section 7 : Question prioritaire de constitutionnalité"])
        XCTAssertEqual(r.headings.map(\.old), ["Sous-section 7 : Questions prioritaires de constitutionnalité"])
    }

    func testMarchApril2014HasNoFalseModification() throws {
        let r = try real("2014-03-09", "2014-04-30")
        XCTAssertTrue(r.duplicates.contains(DuplicateArticle(side: "old", article: "R733-8", copies: 2)))
        // Every article reported modified really has other words on the two copies compared;
        // no duplicated number is reported modified.
        let dup = Set(r.duplicates.map(\.article))
        for a in r.articles where a.change == .modified {
            XCTAssertTrue(Redline.hasChanges(a.redline ?? []), a.article)
            XCTAssertFalse(dup.contains(a.article), "\(a.article) is listed twice and one copy matches")
        }
    }
}
