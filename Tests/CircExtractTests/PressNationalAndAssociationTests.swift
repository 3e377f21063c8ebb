import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// National dailies, live blogs, association, union and legal-news pages that report a
/// minister's or a director's instruction: a recipient's title that stops where the request
/// starts, a bare modal's second infinitive, the page's own publication date, the author a
/// kind word names, a collective title that stands for the recipients the item names — each
/// rule with the counter-example where it could overreach.
final class PressNationalAndAssociationTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    var snippetKind: DocumentKind { .article }

    static let byline = "Le Parisien\n\nPar la rédaction, le 20 juillet 2024\n\n"

    // MARK: a recipient's title ends where the request starts

    func testARequestAfterATitleIsNoPartOfIt() {
        let central = addressees(Self.byline + "Le préfet de police demande aux commissaires centraux de verbaliser tout véhicule dans les périmètres de sécurité.\n")
        XCTAssertEqual(central, ["commissaire-central to"])
        let adverb = addressees(Self.byline + "Il est demandé aux commandants de compagnie de saisir systématiquement les véhicules utilisés.\n")
        XCTAssertEqual(adverb, ["commandant-de-compagnie to"])
        let o = extract(Self.byline + "Le préfet de police demande aux commissaires centraux de verbaliser tout véhicule dans les périmètres.\n").obligations
        XCTAssertEqual(find(o, "commissaires centraux")?.actor, "commissaire-central")
    }

    func testATitlesOwnComplementGoesOn() {
        // "de police judiciaire", "de premier degré": the title's complement, no request.
        let police = addressees(Self.byline + "Le préfet demande aux chefs de service de police de verbaliser les contrevenants.\n")
        XCTAssertTrue(police.contains("chef-de-service-de-police to"), "\(police)")
    }

    func testAnElidedComplementInLowerCaseGoesOn() {
        let a = addressees(Self.byline + "Dans une note du 6 mai, le préfet de police demande aux commissaires d'arrondissement de multiplier les contrôles d'identité.\n")
        XCTAssertEqual(a, ["commissaire-d-arrondissement to"])
        let o = extract(Self.byline + "Le préfet de police demande aux commissaires d'arrondissement de multiplier les contrôles d'identité.\n").obligations
        XCTAssertEqual(find(o, "commissaires d'arrondissement")?.actor, "commissaire-d-arrondissement")
    }

    func testAnElidedInfinitiveOrPlaceEndsTheTitle() {
        let asked = addressees(Self.byline + "Le ministre de l'Intérieur demande aux préfets d'examiner chaque dossier avec attention.\n")
        XCTAssertEqual(asked, ["prefet-de-departement to"])
        let place = addressees(Self.byline + "Le préfet de région demande aux maires d'Île-de-France de relayer les consignes.\n")
        XCTAssertEqual(place, ["maire to"])
    }

    // MARK: a bare modal's second infinitive

    func testABareModalsSecondInfinitiveIsASecondCommand() {
        let o = obligations("Les préfets doivent aussi recenser les places disponibles et informer chaque semaine la direction générale des étrangers en France.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "informer chaque semaine"))
        XCTAssertEqual(find(o, "informer chaque semaine")?.modality, .obligation)
        let may = obligations("Les préfets pourront adapter les modalités de la remontée et solliciter l'appui des services de la DGEF.")
        XCTAssertEqual(find(may, "solliciter l'appui")?.modality, .permission)
        // An object pronoun before the second infinitive; a first infinitive that is a
        // request verb of its own ("interdire").
        let pronoun = obligations("Les préfets doivent réunir les gestionnaires et leur présenter le dispositif avant le 15 janvier 2018.")
        XCTAssertNotNil(find(pronoun, "leur présenter le dispositif"))
        let ban = obligations("Les préfets devront aussi interdire les rassemblements aux abords des préfectures et transmettre chaque soir un bilan.")
        XCTAssertNotNil(find(ban, "transmettre chaque soir un bilan"))
    }

    func testNounsAfterTheModalsObjectAreNoCommand() {
        let nouns = obligations("Les préfets doivent recenser les lieux de culte et les établissements scolaires du département.")
        XCTAssertEqual(nouns.count, 1, "\(nouns.map(\.text))")
        // A circular's own "vous devez X et Y" is one directive of two steps, as "de X et de Y".
        let circular = obligations("Vous devez recenser les places disponibles et informer chaque semaine mes services.", kind: .circulaire)
        XCTAssertEqual(circular.count, 1, "\(circular.map(\.text))")
    }

    // MARK: a collective title that stands for the recipients named

    func testElusStandForTheMairesTheLetterIsSentTo() {
        let text = "Sécheresse : la préfète écrit aux maires\n\nPublié le 02/08/2025\n\nDans un courrier adressé vendredi aux maires du département, la préfète du Gers demande aux élus de relayer les restrictions d'eau auprès de leurs administrés.\n"
        let d = extract(text)
        XCTAssertEqual(Set(d.addressees.map(\.id)), ["maire"])
        XCTAssertEqual(d.obligations.first { $0.text.contains("demande aux élus") }?.actor, "maire")
    }

    func testElusAloneStayElus() {
        let d = extract("Sécheresse dans le Morbihan\n\nPublié le 22/07/2025\n\nLa préfète du Morbihan demande aux élus de limiter l'arrosage des espaces verts communaux.\n")
        XCTAssertEqual(Set(d.addressees.map(\.id)), ["elu"])
        XCTAssertEqual(d.obligations.first?.actor, "elu")
    }

    // MARK: an association's own demand

    func testAnAssociationsDemandIsNoDirective() {
        let o = obligations("Le Secours catholique demande le retrait de ce texte, qui fait des centres d'hébergement des lieux de contrôle.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
        let minister = obligations("Le ministre demande aux préfets de constituer des équipes mobiles chargées de se rendre dans les centres d'hébergement.")
        XCTAssertEqual(minister.count, 1)
    }

    // MARK: the page's own publication date

    func testAPublicationLineUnderTheTextDatesThePage() {
        let d = extract("Secours Catholique\n\nHébergement d'urgence : la circulaire en questions\n\nLe 12 décembre 2017, le ministre de l'Intérieur et le ministre de la Cohésion des territoires ont adressé aux préfets une circulaire sur l'hébergement d'urgence.\n\nElle demande aux préfets de constituer des équipes mobiles.\n\nArticle publié le 20 décembre 2017\n")
        XCTAssertEqual(d.metadata.date, "2017-12-20")
        let section = extract("Maître Hélène Garnier – Avocat au Barreau de Lille\n\nPublié dans Droit des étrangers le 3 juin 2024\n\nRétention : la note de la DGEF\n\nUne note de la direction générale des étrangers en France du 22 mai 2024 a été adressée aux préfets. Elle leur demande de saisir le juge dans les quarante-huit heures.\n")
        XCTAssertEqual(section.metadata.date, "2024-06-03")
    }

    func testADatelineStillDatesAWire() {
        let d = extract("Paris, 14 octobre 2024 (AFP) - Le ministre de l'Intérieur a adressé une circulaire aux préfets pour leur demander d'intensifier la lutte contre les points de deal.\n\nLire aussi : Points de deal, un bilan mitigé. Publié le 02/09/2024\n")
        XCTAssertEqual(d.metadata.date, "2024-10-14")
    }

    // MARK: the author a kind word names

    func testTheAuthorAKindWordNamesIsTheEmitter() {
        let justice = extract("TRIBUNE. Détention provisoire\n\nPar le Syndicat de la magistrature\nPublié le 21 janvier 2025 à 18h00\n\nLa circulaire du garde des Sceaux du 15 janvier 2025 demande aux procureurs de la République de requérir systématiquement le placement en détention provisoire.\n")
        XCTAssertEqual(justice.metadata.emitter, "ministre-de-la-justice")
        let dgef = extract("Publié dans Droit des étrangers le 3 juin 2024\n\nUne note de la direction générale des étrangers en France du 22 mai 2024 a été adressée aux préfets. Elle leur demande de saisir le juge dans les quarante-huit heures.\n")
        XCTAssertEqual(dgef.metadata.emitter, "direction-generale-des-etrangers-en-france")
        // Whoever the item shows acting comes first.
        let acting = extract("Nos actualités\n\nMineurs non accompagnés : une note de la DGEF aux préfets\n\nArticle publié le 18 octobre 2023\n\nDans une note du 10 octobre 2023, le directeur général des étrangers en France demande aux préfets de saisir le fichier d'appui à l'évaluation de la minorité.\n")
        XCTAssertEqual(acting.metadata.emitter, "directeur-general-des-etrangers-en-france")
    }

    func testAServiceARequestIsAddressedToIsNoAuthor() {
        let d = extract("Publié le 3 juin 2024\n\nUne note adressée à la direction générale des étrangers en France par les préfets du Sud-Est signale un afflux de demandes.\n")
        XCTAssertNotEqual(d.metadata.emitter, "direction-generale-des-etrangers-en-france")
    }

    // MARK: who the recipients act on

    func testATitleAfterAnInfinitiveIsNoRecipient() {
        let a = addressees(Self.byline + "Le ministre a diffusé une instruction aux préfets. Ils sont invités à réunir les maires concernés avant le 30 avril.\n")
        XCTAssertEqual(a, ["prefet-de-departement to"])
        // A request's own infinitive still names its recipients.
        let appeal = addressees(Self.byline + "Le ministre a adressé une circulaire pour appeler les préfets à la plus grande vigilance.\n")
        XCTAssertTrue(appeal.contains("prefet-de-departement to"), "\(appeal)")
    }

    // MARK: a ban the item reports

    func testANegatedFutureOfAThingIsABan() {
        let o = obligations("Les véhicules ne pourront pas stationner à moins de 500 mètres des sites olympiques.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .prohibition)
        XCTAssertNil(o.first?.actor)
        XCTAssertEqual(obligations("Les commerces ne pourront plus vendre d'alcool après 20 heures.").first?.modality, .prohibition)
    }

    func testAPronounsOrAPassivesNegatedFutureIsNoBan() {
        for s in ["Ils ne pourront pas stationner plus longtemps, regrette le maire."] {
            XCTAssertTrue(obligations(s).isEmpty, "\(s) → \(obligations(s).map(\.text))")
        }
    }

    // MARK: what an act or an operation is

    func testAParticipleAfterAnActIsTheRequestsContent() {
        let o = obligations("Il leur demande également de « prendre sans délai des arrêtés » interdisant l'usage des mortiers d'artifice.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .obligation)
        // A letter is no act: its participle reports the request.
        let letter = obligations("Le ministre de l'Intérieur a adressé aux préfets un courrier demandant la mise en place de cellules de veille.")
        XCTAssertEqual(letter.count, 1, "\(letter.map(\.text))")
    }

    func testAForcesFutureInTheItemsVoiceDescribesTheOperation() {
        let o = obligations("Les forces de l'ordre réaliseront des contrôles aux abords des gares parisiennes tout au long de la soirée, indique la préfecture de police.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    func testAForcesFutureATextSetsIsADuty() {
        let told = obligations("Les forces de l'ordre procéderont à des contrôles renforcés aux abords des lieux de culte, précise le télégramme.")
        XCTAssertEqual(told.first?.actor, "forces-de-securite-interieure")
        let quoted = obligations("« Les services de police procéderont à la verbalisation de toute distribution constatée dans le périmètre. »")
        XCTAssertEqual(quoted.count, 1, "\(quoted.map(\.text))")
        let circular = obligations("Les forces de sécurité intérieure procéderont aux contrôles.", kind: .circulaire)
        XCTAssertEqual(circular.count, 1)
    }

    // MARK: a reminder of a penalty

    func testAReminderOfWhatTheLawPunishes() {
        let o = obligations("Le texte rappelle que la loi du 27 juillet 2023 punit l'occupation illicite de trois ans d'emprisonnement.")
        XCTAssertEqual(o.first?.modality, .reminder, "\(o.map(\.text))")
    }

    // MARK: who signs

    func testAnInterviewedOfficialOrAnOrganisationSignsNothing() {
        let interview = extract("Entretien. Procureure de la République à Meaux, Laure Vasseur détaille la circulaire du garde des Sceaux du 3 octobre 2025.\n\nPublié le 9 octobre 2025\n\nLe ministre demande aux procureurs de déférer systématiquement les auteurs de violences conjugales.\n")
        XCTAssertNil(interview.metadata.signatory)
        let ngo = extract("Secours Catholique\n\nPublié le 20 décembre 2017\n\nLa circulaire demande aux préfets de constituer des équipes mobiles. Le Secours Catholique demande le retrait de ce texte.\n")
        XCTAssertNil(ngo.metadata.signatory)
    }

    func testTheMinisterInAppositionStillSigns() {
        let d = extract("Publié le 14 octobre 2024\n\nLe ministre de l'Intérieur, Bruno Retailleau, a demandé aux préfets d'intensifier la lutte contre les points de deal.\n")
        XCTAssertEqual(d.metadata.signatory, "Bruno Retailleau")
    }

    // MARK: a wish with an adverb after its verb

    func testAnAdverbAfterAWishVerbKeepsItsClause() {
        let o = obligations("Le ministre exige également des préfets qu'ils fassent appel de toute décision de remise en liberté.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        // A wish whose "que" clause stands further is no request ("exige de longs délais que…").
        let far = obligations("Le ministre exige depuis plusieurs mois des moyens que le budget ne prévoit pas.")
        XCTAssertTrue(far.isEmpty, "\(far.map(\.text))")
    }
}
