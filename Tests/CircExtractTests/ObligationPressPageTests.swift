import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Press items, préfecture communiqués and pages explaining a circular: quotations said
/// aloud, advice to the page's reader, future invitations, recalled duties and who they bind,
/// a second request's recipient — each rule on sentences written for it, with the
/// counter-example where it could overreach.
final class ObligationPressPageTests: XCTestCase, ObligationRuleTesting {
    var snippetKind: DocumentKind { .article }

    // MARK: quotations said aloud

    func testARuleQuotedFromAPublicStatementIsNoDirective() {
        for s in ["« Les maires doivent être nos premiers capteurs », a expliqué le préfet lors d'une conférence de presse.",
                  "« Il faut que l'Europe protège enfin ses frontières », a-t-il lancé sur un plateau de télévision.",
                  "« Les préfets doivent être d'une fermeté absolue », a déclaré le ministre dimanche."] {
            XCTAssertTrue(obligations(s).isEmpty, "\(s) → \(obligations(s).map(\.text))")
        }
    }

    func testAQuotationFromTheTextOrAskingVousStaysADirective() {
        let written = obligations("« Vous veillerez à ce que chaque décision soit notifiée sans délai », écrit le ministre.")
        XCTAssertEqual(written.count, 1, "\(written.map(\.text))")
        let asked = obligations("« Je vous demande de mobiliser tous les effectifs », a déclaré le ministre aux préfets réunis place Beauvau.")
        XCTAssertEqual(asked.first?.modality, .obligation, "\(asked.map(\.text))")
        // Not said aloud: the quoted rule of the text reported stays.
        let quoted = obligations("« Les interpellations devront faire l'objet d'une communication rapide », précise le télégramme du ministre.")
        XCTAssertEqual(quoted.count, 1, "\(quoted.map(\.text))")
    }

    // MARK: advice to the page's reader

    func testAnImperativeToThePagesReaderIsNoDirective() {
        XCTAssertTrue(obligations("Vous êtes concerné ? N'hésitez pas à contacter notre permanence juridique, ouverte le mardi.").isEmpty)
        // In a circular, the same words invite the addressees.
        let c = obligations("N'hésitez pas à déférer les permis de construire irréguliers.", kind: .circulaire)
        XCTAssertEqual(c.first?.modality, .recommendation, "\(c.map(\.text))")
    }

    // MARK: future invitations and duties

    func testAFutureInvitationBindsItsSubject() {
        let o = obligations("Les chefs d'établissement seront invités à signaler tout comportement suspect au commissariat.")
        XCTAssertEqual(find(o, "seront invités")?.actor, "chef-d-etablissement")
        XCTAssertEqual(find(o, "seront invités")?.modality, .obligation)
        let d = obligations("Les exploitants seront tenus de présenter leur registre à toute réquisition.", kind: .communique)
        XCTAssertEqual(find(d, "seront tenus")?.actor, "exploitant")
        // Invited to an event, in a relative clause: nothing asked.
        XCTAssertTrue(obligations("Les élus qui seront invités à la cérémonie recevront un carton.").isEmpty)
    }

    func testAnAgentsComplementElidesBeforeAVowel() {
        let o = obligations("Les chasseurs doivent être porteurs de leur permis. Les organisateurs d'épreuves doivent reporter les courses.", kind: .communique)
        XCTAssertEqual(find(o, "chasseurs")?.actor, "chasseur")
        XCTAssertEqual(find(o, "organisateurs")?.actor, "organisateur-d-epreuve")
        XCTAssertEqual(obligations("Les gestionnaires des lieux de culte doivent fermer les portes.", kind: .communique).first?.actor,
                       "gestionnaire-de-lieu-de-culte")
    }

    // MARK: a modal in a clause opened by "alors que"

    func testAModalUnderAlorsQueIsNoDirective() {
        XCTAssertTrue(obligations("Ces annonces interviennent alors que le projet de loi doit être examiné au Sénat en novembre.").isEmpty)
        // A main clause after the subordinate one still instructs.
        let o = obligations("Alors que la saison commence, les préfets devront renforcer les contrôles.")
        XCTAssertEqual(o.first?.actor, "prefet-de-departement", "\(o.map(\.text))")
    }

    // MARK: recalled duties

    func testARecalledDutyBindsTheRoleItNames() {
        let o = obligations("Dans une circulaire, le ministère rappelle que les maires doivent désigner au moins quatre assesseurs.")
        XCTAssertEqual(find(o, "rappelle que")?.modality, .reminder)
        XCTAssertEqual(find(o, "rappelle que")?.actor, "maire")
        let r = obligations("L'instruction rappelle aux préfets que tout demandeur d'asile doit se voir proposer un hébergement.")
        XCTAssertEqual(find(r, "rappelle aux préfets")?.actor, "prefet-de-departement")
        let u = obligations("Il est rappelé aux usagers que le lavage des véhicules est interdit.", kind: .communique)
        XCTAssertEqual(find(u, "lavage")?.actor, "usager")
        // Naming no one, it binds the recipient reported before it.
        let n = obligations("Le ministre demande aux recteurs de faire remonter les signalements. Il rappelle que le port de l'abaya est interdit.")
        XCTAssertEqual(find(n, "abaya")?.actor, "recteur-d-academie")
    }

    // MARK: a second request of one sentence

    func testASecondRequestIsMadeOfTheSameRecipient() {
        let o = obligations("""
        Le ministre a adressé un télégramme aux préfets de zone de défense et de sécurité.

        Il leur demande d'activer sans délai les plans d'intempéries et de coordonner l'action des préfets de département.
        """, kind: .communique)
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertEqual(find(o, "coordonner")?.actor, "prefet-de-zone-de-defense-et-de-securite")
        XCTAssertEqual(find(o, "activer")?.actor, "prefet-de-zone-de-defense-et-de-securite")
    }

    // MARK: named services

    func testThePoliceAuxFrontieresIsAService() {
        let o = obligations("Il a aussi demandé à la police aux frontières d'intensifier les contrôles dans les trains.")
        XCTAssertEqual(o.first?.actor, "police-aux-frontieres", "\(o.map(\.text))")
    }

    // MARK: requests reported with the verb of their modality

    func testAReportedBanOrLeaveHasItsModality() {
        let o = obligations("Le texte interdit par ailleurs aux préfets d'accorder des dérogations. La circulaire autorise enfin les préfets à fermer les établissements.")
        XCTAssertEqual(find(o, "interdit par ailleurs")?.modality, .prohibition)
        XCTAssertEqual(find(o, "interdit par ailleurs")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(o, "autorise enfin")?.modality, .permission)
        // Forbidden to a public, not to a role: no request reported (the rule itself stays).
        XCTAssertFalse(obligations("La vente d'alcool est interdite aux mineurs.").contains { $0.marker?.contains("interdit aux") == true })
        XCTAssertTrue(obligations("Les associations autorisent leurs bénévoles à distribuer des repas.").isEmpty)
    }

    func testAPronounRequestKeepsTheModalityOfItsVerb() {
        let o = obligations("Il leur est enfin recommandé de développer les mesures de réparation pénale. Il leur est aussi demandé de privilégier l'assignation.")
        XCTAssertEqual(find(o, "recommandé")?.modality, .recommendation)
        XCTAssertEqual(find(o, "demandé")?.modality, .obligation)
        XCTAssertEqual(obligations("Il leur est rappelé de transmettre chaque mois l'état des procédures.").first?.modality, .reminder)
    }

    func testAnObligationMadeToARecipientIsItsOwn() {
        let o = obligations("Il est fait obligation aux exploitants des établissements recevant du public de mettre à disposition du gel.", kind: .unknown)
        XCTAssertEqual(o.first?.modality, .obligation, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.actor, "exploitant")
        let b = obligations("Il est fait interdiction aux vendeurs ambulants de stationner sur la promenade.", kind: .unknown)
        XCTAssertEqual(b.first?.modality, .prohibition)
        // The adjective narrows the recipient as it does a subject ("Les vendeurs ambulants doivent…").
        XCTAssertEqual(b.first?.actor, "vendeur-ambulant")
        // A fact, no obligation made to anyone.
        XCTAssertTrue(obligations("Il est fait état de plusieurs incidents aux abords du stade.", kind: .unknown).isEmpty)
    }

    func testARequestInACommuniqueIsMadeOfTheRoleItNames() {
        let o = obligations("""
        Le ministre de l'Intérieur a réuni ce matin l'ensemble des préfets place Beauvau.

        Le ministre a également invité les préfets à associer étroitement les maires à la définition de ce plan.
        """, kind: .communique)
        XCTAssertEqual(find(o, "invité les préfets")?.actor, "prefet-de-departement")
    }

    func testARoleNarrowedByAComplementIsTheSubject() {
        let o = obligations("Les communes de plus de 10 000 habitants pourront solliciter l'appui technique des services de l'État.")
        XCTAssertEqual(o.first?.modality, .permission, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.actor, "maire")
        // A noun that is no role before the complement: nobody named, no permission.
        XCTAssertTrue(obligations("Les projets de plus de 10 000 euros pourront solliciter une aide.").isEmpty)
    }

    func testANamedServiceUndergoingAPressRuleIsNoReadersVous() {
        let o = obligations("""
        Le ministre demande aux préfets de renforcer la sécurité des lieux de culte.

        Une présence visible des forces de sécurité intérieure devra être assurée aux abords des églises.
        """)
        XCTAssertEqual(find(o, "présence visible")?.actor, "prefet-de-departement")
    }

    func testARelativeClauseNarrowsTheSubjectBeforeIt() {
        let o = obligations("""
        Les électeurs qui souhaitent voter par procuration doivent en faire la demande au plus tôt. \
        Les communes qui organisent un feu d'artifice doivent obtenir une autorisation préalable. \
        Les personnes qui souhaitent manifester doivent déclarer le parcours.
        """, kind: .communique)
        XCTAssertEqual(find(o, "électeurs")?.actor, "electeur")
        XCTAssertEqual(find(o, "communes")?.actor, "maire")
        XCTAssertNil(find(o, "personnes")?.actor)
        // The modal of the relative clause itself is no directive.
        XCTAssertTrue(obligations("Les électeurs qui doivent voter par procuration sont nombreux.", kind: .communique).isEmpty)
    }

    // MARK: an arrêté's bans in other words

    func testAnArretesBanMaySayNotAdmittedOrProhibited() {
        for s in ["Article 2 : Les chiens ne sont pas admis sur les plages du 1er juin au 30 septembre.",
                  "Article 3 : Le stationnement n'est pas autorisé sur la promenade.",
                  "Article 4 : Le camping sauvage est prohibé sur l'ensemble du littoral.",
                  "Article 5 : Les feux sont strictement proscrits à moins de 200 mètres des bois."] {
            let o = obligations(s, kind: .unknown)
            XCTAssertEqual(o.first?.modality, .prohibition, "\(s) → \(o.map(\.text))")
            XCTAssertNil(o.first?.actor, s)
        }
        // In a relative or a condition, the state of someone or something: no ban.
        XCTAssertFalse(obligations("L'étranger qui n'est pas admis au séjour peut former un recours.", kind: .unknown).contains { $0.modality == .prohibition })
        XCTAssertFalse(obligations("Si le véhicule n'est pas autorisé, il est mis en fourrière.", kind: .unknown).contains { $0.modality == .prohibition })
    }

    // MARK: more ways a press item reports a request

    func testMoreVerbsAndNounsReportARequest() {
        for s in ["Beauvau presse les préfets d'accélérer les expulsions.",
                  "Le ministre a prié les préfets de lui transmettre un état des lieux.",
                  "Mission est confiée aux préfets de recenser les logements vacants.",
                  "Les préfets ont reçu instruction de fermer les établissements concernés."] {
            let o = obligations(s)
            XCTAssertEqual(o.first?.modality, .obligation, "\(s) → \(o.map(\.text))")
            XCTAssertEqual(o.first?.actor, "prefet-de-departement", s)
        }
        let r = obligations("Le ministre rappelle aux préfets leur obligation de motiver chaque refus.")
        XCTAssertEqual(r.first?.modality, .reminder, "\(r.map(\.text))")
        // The noun, and a request made of no role: nothing.
        XCTAssertTrue(obligations("La presse les a beaucoup critiqués.").isEmpty)
        XCTAssertTrue(obligations("Les syndicats pressent le gouvernement d'agir.").isEmpty)
    }
}
