import CircContract
@testable import CircExtract
import XCTest

/// Rule tests for classes seen on a blind set once it was spent (scored at the start and end
/// of two sessions, then developed on): "comme il convient" as an aside, a ban an authority
/// sets (actor null), "ordonne que" and "recommande" + noun in a press item, what a situation
/// "exige" of "votre" effort, the older "Je désire … recevoir", a date run into a fax's hour,
/// a bulletin's "Du DATE" line and its "Texte(s) abrogé(s) :" list, a civility governed by a
/// verb of sending in prose, and the vocatives of a letter excerpt with no block. Each on
/// sentences written for the rule, with the counter-example it could overreach into.
final class SpentBlindSetSecondRoundTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    /// "comme il convient", "ainsi qu'il convient": as is fitting, inside another clause.
    func testAsItIsFittingIsNoAdvice() {
        let os = obligations("Vous veillerez à ce que les services d'enquête saisissent comme il convient le parquet compétent.\n")
        XCTAssertEqual(os.map(\.modality), [.obligation], "\(os.map(\.text))")
        let so = obligations("Les agents rendront compte de leur action, ainsi qu'il convient de le faire pour toute mission.\n")
        XCTAssertFalse(so.contains { $0.modality == .recommendation }, "\(so.map(\.text))")
        // Counter-example: the marker on its own advises.
        XCTAssertEqual(obligations("Il convient de saisir le parquet sans délai.\n").map(\.modality), [.recommendation])
    }

    /// "Le préfet interdit la vente de …": the authority sets a ban that binds everyone.
    func testABanAnAuthoritySetsBindsNobodyInParticular() {
        for s in ["Le préfet de la Corrèze interdit temporairement la vente d'alcool à emporter.",
                  "Le préfet a décidé d'interdire l'usage des pétards dans tout le département."] {
            let os = obligations(s + "\n", kind: .article)
            XCTAssertEqual(os.map(\.modality), [.prohibition], s)
            XCTAssertNil(os.first?.actor, s)
        }
        // Counter-example: a ban made of a named recipient is theirs.
        let os = obligations("Le préfet interdit aux maires de délivrer de nouvelles autorisations.\n", kind: .article)
        XCTAssertEqual(os.first?.actor, "maire")
    }

    /// A press item: "ordonne que" + a role, "recommande" + a noun, after an authority.
    func testOrderedClauseAndRecommendedNounAreReported() {
        let ordered = obligations("Une note du ministère ordonne que les préfets réexaminent chaque dossier en souffrance.\n", kind: .article)
        XCTAssertEqual(ordered.map(\.modality), [.obligation])
        XCTAssertEqual(ordered.first?.actor, "prefet-de-departement")
        let prefects = [Addressee(id: "prefet-de-departement", role: .to, text: "préfets", span: nil)]
        let advised = obligations("La circulaire recommande la signature de protocoles entre les parquets et les communes.\n", kind: .article, to: prefects)
        XCTAssertEqual(advised.map(\.modality), [.recommendation])
        // Counter-example: advice in an item that names no recipient is a public appeal.
        XCTAssertEqual(obligations("Le ministre recommande la prudence sur les routes enneigées.\n", kind: .article, to: []).count, 0)
        // Counter-examples: a court orders, a report advises — no instruction.
        XCTAssertEqual(obligations("Le tribunal ordonne que l'intéressé soit remis en liberté.\n", kind: .article).count, 0)
        XCTAssertEqual(obligations("Le rapport recommande la création d'un fichier national.\n", kind: .article).count, 0)
    }

    /// What a situation "exige" / "nécessite" of "votre" effort is the addressees' duty.
    func testWhatASituationDemandsOfYourEffortIsADuty() {
        for s in ["La réussite de ce plan exige votre pleine mobilisation.",
                  "La saison estivale nécessite votre plus grande vigilance."] {
            XCTAssertEqual(obligations(s + "\n").map(\.modality), [.obligation], s)
        }
        // Counter-example: what a scheme requires of means binds nobody.
        XCTAssertEqual(obligations("Ce dispositif exige des moyens importants.\n").count, 0)
    }

    /// The older letters' "Je désire, Monsieur le Préfet, recevoir …": a request for a report.
    func testTheMinisterDesiringToReceiveAsksForIt() {
        let os = obligations("Je désire, Monsieur le Préfet, recevoir les états de votre département dans les premiers jours de septembre.\n")
        XCTAssertEqual(os.map(\.modality), [.obligation])
        // Counter-example: a wish of thanks asks nothing.
        XCTAssertEqual(obligations("Je voudrais vous remercier du concours de vos services.\n").count, 0)
    }

    /// A numeric date whose year ran into an hour ("18/10/9920:40") is no date; the letter's
    /// own dateline dates it.
    func testADateRunIntoAFaxHourIsNoDate() {
        let months = ["octobre": 10]
        XCTAssertNil(FrenchDate.parse("18/10/9920", months: months))
        XCTAssertNil(FrenchDate.parse("12/14/2020", months: months), "no fourteenth month")
        XCTAssertEqual(FrenchDate.parse("18/10/99", months: months)?.year, 1999)
        // An OCR'd 1940s year with its 9 read as 0 is mended; any other year out of range is none.
        XCTAssertEqual(FrenchDate.parse("6 octobre 1041", months: months)?.year, 1941)
        XCTAssertNil(FrenchDate.parse("6 octobre 3041", months: months)?.year)
        let fax = "Fax émis le 18/10/9920:40 par 01 40 07 65 10 MINISTERE DE L'INTERIEUR\n\nLE MINISTRE\n\nLe 11 octobre 1999\n\nMonsieur le Préfet,\n\nVous veillerez à l'exécution rapide des décisions.\n\nJean DUPONT\n"
        XCTAssertEqual(extract(fax).metadata.date, "1999-10-11")
    }

    /// An act of contact or report qualified as immediate is to be done at once; a text's
    /// immediate application is when it applies.
    func testAnImmediateActOfContactIsAsap() {
        let asked = "Monsieur le Préfet,\n\nJe vous demande de prendre l'attache immédiate des maires concernés.\n"
        XCTAssertEqual(extract(asked).deadlines.map(\.value), ["asap"])
        let applies = "Monsieur le Préfet,\n\nJe vous demande de noter que ces dispositions sont d'application immédiate.\n"
        XCTAssertEqual(extract(applies).deadlines.map(\.value), [])
    }

    /// A bulletin's title, its date on the line below ("Du 15 juin 1987"), and the texts it
    /// abrogates listed under a label line: the date is the title's, the abrogated text a
    /// reference.
    func testABulletinsDateLineAndAbrogatedTexts() {
        let bo = "CIRCULAIRE du Premier ministre relative à la rédaction des actes.\n\nDu 3 mars 1988\n\nTexte(s) abrogé(s) :\n\nCirculaire n° 12-SGG du 14 mai 1979 du Premier ministre.\n\nLes actes doivent être rédigés avec clarté.\n"
        let doc = extract(bo)
        XCTAssertEqual(doc.metadata.date, "1988-03-03")
        XCTAssertTrue(doc.references.map(\.id).contains("circulaire:1979-05-14"), "\(doc.references.map(\.id))")
        // Counter-example: the same title with its date on its own line is still the text's.
        let dated = "CIRCULAIRE du 3 mars 1988 relative à la rédaction des actes.\n\nLes actes doivent être rédigés avec clarté.\n"
        XCTAssertEqual(extract(dated).metadata.date, "1988-03-03")
    }

    /// "à adresser à MM. les membres …" in prose opens no block; the letter's vocatives name
    /// its reader where the excerpt has no block.
    func testProseCivilityAndVocativesOfAnExcerpt() {
        let page = "CIRCULAIRE.\n\nLes registres seront tenus à jour. Je n'ai point d'instructions nouvelles à adresser à MM. les membres des commissions au sujet de ces états. Veuillez, Monsieur le Préfet, m'accuser réception de la présente circulaire.\n"
        XCTAssertEqual(addressees(page), ["prefet-de-departement to"])
        // Counter-example: a title opening its sentence as its subject is no vocative.
        let told = "CIRCULAIRE.\n\nLes registres seront tenus à jour, comme le préfet de police l'a rappelé, lors de la réunion, aux services.\n"
        XCTAssertEqual(addressees(told), [])
    }

    /// Lines of a list that lost its bullets, each opening on a measure noun, are as many
    /// measures; one such line alone may be a wrapped sentence.
    func testMeasureLinesOfABulletlessList() {
        let list = "Le préfet restreint l'usage de l'eau.\nLe classement en alerte engage plusieurs mesures telles que :\ninterdiction de remplir les piscines privées\ninterdiction d'arroser les jardins de 8 h à 20 h\n"
        let os = obligations(list, kind: .article)
        XCTAssertEqual(os.map(\.modality), [.prohibition, .prohibition], "\(os.map(\.text))")
        XCTAssertEqual(os.map { $0.actor ?? "null" }, ["null", "null"])
        XCTAssertTrue(os.allSatisfy { $0.text.hasPrefix("interdiction") }, "\(os.map(\.text))")
        // Counter-example: a sentence wrapped before one measure noun is no list.
        let wrapped = "Le conseil municipal a débattu hier soir d'une éventuelle\ninterdiction de stationner aux abords des écoles.\n"
        XCTAssertEqual(obligations(wrapped, kind: .article).count, 0)
    }

    /// An act's own title near the top ("ARRETE portant …", "Arrêté n° …") makes the page that
    /// act, even without its enacting "ARRÊTE :"; an act cited in prose does not.
    func testAnActsOwnTitleMakesThePageAnAct() {
        let act = "REPUBLIQUE FRANCAISE PREFET DE LA GIRONDE ARRETE portant interdiction de la vente d'alcool à emporter\n\nConsidérant les troubles constatés les week-ends précédents ;\n\nLa vente d'alcool à emporter est interdite de 20 h à 8 h.\n"
        XCTAssertEqual(extract(act).metadata.kind, .unknown)
        let numbered = "Préfecture du Cher\n\nArrêté n° 2024-2010 du 24 décembre 2024 interdisant la vente d'artifices\n\nL'usage des artifices est interdit jusqu'au 2 janvier.\n"
        XCTAssertEqual(extract(numbered).metadata.kind, .unknown)
        // Counter-example: a press item citing an act in its prose stays a press item.
        let press = "Bordeaux : la vente d'alcool interdite le week-end\n\nL'arrêté n° 2020-12 du préfet interdit la vente d'alcool à emporter dans le centre-ville, a annoncé la préfecture vendredi.\n"
        XCTAssertNotEqual(extract(press).metadata.kind, .unknown)
    }

    /// The older letters' "auront soin de" is a duty, "s'abstiendront" a ban, of the subject.
    func testCareAndRefrainingInTheFuture() {
        let care = obligations("Vous prescrirez aux agents de procéder aux inventaires. Les agents auront soin de fixer eux-mêmes la date de reprise.\n")
        XCTAssertEqual(find(care, "auront soin")?.modality, .obligation)
        XCTAssertEqual(find(care, "auront soin")?.actor, "agent")
        let refrain = obligations("Les agents s'abstiendront de toute opération pendant les offices.\n")
        XCTAssertEqual(refrain.map(\.modality), [.prohibition])
        XCTAssertEqual(refrain.first?.actor, "agent")
        // Counter-example: a need in the future is no duty.
        XCTAssertEqual(obligations("Le service aura besoin de renforts pendant l'été.\n").count, 0)
    }

    /// A bulletin's kind line that names the sender and the addressees ("Circulaire du ministre
    /// de l'intérieur aux préfets relative à …") opens the block; the same words cited in a
    /// sentence or a list do not.
    func testAKindLineNamingItsSenderAndAddressees() {
        let line = "Circulaire du ministre de l'intérieur aux préfets relative aux élections municipales.\n\nLes maires devront afficher les listes.\n"
        XCTAssertEqual(addressees(line), ["prefet-de-departement to"])
        let cited = "Le ministre de l'intérieur\n\nà\n\nMesdames et Messieurs les maires\n\nComme le rappelait la circulaire du ministre de l'intérieur aux préfets du 3 mai 1990, les listes doivent être affichées.\n"
        XCTAssertEqual(addressees(cited), ["maire to"])
    }
}
