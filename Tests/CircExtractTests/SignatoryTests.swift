import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for the signatory, on texts written for them. In a press item: the minister
/// the item shows acting, whether or not a written instruction is mentioned; never a person
/// only named, nor one in apposition to another title. In a circular: the closing name line,
/// never a heading.
final class SignatoryTests: XCTestCase {
    func signatory(_ text: String) -> String? {
        TestLexicons.pipeline.extract(SourceDocument(path: "article.txt", text: text, format: .text)).metadata.signatory
    }

    func testTheClosingNameOfACircularNotAHeading() {
        let body = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets\n\nObjet : essai\n\nJe vous demande de veiller à l'application de ces règles dans vos départements respectifs dès leur publication.\n\n"
        XCTAssertEqual(signatory(body + "Jean DUPUIS\n"), "Jean Dupuis")
        XCTAssertNil(signatory(body + "CHAPITRE II\n"))
        // A web copy sets the name in ordinary case; common words are no name.
        XCTAssertEqual(signatory(body + "Jean Dupuis\n"), "Jean Dupuis")
        XCTAssertNil(signatory(body + "Pièces Jointes\n"))
        // A particle in lower case between the names; a civility is no name.
        XCTAssertEqual(signatory(body + "Jean-Paul de GAUDEMAR\n"), "Jean-Paul de Gaudemar")
        XCTAssertNil(signatory(body + "MM. les PRÉFETS\n"))
        XCTAssertEqual(signatory(body + "Claude d'HARCOURT\n"), "Claude d'Harcourt")
    }

    /// Co-signed: one title and one name per minister; the first-named signs first.
    func testTheFirstOfCoSignaturesIsTheSignatory() {
        let body = "Le garde des sceaux, ministre de la justice\nLe ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\n\nObjet : essai\n\nJe vous demande de veiller à l'application de ces règles dans vos départements respectifs dès leur publication.\n\n"
        XCTAssertEqual(signatory(body + "Le garde des sceaux, ministre de la justice\nJean DUPUIS\n\nLe ministre de l'intérieur\nPaul MARTIN\n"), "Jean Dupuis")
        // One title and one name: that name, and a name with no title above it is no co-signature.
        XCTAssertEqual(signatory(body + "Le ministre de l'intérieur\nPaul MARTIN\n"), "Paul Martin")
        XCTAssertEqual(signatory(body + "Jean DUPUIS\nLe ministre de l'intérieur\nPaul MARTIN\n"), "Paul Martin")
    }

    func testTheMinisterShownActingWithoutAWrittenInstruction() {
        XCTAssertEqual(signatory("Le ministre de l'Intérieur, Jean Dupuis, a appelé les préfets à la vigilance avant le week-end."), "Jean Dupuis")
        XCTAssertEqual(signatory("La ministre de la Justice précise les réponses attendues. En premier lieu, Anne Lemaire insiste sur l'information des parquets."),
                       "Anne Lemaire")
    }

    /// A request verb, or a pronoun object between the name and the verb.
    func testTheMinisterAskingThroughAPronoun() {
        XCTAssertEqual(signatory("Dans une circulaire adressée mardi aux préfets, Jean Dupuis leur demande d'appliquer les consignes."), "Jean Dupuis")
        XCTAssertEqual(signatory("Jean Dupuis demande aux préfets de renforcer les contrôles dans les gares."), "Jean Dupuis")
    }

    func testAMinisterOnlyNamedIsNoSignatory() {
        XCTAssertNil(signatory("Sur demande du ministre de l'Intérieur, Jean Dupuis, un plan départemental a été présenté vendredi aux élus."))
    }

    func testANameInAppositionToAnotherTitleIsNotTheMinisters() {
        XCTAssertNil(signatory("Le ministre de l'Intérieur veut plus de policiers. Le maire, Paul Martin, avait alerté sur un sous-effectif."))
    }

    func emitter(_ text: String) -> String? {
        TestLexicons.pipeline.extract(SourceDocument(path: "lettre.txt", text: text, format: .text)).metadata.emitter
    }

    /// A letter whose header names no authority: the title above the signature does.
    func testTheAuthorityAboveTheSignature() {
        let t = "CIRCULAIRE à MM. les Sous-Préfets et Maires du département.\n\nMESSIEURS,\n\nJe vous prie de me faire le rappel de toute affaire restée plus de huit jours sans réponse.\n\nLe Préfet du département de la Somme,\nJ. DURAND\n"
        XCTAssertEqual(emitter(t), "prefet-de-la-somme")
    }

    /// A letterhead's "Le ministre" over a dateline is not the authority: the one before the
    /// addressee block's "à" is. The Interior and the Justice are one emitter whatever the
    /// portfolio of the day; another ministry keeps its portfolio whole.
    func testTheAuthorityAfterTheLetterheadsDateline() {
        let body = " à Mesdames et Messieurs les préfets de département NOR : IOMD2324567J Objet : Sécurisation des établissements scolaires.\n\nVous organiserez avant le 15 septembre une réunion avec les recteurs d'académie de votre région."
        XCTAssertEqual(emitter("MINISTÈRE DE L'INTÉRIEUR Le ministre Paris, le 5 septembre 2023 Le ministre de l'intérieur et des outre-mer" + body), "ministre-de-l-interieur")
        XCTAssertEqual(emitter("Le garde des sceaux, ministre de la justice et des libertés" + body), "ministre-de-la-justice")
        XCTAssertEqual(emitter("Le ministre Paris, le 5 septembre 2023 Le ministre de l'éducation nationale et de la jeunesse" + body),
                       "ministre-de-l-education-nationale-et-de-la-jeunesse")
        // A portfolio listed with commas is the minister's whole title; another title stops
        // at its comma.
        XCTAssertEqual(emitter("Le ministre de l'écologie, de l'énergie, du développement durable et de la mer" + body),
                       "ministre-de-l-ecologie-de-l-energie-du-developpement-durable-et-de-la-mer")
        XCTAssertEqual(emitter("Le ministre de l'intérieur, de l'outre-mer et des collectivités territoriales" + body), "ministre-de-l-interieur")
        XCTAssertEqual(emitter("Le préfet de la Somme, de concert avec le recteur," + body), "prefet-de-la-somme")
    }

    /// A minister's portfolios joined by "et" or commas above the signature are one title,
    /// whatever their capitals; a bulletin's lower-case "circulaire n° … du 28-8-2019" dates
    /// the text, not the bulletin's issue.
    func testPortfoliosAboveTheSignatureAndABulletinsDateLine() {
        let t = "Bulletin officiel n° 31 du 29 août 2019\n\nRentrée scolaire 2019\n\nNOR : MENE1921473C\ncirculaire n° 2019-108 du 28-8-2019\n\nTexte adressé aux recteurs d'académie\n\nLes recteurs veilleront à la mise en place des évaluations nationales dans les établissements.\n\n"
        let m = TestLexicons.pipeline.extract(SourceDocument(path: "bo.txt", text: t + "Le ministre de l'Éducation nationale et de la Jeunesse,\nJean-Michel Blanquer\n", format: .text)).metadata
        XCTAssertEqual(m.date, "2019-08-28")
        XCTAssertEqual(m.emitter, "ministre-de-l-education-nationale-et-de-la-jeunesse")
        XCTAssertEqual(emitter(t + "La ministre des Solidarités, de la Santé et de la Famille,\nJean DUPONT\n"), "ministre-des-solidarites-de-la-sante-et-de-la-famille")
        XCTAssertEqual(emitter(t + "Le ministre de l'Intérieur, Gérald Darmanin\n"), "ministre-de-l-interieur")
    }

    /// A web page's fields before the letter ("Catégorie : Directives adressées par le
    /// ministre aux services… Domaine : Justice") name no authority: the one before the
    /// block's "à" does.
    func testAFieldBeforeTheBlockNamesNoAuthority() {
        let t = "Circulaire du 12 mars 2024 relative aux violences intrafamiliales\n\nNuméro NOR : JUSD2407512C\nCatégorie : Directives adressées par le ministre aux services chargés de leur application\nDomaine : Justice\n\nLe garde des sceaux, ministre de la justice à Pour attribution : Mesdames et Messieurs les procureurs de la République.\n\nJe vous demande de veiller à l'évaluation systématique du danger."
        XCTAssertEqual(emitter(t), "ministre-de-la-justice")
    }

    /// A copy that ran the closing lines together ends on the name after the title.
    func testAFlattenedSignature() {
        let head = "Le garde des sceaux, ministre de la justice à Mesdames et Messieurs les procureurs de la République NOR : JUSD2407512C Objet : essai. Je vous demande de veiller à l'application de ces dispositions. "
        func sig(_ t: String) -> String? { TestLexicons.pipeline.extract(SourceDocument(path: "flat.txt", text: t, format: .text)).metadata.signatory }
        XCTAssertEqual(sig(head + "Le garde des Sceaux, ministre de la Justice Éric DUPOND-MORETTI"), "Éric Dupond-Moretti")
        XCTAssertEqual(sig(head + "Je sais pouvoir compter sur votre engagement. Nicole BELLOUBET"), "Nicole Belloubet")
        // An acronym ending the text is no name.
        XCTAssertNil(sig(head + "Vous en informerez la DGPN."))
    }

    /// A printer's imprint ("Imprimeur … de la Préfecture,") names no authority.
    func testAPrintersImprintIsNoEmitter() {
        let t = "Imprimerie de P. Martin, Imprimeur de la Préfecture, rue Neuve.\n\nAVIS A MM. LES MAIRES.\n\nLes actes de la préfecture vous seront notifiés par le recueil administratif, que vous conserverez avec soin."
        XCTAssertNil(emitter(t))
    }

    /// A release copied with its lines run together: its date line stands between the
    /// title and the first sentence, governed by no word.
    func testAFlattenedReleaseKeepsItsDateLine() {
        let t = "Renforts de police dans le Calaisis depuis l'été 12 mars 2021 Le ministre de l'Intérieur a présidé une réunion de travail avec les élus de la région. Les effectifs seront renforcés."
        let d = TestLexicons.pipeline.extract(SourceDocument(path: "release.txt", text: t, format: .text))
        XCTAssertEqual(d.metadata.kind, .communique)
        XCTAssertEqual(d.metadata.date, "2021-03-12")
        // A date some word governs is an event of the text, not its date line.
        let e = TestLexicons.pipeline.extract(SourceDocument(path: "article.txt", text: "Renforts de police dans le Calaisis depuis le 12 mars 2021 Le ministre de l'Intérieur a présidé une réunion de travail avec les élus.", format: .text))
        XCTAssertEqual(e.metadata.kind, .article)
    }

    /// Older letters close the name with a full stop and sign for a minister whose portfolio
    /// is written in lower case: the name without its stop, the minister as emitter.
    func testASignedForBlockWithAFullStop() {
        let text = "MONSIEUR LE PRÉFET,\n\nParis, le 3 octobre 1888.\n\nJe vous prie de veiller à l'exécution de ce décret dans toutes les communes de votre département.\n\nPour le président du conseil, ministre de l'intérieur :\n\nLe sous-secrétaire d'État,\n\nJEAN DUPUIS.\n"
        let m = TestLexicons.pipeline.extract(SourceDocument(path: "lettre.txt", text: text, format: .text)).metadata
        XCTAssertEqual(m.signatory, "Jean Dupuis")
        XCTAssertEqual(m.emitter, "ministre-de-l-interieur")
        // "Pour le ministre et par délégation" names no portfolio.
        let delegated = text.replacingOccurrences(of: "Pour le président du conseil, ministre de l'intérieur :", with: "Pour le ministre et par délégation :")
        XCTAssertNil(TestLexicons.pipeline.extract(SourceDocument(path: "lettre.txt", text: delegated, format: .text)).metadata.emitter)
    }

    /// A portfolio in lower case names the emitter when the lexicon knows it, whole
    /// ("des affaires étrangères et européennes"); a consolidated code has none.
    func testLowerCasePortfoliosNameTheEmitter() {
        func emitter(_ t: String) -> String? { TestLexicons.pipeline.extract(SourceDocument(path: "a.txt", text: t, format: .text)).metadata.emitter }
        XCTAssertEqual(emitter("Sécurité\n\nPublié le 3 mars 2020\n\nLe ministre de l'intérieur, Jean Dupuis, a demandé aux préfets de renforcer la sécurité des lieux de culte."),
                       "ministre-de-l-interieur")
        XCTAssertEqual(emitter("Le ministre des affaires étrangères et européennes\n\nà\n\nMesdames et Messieurs les préfets\n\nJe vous demande de veiller à la délivrance des passeports."),
                       "ministre-des-affaires-etrangeres-et-europeennes")
        // A lower-case word the lexicon does not know is no portfolio.
        XCTAssertNil(emitter("Sécurité\n\nPublié le 3 mars 2020\n\nLe ministre de tutelle a demandé aux préfets de renforcer la sécurité des lieux de culte."))
    }

    /// A surname's particle in capitals ("Jean-Yves LE DRIAN") is part of the name; a line
    /// of common words ("Pièces Jointes") still names no one.
    func testAParticleInACapitalisedSurname() {
        func signatory(_ name: String) -> String? {
            let text = "Le ministre de l'Europe et des affaires étrangères\n\nà\n\nMesdames et Messieurs les ambassadeurs\n\nObjet : essai.\n\nJe vous demande de faciliter l'instruction des demandes.\n\n\(name)\n"
            return TestLexicons.pipeline.extract(SourceDocument(path: "lettre.txt", text: text, format: .text)).metadata.signatory
        }
        XCTAssertEqual(signatory("Jean-Yves LE DRIAN"), "Jean-Yves Le Drian")
        XCTAssertEqual(signatory("Bruno LE MAIRE"), "Bruno Le Maire")
        XCTAssertNil(signatory("Le PRÉFET"))
    }

    /// A flattened copy runs the closing title and name onto the last line, the name in
    /// ordinary case; co-signed, the first-named signs. A name in the prose is no signature.
    func testTheNameAfterAFlattenedClosingTitle() {
        let body = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets. Objet : essai. Je vous demande de veiller à l'application de ces règles dans vos départements respectifs dès leur publication. "
        XCTAssertEqual(signatory(body + "Le ministre de l'intérieur, Jean Dupuis"), "Jean Dupuis")
        XCTAssertEqual(signatory(body + "Le ministre de l'intérieur, Jean Dupuis La ministre déléguée auprès du ministre de l'intérieur, chargée de la citoyenneté, Anne Martin"), "Jean Dupuis")
        XCTAssertEqual(signatory(body + "Le ministre de l'intérieur, Jean DUPUIS La ministre déléguée, Anne MARTIN"), "Jean Dupuis")
        XCTAssertNil(signatory(body + "Le ministre de l'intérieur, Jean Dupuis, a demandé aux préfets de renforcer les contrôles."))
        // Signed by delegation, the title in lower case after the comma.
        XCTAssertEqual(signatory(body + "Pour le ministre et par délégation, le directeur général des étrangers en France, Jean-Paul Dupuis"), "Jean-Paul Dupuis")
    }

    /// Co-signers' names alone, one a line, under titles the header gave: the first.
    func testNamesAloneOneALine() {
        let body = "Le ministre de l'intérieur, la ministre de la santé\nà\nMesdames et Messieurs les préfets\n\nObjet : essai\n\nJe vous demande de veiller à l'application de ces règles dans vos départements respectifs dès leur publication.\n\n"
        XCTAssertEqual(signatory(body + "Jean DUPUIS\nAnne MARTIN\n"), "Jean Dupuis")
        XCTAssertEqual(signatory(body + "Jean Dupuis\nAnne Martin\n"), "Jean Dupuis")
    }

    /// Older letters sign with the surname alone under the signer's titles ending in a comma;
    /// a word in capitals after a full stop ("ANNEXE") is none.
    func testASurnameAloneUnderTheSignersTitles() {
        let body = "Le Ministre de l'Intérieur à MM. les Préfets.\n\nMonsieur le Préfet, je vous prie de me faire parvenir un état nominatif des étrangers de votre département.\n\nPour le Ministre :\n"
        XCTAssertEqual(signatory(body + "Le Conseiller d'État, Directeur de la Sûreté générale,\nLÉVEILLÉ.\n"), "Léveillé")
        XCTAssertNil(signatory(body + "Le Conseiller d'État, Directeur de la Sûreté générale.\nANNEXE\n"))
    }

    /// A minister's name in apposition to a periphrasis ("le locataire de la place Beauvau,
    /// Bruno Retailleau, leur demande") acts; another official's does not.
    func testAMinistersNameInApposition() {
        XCTAssertEqual(signatory("Publié le 28/10/2024\n\nDans un télégramme adressé lundi aux préfets, le locataire de la place Beauvau, Bruno Retailleau, leur demande de renforcer la sécurité des lieux de culte."), "Bruno Retailleau")
        XCTAssertNil(signatory("Publié le 28/10/2024\n\nDans un courrier adressé lundi aux habitants, le maire de la commune, Sylvain Robert, leur demande de renforcer la sécurité des lieux de culte."))
    }

    /// A name in ordinary case under the signer's title line, which ends with no comma; a
    /// sentence of the letter above it makes no title, nor does an annex's label.
    func testAPlainNameUnderATitleLine() {
        let body = "Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : essai\n\nJe vous demande de veiller à l'application de ces dispositions.\n\n"
        XCTAssertEqual(signatory(body + "Le ministre de l'intérieur\nJean Dupuis\n"), "Jean Dupuis")
        XCTAssertEqual(signatory(body + "Pour le ministre et par délégation\nLe directeur général des étrangers en France\nJean-Paul Dupuis\n"), "Jean-Paul Dupuis")
        XCTAssertNil(signatory(body + "Annexe 2\nListe Nominative\n"))
        XCTAssertNil(signatory(body + "Vous me rendrez compte de toute difficulté\nJean Dupuis\n"))
    }
}
