import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests of the ninth header round, on headers written for them in the layouts web
/// copies of Interior circulars take (document-sharing transcriptions, flattened PDFs,
/// bulletin pages): five co-signers one a line, the author of a text the "Textes abrogés"
/// list cites, a NOR of the "REF :" list, a ministry's address footer glued to its colon,
/// "Pour information de Monsieur le ministre…" run on after the list, a préfet's services
/// tagged one by one. Each rule has a counter-example where it could overreach.
final class HeaderNinthRoundTests: XCTestCase, HeaderRuleTesting {
    /// Five ministers co-sign, one a line, and their titles run past the sixty words the
    /// emitter is looked for in before the "à": the first-named is the emitter.
    func testFiveCoSignersNameTheFirstAsEmitter() {
        let text = """
            Circulaire interministérielle du 4 mars 2019 relative à l'accueil des jeunes majeurs
            NOR : JUSF1900001C
            La ministre des solidarités, de la santé, de la famille et de l'enfance
            La garde des sceaux, ministre de la justice
            Le ministre de l'éducation nationale, de la jeunesse et des sports
            Le ministre de l'intérieur
            La secrétaire d'État chargée de l'égalité entre les femmes et les hommes et de la lutte contre les discriminations
            à
            Mesdames et messieurs les préfets,
            Mesdames et messieurs les recteurs d'académie

            Je vous demande de veiller à la bonne application de la présente circulaire.
            """
        XCTAssertEqual(extract(text).metadata.emitter, "ministre-des-solidarites-de-la-sante-de-la-famille-et-de-l-enfance")
        // Counter-example: a short list of two keeps its first-named, as before.
        let two = """
            La garde des sceaux, ministre de la justice
            Le ministre de l'intérieur
            à
            Mesdames et messieurs les préfets

            Je vous demande de veiller à la bonne application de la présente circulaire.
            """
        XCTAssertEqual(extract(two).metadata.emitter, "ministre-de-la-justice")
    }

    /// "Textes abrogés : Circulaire … du 12 mai 2001 du ministre de l'agriculture": the author
    /// of a cited text is not the document's emitter.
    func testTheAuthorOfACitedTextIsNoEmitter() {
        let text = """
            Circulaire n° 2019-14 du 3 avril 2019 relative au contrôle des élevages
            NOR : AGRG1900014C
            Références : décret n° 2017-121 du 1er février 2017.
            Textes abrogés : circulaire n° 2001-33 du 12 mai 2001 du ministre de l'agriculture et de la pêche.

            La présente circulaire précise les modalités du contrôle.
            """
        XCTAssertNil(extract(text).metadata.emitter)
        // Counter-example: the letter's own authority, before its "à", is the emitter.
        let own = text.replacingOccurrences(of: "La présente circulaire", with: "Le ministre de l'agriculture et de la pêche à Mesdames et Messieurs les préfets\n\nLa présente circulaire")
        XCTAssertEqual(extract(own).metadata.emitter, "ministre-de-l-agriculture-et-de-la-peche")
    }

    /// "REF : circulaire n° NOR INTK1207284C du 6 juillet 2012 ; circulaire n° NOR
    /// IMIK0900091C du 23 novembre 2009 ; Circulaire n° NOR INTK1100004C du 2 février 2011":
    /// every NOR of the list is a cited text's, the last one too, though its "Circulaire" is
    /// capitalised after the previous text's date, as a title would be.
    func testNORsOfTheReferenceListAreCited() {
        let text = """
            Paris, le 3 mars 2014
            Le ministre de l'intérieur
            à
            Mesdames et Messieurs les préfets
            Objet : examen des demandes de titres de séjour.
            REF : circulaire n° NOR INTK1207284C du 6 juillet 2012 ; circulaire n° NOR IMIK0900091C du 23 novembre 2009 ; Circulaire n° NOR INTK1100004C du 2 février 2011.

            Je vous demande d'appliquer ces instructions.
            """
        XCTAssertNil(extract(text).metadata.nor)
        // Slashed NORs, the third one far from the label: cited too.
        let slashed = text.replacingOccurrences(of: "REF : circulaire n° NOR INTK1207284C du 6 juillet 2012 ; circulaire n° NOR IMIK0900091C du 23 novembre 2009 ; Circulaire n° NOR INTK1100004C du 2 février 2011.",
            with: "REF :\nCirculaire n° NOR/INT/02/00215/C du 19 décembre 2002 modifiée par la circulaire n°\nNOR/INT/D/03/00003/C du 10 janvier 2003. Circulaire n° NOR/INT/D/04/00134/C du\n30 octobre 2004.")
        XCTAssertNotEqual(slashed, text)
        XCTAssertNil(extract(slashed).metadata.nor)
        // Counter-example: the document's own NOR on its line above the list still is.
        let own = text.replacingOccurrences(of: "Objet :", with: "NOR : INTV1400031C\nObjet :")
        XCTAssertEqual(extract(own).metadata.nor, "INTV1400031C")
    }

    /// "… relocalisation ; ADRESSE POSTALE: PLACE BEAUVAU 75800 PARIS": the footer's label,
    /// its colon glued to it, names no signatory; a name before it still signs.
    func testAGluedFooterLabelIsNoSignatory() {
        let text = "MINISTÈRE DE L'INTÉRIEUR Paris, le 4 février 2016 Le ministre de l'intérieur à Mesdames et messieurs les préfets de région NOR: INTV1600001C Objet: Accueil des demandeurs d'asile. Je vous demande de participer à cet effort de création de places. ADRESSE POSTALE: PLACE BEAUVAU 75800 PARIS CEDEX 08 - STANDARD 01 49 27 49 27\n"
        let m = extract(text).metadata
        XCTAssertNotEqual(m.signatory?.lowercased(), "adresse postale:")
        XCTAssertNotEqual(m.signatory?.lowercased(), "adresse postale")
        // Counter-example: the minister's name before the footer is the signatory.
        let signed = text.replacingOccurrences(of: "places. ADRESSE", with: "places. Bernard CAZENEUVE ADRESSE")
        XCTAssertEqual(extract(signed).metadata.signatory?.lowercased(), "bernard cazeneuve")
    }

    /// "Pour information de Monsieur le ministre de l'intérieur, de l'outre-mer et des
    /// collectivités territoriales": the cue linked by "de" heads the title after it (a copy
    /// for information), leaving the list before it to; the minister is the Interior's.
    func testALinkedInformationCueHeadsTheTitleAfterIt() {
        let text = "Le ministre de l'immigration à Mesdames et Messieurs les préfets de département Monsieur le préfet de police Pour information de Monsieur le Ministre de l'intérieur, de l'outre-mer et des collectivités territoriales\nObjet : acquisition de la nationalité française.\n\nJe vous demande d'appliquer ces instructions.\n"
        XCTAssertEqual(addressees(text), ["prefet-de-departement to", "prefet-de-police to", "ministre-de-l-interieur cc"])
        // Counter-example: "Pour information" after the list, with no "de", tags the titles
        // before it and heads none after.
        let tag = "Le ministre de l'immigration à\nMesdames et Messieurs les préfets de département\nMonsieur le préfet de police Pour information\n\nObjet : acquisition de la nationalité française.\n\nJe vous demande d'appliquer ces instructions.\n"
        XCTAssertEqual(addressees(tag), ["prefet-de-departement cc", "prefet-de-police cc"])
    }

    /// "préfets de région, directions régionales de l'environnement (pour attribution),
    /// directions régionales de l'industrie (pour information)": the préfet's services, each
    /// tagged; the préfet is for attribution. Two préfets, each tagged, keep their own roles.
    func testAServiceTagDoesNotRetagThePrefet() {
        let text = "Le ministre de l'écologie à Madame et Messieurs les préfets de région, directions régionales de l'environnement (pour attribution), directions régionales de l'industrie, de la recherche et de l'environnement (pour information).\n\nObjet : lutte contre les moustiques.\n\nJe vous demande d'appliquer ces instructions.\n"
        XCTAssertEqual(addressees(text), ["prefet-de-region to"])
        let two = "Le ministre de l'écologie à Mesdames et Messieurs les préfets de région (pour attribution), Mesdames et Messieurs les préfets de département (pour information).\n\nObjet : lutte contre les moustiques.\n\nJe vous demande d'appliquer ces instructions.\n"
        XCTAssertEqual(addressees(two), ["prefet-de-region to", "prefet-de-departement cc"])
    }
}
