import CircTestSupport
@testable import CircExtract
import CircReader
import CircText
import XCTest

/// Classes of phrasing that real circulars and press items use for their directives (and
/// for what only looks like one), each on sentences written for the purpose. The kind of
/// document is set here rather than left to the metadata reader, so that each test speaks of
/// one rule: a circular's "vous" is its addressees, a press item reports what others must do.
final class ObligationClassTests: XCTestCase, ObligationRuleTesting {
    func press(_ text: String) -> [Obligation] { obligations(text, kind: .article) }

    // MARK: imperative infinitive items

    func testInfinitiveListItemsUnderADirectiveAreDirectives() {
        let o = obligations("Je vous demande de veiller aux points suivants :\n\n- Vérifier la situation administrative de chaque demandeur ;\n- Saisir sans délai le juge des libertés en cas de refus ;\n- Notifier la décision à l'intéressé dans une langue qu'il comprend.")
        XCTAssertEqual(o.count, 4, "\(o.map(\.text))")
        for fragment in ["Vérifier la situation", "Saisir sans délai le juge", "Notifier la décision"] {
            let item = find(o, fragment)
            XCTAssertEqual(item?.modality, .obligation)
            XCTAssertEqual(item?.actor, "addressees")
            XCTAssertFalse(item?.text.contains("Je vous demande") ?? true, "each item is its own directive")
        }
    }

    func testInfinitiveItemsAfterAColonOnOneLine() {
        let o = obligations("Il vous appartient de : vérifier la situation de chaque dossier ; saisir sans délai le procureur de la République ; notifier la décision au demandeur.")
        XCTAssertEqual(o.count, 3, "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "saisir sans délai le procureur"))
        XCTAssertNotNil(find(o, "notifier la décision au demandeur"))
        let joined = press("Autre demande faite aux préfets : envoyer un courrier aux associations et convoquer les responsables des lieux concernés.")
        XCTAssertEqual(joined.count, 2, "\(joined.map(\.text))")
        XCTAssertNotNil(find(joined, "convoquer les responsables"))
    }

    func testItemsThatCarryTheirIntroductionsComplement() {
        // "Il vous appartient également :" then "- de désigner …": the "de" is in each item.
        let o = obligations("Il vous appartient également :\n\n- de désigner un référent au sein de vos services ;\n- d'établir un état des lieux des signalements ;\n- de me rendre compte des difficultés rencontrées.")
        XCTAssertEqual(o.count, 3, "\(o.map(\.text))")
        XCTAssertTrue(o.allSatisfy { $0.modality == .obligation && $0.actor == "addressees" })
        XCTAssertNotNil(find(o, "de désigner un référent"))
    }

    func testNounItemsStayWithTheirIntroductionAndItemsOfNoDirectiveAreNone() {
        let nouns = obligations("Vous me transmettrez avant le 15 mars :\n\n- le nombre de dossiers traités ;\n- le calendrier des réunions.")
        XCTAssertEqual(nouns.count, 1)
        XCTAssertTrue(nouns.first?.text.contains("calendrier des réunions") ?? false)
        let described = obligations("Le service départemental a pour rôle de :\n\n- vérifier les dossiers ;\n- instruire les demandes de titre.")
        XCTAssertTrue(described.isEmpty, "\(described.map(\.text))")
    }

    // MARK: invitations and impersonal duties

    func testInvitationAndImpersonalNecessityAreObligations() {
        let o = obligations("Je vous invite à désigner un référent dans chaque arrondissement. Il est donc essentiel que vous réunissiez les maires avant la fin du mois. Il est absolument indispensable que les services se coordonnent. Il me paraît impératif que les contrôles soient renforcés. J'invite à la création d'un comité de suivi dans chaque département.")
        XCTAssertEqual(o.map(\.modality.rawValue), Array(repeating: "obligation", count: 5), "\(o.map(\.text))")
        XCTAssertEqual(Set(o.compactMap(\.actor)), ["addressees"])
    }

    // MARK: reported requests

    func testRequestsRelayedToTheAddressees() {
        // A préfet relaying the minister to the maires; an impersonal request in a circular.
        let o = obligations("M. le ministre de l'Intérieur vous a demandé de recenser les logements vacants de votre commune. Il est demandé aux communes de transmettre ce recensement avant le 1er juin.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["obligation", "obligation"], "\(o.map(\.text))")
        XCTAssertEqual(o.map(\.actor), ["addressees", "maire"])
    }

    func testReportedRequestsOfAPressItem() {
        let o = press("Le ministre de l'Intérieur a demandé lundi aux préfets de renforcer la surveillance des marchés. Il a également appelé les préfets à la plus grande fermeté. Selon la note, les préfets sont invités à réunir les élus. Les préfets ont ordre de fermer les établissements en infraction. Dans les départements touchés, il est demandé aux communes d'ouvrir un registre. Le ministre a fixé une instruction demandant aux préfets de région d'élaborer un plan.")
        XCTAssertEqual(o.count, 6, "\(o.map(\.text))")
        XCTAssertTrue(o.allSatisfy { $0.modality == .obligation }, "\(o.map(\.modality.rawValue))")
        XCTAssertEqual(find(o, "surveillance des marchés")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(o, "plus grande fermeté")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(o, "sont invités à réunir")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(o, "ont ordre de fermer")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(o, "ouvrir un registre")?.actor, "maire")
        XCTAssertEqual(find(o, "élaborer un plan")?.actor, "prefet-de-region")
        XCTAssertTrue(o.allSatisfy(\.reported))
    }

    func testReportedRequestWithItsObjectAndARelayedSecondRequest() {
        let o = press("La direction générale demande la mise en place d'une permanence dans chaque commune. Le ministre a réuni les préfets et leur a demandé de « ne pas hésiter à utiliser tous les moyens de droit disponibles » et de « tenir bon face aux pressions locales ».")
        XCTAssertEqual(o.count, 3, "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "mise en place d'une permanence"))
        XCTAssertNotNil(find(o, "tenir bon face aux pressions"))
    }

    func testAPressItemsOwnAddressToItsReaderIsNoDirective() {
        let o = press("Le ministre a demandé aux préfets de renforcer les contrôles routiers.\n\nVous pouvez retrouver l'intégralité du télégramme sur notre site. Abonnez-vous à notre lettre d'information.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        // A quotation that runs over two sentences is still the minister speaking.
        let quoted = press("Le ministre écrit aux préfets : « La menace reste élevée. Je vous demande de renforcer la surveillance des lieux de culte. »")
        XCTAssertEqual(quoted.count, 1, "\(quoted.map(\.text))")
        XCTAssertEqual(quoted.first?.actor, "prefet-de-departement")
    }

    func testReportedWishesAndTwoRequestsInOneSentence() {
        let o = press("Le ministre souhaite également que les maires soient associés aux opérations. Les riverains souhaitent que la police intervienne plus souvent. Dans un télégramme, il leur demande d'intensifier les contrôles et de saisir systématiquement les véhicules.")
        XCTAssertEqual(o.count, 3, "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "souhaite également que les maires"))
        XCTAssertNotNil(find(o, "de saisir systématiquement les véhicules"))
    }

    func testPublicAppealsAreNotDirectives() {
        let o = press("Le ministre a appelé les Français à la prudence pendant les fêtes. « Je demande à ceux qui veulent manifester de le faire dans le calme », a déclaré le ministre. Le ministre avait appelé à renforcer la vigilance. Le syndicat demande le retrait de la circulaire. La demande aux préfets de titres de séjour a doublé.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    func testQuotedLetterToPrivatePersonsIsNotADirective() {
        let o = press("Le ministre a demandé aux préfets d'envoyer un courrier aux étrangers concernés. « Vous devez quitter le territoire français dans un délai de trente jours », indique le courrier envoyé aux intéressés. « Vous devrez vous présenter au guichet muni de votre titre de séjour », précise encore la lettre.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.actor, "prefet-de-departement")
        // A quotation from the minister to the préfets is one, even where the letter speaks
        // of persons.
        let minister = press("« Vous devez renforcer les contrôles dans les gares », écrit le ministre aux préfets. « Je vous demande d'éloigner sans délai ces personnes », écrit-il dans ce courrier adressé aux préfets.")
        XCTAssertEqual(minister.count, 2, "\(minister.map(\.text))")
        let appeal = press("« Restez chez vous ce week-end », a lancé le ministre aux Français. « Il faut que chacun respecte les gestes barrières », a-t-il ajouté devant les habitants.")
        XCTAssertTrue(appeal.isEmpty, "\(appeal.map(\.text))")
    }

    func testAPressItemThatRepeatsAQuotedRequestReportsOneDirective() {
        let o = press("Le ministre a demandé aux préfets « de recenser sans attendre les lieux de culte exposés à une menace particulière ». Réunis lundi, les préfets se sont vu demander « de recenser sans attendre les lieux de culte exposés à une menace particulière », selon son entourage.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
    }

    // MARK: duties in the third person, the instruction future

    func testThirdPersonDuties() {
        let o = obligations("Les contrôles doivent porter en priorité sur les établissements signalés. Ces éléments devront être pris en compte lors de l'instruction du dossier.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["obligation", "obligation"])
        XCTAssertEqual(o.map(\.actor), ["addressees", "addressees"])
    }

    func testInstructionFuture() {
        let o = obligations("Vous tiendrez compte de l'ancienneté du séjour. Vous demanderez au demandeur de produire ses justificatifs. Vous pourrez consulter le parquet en cas de doute.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["obligation", "obligation", "permission"])
        XCTAssertEqual(o.map(\.actor), ["addressees", "addressees", "addressees"])
    }

    func testASecondCommandJoinedToTheFirstIsASecondDirective() {
        let two = obligations("Le préfet devra saisir la commission et pourra également entendre l'intéressé.")
        XCTAssertEqual(two.map(\.modality.rawValue), ["obligation", "permission"], "\(two.map(\.text))")
        XCTAssertEqual(two.map(\.actor), ["prefet-de-departement", "prefet-de-departement"])
        let one = obligations("Votre action ne doit pas se limiter aux contrôles, mais doit porter aussi sur la prévention.")
        XCTAssertEqual(one.count, 1)
    }

    // MARK: rules in the text's own voice

    func testRestatedLegalPowersAndRulesOfTheTextsOwnVoice() {
        let o = obligations("Tout officier de police judiciaire peut procéder à la retenue du véhicule. Toute personne doit présenter un justificatif de domicile. Les maires pourront, s'ils le jugent utile, déléguer cette compétence. Les gestionnaires des salles de sport doivent tenir un registre des entrées.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["permission", "obligation", "permission", "obligation"], "\(o.map(\.text))")
        XCTAssertEqual(o.map(\.actor), [nil, nil, "maire", "gestionnaire-de-salle-de-sport"])
        let owner = obligations("Le maire peut prescrire des mesures de garde. Le propriétaire d'un chien de première catégorie doit être titulaire d'un permis de détention.")
        XCTAssertEqual(owner.map(\.actor), ["maire", "proprietaire"])
        let receveurs = obligations("Les receveurs municipaux ne pourront effectuer aucun paiement sans un mandat régulier.")
        XCTAssertEqual(receveurs.map(\.modality.rawValue), ["prohibition"])
        XCTAssertEqual(receveurs.first?.actor, "receveur-municipal")
        let none = obligations("Cette mesure peut favoriser des comportements à risque. Mes services doivent publier prochainement un guide.")
        XCTAssertTrue(none.isEmpty, "\(none.map(\.text))")
    }

    func testPermissionsAndProhibitionsStatedAsRules() {
        let o = obligations("Tout rassemblement dans les parcs est interdit jusqu'à nouvel ordre. Les exploitants sont toutefois autorisés à ouvrir leurs terrasses. Il ne doit y avoir aucun attroupement devant les établissements. L'exécution ne doit en aucun cas donner lieu à des interpellations aux abords des écoles. Le respect des décisions de justice ne saurait être discuté. La vente à emporter n'est pas interdite.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["prohibition", "permission", "prohibition", "prohibition", "prohibition"], "\(o.map(\.text))")
        XCTAssertEqual(o[1].actor, "exploitant")
    }

    // MARK: old circulars

    func testOldCircularsFormulas() {
        let o = obligations("Vous voudrez bien m'accuser réception de la présente circulaire. Je vous prie, Monsieur le Préfet, de m'accuser réception de ces instructions. Vous aurez soin de faire afficher cet arrêté dans chaque commune. Il importe que les registres soient tenus à jour. Vous inviterez MM. les maires à ouvrir un registre. Vous ne manquerez pas de me rendre compte de vos diligences.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["obligation", "obligation", "obligation", "recommendation", "obligation", "obligation"], "\(o.map(\.text))")
        XCTAssertEqual(Set(o.compactMap(\.actor)), ["addressees"])
        let relay = obligations("Je vous prie de porter ces dispositions à la connaissance des maires de votre département, et de les inviter à prendre sans retard les mesures nécessaires.")
        XCTAssertEqual(relay.count, 2, "\(relay.map(\.text))")
        XCTAssertNotNil(find(relay, "les inviter à prendre sans retard"))
    }

    // MARK: what only looks like a directive

    func testClosingFormulasAreNotDirectives() {
        let o = obligations("Je vous prie de croire, Monsieur le Préfet, à l'assurance de ma haute considération. Recevez, Messieurs, l'assurance de ma considération distinguée. Agréez, Monsieur le Préfet, l'expression de mes sentiments dévoués. Je vous prie de bien vouloir agréer l'expression de ma considération.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    func testAnnouncementsPraiseAndTheMinistrysOwnWorkAreNotDirectives() {
        let o = obligations("Vous trouverez en annexe le modèle de formulaire. Vous remarquerez que le décret ne vise pas les mineurs. L'engagement de vos services doit être salué. Mes services doivent publier prochainement un guide. La DGEF assurera un appui méthodologique aux préfectures.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    func testLawAsBackgroundIsNotADirective() {
        let o = obligations("Aux termes de l'article L. 2212-2 du code général des collectivités territoriales, le maire doit assurer la tranquillité publique. Le décret précise dans son article 3 que les établissements sont autorisés à ouvrir. Comme le prévoit la loi, toute personne peut se voir retirer son titre.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    func testModalsUnderAConditionAreNotDirectives() {
        let o = obligations("Les pièces sont exigées lorsque la nationalité doit être vérifiée. Quand le dossier peut être complété, le demandeur en est informé.")
        XCTAssertTrue(o.isEmpty, "\(o.map(\.text))")
    }

    // MARK: actors

    func testActorIsTheRoleTheTextLastNamed() {
        let circular = obligations("Il revient au préfet d'exécuter la décision du juge. Lorsque la sécurité des personnes est menacée, cette exécution doit être immédiate.")
        XCTAssertEqual(circular.map(\.actor), ["prefet-de-departement", "prefet-de-departement"])
        let reported = press("Le ministre a demandé aux maires de fermer les parcs. Il est indispensable que les accès soient contrôlés. « Vous veillerez à informer la population », écrit-il aux préfets.")
        XCTAssertEqual(reported.map(\.actor), ["maire", "maire", "prefet-de-departement"])
        let named = obligations("Les procureurs de la République devront se rapprocher de l'autorité préfectorale.")
        XCTAssertEqual(named.first?.actor, "procureur-de-la-republique")
    }

    func testAPagePrintingACircularInItsOwnVoiceSpeaksToItsAddressees() {
        // Classed as a press item, but it instructs "vous" outside any quotation.
        let o = press("Vous tiendrez compte de l'ancienneté du séjour des demandeurs. Les critères suivants devront être examinés avec soin.")
        XCTAssertEqual(o.map(\.actor), ["addressees", "addressees"])
        XCTAssertFalse(o.contains(where: \.reported))
    }

    // MARK: layout

    func testLineBreaksAndFlatteningDoNotChangeTheDirectives() {
        let oneLine = obligations("Il revient au préfet d'exécuter ces décisions sans délai lorsque le juge l'a ordonné.")
        let wrapped = obligations("Il revient au préfet\nd'exécuter ces décisions sans délai lorsque le juge l'a ordonné.")
        XCTAssertEqual(oneLine.count, 1)
        XCTAssertEqual(wrapped.count, 1)
        XCTAssertTrue(wrapped.first?.text.contains("d'exécuter ces décisions") ?? false, "\(wrapped.map(\.text))")
        let flat = obligations("Le ministre de l'Intérieur à Mesdames et Messieurs les préfets Objet : contrôles routiers Je vous demande de renforcer les contrôles sur les axes secondaires.")
        XCTAssertNotNil(find(flat, "Je vous demande de renforcer"))
        let ocr = obligations("Je vous demande de verifier la situation des etrangers. Il est indispensable que les prefets se coordonnent.")
        XCTAssertEqual(ocr.count, 2)
    }

    func testTelegraphicMeasuresAfterAReportedDirective() {
        let o = press("Le ministre demande aux préfets d'interdire les rassemblements festifs.\n\nPas de feux d'artifice dans les centres-villes, le port du masque obligatoire sur les marchés.")
        XCTAssertEqual(o.map(\.modality.rawValue), ["obligation", "prohibition", "obligation"], "\(o.map(\.text))")
        XCTAssertEqual(Set(o.compactMap(\.actor)), ["prefet-de-departement"])
        let alone = press("Pas de doute, le ministre veut des résultats. Pas de feux d'artifice cette année à Lyon.")
        XCTAssertTrue(alone.isEmpty, "\(alone.map(\.text))")
    }

    /// Each example and counter-example of the sections that feed these rules.
    func testLexiconSectionsExamples() throws {
        // The extractor's lexicon: it knows the addressee titles and services recipients name.
        let lex = ObligationHarness.extractor.lex
        let text = TestLexicons.text
        func words(_ s: String) -> [String] {
            let tt = text.tokenize(text: s)
            return tt.tokens.map { MatchWord.of(tt, $0) }
        }
        let matcher = ClauseMatcher(lex: lex, isPress: true)
        let circular = ClauseMatcher(lex: lex, isPress: false)
        for ex in lex.file.closings.examples ?? [] {
            let w = words(ex)
            XCTAssertTrue(circular.hits(words: w, inQuote: w.map { _ in false }).isEmpty, ex)
        }
        for ex in lex.file.reported.examples {
            let w = words(ex)
            XCTAssertFalse(matcher.hits(words: w, inQuote: w.map { _ in false }).isEmpty, ex)
        }
        for ex in lex.file.reported.counterExamples {
            let w = words(ex)
            XCTAssertTrue(matcher.hits(words: w, inQuote: w.map { _ in false }).isEmpty, ex)
        }
        for ex in lex.file.infinitives.examples { XCTAssertTrue(circular.isInfinitive(words(ex), 0), ex) }
        for ex in lex.file.infinitives.counterExamples { XCTAssertFalse(circular.isInfinitive(words(ex), 0), ex) }
        for ex in lex.file.subjects.examples {
            let w = words(ex)
            XCTAssertEqual(circular.hits(words: w, inQuote: w.map { _ in false }).count, 1, ex)
        }
        for ex in lex.file.subjects.counterExamples + (lex.file.subordinators.examples ?? []) + (lex.file.praise.examples ?? []) + (lex.file.lawReport.examples ?? []) {
            let w = words(ex)
            XCTAssertTrue(circular.hits(words: w, inQuote: w.map { _ in false }).isEmpty, ex)
        }
        // The reported instruction speaking: a directive in a press item, in "la présente
        // circulaire" anywhere; a dated earlier text stays background.
        for ex in lex.file.lawReport.ownText.examples {
            let w = words(ex)
            let m = ex.contains("présente") ? circular : matcher
            XCTAssertFalse(m.hits(words: w, inQuote: w.map { _ in false }).isEmpty, ex)
        }
        for ex in lex.file.lawReport.ownText.counterExamples {
            let w = words(ex)
            XCTAssertTrue(matcher.hits(words: w, inQuote: w.map { _ in false }).isEmpty, ex)
        }
        // Outside a press item, "le texte prévoit que" is the law's.
        let law = words("Le texte prévoit que les préfets doivent consulter la commission.")
        XCTAssertTrue(circular.hits(words: law, inQuote: law.map { _ in false }).isEmpty)
        for ex in lex.file.measures.examples { XCTAssertEqual(matcher.measures(words(ex)).count, 2, ex) }
        for ex in lex.file.measures.counterExamples { XCTAssertTrue(matcher.measures(words(ex)).isEmpty, ex) }
        for ex in lex.file.privateLetters.examples {
            let w = words(ex)
            XCTAssertTrue(matcher.quotesPrivateLetter(w), ex)
        }
        for ex in lex.file.relay.examples ?? [] {
            let w = words(ex)
            XCTAssertEqual(circular.hits(words: w, inQuote: w.map { _ in false }).count, 2, ex)
        }
        for ex in lex.file.negation.examples {
            let w = words(ex)
            XCTAssertFalse(circular.hits(words: w, inQuote: w.map { _ in false }).isEmpty, ex)
        }
    }

    // MARK: future passives, attachment, reliance, signed-for letters

    /// A future passive grants what the text itself allows ("pourront être déposées"), to
    /// whoever the text last named; the present ("peut être considérée") describes.
    func testFuturePassiveIsAPermissionOfTheTextsOwn() {
        let o = obligations("Les demandes pourront être déposées par voie électronique.")
        XCTAssertEqual(o.count, 1, "\(o.map(\.text))")
        XCTAssertEqual(o.first?.modality, .permission)
        let inverted = obligations("La charge de la preuve incombe au demandeur. Pourront notamment être produits des avis d'imposition.")
        XCTAssertEqual(find(inverted, "Pourront notamment")?.modality, .permission)
        XCTAssertEqual(obligations("Les dossiers incomplets ne pourront pas être instruits.").first?.modality, .prohibition)
        XCTAssertEqual(obligations("Cette situation peut être considérée comme exceptionnelle.").count, 0)
        // "par" with a determiner names an agent: the law speaking, not the text allowing.
        XCTAssertEqual(obligations("Ces décisions pourront être contestées par le demandeur devant le tribunal.").count, 0)
    }

    func testAttachingImportanceAndRelyingOnTheAddresseesAreDirectives() {
        for s in ["J'attache la plus grande importance à ce que ces consignes soient appliquées.",
                  "Je compte sur votre engagement pour mettre en œuvre ces orientations.",
                  "Il appartiendra aux services de police de signaler sans délai toute difficulté."] {
            let o = obligations(s)
            XCTAssertEqual(o.count, 1, s)
            XCTAssertEqual(o.first?.modality, .obligation, s)
        }
    }

    /// A press item names its minister: "Jean Dupuis veut que les préfets…" is the
    /// authority's wish once the item shows him giving the instruction; a stranger's wish is not.
    func testTheNamedMinistersWishInAPressItem() {
        let extractor = TestLexicons.pipeline
        let doc = extractor.extract(SourceDocument(path: "article.txt", text: "Publié le 3 février 2023\n\nJean Dupuis demande aux préfets de renforcer les contrôles.\n\nJean Dupuis veut aussi que les préfets inscrivent les étrangers concernés au fichier.\n\nPaul Martin veut que les préfets démissionnent.", format: .text))
        XCTAssertEqual(doc.metadata.signatory, "Jean Dupuis")
        let texts = doc.obligations.map(\.text)
        XCTAssertTrue(texts.contains { $0.contains("veut aussi que les préfets inscrivent") }, "\(texts)")
        XCTAssertFalse(texts.contains { $0.contains("Paul Martin") }, "\(texts)")
    }

    /// Reported requests of other shapes: a deadline given as "ont jusqu'au … pour", an
    /// instruction given to a recipient, "insiste pour que".
    func testReportedDeadlinesAndInstructionsGiven() {
        let a = press("Les préfets ont jusqu'au 15 février pour transmettre leur plan d'action.")
        XCTAssertEqual(a.first?.actor, "prefet-de-departement")
        XCTAssertEqual(a.first?.modality, .obligation)
        let b = press("Le ministre a donné instruction aux préfets de fermer les lieux de culte concernés.")
        XCTAssertEqual(b.count, 1)
        XCTAssertEqual(b.first?.actor, "prefet-de-departement")
        let c = press("Dans son télégramme, le ministre insiste pour que les préfets réunissent les forces de l'ordre.")
        XCTAssertEqual(c.count, 1)
        XCTAssertEqual(c.first?.actor, "prefet-de-departement")
        XCTAssertTrue(press("Le ministre insiste sur son bilan.").isEmpty)
        XCTAssertTrue(obligations("Il y a trois ans, il a attendu jusqu'à 20 heures pour partir.").isEmpty)
        XCTAssertEqual(obligations("Vous avez jusqu'au 30 juin pour me faire parvenir vos propositions.").first?.modality, .obligation)
    }

    /// What the emitter expects back, in the passive: "un bilan me sera adressé", "les
    /// réponses sont attendues au plus tard le…" — the addressees' duty.
    func testReportsExpectedByTheEmitterAreTheAddresseesDuty() {
        for s in ["Un point de situation hebdomadaire me sera adressé.",
                  "Vos propositions me seront impérativement transmises avant le 15 mai.",
                  "Les réponses sont attendues au plus tard le vendredi 24 mars."] {
            let o = obligations(s)
            XCTAssertEqual(o.count, 1, s)
            XCTAssertEqual(o.first?.actor, "addressees", s)
        }
        // Awaited results, with no time set for them, ask nothing.
        XCTAssertTrue(obligations("Les résultats de cette expérimentation sont attendus avec intérêt.").isEmpty)
    }

    /// "Je souhaite que les parquets généraux…", "il est essentiel que chaque préfet…": the
    /// role the "que" clause names acts; "que vous" and an unknown subject leave the addressees.
    func testTheRoleOfAQueClauseActs() {
        XCTAssertEqual(obligations("Je souhaite que les parquets généraux assurent l'animation de cette politique.").first?.actor, "procureur-general")
        XCTAssertEqual(obligations("Il est essentiel que les procureurs de la République entretiennent un dialogue constant avec les préfets.").first?.actor, "procureur-de-la-republique")
        XCTAssertEqual(obligations("Il est essentiel que vous entreteniez un dialogue constant avec les parquets.").first?.actor, "addressees")
        XCTAssertEqual(obligations("Je souhaite que les décisions soient motivées.").first?.actor, "addressees")
        // The same in a press item's reported wish.
        XCTAssertEqual(press("Le ministre souhaite également que les préfets de zone réunissent les états-majors.").first?.actor, "prefet-de-zone-de-defense-et-de-securite")
        XCTAssertEqual(obligations("Je vous remercie de veiller à la mise en œuvre de ces instructions.").first?.modality, .obligation)
        XCTAssertTrue(obligations("Je vous remercie de votre engagement constant.").isEmpty)
    }

    /// Press: a pronoun recipient is the role its sentence named, not the actor of the item's
    /// previous directive; the subject of a passive duty does not perform it; an appeal to
    /// "chacun" quoted from a minister is public.
    func testPressPronounRecipientsPassiveSubjectsAndAppealsToEveryone() {
        let o = press("Les policiers devront renforcer leur présence aux abords des gares. Dans un télégramme adressé dimanche aux préfets, le ministre leur demande de procéder à des interpellations systématiques.")
        XCTAssertEqual(find(o, "leur demande de procéder")?.actor, "prefet-de-departement")
        XCTAssertEqual(find(o, "devront renforcer")?.actor, "policier")
        XCTAssertNotEqual(press("Les policiers doivent être respectés, a insisté le ministre devant les préfets.").first?.actor, "policier")
        XCTAssertEqual(press("Les préfets doivent être particulièrement vigilants ce week-end.").first?.actor, "prefet-de-departement")
        XCTAssertTrue(press("« Il faut que chacun prenne ses responsabilités », a déclaré le ministre.").isEmpty)
    }

    /// A group with no authority over the recipients makes a public demand, not an
    /// instruction; a recommendation in the passive ("sont incités à") is the subject's.
    func testPublicDemandsAndPassiveIncitations() {
        XCTAssertTrue(press("Les associations d'aide aux migrants appellent les préfets à ne pas appliquer ces consignes.").isEmpty)
        XCTAssertTrue(press("Le syndicat demande au préfet de renforcer les effectifs du commissariat.").isEmpty)
        XCTAssertTrue(press("Selon le syndicat Alliance, les effectifs doivent être renforcés d'urgence.").isEmpty)
        XCTAssertEqual(press("Selon le ministère, les préfets devront renforcer les contrôles.").count, 1)
        XCTAssertEqual(press("Dans un télégramme, le ministre demande aux préfets de renforcer les contrôles.").count, 1)
        let o = press("Les préfets sont par ailleurs incités à recourir davantage aux assignations à résidence.")
        XCTAssertEqual(o.first?.modality, .recommendation)
        XCTAssertEqual(o.first?.actor, "prefet-de-departement")
    }

    /// A title of the document's own addressee block that no lexicon knows is a named actor
    /// in its body: "Les ministres s'assureront que…" after "à Mesdames et Messieurs les
    /// ministres".
    func testTheDocumentsOwnAddresseeTitlesNameActors() {
        let doc = TestLexicons.pipeline.extract(SourceDocument(path: "t.txt", text: "Le Premier ministre\n\nà\n\nMesdames et Messieurs les ministres\nMesdames et Messieurs les préfets de région\n\nObjet : essai.\n\nLes ministres s'assureront que leurs services apportent leur concours.\n\nLes directeurs veilleront à la bonne application du plan.", format: .text))
        XCTAssertEqual(doc.obligations.first { $0.text.contains("Les ministres") }?.actor, "ministre")
        // A title the block does not hold stays unnamed.
        XCTAssertNil(doc.obligations.first { $0.text.contains("Les directeurs") }.flatMap { $0.actor == "directeur" ? $0 : nil })
    }

    /// A duty to refrain ("veillerez à ne pas", "demande de ne plus") is a prohibition; a
    /// negation that asks for more ("ne pas se limiter à") is not.
    func testADutyToRefrainIsAProhibition() {
        XCTAssertEqual(obligations("Vous veillerez à ne pas interpeller les familles aux abords des écoles.").first?.modality, .prohibition)
        XCTAssertEqual(obligations("Je vous demande de ne plus recourir à la rétention des mineurs.").first?.modality, .prohibition)
        XCTAssertEqual(obligations("Il n'est pas possible de délivrer un récépissé dans ce cas.").first?.modality, .prohibition)
        XCTAssertEqual(obligations("Je vous demande de ne pas vous limiter aux contrôles routiers.").first?.modality, .obligation)
    }

    /// An adverb in capitals stresses a directive as bold would; an acronym does not.
    func testAnAdverbInCapitalsIsEmphasis() {
        XCTAssertEqual(obligations("Vous devrez IMPÉRATIVEMENT respecter ce délai.").first?.emphasis, true)
        XCTAssertEqual(obligations("Vous devrez saisir l'OFII et la DGEF sans attendre.").first?.emphasis, false)
        XCTAssertEqual(obligations("Vous devrez respecter ce délai impérativement.").first?.emphasis, false)
    }

    /// "Il les exhorte à…": subject and object pronouns for the minister and the recipients
    /// of the sentence before; "la circulaire prévoit que chaque préfet…" reports a duty; the
    /// gilets jaunes "les" of a crowd stays out.
    func testPronounPairsAndWhatTheCircularProvides() {
        let o = press("Le ministre somme les préfets d'accélérer les expulsions. Il les exhorte à faire preuve de fermeté.")
        XCTAssertEqual(find(o, "Il les exhorte")?.actor, "prefet-de-departement")
        // One convention for "exhorter", noun or pronoun (PressRecipientAndCommentTests): a directive.
        XCTAssertEqual(find(o, "Il les exhorte")?.modality, .obligation)
        XCTAssertEqual(press("La circulaire prévoit que chaque préfet organise une réunion mensuelle.").first?.actor, "prefet-de-departement")
        XCTAssertTrue(press("La loi prévoit que chaque préfet organise une réunion mensuelle.").isEmpty)
        XCTAssertTrue(press("Les gilets jaunes ont manifesté samedi, le ministre les appelant au calme.").isEmpty)
    }

    /// Impersonal and first-person formulas of the letter genre, each with its modality.
    func testImpersonalAndCourtesyFormulasCarryTheirModality() {
        let cases: [(String, Modality)] = [
            ("Il y a lieu de procéder à un nouvel examen de la situation des intéressés.", .obligation),
            ("Il y aura donc lieu d'informer le maire de la date retenue.", .obligation),
            ("Il n'y a pas lieu de retirer le titre de séjour dans cette hypothèse.", .prohibition),
            ("Il est proscrit de recourir à la force aux abords des écoles.", .prohibition),
            ("Il est exclu que les familles soient interpellées à la sortie des écoles.", .prohibition),
            ("Vous vous abstiendrez de toute déclaration publique sur ces opérations.", .prohibition),
            ("Je vous serais obligé de bien vouloir m'adresser un rapport circonstancié.", .obligation),
            ("Je ne saurais trop vous recommander la plus grande vigilance sur ce point.", .recommendation),
            ("Il est vivement recommandé de privilégier les convocations écrites.", .recommendation),
            ("Il est souhaité que les élus soient associés à la démarche.", .recommendation),
            ("Il conviendrait de limiter le recours à la rétention des familles.", .recommendation),
            ("J'insiste sur la nécessité d'une réponse rapide à chaque signalement.", .obligation),
            ("Il vous incombera de veiller à la bonne application de ces instructions.", .obligation),
            ("Il vous est désormais possible de délivrer un récépissé de demande.", .permission),
            ("Il vous est rappelé que le délai de recours contentieux est de deux mois.", .reminder),
        ]
        for (s, modality) in cases {
            let o = obligations(s)
            XCTAssertEqual(o.count, 1, s)
            XCTAssertEqual(o.first?.modality, modality, s)
        }
        // "Il y a deux ans, au lieu de…" asks nothing.
        XCTAssertTrue(obligations("Il y a deux ans, au lieu de trois agents, un seul assurait l'accueil.").isEmpty)
    }

    /// "Il est rappelé que, aux termes de l'article…": the law recalled as background.
    func testARecallOfTheLawIsNoReminder() {
        XCTAssertTrue(obligations("Il est rappelé que, aux termes de l'article L. 743-12, seules les irrégularités substantielles sont prises en compte.").isEmpty)
        XCTAssertEqual(obligations("Il est rappelé que le préfet est seul compétent pour délivrer ce titre.").first?.modality, .reminder)
    }

    /// "Nul ne peut", "Aucun agent ne doit": a negative subject makes a prohibition, in the
    /// text's own voice (no actor).
    func testANegativeSubjectMakesAProhibition() {
        for s in ["Nul ne peut être retenu au-delà de ce délai.", "Aucun agent ne doit communiquer ces informations à la presse."] {
            let o = obligations(s)
            XCTAssertEqual(o.count, 1, s)
            XCTAssertEqual(o.first?.modality, .prohibition, s)
        }
        XCTAssertNil(obligations("Nul ne peut être retenu au-delà de ce délai.").first?.actor)
        // A negative subject outside the marker's clause changes nothing.
        XCTAssertEqual(obligations("Aucun incident n'a été signalé, mais vous devez rester vigilants.").first?.modality, .obligation)
    }

    /// "Le préfet s'assurera de…": a named actor, a reflexive future.
    func testNamedActorWithAReflexiveFuture() {
        let o = obligations("Le préfet s'assurera de la bonne information des usagers.")
        XCTAssertEqual(o.first?.actor, "prefet-de-departement")
        XCTAssertEqual(obligations("Le préfet ne s'opposera pas à la délivrance du titre.").first?.modality, .prohibition)
    }

    /// A press item reports a request whose recipient is a pronoun object ("les invite à"),
    /// or a passive "sont priés de"; the article "les" before a noun ("les invités à la
    /// cérémonie") is none.
    func testReportedRequestsWithAPronounObjectAndPriesDe() {
        let o = press("Dans un courrier envoyé le 5 janvier aux préfets, la direction générale les invite à accélérer l'instruction des demandes. Les préfectures sont priées de faire remonter leurs statistiques chaque mois.")
        XCTAssertEqual(o.count, 2, "\(o.map(\.text))")
        XCTAssertNotNil(find(o, "les invite à accélérer"))
        XCTAssertEqual(find(o, "sont priées de")?.modality, .obligation)
        XCTAssertEqual(press("Les invités à la cérémonie étaient nombreux autour du préfet.").count, 0)
        XCTAssertEqual(press("Le gouvernement a durci le ton face aux manifestants en les appelant à respecter la libre circulation.").count, 0)
    }

    /// A plural title names its actor with its adjectives in the plural too: "les procureurs
    /// généraux", "les directeurs départementaux de la sécurité publique".
    func testPluralTitlesWithTheirAdjectivesNameTheActor() {
        XCTAssertEqual(obligations("Les procureurs généraux diffuseront la présente circulaire.").first?.actor, "procureur-general")
        XCTAssertEqual(obligations("Les directeurs départementaux de la sécurité publique désigneront un référent.").first?.actor,
                       "directeur-departemental-de-la-securite-publique")
    }

    /// "Une attention particulière sera portée à…": the instruction future of a circular.
    func testAttentionThatWillBePaidIsADirective() {
        let o = obligations("Une attention particulière sera portée aux violences commises sur les mineurs.")
        XCTAssertEqual(o.first?.modality, .obligation)
        XCTAssertEqual(obligations("Cette réforme sera portée devant le Parlement au printemps.").count, 0)
    }

    /// Press items report duties as passives of a role ("sont appelés à", "sont chargés de",
    /// "ont été invités à", "ont reçu pour consigne de") and as targets set for them ("a fixé
    /// aux préfets un objectif", "réclame aux préfets un bilan").
    func testReportedPassivesAndTargetsOfARole() {
        for s in ["Les préfets sont appelés à faire preuve de la plus grande fermeté.",
                  "Les préfets sont chargés de coordonner l'action des services.",
                  "Les préfets ont été invités à renforcer la présence policière.",
                  "Les préfets ont reçu pour consigne de multiplier les contrôles.",
                  "Le ministre a fixé aux préfets un objectif de 30 000 éloignements.",
                  "Dans ce télégramme, le ministre réclame aux préfets un bilan hebdomadaire."] {
            let o = press(s)
            XCTAssertEqual(o.count, 1, s)
            XCTAssertEqual(o.first?.actor, "prefet-de-departement", s)
        }
        XCTAssertEqual(press("Le ministre leur ayant fixé un plancher de 23 000 éloignements, les préfets ont atteint la moitié des objectifs.").count, 1)
        // Not of a crowd, nor of what is bound to happen.
        XCTAssertEqual(press("Les élus ont été invités à partager leurs propositions lors de la réunion.").count, 0)
        XCTAssertEqual(press("Ces dispositifs sont appelés à se développer dans les prochaines années.").count, 0)
    }
}

extension ObligationClassTests {
    /// A future passive whose agent is a role: that role's duty.
    func testPassiveWithARoleAsAgent() {
        let t = self
        let o = t.obligations("Un bilan semestriel sera transmis par les procureurs généraux.\n\nUn référent sera désigné par chaque préfet de département.\n\nUn point de situation sera établi chaque semaine par vos soins.")
        XCTAssertEqual(o.map(\.actor), ["procureur-general", "prefet-de-departement", "addressees"])
        XCTAssertTrue(o.allSatisfy { $0.modality == .obligation })
        // A passive whose agent is no role describes a procedure.
        XCTAssertEqual(t.obligations("Le formulaire sera transmis par courrier aux intéressés.").count, 0)
        XCTAssertEqual(t.obligations("Les dossiers seront examinés par la commission départementale.").count, 0)
    }
}

extension ObligationClassTests {
    /// "avoir à" + infinitive is a duty of its subject; "n'avoir pas / point à" forbids.
    /// "avoir à sa disposition" is no duty.
    func testAvoirAPlusInfinitive() {
        let o = obligations("Les commissaires ont à s'assurer que les résultats s'obtiennent.\n\nLes maires n'ont point à intervenir dans cette procédure.\n\nVous n'avez pas à solliciter l'avis du procureur.\n\nVous avez à vérifier la régularité du séjour de chaque demandeur.")
        XCTAssertEqual(o.map(\.modality), [.obligation, .prohibition, .prohibition, .obligation])
        XCTAssertEqual(o.map(\.actor), ["commissaire", "maire", "addressees", "addressees"])
        XCTAssertEqual(obligations("Les maires ont à leur disposition un guide pratique.").count, 0)
        XCTAssertEqual(obligations("Vos services ont été invités à renforcer la surveillance.").map(\.modality), [.obligation])
    }

    /// "j'attire votre attention sur" recalls as "j'appelle votre attention sur" does; "vous
    /// êtes autorisés à" permits.
    func testAttentionAndAuthorisationToTheAddressees() {
        let o = obligations("J'attire tout particulièrement votre attention sur l'importance de ces contrôles.\n\nVous êtes autorisés à déroger à cette règle.")
        XCTAssertEqual(o.map(\.modality), [.reminder, .permission])
    }
}

extension ObligationClassTests {
    /// "La circulaire, que l'AFP a pu consulter, précise que…": an aside between the text's
    /// noun and its verb does not turn the reported instruction into the law.
    func testAnAsideBetweenTheReportedTextAndItsVerb() {
        let lead = "Le ministre de l'Intérieur a adressé une circulaire aux préfets.\n\n"
        XCTAssertEqual(press(lead + "La circulaire, que l'AFP a pu consulter, précise que les préfets doivent réunir un comité.").map(\.actor), ["prefet-de-departement"])
        XCTAssertEqual(press(lead + "La circulaire, consultée par l'AFP, précise que les préfets doivent réunir un comité.").count, 1)
        // The law, with an aside, is still background.
        XCTAssertEqual(press(lead + "La loi, votée en janvier, prévoit que les préfets doivent réunir un comité.").count, 0)
    }

    /// "Consigne est donnée aux forces de l'ordre de…": an order given in the passive, to the
    /// role named after it.
    func testAnOrderGivenInThePassive() {
        let o = press("Consigne est donnée aux forces de l'ordre de renforcer les contrôles dans les gares.")
        XCTAssertEqual(o.map(\.actor), ["forces-de-securite-interieure"])
    }
}

extension ObligationClassTests {
    /// "ne peuvent prétendre": "ne" alone negates pouvoir and savoir; "ne peut que" restricts.
    /// A present participle after the subject's noun opens a clause, not its title.
    func testBareNeNegatesPouvoir() {
        XCTAssertEqual(obligations("Les demandeurs ne peuvent prétendre à une régularisation.").map(\.modality), [.prohibition])
        let o = press("Le texte rappelle enfin que les demandeurs faisant l'objet d'une OQTF ne peuvent prétendre à une régularisation.")
        XCTAssertEqual(o.map(\.modality), [.prohibition])
        XCTAssertEqual(o.first?.actor, "demandeur")
        XCTAssertNotEqual(obligations("Les maires ne peuvent que constater l'infraction.").first?.modality, .prohibition)
    }

    /// "Vous ne pouvez pas", "vous ne devrez plus": the second-person markers read through
    /// "ne"; "vous ne pourrez que constater" is no directive.
    func testNegatedSecondPersonModals() {
        let o = obligations("Vous ne pouvez pas régulariser ces personnes.\n\nVous ne devrez plus accepter ces dossiers.\n\nVous ne pourrez pas déroger à cette règle.")
        XCTAssertEqual(o.map(\.modality), [.prohibition, .prohibition, .prohibition])
        XCTAssertEqual(obligations("Vous ne pourrez que constater l'irrégularité du séjour.").count, 0)
        XCTAssertEqual(obligations("Vous ne sauriez accepter une telle demande.").map(\.modality), [.prohibition])
        // A marker written with its "ne" keeps its own modality.
        XCTAssertEqual(obligations("Vous ne manquerez pas de me signaler toute difficulté.").map(\.modality), [.obligation])
    }
}

extension ObligationClassTests {
    /// "Il leur est demandé de…": "leur" is the recipient the item named last ("rappelle aux
    /// préfets"), not a role merely listed, nor the actor of an earlier directive.
    func testPassiveRequestToAPronounRecipient() {
        let o = press("Le ministre a invité les maires à signaler tout rassemblement.\n\nDans sa note, le ministre rappelle aux préfets qu'ils disposent de pouvoirs étendus.\n\nIl leur est demandé de transmettre un bilan dès le 1er janvier.")
        XCTAssertEqual(o.map(\.actor), ["maire", "prefet-de-departement"])
        let listed = press("Le ministre incite les préfets à privilégier la coordination.\n\nD'abord une coordination entre forces de sécurité et administration pénitentiaire.\n\nIl leur est demandé de transmettre un bilan.")
        XCTAssertEqual(listed.last?.actor, "prefet-de-departement")
    }
}

extension ObligationClassTests {
    /// "Il souhaite aussi que…" opening its sentence: the reported authority's wish.
    func testAPronounAuthorityWishes() {
        let o = press("Le ministre de l'Intérieur demande aux préfets de renforcer la présence des forces de l'ordre.\n\nIl souhaite aussi que les contrôles aux frontières soient intensifiés.")
        XCTAssertEqual(o.map(\.modality), [.obligation, .obligation])
        XCTAssertEqual(o.last?.actor, "prefet-de-departement")
        // A pronoun that is no subject of the wish ("ils" of a crowd) reports no authority.
        XCTAssertEqual(press("Les manifestants défilent. Beaucoup souhaitent que les contrôles soient allégés.").count, 0)
    }
}

extension ObligationClassTests {
    /// A named subject, object clitics, then its future: "Les procureurs généraux me feront
    /// parvenir un bilan"; the judges of criminal procedure are titles of their own.
    func testNamedFutureThroughClitics() {
        let o = obligations("Les procureurs généraux me feront parvenir un bilan annuel.\n\nLes préfets leur en rendront compte.\n\nLes juges de l'application des peines pourront prononcer une interdiction de paraître.")
        XCTAssertEqual(o.map(\.actor), ["procureur-general", "prefet-de-departement", "juge-de-l-application-des-peines"])
        XCTAssertEqual(o.map(\.modality), [.obligation, .obligation, .permission])
    }
}

extension ObligationClassTests {
    /// "… et pourra également …": a second directive sharing the first one's subject, of the
    /// modal's modality; "et ne pourra pas" forbids.
    func testACoordinatedModalIsASecondDirective() {
        let o = obligations("Le préfet désignera un référent et pourra également solliciter l'appui des services de l'État.\n\nVous réunirez le comité et ne pourrez pas déléguer cette présidence.")
        XCTAssertEqual(o.map(\.modality), [.obligation, .permission, .obligation, .prohibition])
        XCTAssertEqual(o.map(\.actor), ["prefet-de-departement", "prefet-de-departement", "addressees", "addressees"])
        // "et" joining two nouns before a modal of another subject is no coordination.
        XCTAssertEqual(obligations("Les maires et les présidents d'association peuvent être consultés.").filter { $0.text.hasPrefix("et") }.count, 0)
    }
}

extension ObligationClassTests {
    /// An offer to be reached is courtesy, not a permission; a text's entry into force is a
    /// schedule, not a duty.
    func testCourtesyOffersAndSchedulesAreNoDirectives() {
        XCTAssertEqual(obligations("Vous pouvez me joindre à tout moment.\n\nVous pourrez contacter le bureau de l'asile pour toute précision.\n\nCette réforme doit entrer en vigueur le 1er janvier 2025.").count, 0)
        // A permission to contact someone for the procedure itself stays.
        XCTAssertEqual(obligations("Vous pourrez contacter le procureur de la République avant toute interpellation.").map(\.modality), [.permission])
    }
}

extension ObligationClassTests {
    /// OCR's "rn" for "m" in a marker's word, and a drop capital set apart, are read through;
    /// a real word with "rn" stays as it is.
    func testOCRDamageToMarkerWords() {
        let o = obligations("Je vous dernande de veiller à l'application de ces dispositions.\n\nIl vous appartient de rnettre en œuvre le dispositif.\n\nJ e vous demande de réunir le comité.\n\nV ous veillerez à informer les maires.")
        XCTAssertEqual(o.map(\.modality), [.obligation, .obligation, .obligation, .obligation])
        XCTAssertEqual(o.map(\.actor), ["addressees", "addressees", "addressees", "addressees"])
        XCTAssertEqual(obligations("Le gouvernement a engagé une réforme interne.").count, 0)
    }
}

extension ObligationClassTests {
    /// "la circulaire impose aux préfets de…", "le ministre attend des préfets qu'ils…":
    /// reported instructions; the same words of a group with no authority are a demand.
    func testImposedAndExpectedInAPressItem() {
        let lead = "Le ministre de l'Intérieur a signé une circulaire adressée aux préfets.\n\n"
        XCTAssertEqual(press(lead + "La circulaire impose aux préfets de vérifier l'intégration des demandeurs.").map(\.actor), ["prefet-de-departement"])
        XCTAssertEqual(press(lead + "Le ministre attend des préfets qu'ils appliquent ces consignes avec fermeté.").map(\.actor), ["prefet-de-departement"])
        XCTAssertEqual(press(lead + "Les associations attendent des préfets qu'ils régularisent ces familles.").count, 0)
    }
}
