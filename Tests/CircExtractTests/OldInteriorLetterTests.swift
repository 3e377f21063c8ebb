import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests for older Interior letters (1888–1985), scans read by OCR: the first of a month
/// set as "Ier", "Signé :" before a copied signature, the period's formulas ("Je vous serai
/// obligé de", "Il y aura lieu pour vous de", "Je crois devoir vous rappeler", "par retour du
/// courrier"), the Vichy "préfets régionaux", a "que" clause the préfets must pass on to the
/// maires, and "(pour information : …)" opening its line. Each rule with a counter-example.
final class OldInteriorLetterTests: XCTestCase, OCRRuleTesting {
    static let head = "MINISTÈRE DE L'INTÉRIEUR\n\nDirection de la Sûreté générale\n\n"

    /// "Paris, le Ier février 1889.", "avant le Ier juillet 1925", "LE IER MARS 1957": the
    /// first of a month as a Roman "Ier" is the day 1.
    func testRomanFirstOfTheMonthIsADay() {
        let d = extract(Self.head + "Paris, le Ier février 1889.\n\nLe Ministre de l'Intérieur\n\nà MM. les Préfets.\n\nVous voudrez bien me faire connaître, avant le Ier juillet 1889, les mesures prises.\n")
        XCTAssertEqual(d.metadata.date, "1889-02-01")
        XCTAssertEqual(d.deadlines.map(\.value), ["1889-07-01"])
        // The span quotes the source as read.
        XCTAssertEqual(d.deadlines.first?.text, "avant le Ier juillet 1889")
        XCTAssertEqual(norm("AVANT LE IER MARS 1957"), "AVANT LE 1ER MARS 1957")
    }

    /// Counter-examples: "Ier" with no month after it is an ordinal ("article Ier",
    /// "Napoléon Ier", "titre Ier du livre Ier"), left as written.
    func testRomanFirstWithoutAMonthStaysAnOrdinal() {
        let kept = "Aux termes de l'article Ier de la loi, Napoléon Ier, le titre Ier du livre Ier, Ier mai"
        XCTAssertEqual(norm(kept), "Aux termes de l'article Ier de la loi, Napoléon Ier, le titre Ier du livre Ier, 1er mai")
        XCTAssertEqual(norm("François Ier a dit. Chapitre Ier"), "François Ier a dit. Chapitre Ier")
    }

    /// "Signé : ROUVIER.", "SIGNE : ROBERT PANDRAUD": a copy's mark before the signature.
    func testSignedMarkBeforeTheName() {
        let body = Self.head + "Paris, le 20 juin 1905.\n\nLe Ministre de l'Intérieur\n\nà MM. les Préfets.\n\nJe vous prie de m'accuser réception de ces instructions.\n\n"
        XCTAssertEqual(extract(body + "        Le Président du Conseil,\n      Ministre de l'Intérieur\n\n          Signé : ROUVIER.\n").metadata.signatory?.lowercased(), "rouvier")
        XCTAssertEqual(extract(body + "SIGNE : ROBERT PANDRAUD\n").metadata.signatory?.lowercased(), "robert pandraud")
        // The mark is no part of a name that needs none: "Signé : L. BOURGEOIS."
        XCTAssertEqual(extract(body + "Signé : L. BOURGEOIS.\n").metadata.signatory?.lowercased(), "l. bourgeois")
    }

    /// Counter-examples: after "Signé :", a title or a word in lower case is no name.
    func testSignedMarkBeforeNoName() {
        let body = Self.head + "Paris, le 20 juin 1905.\n\nLe Ministre de l'Intérieur\n\nà MM. les Préfets.\n\nJe vous prie de m'accuser réception de ces instructions.\n\n"
        XCTAssertNil(extract(body + "Signé : le Préfet\n").metadata.signatory)
        XCTAssertNil(extract(body + "Signé : illisible\n").metadata.signatory)
    }

    func obligations(_ sentence: String) -> [(String, Modality)] {
        extract("Monsieur le Préfet,\n\n" + sentence + "\n").obligations.map { ($0.text, $0.modality) }
    }

    /// The period's formulas: "Je vous serai obligé de" and "Il y aura lieu pour vous de"
    /// instruct; "Je crois devoir vous rappeler que" recalls.
    func testOlderFormulas() {
        XCTAssertEqual(obligations("Je vous serai obligé de me faire parvenir le nombre des électeurs inscrits.").map(\.1), [.obligation])
        XCTAssertEqual(obligations("Il y aura lieu pour vous de m'adresser tous les mois un état des déclarations.").map(\.1), [.obligation])
        XCTAssertEqual(obligations("Je crois devoir vous rappeler que les fonctionnaires placés sous vos ordres doivent observer la plus stricte neutralité.").map(\.1), [.reminder])
        // Counter-examples: the ministry's own intent, and a bare "il y aura lieu de
        // craindre" are no formulas of these ("je crois devoir vous adresser" announces).
        // ("Je serai heureux de connaître votre avis" asks the addressees, softly: advice.)
        XCTAssertEqual(obligations("Je crois devoir vous adresser ci-joint un exemplaire du décret.").count, 0)
        XCTAssertEqual(obligations("Je serai heureux de vous recevoir au ministère.").count, 0)
        XCTAssertEqual(obligations("Je serai heureux de connaître votre avis sur ce point.").map(\.1), [.recommendation])
    }

    /// "par retour du courrier": as soon as possible.
    func testByReturnOfPost() {
        let d = extract("Monsieur le Préfet,\n\nJe vous serai obligé de me faire parvenir par retour du courrier le nombre des électeurs inscrits.\n")
        XCTAssertEqual(d.deadlines.map(\.value), ["asap"])
        // Counter-example: the post's return described, no "par".
        XCTAssertEqual(extract("Monsieur le Préfet,\n\nLe retour du courrier des mairies est assuré chaque semaine par la poste.\n").deadlines.map(\.value).filter { $0 == "asap" }, [])
    }

    /// "à Messieurs les Préfets régionaux": the Vichy office keeps its own slug; "le préfet
    /// de la région" is still the regional préfet of today.
    func testRegionalPrefectsOfTheForties() {
        let d = extract("ÉTAT FRANÇAIS\nMINISTÈRE DE L'INTÉRIEUR\n\nVichy, le 18 novembre 1941.\n\nLE SECRÉTAIRE GÉNÉRAL POUR LA POLICE\n\nà Messieurs les Préfets régionaux,\nà Messieurs les Préfets.\n\nJe vous prie de bien vouloir me faire parvenir un état numérique.\n")
        XCTAssertEqual(Set(d.addressees.map(\.id)), ["prefet-regional", "prefet-de-departement"])
        let today = extract("MINISTÈRE DE L'INTÉRIEUR\n\nParis, le 3 mars 2015\n\nLe ministre de l'intérieur\n\nà\n\nMonsieur le préfet de la région Bretagne\n\nJe vous demande de me faire parvenir un état numérique.\n")
        XCTAssertEqual(today.addressees.map(\.id), ["prefet-de-region"])
    }

    /// "Je vous prie de rappeler aux maires qu'ils sont tenus de publier…": the préfets must
    /// pass the rule on; one directive, whose text holds what they must recall.
    func testAQueClauseToPassOnIsTheDirectivesContent() {
        let a = obligations("Je vous prie de rappeler aux maires qu'ils sont tenus de publier le tableau rectificatif avant le 15 janvier.")
        XCTAssertEqual(a.count, 1)
        XCTAssertTrue(a.first?.0.contains("sont tenus de publier") == true)
        XCTAssertEqual(a.first?.1, .obligation)
        let b = obligations("Je vous demande de rappeler aux commissaires de police que la carte ne peut être délivrée qu'au vu d'un passeport.")
        XCTAssertEqual(b.map(\.1), [.obligation])
    }

    /// Counter-examples: past ";" a modal is a rule of its own; a second-person directive
    /// after "et" is a second directive.
    func testARuleAfterTheRelayedClauseStaysADirective() {
        XCTAssertEqual(obligations("Je vous prie de rappeler ces règles aux maires ; les commissions administratives doivent être constituées avant le 1er janvier.").count, 2)
        XCTAssertEqual(obligations("Je vous demande de réunir les maires et vous devrez leur indiquer les délais.").count, 2)
        // No verb of saying: "que" is a relative, and the modal no content to pass on.
        XCTAssertEqual(obligations("Je vous demande de réunir les maires que la loi désigne ; ils doivent être convoqués par écrit.").count, 2)
    }

    /// "(pour information : MM. les Sous-Préfets)" opening its line heads the titles it
    /// encloses: the sous-préfets are copies, the title above stays an addressee.
    func testAParenthesisedCopyCueOpeningItsLine() {
        let d = extract("MINISTERE DE L'INTERIEUR\n\n      Paris, le 15 janvier 1957\n\n  Le Ministre de l'Intérieur\n  à\n  Messieurs les Préfets,\n  Monsieur le Gouverneur général de l'Algérie.\n\n  (pour information : MM. les Sous-Préfets)\n\n  Objet : Contrôle des armes et munitions.\n\n  Je vous prie de vouloir bien inviter les services de police à procéder à un contrôle.\n")
        let roles = Dictionary(d.addressees.map { ($0.id, $0.role) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(roles["gouverneur-general-de-l-algerie"], .to)
        XCTAssertEqual(roles["sous-prefet"], .cc)
        XCTAssertEqual(roles["prefet-de-departement"], .to)
        // Counter-example: "(pour information)" after a title tags that title.
        let t = extract("MINISTERE DE L'INTERIEUR\n\nParis, le 7 janvier 1963\n\nLe Ministre de l'Intérieur\n\nà\n\nMessieurs les Préfets\nMessieurs les Sous-Préfets (pour information)\n\nJe vous invite à réunir sans délai les représentants des services.\n")
        let r2 = Dictionary(t.addressees.map { ($0.id, $0.role) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(r2["sous-prefet"], .cc)
        XCTAssertEqual(r2["prefet-de-departement"], .to)
    }

    /// "TELEGRAMME OFFICIEL / MINISTRE INTERIEUR A PREFETS METROPOLE": a telegram to the
    /// préfets is a circular, its route line names the sender, its last line the signer.
    func testATelegramsRouteLine() {
        let t = "TELEGRAMME OFFICIEL\n\nPRIORITE ABSOLUE\n\nMINISTRE INTERIEUR A PREFETS METROPOLE\n\nNR 1427 DU 12 MAI 1968\n\nIL VOUS APPARTIENDRA DE PRENDRE TOUTES MESURES UTILES POUR ASSURER LA LIBERTE DE CIRCULATION. STOP.\n\nCHRISTIAN FOUCHET\n"
        let d = extract(t)
        XCTAssertEqual(d.metadata.kind, .circulaire)
        XCTAssertEqual(d.metadata.emitter, "ministre-de-l-interieur")
        XCTAssertEqual(d.metadata.signatory?.lowercased(), "christian fouchet")
        XCTAssertEqual(d.metadata.date, "1968-05-12")
        // Its recipients after "A", parted by a dash, are the addressees.
        let both = extract(t.replacingOccurrences(of: "PREFETS METROPOLE", with: "PREFETS METROPOLE - PREFET DE POLICE"))
        XCTAssertEqual(Set(both.addressees.map { "\($0.id) \($0.role)" }), ["prefet-de-departement to", "prefet-de-police to"])
        // A header line whose "a" leads to no title is no route: no addressee from it.
        let office = extract("MINISTERE DE L'INTERIEUR\nSECRETARIAT D'ETAT A LA COMMUNICATION\n\nParis, le 3 mars 1975\n\nIL VOUS APPARTIENDRA DE PRENDRE TOUTES MESURES UTILES.\n")
        XCTAssertEqual(office.addressees.map(\.id), [])
        // Counter-examples: a sender before "a" and no recipient after it routes nothing; a
        // press item that speaks of a telegram in its prose is still an article.
        XCTAssertNil(extract("Objet : essai\n\nJUSTICE A ETE RENDUE AUX FAMILLES\n\nLes familles ont été reçues par le préfet.\n").metadata.emitter)
        let press = extract("Le ministre de l'Intérieur a envoyé lundi un télégramme à l'ensemble des préfets pour leur demander de renforcer la vigilance autour des lieux de culte.\n")
        XCTAssertNotEqual(press.metadata.kind, .circulaire)
    }

    /// "Les étrangers qui n'auront pas fait leur déclaration dans le délai de quinze jours
    /// seront passibles des peines de simple police": the period of a penalty is the law's, a
    /// duration, no deadline of the préfets.
    func testAPenaltysPeriodIsTheLaws() {
        let d = extract("Monsieur le Préfet,\n\nLes étrangers qui n'auront pas fait leur déclaration dans le délai de quinze jours seront passibles des peines de simple police.\n")
        XCTAssertEqual(d.deadlines.map(\.value), [])
        // Counter-example: spoken to the addressees, the period binds them.
        let v = extract("Monsieur le Préfet,\n\nVous convoquerez dans le délai de quinze jours les étrangers passibles d'une amende.\n")
        XCTAssertEqual(v.deadlines.map(\.value), ["P15D"])
    }

    /// "VOUS ME RENDREZ COMPTE CHAQUE SOIR DE LA SITUATION": a report every evening is daily.
    func testEveryEveningIsDaily() {
        XCTAssertEqual(extract("Monsieur le Préfet,\n\nVous me rendrez compte chaque soir de la situation.\n").deadlines.map(\.value), ["R/P1D"])
        // Counter-example: one evening is no periodicity.
        XCTAssertEqual(extract("Monsieur le Préfet,\n\nVous me rendrez compte ce soir de la situation.\n").deadlines.map(\.value).filter { $0.hasPrefix("R/") }, [])
    }
}
