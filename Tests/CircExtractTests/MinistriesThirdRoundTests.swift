import CircTestSupport
@testable import CircExtract
import CircText
import XCTest

/// Rule tests for the third round on other ministries' and older Interior letterheads:
/// health instructions whose label column is read line by line, the education bulletin's
/// compound titles wrapped at their hyphen, the directors of a body named by the body,
/// dates whose day is written in words, and a ministry's secretaries general set to work.
/// Each rule on sentences written for it, with a counter-example it must not match.
final class MinistriesThirdRoundTests: XCTestCase, HeaderRuleTesting {
    static let body = "\n\nObjet : essai\n\nJe vous demande de veiller à l'application de ces dispositions dans votre ressort.\n"

    /// "… directeurs généraux des ARS⏎Pour mise en œuvre⏎… préfets de région⏎Pour
    /// information": the labels of a column read under their titles tag the titles above.
    func testATrailingLabelColumnTagsTheTitlesAbove() {
        XCTAssertEqual(addressees("La ministre des solidarités et de la santé\nà\nMesdames et Messieurs les directeurs généraux des agences régionales de santé\nPour mise en œuvre\n\nMesdames et Messieurs les préfets de région\nMesdames et Messieurs les préfets de département\nPour information" + Self.body),
                       ["directeur-general-de-l-agence-regionale-de-sante to", "prefet-de-region cc", "prefet-de-departement cc"])
        // A label followed by titles heads them, as before.
        XCTAssertEqual(addressees("La ministre des solidarités et de la santé\nà\nMesdames et Messieurs les préfets de région\nPour information\nMesdames et Messieurs les préfets de département" + Self.body),
                       ["prefet-de-region to", "prefet-de-departement cc"])
    }

    /// "inspecteurs d'académie-⏎directeurs académiques": the compound's own hyphen is kept over
    /// the line break; a word's hyphenation ("amélio-⏎ration") is still joined.
    func testACompoundTitleKeepsItsHyphenOverALineBreak() {
        XCTAssertEqual(addressees("Le ministre de l'éducation nationale\nà\nMesdames et Messieurs les recteurs d'académie\nMesdames et Messieurs les inspecteurs d'académie-\ndirecteurs académiques des services de l'éducation nationale" + Self.body),
                       ["recteur-d-academie to", "inspecteur-d-academie-directeur-academique-des-services-de-l-education-nationale to"])
        let tt = TestLexicons.text.tokenize(text: "Je vous demande de veiller à l'amélio-\nration des services.")
        XCTAssertTrue(tt.tokens.contains { tt.string($0) == "amélioration" }, "\(tt.tokens.map { tt.string($0) })")
    }

    /// "directeurs des directions départementales de l'emploi…" are the "directeurs
    /// départementaux de l'emploi…" (DDETS); a body without such an adjective stays.
    func testTheDirectorOfABodyTakesItsAdjective() {
        XCTAssertEqual(addressees("La ministre du travail\nà\nMesdames et Messieurs les directeurs des directions départementales de l'emploi, du travail et des solidarités" + Self.body),
                       ["directeur-departemental-de-l-emploi-du-travail-et-des-solidarites to"])
        XCTAssertEqual(addressees("Le ministre de l'intérieur\nà\nMonsieur le directeur de la direction des affaires juridiques" + Self.body),
                       ["directeur-de-la-direction-des-affaires-juridiques to"])
    }

    /// "inspecteurs de l'éducation nationale chargés de circonscription": the participle
    /// after the complement agrees with the plural head and goes to the singular with it.
    func testAChargedOfficeInTheSingular() {
        XCTAssertEqual(addressees("Le ministre de l'éducation nationale\nà\nMesdames et Messieurs les inspecteurs de l'éducation nationale chargés de circonscription" + Self.body),
                       ["inspecteur-de-l-education-nationale-charge-de-circonscription to"])
    }

    /// "Voici les principaux passages de la circulaire": "principal" is an adjective before
    /// its noun far more often than an office, so it is no role head (the doublet "aux
    /// principales et principaux de collège" of an education bulletin is left unread).
    func testPrincipalIsNoRoleHead() {
        XCTAssertEqual(addressees("Droit des étrangers\n\nVoici les principaux passages de la circulaire, que nous reproduisons ci-dessous :" + Self.body), [])
    }

    /// "avant le premier octobre prochain", "pour le quinze janvier": a day written in words.
    /// A rank before another noun ("le premier trimestre") is no date.
    func testADayWrittenInWords() {
        let r = DeadlineHarness.run("Vous me ferez connaître, avant le premier octobre prochain, les dispositions prises.", date: "1905-07-23", kind: .circulaire)
        XCTAssertEqual(DeadlineHarness.values(r), ["1905-10-01"])
        let q = DeadlineHarness.run("Vous m'adresserez pour le quinze janvier un état des demandes.", date: "1905-07-23", kind: .circulaire)
        XCTAssertEqual(DeadlineHarness.values(q), ["1906-01-15"])
        let none = DeadlineHarness.run("Vous me ferez connaître avant le premier trimestre les dispositions prises.", date: "1905-07-23", kind: .circulaire)
        XCTAssertFalse(DeadlineHarness.values(none).contains { $0.hasPrefix("19") }, "\(DeadlineHarness.values(none))")
    }

    /// "Les inspecteurs d'académie-directeurs académiques des services de l'éducation
    /// nationale publieront…": the compound's second head in the plural names the title too.
    func testACompoundTitleInThePluralAsSubject() {
        let os = ObligationHarness.obligations("Les inspecteurs d'académie-directeurs académiques des services de l'éducation nationale publieront les résultats du mouvement.",
                                               addressee: "recteur-d-academie")
        XCTAssertEqual(os.map(\.actor), ["inspecteur-d-academie-directeur-academique-des-services-de-l-education-nationale"])
        XCTAssertEqual(ObligationExtractor.compoundPlural(["inspecteur", "de", "academie"], after: 1, known: ["directeur": "directeurs"], links: ["de"]), nil)
    }

    /// Co-signers' blocks each under their delegation line give the first-named; the header
    /// table's "Annexes :" list opens no annex (the signature after it is read). An annex
    /// headed by its number after the text still is one.
    func testDelegatedCoSignersAfterAnAnnexList() {
        let head = "La ministre des solidarités et de la santé\nà\nMesdames et Messieurs les directeurs généraux des agences régionales de santé\n\nINSTRUCTION N° DGOS/R3/2019/12 du 21 janvier 2019 relative au test.\n\nRésumé : essai.\nAnnexes :\nAnnexe 1 : Cahier des charges\nAnnexe 2 : Tableau de suivi\n\nLes agences régionales de santé transmettront un bilan.\n\n"
        let sig = "Pour la ministre et par délégation :\nLa directrice générale de l'offre de soins,\nKatia JULIENNE\n\nPour la ministre et par délégation :\nLa directrice générale de la cohésion sociale,\nVirginie LASSERRE\n"
        XCTAssertEqual(extract(head + sig).metadata.signatory, "Katia Julienne")
        let annexed = extract("La ministre des solidarités et de la santé\nà\nMesdames et Messieurs les directeurs généraux des agences régionales de santé\n\nLes agences régionales de santé transmettront un bilan.\n\nKatia JULIENNE\n\nANNEXE 1\n\nModèle de bilan à transmettre.\n")
        XCTAssertEqual(annexed.metadata.signatory, "Katia Julienne")
    }

    /// "Les secrétaires généraux des ministères réuniront…": an official set to work; a
    /// future that describes ("seront associés") is none.
    func testSecretariesGeneralSetToWork() {
        let os = ObligationHarness.obligations("Les secrétaires généraux des ministères réuniront chaque trimestre les directeurs d'administration centrale.", addressee: "ministre")
        XCTAssertEqual(os.map(\.modality), [.obligation])
        let none = ObligationHarness.obligations("Les secrétaires généraux des ministères seront associés à ces travaux.", addressee: "ministre")
        XCTAssertTrue(none.isEmpty, "\(none.map(\.text))")
    }
}
