import CircText

/// `Lexicons/deontic-markers.json` compiled for matching over folded words.
///
/// A class: the matcher reads a hundred tables of it at every word, and a struct that size
/// is copied whole (a retain per table) wherever the unoptimised build reads one field.
final class DeonticLexicon: Sendable {
    enum Element: Sendable {
        case words(Set<String>)
        case gap(Int)
    }

    struct Marker: Sendable {
        let pattern: String
        let elements: [Element]
        let modality: Modality
        let actor: String?
        let generic: Bool
        let needsAddressee: Bool
        let pressOnly: Bool
        /// `"press": false`: a circular's own phrasing ("L'accent sera mis sur …"); in a press
        /// item it reports a plan, not an instruction.
        let notInPress: Bool
        /// Words right after the marker that cancel it ("on ne saurait trop insister").
        let notFollowedBy: Set<String>
        /// How many words after the marker `notFollowedBy` is looked for: 1 by default; more
        /// where a verb may come first ("on ne saurait se montrer trop réservé").
        let notFollowedWithin: Int
        /// One or two words right before the marker that make it an aside, no directive
        /// ("sollicitent comme il convient le procureur": as is fitting).
        let notPrecededBy: Set<String>
        /// Modifies a directive next to it ("ne doit en aucun cas"): no directive of its own.
        let attach: Bool
        /// Recalls the law when a law report follows ("il est rappelé que, aux termes de
        /// l'article…"): background, no directive.
        let yieldsToLaw: Bool
        let examples: [String]
        /// The pattern ends with "que": "… et que …" later in the sentence repeats it.
        /// Whether a word of `notFollowedBy` stands within `notFollowedWithin` words from `e`,
        /// the marker's end, or two of its words joined by a space right there ("ne saurait
        /// être réduite": the concept's definition, no prohibition).
        func cancelled(_ words: [String], from k: Int, at e: Int) -> Bool {
            if !notPrecededBy.isEmpty && k > 0 {
                if notPrecededBy.contains(words[k - 1]) { return true }
                if k > 1 && notPrecededBy.contains(words[k - 2] + " " + words[k - 1]) { return true }
            }
            guard !notFollowedBy.isEmpty else { return false }
            if (e..<min(words.count, e + notFollowedWithin)).contains(where: { notFollowedBy.contains(words[$0]) }) { return true }
            return e + 1 < words.count && notFollowedBy.contains(words[e] + " " + words[e + 1])
        }

        var endsWithQue: Bool {
            if case .words(let w)? = elements.last { return w.contains("que") }
            return false
        }
    }

    struct File: Decodable {
        struct M: Decodable {
            let pattern: String; let modality: Modality; let actor: String?; let scope: String?
            let needsAddressee: Bool?; let press: Bool?; let notFollowedBy: [String]?; let notFollowedWithin: Int?; let notPrecededBy: [String]?; let attach: Bool?; let yieldsToLaw: Bool?; let examples: [String]
        }
        struct Future: Decodable { let clitics, excluded, blockedAfter, examples: [String] }
        struct YourFuture: Decodable { let owners, excluded, examples: [String] }
        struct Negation: Decodable {
            let before, after, notProhibition, subjects, bareModals, examples: [String]; let futureBanModals: [String]?
            let refrainVerbs, restrictedTo: [String]?
        }
        struct Forms: Decodable { let forms: [String]; let examples: [String]? }
        struct Imperative: Decodable { let notVerbs, clitics, notImperative, examples: [String] }
        struct NamedFuture: Decodable {
            let excluded, selfServices, clitics, examples: [String]
            let officialAgents, agentExcluded: [String]?
            let dutyVerbs: DutyVerbs?
            /// See `DeonticLexicon.pronounFutureExcluded`.
            let pronounExcluded: [String]?
            /// See `DeonticLexicon.offeredToYou`.
            let offeredToYou: [String]?
            /// See `DeonticLexicon.operationalForces`.
            let operationalForces: [String]?
            let operationSources: [String]?
            /// See `DeonticLexicon.subjectAsides`.
            let asides: [String]?
            /// See `DeonticLexicon.titleComplementOpeners`.
            let titleComplements: [String]?
        }
        /// See `DeonticLexicon.dutyFutures`.
        struct DutyVerbs: Decodable { let forms, determiners: [String] }
        struct EarlierRequest: Decodable { let auxiliaries, endings, examples, counterExamples: [String]; let markers: [String]? }
        struct Reported: Decodable {
            /// `targetObject`: the object counts only after a named recipient ("leur ayant fixé un
            /// plancher"), never alone ("a fixé une instruction"). `namedSubject`: a wish whose
            /// "que" clause counts only with a role as its subject ("Le texte prévoit que les
            /// préfets arrêtent…"; not "prévoit que l'entrée en vigueur interviendra…").
            struct Verb: Decodable { let forms: [String]; let modality: Modality; let construction: String; let directObject: Bool?; let targetObject: Bool?; let namedSubject: Bool? }
            struct Starts: Decodable { let indirect, direct: [String]; let source: [String]? }
            let verbs: [Verb]
            let officials, authorities, nounDeterminers, objectStarts, reminderVerbs, reminderObjects, publicAudience, notObjects, nonAuthorities, attributions, pronounSubjects: [String]
            let recipientStarts: Starts
            /// Verbs that attribute a quotation to something said aloud ("a expliqué le préfet
            /// lors d'une conférence de presse"), not written in the text reported.
            let oralAttributions: [String]?
            /// See `DeonticLexicon.courtSubjects`.
            let courtSubjects: [String]?
            /// The written texts a quotation may be attributed to ("poursuit la circulaire",
            /// "écrit le ministre"): with one of these, an attribution verb is no speech.
            let writtenSources: [String]?
            /// See `DeonticLexicon.verbCoordinators`.
            let verbCoordinators: [String]?
            /// Penalties a reminder recalls ("est punie de", "peuvent être poursuivis").
            let reminderPenalties: [String]?
            /// See `DeonticLexicon.qualifiedActs`.
            let qualifiedActs: [String]?
            let actDesignationLinks: [String]?
            /// See `DeonticLexicon.earlierRequestAuxiliaries`.
            let earlierRequest: EarlierRequest?
            /// The recipient as a pronoun before the verb: "leur demande de", "les invite à".
            let recipientClitics: Starts
            /// "examiner leur demande", "sur leur demande": see `DeonticLexicon.possessiveLeur`.
            let possessiveLeur: PossessiveLeur?
            /// See `DeonticLexicon.publicAudienceAdjectives`.
            let publicAudienceAdjectives: [String]?
            struct PossessiveLeur: Decodable { let nouns, after, infinitiveEndings, examples, counterExamples: [String] }
            let examples, counterExamples: [String]
        }
        struct Subjects: Decodable {
            struct Agent: Decodable { let form: String; let role: Bool? }
            let universal, pronouns, determiners: [String]
            /// "Seuls", "seule": before a definite article, a subject restricted to those it names.
            let restrictive: [String]?
            /// After a passive's "par": "chaque", "tous les"; and the addressees' own agents
            /// ("vos soins", "vos services").
            let agentDeterminers, addresseeAgents: [String]
            let agents: [Agent]
            let selfSubjects: [String]
            /// See `DeonticLexicon.undergoingVerbs`.
            let undergoingVerbs: [String]?
            let examples, counterExamples: [String]
        }
        struct Infinitives: Decodable { let irregular, notInfinitive, leading, examples, counterExamples: [String] }
        struct Measures: Decodable { let notAfterPas, obligationWords, examples, counterExamples: [String]; let absenceEnds: [String]? }
        struct PrivateLetters: Decodable { let forms, letters, recipients, examples: [String] }
        struct PassivePermission: Decodable { let modals, adverbs, auxiliary, perfectAuxiliaries, participleEndings, adjectiveEndings, examples, counterExamples: [String] }
        let markers: [M]
        let imperative: Imperative
        let namedFuture: NamedFuture
        let futureSecondPerson: Future
        let yourFuture: YourFuture
        let negation: Negation
        struct OwnText: Decodable { let nouns, adverbs, presentWords, examples, counterExamples: [String] }
        struct LawReport: Decodable { let forms: [String]; let examples: [String]?; let ownText: OwnText }
        let lawReport: LawReport
        let relativeBlockers: [String]
        struct RelativeAuxiliaries: Decodable { let forms, examples: [String] }
        let relativeAuxiliaries: RelativeAuxiliaries?
        let invertingRelatives: RelativeAuxiliaries?
        let conditions: Forms
        let coordination: Forms
        struct CoordinatedModals: Decodable { let modals: [String: Modality]; let adverbs, examples: [String]; let secondCommandOpeners, secondInfinitiveClitics, secondInfinitiveCoordinators: [String]? }
        let coordinatedModals: CoordinatedModals
        let enumerators: Forms
        let clauseBoundaries: [String]
        let closings: Forms
        let reported: Reported
        let subjects: Subjects
        let infinitives: Infinitives
        let subordinators: Forms
        let praise: Forms
        let characterization: Forms?
        let expectation: Forms?
        struct Relay: Decodable { let forms, clitics: [String]; let examples: [String]? }
        let relay: Relay
        let measures: Measures
        let privateLetters: PrivateLetters
        let passivePermission: PassivePermission
        struct OCRWords: Decodable { let words: [String: String]; let numerals, clauseOpeners, examples: [String] }
        let ocrWords: OCRWords?
        struct ImpliedDuties: Decodable {
            let futureAuxiliaries, associationParticiples, adverbs, relativeModals, possibleModals, measureNouns, appealTargets: [String]
            let fromNowOn, dutyModals, presentModals, concessiveAdverbs: [String]
            let examples, counterExamples: [String]
            /// See `ImpliedDutyWords.directiveParticiples`.
            let directiveParticiples, directiveAdverbs, appealSubjects: [String]?
            /// See `ImpliedDutyWords.directiveAdverbPhrases`.
            let directiveAdverbPhrases: [String]?
        }
        let impliedDuties: ImpliedDuties?
        struct DescriptiveModals: Decodable { let complements, examples: [String]; let pressComplements: [String]? }
        let descriptiveModals: DescriptiveModals?
        /// See `DeonticLexicon.annexOpenings`.
        struct AnnexAnnouncements: Decodable { let openings, annexWords, examples, counterExamples: [String] }
        let annexAnnouncements: AnnexAnnouncements?
        /// See `DeonticLexicon.PressRequestWords`.
        struct PressRequests: Decodable { let infinitiveAdverbs, appealDeterminers, madeForms, dutyNouns, decisionVerbs, examples, counterExamples: [String] }
        let pressRequests: PressRequests?
        struct RelayedContent: Decodable { let verbs, examples, counterExamples: [String]; let nouns: [String]? }
        let relayedContent: RelayedContent?
        struct UniversalFuture: Decodable { let nouns, excluded: [String] }
        let universalFuture: UniversalFuture?
        /// See `DeonticLexicon.inversionAdverbs`.
        struct InvertedFuture: Decodable { let adverbs, modals, examples, counterExamples: [String] }
        let invertedFuture: InvertedFuture?
        /// See `DeonticLexicon.instructionLabels`.
        struct LabelledInstructions: Decodable { let labels, recommendationLabels, ordinals, examples, counterExamples: [String] }
        let labelledInstructions: LabelledInstructions?
        /// See `DeonticLexicon.possibilityVerbs`.
        struct Possibility: Decodable { let verbs, examples, counterExamples: [String] }
        let possibility: Possibility?
        struct PassiveMeans: Decodable { let nouns, examples: [String]; let judges, administrations: [String]? }
        let passiveMeans: PassiveMeans?
        struct MeetingRecipients: Decodable { let verbs, examples: [String] }
        let meetingRecipients: MeetingRecipients?
        struct BodyFuture: Decodable {
            let nouns, determiners, excluded, examples, counterExamples: [String]
            /// See `DeonticLexicon.bodyNouns`.
            let officials: [String]?
            /// See `DeonticLexicon.bodyFutureReflexive`.
            let reflexiveExcluded: [String]?
        }
        let bodyFuture: BodyFuture?
        /// See `ClauseMatcher.articlePresent` and `ClauseMatcher.servesTheReader`.
        struct PrefectureLayouts: Decodable { let articlePresent, readerServices, examples, counterExamples: [String] }
        let prefectureLayouts: PrefectureLayouts?
        /// See `ClauseMatcher.commentary`.
        struct Commentary: Decodable { let opinionVerbs, politicalBodies, remarkVerbs, examples, counterExamples: [String] }
        let commentary: Commentary?
        /// See `PresentRuleWords`.
        let presentRules: PresentRuleWords.File?
        /// See `ListItemWords`.
        let listItemDuties: ListItemWords.File?
    }

    let markers: [Marker]
    /// Words a bare modal can start with ("doit", "peuvent", "sont").
    let genericFirstWords: Set<String>
    /// Marker indices by each word their pattern can start with.
    let byFirst: [String: [Int]]
    /// The same, narrowed by the second word (in order): markers whose second element is a
    /// word set, under each of its words, merged with those whose second element is not
    /// (a gap, or none), which every second word keeps. Two lookups instead of one set test
    /// per candidate: "vous" starts dozens of markers, and a dense text is mostly "vous".
    let byFirstSecond: [String: [String: [Int]]]
    /// Per first word: the markers that any second word keeps.
    let byFirstAnySecond: [String: [Int]]
    let futureClitics: Set<String>
    let futureExcluded: Set<String>
    let futureBlockedAfter: Set<String>
    let ownerWords: Set<String>
    let yourFutureExcluded: Set<String>
    let negBefore: Set<String>
    let negAfter: Set<String>
    /// "Nul ne peut", "Aucun étranger ne doit": the negation's second word is the subject.
    let negSubjects: Set<String>
    /// "ne peuvent prétendre", "ne saurait être": modals that "ne" alone negates.
    let bareNegationModals: Set<String>
    /// `namedFuture.operationalForces`: the forces whose future, in a press item's own voice,
    /// describes an operation ("Les forces de l'ordre réaliseront des contrôles aux abords des
    /// gares, indique la préfecture"); `operationSources`: the words of a text that make it
    /// that text's duty instead ("précise la note").
    let operationalForces: Set<String>, operationSources: Set<String>
    /// `negation.futureBanModals`: "ne pourront pas" in a press item reports a ban.
    let futureBanModals: Set<String>
    /// `coordinatedModals.secondInfinitiveClitics`: object pronouns between "et" and a bare
    /// modal's second infinitive ("et leur présenter le dispositif").
    let secondInfinitiveClitics: Set<String>
    /// `coordinatedModals.secondInfinitiveCoordinators`: "et", "puis" before a second bare infinitive.
    let secondInfinitiveCoordinators: Set<String>
    let notProhibition: [[String]]
    /// `negation.refrainVerbs`: a duty to do one of these is a duty not to act ("devront
    /// s'abstenir de").
    let refrainVerbs: Set<String>
    /// `negation.restrictedTo`: after "ne … que", a condition's first words ("lorsque",
    /// "dans le cas"): the act is forbidden outside it.
    let restrictedTo: [[String]]
    let lawReport: [[Element]]
    /// Words a law-report form can start with.
    let lawReportFirstWords: Set<String>
    /// "le texte prévoit que": the reported instruction, not the law (see the lexicon).
    let ownTextNouns: Set<String>
    let ownTextAdverbs: Set<String>
    /// "la présente circulaire": the text itself.
    let ownTextPresent: Set<String>
    let closings: [[Element]]
    let closingFirstWords: Set<String>
    /// Reported-request verbs: modality, whether the recipient is a direct object
    /// ("appelle les préfets à") and whether the request itself may be the object
    /// ("demande la mise en place de").
    /// `source`: the recipient after "de" ("attend des préfets une réactivité maximale").
    enum Construction: String, Sendable { case indirect, direct, wish, source }
    typealias ReportedVerb = (modality: Modality, construction: Construction, directObject: Bool, targetObject: Bool, namedSubject: Bool)
    let reportedVerbs: [String: ReportedVerb]
    let officialPhrases: [[String]]
    let authorities: Set<String>
    let nounDeterminers: Set<String>
    let indirectStarts: Set<String>
    let directStarts: Set<String>
    /// Words a `source` verb's recipient opens on ("attend des préfets…").
    let sourceStarts: Set<String>
    let indirectClitics: Set<String>
    let directClitics: Set<String>
    /// "Je vous demande d'examiner leur demande avec bienveillance", "à leur demande": after
    /// a preposition or an infinitive, "leur" is the possessive and the reported verb's form a
    /// noun ("demande"), no request reported.
    let possessiveLeur: (nouns: Set<String>, after: Set<String>, infinitiveEndings: [String])
    let objectStarts: Set<String>
    let reminderVerbs: Set<String>
    let reminderObjects: Set<String>
    let publicAudience: Set<String>
    /// Audience words that are adjectives too ("français"): the public only after a determiner.
    let publicAudienceAdjectives: Set<String>
    let oralAttributions: Set<String>
    /// See `File.Reported.writtenSources`.
    let writtenSources: Set<String>
    /// See `File.Reported.reminderPenalties`.
    let reminderPenalties: Set<String>
    /// `reported.qualifiedActs`: nouns of an act ("des arrêtés", "un décret") that a reported
    /// verb's present participle right after them describes ("des arrêtés interdisant l'usage
    /// des mortiers"): the act's content, no request of its own.
    let qualifiedActs: Set<String>
    /// `reported.actDesignationLinks`: the words between an act's number and its date
    /// ("Arrêté n° 12 du 3 mars 2024 interdisant…").
    let actDesignationLinks: Set<String>
    /// The pluperfect's auxiliaries ("avait demandé") and the imperfect's endings
    /// ("demandait"): a request told in these tenses is an earlier text's, background to the
    /// item ("Une circulaire de 2012 demandait déjà aux préfets de…").
    let earlierRequestAuxiliaries: Set<String>
    let earlierRequestEndings: [String]
    /// `reported.earlierRequest.markers`: words that set a past request before the item's news
    /// ("déjà", "précédemment", "l'an dernier"); without one, nor a year before the verb, a
    /// past request is the story the item tells in the past ("Le 22 octobre, le ministre
    /// avait écrit aux préfets pour demander…").
    let earlierRequestMarkers: Set<String>
    /// Subjects whose requests are public demands ("les associations appellent les préfets à").
    let nonAuthorities: Set<String>
    /// `reported.courtSubjects`: a court or a ruling whose order a press item reports
    /// ("le tribunal … enjoint au préfet de…"): no instruction to the reader.
    let courtSubjects: Set<String>
    /// `reported.verbCoordinators`: "et", "mais" before a reported verb that shares the
    /// sentence's first subject ("La Cimade demande le retrait … et appelle les préfectures à").
    let verbCoordinators: Set<String>
    /// "selon", "(d')après": who a sentence is attributed to follows.
    let attributions: Set<String>
    /// "Il les exhorte à": a subject pronoun standing for the authority.
    let pronounSubjects: Set<String>
    let notObjects: Set<String>
    let universalSubjects: Set<String>
    /// Universal subjects that stand alone: "quiconque", "nul".
    let universalPronouns: Set<String>
    /// "Seuls les potagers peuvent être arrosés": a subject restricted to what it names.
    let restrictiveSubjects: Set<String>
    /// "… et pourra également …": a bare modal after "et" that shares the subject of the
    /// directive before it, with its modality; adverbs that may stand between.
    let coordinatedModals: [String: Modality]
    let coordinatedAdverbs: Set<String>
    /// "… et de me signaler", "… et de veiller à": the first word (after "se") of a second
    /// infinitive that makes it a command of its own in a circular without a comma
    /// (`ClauseMatcher.secondInfinitives`).
    let secondCommandOpeners: Set<String>
    /// Every word the markers spell: the OCR repair of a unit's words ("dernande" →
    /// "demande") only ever yields one of these.
    let markerVocabulary: Set<String>
    /// The markers' words with an "m", as OCR reads them with "rn" ("dernande" → "demande"),
    /// unless that reading is itself one of the markers' words.
    let rnForM: [String: String]
    /// The markers' words with an "e" read as "c" ("Jc vous demande", "voudrez bicn",
    /// "vcillerez"), where the reading sets the c beside a letter French never sets it beside
    /// (`MatchWord.misreadC`): no French word is spelt so.
    let cForE: [String: String]
    /// OCR's capital I for l in short words ("II", "Ies"), to the word; `ocrNumerals` are also
    /// Roman numerals ("Titre II"), read as the word only where a clause opens.
    let ocrWords: [String: String]
    let ocrNumerals: Set<String>
    let ocrClauseOpeners: Set<String>
    /// See `impliedDuties` in the lexicon and `ClauseMatcher.impliedDuty`.
    let implied: ImpliedDutyWords
    /// Present-tense rules a text states in its own voice (`presentRules`).
    let present: PresentRuleWords
    /// Duties laid out as list items with no marker of their own (`listItemDuties`).
    let listItems: ListItemWords
    let subjectDeterminers: Set<String>
    let agentDeterminers: Set<String>
    let addresseeAgents: Set<String>
    /// Agent nouns (singular) → whether they name a role.
    let agents: [String: Bool]
    let selfSubjects: [[String]]
    /// After a duty modal, a verb whose subject undergoes the act ("doit se voir proposer").
    let undergoingVerbs: [[String]]
    let irregularInfinitives: Set<String>
    let notInfinitive: Set<String>
    let infinitiveLeading: Set<String>
    let subordinators: [[Element]]
    let subordinatorFirstWords: Set<String>
    let praise: Set<String>
    /// "doivent être considérés comme des déchets ménagers": participles that, before
    /// "comme", make a duty modal state what a thing is in law, no act anyone must do.
    let characterization: Set<String>
    /// "Le Conseil d'État doit prochainement rendre son avis": adverbs that, right after a
    /// modal, make it foretell an event, not bind anyone.
    let expectation: Set<String>
    /// "Les demandes pourront être déposées…": a future passive is a rule of the text's own.
    let passiveModals, passiveAdverbs, passiveAuxiliary: Set<String>
    let participleEndings: [String]
    /// Adjectives and nouns the participle endings would take ("titulaire", "vigilante").
    let adjectiveEndings: [String]
    /// "ont été invités": the auxiliary between a subject and "été".
    let perfectAuxiliaries: Set<String>
    let relayVerbs: Set<String>
    /// Object pronouns between ", et de" and the relay verb ("et de leur rappeler").
    let relayClitics: Set<String>
    let notAfterPas: Set<String>
    /// `measures.absenceEnds`: the folded words that close a "pas de …" clause telling what
    /// is absent ("pas d'embouteillages en vue"), as words; see `ClauseMatcher.measures`.
    let absenceEnds: [[String]]
    let obligationWords: Set<String>
    let privateForms: [[String]]
    let letterWords: Set<String>
    let privateRecipients: Set<String>
    let relativeBlockers: Set<String>
    /// `relativeAuxiliaries`: "serait" between "qui" and a generic marker ("qui serait rendue
    /// obligatoire").
    let relativeAuxiliaries: Set<String>
    /// `invertingRelatives`: "dont", "lesquelles" right before a bare modal ("l'information
    /// dont doivent disposer les responsables"): the relative clause puts its subject after
    /// the verb and describes a noun; no directive.
    let invertingRelatives: Set<String>
    let conditions: [[Element]]
    /// The conditions (indices, in order) that can start with a word: "à" starts three of
    /// fourteen, and is one word in three of a dense text.
    let conditionsByFirst: [String: [Int]]
    let enumerators: [[String]]
    let clauseBoundaries: Set<String>
    let notVerbs: Set<String>
    /// Pronouns hyphenated after an imperative ("veillez-y", "rappelez-leur"), stripped in order.
    let imperativeClitics: [String]
    let notImperative: [[String]]
    /// "ne", "se", "me", "leur", "en"…: what may stand between a named subject and its verb.
    let namedFutureClitics: Set<String>
    /// "en lien avec", "chacun pour ce qui le concerne": the openings of an aside between a
    /// subject and its verb ("Les préfets, en lien avec les recteurs, s'assureront"). Folded
    /// words, elisions spelt out.
    let subjectAsides: [[String]]
    /// "de", "du", "des": the words that open a title's next complement after a comma or
    /// "et" ("…de l'environnement, de l'aménagement et du logement"). Folded.
    let titleComplementOpeners: Set<String>
    let namedFutureExcluded: Set<String>
    let selfServices: Set<String>
    /// Agent nouns of officials whose future is a duty ("les officiers de police judiciaire
    /// aviseront"), and the verbs whose future a person undergoes ("bénéficieront").
    let officialAgents: Set<String>
    let agentFutureExcluded: Set<String>
    /// Futures of support a service offers the addressees ("Le SGAR vous apportera son
    /// concours", "la préfecture de région vous accompagnera"): after "vous" they announce
    /// help, they set nobody to work.
    let offeredToYou: Set<String>
    /// Futures that a sentence-opening "il"/"elle" does not make a duty of its antecedent's
    /// ("il conviendra", "il faudra", "elle expirera"), besides the excluded ones above.
    let pronounFutureExcluded: Set<String>
    /// "faire face", "composer avec": after a bare modal, a description, no directive.
    let descriptiveComplements: [[String]]
    /// `annexAnnouncements`, folded: the openings of a sentence that announces an annex
    /// ("vous trouverez", "veuillez trouver") and the words that name the annex right after
    /// ("ci-joint", "joint", "annexe"): the impersonal markers of that sentence describe the
    /// annexed text (`ClauseMatcher.annexAnnouncement`).
    let annexOpenings: [[String]]
    let annexWords: Set<String>
    /// `descriptiveModals.pressComplements`: in a press item, a modal before one of these
    /// schedules an event ("L'audience doit avoir lieu ce vendredi"), no duty.
    let pressScheduleComplements: [[String]]
    /// `pressRequests`, folded: the forms of a reported request beyond a verb and its
    /// recipient — an adverb before the request's infinitive ("appelle à mieux lutter"), the
    /// determiners of a noun asked for ("appelle à une attention soutenue"), the nouns before
    /// "faite" ("l'obligation faite aux préfets de"), the verbs of a decision before "de"
    /// ("a décidé d'interdire").
    struct PressRequestWords: Sendable { let infinitiveAdverbs, appealDeterminers, madeForms, dutyNouns, decisionVerbs: Set<String> }
    let pressRequests: PressRequestWords
    /// Verbs of saying whose "que" clause, after a directive, is what the addressees must
    /// pass on ("rappeler aux maires qu'ils sont tenus de…"): see `ClauseMatcher.withoutRelayedContent`.
    let relayedContentVerbs: Set<String>
    /// Units that act, after a universal word ("chaque service", "toute structure"): the
    /// subject of a rule's future (`ClauseMatcher.universalFuture`). Folded.
    let universalNouns: Set<String>
    /// Futures that describe what befalls such a subject ("s'exposera", "durera"). Folded.
    let universalFutureExcluded: Set<String>
    /// Adverbs that invert the subject of the clause they open ("Aussi devrez-vous…",
    /// "Ainsi veillerez-vous à…"), and the futures the second-person rule leaves to the
    /// lexicon markers that an inverted subject still makes directives ("devrez", "voudrez").
    /// Folded.
    let inversionAdverbs, invertedModals: Set<String>
    /// Nouns that label an instruction before a colon and an infinitive ("Première consigne :
    /// durcir le suivi…"), those that label advice, and the ordinals or adjectives that may
    /// stand before them. Folded.
    let instructionLabels, recommendationLabels, labelOrdinals: Set<String>
    /// Infinitives after a bare "peut|pourra" that say what may happen, not what someone may
    /// do ("Les entreprises peuvent connaître des difficultés"). Folded.
    let possibilityVerbs: Set<String>
    /// Nouns of an action after "par" in a passive: the means, not an agent ("devra être
    /// compensée par la suppression d'une norme"), so the modal still instructs.
    let passiveMeansNouns: Set<String>
    /// "juge", "tribunal": the first word of a passive's agent that leaves a duty modal the
    /// law speaking ("doivent être prises en compte par le juge") rather than a duty of that
    /// agent ("doivent être instruits par les services de la préfecture"). Folded.
    let passiveJudges: Set<String>
    /// "services", "inspection", "agents": the first word of a duty passive's agent that the
    /// lexicons know by no title but that names an administration at work ("doivent être
    /// réalisés par les services de l'Office français de la biodiversité"): a duty the text
    /// sets, actor unnamed. Folded.
    let passiveAdministrations: Set<String>
    /// Past participles of a meeting whose object is the recipients a press item's "leur"
    /// then stands for ("a réuni l'ensemble des préfets. Il leur a demandé…").
    let meetingVerbs: Set<String>
    /// See `ClauseMatcher.bodyFuture`: the bodies whose future instructs, the determiners
    /// their subject opens on, the futures that describe or schedule.
    let bodyNouns: Set<String>, bodyDeterminers: Set<String>, bodyFutureExcluded: Set<String>
    /// Of `bodyFutureExcluded`, the futures that schedule only with their "se" ("le comité se
    /// réunira le 12 mars"); without it they set the subject to work ("Les secrétaires
    /// généraux réuniront les directeurs").
    let bodyFutureReflexive: Set<String>
    /// Present-tense verbs that prescribe in an arrêté's article ("informent", "veillent").
    let articleVerbs: Set<String>
    /// Actors whose duty toward "vous" marks a page speaking to a private reader.
    let readerServices: Set<String>
    /// See `ClauseMatcher.commentary`.
    struct CommentaryWords: Sendable { let opinionVerbs, politicalBodies, remarkVerbs: Set<String> }
    let commentary: CommentaryWords
    /// Futures that instruct whoever their subject is ("Les chefs d'établissement veilleront
    /// à", "les agences régionales de santé s'assureront que", "Vos services me rendront
    /// compte"), by the future's word: the phrase's words and the future's index in it.
    let dutyFutures: [String: [(words: [String], verb: Int)]]
    /// The determiners such a subject opens on ("les", "chaque").
    let dutyDeterminers: Set<String>
    /// Addressee titles and named services as word sequences (singular and plural), for
    /// "Les parquets veilleront à…": set by the extractor, which owns those lexicons.
    let actorPhrases: [([String], String)]
    /// `actorPhrases` by their last word, longest first within each.
    let actorPhrasesByLast: [String: [([String], String)]]
    /// `actorPhrases` by their first word, longest first within each.
    let actorPhrasesByFirst: [String: [([String], String)]]
    /// Titles named only as a reported request's recipient ("aux élus"), longest first: see
    /// `ClauseMatcher.recipient`.
    let recipientPhrases: [([String], String)]
    let file: File

    /// The lexicon read section by section: each group of tables is built by a function of
    /// its own, from the file's section it reads.
    /// `actorPhrases`: see the property; longest first.
    init(store: LexiconStore, actorPhrases: [([String], String)] = [], recipientPhrases: [([String], String)] = []) throws {
        let f = try store.load("deontic-markers.json", as: File.self)
        file = f
        self.actorPhrases = actorPhrases
        self.recipientPhrases = recipientPhrases
        actorPhrasesByLast = Dictionary(grouping: actorPhrases, by: { $0.0.last ?? "" })
        actorPhrasesByFirst = Dictionary(grouping: actorPhrases, by: { $0.0.first ?? "" })
        (markers, byFirst, byFirstSecond, byFirstAnySecond) = Self.markerTables(f)
        genericFirstWords = Self.firstWords(markers.filter(\.generic).map(\.elements))
        markerVocabulary = Set(markers.flatMap { $0.elements.flatMap { e -> Set<String> in if case .words(let ws) = e { return ws } else { return [] } } })
        rnForM = MatchWord.rnReadings(markerVocabulary)
        cForE = MatchWord.cReadings(markerVocabulary)
        (futureClitics, futureExcluded, futureBlockedAfter, ownerWords, yourFutureExcluded) = Self.futureTables(f)
        (negBefore, negAfter, negSubjects, bareNegationModals, notProhibition) = Self.negationTables(f.negation)
        refrainVerbs = Set(f.negation.refrainVerbs ?? [])
        restrictedTo = (f.negation.restrictedTo ?? []).map { $0.split(separator: " ").map(String.init) }
        futureBanModals = Set((f.negation.futureBanModals ?? []).map { Fold.string($0) })
        secondInfinitiveClitics = Set((f.coordinatedModals.secondInfinitiveClitics ?? []).map { Fold.string($0) })
        secondInfinitiveCoordinators = Set((f.coordinatedModals.secondInfinitiveCoordinators ?? ["et"]).map { Fold.string($0) })
        operationalForces = Set(f.namedFuture.operationalForces ?? [])
        operationSources = Set((f.namedFuture.operationSources ?? []).map { Fold.string($0) })
        (lawReport, lawReportFirstWords, ownTextNouns, ownTextAdverbs, ownTextPresent) = Self.lawReportTables(f.lawReport)
        closings = f.closings.forms.map(Self.compile)
        closingFirstWords = Self.firstWords(closings)
        reportedVerbs = try Self.reportedVerbs(f)
        (officialPhrases, authorities, nounDeterminers, indirectStarts, directStarts, indirectClitics, directClitics, objectStarts)
            = Self.recipientTables(f.reported)
        (reminderVerbs, reminderObjects, publicAudience, oralAttributions, writtenSources, reminderPenalties) = Self.reminderTables(f.reported)
        qualifiedActs = Set(f.reported.qualifiedActs ?? [])
        earlierRequestMarkers = Set((f.reported.earlierRequest?.markers ?? []).map { Fold.string($0) })
        actDesignationLinks = Set((f.reported.actDesignationLinks ?? []).map { Fold.string($0) })
        publicAudienceAdjectives = Set(f.reported.publicAudienceAdjectives ?? [])
        verbCoordinators = Set(f.reported.verbCoordinators ?? [])
        sourceStarts = Set(f.reported.recipientStarts.source ?? [])
        courtSubjects = Set(f.reported.courtSubjects ?? [])
        possessiveLeur = f.reported.possessiveLeur.map { (Set($0.nouns), Set($0.after), $0.infinitiveEndings) } ?? ([], [], [])
        (earlierRequestAuxiliaries, earlierRequestEndings, nonAuthorities, attributions, pronounSubjects, notObjects)
            = Self.requesterTables(f.reported)
        (universalSubjects, universalPronouns, subjectDeterminers, agentDeterminers, addresseeAgents, agents, selfSubjects)
            = Self.subjectTables(f.subjects)
        restrictiveSubjects = Set((f.subjects.restrictive ?? []).map { Fold.string($0) })
        undergoingVerbs = (f.subjects.undergoingVerbs ?? []).map { MatchWord.words($0).map { Fold.string($0) } }
        (ocrWords, ocrNumerals, ocrClauseOpeners) = (f.ocrWords?.words ?? [:], Set(f.ocrWords?.numerals ?? []), Set(f.ocrWords?.clauseOpeners ?? []))
        present = PresentRuleWords(f.presentRules)
        listItems = ListItemWords(f.listItemDuties)
        implied = ImpliedDutyWords(f.impliedDuties, alsoTriggering: present.auxiliaries)
        coordinatedModals = Dictionary(uniqueKeysWithValues: f.coordinatedModals.modals.map { (Fold.string($0.key), $0.value) })
        coordinatedAdverbs = Set(f.coordinatedModals.adverbs.map { Fold.string($0) })
        secondCommandOpeners = Set((f.coordinatedModals.secondCommandOpeners ?? []).map { MatchWord.elisions[$0] ?? Fold.string($0) })
        irregularInfinitives = Set(f.infinitives.irregular.map { Fold.string($0) })
        notInfinitive = Set(f.infinitives.notInfinitive.map { Fold.string($0) })
        infinitiveLeading = Set(f.infinitives.leading.map { MatchWord.expand($0) })
        subordinators = f.subordinators.forms.map(Self.compile)
        subordinatorFirstWords = Self.firstWords(subordinators)
        praise = Set(f.praise.forms.map { Folder.shared.fold($0) })
        characterization = Set((f.characterization?.forms ?? []).map { Folder.shared.fold($0) })
        expectation = Set((f.expectation?.forms ?? []).map { Folder.shared.fold($0) })
        (passiveModals, passiveAdverbs, passiveAuxiliary, participleEndings, adjectiveEndings, perfectAuxiliaries)
            = Self.passiveTables(f.passivePermission)
        (relayVerbs, relayClitics) = (Set(f.relay.forms.map { Folder.shared.fold($0) }), Set(f.relay.clitics))
        (notAfterPas, obligationWords) = (Set(f.measures.notAfterPas), Set(f.measures.obligationWords))
        absenceEnds = (f.measures.absenceEnds ?? []).map(MatchWord.words)
        (privateForms, letterWords, privateRecipients)
            = (f.privateLetters.forms.map { MatchWord.words($0) }, Set(f.privateLetters.letters), Set(f.privateLetters.recipients))
        relativeBlockers = Set(f.relativeBlockers)
        relativeAuxiliaries = Set(f.relativeAuxiliaries?.forms ?? [])
        invertingRelatives = Set(f.invertingRelatives?.forms ?? [])
        conditions = f.conditions.forms.map(Self.compile)
        conditionsByFirst = Self.byFirstWord(conditions)
        enumerators = f.enumerators.forms.map { $0.split(separator: " ").map(String.init) }
        clauseBoundaries = Set(f.clauseBoundaries)
        (notVerbs, imperativeClitics, notImperative) = (Set(f.imperative.notVerbs), f.imperative.clitics,
                                                        f.imperative.notImperative.map { $0.split(separator: " ").map(String.init) })
        (namedFutureExcluded, namedFutureClitics, selfServices, officialAgents, agentFutureExcluded, offeredToYou, pronounFutureExcluded)
            = Self.namedFutureTables(f.namedFuture)
        (dutyFutures, dutyDeterminers) = Self.dutyFutureTables(f.namedFuture.dutyVerbs)
        subjectAsides = (f.namedFuture.asides ?? []).map { MatchWord.words($0).map { Fold.string($0) } }
        titleComplementOpeners = Self.folded(f.namedFuture.titleComplements)
        (descriptiveComplements, relayedContentVerbs, passiveMeansNouns, meetingVerbs) = Self.clauseWordTables(f)
        pressScheduleComplements = (f.descriptiveModals?.pressComplements ?? []).map { MatchWord.words($0).map { Fold.string($0) } }
        annexOpenings = (f.annexAnnouncements?.openings ?? []).map { MatchWord.words($0).map { Fold.string($0) } }
        annexWords = Set((f.annexAnnouncements?.annexWords ?? []).map { Fold.string($0) })
        pressRequests = PressRequestWords(infinitiveAdverbs: Self.folded(f.pressRequests?.infinitiveAdverbs), appealDeterminers: Self.folded(f.pressRequests?.appealDeterminers),
                                          madeForms: Self.folded(f.pressRequests?.madeForms), dutyNouns: Self.folded(f.pressRequests?.dutyNouns), decisionVerbs: Self.folded(f.pressRequests?.decisionVerbs))
        passiveJudges = Self.folded(f.passiveMeans?.judges)
        universalNouns = Self.folded(f.universalFuture?.nouns)
        universalFutureExcluded = Self.folded(f.universalFuture?.excluded)
        (inversionAdverbs, invertedModals) = (Self.folded(f.invertedFuture?.adverbs), Self.folded(f.invertedFuture?.modals))
        (instructionLabels, recommendationLabels) = (Self.folded(f.labelledInstructions?.labels), Self.folded(f.labelledInstructions?.recommendationLabels))
        labelOrdinals = Self.folded(f.labelledInstructions?.ordinals)
        possibilityVerbs = Set((f.possibility?.verbs ?? []).map { Fold.string(MatchWord.expand($0)) })
        passiveAdministrations = Self.folded(f.passiveMeans?.administrations)
        (bodyNouns, bodyDeterminers, bodyFutureExcluded) = Self.bodyFutureTables(f.bodyFuture)
        bodyFutureReflexive = Self.folded(f.bodyFuture?.reflexiveExcluded)
        articleVerbs = Set((f.prefectureLayouts?.articlePresent ?? []).map { Fold.string($0) })
        readerServices = Set(f.prefectureLayouts?.readerServices ?? [])
        commentary = CommentaryWords(opinionVerbs: Self.folded(f.commentary?.opinionVerbs), politicalBodies: Self.folded(f.commentary?.politicalBodies),
                                     remarkVerbs: Self.folded(f.commentary?.remarkVerbs))
        candidateWords = Self.candidateWordTable([
            (CandidateWord.closing, closingFirstWords), (CandidateWord.owner, ownerWords), (CandidateWord.reported, Set(reportedVerbs.keys)),
            (CandidateWord.reminder, reminderVerbs), (CandidateWord.implied, implied.triggers), (CandidateWord.article, articleVerbs),
            (CandidateWord.periodic, Set(present.periodicFirstWords)), (CandidateWord.trailingPeriod, present.trailingPeriodFirstWords),
            (CandidateWord.presentDuty, Set(present.duties.keys)), (CandidateWord.markerFirst, Set(byFirst.keys)),
            (CandidateWord.inverter, inversionAdverbs), (CandidateWord.label, instructionLabels.union(recommendationLabels)),
        ])
    }

    /// Which of the candidate rules' first-word sets hold a word (`ClauseMatcher.candidates`),
    /// as bits of one table: a word is hashed once per sentence instead of once per set (the
    /// string hashing was a quarter of a circular's extraction).
    enum CandidateWord {
        static let closing: UInt16 = 1, owner: UInt16 = 2, reported: UInt16 = 4, reminder: UInt16 = 8, implied: UInt16 = 16,
                   article: UInt16 = 32, periodic: UInt16 = 64, trailingPeriod: UInt16 = 128, presentDuty: UInt16 = 256,
                   markerFirst: UInt16 = 512, inverter: UInt16 = 1024, label: UInt16 = 2048
    }
    let candidateWords: [String: UInt16]

    private static func candidateWordTable(_ sets: [(UInt16, Set<String>)]) -> [String: UInt16] {
        var table: [String: UInt16] = [:]
        for (bit, words) in sets { for w in words { table[w, default: 0] |= bit } }
        return table
    }

    /// An optional list of the lexicon, folded, as a set.
    private static func folded(_ a: [String]?) -> Set<String> { Set((a ?? []).map { Fold.string($0) }) }

    /// "vous veillerez" (`futureSecondPerson`) and "votre service veillera" (`yourFuture`).
    private static func futureTables(_ f: File)
        -> (clitics: Set<String>, excluded: Set<String>, blockedAfter: Set<String>, owners: Set<String>, yourExcluded: Set<String>) {
        (Set(f.futureSecondPerson.clitics), Set(f.futureSecondPerson.excluded), Set(f.futureSecondPerson.blockedAfter),
         Set(f.yourFuture.owners), Set(f.yourFuture.excluded))
    }

    /// `negation`: the words around a negated modal, its subjects, the modals "ne" alone
    /// negates, and the negations that forbid nothing.
    private static func negationTables(_ n: File.Negation)
        -> (before: Set<String>, after: Set<String>, subjects: Set<String>, bareModals: Set<String>, notProhibition: [[String]]) {
        (Set(n.before), Set(n.after), Set(n.subjects), Set(n.bareModals.map { Fold.string($0) }),
         n.notProhibition.map { $0.split(separator: " ").map(String.init) })
    }

    /// `lawReport`: the forms that report the law, their first words, and the words that make
    /// the report the text's own.
    private static func lawReportTables(_ l: File.LawReport)
        -> (forms: [[Element]], firstWords: Set<String>, nouns: Set<String>, adverbs: Set<String>, present: Set<String>) {
        let forms = l.forms.map(Self.compile)
        return (forms, Self.firstWords(forms), Set(l.ownText.nouns), Set(l.ownText.adverbs), Set(l.ownText.presentWords))
    }

    /// `reported`: who may be a reported request's recipient, and how it is introduced.
    private static func recipientTables(_ r: File.Reported)
        -> (officials: [[String]], authorities: Set<String>, nounDeterminers: Set<String>, indirectStarts: Set<String>,
            directStarts: Set<String>, indirectClitics: Set<String>, directClitics: Set<String>, objectStarts: Set<String>) {
        (r.officials.map { MatchWord.words($0) }.sorted { $0.count > $1.count }, Set(r.authorities.map { Fold.string($0) }),
         Set(r.nounDeterminers), Set(r.recipientStarts.indirect), Set(r.recipientStarts.direct),
         Set(r.recipientClitics.indirect), Set(r.recipientClitics.direct), Set(r.objectStarts))
    }

    /// `reported`: the words of a reminder the press reports, and of what it attributes.
    private static func reminderTables(_ r: File.Reported)
        -> (verbs: Set<String>, objects: Set<String>, audience: Set<String>, oral: Set<String>, written: Set<String>, penalties: Set<String>) {
        (Set(r.reminderVerbs), Set(r.reminderObjects), Set(r.publicAudience), Set(r.oralAttributions ?? []),
         Set(r.writtenSources ?? []), Set(r.reminderPenalties ?? []))
    }

    /// `reported`: who requests (and when): the tenses of an earlier request, the groups
    /// without authority, attributions, subject pronouns, and what a person asks for.
    private static func requesterTables(_ r: File.Reported)
        -> (auxiliaries: Set<String>, endings: [String], nonAuthorities: Set<String>, attributions: Set<String>,
            pronouns: Set<String>, notObjects: Set<String>) {
        (Set((r.earlierRequest?.auxiliaries ?? []).map { Fold.string($0) }), r.earlierRequest?.endings ?? [],
         Set(r.nonAuthorities), Set(r.attributions), Set(r.pronounSubjects), Set(r.notObjects))
    }

    /// `subjects`: universal subjects, determiners, a passive's agents, agent nouns.
    private static func subjectTables(_ s: File.Subjects)
        -> (universal: Set<String>, pronouns: Set<String>, determiners: Set<String>, agentDeterminers: Set<String>,
            addresseeAgents: Set<String>, agents: [String: Bool], selfSubjects: [[String]]) {
        (Set(s.universal), Set(s.pronouns), Set(s.determiners), Set(s.agentDeterminers.map { Fold.string($0) }),
         Set(s.addresseeAgents.map { Fold.string($0) }),
         Dictionary(s.agents.map { (Fold.string($0.form), $0.role ?? true) }, uniquingKeysWith: { a, _ in a }),
         s.selfSubjects.map { MatchWord.words($0) })
    }

    /// `passivePermission`: the words of a future passive and a participle's endings.
    private static func passiveTables(_ p: File.PassivePermission)
        -> (modals: Set<String>, adverbs: Set<String>, auxiliary: Set<String>, participleEndings: [String],
            adjectiveEndings: [String], perfectAuxiliaries: Set<String>) {
        (Set(p.modals.map { Folder.shared.fold($0) }), Set(p.adverbs.map { Folder.shared.fold($0) }),
         Set(p.auxiliary.map { Folder.shared.fold($0) }), p.participleEndings.map { Folder.shared.fold($0) },
         p.adjectiveEndings, Set(p.perfectAuxiliaries.map { Folder.shared.fold($0) }))
    }

    /// `namedFuture`: what may stand between a named subject and its future, and the futures
    /// that are no duty (excluded, of a service of the ministry's own, offered to "vous", after
    /// a pronoun).
    private static func namedFutureTables(_ n: File.NamedFuture)
        -> (excluded: Set<String>, clitics: Set<String>, selfServices: Set<String>, officialAgents: Set<String>,
            agentExcluded: Set<String>, offeredToYou: Set<String>, pronounExcluded: Set<String>) {
        let agentExcluded = Set(n.agentExcluded ?? [])
        return (Set(n.excluded), Set(n.clitics.map { Fold.string($0) }), Set(n.selfServices), Set(n.officialAgents ?? []),
                agentExcluded, Set((n.offeredToYou ?? []).map { Fold.string($0) }),
                Set(n.pronounExcluded ?? []).union(n.excluded).union(agentExcluded))
    }

    /// `namedFuture.dutyVerbs`: the phrases by their future's word, and their determiners.
    private static func dutyFutureTables(_ d: File.DutyVerbs?) -> ([String: [(words: [String], verb: Int)]], Set<String>) {
        var duty: [String: [(words: [String], verb: Int)]] = [:]
        for form in d?.forms ?? [] {
            let words = MatchWord.words(form).map { Fold.string($0) }
            guard let v = words.firstIndex(where: { $0.hasSuffix("ra") || $0.hasSuffix("ront") }) else { continue }
            duty[words[v], default: []].append((words, v))
        }
        return (duty, Set((d?.determiners ?? []).map { Fold.string($0) }))
    }

    /// The words a clause's reading turns on: a modal's descriptive complements, the verbs
    /// whose content is relayed, a passive's means, a meeting's verbs.
    private static func clauseWordTables(_ f: File)
        -> (descriptive: [[String]], relayed: Set<String>, means: Set<String>, meetings: Set<String>) {
        ((f.descriptiveModals?.complements ?? []).map { MatchWord.words($0).map { Fold.string($0) } },
         folded(f.relayedContent?.verbs).union(folded(f.relayedContent?.nouns)), folded(f.passiveMeans?.nouns), folded(f.meetingRecipients?.verbs))
    }

    /// `bodyFuture`: the bodies whose future instructs, their determiners, the excluded futures.
    /// The officials' titles count as bodies: their future instructs the same way.
    private static func bodyFutureTables(_ b: File.BodyFuture?) -> (nouns: Set<String>, determiners: Set<String>, excluded: Set<String>) {
        (folded(b?.nouns).union(folded(b?.officials)), folded(b?.determiners), folded(b?.excluded).union(folded(b?.reflexiveExcluded)))
    }

    /// The markers compiled, and indexed by their first word and by their first two.
    private static func markerTables(_ f: File) -> ([Marker], [String: [Int]], [String: [String: [Int]]], [String: [Int]]) {
        var ms: [Marker] = []
        var first: [String: [Int]] = [:]
        for m in f.markers {
            let els = Self.compile(m.pattern)
            ms.append(Marker(pattern: m.pattern, elements: els, modality: m.modality, actor: m.actor,
                             generic: m.scope == "generic", needsAddressee: m.needsAddressee ?? false,
                             pressOnly: m.press ?? false, notInPress: m.press == false, notFollowedBy: Set((m.notFollowedBy ?? []).map { Fold.string($0) }), notFollowedWithin: max(1, m.notFollowedWithin ?? 1),
                             notPrecededBy: Set((m.notPrecededBy ?? []).map { Fold.string($0).replacingOccurrences(of: "'", with: "e") }),
                             attach: m.attach ?? false, yieldsToLaw: m.yieldsToLaw ?? false, examples: m.examples))
            if case .words(let ws)? = els.first { for w in ws { first[w, default: []].append(ms.count - 1) } }
        }
        var second: [String: [String: [Int]]] = [:], anySecond: [String: [Int]] = [:]
        for (w, idx) in first {
            func secondIsWords(_ i: Int) -> Bool {
                guard ms[i].elements.count >= 2, case .words = ms[i].elements[1] else { return false }
                return true
            }
            let open = idx.filter { !secondIsWords($0) }
            anySecond[w] = open
            var bySecond: [String: [Int]] = [:]
            for i in idx {
                guard ms[i].elements.count >= 2, case .words(let ws) = ms[i].elements[1] else { continue }
                for v in ws { bySecond[v, default: []].append(i) }
            }
            second[w] = bySecond.mapValues { (($0 + open).sorted()) }
        }
        return (ms, first, second, anySecond)
    }

    /// The verbs that report a directive ("a demandé aux préfets de"), by folded form.
    private static func reportedVerbs(_ f: File) throws -> [String: ReportedVerb] {
        var verbs: [String: ReportedVerb] = [:]
        for v in f.reported.verbs {
            guard let c = Construction(rawValue: v.construction) else { throw LexiconStore.LexiconError.unreadable("deontic-markers.json", "reported.verbs: unknown construction \(v.construction)") }
            for form in v.forms { verbs[Folder.shared.fold(form)] = (v.modality, c, v.directObject ?? false, v.targetObject ?? false, v.namedSubject ?? false) }
        }
        return verbs
    }

    /// Indices of the patterns by the words their first element allows.
    private static func byFirstWord(_ patterns: [[Element]]) -> [String: [Int]] {
        var byFirst: [String: [Int]] = [:]
        for (i, c) in patterns.enumerated() {
            if case .words(let ws)? = c.first { for w in ws { byFirst[w, default: []].append(i) } }
        }
        return byFirst
    }

    static func firstWords(_ patterns: [[Element]]) -> Set<String> {
        Set(patterns.flatMap { c -> Set<String> in
            if case .words(let w)? = c.first { return w }
            return []
        })
    }

    /// "je vous demande * de|a" → [words(je), words(vous), words(demande), gap(6), words(de, a)];
    /// "**" is a gap of twelve words ("il vous incombe donc, en initiant le travail …, de"),
    /// "*2" one of two ("sont également autorisés").
    static func compile(_ pattern: String) -> [Element] {
        pattern.split(separator: " ").map { part in
            if part == "*" { return .gap(6) }
            if part == "**" { return .gap(12) }
            if part.first == "*", let n = Int(part.dropFirst()) { return .gap(n) }
            let forms = part.split(separator: "|").map { Fold.string(String($0)).replacingOccurrences(of: "'", with: "e") }
            return .words(Set(forms + forms.flatMap(ocrReadings)))
        }
    }

    /// How OCR misreads one letter of a long pattern word: an i as l ("lnvite",
    /// "appartlent": the dot lost) or an e as c ("agrécr", "dcmande"). Words of five letters
    /// or more only: no reading of them is a French word (checked against the corpus), while
    /// short ones would be ("il" → "ll", "le" → "lc" are left to `repairOCR`).
    static func ocrReadings(_ w: String) -> [String] {
        let bytes = Array(w.utf8)
        guard bytes.count >= 5 else { return [] }
        var out: [String] = []
        for k in bytes.indices {
            let to: UInt8
            switch bytes[k] { case 0x69: to = 0x6C; case 0x65: to = 0x63; default: continue }
            var b = bytes; b[k] = to
            out.append(String(decoding: b, as: UTF8.self))
        }
        return out
    }

    /// End index (exclusive) of `elements` matched at `k` in `words`, or nil. Gaps are lazy
    /// and never cross a sentence-ending or list punctuation.
    static func match(_ elements: ArraySlice<Element>, _ words: [String], at start: Int) -> Int? {
        // Word elements in a loop, a gap by recursion on the rest: no slice per word (the
        // matcher runs this for every candidate marker at every word).
        var i = elements.startIndex, k = start
        while i < elements.endIndex {
            switch elements[i] {
            case .words(let set):
                while k < words.count && words[k].isEmpty { k += 1 }   // an OCR repair's joined part
                guard k < words.count, set.contains(words[k]) else { return nil }
                k += 1; i += 1
            case .gap(let n):
                let rest = elements[(i + 1)...]
                var j = k
                while j <= min(words.count, k + n) {
                    if let e = match(rest, words, at: j) { return e }
                    if j < words.count && (words[j] == "." || words[j] == ";" || words[j] == ":") { return nil }
                    j += 1
                }
                return nil
            }
        }
        return k
    }
}

/// The matching form of a token: folded, elisions spelt out ("d'" → "de", "qu'" → "que").
enum MatchWord {
    static let elisions: [String: String] = [
        "l'": "le", "d'": "de", "j'": "je", "m'": "me", "n'": "ne", "s'": "se", "t'": "te", "c'": "ce",
        "qu'": "que", "jusqu'": "jusque", "lorsqu'": "lorsque", "puisqu'": "puisque", "quoiqu'": "quoique",
    ]

    /// A lexicon phrase's words as `of` reads the text: the kernel's split
    /// (`LexiconPhrase.words`), elisions spelt out ("forces de l'ordre" → "forces", "de",
    /// "le", "ordre").
    static func words(_ phrase: String) -> [String] {
        LexiconPhrase.words(phrase).map { elisions[$0] ?? $0 }
    }

    /// `words` joined by spaces.
    static func expand(_ phrase: String) -> String { words(phrase).joined(separator: " ") }

    /// OCR's damage to a marker's words, undone where the repaired word is one the markers
    /// spell and the word as read is not: "rn" for "m" ("dernande", "rnettre"); a drop
    /// capital set apart at the start of a paragraph ("J e vous demande", "V ous veillerez":
    /// the joined word, then an empty word that the matcher skips, so that token indices
    /// stay aligned). Words are folded: the drop capital is a one-letter word.
    static func repairOCR(_ words: inout [String], vocabulary: Set<String>, rnForM: [String: String], cForE: [String: String] = [:], clitics: Set<String> = []) {
        for i in words.indices where hasRN(words[i]) {
            if let r = rnForM[words[i]] { words[i] = r }
        }
        for i in words.indices where misreadC(words[i]) {
            if let r = cForE[words[i]] { words[i] = r }
        }
        joinVerbSplitAfterVous(&words, vocabulary: vocabulary, clitics: clitics)
        // A drop capital opens its paragraph: the unit's first word only.
        guard words.count >= 2 else { return }
        let a = words[0].utf8
        if a.count == 1, let c = a.first, c >= 0x61 && c <= 0x7A, let b = words[1].utf8.first, b >= 0x61 && b <= 0x7A,
           !vocabulary.contains(words[1]), vocabulary.contains(words[0] + words[1]) {
            words[0] += words[1]
            words[1] = ""
        }
    }

    /// "Je vous de mande de …": a marker's verb that OCR broke in two after "vous" (a space
    /// read inside a letter-spaced or justified word). Joined when the two parts make one of
    /// the markers' words and the second is none (then an empty word, as for a drop
    /// capital); "vous" is never followed by two words that make a verb so, but by a clitic
    /// and its verb ("vous me demandez"), which are left apart (`clitics`: the lexicon's
    /// `futureSecondPerson` clitics).
    static func joinVerbSplitAfterVous(_ words: inout [String], vocabulary: Set<String>, clitics: Set<String>) {
        var i = 1
        while i + 1 < words.count {
            defer { i += 1 }
            guard words[i - 1] == "vous", words[i].utf8.count >= 2, !clitics.contains(words[i]),
                  let b = words[i + 1].utf8.first, b >= 0x61 && b <= 0x7A, !vocabulary.contains(words[i + 1]),
                  case let joined = words[i] + words[i + 1], vocabulary.contains(joined) else { continue }
            words[i] = joined
            words[i + 1] = ""
        }
    }

    /// "II vous appartient", "II conviendra", "Ies préfets veilleront": OCR reads the
    /// capital I of a scan for an l in the short words a marker or its subject opens with
    /// ("11 appartiendra": both letters read as digits). Only words of at most three letters
    /// opening on "i" or "1" are looked up (no hash per word); a Roman numeral ("Titre II est
    /// consacré") or a number ("11 départements") only after a clause opens: the sentence's
    /// start, a punctuation mark, "et", "mais"…
    static func repairCapitalI(_ words: inout [String], _ map: [String: String], numerals: Set<String>, openers: Set<String>) {
        guard !map.isEmpty else { return }
        for i in words.indices {
            let u = words[i].utf8
            guard u.count >= 2, u.count <= 3, u.first == 0x69 || u.first == 0x31, let r = map[words[i]] else { continue }
            if numerals.contains(words[i]) {
                guard i + 1 < words.count, words[i + 1].utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true else { continue }
                if i > 0 {
                    let p = words[i - 1]
                    guard openers.contains(p) || p.utf8.first.map({ $0 < 0x30 || $0 == 0x3A || $0 == 0x3B }) == true else { continue }
                }
            }
            words[i] = r
        }
    }

    /// Each word with an "e" as OCR misreads it — one "e" as "c", or every one — to the word,
    /// when the reading is none of the markers' words and holds a c French never writes so
    /// (only those are looked up: `misreadC`). "je" → "jc", "bien" → "bicn", "demande" →
    /// "dcmande", "dcmandc".
    static func cReadings(_ vocabulary: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        for w in vocabulary where w.utf8.contains(0x65) {
            let bytes = Array(w.utf8)
            var readings = bytes.indices.filter { bytes[$0] == 0x65 }.map { k -> [UInt8] in var b = bytes; b[k] = 0x63; return b }
            readings.append(bytes.map { $0 == 0x65 ? 0x63 : $0 })
            for r in readings {
                let damaged = String(decoding: r, as: UTF8.self)
                if !vocabulary.contains(damaged), misreadC(damaged) { out[damaged] = w }
            }
        }
        return out
    }

    /// Whether a folded word holds a "c" beside a letter French never sets it beside: after
    /// b, d, f, g, j, m, p, v, w or z ("jc", "dcmande", "vcillerez"), or before n, m, d, v, z,
    /// b, f, g, j, p or w ("bicn", "dcmande"). By bytes: every word of a unit is tested.
    @inline(__always) static func misreadC(_ w: String) -> Bool {
        var previous: UInt8 = 0
        var afterC = false
        for b in w.utf8 {
            if afterC && cannotFollowC(b) { return true }
            afterC = b == 0x63
            if afterC && cannotPrecedeC(previous) { return true }
            previous = b
        }
        return false
    }

    /// b d f g j m p v w z: letters no French word sets before a c.
    @inline(__always) static func cannotPrecedeC(_ b: UInt8) -> Bool {
        switch b { case 0x62, 0x64, 0x66, 0x67, 0x6A, 0x6D, 0x70, 0x76, 0x77, 0x7A: return true; default: return false }
    }

    /// n m d v z b f g j p w: letters no French word sets after a c.
    @inline(__always) static func cannotFollowC(_ b: UInt8) -> Bool {
        switch b { case 0x6E, 0x6D, 0x64, 0x76, 0x7A, 0x62, 0x66, 0x67, 0x6A, 0x70, 0x77: return true; default: return false }
    }

    /// Each word with an "m" as OCR misreads it, every "m" as "rn", to the word.
    static func rnReadings(_ vocabulary: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        for w in vocabulary where w.containsBytes("m") {
            let damaged = w.replacingOccurrences(of: "m", with: "rn")
            if !vocabulary.contains(damaged) { out[damaged] = w }
        }
        return out
    }

    /// Whether a word holds "rn", by its bytes (cheaper than a substring search per word).
    static func hasRN(_ w: String) -> Bool {
        var previous: UInt8 = 0
        for b in w.utf8 {
            if previous == 0x72 && b == 0x6E { return true }
            previous = b
        }
        return false
    }

    static func of(_ tt: TokenizedText, _ t: Token) -> String {
        let f = tt.folded(t)
        if t.kind == .elision { return elisions[f] ?? f }
        return f
    }
}

/// `impliedDuties` of the deontic lexicon as sets: duties stated without a modal of the
/// addressees ("Les maires seront associés", "qui devront être visibles", "Ces mesures
/// pourraient être…"), and the targets of a public appeal quoted by a press item.
struct ImpliedDutyWords: Sendable {
    let futureAuxiliaries, associationParticiples, adverbs, relativeModals, possibleModals, measureNouns, appealTargets: Set<String>
    let fromNowOn, dutyModals, presentModals, concessiveAdverbs: Set<String>
    /// "sera privilégié", "seront mises en œuvre": the participle (masculine singular) and the
    /// words after it, by the participle; with `directiveAdverbs` ("sera systématiquement
    /// saisie"), the future passives that instruct. See `ClauseMatcher.directivePassive`.
    let directiveParticiples: [String: [String]]
    let directiveAdverbs, appealSubjects: Set<String>
    /// Phrases that order a participle they follow like a manner adverb ("traitées en
    /// priorité", "prises dans un délai de dix jours"), folded, elisions spelt out.
    let directiveAdverbPhrases: [[String]]
    /// The words that open one of these rules: the matcher looks further only after them.
    let triggers: Set<String>

    /// `alsoTriggering`: the present rules' auxiliaries ("est", "sont"), so that one set test
    /// per word opens both (`ClauseMatcher.impliedDuty`).
    init(_ f: DeonticLexicon.File.ImpliedDuties?, alsoTriggering extra: Set<String> = []) {
        func set(_ a: [String]?) -> Set<String> { Set((a ?? []).map { Fold.string($0) }) }
        futureAuxiliaries = set(f?.futureAuxiliaries)
        associationParticiples = set(f?.associationParticiples)
        adverbs = set(f?.adverbs)
        relativeModals = set(f?.relativeModals)
        possibleModals = set(f?.possibleModals)
        measureNouns = set(f?.measureNouns)
        appealTargets = set(f?.appealTargets)
        fromNowOn = set(f?.fromNowOn)
        dutyModals = set(f?.dutyModals)
        presentModals = set(f?.presentModals)
        concessiveAdverbs = set(f?.concessiveAdverbs)
        var participles: [String: [String]] = [:]
        for p in f?.directiveParticiples ?? [] {
            let words = Fold.string(p).split(separator: " ").map(String.init)
            if let head = words.first { participles[head] = Array(words.dropFirst()) }
        }
        directiveParticiples = participles
        directiveAdverbs = set(f?.directiveAdverbs)
        directiveAdverbPhrases = (f?.directiveAdverbPhrases ?? []).map { MatchWord.words($0).map { Fold.string($0) } }
        appealSubjects = set(f?.appealSubjects)
        triggers = f == nil ? [] : futureAuxiliaries.union(possibleModals).union(["qui"]).union(extra)
    }
}
