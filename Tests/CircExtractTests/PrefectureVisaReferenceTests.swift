import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests of the eighth reference round, on visas of préfecture acts written for them:
/// the décret's signatory between the kind and its date, a short code acronym that the visa
/// goes on to cite articles of, and "du code susvisé" among several codes cited. Each rule
/// has a counter-example where it could overreach.
final class PrefectureVisaReferenceTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-06-03" }
    var referenceKind: DocumentKind { .unknown }

    /// "Vu le décret du Président de la République du 15 janvier 2021 portant nomination…":
    /// the signatory is no word of the décret's name, so the date still dates it.
    func testDecreeSignatoryBeforeItsDate() {
        XCTAssertEqual(idSet("Vu le décret du Président de la République du 15 janvier 2021 portant nomination de M. X, préfet du Nord ;"), ["decret:2021-01-15"])
        XCTAssertEqual(idSet("Vu le décret du Premier ministre du 3 mai 2022 portant nomination d'un sous-préfet ;"), ["decret:2022-05-03"])
        XCTAssertEqual(idSet("Vu le décret du président de la République en date du 3 mai 2022 ;"), ["decret:2022-05-03"])
        // With its number, the number names it.
        XCTAssertEqual(idSet("Vu le décret du Président de la République n° 2022-1234 du 3 mai 2022 ;"), ["decret:2022-1234"])
        // Counter-examples: the signatory's phrase after another word, or no kind at all.
        XCTAssertEqual(idSet("Le rapport du Président de la République du 3 mai 2022 est publié."), [])
        XCTAssertEqual(idSet("Vu le décret portant nomination des membres du cabinet du Président de la République du 3 mai 2022 ;"), [])
    }

    /// "Vu le CSI, notamment son article L. 211-4": a three-letter acronym names the code
    /// when the visa goes on to "son article" / "ses articles", as the full name does.
    func testShortAcronymWhoseArticlesTheVisaCites() {
        XCTAssertEqual(idSet("Vu le CSI, notamment son article L. 211-4 ;"), ["CSI:L211-4"])
        XCTAssertEqual(idSet("Vu le CJA, et en particulier ses articles R. 421-1 et R. 421-5 ;"), ["CJA:R421-1", "CJA:R421-5"])
        // Counter-examples: an acronym followed by other words sets nothing, and a later
        // bare article is left unresolved.
        XCTAssertEqual(idSet("Le CSI, notamment dans les communes rurales, organise les secours. Vu l'article L. 211-4 ;").filter { !$0.hasPrefix("unknown:") }, [])
        XCTAssertEqual(idSet("Le CP, notamment ses élèves, participe à la sortie."), [])
    }

    /// "l'article L. 211-3 du code susvisé" after "Vu le code de la sécurité intérieure ;
    /// Vu le code pénal ;": the cited code whose numbering fits (the code pénal has no "L.").
    func testCodeSusviseAmongSeveralVisas() {
        let visas = "Vu le code de la sécurité intérieure ;\nVu le code pénal ;\n"
        XCTAssertEqual(idSet(visas + "Considérant qu'en application de l'article L. 211-3 du code susvisé, le préfet peut interdire ;"), ["CSI:L211-3"])
        XCTAssertEqual(idSet("Vu le code pénal ;\nVu le code de la sécurité intérieure ;\nConsidérant que l'article 431-9 du code précité punit ce délit ;"), ["CP:431-9"])
        // Counter-examples: the nearest code when it fits; "du même code" keeps the last code
        // named even when the numbering does not fit (flagged, as written).
        XCTAssertEqual(idSet(visas + "Considérant que l'article 431-9 du code susvisé punit ce délit ;"), ["CP:431-9"])
        let r = RefHarness.refs("L'article 78-2 du code de procédure pénale et l'article L. 611-1 du même code.", date: "2024-06-03")
        XCTAssertEqual(r.references.map(\.id), ["CPP:78-2", "CPP:611-1"])
        XCTAssertTrue(r.warnings.contains { $0.code == "cpp-article-letter" })
    }
}
