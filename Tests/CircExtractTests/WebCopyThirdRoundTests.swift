import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Web copies of circulars and of their PDFs, third round: a directorate's note under its
/// ministry's letterhead, the signature of a flattened copy followed by its footnotes or by
/// the Journal officiel's next-text line, a site's rubric that names "référence" texts above
/// the text's own title. Sentences written for each rule, with the counter-example it must
/// not reach.
final class WebCopyThirdRoundTests: XCTestCase, HeaderRuleTesting {

    // MARK: emitter of a directorate's note

    /// The director signs in his own name and no minister is named: the directorate's head is
    /// the emitter, not the ministry of the letterhead.
    func testDirectorSigningInOwnNameIsTheEmitter() {
        let d = extract("""
        MINISTÈRE DE L'INTÉRIEUR
        DIRECTION GÉNÉRALE DE LA POLICE NATIONALE
        Paris, le 14 février 2017
        NOTE
        à l'attention de
        Monsieur le directeur central de la sécurité publique
        Objet : contrôles d'identité dans les gares.
        Les chefs de service veilleront à la traçabilité de chaque contrôle, y compris en garde à vue.
        Le directeur général de la police nationale
        Jean-Marc FALCONE
        """)
        XCTAssertEqual(d.metadata.emitter, "directeur-general-de-la-police-nationale")
        XCTAssertEqual(d.metadata.signatory?.lowercased(), "jean-marc falcone")
    }

    /// Counter-example: the director signs for the minister ("Pour le ministre et par
    /// délégation"): the minister's text.
    func testDirectorSigningForTheMinisterLeavesTheMinister() {
        let d = extract("""
        MINISTÈRE DE L'INTÉRIEUR
        DIRECTION GÉNÉRALE DE LA POLICE NATIONALE
        Paris, le 14 février 2017
        NOTE
        à l'attention de
        Monsieur le directeur central de la sécurité publique
        Objet : contrôles d'identité dans les gares.
        Les chefs de service veilleront à la traçabilité de chaque contrôle.
        Pour le ministre et par délégation,
        Le directeur général de la police nationale
        Jean-Marc FALCONE
        """)
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur")
    }

    // MARK: signature of a flattened copy

    /// "… Éric DUPOND-MORETTI (1) Article 138 du code …": the footnotes, numbered in
    /// parentheses, run onto the signature's line; the calls in the text are glued to their stop.
    func testFlattenedSignatureBeforeParenthesisedFootnotes() {
        let d = extract("""
        Le garde des sceaux, ministre de la justice à Mesdames et Messieurs les procureurs de la République Paris, le 9 mars 2021 Objet : violences conjugales. Les procureurs de la République veilleront à ce que l'éviction du conjoint violent soit requise (1). Vous procéderez à l'évaluation du danger dès le dépôt de plainte (2). Éric DUPOND-MORETTI (1) Article 138 du code de procédure pénale. (2) Article 41-1 du code de procédure pénale.
        """)
        XCTAssertEqual(d.metadata.signatory?.lowercased(), "éric dupond-moretti")
        XCTAssertTrue(MetadataExtractor.opensFootnotes("(1)"))
        XCTAssertTrue(MetadataExtractor.opensFootnotes("(12)"))
        // A call glued to its stop, a parenthesised word or a long number open nothing.
        XCTAssertFalse(MetadataExtractor.opensFootnotes("(1)."))
        XCTAssertFalse(MetadataExtractor.opensFootnotes("(a)"))
        XCTAssertFalse(MetadataExtractor.opensFootnotes("(2021)"))
    }

    /// "… Louis-Charles VIOSSAT JORF n°0125 du 1 juin 2010 Texte suivant": the Journal
    /// officiel's line after the signature of a flattened copy.
    func testFlattenedSignatureBeforeJournalOfficielLine() {
        let d = extract("""
        Le ministre de l'intérieur à Mesdames et Messieurs les préfets. Paris, le 12 mai 2010. Les officiers de police judiciaire informeront sans délai les parents du mineur. Pour le ministre et par délégation : Le directeur de cabinet, Louis-Charles VIOSSAT JORF n°0125 du 1 juin 2010 Texte suivant
        """)
        XCTAssertEqual(d.metadata.signatory?.lowercased(), "louis-charles viossat")
    }

    // MARK: a site's rubric above the title

    /// "Accueil > Droit du travail > Textes de référence": a rubric naming reference texts is
    /// no "Réf :" list, so the title after it is the text's own.
    func testRubricOfReferenceTextsDoesNotHideTheTitle() {
        let d = extract("""
        Accueil > Droit du travail > Textes de référence
        Instruction DGT n° 2021/04 du 17 mai 2021 relative au contrôle du travail détaché
        Mis en ligne le 28 mai 2021
        La ministre du travail, de l'emploi et de l'insertion
        à
        Mesdames et Messieurs les directeurs régionaux de l'économie, de l'emploi, du travail et des solidarités
        Les services d'inspection du travail intensifieront les contrôles sur les chantiers.
        """)
        XCTAssertEqual(d.metadata.date, "2021-05-17")
        XCTAssertEqual(d.metadata.kind, .instruction)
        XCTAssertEqual(d.metadata.subject, "contrôle du travail détaché")
        XCTAssertFalse(d.references.contains { $0.id == "instruction:2021-05-17" })
    }

    /// Counter-example: an item of the "Références :" list is a cited text, not the title.
    func testReferencesLabelStillMarksACitedTitle() {
        let d = extract("""
        Le ministre de l'intérieur à Mesdames et Messieurs les préfets
        Paris, le 3 février 2022
        Objet : contrôle des titres.
        Références : Instruction du 17 mai 2021 relative au contrôle des titres de séjour
        Vous veillerez à vérifier chaque titre présenté.
        """)
        XCTAssertEqual(d.metadata.date, "2022-02-03")
    }

    // MARK: the reproduced text's sender after a page's introduction

    /// The introduction's prose names the minister; the text it reproduces opens on its own
    /// sender line right after the prose's full stop: that sender is the emitter.
    func testSenderLineAfterIntroductionProseIsTheEmitter() {
        let d = extract("""
        Accueil > Actualités > 2024
        Publié le 14/06/2024
        Par une instruction du 3 juin 2024, le ministre de l'intérieur et des outre-mer rappelle les obligations légales de débroussaillement. Le préfet du Var en précise l'application locale.
        Le préfet du Var
        à
        Mesdames et Messieurs les maires du Var
        Toulon, le 10 juin 2024
        Objet : obligations légales de débroussaillement.
        Je vous demande de contrôler le respect des obligations de débroussaillement.
        """)
        XCTAssertEqual(d.metadata.emitter, "prefet-du-var")
        XCTAssertEqual(d.metadata.date, "2024-06-10")
    }

    /// Counter-example: two authorities on the sender lines with no prose between (a
    /// co-signed text): the first-named stays the emitter.
    func testCoSignedSenderLinesKeepTheFirstNamed() {
        let d = extract("""
        Le ministre de l'intérieur
        Le garde des sceaux, ministre de la justice
        à
        Mesdames et Messieurs les préfets
        Paris, le 3 mars 2020
        Objet : coordination.
        Vous veillerez à la coordination des services.
        """)
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur")
    }

    // MARK: a page's words after a rule under the reproduced text

    /// "Bruno RETAILLEAU ⏎ --- ⏎ Notre cabinet se tient à votre disposition …": the signature
    /// is read above the rule that sets the page's own words apart.
    func testSignatureAboveARuleBeforeThePagesOwnWords() {
        let d = extract("""
        Le ministre de l'intérieur
        à
        Mesdames et Messieurs les préfets de département
        Objet : admission exceptionnelle au séjour.
        Vous exigerez une durée de présence en France d'au moins sept ans.
        Bruno RETAILLEAU
        ---
        Notre cabinet se tient à votre disposition pour vous accompagner dans vos démarches administratives.
        """)
        XCTAssertEqual(d.metadata.signatory?.lowercased(), "bruno retailleau")
        // Without the rule the long paragraph closes the text: no signature above it.
        let plain = extract("""
        Le ministre de l'intérieur
        à
        Mesdames et Messieurs les préfets de département
        Objet : admission exceptionnelle au séjour.
        Bruno RETAILLEAU
        Vous exigerez une durée de présence en France d'au moins sept ans pour toute demande présentée.
        """)
        XCTAssertNil(plain.metadata.signatory)
    }
}
