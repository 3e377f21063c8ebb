import CircTestSupport
import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests for older Interior texts as bulletins and official journals print them: a page
/// of several texts (the document is the first, ending at its signature), a parenthesised
/// "(en communication à MM. les Sous-Préfets)" after the addressees, and the period's
/// formulas "Vous n'omettrez pas de" and "Il y aura lieu, en outre, de". Each rule with a
/// counter-example.
final class BulletinPageTests: XCTestCase, OCRRuleTesting {
    static let first = """
        BULLETIN OFFICIEL DU MINISTÈRE DE L'INTÉRIEUR — N° 2 — 1984

        Circulaire n° 84-12 du 9 janvier 1984 relative aux listes électorales.

        Le Ministre de l'Intérieur et de la Décentralisation à Mesdames et Messieurs les Commissaires de la République.

        Vous voudrez bien veiller à la mise à jour des listes électorales de chaque commune.

        Pour le Ministre et par délégation :
        Le Directeur général de l'Administration,
        P. MARTIN.

        """

    /// The next text's title under the first's signer: its citations, deadlines and
    /// directives are not the document's, and the signer is the first text's.
    func testNextTextUnderTheSignatureIsNotTheDocument() {
        let d = extract(Self.first + "Circulaire n° 84-13 du 10 janvier 1984 relative aux passeports.\n\nLe décret n° 69-1013 du 5 novembre 1969 reste applicable. Vous me rendrez compte avant le 1er mars 1984 des difficultés rencontrées.\n")
        XCTAssertEqual(d.metadata.signatory?.lowercased(), "p. martin")
        XCTAssertEqual(d.metadata.date, "1984-01-09")
        XCTAssertEqual(d.references.map(\.id), [])
        XCTAssertEqual(d.deadlines.map(\.value), [])
        XCTAssertEqual(d.obligations.count, 1)
        // A ministry's heading in capitals opens the next text too (a Journal officiel page).
        let jo = extract(Self.first + "MINISTÈRE DES FINANCES ET DES AFFAIRES ÉCONOMIQUES\n\nArrêté du 7 janvier 1984 relatif aux taxes.\n\nVu le décret n° 55-465 du 30 avril 1955,\n")
        XCTAssertEqual(jo.references.map(\.id), [])
        XCTAssertEqual(jo.metadata.signatory?.lowercased(), "p. martin")
        // The next text's "Arrête :" does not make the first an arrêté: its kind is its title's.
        let enacting = extract(Self.first + "MINISTÈRE DES FINANCES ET DES AFFAIRES ÉCONOMIQUES\n\nArrêté du 7 janvier 1984 relatif aux taxes.\n\nLe ministre des finances,\nVu le décret n° 55-465 du 30 avril 1955,\nArrête :\n")
        XCTAssertEqual(enacting.metadata.kind, .circulaire)
        XCTAssertEqual(enacting.references.map(\.id), [])
        // Counter-example: an "Arrête :" within the one text still makes it an act.
        XCTAssertEqual(extract("Le préfet du Nord,\nVu le décret n° 55-465 du 30 avril 1955,\nArrête :\n\nArticle 1er. Les débits de boissons fermeront à minuit.\n").metadata.kind, .unknown)
    }

    /// Counter-examples: a sentence opening on a kind word after the signature is no title
    /// ("Circulaire adressée à…" has no title's link), nor is a kind word under a line that
    /// names no signer; the page stays one text.
    func testNoNextTextWithoutTitleOrSigner() {
        let d = extract(Self.first + "Circulaire adressée à tous les maires le décret n° 69-1013 du 5 novembre 1969.\n")
        XCTAssertEqual(d.references.map(\.id), ["decret:1969-1013"])
        let unsigned = Self.first.replacingOccurrences(of: "P. MARTIN.\n", with: "") + "Circulaire n° 84-13 du 10 janvier 1984 relative au décret n° 69-1013 du 5 novembre 1969.\n"
        XCTAssertEqual(extract(unsigned).references.map(\.id).filter { $0.hasPrefix("decret") }, ["decret:1969-1013"])
    }

    /// "J.-M. ROUX.": hyphenated initials are one name, not two sentences.
    func testHyphenatedInitialsAreOneName() {
        XCTAssertEqual(TestLexicons.text.tokenize(text: "Le Directeur général,\nJ.-M. ROUX.").sentences.count, 2)
        // The page still ends at that name, and the name is the signatory.
        let d = extract(Self.first.replacingOccurrences(of: "P. MARTIN.", with: "J.-M. ROUX.") + "Circulaire n° 84-13 du 10 janvier 1984 relative au décret n° 69-1013 du 5 novembre 1969.\n")
        XCTAssertEqual(d.references.map(\.id), [])
        XCTAssertEqual(d.metadata.signatory?.lowercased(), "j.-m. roux")
        XCTAssertEqual(extract(Self.first.replacingOccurrences(of: "P. MARTIN.", with: "A.-M. LEBRUN.")).metadata.signatory?.lowercased(), "a.-m. lebrun")
        // Counter-example: a capital's full stop, a space, then a dash ends the sentence.
        XCTAssertEqual(TestLexicons.text.tokenize(text: "Il s'agit du modèle B. - Les maires en sont informés.").sentences.count, 2)
    }

    static let head = "MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 14 mai 1938.\n\n"

    /// "(en communication à MM. les Sous-Préfets)" after the titles: the enclosed titles are
    /// copies, the titles before it addressees.
    func testParenthesisedCommunicationHeadsTheTitlesItEncloses() {
        let d = extract(Self.head + "Le Ministre de l'Intérieur\nà Monsieur le Préfet de police ;\nà Messieurs les Préfets\n(en communication à MM. les Sous-Préfets).\n\nVous voudrez bien porter ces dispositions à la connaissance des maires.\n")
        XCTAssertEqual(d.addressees.map { "\($0.id) \($0.role.rawValue)" }, ["prefet-de-police to", "prefet-de-departement to", "sous-prefet cc"])
    }

    /// Counter-example: a parenthesised tag with no title inside still tags the title
    /// before it ("MM. les Sous-Préfets (pour information)").
    func testParenthesisedTagStillTagsTheTitleBefore() {
        let d = extract(Self.head + "Le Ministre de l'Intérieur\nà Messieurs les Préfets ;\nà MM. les Sous-Préfets (pour information).\n\nVous voudrez bien porter ces dispositions à la connaissance des maires.\n")
        XCTAssertEqual(d.addressees.map { "\($0.id) \($0.role.rawValue)" }, ["prefet-de-departement to", "sous-prefet cc"])
    }

    func modalities(_ sentence: String) -> [Modality] {
        extract("Monsieur le Préfet,\n\n" + sentence + "\n").obligations.map(\.modality)
    }

    /// "Vous n'omettrez pas de" asks for the act (no prohibition); "Il y aura lieu, en outre,
    /// de" instructs with its inserted words.
    func testOlderFormulasWithNegationAndInsertion() {
        XCTAssertEqual(modalities("Vous n'omettrez pas de signaler les incidents graves à mon cabinet."), [.obligation])
        XCTAssertEqual(modalities("Il y aura lieu, en outre, de veiller à la radiation des électeurs décédés."), [.obligation])
        // Counter-examples: "vous ne communiquerez pas" forbids; "il y aura lieu, le cas
        // échéant" with no "de" after it is no formula of these.
        XCTAssertEqual(modalities("Vous ne communiquerez pas ces fiches à des tiers."), [.prohibition])
        XCTAssertEqual(modalities("Il y aura lieu, le cas échéant, à une nouvelle réunion du conseil général."), [])
    }

    static let scannedBook = """
        Circulaire du 15 mai 1896 relative aux registres d'étrangers.

        Paris, le 15 mai 1896.

        Monsieur le Préfet,

        Je vous prie de vouloir bien rappeler aux maires l'obligation de tenir ce registre à jour.

        Le Ministre de l'Intérieur,
        LÉON BOURGEOIS.

        """

    /// A scanned book's running head on the first line ("ANNEXES", "CIRCULAIRES ET
    /// INSTRUCTIONS") opens no annex section and names no signer: the text under it is the
    /// document, its directives and signer read.
    func testRunningHeadAtTheTopIsNoAnnexNorSigner() {
        for head in ["ANNEXES\nCIRCULAIRES ET INSTRUCTIONS\n\n", "ANNEXES\n\n"] {
            let d = extract(head + Self.scannedBook)
            XCTAssertEqual(d.obligations.count, 1, head)
            XCTAssertEqual(d.metadata.signatory?.lowercased(), "léon bourgeois", head)
        }
        // Counter-example: an "ANNEXE" heading after the text still opens the annex.
        let annexed = extract(Self.scannedBook + "ANNEXE\n\nVous voudrez bien me transmettre ce modèle.\n")
        XCTAssertEqual(annexed.sections.map(\.label), ["annexe"])
    }

    /// OCR's "MM ." (a space before the abbreviation's dot) cuts no directive: the stop before
    /// a lower-case word is no sentence's end.
    func testSpacedAbbreviationDotCutsNoDirective() {
        let d = extract("Monsieur le Préfet,\n\nJe vous prie de vouloir bien inviter MM . les maires à afficher l'arrêté d'ouverture de la chasse.\n")
        XCTAssertEqual(d.obligations.count, 1)
        XCTAssertTrue(d.obligations.first?.plain?.hasSuffix("ouverture de la chasse.") == true)
        // Counter-example: a stop before a capital still ends the sentence within the unit.
        let two = extract("Monsieur le Préfet,\n\nVous voudrez bien afficher cet arrêté. Vous me rendrez compte sans délai des incidents.\n")
        XCTAssertEqual(two.obligations.count, 2)
    }

    /// Older texts' third-person rules on the trades they police: "Les hôteliers ne devront
    /// en aucun cas…" names its actor (the agent's slug), not the addressees; what such a
    /// trade "pourra bénéficier" of instructs nobody.
    func testTradesOfOlderTextsAreTheirRulesActors() {
        let d = extract("Monsieur le Préfet,\n\nLes hôteliers ne devront en aucun cas communiquer ces fiches à des tiers.\n\nLes logeurs ne pourront héberger un étranger sans lui faire remplir une fiche.\n")
        XCTAssertEqual(d.obligations.map(\.actor), ["hotelier", "logeur"])
        XCTAssertEqual(d.obligations.map(\.modality), [.prohibition, .prohibition])
        // Counter-example: a benefit is described, not ruled.
        XCTAssertEqual(extract("Monsieur le Préfet,\n\nLes hôteliers pourront bénéficier d'un délai de grâce pour la mise à jour des imprimés.\n").obligations.count, 0)
    }
}
