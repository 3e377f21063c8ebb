import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Rule tests of the third préfecture-texts round, on sentences written for them: the préfet
/// maritime and the sous-préfet as authorities, a préfecture's note its secrétaire général
/// signs, a "Recueil des actes administratifs" page of several arrêtés, an arrêté whose
/// article headings stand alone on their line, a "Réf :" line citing a circular by its NOR,
/// a service director whose office takes two complements, a message set in capitals. Each
/// rule has a counter-example where it could overreach.
final class PrefectureThirdRoundHeaderTests: XCTestCase, HeaderRuleTesting {
    /// Two arrêtés on one page: the page is read as its first act, signature included.
    static let recueil = """
    RECUEIL DES ACTES ADMINISTRATIFS N° 62-2012-047

    ARRÊTÉ N° 2012-CAB-318 portant réglementation de la circulation

    Le préfet du Pas-de-Calais,

    Vu le code général des collectivités territoriales ;

    ARRÊTE

    Article 1er – La circulation des poids lourds est interdite sur l'autoroute A16.

    Fait à Arras, le 3 octobre 2012

    Le préfet,

    Denis ROBIN

    ARRÊTÉ N° 2012-DR-1142 portant fermeture administrative d'un établissement

    Le préfet du Pas-de-Calais,

    Vu le code de la sécurité intérieure ;

    ARRÊTE

    Article 1er – L'établissement est fermé pour une durée de quinze jours.

    Fait à Arras, le 3 octobre 2012

    Pour le préfet et par délégation,
    le secrétaire général,

    Jacques DESTOUCHES
    """

    func testARecueilPageIsSignedByItsFirstAct() {
        XCTAssertEqual(extract(Self.recueil).metadata.signatory?.lowercased(), "denis robin")
        // Counter-example: one act signed by delegation keeps its own signatory.
        let one = Self.recueil.components(separatedBy: "Denis ROBIN")[1]
        XCTAssertEqual(extract("PRÉFET DU PAS-DE-CALAIS\n" + one).metadata.signatory?.lowercased(), "jacques destouches")
    }

    /// The next act's service rubric under the page's running head: the rubric and the
    /// running head, in capitals like a name, are no signer, and the page stays its first act's.
    func testARecueilsRunningHeadAboveAServiceRubricSignsNothing() {
        let page = Self.recueil.replacingOccurrences(of: "Denis ROBIN\n\nARRÊTÉ N° 2012-DR-1142", with:
            "Denis ROBIN\n\nRECUEIL DES ACTES ADMINISTRATIFS N° 62-2012-047\n\nDIRECTION DE LA RÉGLEMENTATION\nBureau des polices administratives\n\nARRÊTÉ N° 2012-DR-1142")
        XCTAssertNotEqual(page, Self.recueil)
        XCTAssertEqual(extract(page).metadata.signatory?.lowercased(), "denis robin")
    }

    /// "Le vice-amiral d'escadre, préfet maritime de l'Atlantique,": a rank, then the office;
    /// "PRÉFECTURE MARITIME DE L'ATLANTIQUE" names the same office.
    func testThePrefetMaritimeEnactsAfterHisRank() {
        let act = """
        PRÉFECTURE MARITIME DE L'ATLANTIQUE

        ARRÊTÉ N° 2021/087 réglementant la navigation

        Le vice-amiral d'escadre, préfet maritime de l'Atlantique,

        Vu le code pénal ;

        ARRÊTE

        Article 1er – La navigation est interdite dans la zone définie en annexe.
        """
        XCTAssertEqual(extract(act).metadata.emitter, "prefet-maritime-de-l-atlantique")
        // Counter-example: a maritime word that is no office's adjective names no préfet.
        XCTAssertNotEqual(extract("PRÉFET DU MORBIHAN\n\nLe préfet du Morbihan,\n\nVu le code de l'environnement ;\n\nARRÊTE\n\nArticle 1er – Le mouillage est interdit.").metadata.emitter,
                          "prefet-maritime-de-l-atlantique")
    }

    /// "Le sous-préfet de Dunkerque à Mesdames et Messieurs les maires": the sous-préfet is
    /// the authority of his letter.
    func testASousPrefetsLetterIsHis() {
        let letter = """
        SOUS-PRÉFECTURE DE DUNKERQUE

        Le sous-préfet de Dunkerque

        à

        Mesdames et Messieurs les maires de l'arrondissement de Dunkerque

        Objet : Plan grand froid.

        Je vous serais obligé de bien vouloir signaler au 115 toute personne sans abri repérée sur le territoire de votre commune.
        """
        let d = extract(letter)
        XCTAssertEqual(d.metadata.emitter, "sous-prefet-de-dunkerque")
        XCTAssertEqual(Set(d.addressees.map(\.id)), ["maire"])
        // Counter-example: the préfet's letter copied to the sous-préfet stays the préfet's.
        let prefet = letter.replacingOccurrences(of: "Le sous-préfet de Dunkerque\n", with: "Le préfet du Nord\n")
            .replacingOccurrences(of: "SOUS-PRÉFECTURE DE DUNKERQUE", with: "PRÉFET DU NORD")
        XCTAssertEqual(extract(prefet).metadata.emitter, "prefet-du-nord")
    }

    /// A note of the préfecture's services signed "Le secrétaire général": under the préfet's
    /// letterhead, the préfet is its authority.
    func testAPrefectureNoteSignedByItsSecretaireGeneral() {
        let note = """
        PRÉFET DE LA SEINE-SAINT-DENIS

        Secrétariat général

        NOTE DE SERVICE N° 2023-DMI-004

        Objet : Mode opératoire pour la remise des titres de séjour au guichet.

        Avant toute remise, l'agent vérifie l'identité du demandeur au vu de son passeport ou de sa carte consulaire.

        Le secrétaire général,

        Jacques WITKOWSKI
        """
        XCTAssertEqual(extract(note).metadata.emitter, "prefet-de-la-seine-saint-denis")
        // Counter-example: without a préfet's letterhead the signing office stays the authority.
        let bare = note.replacingOccurrences(of: "PRÉFET DE LA SEINE-SAINT-DENIS\n", with: "")
        XCTAssertNotEqual(extract(bare).metadata.emitter, "prefet-de-la-seine-saint-denis")
    }

    /// "Réf. : Circulaire ministérielle NOR : IOMA2409876J du 12 avril 2024": the NOR of a text
    /// the "Réf :" line cites is not the letter's own.
    func testANORInTheReferenceLineIsTheCitedTexts() {
        let letter = """
        PRÉFET DU NORD

        Le préfet du Nord

        à

        Mesdames et Messieurs les maires

        Objet : Élections européennes.
        Réf. : Circulaire ministérielle NOR : IOMA2409876J du 12 avril 2024.

        Vous voudrez bien me transmettre la liste des présidents de bureau de vote.
        """
        XCTAssertNil(extract(letter).metadata.nor)
        // Counter-example: "Réf : NOR …" alone gives the document's own NOR.
        let own = letter.replacingOccurrences(of: "Réf. : Circulaire ministérielle NOR : IOMA2409876J du 12 avril 2024.", with: "Réf. : NOR IOMA2409876J")
        XCTAssertEqual(extract(own).metadata.nor, "IOMA2409876J")
    }

    /// "PREFECTURE DU VAR - SIDPC": the service after the dash is no part of the authority.
    func testAServiceAfterADashLeavesTheOffice() {
        let message = "PREFECTURE DU VAR - SIDPC\n\nDESTINATAIRES : MMES ET MM. LES MAIRES DU DEPARTEMENT\n\nOBJET : VIGILANCE ORANGE\n\nLES MAIRES DOIVENT PRENDRE TOUTES MESURES DE SAUVEGARDE PREVUES PAR LEUR PLAN COMMUNAL."
        XCTAssertEqual(extract(message).metadata.emitter, "prefet-du-var")
        // Counter-example: a hyphenated place is one word of the office.
        XCTAssertEqual(extract(message.replacingOccurrences(of: "PREFECTURE DU VAR - SIDPC", with: "PREFECTURE DU PAS-DE-CALAIS")).metadata.emitter, "prefet-du-pas-de-calais")
    }

    /// "Monsieur le directeur de l'ordre public et de la circulation": one person, one office
    /// with two complements.
    func testASingularDirectorWithTwoComplementsIsOneOffice() {
        let block = "LE PRÉFET DE POLICE\n\nà\n\nMonsieur le directeur de l'ordre public et de la circulation\n\nObjet : Manifestations.\n\nJe vous demande de procéder à la reconnaissance des itinéraires déclarés."
        XCTAssertEqual(Set(extract(block).addressees.map(\.id)), ["directeur-de-l-ordre-public-et-de-la-circulation"])
        // Counter-example: plural heads share their complements: two offices.
        let plural = "LE MINISTRE DE L'INTÉRIEUR\n\nà\n\nMesdames et Messieurs les préfets de région et de département\n\nObjet : Élections.\n\nJe vous demande de veiller au bon déroulement du scrutin."
        XCTAssertEqual(Set(extract(plural).addressees.map(\.id)), ["prefet-de-region", "prefet-de-departement"])
    }
}

/// References of an arrêté whose article headings stand alone on their lines.
final class PrefectureThirdRoundReferenceTests: XCTestCase, HeaderRuleTesting {
    static let act = """
    ARRÊTÉ N° 2021/087

    Le préfet maritime de l'Atlantique,

    Vu le code pénal, notamment ses articles 131-13 et R. 610-5 ;

    ARRÊTE

    Article 1er
    La navigation est interdite dans la zone définie en annexe.

    Article 2
    Les dispositions de l'article 1er ne s'appliquent pas aux navires de l'État.

    Article 3
    Les infractions sont punies des peines prévues à l'article R. 610-5 du code pénal.
    """

    /// "Article 1er" alone on its line heads the act's own article, and "l'article 1er" in the
    /// act is that article: neither is the code pénal's.
    func testAnActsOwnArticlesAreNoCodeArticles() {
        let ids = Set(extract(Self.act).references.map(\.id))
        XCTAssertEqual(ids, ["CP:131-13", "CP:R610-5"])
        // Counter-example: in a circular (no article of its own), a bare article after the
        // code named in its paragraph is the code's.
        let circular = "Je vous rappelle les dispositions du code de procédure pénale. L'article 40 impose à tout fonctionnaire d'aviser le procureur de la République."
        XCTAssertTrue(Set(extract(circular).references.map(\.id)).contains("CPP:40"))
    }
}

/// Obligations of a préfecture's messages and letters.
final class PrefectureThirdRoundObligationTests: XCTestCase, ObligationRuleTesting {
    var snippetKind: DocumentKind { .circulaire }
    var circularAddressee: String { "maire" }

    /// "Les maires des communes … voudront bien me faire connaître": the polite future of a
    /// named role, however long its complement.
    func testANamedRoleVoudrontBien() {
        let o = obligations("Les maires des communes disposant d'une salle municipale chauffée voudront bien me faire connaître sous 48 heures les capacités d'accueil.")
        XCTAssertEqual(o.map(\.modality), [.obligation], "\(o.map(\.text))")
        // Counter-example: a reported wish is none ("ils voudront bien" is no title).
        XCTAssertTrue(obligations("Les familles qui le voudront bien pourront être hébergées.").filter { $0.modality == .obligation }.isEmpty)
    }

    /// A message set in capitals wraps its sentences as prose does: the sentence over two
    /// lines is one, and an obligation.
    func testAMessageInCapitalsKeepsItsWrappedSentence() {
        let message = """
        PREFECTURE DU VAR

        OBJET : VIGILANCE ORANGE ORAGES

        METEO-FRANCE PLACE LE DEPARTEMENT EN VIGILANCE ORANGE.

        LES MAIRES DOIVENT PRENDRE TOUTES MESURES DE SAUVEGARDE PREVUES PAR LEUR PLAN COMMUNAL DE
        SAUVEGARDE.

        IL LEUR APPARTIENT D'INFORMER SANS DELAI LA POPULATION ET LES CAMPINGS SITUES EN ZONE
        INONDABLE.
        """
        let o = obligations(message)
        XCTAssertNotNil(o.first { $0.text.hasPrefix("LES MAIRES DOIVENT") && $0.text.hasSuffix("SAUVEGARDE.") }, "\(o.map(\.text))")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
    }

    /// "… ; ARRÊTE Article 1er : Les rassemblements … sont interdits": a flattened act's first
    /// article opens a sentence of its own after the enacting word.
    func testAFlattenedActsFirstArticleOpensItsSentence() {
        let act = "Le préfet de l'Essonne, Vu le code de la sécurité intérieure ; Considérant les risques de troubles graves à l'ordre public ; ARRÊTE Article 1er : Les rassemblements festifs à caractère musical non déclarés sont interdits sur l'ensemble du département."
        let o = obligations(act, kind: .unknown, to: [])
        XCTAssertEqual(o.map(\.modality), [.prohibition], "\(o.map(\.text))")
        XCTAssertTrue(o.first?.text.hasPrefix("Article 1er") ?? false, "\(o.map(\.text))")
        // Counter-example: "Article" after a word in ordinary case runs on ("… prévues par l' Article 3").
        let prose = "Les sanctions sont celles prévues au présent Article 3 du règlement et elles sont interdites."
        XCTAssertEqual(TestLexicons.pipeline.structure(SourceDocument(path: "t.txt", text: prose, format: .text)).units.count, 1)
    }
}
