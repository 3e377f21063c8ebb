import CircTestSupport
@testable import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of the web-copy round, on pages written for them: a legal database's or a
/// préfecture's page, a document-sharing site, a law firm's blog, a PDF flattened to one
/// paragraph or laid out by `pdftotext -layout`. Site furniture after the text (a cookie
/// banner, a contact prompt, a "Related documents" list, a page number or a letterhead's
/// contact footer under the signature), a site's rubric before the title, a minister's long
/// portfolio, a negated infinitive after a duty. Each rule has a counter-example where it
/// could overreach.
final class WebCopyRoundTests: XCTestCase, HeaderRuleTesting {

    static let letter = """
        Paris, le 16 décembre 2021

        Le ministre de l'intérieur

        à

        Mesdames et Messieurs les préfets de département

        Je vous demande de mobiliser l'ensemble des forces de sécurité intérieure durant la nuit du 31 décembre.

        Gérald DARMANIN

        """

    /// A cookie banner and a law firm's contact prompt at the foot of the page are the site's:
    /// neither a signature nor a directive.
    func testCookieBannerAndContactPromptAreFurniture() {
        let banner = extract(Self.letter + "Ce site utilise des cookies pour améliorer votre expérience. Accepter Refuser Personnaliser\n")
        XCTAssertEqual(banner.metadata.signatory, "Gérald Darmanin")
        let firm = extract(Self.letter + "Contactez le cabinet : 04 78 00 00 00\n")
        XCTAssertFalse(firm.obligations.contains { $0.text.contains("Contactez") }, "\(firm.obligations.map(\.text))")
        // Counter-example: the letter's own sentence naming a cabinet is the letter's.
        let own = extract(Self.letter.replacingOccurrences(of: "Gérald DARMANIN", with: "Vous contacterez le cabinet du préfet de zone avant le 20 décembre.\n\nGérald DARMANIN"))
        XCTAssertTrue(own.obligations.contains { $0.text.contains("Vous contacterez le cabinet") }, "\(own.obligations.map(\.text))")
    }

    /// A sharing site's "Related documents" list after the text names other pages, not the
    /// texts this one cites; a circular the body cites stays.
    func testRelatedDocumentsAreNoReferences() {
        let page = Self.letter.replacingOccurrences(of: "durant la nuit du 31 décembre.", with: "durant la nuit du 31 décembre, comme le prévoyait la circulaire du 12 décembre 2020.")
            + "Related documents\nCirculaire du 5 août 2010\nCirculaire du 26 août 2012\n"
        let ids = Set(extract(page).references.map(\.id))
        XCTAssertEqual(ids, ["circulaire:2020-12-12"])
    }

    /// A flattened PDF runs its page number onto the signature's line: "Page 3 sur 3",
    /// "1/6", "- 6 -" after the name. No name is read where none is signed.
    func testAPageNumberAfterAFlattenedSignature() {
        let flat = "MINISTERE DE L'INTERIEUR Paris, le 19 décembre 2002 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : sécurité. Je vous demande de réunir chaque semaine l'état-major de sécurité du département. Nicolas SARKOZY"
        for tail in [" Page 3 sur 3", " 1/6", " - 6 -", " 3"] {
            XCTAssertEqual(extract(flat + tail + "\n").metadata.signatory, "Nicolas Sarkozy", tail)
        }
        XCTAssertNil(extract(flat.replacingOccurrences(of: " Nicolas SARKOZY", with: "") + " 3/3\n").metadata.signatory)
    }

    /// `pdftotext -layout` keeps the letterhead's contact footer under the name: a line with a
    /// telephone number is looked past. A last paragraph with none still ends the search.
    func testAContactFooterUnderTheSignature() {
        let footer = "\n\n   Place Beauvau – 75800 Paris Cedex 08 – Standard : 01 49 27 49 27                          1\n"
        XCTAssertEqual(extract(Self.letter + footer).metadata.signatory, "Gérald Darmanin")
        XCTAssertEqual(extract(Self.letter + "\nTél. : 03.20.30.59.59 - Courriel : pref@nord.gouv.fr - 12 rue Jean sans Peur 59039 Lille Cedex\n").metadata.signatory, "Gérald Darmanin")
        let prose = Self.letter + "\nLes services de la préfecture resteront mobilisés durant toute la période des fêtes et au-delà de celle-ci.\n"
        XCTAssertNil(extract(prose).metadata.signatory)
    }

    func testPhoneNumbersAreTenDigitsFromAZero() {
        func phone(_ s: String) -> Bool {
            let tt = TestLexicons.text.tokenize(text: s)
            return StructureBuilder.hasPhoneNumber(tt.sentences[0], tt)
        }
        XCTAssertTrue(phone("Standard : 01 49 27 49 27"))
        XCTAssertTrue(phone("Tél. : 03.20.30.59.59"))
        XCTAssertFalse(phone("Les articles 12, 13 et 14 du décret de 2011 et les 2 000 agents."))
        XCTAssertFalse(phone("Réunions les 10 11 12 13 14 mars."))
    }

    /// A blog's rubric before the title ("Note d'actualité — 12 octobre 2010 — Circulaire du
    /// 5 août 2010 : …") does not name the kind of the text it heads; a note's own title that
    /// cites a circular in lower case is still a note.
    func testASitesRubricBeforeTheTitle() {
        let blog = "Blog de l'ADDE — Note d'actualité — 12 octobre 2010 — Circulaire du 5 août 2010 : Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département. Paris, le 5 août 2010. Il revient aux préfets de département de mettre en œuvre une démarche systématique. Brice HORTEFEUX\n"
        let d = extract(blog)
        XCTAssertEqual(d.metadata.kind, .circulaire)
        XCTAssertEqual(d.metadata.date, "2010-08-05")
        XCTAssertFalse(d.references.contains { $0.id == "circulaire:2010-08-05" }, "\(d.references.map(\.id))")
        XCTAssertEqual(extract("Note du 12 octobre 2010 relative à la circulaire du 5 août 2010\n\nLe préfet rappelle les règles applicables aux campements.\n").metadata.kind, .note)
        // A kind word on the next line is the title's subtitle, not a title after a rubric.
        XCTAssertEqual(extract("Circulaire Dupuis (19.10.2013)\n\"Instruction relative à l'intervention des forces de l'ordre dans le cadre scolaire.\"\n\nLe texte rappelle les règles applicables.\n").metadata.kind, .circulaire)
    }

    /// A minister with four portfolios is named by all of them; one portfolio as before.
    func testAMinistersLongPortfolio() {
        let long = "Le ministre de l'immigration, de l'intégration, de l'identité nationale et du développement solidaire\n\nà\n\nMesdames et Messieurs les préfets\n\nVous transmettrez les dossiers complets dans un délai de six mois.\n"
        XCTAssertEqual(extract(long).metadata.emitter, "ministre-de-l-immigration-de-l-integration-de-l-identite-nationale-et-du-developpement-solidaire")
        XCTAssertEqual(extract(Self.letter).metadata.emitter, "ministre-de-l-interieur")
    }

    /// "Il vous appartient de ne délivrer aucun …": a duty to refrain, the negation's word
    /// after the infinitive; "de ne délivrer que …" restricts, it does not forbid.
    func testANegatedInfinitiveAfterADuty() {
        let o = ObligationHarness.obligations("Vous veillerez à ne procéder à aucune reconduite avant la décision.\n\nIl vous appartient de ne délivrer aucun récépissé avant l'instruction du dossier.\n\nIl vous appartient de ne délivrer que des récépissés de trois mois.\n", kind: .circulaire)
        XCTAssertEqual(ObligationHarness.find(o, "ne procéder à aucune", file: #filePath, line: #line)?.modality, .prohibition)
        XCTAssertEqual(ObligationHarness.find(o, "ne délivrer aucun", file: #filePath, line: #line)?.modality, .prohibition)
        XCTAssertEqual(ObligationHarness.find(o, "ne délivrer que", file: #filePath, line: #line)?.modality, .obligation)
    }
}
