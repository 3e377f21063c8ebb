import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for reading the letterhead as words: each sentence is written for its class
/// of layout (flattened, OCR'd, tagged blocks, press recipients), not taken from Corpus.
final class HeaderScanTests: XCTestCase, HeaderRuleTesting {
    func testFlattenedHeaderGivesBlockNORSubjectAndKind() {
        let t = "MINISTÈRE DE L'INTÉRIEUR Le ministre de l'intérieur à Mesdames et Messieurs les préfets de région Mesdames et Messieurs les préfets de département Monsieur le directeur général de la police nationale NOR : INTA1900001C Objet : contrôle des titres de séjour des ressortissants étrangers. Je vous demande de veiller à l'application de ces règles."
        let d = extract(t)
        XCTAssertEqual(Set(d.addressees.map { "\($0.id) \($0.role)" }),
                       ["prefet-de-region to", "prefet-de-departement to", "directeur-general-de-la-police-nationale to"])
        XCTAssertEqual(d.metadata.nor, "INTA1900001C")
        XCTAssertEqual(d.metadata.subject, "contrôle des titres de séjour des ressortissants étrangers")
        XCTAssertEqual(d.metadata.kind, .circulaire)
        XCTAssertFalse(d.references.contains { $0.id.contains("INTA1900001C") })
    }

    func testTagsAfterTheirTitles() {
        let t = "Le garde des sceaux à Mesdames et Messieurs les procureurs généraux près les cours d'appel Mesdames et Messieurs les procureurs de la République Pour attribution Mesdames et Messieurs les premiers présidents des cours d'appel Pour information NOR : JUSD0000001C"
        XCTAssertEqual(addressees(t), ["procureur-general to", "procureur-de-la-republique to", "premier-president-de-la-cour-d-appel cc"])
    }

    func testTagsBeforeTheirTitlesAndParenthesisedTags() {
        let a = "à 1. POUR ATTRIBUTION Mesdames et Messieurs les PROCUREURS de la REPUBLIQUE 2. POUR INFORMATION Monsieur le Directeur de l'Ecole nationale de la magistrature Objet : essai"
        XCTAssertEqual(addressees(a), ["procureur-de-la-republique to", "directeur-de-l-ecole-nationale-de-la-magistrature cc"])
        let b = "LE MINISTRE\nA\nMESDAMES ET MESSIEURS LES PREFETS DE REGION\n(pour mise en œuvre)\nMESDAMES ET MESSIEURS LES PREFETS DE DEPARTEMENT\n(pour information)\nObjet : essai"
        XCTAssertEqual(addressees(b), ["prefet-de-region to", "prefet-de-departement cc"])
    }

    func testOCRDamagedTitles() {
        let t = "Le ministre de I'interieur\n\nMonsieur Ie prefer de police,\n\nMesdames ct Messieurs les prefers, Messieurs Ies hauts-cornmissaires de Ia Republique\n\nLa loi pose le principe."
        XCTAssertEqual(addressees(t), ["prefet-de-police to", "prefet-de-departement to", "haut-commissaire-de-la-republique to"])
        let u = "LE MINISTRE A MESDAMES ET MESSIEURS LES PRFETS (MTROPOLE) MONSIEUR LE PRFET DE POLICE Objet : cartes"
        XCTAssertEqual(addressees(u), ["prefet-de-departement to", "prefet-de-police to"])
    }

    func testAppositionNamesOneRole() {
        let t = "En communication à :\nMonsieur le préfet, secrétaire général du ministère de l'Intérieur\nMonsieur le général d'armée, directeur général de la gendarmerie nationale\n\nObjet : essai"
        XCTAssertEqual(addressees(t), ["secretaire-general-du-ministere-de-l-interieur cc", "directeur-general-de-la-gendarmerie-nationale cc"])
    }

    func testTitlesOutsideTheLexiconAreSlugged() {
        let t = "à Mesdames et Messieurs les directeurs régionaux des affaires culturelles ; Mesdames et Messieurs les présidents des tribunaux de grande instance ; Objet : essai"
        XCTAssertEqual(addressees(t), ["directeur-regional-des-affaires-culturelles to", "president-du-tribunal-de-grande-instance to"])
    }

    func testOneHeadForTwoServices() {
        XCTAssertEqual(addressees("A\nMESDAMES et MESSIEURS les DIRECTEURS RÉGIONAUX\nde l'ADMINISTRATION PÉNITENTIAIRE et de la\nPROTECTION JUDICIAIRE de la JEUNESSE\nObjet: essai"),
                       ["directeur-regional-de-l-administration-penitentiaire to", "directeur-regional-de-la-protection-judiciaire-de-la-jeunesse to"])
        // "sanitaires et sociales" qualifies one service.
        XCTAssertEqual(addressees("à Mesdames et Messieurs les directeurs régionaux des affaires sanitaires et sociales ; Objet : x"),
                       ["directeur-regional-des-affaires-sanitaires-et-sociales to"])
    }

    /// "les procureurs généraux … et les procureurs de la République …": two titles under one
    /// civility, a determiner (and a rank) after "et"; a parenthesised tag at the end of the
    /// line tags both; alone on its line, every title since the last tag.
    func testTwoTitlesUnderOneCivilityAndTheirTag() {
        let flat = "La ministre de la justice à Mesdames et Messieurs les procureurs généraux près les cours d'appel et les procureurs de la République près les tribunaux judiciaires (pour attribution) ; Mesdames et Messieurs les premiers présidents des cours d'appel et les présidents des tribunaux judiciaires (pour information). NOR : JUSD2000001C. Objet : essai."
        XCTAssertEqual(addressees(flat), ["procureur-general to", "procureur-de-la-republique to", "premier-president-de-la-cour-d-appel cc", "president-du-tribunal-judiciaire cc"])
        let lines = "Le garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les procureurs généraux près les cours d'appel\nMesdames et Messieurs les procureurs de la République\n(pour attribution)\n\nMesdames et Messieurs les premiers présidents des cours d'appel\nMesdames et Messieurs les présidents des tribunaux judiciaires\n(pour information)\n\nObjet : essai"
        XCTAssertEqual(addressees(lines), ["procureur-general to", "procureur-de-la-republique to", "premier-president-de-la-cour-d-appel cc", "president-du-tribunal-judiciaire cc"])
        // After a first bracketed tag, the next one covers every title since it.
        let three = "La ministre à Mesdames et Messieurs les directeurs généraux des agences régionales de santé (pour attribution) ; Mesdames et Messieurs les préfets de région ; Mesdames et Messieurs les préfets de département (pour information). NOR : SSAA2000001C"
        XCTAssertEqual(addressees(three), ["directeur-general-de-l-agence-regionale-de-sante to", "prefet-de-region cc", "prefet-de-departement cc"])
        // The second title's text is its own words.
        XCTAssertEqual(extract(flat).addressees.first { $0.id == "procureur-de-la-republique" }?.text.hasPrefix("les procureurs de la République"), true)
    }

    /// Adjectives after a singular complement agree with the plural head and go to the
    /// singular with it; "hauts commissaires" after "et" is a second title.
    func testPluralHeadAgreementAndARankedSecondTitle() {
        XCTAssertEqual(addressees("Le ministre à Mesdames et messieurs les chefs de poste diplomatiques et consulaires. Objet : essai"),
                       ["chef-de-poste-diplomatique-et-consulaire to"])
        XCTAssertEqual(addressees("Le ministre à Mesdames et messieurs les préfets (métropole et outre-mer) et hauts commissaires de la République. Objet : essai"),
                       ["prefet-de-departement to", "haut-commissaire-de-la-republique to"])
        // A plural complement keeps its own number.
        XCTAssertEqual(addressees("Le ministre à Messieurs les directeurs des affaires étrangères. Objet : essai"), ["directeur-des-affaires-etrangeres to"])
    }

    /// A préfecture's communiqué or act names its authority in its letterhead; an act is
    /// dated by its own title. A newspaper's letterhead is no authority.
    func testAPrefecturesLetterheadGivesTheEmitter() {
        let c = extract("PRÉFET DU PAS-DE-CALAIS\n\nCommuniqué de presse\n\nArras, le 12 janvier 2024\n\nLes maires sont invités à signaler sans délai toute information utile à la préfecture.")
        XCTAssertEqual(c.metadata.emitter, "prefet-du-pas-de-calais")
        let a = extract("Préfecture de la Gironde\n\nARRÊTÉ PRÉFECTORAL du 3 juillet 2023 portant interdiction de la vente d'alcool\n\nLe préfet de la Gironde,\n\nVu le code de la sécurité intérieure ;\n\nARRÊTE :\n\nArticle 1er : La vente de boissons alcooliques est interdite.")
        XCTAssertEqual(a.metadata.emitter, "prefet-de-la-gironde")
        XCTAssertEqual(a.metadata.date, "2023-07-03")
        let p = extract("La Voix du Nord\n\nPublié le 12 janvier 2024\n\nPréfecture du Nord : le préfet a demandé aux maires de signaler les rassemblements.")
        XCTAssertNotEqual(p.metadata.emitter, "prefet-du-nord")
    }

    /// A press item that names no minister: the directorate shown acting is the emitter; a
    /// directorate only mentioned is not.
    func testAPressItemsDirectorateActingIsTheEmitter() {
        let a = extract("Édition du vendredi 10 avril 2020\n\nÉtat civil : la DGCL demande aux communes d'organiser une astreinte pendant le week-end.\n\nLes communes devront informer les opérateurs funéraires.")
        XCTAssertEqual(a.metadata.kind, .article)
        XCTAssertEqual(a.metadata.emitter, "direction-generale-des-collectivites-locales")
        // A name with an elision, read as the tokenizer splits it.
        XCTAssertEqual(extract("Édition du vendredi 10 avril 2020\n\nÉcoles : la direction générale de l'enseignement scolaire demande aux recteurs de rouvrir les écoles.").metadata.emitter,
                       "direction-generale-de-l-enseignement-scolaire")
        let b = extract("Édition du vendredi 10 avril 2020\n\nLes opérateurs funéraires ont alerté la DGCL sur les délais de délivrance des actes de décès.")
        XCTAssertNil(b.metadata.emitter)
    }

    /// OCR spaces the digits of a dateline ("3 1 MARS", "20 1 8") and reads the "l'" of an
    /// elision as a capital i ("I'intérieur").
    func testOCRDatelineDigitsAndAnElisionReadAsI() {
        let d = extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, Ie 12 JUIL. 20 1 8\n\nLe ministre d'Etat, ministre de I'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : essai.\n\nVous veillerez à appliquer ces règles.")
        XCTAssertEqual(d.metadata.date, "2018-07-12")
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 3 1 MARS 2011\n\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets\n\nObjet : essai.").metadata.date, "2011-03-31")
        // A year that is no year stays unread.
        XCTAssertNil(extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 12 juillet 20 1\n\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets\n\nObjet : essai.").metadata.date)
    }

    /// A bulletin abbreviates its own title's kind ("C. n° 2003-104 du 3-7-2003"): the kind
    /// and date of the text, not of the bulletin.
    func testABulletinsAbbreviatedOwnTitle() {
        let d = extract("Bulletin officiel n° 28 du 10 juillet 2003\n\nC. n° 2003-104 du 3-7-2003\nNOR : MENE0300001C\n\nTexte adressé aux rectrices et recteurs d'académie\n\nIl vous appartient de veiller à la répartition des moyens.")
        XCTAssertEqual(d.metadata.kind, .circulaire)
        XCTAssertEqual(d.metadata.date, "2003-07-03")
        XCTAssertEqual(extract("Bulletin officiel n° 4 du 22 janvier 2004\n\nN.S. n° 2004-015 du 20-1-2004\nNOR : MENE0400001N\n\nTexte adressé aux rectrices et recteurs d'académie\n\nIl vous appartient de veiller à la répartition des moyens.").metadata.kind, .note)
    }

    /// A telegram's header fields: "À :" and "EN COMMUNICATION :" (without its "à").
    func testATelegramsCommunicationField() {
        let t = "TÉLÉGRAMME\n\nDE : Ministre de l'intérieur - cabinet\nÀ : Mesdames et Messieurs les préfets de département\nEN COMMUNICATION : Monsieur le préfet de police ; Monsieur le directeur général de la police nationale\n\nObjet : contrôles.\n\nJe vous demande de renforcer les contrôles."
        XCTAssertEqual(addressees(t), ["prefet-de-departement to", "prefet-de-police cc", "directeur-general-de-la-police-nationale cc"])
    }

    func testTitlesJoinedByEtAndDoublets() {
        XCTAssertEqual(addressees("CIRCULAIRE à MM. les Sous-Préfets et Maires du département.\nMessieurs, la prompte expédition des affaires est un devoir."),
                       ["sous-prefet to", "maire to"])
        XCTAssertEqual(addressees("à Mesdames et Messieurs les rectrices et recteurs d'académie ; Objet : carte scolaire"), ["recteur-d-academie to"])
    }

    func testNORReadThroughSpacesSlashesAndOCR() {
        XCTAssertEqual(extract("Le ministre à Monsieur le préfet de police N° NOR : JUSD 1402885 C Objet : essai").metadata.nor, "JUSD1402885C")
        XCTAssertEqual(extract("Le ministre à Monsieur le préfet de police NOR/INT/D/99/00095/C Objet : essai").metadata.nor, "INTD9900095C")
        XCTAssertEqual(extract("Le ministre à Monsieur le préfet de police NOR : IOCB09I5243C Objet : essai").metadata.nor, "IOCB0915243C")
    }

    func testDatesReadThroughDoubleSpacesAndWebsiteFurniture() {
        XCTAssertEqual(extract("Paris, le 28 OCT.  2024\n\nLe ministre à Monsieur le préfet de police\n\nObjet : essai").metadata.date, "2024-10-28")
        XCTAssertEqual(extract("Publié le 03/02/2023\n\nCirculaire du 5  février 2024 relative aux contrôles.\n\nVous veillerez à les renforcer.").metadata.date, "2024-02-05")
        // A cited law's date is not the document's.
        XCTAssertNil(extract("Le ministre à Monsieur le préfet de police\n\nLa loi n° 2010-1192 du 11 octobre 2010 pose le principe de l'interdiction.").metadata.date)
    }

    func testPressPageDatedByItsPublicationLine() {
        let d = extract("Immigration : le ministre demande aux préfets de multiplier les contrôles\n\nPublié le 29/10/2024 à 18:02\n\nDans une circulaire adressée mardi aux préfets, le ministre de l'Intérieur leur demande de mobiliser tous les moyens.")
        XCTAssertEqual(d.metadata.kind, .article)
        XCTAssertEqual(d.metadata.date, "2024-10-29")
    }

    func testOwnTitleGivesKindDateAndSubject() {
        let d = extract("Article (Circulaire du 24 juin 1997 relative au réexamen de la situation de certaines catégories d'étrangers)\n\nVous tiendrez compte d'un faisceau d'indices.")
        XCTAssertEqual(d.metadata.kind, .circulaire)
        XCTAssertEqual(d.metadata.date, "1997-06-24")
        XCTAssertEqual(d.metadata.subject, "réexamen de la situation de certaines catégories d'étrangers")
        XCTAssertFalse(d.references.contains { $0.id == "circulaire:1997-06-24" })
    }

    func testEmitterIsTheAuthorityHeadingTheBlock() {
        XCTAssertEqual(extract("La ministre de l'emploi et de la solidarité, le ministre de l'intérieur à Mesdames et Messieurs les préfets de département ; Monsieur le préfet de police\n\nSOMMAIRE").metadata.emitter,
                       "ministre-de-l-emploi-et-de-la-solidarite")
        XCTAssertEqual(extract("LE GARDE DES SCEAUX, MINISTRE DE LA JUSTICE,\nA\nMESDAMES et MESSIEURS les PROCUREURS GÉNÉRAUX\nObjet : essai").metadata.emitter,
                       "ministre-de-la-justice")
    }

    /// A letter's salutation ("Mesdames, messieurs les …,") names its addressees; the first
    /// paragraph after the blank line is prose, not a title of the block.
    func testSalutationWithACommaAndABlankLineAfterIt() {
        let t = "FÊTES RELIGIEUSES\n\nMesdames, messieurs les représentants des cultes,\n\nA l'approche des fêtes religieuses dans les religions chrétienne juive et musulmane nous rappelons les règles en vigueur durant la période de confinement qui s'appliquent aux lieux de culte."
        XCTAssertEqual(addressees(t), ["representant-des-cultes to"])
    }

    /// The bulletin's formula: titles after "Texte adressé aux", each list item opened by
    /// "aux", doublets ("rectrices et recteurs") and a plural head the lexicon does not list.
    func testBulletinFormulaWithDoubletsAndListItems() {
        let t = "Texte adressé aux rectrices et recteurs d’académie ; aux inspectrices et inspecteurs généraux de l’éducation nationale.\n\nLa préparation de la rentrée doit être conduite avec soin."
        XCTAssertEqual(addressees(t), ["recteur-d-academie to", "inspecteur-general-de-l-education-nationale to"])
        XCTAssertEqual(extract(t).metadata.kind, .circulaire)
    }

    /// A text layer that lost its accented letters ("INTRIEUR", "PRFETS") still names its emitter.
    func testEmitterReadThroughOCRDamage() {
        XCTAssertEqual(extract("MINISTERE DE L'INTRIEUR\n\nLE MINISTRE DE L'INTRIEUR A MESDAMES ET MESSIEURS LES PRFETS\n\nObjet : essai").metadata.emitter,
                       "ministre-de-l-interieur")
        XCTAssertEqual(extract("Paris, le 3 mars 2011\n\nLe ministre de Vintévieur à Monsieur le préfet de police\n\nObjet : essai").metadata.emitter,
                       "ministre-de-l-interieur")
    }

    func testPressSignatoryIsTheAuthorOfAWrittenInstruction() {
        XCTAssertEqual(extract("Le ministre de l'Intérieur, Gérald Darmanin, a adressé un télégramme aux préfets leur demandant de renforcer la vigilance.").metadata.signatory, "Gérald Darmanin")
        // An oral instruction at a meeting is the minister's too, as the rulebook's annotators
        // read press items (see PressSignatoryTests for who is not).
        XCTAssertEqual(extract("Le ministre de l'Intérieur, Nicolas Sarkozy, a invité les préfets, réunis place Beauvau, à accentuer leurs efforts.").metadata.signatory,
                       "Nicolas Sarkozy")
    }

    func testFlattenedNoteAndHeaderTable() {
        let n = extract("MINISTÈRE DE L'INTÉRIEUR Le ministre Paris, le 3 mars 2016 Note à l'attention de Monsieur le préfet de police Mesdames et Messieurs les préfets de région Objet : suivi des cellules Je vous demande de réunir la cellule chaque mois.")
        XCTAssertEqual(n.metadata.kind, .note)
        XCTAssertEqual(n.metadata.date, "2016-03-03")
        XCTAssertEqual(n.metadata.subject, "suivi des cellules")
        let t = extract("Référence NOR : INTA2400001J Date de signature 2 MAI 2024 Objet Renforcement des contrôles aux frontières Commande Action(s) à réaliser Echéance Réf : - Circulaire du 16 août 2019 relative à l'amélioration du suivi. Vous veillerez à renforcer les contrôles.")
        XCTAssertEqual(t.metadata.subject, "Renforcement des contrôles aux frontières")
        XCTAssertEqual(t.metadata.nor, "INTA2400001J")
    }

    func testTitlesWithoutCivilityAfterACue() {
        let d = extract("Destinataires : Préfets de région ; préfets de département (métropole et outre-mer) ; préfet de police\n\nObjet : accueil\n\nVous veillerez à l'application de ces règles.")
        XCTAssertEqual(Set(d.addressees.map { "\($0.id) \($0.role)" }), ["prefet-de-region to", "prefet-de-departement to", "prefet-de-police to"])
        XCTAssertEqual(d.metadata.kind, .circulaire)
    }

    func testLetterheadOfAShortTextIsNoSignature() {
        let d = extract("MINISTÈRE DE LA JUSTICE\n\nLa garde des sceaux, ministre de la justice\n\nà\n\nPour attribution\n\nMesdames et messieurs les procureurs de la République\n\nPour information\n\nMesdames et messieurs les présidents des tribunaux judiciaires\n\nJe vous demande de requérir des peines fermes.")
        XCTAssertNil(d.metadata.signatory)
        XCTAssertEqual(d.metadata.emitter, "ministre-de-la-justice")
        XCTAssertEqual(Set(d.addressees.map { "\($0.id) \($0.role)" }), ["procureur-de-la-republique to", "president-du-tribunal-judiciaire cc"])
    }

    func testNORUnderTheOwnTitleIsTheDocumentsEvenAfterACitedLaw() {
        let d = extract("Circulaire du 14 décembre 2009 relative à la mise en œuvre de la loi n° 2008-1350 du 19 décembre 2008 relative à la législation funéraire NOR : IOCB0915243C Le ministre de l'intérieur à Mesdames et Messieurs les préfets ; Monsieur le préfet de police. Vous voudrez bien me faire part des difficultés.")
        XCTAssertEqual(d.metadata.nor, "IOCB0915243C")
        XCTAssertEqual(Set(d.references.map(\.id)), ["loi:2008-1350"])
        XCTAssertEqual(d.metadata.date, "2009-12-14")
    }

    func testPrimeMinisterToMinistersAndPrefects() {
        let d = extract("Le Premier ministre\n\nà\n\nMesdames et Messieurs les ministres et secrétaires d'État\nMesdames et Messieurs les préfets de région\n\nObjet : plan hiver\n\nJe vous demande d'élaborer un plan.")
        XCTAssertEqual(d.metadata.emitter, "premier-ministre")
        XCTAssertTrue(d.addressees.map(\.id).contains("prefet-de-region"))
        XCTAssertTrue(d.addressees.map(\.id).contains("ministre"))
    }

    func testACitedNORIsNotTheDocumentsOwn() {
        let t = "Le ministre à Monsieur le préfet de police\n\nLa présente circulaire fait suite à la circulaire du 2 mars 2011 du Premier ministre (NOR : PRMC1106214C) et précise ses modalités."
        XCTAssertNil(extract(t).metadata.nor)
    }

    func testPressRecipients() {
        let a = extract("Le ministre de l'Intérieur a demandé aux préfets de région et de département de renforcer les contrôles, a-t-on appris mardi.")
        XCTAssertEqual(Set(a.addressees.map(\.id)), ["prefet-de-region", "prefet-de-departement"])
        let b = extract("Dans un télégramme, le ministre a appelé les préfets à la vigilance, ainsi qu'aux directeurs généraux de la police et de la gendarmerie nationales.")
        XCTAssertTrue(b.addressees.map(\.id).contains("prefet-de-departement"))
        // A title named without a reported instruction is not an addressee.
        XCTAssertTrue(extract("Les préfets se sont réunis hier à Paris pour un séminaire de travail sur le climat.").addressees.isEmpty)
    }

    /// A reported recipient's title goes on through "d'" where the lexicon knows the longer
    /// title ("recteurs d'académie"), not into what is asked ("aux préfets d'examiner…").
    func testPressRecipientsThroughAnElidedComplement() {
        let a = extract("Dans une circulaire du 8 mars 2024, la ministre de l'éducation nationale demande aux recteurs d'académie de désigner un référent dans chaque collège.")
        XCTAssertEqual(a.addressees.map(\.id), ["recteur-d-academie"])
        let b = extract("Dans une circulaire du 8 mars 2024, le ministre demande aux préfets d'examiner chaque demande avec attention.")
        XCTAssertEqual(b.addressees.map(\.id), ["prefet-de-departement"])
    }

    /// A title after "avec", "par", "contre" is who the recipients deal with, and a reported
    /// recipient's title never runs past a blank line into the byline.
    func testPressRecipientsNotCompanionsNorPastABlankLine() {
        let with = extract("Une circulaire du 16 juin 2023 demande aux procureurs de la République de requérir la confiscation. Les procureurs sont invités à conclure avec les préfets des protocoles.")
        XCTAssertEqual(with.addressees.map(\.id), ["procureur-de-la-republique"])
        let headline = extract("Élections : la préfecture rappelle aux maires leurs obligations\n\nPublié le 15/05/2024\n\nLe préfet du Nord a adressé le 13 mai une circulaire aux maires du département.")
        XCTAssertEqual(headline.addressees.map(\.id), ["maire"])
        // The subject of a future is no recipient ("Les chefs de circonscription veilleront").
        let subject = extract("Le directeur général a diffusé une note aux directeurs départementaux de la sécurité publique. Les chefs de circonscription veilleront à la bonne application de ces consignes.")
        XCTAssertEqual(subject.addressees.map(\.id), ["directeur-departemental-de-la-securite-publique"])
        // Counter-example: a title wrapped onto the next line goes on.
        let wrapped = extract("Le ministre a demandé aux préfets de\nrégion de renforcer les contrôles, a-t-on appris mardi.")
        XCTAssertEqual(wrapped.addressees.map(\.id), ["prefet-de-region"])
    }

    /// "Pour information :" with its colon, or alone on its line, heads what follows even after
    /// a first list given without a cue.
    func testAnInformationCueAfterAFirstListHeadsTheTitlesAfterIt() {
        let lines = "Le garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les procureurs généraux près les cours d'appel\nMesdames et Messieurs les procureurs de la République\n\nPour information%@\nMesdames et Messieurs les premiers présidents des cours d'appel\n\nObjet : essai.\n\nJe vous demande de veiller à l'application de ces règles."
        for colon in [" :", ""] {
            XCTAssertEqual(addressees(lines.replacingOccurrences(of: "%@", with: colon)),
                           ["procureur-general to", "procureur-de-la-republique to", "premier-president-de-la-cour-d-appel cc"], "cue\(colon)")
        }
        let flattened = "Le garde des sceaux à Mesdames et Messieurs les procureurs généraux Pour information : Mesdames et Messieurs les premiers présidents des cours d'appel NOR : JUSD0000001C"
        XCTAssertEqual(addressees(flattened), ["procureur-general to", "premier-president-de-la-cour-d-appel cc"])
    }

    /// A plural complement after a plural head goes to the singular with its article.
    func testPluralComplementsOfPluralTitles() {
        let t = "Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les présidents des conseils départementaux\nMesdames et Messieurs les directeurs des caisses d'allocations familiales\n\nObjet : essai.\n\nJe vous demande de veiller à l'application de ces règles."
        XCTAssertEqual(addressees(t), ["president-du-conseil-departemental to", "directeur-de-la-caisse-d-allocations-familiales to"])
    }

    /// "à", "aux" open a title's complement ("police aux frontières", "délégué à la
    /// défense") unless a civility or "l'attention de" follows.
    func testComplementsOpenedByA() {
        let t = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets - Monsieur le directeur central de la police aux frontières - Monsieur le préfet délégué à la défense et à la sécurité NOR : INTD0600042C Objet : essai.\n\nJe vous demande de veiller à l'application de ces règles."
        XCTAssertEqual(addressees(t), ["prefet-de-departement to", "directeur-central-de-la-police-aux-frontieres to", "prefet-delegue-pour-la-defense-et-la-securite to"])
        // "pour", a stop word, inside a title the lexicon knows.
        let pdds = "Le ministre de l'intérieur\n\nà\n\nMessieurs les préfets délégués pour la défense et la sécurité\n\nObjet : essai.\n\nJe vous demande de veiller à l'application de ces règles."
        XCTAssertEqual(addressees(pdds), ["prefet-delegue-pour-la-defense-et-la-securite to"])
        let attention = "Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets à l'attention de Mesdames et Messieurs les directeurs de cabinet\n\nObjet : essai.\n\nJe vous demande de veiller à l'application de ces règles."
        XCTAssertEqual(addressees(attention), ["prefet-de-departement to", "directeur-de-cabinet to"])
    }

    /// "Dans un télégramme adressé aux préfets, le ministre demande…": prose, not a block's
    /// cue; the item stays a press article. "Texte adressé aux recteurs" opens a block.
    func testAParticipleInProseIsNoBlockCue() {
        let t = "Nouvel An : le ministre mobilise les forces de l'ordre\n\nLe Parisien, 29 décembre 2022\n\nDans un télégramme adressé aux préfets, Gérald Darmanin demande une vigilance maximale.\n\nLes préfets sont appelés à la plus grande fermeté."
        XCTAssertEqual(extract(t).metadata.kind, .article)
        let block = "Circulaire du 3 juillet 2003\n\nTexte adressé aux recteurs d'académie\n\nJe vous demande de veiller à la préparation de la rentrée scolaire dans votre académie."
        XCTAssertEqual(addressees(block), ["recteur-d-academie to"])
    }

    /// A bulletin's list of offices joined by a hyphen, in doublets: "inspectrices et
    /// inspecteurs d'académie-directrices et directeurs académiques des services de
    /// l'éducation nationale" is one office; "sous-préfets" stays one word.
    func testOfficesJoinedByAHyphen() {
        let t = "Texte adressé aux rectrices et recteurs d'académie ; aux inspectrices et inspecteurs d'académie-directrices et directeurs académiques des services de l'éducation nationale ; aux inspectrices et inspecteurs d'académie-inspectrices et inspecteurs pédagogiques régionaux ; aux sous-préfets d'arrondissement\n\nLes recteurs veilleront à la mise en place des évaluations nationales dans les établissements."
        XCTAssertEqual(addressees(t), ["recteur-d-academie to", "inspecteur-d-academie-directeur-academique-des-services-de-l-education-nationale to",
                                  "inspecteur-d-academie-inspecteur-pedagogique-regional to", "sous-prefet to"])
    }

    /// "membre" heads a title: "le membre national d'Eurojust pour la France".
    func testMemberOfABodyIsATitle() {
        let t = "La garde des sceaux, ministre de la justice,\n\nà\n\nPour attribution\n\nMesdames et Messieurs les procureurs généraux près les cours d'appel\n\nPour information\n\nMonsieur le membre national d'Eurojust pour la France\n\nObjet : essai.\n\nJe vous demande de veiller à l'application de ces règles."
        XCTAssertEqual(addressees(t), ["procureur-general to", "membre-national-d-eurojust cc"])
    }

    /// "Objet : …." on its own line reads as the words scan reads it: no final stop.
    func testSubjectFieldWithoutItsFinalStop() {
        let t = "Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : sécurité des établissements scolaires.\n\nJe vous demande de veiller à la sécurité des établissements."
        XCTAssertEqual(extract(t).metadata.subject, "sécurité des établissements scolaires")
    }

    /// "Circulaire du 15 mars 2021 de présentation de la loi n° … du 26 février 2021": the
    /// date before the law is the circular's own, and the title is no reference.
    func testOwnTitleDatedBeforeTheLawItPresents() {
        let t = "Circulaire du 15 mars 2021 de présentation des dispositions de la loi n° 2021-218 du 26 février 2021\nNOR : JUSD2108000C\n\nJe vous demande de veiller à la mise en œuvre de ces dispositions."
        let d = extract(t)
        XCTAssertEqual(d.metadata.date, "2021-03-15")
        XCTAssertEqual(d.references.map(\.id), ["loi:2021-218"])
    }

    /// A kind heading ("INSTRUCTION DU GOUVERNEMENT") is no signature, even in a short text.
    func testAKindHeadingIsNoSignatory() {
        let t = "INSTRUCTION DU GOUVERNEMENT\nNOR : INTV2009876J\nParis, le 1er décembre 2020\nLe ministre de l'intérieur\nà\nMesdames et Messieurs les préfets de département\nObjet : Accueil des demandeurs d'asile.\nVous veillerez à l'accueil des demandeurs."
        XCTAssertNil(extract(t).metadata.signatory)
        XCTAssertEqual(extract(t).metadata.kind, .instruction)
    }

    /// A press page dated twice is dated by its publication, not by its update.
    func testPressPageDatedByItsPublicationRatherThanItsUpdate() {
        let t = "Lieux de culte : le ministre mobilise les préfets\n\nMis à jour le 29/10/2024 à 08h12 - Publié le 28/10/2024 à 18h05\n\nLe ministre de l'Intérieur a demandé aux préfets de renforcer la sécurité des lieux de culte pendant les fêtes."
        XCTAssertEqual(extract(t).metadata.date, "2024-10-28")
        XCTAssertEqual(extract(t.replacingOccurrences(of: " - Publié le 28/10/2024 à 18h05", with: "")).metadata.date, "2024-10-29")
    }

    /// A complement listing its domains with commas is one title ("de l'économie, de l'emploi,
    /// du travail et des solidarités"); a comma before another office still cuts.
    func testAComplementListedWithCommasIsOneTitle() {
        let t = "La ministre du travail\n\nà\n\nMesdames et Messieurs les directeurs régionaux de l'économie, de l'emploi, du travail et des solidarités\nMesdames et Messieurs les délégués régionaux académiques à la jeunesse, à l'engagement et aux sports\n\nObjet : essai.\n\nJe vous demande de veiller à l'application de ces règles."
        XCTAssertEqual(addressees(t), ["directeur-regional-de-l-economie-de-l-emploi-du-travail-et-des-solidarites to",
                                  "delegue-regional-academique-a-la-jeunesse-a-l-engagement-et-aux-sports to"])
        // Counter-example: "préfet de police, préfet de la zone…" names two offices (apposition).
        let two = "Le ministre de l'intérieur\n\nà\n\nMonsieur le préfet de police, préfet de la zone de défense et de sécurité de Paris\n\nObjet : essai.\n\nJe vous demande de veiller."
        XCTAssertFalse(addressees(two).contains { $0.hasPrefix("prefet-de-police-prefet") })
        // Nor does a salutation's comma run into the letter's first words ("…, A l'approche").
        let salutation = "Mesdames, messieurs les représentants des cultes,\n\nA l'approche des fêtes religieuses, nous rappelons les règles en vigueur."
        XCTAssertEqual(extract(salutation).addressees.first?.text, "Mesdames, messieurs les représentants des cultes")
    }

    /// "pour" opens a complement ("délégué général pour l'armement"), not before a cue ("pour
    /// information") or another office.
    func testPourOpensAComplement() {
        let t = "La ministre des armées\n\nà\n\nMonsieur le délégué général pour l'armement\nMonsieur le secrétaire général pour l'administration\n\nObjet : essai.\n\nJe vous demande de veiller."
        XCTAssertEqual(addressees(t), ["delegue-general-pour-l-armement to", "secretaire-general-pour-l-administration to"])
        let tagged = "Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets de région pour information\n\nObjet : essai.\n\nJe vous demande de veiller."
        XCTAssertEqual(addressees(tagged), ["prefet-de-region cc"])
    }

    /// A doublet written masculine first ("inspecteurs et inspectrices") is the masculine
    /// role as well; the head's plural adjectives go to the singular ("comptables publics").
    func testMasculineFirstDoubletsAndPluralAdjectives() {
        let t = "Texte adressé aux recteurs et rectrices d'académie ; aux inspecteurs et inspectrices d'académie-directeurs et directrices académiques des services de l'éducation nationale ; aux directrices et directeurs académiques des services de l'éducation nationale ; aux comptables publics ; aux professeures et professeurs\n\nLes recteurs veilleront à la mise en place des évaluations."
        XCTAssertEqual(addressees(t), ["recteur-d-academie to", "inspecteur-d-academie-directeur-academique-des-services-de-l-education-nationale to",
                                  "directeur-academique-des-services-de-l-education-nationale to", "comptable-public to", "professeur to"])
    }

    /// A lexicon title written across an apposition's comma is one office; a rank before a
    /// comma is still dropped for the title after it.
    func testALexiconTitleAcrossTheAppositionComma() {
        let t = "LE MINISTRE DE L'EDUCATION NATIONALE\n\nA\n\nMESDAMES ET MESSIEURS LES INSPECTEURS D'ACADEMIE, DIRECTEURS DES SERVICES DEPARTEMENTAUX DE L'EDUCATION NATIONALE\n\nOBJET : essai.\n\nJe vous demande de veiller."
        XCTAssertEqual(addressees(t), ["inspecteur-d-academie-directeur-des-services-departementaux-de-l-education-nationale to"])
        let rank = "Le ministre des outre-mer\n\nà\n\nMonsieur le préfet, administrateur supérieur des îles Wallis et Futuna\n\nObjet : essai.\n\nJe vous demande de veiller."
        XCTAssertEqual(addressees(rank), ["administrateur-superieur-des-iles-wallis-et-futuna to"])
    }

    /// A flattened block's last title closed by a full stop, the letter's prose after it.
    func testAFlattenedBlocksLastTitleBeforeAFullStop() {
        let t = "Le Premier ministre à Mesdames et Messieurs les ministres, Mesdames et Messieurs les secrétaires d'État. La simplification des normes est une priorité du Gouvernement pour cette année. Je vous demande de transmettre vos propositions."
        XCTAssertEqual(addressees(t), ["ministre to", "secretaire-d-etat to"])
        // A sentence after a civility is no title ("Monsieur le Ministre désire que…").
        let prose = "Messieurs, Monsieur le Ministre de l'Intérieur désire que les gardes soient prévenus sans délai. Les employés de ce service se tiendront en permanence dans leurs bureaux."
        XCTAssertFalse(addressees(prose).contains { $0.contains("desire") })
    }

    /// "Le Premier ministre" with its dateline after it is a whole title, not a letterhead's
    /// bare head; a bare "Le ministre" before a dateline still is.
    func testThePrimeMinisterBeforeADateline() {
        let t = "Le Premier ministre\n\nParis, le 26 juillet 2017\n\nN° 5954/SG\n\nà\n\nMesdames et Messieurs les ministres\n\nObjet : méthode de travail.\n\nJe vous demande de veiller."
        XCTAssertEqual(extract(t).metadata.emitter, "premier-ministre")
        let bare = "Le ministre\n\nParis, le 5 septembre 2023\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : essai.\n\nJe vous demande de veiller."
        XCTAssertEqual(extract(bare).metadata.emitter, "ministre-de-l-interieur")
    }

    /// A feminine office heading the block is named in the masculine ("La préfète de la
    /// Gironde", "La ministre déléguée chargée des sports"); its complement keeps its words.
    func testAFeminineEmitterInTheMasculine() {
        func emitter(_ head: String) -> String? { extract("\(head)\n\nà\n\nMesdames et Messieurs les maires\n\nObjet : essai.\n\nJe vous demande de veiller.").metadata.emitter }
        XCTAssertEqual(emitter("La préfète de la Gironde"), "prefet-de-la-gironde")
        XCTAssertEqual(emitter("La ministre déléguée chargée des sports"), "ministre-delegue-charge-des-sports")
        XCTAssertEqual(emitter("La directrice générale de la cohésion sociale"), "directeur-general-de-la-cohesion-sociale")
        XCTAssertEqual(emitter("La directrice de l'École nationale de la magistrature"), "directeur-de-l-ecole-nationale-de-la-magistrature")
    }

    /// "Paris, le 1 6 SEPT. 1998": OCR spaced the day; the 16th, not the 6th. A plain
    /// dateline is read as before.
    func testADatelineWithTheDaysDigitsSpaced() {
        let t = "MINISTERE DE L'EDUCATION NATIONALE\n\nParis, le 1 6 SEPT. 1998\n\nLE MINISTRE\n\nA\n\nMESDAMES ET MESSIEURS LES RECTEURS\n\nOBJET : essai.\n\nJe vous demande de veiller."
        XCTAssertEqual(extract(t).metadata.date, "1998-09-16")
        XCTAssertEqual(extract(t.replacingOccurrences(of: "1 6 SEPT.", with: "6 SEPT.")).metadata.date, "1998-09-06")
    }

    /// A copy list's acronyms are offices: after a cue in capitals, after a civility in any case.
    func testAcronymsOfACopyList() {
        let a = "Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\nCopie : DGPN – DGGN – DGEF\nObjet : essai\n\nJe vous demande de veiller à l'application de ces règles."
        XCTAssertEqual(addressees(a), ["prefet-de-departement to", "directeur-general-de-la-police-nationale cc", "directeur-general-de-la-gendarmerie-nationale cc", "directeur-general-des-etrangers-en-france cc"])
        let b = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets. Copie pour information : M. le DGPN, M. le DGGN. Objet : essai. Je vous demande de veiller à l'application de ces règles."
        XCTAssertEqual(addressees(b), ["prefet-de-departement to", "directeur-general-de-la-police-nationale cc", "directeur-general-de-la-gendarmerie-nationale cc"])
        let c = "A : MESDAMES ET MESSIEURS LES PREFETS\nEN COPIE : PP - DGPN\nOBJET : essai"
        XCTAssertEqual(addressees(c), ["prefet-de-departement to", "prefet-de-police cc", "directeur-general-de-la-police-nationale cc"])
        // An acronym opening a phrase is no item.
        let d = "Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\nCopie : DGPN de Paris\nObjet : essai"
        XCTAssertEqual(addressees(d), ["prefet-de-departement to"])
    }

    /// The NOR label dotted ("N.O.R.") or spaced by a typewriter or OCR ("N O R :").
    func testNORLabelDottedOrSpaced() {
        XCTAssertEqual(extract("Le ministre de l'intérieur à Mesdames et Messieurs les préfets\nN.O.R. : INT/D/05/00123/C\nObjet : essai").metadata.nor, "INTD0500123C")
        XCTAssertEqual(extract("Le ministre de l'intérieur à Mesdames et Messieurs les préfets\nN O R : I N T K 1 6 0 1 2 3 4 C\nObjet : essai").metadata.nor, "INTK1601234C")
        XCTAssertNil(extract("Le ministre de l'intérieur à Mesdames et Messieurs les préfets\nObjet : essai\n\nLes axes N, O et R sont fermés.").metadata.nor)
    }

    /// OCR reads a zero as an O, a one as an l, inside the dateline's numbers.
    func testDatelineDigitsReadAsLetters() {
        XCTAssertEqual(extract("MINISTERE DE L'INTERIEUR\nParis, Ie 2O janvier 2O16\nLE MINISTRE DE L'INTERIEUR\nA\nMESDAMES ET MESSIEURS LES PREFETS").metadata.date, "2016-01-20")
        XCTAssertEqual(extract("MINISTERE DE L'INTERIEUR\nParis, le l9 mars 2O21\nLE MINISTRE DE L'INTERIEUR\nA\nMESDAMES ET MESSIEURS LES PREFETS").metadata.date, "2021-03-19")
    }

    /// The first's ordinal split off ("1 er mars") or read as a degree sign ("1° mars"), an
    /// m read as "rn": the dateline, not the first date of the body.
    func testDatelineOrdinalAndMonthDamagedByOCR() {
        let body = "\n\nLe ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\n\nObjet : essai.\n\nVous me rendrez compte le 15 avril 2024 au plus tard."
        XCTAssertEqual(extract("Paris, le 1 er mars 2024" + body).metadata.date, "2024-03-01")
        XCTAssertEqual(extract("Paris, le 1° mars 2024" + body).metadata.date, "2024-03-01")
        XCTAssertEqual(extract("Paris, le 12 rnars 2024" + body).metadata.date, "2024-03-12")
        XCTAssertEqual(extract("Paris, le 12 mars 2024" + body).metadata.date, "2024-03-12")
    }
}
