import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests of the header round on circulars of the Prime Minister and of ministries
/// other than the Interior (culture, agriculture, education, ecology), on headers written for
/// them in the layouts their web copies take: two ministers co-signing before the "à", the
/// singular civility of a mixed list ("Mme et MM. les préfets"), a bulletin's "Texte adressé
/// aux …; aux …" whose item joins two offices, its last title before a bullet paragraph, an
/// agriculture bulletin's "Destinataires" table below the subject, and a note's kind line
/// under its dateline behind a document-sharing site's labels. Each rule has a
/// counter-example where it could overreach.
final class HeaderOtherMinistriesRoundTests: XCTestCase, HeaderRuleTesting {
    /// "Le ministre X et le ministre Y à …": the first-named is the emitter, without the "et"
    /// that joins the co-signer.
    func testCoSignerJoinedByEtLeavesTheFirstPortfolioWhole() {
        let text = """
            Circulaire du 4 mars 1991 relative à l'organisation des services

            Le ministre de l'équipement et du logement et le ministre de l'intérieur à Mesdames et Messieurs les préfets de région.

            La présente circulaire précise les conditions d'application du décret.
            """
        XCTAssertEqual(extract(text).metadata.emitter, "ministre-de-l-equipement-et-du-logement")
        // Counter-example: one minister's portfolio with its own "et" stays whole.
        let one = text.replacingOccurrences(of: " et le ministre de l'intérieur", with: "")
        XCTAssertEqual(extract(one).metadata.emitter, "ministre-de-l-equipement-et-du-logement")
    }

    /// "à Mme et MM. les préfets de région et de département": a mixed list's singular
    /// civility opens the block as the plural one does.
    func testMixedSingularCivilityOpensTheBlock() {
        let text = """
            Circulaire du 4 mars 1991 relative à l'organisation des services

            Le ministre de l'équipement à Mme et MM. les préfets de région et de département.

            La présente circulaire précise les conditions d'application du décret.
            """
        XCTAssertEqual(addressees(text), ["prefet-de-region to", "prefet-de-departement to"])
        let madame = text.replacingOccurrences(of: "Mme et MM. les", with: "Madame et Messieurs les")
        XCTAssertEqual(addressees(madame), ["prefet-de-region to", "prefet-de-departement to"])
        // Counter-example: "Madame et Messieurs" in the prose, no title after it, opens nothing.
        let prose = """
            Circulaire du 4 mars 1991 relative à l'organisation des services

            La présente circulaire remercie Madame et Messieurs les membres du jury pour leur travail.
            """
        XCTAssertEqual(addressees(prose), [])
    }

    /// "Texte adressé aux …; aux présidentes et présidents d'université et directrices et
    /// directeurs d'établissement …": the item names two offices, and the list's last title
    /// ends at the blank line before the bullet paragraph ("o L'article …").
    func testBulletinListItemJoiningTwoOfficesAndBulletParagraph() {
        let text = """
            NOR : MENA0200001C
            CIRCULAIRE N°2002-100 DU 2-8-2002

            Texte adressé aux rectrices et recteurs d'académie ; aux présidentes et présidents d'université et directrices et directeurs d'établissement d'enseignement supérieur ; aux directrices et directeurs d'établissement public national à caractère administratif

            o L'article 12 du décret n° 85-1534 du 31 décembre 1985 prévoit désormais un recrutement sans concours.
            """
        XCTAssertEqual(addressees(text), [
            "recteur-d-academie to", "president-d-universite to",
            "directeur-d-etablissement-d-enseignement-superieur to",
            "directeur-d-etablissement-public-national-a-caractere-administratif to",
        ])
        // Counter-example: a doublet ("directrices et directeurs") is one office, not two.
        let doublet = text.replacingOccurrences(of: "présidentes et présidents d'université et ", with: "")
        XCTAssertFalse(addressees(doublet).contains("president-d-universite to"))
        XCTAssertEqual(addressees(doublet).count, 3)
    }

    /// An agriculture bulletin: the letter's "à Mesdames et Messieurs les Préfets", then Objet,
    /// Résumé, Mots clés, and its "Destinataires / Pour exécution :" table: both are the
    /// addressees, roles from the table's cues.
    func testDestinatairesTableBelowTheSubjectAddsItsTitles() {
        let text = """
            CIRCULAIRE
            DGAL/C2011-1234
            Date: 02 juin 2011

            Le Ministre de l'agriculture
            à
            Mesdames et Messieurs les Préfets

            Objet : Mise en oeuvre des contrôles 2011
            Résumé : cette circulaire concerne les contrôles.
            Mots clés : contrôles, aides

            Destinataires

            Pour exécution :
            Mmes et MM. les Préfets de région
            Mmes et MM. les Directeurs départementaux des territoires

            Pour information :
            M. le Directeur général de FranceAgriMer

            Les contrôles seront conduits selon les modalités suivantes.
            """
        XCTAssertEqual(addressees(text), [
            "prefet-de-departement to", "prefet-de-region to",
            "directeur-departemental-des-territoires to", "directeur-general-de-franceagrimer cc",
        ])
        XCTAssertEqual(extract(text).metadata.emitter, "ministre-de-l-agriculture")
        // Counter-example: "destinataires" in the prose, not a label line over a cue, adds none.
        let prose = text.replacingOccurrences(of: "Destinataires\n\nPour exécution :\nMmes et MM. les Préfets de région\nMmes et MM. les Directeurs départementaux des territoires\n\nPour information :\nM. le Directeur général de FranceAgriMer",
                                              with: "Les destinataires des aides seront informés par les services.")
        XCTAssertEqual(addressees(prose), ["prefet-de-departement to"])
    }

    /// "Paris, le 8 février 2021⏎Note à⏎Destinataires in fine" under a document-sharing
    /// site's labels and counters: a note, not a press article.
    func testNoteLineUnderTheDatelineBehindSharingSiteLabels() {
        let text = """
            • Aucun résultat trouvé

            Objet : organisation du travail des services

            N/A
            N/A
            Protected

            Academic year: 2022

            Copied!
            9
            0
            0

            Texte intégral

            (1)

            Expéditeur xxxxxxx Adresse xxxxxxx

            Paris, le 8 février 2021

            Note à

            Destinataires in fine

            Objet : organisation du travail des services

            Références :

            - Décret n°2020-1257 du 14 octobre 2020 déclarant l’état d’urgence ;
            """
        XCTAssertEqual(extract(text).metadata.kind, .note)
        // Counter-example: a short line under the dateline that is no kind word leaves the
        // page's kind to the other rules.
        let other = text.replacingOccurrences(of: "Note à\n", with: "Mesures sanitaires\n")
        XCTAssertNotEqual(extract(other).metadata.kind, .note)
    }

    /// An older letter's "Messieurs les préfets de régions" (the complement in the plural) and
    /// "Messieurs les préfets délégués pour la police (pour information)": the préfet de région
    /// and the préfet délégué pour la police, not a bare préfet.
    func testOlderPrefectoralTitlesOfThePrimeMinistersLetters() {
        let text = """
            Circulaire du 4 mars 1983 relative à l'organisation des services

            Le Premier ministre à Messieurs les préfets de régions, Monsieur le préfet de police (pour information) et Messieurs les préfets délégués pour la police (pour information).

            La présente circulaire précise les conditions d'application du décret.
            """
        XCTAssertEqual(addressees(text), ["prefet-de-region to", "prefet-de-police cc", "prefet-delegue-pour-la-police cc"])
        // Counter-example: the préfets "de département" stay the préfets de département.
        let dep = text.replacingOccurrences(of: "préfets de régions", with: "préfets de département")
        XCTAssertTrue(addressees(dep).contains("prefet-de-departement to"))
    }
}
