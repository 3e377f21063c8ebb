import XCTest
@testable import CircDiff

final class RedlineTests: XCTestCase {
    /// Reassembles each side from a redline, ignoring whitespace.
    private func sides(_ segs: [RedlineSegment]) -> (String, String) {
        let o = segs.filter { $0.op != .insert }.map(\.oldSideText).joined()
        let n = segs.filter { $0.op != .delete }.map(\.text).joined()
        return (o.split(whereSeparator: \.isWhitespace).joined(separator: " "), n.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    func testOneWordReplaced() {
        let segs = Redline.words(old: "J'attends donc, chaque mois, des réponses.", new: "J'attends donc, chaque trimestre, des réponses.")
        XCTAssertEqual(segs.filter { $0.op == .delete }.map(\.text), ["mois"])
        XCTAssertEqual(segs.filter { $0.op == .insert }.map(\.text), ["trimestre"])
    }

    func testArticleNumberIsOneToken() {
        let segs = Redline.words(old: "article L. 743-22 du CESEDA", new: "article L. 743-21 du CESEDA")
        XCTAssertEqual(segs.filter { $0.op == .delete }.map { $0.splitTrailingSpace.core }, ["743-22"])
        XCTAssertEqual(segs.filter { $0.op == .insert }.map { $0.splitTrailingSpace.core }, ["743-21"])
    }

    func testIdenticalTextHasNoChanges() {
        let t = "Vous veillerez à garantir le correct armement."
        XCTAssertFalse(Redline.hasChanges(Redline.words(old: t, new: t)))
        XCTAssertFalse(Redline.hasChanges(Redline.words(old: t, new: "Vous  veillerez à garantir\nle correct armement.")),
                       "re-wrapped whitespace is not a change")
    }

    /// Myers on random token strings: both sides reassemble exactly, and the edit count is
    /// minimal (checked against a plain LCS table on small inputs).
    func testMyersReassemblesAndIsMinimal() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...14, using: &rng)).map { _ in Int32.random(in: 0...4, using: &rng) }
            let b = (0..<Int.random(in: 0...14, using: &rng)).map { _ in Int32.random(in: 0...4, using: &rng) }
            let runs = MyersDiff.diff(a, b)
            var ra: [Int32] = [], rb: [Int32] = []
            var edits = 0
            for r in runs {
                switch r.op {
                case .equal: ra += a[r.oldRange]; rb += b[r.newRange]; XCTAssertEqual(Array(a[r.oldRange]), Array(b[r.newRange]))
                case .delete: ra += a[r.oldRange]; edits += r.oldRange.count
                case .insert: rb += b[r.newRange]; edits += r.newRange.count
                }
            }
            XCTAssertEqual(ra, a); XCTAssertEqual(rb, b)
            XCTAssertEqual(edits, a.count + b.count - 2 * lcs(a, b), "\(a) → \(b)")
        }
    }

    private func lcs(_ a: [Int32], _ b: [Int32]) -> Int {
        var t = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : max(t[i + 1][j], t[i][j + 1])
            }
        }
        return t[0][0]
    }

    func testRewrittenSentenceIsOneBlockNotConfetti() {
        let segs = Redline.words(
            old: "Le préfet informe sans délai le procureur de la République de la décision.",
            new: "Tout étranger souhaitant entrer en France doit solliciter un visa de la République.")
        // No lone "de" / "la" / "le" islands between the struck and inserted blocks.
        let islands = segs.dropFirst().dropLast().filter { $0.op == .equal && $0.splitTrailingSpace.core.count <= 3 }
        XCTAssertTrue(islands.isEmpty, "\(segs)")
        let (o, n) = sides(segs)
        XCTAssertEqual(o, "Le préfet informe sans délai le procureur de la République de la décision.")
        XCTAssertEqual(n, "Tout étranger souhaitant entrer en France doit solliciter un visa de la République.")
    }
}
