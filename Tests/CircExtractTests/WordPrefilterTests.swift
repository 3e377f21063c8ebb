import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// The prefilter may only say "no" to tokens that are none of its words.
final class WordPrefilterTests: XCTestCase {
    func testNeverRejectsOneOfItsWords() throws {
        let text = TestLexicons.text
        let f = WordPrefilter(["courrier", "lettre", "telegramme", "ecrit"])
        let tt = text.tokenize(text: "Un Courrier, une LETTRE et un télégramme ; il a écrit une note à Paris.")
        let kept = tt.tokens.filter { f.mayMatch(tt, $0) }.map { Folder.shared.fold(tt.string($0)) }
        for w in ["courrier", "lettre", "telegramme", "ecrit"] { XCTAssertTrue(kept.contains(w), "\(w) rejected: \(kept)") }
        // Words of another initial or length are turned away before being built.
        XCTAssertFalse(kept.contains("une"))
        XCTAssertFalse(kept.contains("paris"))
    }
}
