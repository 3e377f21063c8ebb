import CircRegistry
import XCTest

final class FrenchSearchTests: XCTestCase {
    func stem(_ w: String) -> String { FrenchStemmer.stem(FrenchFolding.fold(w)) }

    func testRetentionFamilyMeets() {
        let forms = ["rétention", "retentions", "retenu", "retenue", "retenues", "RÉTENTION", "retenir"]
        XCTAssertEqual(Set(forms.map(stem)).count, 1, "\(forms.map(stem))")
    }

    func testPluralsAndCaseMeet() {
        XCTAssertEqual(stem("préfets"), stem("Préfet"))
        XCTAssertEqual(stem("éloignements"), stem("éloignement"))
        XCTAssertEqual(stem("journaux"), stem("journal"))
        XCTAssertEqual(stem("signalée"), stem("signalé"))
    }

    func testDifferentWordsStayApart() {
        XCTAssertNotEqual(stem("rétention"), stem("préfet"))
        XCTAssertNotEqual(stem("mois"), stem("moins"))
        XCTAssertEqual(stem("742"), "742", "numbers are kept whole")
    }

    func testFoldingHandlesLigaturesAndDecomposedAccents() {
        XCTAssertEqual(FrenchFolding.fold("ŒUVRE Préfète"), "oeuvre prefete")
        XCTAssertEqual(FrenchFolding.fold("e\u{301}loignement"), "eloignement")
        XCTAssertEqual(FrenchFolding.words("l'article L. 742-5"), ["l", "article", "l", "742", "5"])
    }

    /// Whatever the user types, the expression holds only quoted [a-z0-9] words, `*`, AND, OR, parentheses of ours.
    func testMatchExpressionNeutralisesFTSSyntax() throws {
        let hostile = ["\"", "*", "NEAR(rétention assignation, 5)", "rétention OR", "OR", "(", ")", "-rétention",
                       "rétention\"", "stems:retention", "^rétention", "a AND NOT b", "'; DROP TABLE obligations; --",
                       "\"unterminated", "x*y*", "🙂 عربي", "{stems} : retention"]
        for q in hostile {
            guard let expr = FrenchSearchText.matchExpression(q) else { continue }
            let stripped = expr.replacingOccurrences(of: #""[\p{L}\p{N}]+""#, with: "W", options: .regularExpression)
            let leftover = stripped.replacingOccurrences(of: #"W|\*|AND|OR|\(|\)| "#, with: "", options: .regularExpression)
            XCTAssertEqual(leftover, "", "unexpected syntax for \(q): \(expr)")
        }
        XCTAssertNil(FrenchSearchText.matchExpression("la le les \" * ( )"), "only stopwords and symbols: nothing to search")
        XCTAssertEqual(FrenchSearchText.matchExpression("rétention OR assignation"), "\"reten\" OR \"assign\"")
    }
}
