import CircTestSupport
import CircExtract
import CircReader
import CircText
import XCTest

/// Scanned telegrams, bulletin pages and flattened letterheads: a telegram's heading and
/// style, the closing formula with two titles, a cleft sentence of duty, "d'urgence" after
/// a verb, a year whose 1 OCR read as an i, the contact of a letterhead. Each rule on
/// sentences written for it, with the shapes it must leave alone.
final class OCRTelegramBulletinTests: XCTestCase, OCRRuleTesting {
    /// "DÉPÊCHE TÉLÉGRAPHIQUE" over a minister's route to the préfets: a ministerial
    /// telegram, a circular — no agency's wire.
    func testTelegraphicDispatchIsACircular() {
        let d = extract("DÉPÊCHE TÉLÉGRAPHIQUE\n\nParis, le 3 mars 1906\n\nLE MINISTRE DE L'INTÉRIEUR\nà Préfets France\n\nVous ferez reprendre les opérations dès que le calme sera revenu.\n")
        XCTAssertEqual(d.metadata.kind, .circulaire)
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur")
    }

    /// "LE MINISTRE DE LA SANTÉ PUBLIQUE", "de l'Instruction publique": a portfolio of two
    /// words the lexicon knows is read whole, in capitals too.
    func testTwoWordPortfolioInCapitals() {
        XCTAssertEqual(extract("LE MINISTRE DE LA SANTÉ PUBLIQUE\nà Préfets\n\nVous ferez vacciner les enfants des écoles.\n").metadata.emitter, "ministre-de-la-sante-publique")
        XCTAssertEqual(extract("LE MINISTRE DE L'INSTRUCTION PUBLIQUE\nà Préfets\n\nVous ferez fermer les écoles.\n").metadata.emitter, "ministre-de-l-instruction-publique")
    }

    /// "Suivant article 3 de la loi 9 décembre 1905": a telegram drops the "du" before a
    /// cited text's date, which then never dates the telegram.
    func testTelegramStyleCitedDate() {
        let d = extract("LE MINISTRE DE L'INTÉRIEUR\nà Préfets France\n\nSuivant article 3 de la loi 9 décembre 1905 vous ferez dresser les inventaires.\n")
        XCTAssertNotEqual(d.metadata.date, "1905-12-09")
        XCTAssertTrue(d.references.map(\.id).contains("loi:1905-12-09"))
    }

    /// "Recevez, Monsieur le Premier Président, Madame la Procureure générale, l'assurance…":
    /// a closing formula however many titles it names, no directive.
    func testClosingWithTwoTitles() {
        let d = extract("Monsieur le Premier Président,\n\nVous voudrez bien me faire connaître les magistrats disponibles.\n\nRecevez, Monsieur le Premier Président, Madame la Procureure générale, l'assurance de ma haute considération.\n")
        XCTAssertEqual(d.obligations.count, 1)
        XCTAssertFalse(d.obligations.contains { $0.text.hasPrefix("Recevez") })
    }

    /// "Ce qui est indispensable, c'est de prévenir…": the cleft sentence names the duty;
    /// a scan's stray stop after "Ce qui" does not hide it.
    func testCleftSentenceOfDuty() {
        let d = extract("Ce qui est indispensable, c'est de prévenir les maires avant la fin de la semaine.\n")
        XCTAssertEqual(d.obligations.map(\.modality), [.obligation])
        let o = extract("Ce qui. est essentiel c'est saisir le parquet de chaque incident.\n")
        XCTAssertEqual(o.obligations.map(\.modality), [.obligation])
        // An adjective of praise not followed by "c'est" makes none.
        XCTAssertTrue(extract("Le rôle des maires reste essentiel dans ces opérations.\n").obligations.isEmpty)
    }

    /// "vous saisirez d'urgence le parquet": after a verb, "d'urgence" is a time to act;
    /// after a noun it names a state or a scheme.
    func testUrgencyAfterAVerb() {
        XCTAssertEqual(extract("Vous saisirez d'urgence le procureur de la République de tout incident.\n").deadlines.map(\.value), ["asap"])
        XCTAssertEqual(extract("Dans le cadre de l'état d'urgence, vous veillerez à l'application de ces mesures.\n").deadlines.map(\.value), [])
        XCTAssertEqual(extract("Vous veillerez à l'ouverture des places d'hébergement d'urgence.\n").deadlines.map(\.value), [])
        XCTAssertEqual(extract("En cas d'urgence, vous informerez le cabinet.\n").deadlines.map(\.value), [])
        XCTAssertEqual(extract("Le préfet statue en tenant compte des motifs de nécessité et d'urgence invoqués par les intéressés.\n").deadlines.map(\.value), [])
    }

    /// "le décret du 12 juin i882": an i read for the 1 of a year after a month.
    func testYearOpenedByLowerI() {
        XCTAssertEqual(norm("le décret du 12 juin i882"), "le décret du 12 juin 1882")
        XCTAssertEqual(extract("Vous appliquerez le décret du 12 juin i882 avec fermeté.\n").references.map(\.id), ["decret:1882-06-12"])
        // Not after a month, nor three digits that make no such year: left as read.
        XCTAssertEqual(norm("article i882, mars i2, juin i234"), "article i882, mars i2, juin i234")
    }

    /// "Suivi par : Paul DURAND Tél : 01 40 …" in a flattened letterhead: the agent to reach
    /// is no signer; the subject ends at the next field's label ("Bases juridiques :").
    func testContactAndFieldOfFlattenedLetterhead() {
        let d = extract("MINISTÈRE DE L'AGRICULTURE Direction générale de l'alimentation Bureau des produits 12, rue de Vaugirard 75015 PARIS Suivi par : Paul DURAND Tél : 01 40 00 00 00 Le Ministre de l'agriculture à Mesdames et Messieurs les Préfets Objet : Contrôle des abattoirs Bases juridiques : - Code rural Résumé : La présente circulaire précise les contrôles.\n")
        XCTAssertNotEqual(d.metadata.signatory?.lowercased(), "paul durand")
        XCTAssertEqual(d.metadata.subject, "Contrôle des abattoirs")
    }

    /// "l'ai ticle 223-6", "l'arti cle 40": "article" broken in two by a scan's space.
    func testBrokenArticleWord() {
        XCTAssertEqual(extract("Vous rappellerez à chacun les termes de l'ai ticle 223-6 du code pénal.\n").references.map(\.id), ["CP:223-6"])
        XCTAssertEqual(extract("Vous appliquerez l'arti cle 40 du code de procédure pénale.\n").references.map(\.id), ["CPP:40"])
    }

    /// "la loi du 9 décembre 19052": a footnote's call glued to the year.
    func testFootnoteCallGluedToYear() {
        XCTAssertTrue(extract("Vous appliquerez la loi du 9 décembre 19052 avec discernement.\n").references.map(\.id).contains("loi:1905-12-09"))
        // A fifth digit 0, or a year no century of the texts opens: no date there.
        XCTAssertFalse(extract("Vous appliquerez la loi du 9 décembre 19050 avec discernement.\n").references.map(\.id).contains("loi:1905-12-09"))
        XCTAssertFalse(extract("Vous appliquerez la loi du 9 décembre 12345 avec discernement.\n").references.map(\.id).contains("loi:1234-12-09"))
    }

    /// An older bulletin heads each text "CIRCULAIRE." alone: a page opened on the tail of the
    /// text before (its closing, its signer) is the text under that heading, dated by it.
    func testBulletinKindHeading() {
        let d = extract("Recevez, Monsieur le Procureur général, l'assurance de ma considération.\n\nLe Garde des sceaux, Ministre de la justice,\n\nJEAN DUPONT.\n\nCIRCULAIRE.\n\nCasier judiciaire. Bulletins.\n\n(3 mars 1899.)\n\nMonsieur le Procureur général,\n\nJe vous prie de me faire connaître les difficultés rencontrées.\n")
        XCTAssertEqual(d.metadata.date, "1899-03-03")
    }

    /// "de rechercher … et de tenir la main à ce que …": a duty of care after the first
    /// command is a second one.
    func testSecondCommandHoldingTheHand() {
        let d = extract("Je vous prie de rechercher les causes de ces retards et de tenir la main à ce que les délais soient respectés.\n")
        XCTAssertEqual(d.obligations.count, 2)
    }

    /// "LE MINISTRE DE L'INSTRUCTION PUBLIQUE⏎à Préfets France": a minister's title over a
    /// telegram's route to the préfets, with no civility, addresses them.
    func testMinisterTitleOverRoute() {
        let d = extract("Paris, le 3 mars 1906\n\nLE MINISTRE DE L'INSTRUCTION PUBLIQUE\nà Préfets France\n\nVous ferez reprendre les opérations.\n")
        XCTAssertEqual(d.addressees.map(\.id), ["prefet-de-departement"])
        // A verb after "a" is no route: "Le ministre de l'intérieur a rappelé…".
        XCTAssertTrue(extract("Le ministre de l'intérieur a rappelé les règles.\n\nLes opérations reprendront demain.\n").addressees.isEmpty)
    }

    /// "Selon l'article 4 du décret, …", a telegram's "Suivant article 2 du décret …": the
    /// law restated as background, no directive; the directive after it in another sentence stands.
    func testLawStatedAfterSelonArticle() {
        let d = extract("Selon l'article 4 du décret, le maire doit être avisé de toute difficulté. Vous veillerez à prévenir chaque maire.\n")
        XCTAssertEqual(d.obligations.count, 1)
        XCTAssertTrue(d.obligations.first?.text.hasPrefix("Vous veillerez") == true)
        XCTAssertTrue(extract("Suivant article 2 du décret la notification doit être faite trois jours à l'avance.\n").obligations.isEmpty)
    }

    /// "Jean-Yves⏎LE DRIAN": the signer's surname and its particle on the line under the
    /// first name.
    func testSignerWrappedBeforeParticle() {
        let letter = "MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 3 mars 2015\n\nLe ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : Sécurité des gares.\n\nJe vous demande de renforcer la surveillance des gares.\n\n"
        XCTAssertEqual(extract(letter + "Bruno\nLE MAIRE\n").metadata.signatory, "Bruno Le Maire")
        XCTAssertEqual(extract(letter + "Bruno LE MAIRE\n").metadata.signatory, "Bruno Le Maire")
    }

    /// "Telles sont, Monsieur le Préfet, les mesures ; je compte sur celui de MM. les maires…":
    /// in one paragraph, the vocative addresses the préfet; the maires a preposition governs
    /// are no addressees.
    func testCivilityGovernedByAPreposition() {
        let d = extract("Vous voudrez bien me les adresser chaque semaine. Telles sont, Monsieur le Préfet, les mesures adoptées ; je compte sur votre concours et sur celui de MM. les maires pour assurer leur exécution.\n")
        XCTAssertEqual(d.addressees.map(\.id), ["prefet-de-departement"])
    }
}
