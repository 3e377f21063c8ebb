import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// A short directive that introduces a list ("Vous veillerez notamment à :") and the items
/// under it, when the letter's body opens on them: written for the rule, with the cases where
/// the introduction has content of its own or is a header's label.
final class ListIntroductionTests: XCTestCase, HeaderRuleTesting {
    static let header = "Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de département\n\nObjet : contrôle des titres de séjour.\n\n"

    /// The body opens on "Vous veillerez notamment à :" and its items, before any sentence of
    /// eight words: the items are directives, not header lines, and the introduction, with no
    /// content of its own, is none.
    func testADirectiveListOpeningTheBody() {
        let d = extract(Self.header + "Vous veillerez notamment à :\n- vérifier la situation administrative de chaque demandeur ;\n- saisir sans délai le juge des libertés et de la détention.\n\nIl vous appartiendra en particulier de :\n1° réunir le comité départemental ;\n2° me rendre compte de ses travaux.\n")
        XCTAssertEqual(d.obligations.map(\.text), ["- vérifier la situation administrative de chaque demandeur ;",
                                                    "- saisir sans délai le juge des libertés et de la détention.",
                                                    "1° réunir le comité départemental ;", "2° me rendre compte de ses travaux."])
        XCTAssertTrue(d.obligations.allSatisfy { $0.modality == .obligation && $0.actor == "addressees" })
    }

    /// Items numbered "1." or "2)" under "Je vous demande :" where the body opens on them: the
    /// number reads as a section's label, yet the body starts at the introduction and each
    /// item is a directive. A numbered heading in capitals after a field stays the body's start.
    func testNumberedItemsOpeningTheBody() {
        for (one, two) in [("1.", "2."), ("1)", "2)")] {
            let d = extract(Self.header + "Je vous demande :\n\n\(one) de réunir chaque trimestre le comité départemental ;\n\n\(two) de veiller à l'information des maires.\n")
            XCTAssertEqual(d.obligations.count, 2, "\(one) \(d.obligations.map(\.text))")
            XCTAssertTrue(d.obligations.allSatisfy { $0.modality == .obligation && $0.actor == "addressees" })
        }
        let s = TestLexicons.pipeline.structure(SourceDocument(path: "t.txt", text: Self.header + "1. Le contexte\n\nLes contrôles seront renforcés.\n", format: .text))
        XCTAssertEqual(s.text.text.clean(s.bodyStart..<(s.bodyStart + 5)), "1. Le")
    }

    /// An introduction with content of its own ("au respect des règles suivantes") stays the
    /// directive, its noun items read into it.
    func testAnIntroductionWithContentKeepsItsItems() {
        let d = extract(Self.header + "La présente circulaire précise les modalités du contrôle dans vos départements.\n\nVous veillerez au respect des règles suivantes :\n- la régularité du séjour ;\n- la situation familiale.\n")
        XCTAssertEqual(d.obligations.count, 1, "\(d.obligations.map(\.text))")
        XCTAssertTrue(d.obligations.first?.text.contains("la situation familiale") == true)
    }

    /// A header's label before a list ("Pour attribution :", "Destinataires :") does not start
    /// the body, nor does a capitalised list of titles.
    func testAHeaderLabelAndItsListAreNoBody() {
        let s = TestLexicons.pipeline.structure(SourceDocument(path: "t.txt", text: "Le ministre de l'intérieur\n\nPour attribution :\n- préfets de région ;\n- préfets de département.\n\nLa présente circulaire précise les modalités du contrôle dans vos départements.\n", format: .text))
        XCTAssertEqual(s.text.text.clean(s.bodyStart..<(s.bodyStart + 12)), "La présente")
    }
}
