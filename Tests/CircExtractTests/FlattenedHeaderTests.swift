import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for headers a copy ran onto one line (web copies, pasted PDFs): the banner
/// kind word, the letterhead in capitals, the enacting word of an act, the signature's
/// particle, a press byline's date, and a press sentence whose subject is a civility's
/// titles. Sentences written for each class, each with a counter-example.
final class FlattenedHeaderTests: XCTestCase, HeaderRuleTesting {
    func testBannerKindRunIntoTheLetterhead() {
        let release = extract("PRÉFET DU VAL-D'OISE Liberté Égalité Fraternité Communiqué de presse Cergy, le 3 juin 2024 Fermeture d'un établissement de nuit Le préfet a ordonné la fermeture administrative pour quinze jours d'un bar de Sarcelles. Les exploitants sont invités à respecter la réglementation.")
        XCTAssertEqual(release.metadata.kind, .communique)
        XCTAssertEqual(release.metadata.emitter, "prefet-du-val-d-oise")
        let instruction = extract("Paris, le 2 février 2022 Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département INSTRUCTION N° INTV2201234J Objet : accueil des gens du voyage. Vous veillerez à l'ouverture des aires d'accueil.")
        XCTAssertEqual(instruction.metadata.kind, .instruction)
        let circular = extract("CIRCULAIRE Paris, le 9 avril 1875. Monsieur le Préfet, la loi du 2 mars dernier a réglé la police des cabarets. Vous voudrez bien en assurer l'exécution.")
        XCTAssertEqual(circular.metadata.kind, .circulaire)
        // In capitals the banner needs nothing after it.
        let service = extract("Paris, le 8 mars 2023 NOTE DE SERVICE Le directeur général de la police nationale à Mesdames et Messieurs les directeurs départementaux Objet – Port de la tenue. Les chefs de service veilleront à l'application de ces règles.")
        XCTAssertEqual(service.metadata.kind, .note)
        // The issuer between the banner and its dateline.
        let ministry = extract("Accueil > Presse Communiqué de presse du ministère de l'Intérieur Paris, le 4 octobre 2023 Le ministre a réuni ce jour les préfets de zone. Il leur a demandé de renforcer les contrôles aux frontières.")
        XCTAssertEqual(ministry.metadata.kind, .communique)
    }

    func testKindWordInProseOrTitleIsNoBanner() {
        // After a determiner, or capitalised at a press title's head with a name after it.
        let press = extract("Circulaire Retailleau : ce qui change pour les préfectures Dans une note Paris, le ministre a rappelé les règles. Les préfets devront rendre compte chaque mois.")
        XCTAssertEqual(press.metadata.kind, .article)
        let cited = extract("Le gouvernement a publié une instruction N° 12 sur les contrôles routiers. Les préfets devront rendre compte chaque mois des résultats obtenus dans leur département.")
        XCTAssertNotEqual(cited.metadata.kind, .instruction)
    }

    func testLetterheadInCapitalsAndInlineEnactingWord() {
        let act = extract("RÉPUBLIQUE FRANÇAISE PRÉFET DE L'ISÈRE ARRÊTÉ PRÉFECTORAL portant interdiction de rassemblement Le préfet de l'Isère, Vu le code de la sécurité intérieure ; Considérant les risques de troubles ; ARRÊTE : Article 1er : Tout rassemblement est interdit le 21 juin 2024. Fait à Grenoble, le 18 juin 2024 Le préfet, Louis LAUGIER")
        XCTAssertEqual(act.metadata.kind, .unknown)
        XCTAssertEqual(act.metadata.emitter, "prefet-de-l-isere")
        // Prose writes the verb in lower case, and a colon after "arrête" there is no act.
        let prose = extract("Le préfet de l'Isère arrête : les maires devront signaler sans délai tout rassemblement festif. Les forces de l'ordre seront mobilisées pendant tout le week-end de la fête de la musique.")
        XCTAssertNotEqual(prose.metadata.kind, .unknown)
    }

    func testFlattenedSignatureWithElidedParticle() {
        let t = "Paris, le 4 mai 2023 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : titres de séjour. Vous veillerez à instruire les demandes sous trois mois. Le directeur général des étrangers en France Claude d'ORMESSON"
        XCTAssertEqual(extract(t).metadata.signatory, "Claude d'Ormesson")
        // A service in capitals closing the page is no name.
        let service = "Paris, le 4 mai 2023 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : titres de séjour. Vous veillerez à instruire les demandes sous trois mois. Direction générale des étrangers en FRANCE"
        XCTAssertNil(extract(service).metadata.signatory)
    }

    func testFlattenedPressBylineDates() {
        let comma = extract("Sécurité : le ministre serre la vis Par Paul Durand, publié le 7 février 2024 à 11h02 Dans un télégramme adressé mardi aux préfets, le ministre leur demande de renforcer les contrôles.")
        XCTAssertEqual(comma.metadata.date, "2024-02-07")
        let capital = extract("Régularisations : ce qui change Publié le 2 mars 2025 par Maître Anne Roux, avocate Le ministre a signé le 28 février 2025 une circulaire relative à l'admission exceptionnelle au séjour.")
        XCTAssertEqual(capital.metadata.date, "2025-03-02")
        let le = extract("Les préfets appelés à la fermeté Par Jean Dupont Le 15 novembre 2020 à 18h30 Le ministre de l'Intérieur a demandé aux préfets de fermer les lieux de culte concernés.")
        XCTAssertEqual(le.metadata.date, "2020-11-15")
        // A text's publication in the prose dates the text, not the page.
        let prose = extract("Sécurité : le ministre serre la vis sur les contrôles routiers dans tous les départements de France Le décret publié le 12 mars 2023 au Journal officiel oblige désormais les préfets à rendre compte chaque semaine des contrôles.")
        XCTAssertNotEqual(prose.metadata.date, "2023-03-12")
    }

    func testCivilityAsTheSubjectOfAPressSentence() {
        let press = extract("Rodéos urbains : le ministre durcit le ton\n\nMonsieur le préfet de police et les préfets de département ont reçu mardi une instruction du ministre de l'Intérieur.\n\nLe ministre leur demande de saisir les véhicules.")
        XCTAssertFalse(press.addressees.contains { $0.id == "prefet-de-police" })
        XCTAssertNotEqual(press.metadata.kind, .circulaire)
        // A salutation has its comma before the verb: the préfet is addressed.
        let letter = extract("CIRCULAIRE\n\nParis, le 9 avril 1875.\n\nMonsieur le Préfet, la loi du 2 mars dernier a réglé la police des cabarets. Vous voudrez bien en assurer l'exécution.")
        XCTAssertTrue(letter.addressees.contains { $0.id == "prefet-de-departement" })
    }

    func testSubjectEndsAtTheNextFieldLabel() {
        let head = "Le garde des sceaux, ministre de la justice à Mesdames et Messieurs les procureurs de la République N° NOR : JUSD2407123C Objet : Présentation de la réforme de l'enquête"
        let body = "Je vous demande de veiller à l'application de ces dispositions."
        for label in ["ARTICLES MODIFIÉS OU CRÉÉS : Art. 41 du code de procédure pénale", "Textes sources : loi n° 2023-1059 du 20 novembre 2023", "Modalités de diffusion : diffusion aux parquets"] {
            XCTAssertEqual(extract("\(head) \(label) \(body)").metadata.subject, "Présentation de la réforme de l'enquête", label)
        }
        // An acronym before a colon belongs to the subject.
        let acronym = extract("Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : Application de la loi ASAP : délais de recours. \(body)")
        XCTAssertEqual(acronym.metadata.subject, "Application de la loi ASAP : délais de recours")
    }

    func testSalutationAfterAFlattenedDateline() {
        let letter = extract("CIRCULAIRE Paris, le 9 avril 1875. Monsieur le Préfet, la loi du 2 mars dernier a réglé la police des cabarets. Vous voudrez bien en assurer l'exécution.")
        XCTAssertEqual(letter.addressees.map(\.id), ["prefet-de-departement"])
        // A civility in the prose after a date is a sentence's subject ("en a reçu"), not a
        // salutation.
        let prose = extract("Rodéos urbains : le ministre durcit le ton Le texte est daté du 3 mars 2024. Monsieur le préfet de police en a reçu copie mardi et l'a transmis aux commissariats de la capitale.")
        XCTAssertFalse(prose.addressees.contains { $0.id == "prefet-de-police" })
        XCTAssertNotEqual(prose.metadata.kind, .circulaire)
        // "en" inside a title is no clitic: "… des étrangers en France".
        let block = extract("Le ministre de l'intérieur à Monsieur le directeur général des étrangers en France Objet : asile. Je vous demande de veiller à l'application de ces règles.")
        XCTAssertEqual(block.addressees.map(\.id), ["directeur-general-des-etrangers-en-france"])
    }

    func testLastAcronymOfAFlattenedCopyList() {
        let t = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département Copie : DGPN – DGGN – DGEF NOR : INTV2412345J Objet : contrôles. Je vous demande de renforcer les contrôles."
        XCTAssertEqual(Set(extract(t).addressees.map { "\($0.id) \($0.role)" }), ["prefet-de-departement to", "directeur-general-de-la-police-nationale cc", "directeur-general-de-la-gendarmerie-nationale cc", "directeur-general-des-etrangers-en-france cc"])
        let dateline = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets Copie à : DGPN, DGGN Paris, le 4 juillet 2016 Objet : essai. Je vous demande de renforcer votre action."
        XCTAssertTrue(extract(dateline).addressees.contains { $0.id == "directeur-general-de-la-gendarmerie-nationale" && $0.role == .cc })
        // An acronym in a sentence is no item of the list.
        let prose = "Le ministre de l'intérieur à Mesdames et Messieurs les préfets Copie : DGPN Objet : essai. Je vous demande de saisir la DGGN dès réception."
        XCTAssertFalse(extract(prose).addressees.contains { $0.id == "directeur-general-de-la-gendarmerie-nationale" })
    }

    func testSignatureBeforeAFlattenedDistributionList() {
        let t = "Paris, le 3 avril 2018 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : coordination. Vous veillerez à la bonne coordination des services. Gérard COLLOMB Destinataires : - Mesdames et Messieurs les préfets de région - Monsieur le préfet de police Copie : - Monsieur le directeur général de la police nationale"
        XCTAssertEqual(extract(t).metadata.signatory, "Gérard Collomb")
        let nor = "Paris, le 14 février 2023 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : cellules. Je vous demande de réunir ces cellules tous les mois. Pour le ministre et par délégation, Le directeur de cabinet, Pierre-Edouard COLLIEX NOR : INTD2304567J"
        XCTAssertEqual(extract(nor).metadata.signatory, "Pierre-Edouard Colliex")
        // Without a name in capitals before the list, none is made up from it.
        let none = "Paris, le 3 avril 2018 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : coordination. Vous veillerez à la bonne coordination des services. Destinataires : Monsieur le préfet de police Copie : Monsieur le directeur général de la police nationale"
        XCTAssertNil(extract(none).metadata.signatory)
    }

    func testFlattenedBulletinHeader() {
        let t = "Bulletin officiel n° 12 du 21 mars 2024 Évaluations nationales NOR : MENE2405123C circulaire n° 2024-031 du 19-3-2024 MENJ - DGESCO Texte adressé aux rectrices et recteurs d'académie ; aux cheffes et chefs d'établissement ; aux professeures et professeurs La présente circulaire précise le calendrier des évaluations. Les recteurs veilleront à leur mise en place."
        let d = extract(t)
        // The title's own date, not the bulletin's; the last title ends where the text starts.
        XCTAssertEqual(d.metadata.date, "2024-03-19")
        XCTAssertTrue(d.addressees.contains { $0.id == "professeur" })
        XCTAssertFalse(d.addressees.contains { $0.id.contains("presente") })
    }

    func testDatelineEndsTheTitleBeforeIt() {
        let t = "Le Préfet de la Haute-Garonne à Mesdames et Messieurs les maires du département Mesdames et Messieurs les présidents des établissements publics de coopération intercommunale Toulouse, le 8 mars 2022 Objet : élections. Je vous prie de me retourner le tableau joint."
        XCTAssertEqual(Set(extract(t).addressees.map(\.id)), ["maire", "president-de-l-etablissement-public-de-cooperation-intercommunale"])
        // A capitalised word without ", le <date>" after it stays in the title: the préfet
        // of a named département is a préfet de département.
        let place = "Le ministre de l'intérieur à Monsieur le préfet de la Haute-Garonne Objet : élections. Je vous prie de me retourner le tableau joint."
        XCTAssertEqual(extract(place).addressees.map(\.id), ["prefet-de-departement"])
    }

    /// The footnotes a page sets under the signature, run onto its line by a flattened copy:
    /// the name stands before their rule or their first number in superscript.
    func testFootnotesRunOntoAFlattenedSignature() {
        let t = "Paris, le 6 mai 2019 Le ministre de l'intérieur à Mesdames et Messieurs les préfets Objet : contrôle des armes. Vous veillerez à ce que chaque détenteur soit contrôlé¹. Je vous demande de me rendre compte des difficultés. Christophe CASTANER ______________ ¹ Voir la circulaire du 2 février 2018. ² CE, 12 juin 2017. 2/2"
        XCTAssertEqual(extract(t).metadata.signatory, "Christophe Castaner")
        XCTAssertEqual(extract(t.replacingOccurrences(of: " ______________", with: "")).metadata.signatory, "Christophe Castaner")
        // Without a name before them, none is made up from the notes or from the prose.
        XCTAssertNil(extract(t.replacingOccurrences(of: "Christophe CASTANER ", with: "")).metadata.signatory)
    }

    /// "Le Préfet, MORAIN.": the closing unit of a flattened older letter holds the title and
    /// the lone surname; the name after the title's comma signs.
    func testTitleAndSurnameInOneClosingUnit() {
        let t = "PRÉFECTURE DU CALVADOS Caen, le 12 mars 1921. LE PRÉFET DU CALVADOS à MM. les Maires du département. Messieurs, Vous voudrez bien faire afficher l'avis ci-joint dans vos communes. Il importe que ces prescriptions soient observées. Le Préfet, DURAND."
        XCTAssertEqual(extract(t).metadata.signatory, "Durand")
        // A capitalised word too short for a name signs nothing, nor does the title alone.
        XCTAssertNil(extract(t.replacingOccurrences(of: "DURAND.", with: "AFP.")).metadata.signatory)
        XCTAssertNil(extract(t.replacingOccurrences(of: " DURAND.", with: "")).metadata.signatory)
    }
}
