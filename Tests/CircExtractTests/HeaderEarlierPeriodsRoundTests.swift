import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests of the header round on circulars of other ministries and earlier periods
/// (Finances, Colonies, Santé, Justice; 1900–1990) in the layouts the Journal officiel, the
/// bulletins and OCR'd copies give them: a sender's "aux" before titles with no civility, a
/// plural list that repeats its head, titles separated by full stops, a title in capitals
/// above the letter's first line, the bare "recteurs", a ministry's portfolio with its
/// adjectives, an older dateline without its comma, OCR's "AYR." for "AVR.". Each rule has a
/// counter-example where it could overreach.
final class HeaderEarlierPeriodsRoundTests: XCTestCase, HeaderRuleTesting {
    /// "LE MINISTRE … AUX PRÉFETS": the sender's title, then "aux" and titles without civility.
    func testSenderBeforeAuxOpensTheBlock() {
        let text = """
            LE MINISTRE DE LA SANTÉ PUBLIQUE ET DE LA POPULATION AUX PRÉFETS

            Je vous prie de porter ces instructions à la connaissance des maires de votre département.
            """
        let d = extract(text)
        XCTAssertEqual(addressees(text), ["prefet-de-departement to"])
        XCTAssertEqual(d.metadata.emitter, "ministre-de-la-sante-publique-et-de-la-population")
        XCTAssertEqual(d.metadata.kind, .circulaire)
        let justice = """
            Le garde des sceaux, ministre de la justice, aux procureurs généraux près les cours d'appel et aux procureurs de la République

            Je vous prie de porter ces instructions à la connaissance des magistrats de votre ressort.
            """
        XCTAssertEqual(addressees(justice), ["procureur-general to", "procureur-de-la-republique to"])
        let finances = """
            Le ministre des finances aux trésoriers-payeurs généraux et aux receveurs des finances.

            Je vous prie de porter ces instructions à la connaissance des comptables de votre ressort.
            """
        XCTAssertEqual(addressees(finances), ["tresorier-payeur-general to", "receveur-des-finances to"])
        // Counter-example: a sentence whose verb joins the minister to the préfets.
        let prose = """
            Le ministre de l'intérieur se joint aux préfets pour saluer le travail des services de secours.

            Les sapeurs-pompiers ont été mobilisés durant toute la semaine dans le département.
            """
        XCTAssertEqual(addressees(prose), [])
    }

    /// "MM. les Gouverneurs généraux, Gouverneurs des colonies": the same plural head again is
    /// a list, not a rank in apposition; a full stop before another plural title keeps the block.
    func testPluralListRepeatingItsHeadAndFullStopBetweenTitles() {
        let text = """
            Le ministre des colonies à MM. les Gouverneurs généraux, Gouverneurs des colonies, Commissaires de la République.

            Je crois utile de vous rappeler l'étendue des attributions qui vous sont confiées dans la colonie.
            """
        XCTAssertEqual(addressees(text), ["gouverneur-general to", "gouverneur-des-colonies to", "commissaire-de-la-republique to"])
        let stops = """
            Le ministre des colonies à MM. les Gouverneurs des colonies. Commissaires de la République et Administrateur des îles Saint-Pierre et Miquelon.

            Je crois utile de vous rappeler l'étendue des attributions qui vous sont confiées dans la colonie.
            """
        XCTAssertEqual(addressees(stops), ["gouverneur-des-colonies to", "commissaire-de-la-republique to", "administrateur-des-iles-saint-pierre-et-miquelon to"])
        // Counter-examples: a second head in apposition names the one office; prose after the
        // full stop is no title.
        let apposition = text.replacingOccurrences(of: "MM. les Gouverneurs généraux, Gouverneurs des colonies, Commissaires de la République", with: "Monsieur le gouverneur, secrétaire général du gouvernement général")
        XCTAssertEqual(addressees(apposition), ["secretaire-general-du-gouvernement-general to"])
        let prose = """
            Le Premier ministre à Mesdames et Messieurs les secrétaires d'État. La simplification des normes est engagée depuis deux ans et doit se poursuivre dans chaque ministère sans exception.
            """
        XCTAssertEqual(addressees(prose), ["secretaire-d-etat to"])
    }

    /// A title whose words the lexicon does not hold whole ends at the line where the letter
    /// opens ("Je vous prie"), in capitals as in ordinary case.
    func testTitleEndsWhereTheLetterLineOpens() {
        let text = """
            LE MINISTRE DE L'INTÉRIEUR
            A
            MESSIEURS LES PRÉSIDENTS DES CONSEILS GÉNÉRAUX
            Je vous prie de veiller à l'application de ces mesures et de me rendre compte des difficultés rencontrées.
            """
        let d = extract(text)
        XCTAssertEqual(d.addressees.map(\.id), ["president-du-conseil-general"])
        XCTAssertEqual(d.addressees.first?.text, "MESSIEURS LES PRÉSIDENTS DES CONSEILS GÉNÉRAUX")
        // Counter-example: a title wrapped on a line in lower case goes on to its end.
        let wrapped = """
            Le ministre de l'intérieur
            à
            Messieurs les directeurs des services
            vétérinaires départementaux
            Je vous prie de veiller à l'application de ces mesures et de me rendre compte des difficultés rencontrées.
            """
        XCTAssertEqual(addressees(wrapped), ["directeur-du-service-veterinaire-departemental to"])
    }

    /// "Mesdames et Messieurs les recteurs": the bare title is the recteur d'académie, as a
    /// bare "préfets" is the préfet de département; "préfets maritimes" is its own office.
    func testBareRecteurAndPrefetMaritime() {
        let text = """
            Le ministre de l'éducation nationale à Mesdames et Messieurs les recteurs

            Je vous prie de veiller à l'application de ces mesures dans votre académie.
            """
        XCTAssertEqual(addressees(text), ["recteur-d-academie to"])
        // Counter-example: the recteur de région académique keeps his office.
        let region = text.replacingOccurrences(of: "les recteurs", with: "les recteurs de région académique")
        XCTAssertEqual(addressees(region), ["recteur-de-region-academique to"])
        let maritime = text.replacingOccurrences(of: "les recteurs", with: "les préfets maritimes")
        XCTAssertEqual(addressees(maritime), ["prefet-maritime to"])
    }

    /// "MINISTÈRE DU TRAVAIL, DES RELATIONS SOCIALES …": the adjective goes with its noun.
    func testPortfolioAdjectivesAfterTheNoun() {
        let text = """
            MINISTÈRE DU TRAVAIL, DES RELATIONS SOCIALES ET DE LA SOLIDARITÉ

            Circulaire du 31 décembre 2008 relative à l'organisation de la défense sanitaire.

            La présente circulaire précise l'organisation des services.
            """
        XCTAssertEqual(extract(text).metadata.emitter, "ministre-du-travail-des-relations-sociales-et-de-la-solidarite")
        // Counter-example: the letterhead's next service opens on a noun.
        let service = text.replacingOccurrences(of: ", DES RELATIONS SOCIALES ET DE LA SOLIDARITÉ", with: " DIRECTION GÉNÉRALE DU TRAVAIL")
        XCTAssertEqual(extract(service).metadata.emitter, "ministre-du-travail")
    }

    /// "Paris le 12 novembre 1906" opening its line dates the letter, not the Journal
    /// officiel's issue above it; "3 AYR. 2018" is OCR's April.
    func testDatelineWithoutCommaAndOCRMonth() {
        let text = """
            Journal officiel du 4 décembre 1906

            Circulaire relative aux biens des établissements publics du culte.

                Paris le 12 novembre 1906

            Le ministre des finances à MM. les préfets

            J'ai l'honneur de vous transmettre une circulaire.
            """
        XCTAssertEqual(extract(text).metadata.date, "1906-11-12")
        // Counter-example: a place and date inside a sentence is no dateline.
        let prose = text.replacingOccurrences(of: "culte.\n\n    Paris le", with: "culte. Les ministres réunis à Paris le")
        XCTAssertEqual(extract(prose).metadata.date, "1906-12-04")
        let ocr = """
            Paris, le 3 AYR. 2018

            Le ministre de l'intérieur à Mesdames et Messieurs les préfets de région

            La présente note expose la portée des évolutions introduites par le législateur.
            """
        XCTAssertEqual(extract(ocr).metadata.date, "2018-04-03")
    }

    /// "INSTRUCTION du secrétaire d'État aux finances relative à …": the secrétaire d'État of
    /// the kind line is the emitter where no minister is named.
    func testSecretaryOfStateOfTheKindLine() {
        let text = """
            INSTRUCTION du secrétaire d'Etat aux finances relative à l'unification des imprimés.

            Du 18 septembre 1961

            Les ordonnateurs utiliseront les nouveaux imprimés à compter du 1er janvier 1962.
            """
        XCTAssertEqual(extract(text).metadata.emitter, "secretaire-d-etat-aux-finances")
        // Counter-example: prose that cites him names no emitter.
        let prose = """
            Circulaire relative aux imprimés.

            Les ordonnateurs utiliseront les nouveaux imprimés, comme le secrétaire d'État aux finances l'a rappelé.
            """
        XCTAssertNil(extract(prose).metadata.emitter)
    }

    /// "Loi n o du 5 mars 2007": a flattened copy sets the degree sign apart and loses the
    /// number; the law is cited by its date. With its number, the number.
    func testNumberSignSetApartWithTheNumberLost() {
        let lost = "Références : Loi n o du 5 mars 2007 relative à la préparation du système de santé ; Décret n o du 13 septembre 2005 relatif au plan Orsec."
        XCTAssertEqual(Set(extract(lost).references.map(\.id)), ["loi:2007-03-05", "decret:2005-09-13"])
        let kept = "Vu la loi n o 2007-294 du 5 mars 2007 relative à la préparation du système de santé."
        XCTAssertEqual(extract(kept).references.map(\.id), ["loi:2007-294"])
    }
}
