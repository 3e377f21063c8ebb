import CircExtract
import Foundation
import XCTest
@testable import CircDiff

final class RendererTests: XCTestCase {
    /// A report with every kind of entry, and hostile text in it.
    func sample() -> DiffReport {
        var a = ob("Vous veillerez à <script>alert('x')</script> & garantir chaque mois l'armement.", section: "1", deadlines: ["R/P1M"])
        a.references = ["CESEDA:L743-22"]
        var a2 = ob("Vous veillerez à <script>alert('x')</script> & garantir chaque trimestre l'armement.", section: "1", deadlines: ["R/P3M"])
        a2.references = ["CESEDA:L743-21"]; a2.modality = .recommendation
        let gone = ob("Vous me signalerez les difficultés [rencontrées] | 2_3 <b>ici</b>.", section: "1")
        let fresh = ob("Vous adresserez chaque semaine un état des mesures.", section: "2", deadlines: ["R/P1W"])
        let x = ob("Il vous appartient de vérifier l'existence d'une perspective raisonnable d'éloignement.", section: "3")
        let y = ob("Vous solliciterez du juge des libertés l'autorisation de recherche du passeport.", section: "3")
        var old = doc([a, gone, x, y], date: "2024-10-28", nor: "INTK2428339J", path: "old <1>.txt")
        var new = doc([a2, fresh, y, x], date: "2025-01-15", nor: "INTK2500001J", path: "new.txt")
        old.metadata.subject = "Pilotage & suivi"; new.metadata.subject = "Pilotage renforcé & suivi"
        old.addressees = [Addressee(id: "dgef", role: .cc, text: "DGEF", span: nil)]
        new.addressees = [Addressee(id: "dgef", role: .to, text: "DGEF", span: nil)]
        return DocumentDiffer().diff(old: old, new: new)
    }

    func testSampleHasEveryKind() {
        let r = sample()
        XCTAssertEqual(r.summary.modified, 1); XCTAssertEqual(r.summary.added, 1); XCTAssertEqual(r.summary.removed, 1)
        XCTAssertEqual(r.summary.moved, 1); XCTAssertEqual(r.summary.unchanged, 1)
    }

    func testHTMLIsSelfContainedAndEscaped() {
        let h = HTMLRenderer().render(sample())
        XCTAssertTrue(h.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(h.contains("<script"), "source text must be escaped")
        // Tags in extracted text are markup of the conversion and are dropped; what remains is escaped.
        XCTAssertTrue(h.contains("alert(&#39;x&#39;) &amp; garantir"))
        XCTAssertTrue(h.contains("old &lt;1&gt;.txt"))
        for external in ["<link", " src=", "http://", "https://", "@import", "url("] {
            XCTAssertFalse(h.contains(external), "no external asset: \(external)")
        }
        XCTAssertTrue(h.contains("<del>mois</del>") && h.contains("<ins>trimestre</ins>"))
        XCTAssertTrue(h.contains("@media print"))
        XCTAssertTrue(h.contains("renforcement") || h.contains("affaiblissement"))
    }

    func testTextColourOnlyWhenAsked() {
        let plain = TextRenderer(color: false).render(sample())
        XCTAssertFalse(plain.contains("\u{1B}["))
        XCTAssertTrue(plain.contains("[-mois-]") && plain.contains("{+trimestre+}"), plain)
        XCTAssertTrue(plain.contains("chaque mois → chaque trimestre"), plain)
        XCTAssertFalse(plain.contains("R/P1M"), "deadlines in words, not ISO codes")
        XCTAssertTrue(plain.contains("obligation → recommandation (affaiblissement)"))
        let coloured = TextRenderer(color: true).render(sample())
        XCTAssertTrue(coloured.contains("\u{1B}[31;9mmois\u{1B}[0m"))
    }

    func testMarkdownEscapesSourceMarkup() {
        let m = MarkdownRenderer().render(sample())
        XCTAssertTrue(m.contains("~~mois~~") && m.contains("**trimestre**"))
        XCTAssertTrue(m.contains("\\[rencontrées\\] \\| 2\\_3 ici"), "the source's Markdown characters are escaped")
    }

    func testJSONShape() throws {
        let json = try JSONRenderer.render(sample())
        let o = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        XCTAssertEqual(o["schema"] as? String, "circ.diff/1")
        for k in ["mode", "old", "new", "summary", "obligations", "references", "addressees", "metadata", "articles"] {
            XCTAssertNotNil(o[k], k)
        }
        let obligations = o["obligations"] as! [[String: Any]]
        let modified = obligations.first { $0["change"] as? String == "modified" }!
        let newSide = modified["new"] as! [String: Any]
        XCTAssertEqual(newSide["index"] as? Int, 0, "the side carries its index…")
        XCTAssertEqual(newSide["modality"] as? String, "recommendation", "…and the obligation's own fields")
        let fields = (modified["changes"] as! [[String: Any]]).map { $0["field"] as! String }
        XCTAssertEqual(Set(fields), ["wording", "modality", "deadlines", "references"])
        XCTAssertTrue((obligations.first { $0["change"] as? String == "added" }!["old"]) is NSNull)
        let meta = o["metadata"] as! [String: Any]
        XCTAssertEqual(Set(meta.keys), ["date", "nor", "subject"])
        XCTAssertEqual(((o["addressees"] as! [String: Any])["changed"] as! [[String: String]]).first?["to"], "to")
        if let out = ProcessInfo.processInfo.environment["CIRC_DIFF_SAMPLE_JSON"] {
            try Data(json.utf8).write(to: URL(fileURLWithPath: out))
        }
    }
}

final class DeadlineWordsTests: XCTestCase {
    func testDeadlinesReadAsWords() {
        let L = OutputLabels.shared
        XCTAssertEqual(L.deadline("R/P1M"), "chaque mois")
        XCTAssertEqual(L.deadline("R/P3M"), "chaque trimestre")
        XCTAssertEqual(L.deadline("PT48H"), "sous 48 heures")
        XCTAssertEqual(L.deadline("P15D"), "sous 15 jours")
        XCTAssertEqual(L.deadline("P1D"), "sous 1 jour")
        XCTAssertEqual(L.deadline("2015-03-13"), "avant le 13 mars 2015")
        XCTAssertEqual(L.deadline("2025-03-01"), "avant le 1er mars 2025")
        XCTAssertEqual(L.deadline("asap"), "sans délai")
        XCTAssertEqual(L.deadline("R/P10D"), "tous les 10 jours")
        XCTAssertEqual(L.deadline("R/P2W"), "toutes les deux semaines")
        XCTAssertEqual(L.deadline("R/P3W"), "toutes les 3 semaines")
        XCTAssertEqual(L.deadline("bogus"), "bogus", "an unknown form stays as it is")
    }
}
