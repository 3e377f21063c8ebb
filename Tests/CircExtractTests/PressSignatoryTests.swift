import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for the signatory of a press item, on sentences written for them: the minister
/// the item shows acting, whether or not a written instruction is mentioned; never a person
/// only named, nor one in apposition to another title.
final class PressSignatoryTests: XCTestCase {
    func signatory(_ text: String) -> String? {
        RefHarness.pipeline.extract(SourceDocument(path: "article.txt", text: text, format: .text)).metadata.signatory
    }

    func testTheMinisterShownActingWithoutAWrittenInstruction() {
        XCTAssertEqual(signatory("Le ministre de l'Intérieur, Jean Dupuis, a appelé les préfets à la vigilance avant le week-end."), "Jean Dupuis")
        XCTAssertEqual(signatory("La ministre de la Justice précise les réponses attendues. En premier lieu, Anne Lemaire insiste sur l'information des parquets."),
                       "Anne Lemaire")
    }

    func testAMinisterOnlyNamedIsNoSignatory() {
        XCTAssertNil(signatory("Sur demande du ministre de l'Intérieur, Jean Dupuis, un plan départemental a été présenté vendredi aux élus."))
    }

    func testANameInAppositionToAnotherTitleIsNotTheMinisters() {
        XCTAssertNil(signatory("Le ministre de l'Intérieur veut plus de policiers. Le maire, Paul Martin, avait alerté sur un sous-effectif."))
    }
}
