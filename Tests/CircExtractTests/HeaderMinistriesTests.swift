import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for the headers of other ministries and eras (Justice, Premier ministre, Santé,
/// outre-mer), on sentences written for each class, with a counter-example where the rule
/// could overreach.
final class HeaderMinistriesTests: XCTestCase, HeaderRuleTesting {
    static let body = "\n\nObjet : essai\n\nJe vous demande de veiller à l'application de ces dispositions dans votre ressort.\n"

    /// "préfets de région et de département": one head shared by two lexicon titles.
    func testAHeadSharedByTwoLexiconTitles() {
        XCTAssertEqual(addressees("Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets de région et de département" + Self.body),
                       ["prefet-de-region to", "prefet-de-departement to"])
        XCTAssertEqual(addressees("DE : MINISTRE INTERIEUR\nA : MESDAMES ET MESSIEURS LES PREFETS DE REGION ET DE DEPARTEMENT" + Self.body),
                       ["prefet-de-region to", "prefet-de-departement to"])
        // A lexicon title that holds its "et" is one office.
        XCTAssertEqual(addressees("Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets de zone de défense et de sécurité" + Self.body),
                       ["prefet-de-zone-de-defense-et-de-securite to"])
        XCTAssertEqual(addressees("Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\nCopie à :\nMonsieur le directeur général de la sécurité civile et de la gestion des crises" + Self.body),
                       ["prefet-de-departement to", "directeur-general-de-la-securite-civile-et-de-la-gestion-des-crises cc"])
    }

    /// An office the lexicon names in words keeps its line when a second office follows in
    /// apposition; a bare rank does not.
    func testANamedOfficeBeforeAnApposition() {
        XCTAssertEqual(addressees("Le ministre de l'intérieur\nà\nMonsieur le préfet de police, préfet de la zone de défense et de sécurité de Paris" + Self.body),
                       ["prefet-de-police to"])
        XCTAssertEqual(addressees("Le ministre de l'intérieur\nà\nMonsieur le préfet, secrétaire général du ministère de l'intérieur" + Self.body),
                       ["secretaire-general-du-ministere-de-l-interieur to"])
    }

    /// "chefs d'établissements pénitentiaires": the elided plural complement in the singular.
    func testAnElidedPluralComplementInTheSingular() {
        XCTAssertEqual(addressees("La garde des sceaux, ministre de la justice\nà\nMesdames et Messieurs les chefs d'établissements pénitentiaires\nMesdames et Messieurs les directeurs d'établissements de santé" + Self.body),
                       ["chef-d-etablissement-penitentiaire to", "directeur-d-etablissement-de-sante to"])
        // Written in the singular already: as written.
        XCTAssertEqual(addressees("Le ministre de l'éducation nationale\nà\nMesdames et Messieurs les chefs d'établissement" + Self.body),
                       ["chef-d-etablissement to"])
    }

    /// The representative of the State overseas keeps the territory after "à".
    func testTheRepresentativeOfTheStateOverseas() {
        XCTAssertEqual(addressees("Le ministre des outre-mer\nà\nMonsieur le représentant de l'État à Saint-Pierre-et-Miquelon\nMonsieur le haut-commissaire de la République en Polynésie française" + Self.body),
                       ["representant-de-l-etat-a-saint-pierre-et-miquelon to", "haut-commissaire-de-la-republique to"])
    }

    /// A Justice "DÉPÊCHE" is a letter: kind depeche, but its emitter, addressees and
    /// directives are a circular's. A wire stays a press item.
    func testAMinistrysDepecheIsALetter() {
        let d = extract("DÉPÊCHE\n\nLe garde des sceaux, ministre de la justice\nà\nMesdames et Messieurs les procureurs de la République\n(pour attribution)\n\nObjet : essai\n\nJe vous demande de requérir systématiquement le placement en détention.\n\nJean DUPUIS\n")
        XCTAssertEqual(d.metadata.kind, .depeche)
        XCTAssertEqual(d.metadata.emitter, "ministre-de-la-justice")
        XCTAssertEqual(d.metadata.signatory, "Jean Dupuis")
        XCTAssertEqual(Set(d.addressees.map { "\($0.id) \($0.role)" }), ["procureur-de-la-republique to"])
        XCTAssertEqual(d.obligations.first?.actor, "addressees")
        let wire = extract("PARIS (AFP) - Le ministre de l'Intérieur Jean Dupuis a demandé mardi aux préfets de renforcer les contrôles aux frontières, selon une circulaire consultée par l'AFP.")
        XCTAssertEqual(wire.metadata.kind, .depeche)
        XCTAssertNil(wire.metadata.emitter.flatMap { $0 == "ministre-de-la-justice" ? $0 : nil })
        XCTAssertEqual(wire.addressees.map(\.id), ["prefet-de-departement"])
    }

    /// A telegram's sender field in the telegraphic style: "DE : MINISTRE INTERIEUR".
    func testATelegramsSenderField() {
        let t = "TELEGRAMME\nDE : MINISTRE INTERIEUR - CABINET\nA : MESDAMES ET MESSIEURS LES PREFETS\nOBJET : ESSAI\nJE VOUS DEMANDE DE RENFORCER LA SECURITE DES RASSEMBLEMENTS.\n"
        XCTAssertEqual(extract(t).metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(extract(t.replacingOccurrences(of: "MINISTRE INTERIEUR", with: "GARDE DES SCEAUX")).metadata.emitter, "ministre-de-la-justice")
        // "De : " opening a sentence of the body is no field.
        XCTAssertNil(extract("Objet : essai\n\nDe : la rédaction, les ministres de l'intérieur ont toujours demandé la plus grande fermeté.\n").metadata.emitter.flatMap { $0 == "ministre-de-l-interieur" ? $0 : nil })
    }

    /// "La Première ministre": the office in the masculine, whole without a complement.
    func testThePrimeMinisterInTheFeminine() {
        XCTAssertEqual(extract("La Première ministre\nà\nMesdames et Messieurs les préfets de région" + Self.body).metadata.emitter, "premier-ministre")
        XCTAssertEqual(extract("Le Premier ministre\nà\nMesdames et Messieurs les ministres" + Self.body).metadata.emitter, "premier-ministre")
    }

    /// A flattened block whose prose opens on a capitalised article with no full stop before
    /// it; an article after a preposition is a place's ("préfet de La Réunion").
    func testAFlattenedBlockClosedByTheProsesArticle() {
        XCTAssertEqual(addressees("Circulaire du 24 janvier 2018 NOR : PRMX1800000C Le Premier ministre à Mesdames et Messieurs les ministres et secrétaires d'État Le Gouvernement a engagé une transformation en profondeur de l'action publique. Je vous demande de veiller à la qualité des études d'impact."),
                       ["ministre to", "secretaire-d-etat to"])
        XCTAssertEqual(addressees("Le ministre des outre-mer à Monsieur le préfet de La Réunion, Monsieur le préfet de Mayotte. Objet : essai. Je vous demande d'actualiser vos plans avant la saison cyclonique."),
                       ["prefet-de-departement to"])
    }

    /// A letterhead's authority ends with its line when the next line names a service ("1re
    /// Division"); a portfolio wrapped onto the next line goes on with its link word.
    func testALetterheadAuthorityEndsWithItsLine() {
        XCTAssertEqual(extract("PRÉFECTURE DE LA SEINE-INFÉRIEURE\n1re Division — 2e Bureau\n\nRouen, le 12 janvier 1935.\n\nLe Préfet de la Seine-Inférieure\nà MM. les Sous-Préfets et Maires du département.\n\nMessieurs, je vous prie de m'accuser réception de la présente circulaire.\n").metadata.emitter,
                       "prefet-de-la-seine-inferieure")
        XCTAssertEqual(extract("Le ministre de l'écologie,\nde l'énergie et de la mer\nà\nMesdames et Messieurs les préfets" + Self.body).metadata.emitter,
                       "ministre-de-l-ecologie-de-l-energie-et-de-la-mer")
    }

    /// OCR reads a capital i opening a word as an "l": "l'lntérieur" is the Interior. A word
    /// of the text that only starts with an "l" stays as written.
    func testACapitalIReadAsAnL() {
        XCTAssertEqual(extract("Le Ministre de l'lntérieur\nà\nMesdames et Messieurs les préfets" + Self.body).metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(extract("Le préfet de la Lozère\nà\nMesdames et Messieurs les maires" + Self.body).metadata.emitter, "prefet-de-la-lozere")
    }

    /// A press item naming only the minister: the ministry held on the item's date; undated,
    /// only a name that held one ministry, or the one of his ministries the item's recipients
    /// answer to (the préfets to the Interior).
    func testTheMinistryOfAMinisterNamedAlone() {
        let item = "Dans une instruction adressée lundi soir aux préfets, Gérald Darmanin leur demande d'interdire les rassemblements dans les quartiers les plus touchés."
        XCTAssertEqual(extract("Publié le 12/10/2021\n\n" + item).metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(extract("Publié le 12/03/2025\n\n" + item).metadata.emitter, "ministre-de-la-justice")
        XCTAssertEqual(extract(item).metadata.emitter, "ministre-de-l-interieur")
        XCTAssertNil(extract(item.replacingOccurrences(of: "aux préfets", with: "aux maires")).metadata.emitter)
        XCTAssertEqual(extract(item.replacingOccurrences(of: "Gérald Darmanin", with: "Christophe Castaner")).metadata.emitter, "ministre-de-l-interieur")
        XCTAssertNil(extract(item.replacingOccurrences(of: "Gérald Darmanin", with: "Jean Dupuis")).metadata.emitter)
        // Dated out of every term (a page published later): a name that held one ministry only.
        XCTAssertEqual(extract("Publié le 12/03/2023\n\n" + item.replacingOccurrences(of: "Gérald Darmanin", with: "Christophe Castaner")).metadata.emitter, "ministre-de-l-interieur")
        XCTAssertNil(extract("Publié le 12/03/2019\n\n" + item).metadata.emitter)
    }

    /// The minister a press item shows acting names the ministry before another the item
    /// mentions; one the table does not know leaves the ministry the text names.
    func testThePressItemsActingMinisterNamesTheMinistry() {
        let item = "Mis en ligne le 22 juillet 2021\n\nLe Premier ministre Jean Castex a adressé une circulaire aux préfets leur demandant d'associer le ministre de l'Égalité des territoires aux opérations de vaccination."
        XCTAssertEqual(extract(item).metadata.emitter, "premier-ministre")
        XCTAssertEqual(extract(item.replacingOccurrences(of: "Le Premier ministre Jean Castex", with: "Le préfet Jean Dupuis")).metadata.emitter, "ministre-de-l-egalite")
    }

    /// A letter the prose reports ("une circulaire à l'attention des préfets") is no block of
    /// the text's own: a blog page quoting it stays an article, dated by its publication.
    func testALetterThePageReportsIsNoBlock() {
        let d = extract("Circulaire Valls : ce qui change Publié le 3 décembre 2012 Le ministre de l'Intérieur Manuel Valls a publié le 28 novembre 2012 une circulaire à l'attention des préfets relative aux conditions d'examen des demandes. Nous reviendrons sur ses effets.")
        XCTAssertEqual(d.metadata.kind, .article)
        XCTAssertEqual(d.metadata.date, "2012-12-03")
        XCTAssertEqual(d.addressees.map(\.id), ["prefet-de-departement"])
        // The text's own "Note à l'attention de" opens its block.
        XCTAssertEqual(addressees("NOTE\n\nà l'attention de\n\nMonsieur le directeur général de la police nationale" + Self.body), ["directeur-general-de-la-police-nationale to"])
    }

    /// "Madame la Préfète," alone: a préfet de département.
    func testAPrefecteAlone() {
        XCTAssertEqual(addressees("Le ministre\n\nParis, le 7 avril 2020\n\nMadame la Préfète,\n\nJe vous demande de veiller au respect des mesures.\n"), ["prefet-de-departement to"])
        XCTAssertEqual(addressees("Le ministre de l'intérieur\nà\nMadame la préfète de police des Bouches-du-Rhône" + Self.body), ["prefet-de-police-des-bouches-du-rhone to"])
    }

    /// A copy list after the signature ("Copie : DGPN, DGGN") is no name.
    func testACopyListAfterTheSignatureIsNoName() {
        let t = "MINISTÈRE DE L'INTÉRIEUR\n\nObjet : essai.\n\nJe vous demande de renforcer la présence des forces de l'ordre.\n\nJean DUPUIS\n\nDestinataires :\nMesdames et Messieurs les préfets de département\nMonsieur le préfet de police\nCopie : DGPN, DGGN\n"
        XCTAssertEqual(extract(t).metadata.signatory, "Jean Dupuis")
    }

    /// A press item on a préfet's act: the préfet of the place it names.
    func testAPressItemOnAPrefetsAct() {
        XCTAssertEqual(extract("Publié le 30/12/2021 à 17h00\n\nLe préfet d'Ille-et-Vilaine, Emmanuel Berthier, a signé un arrêté interdisant les rassemblements festifs sur la voie publique.").metadata.emitter, "prefet-d-ille-et-vilaine")
        // A ministry the item names comes first; a préfet named without a place names none.
        XCTAssertEqual(extract("Publié le 30/12/2021 à 17h00\n\nLe préfet a relayé la circulaire du ministre de l'Intérieur sur les rassemblements festifs.").metadata.emitter, "ministre-de-l-interieur")
        XCTAssertNil(extract("Publié le 30/12/2021 à 17h00\n\nLe préfet a signé un arrêté interdisant les rassemblements festifs sur la voie publique.").metadata.emitter)
    }

    /// OCR's digit one for the elided "l'" ("de 1'Intérieur"), and a damaged "MlNISTRE" after
    /// the garde des sceaux's comma: the portfolio still names the emitter. A number before a
    /// quote with a space is no elision.
    func testOCRDamageInTheEmittersTitle() {
        XCTAssertEqual(extract("Le Ministre de 1'Intérieur\n\nà\n\nMesdames et Messieurs les préfets" + Self.body).metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(extract("LE GARDE DES SCEAUX, MlNISTRE DE LA JUSTICE\n\nA\n\nMESDAMES ET MESSIEURS LES PROCUREURS GENERAUX" + Self.body).metadata.emitter, "ministre-de-la-justice")
        XCTAssertEqual(addressees("Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets de la zone 1 'Sud'" + Self.body), ["prefet-de-departement to"])
    }
}
