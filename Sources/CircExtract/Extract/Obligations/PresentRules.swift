import CircText

/// `presentRules` of the deontic lexicon: the present tense of a rule a circular, a note or
/// an arrêté states in its own voice. The present more often describes ("peut être considéré
/// comme", "le dossier est transmis à la préfecture"), so each rule needs a sign that it
/// governs: a participle of an act a service performs, and for a duty a time it must keep.
struct PresentRuleWords: Sendable {
    struct File: Decodable {
        let auxiliaries, actParticiples, dutyParticiples, timeComplements: [String]
        let examples, counterExamples: [String]
        let periodics, periodicParticiples, listFraming: [String]?
        let limitVerbs, restrictedVerbs, limitExamples, limitCounterExamples: [String]?
        let readerPlaces, readerPlaceCounterExamples: [String]?
        let trailingPeriods, distributiveDeterminers, trailingPeriodExamples, trailingPeriodCounterExamples: [String]?
        let dutyVerbs, reportVerbs, dutyVerbExamples, dutyVerbCounterExamples: [String]?
        let timedVerbs, timedVerbExamples, timedVerbCounterExamples: [String]?
        let limitModals: [String]?
        let taskNouns, taskNounExamples, taskNounCounterExamples: [String]?
    }
    /// A present-tense duty's words ("veillent à", "me rend compte", "transmettent"), where
    /// its verb stands in them, and whether it needs a time to instruct (`reportVerbs`).
    struct DutyForm: Sendable { let words: [String]; let verb: Int; let needsTime: Bool }
    /// "est", "sont": the auxiliaries of a present passive duty (triggers of the rule).
    let auxiliaries: Set<String>
    /// "utilisé", "mis en œuvre": after "peut|peuvent être", an act the text allows or, with
    /// "ne … que", restricts. By the folded masculine singular head: the words after it.
    let actParticiples: [String: [String]]
    /// "conservé", "consigné": present passive duties beyond the future's `directiveParticiples`.
    let dutyParticiples: [String: [String]]
    /// "sans délai", "chaque semaine", "dans un délai": folded words of a time the duty keeps.
    let timeComplements: [[String]]
    /// "chaque trimestre", "au moins une fois": after a future passive's participle, a
    /// periodic duty ("seront organisés au moins une fois par an"). Folded words.
    let periodics: [[String]]
    /// The first words of `periodics` ("chaque", "au"), looked at after every word: two
    /// small-string comparisons cost less than hashing it for a set.
    let periodicFirstWords: [String]
    /// "organisé", "réuni": the recurring work of a service (folded masculine singular heads).
    let periodicParticiples: [String: [String]]
    /// "à cet effet", "pour ce faire": a framing phrase between a directive and the colon
    /// of its list ("Vous voudrez bien, à cet effet :"). Folded words.
    let listFraming: [[String]]
    /// "excéder", "dépasser": after "ne peut|peuvent", a cap the text sets ("Le recours à un
    /// local de rétention ne peut excéder 48 heures"). Folded words.
    let limitVerbs: [[String]]
    /// "intervenir", "avoir lieu", "être": after "ne peut|peuvent" and followed by "que" in
    /// their clause, a restriction ("Le relevé des empreintes ne peut intervenir qu'avec
    /// l'accord de la personne"). Folded words.
    let restrictedVerbs: [[String]]
    /// "sur le site", "en ligne": after an allowed act's participle, where the reader may
    /// find something ("Les statistiques peuvent être consultées sur le site de l'OFII"):
    /// information, no rule. Folded words.
    let readerPlaces: [[String]]
    /// "par an", "chaque trimestre": a period that closes a distributive rule's clause after
    /// its object ("Chaque préfet organise au moins un exercice par an"). Folded words.
    let trailingPeriods: [[String]]
    /// "chaque": the determiner of a distributive subject, which makes the present a rule.
    let distributiveDeterminers: Set<String>
    /// The first words of `trailingPeriods` ("par", "chaque").
    let trailingPeriodFirstWords: Set<String>
    /// The present of care and of reports due ("Les proviseurs veillent à…", "Les préfets
    /// s'assurent que…", `dutyVerbs`) and of sending with a time ("Le directeur départemental
    /// transmet chaque mois…", `reportVerbs`) or of an act with a time ("Les ARS arrêtent,
    /// avant le 30 juin, le volet…", `timedVerbs`), by their verb's folded word.
    let duties: [String: [DutyForm]]
    /// "pourra", "pourront": the futures that, negated, set a cap as the present does ("Les
    /// débits de boissons ne pourront rester ouverts au-delà de deux heures"). Folded.
    let limitModals: Set<String>
    /// "enjeux", "missions", "priorités": the reader's tasks, which a sentence that speaks to
    /// the reader names before a colon its items open on ("Les principaux enjeux vous
    /// concernant consistent à :" then "Organiser…", "Accompagner…"). Folded.
    let taskNouns: Set<String>

    init(_ f: File?) {
        func table(_ a: [String]?) -> [String: [String]] {
            var t: [String: [String]] = [:]
            for p in a ?? [] {
                let words = Fold.string(p).split(separator: " ").map(String.init)
                if let head = words.first { t[head] = Array(words.dropFirst()) }
            }
            return t
        }
        auxiliaries = Set((f?.auxiliaries ?? []).map { Fold.string($0) })
        actParticiples = table(f?.actParticiples)
        dutyParticiples = table(f?.dutyParticiples)
        // As the matcher reads them: folded, elisions spelt out ("à l'issue").
        func phrases(_ a: [String]?) -> [[String]] { (a ?? []).map { MatchWord.words($0).map { Fold.string($0) } } }
        timeComplements = phrases(f?.timeComplements)
        periodics = phrases(f?.periodics)
        periodicFirstWords = periodics.compactMap(\.first).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        periodicParticiples = table(f?.periodicParticiples)
        listFraming = phrases(f?.listFraming)
        limitVerbs = phrases(f?.limitVerbs)
        restrictedVerbs = phrases(f?.restrictedVerbs)
        readerPlaces = phrases(f?.readerPlaces)
        trailingPeriods = phrases(f?.trailingPeriods)
        trailingPeriodFirstWords = Set(trailingPeriods.compactMap(\.first))
        distributiveDeterminers = Set((f?.distributiveDeterminers ?? []).map { Fold.string($0) })
        duties = Self.dutyTable(care: f?.dutyVerbs ?? [], reports: (f?.reportVerbs ?? []) + (f?.timedVerbs ?? []))
        limitModals = Set((f?.limitModals ?? []).map { Fold.string($0) })
        taskNouns = Set((f?.taskNouns ?? []).map { Fold.string($0) })
    }

    /// `dutyVerbs` and `reportVerbs` by their verb: the first word that is no clitic ("me",
    /// "se"), as the matcher reads it (folded, elisions spelt out).
    static func dutyTable(care: [String], reports: [String]) -> [String: [DutyForm]] {
        var t: [String: [DutyForm]] = [:]
        for (forms, needsTime) in [(care, false), (reports, true)] {
            for form in forms {
                let words = MatchWord.words(form).map { Fold.string($0) }
                guard let v = words.firstIndex(where: { !["me", "se", "nous", "en"].contains($0) }) else { continue }
                t[words[v], default: []].append(DutyForm(words: words, verb: v, needsTime: needsTime))
            }
        }
        return t
    }

    /// The words a participle of `table` needs after it, in any gender and number
    /// ("utilisées" → "utilise"), or nil when `p` is none.
    static func lookup(_ table: [String: [String]], _ p: String) -> [String]? {
        if let rest = table[p] { return rest }
        var q = Substring(p)
        if q.hasSuffix("s") { q = q.dropLast(); if let rest = table[String(q)] { return rest } }
        if q.hasSuffix("e") { q = q.dropLast(); if let rest = table[String(q)] { return rest } }
        return nil
    }
}

extension ClauseMatcher {
    static let clauseEnds: Set<String> = [",", ";", ":", "."]
    /// Relative pronouns whose clause may put a noun subject before its verb.
    static let relativePronouns: Set<String> = ["lequel", "laquelle", "lesquels", "lesquelles", "duquel", "desquels", "desquelles", "auquel", "auxquels", "auxquelles", "dont"]

    /// "Les caméras individuelles peuvent être utilisées par les agents", "Le placement en
    /// rétention ne peut être décidé que si…": a present "peut|peuvent être" and the
    /// participle of an act (`actParticiples`) grant — or with "ne … que" restrict — what the
    /// text allows, a rule in its own voice. Judgements ("peut être considéré comme", "peut
    /// être source de") keep other participles and stay out, as the present passive did; so
    /// does a pronoun subject.
    func presentActPassive(_ w: [String], _ k: Int) -> Bool {
        guard lex.implied.presentModals.contains(w[k]) else { return false }
        var j = k + 1
        // "ne peut pas", "ne peuvent plus être placées", "ne peut jamais": the negation's word.
        if j < w.count && (w[j] == "pas" || w[j] == "plus" || w[j] == "jamais") { j += 1 }
        j = skippingAdverbs(w, from: j)
        guard j + 1 < w.count, lex.passiveAuxiliary.contains(w[j]) else { return false }
        let p = skippingAdverbs(w, from: j + 1)
        guard p < w.count, let rest = PresentRuleWords.lookup(lex.present.actParticiples, w[p]) else { return false }
        // "Toutefois, elle peut être accordée alors que…": after a pronoun the present goes on
        // explaining the sentence before (the law's account); a rule names what it governs.
        var s = k - 1
        while s > 0 && w[s] == "ne" { s -= 1 }
        if s >= 0, Self.pronounSubjects.contains(w[s]) { return false }
        // "le délai durant lequel l'effet suspensif peut être sollicité par le parquet", "le
        // délai avant l'expiration duquel une décision ne peut être prise": a relative clause
        // describes the law's terms; the rule is the law's.
        while s >= 0 && !Self.clauseEnds.contains(w[s]) {
            if Self.relativePronouns.contains(w[s]) { return false }
            s -= 1
        }
        let end = p + 1 + rest.count
        return Self.phrase(rest, in: w, at: p + 1) && !(end < w.count && w[end] == "comme")
            && !lex.present.readerPlaces.contains { Self.phrase($0, in: w, at: end) }
    }

    /// "Le procureur de la République est informé sans délai", "Les arrêtés sont notifiés aux
    /// propriétaires dans un délai de quinze jours", "Les données sont transmises chaque
    /// semaine": a present passive of a service's act on a case (the future's
    /// `directiveParticiples`, and `dutyParticiples`) with a time it must keep, before the
    /// clause ends, is a duty the text sets, actor unnamed. Without the time it describes a
    /// procedure ("le dossier est transmis à la préfecture"); not with an agent right after
    /// the participle, not negated, not in a relative, subordinate or "que" clause (a law
    /// reported: "l'article dispose que…"), not in a press item, which reports.
    func presentDirectivePassive(_ w: [String], _ k: Int) -> MarkerHit? {
        guard !isPress, k > 0, k + 1 < w.count else { return nil }
        // The participle first: one table lookup rules out most "est" and "sont".
        let p = skippingAdverbs(w, from: k + 1)
        guard p < w.count, let rest = directiveParticiple(w[p]) ?? PresentRuleWords.lookup(lex.present.dutyParticiples, w[p]),
              Self.phrase(rest, in: w, at: p + 1), !Self.presentBlockers.contains(w[k - 1]) else { return nil }
        let end = p + 1 + rest.count
        if end < w.count, w[end] == "par" { return nil }
        guard timeFollows(w, from: end) else { return nil }
        if case .emitter = subject(w, before: k) { return nil }
        guard !subordinated(w, k), !inRelative(w, k), !reportedClause(w, k) else { return nil }
        return MarkerHit(start: k, end: end, modality: .obligation, actor: nil, marker: "présent passif d'instruction")
    }

    /// "Le recours à un local de rétention ne peut excéder 48 heures", "Le relevé des
    /// empreintes ne peut intervenir qu'avec l'accord de la personne": "ne peut|peuvent" (the
    /// negation alone) and a cap (`limitVerbs`) or a procedural verb (`restrictedVerbs`)
    /// that "que" restricts in its clause — a prohibition the text states in its own voice,
    /// whoever reads it. Not "ne peut que" (a judgement: "ne peut qu'inquiéter"), not after a
    /// pronoun (the sentence before goes on: "Elle ne peut excéder…" explains the law), not
    /// a verb the lists do not hold ("ne peut réussir qu'avec l'appui des maires": rhetoric).
    func negatedLimit(_ w: [String], _ k: Int) -> Bool {
        guard k >= 2, w[k - 1] == "ne", lex.implied.presentModals.contains(w[k]) || lex.present.limitModals.contains(w[k]),
              k + 1 < w.count else { return false }
        if Self.pronounSubjects.contains(w[k - 2]) || w[k - 2] == "on" { return false }
        let v = w[k + 1] == "pas" ? k + 2 : k + 1
        guard v < w.count else { return false }
        if lex.present.limitVerbs.contains(where: { $0.first == w[v] && Self.phrase($0, in: w, at: v) }) { return true }
        guard let verb = lex.present.restrictedVerbs.first(where: { $0.first == w[v] && Self.phrase($0, in: w, at: v) }) else { return false }
        var j = v + verb.count
        while j < w.count && j <= v + 8 && ![",", ";", ":", ".", "qui", "lorsque", "si"].contains(w[j]) {
            // "ne peut être considéré que comme un premier pas": a judgement.
            if w[j] == "que" || w[j] == "qu'" { return !(j + 1 < w.count && w[j + 1] == "comme") }
            j += 1
        }
        return false
    }

    /// "Le préfet de département réunit au moins une fois par an le comité…", "Les sous-préfets
    /// président chaque trimestre…": a role the lexicons know, opening its clause on a
    /// determiner, a present verb and, right after it, a period (`periodics`) — a recurring
    /// duty the text sets in its own voice, actor that role. The period is the sign: without
    /// it the present describes ("Le sous-préfet préside la commission"); a body that is no
    /// role ("Le comité se réunit chaque trimestre") is left to describe too. Not in a press
    /// item, which reports; not an auxiliary ("a réuni chaque mois": a past fact).
    func presentPeriodic(_ w: [String], _ k: Int) -> MarkerHit? {
        guard !isPress, k >= 2, k + 2 < w.count, !Self.presentAuxiliaries.contains(w[k]),
              lex.present.periodics.contains(where: { $0.first == w[k + 1] && Self.phrase($0, in: w, at: k + 1) }),
              let (start, id) = leadingSubject(w, before: k), start >= 1, start < k, !lex.selfServices.contains(id),
              Self.periodicDeterminers.contains(w[start - 1]) else { return nil }
        guard start == 1 || [",", ";", ":", "."].contains(w[start - 2]) else { return nil }
        return MarkerHit(start: start - 1, end: k + 1, modality: .obligation, actor: id, marker: "présent périodique")
    }

    /// "Chaque préfet organise au moins un exercice par an", "Chaque préfet réunit le comité
    /// une fois par trimestre": a distributive subject (`distributiveDeterminers` and a role
    /// the lexicons know) opening its clause, a present verb, its object, then a period
    /// (`trailingPeriods`, at `k`) closing the clause — a recurring duty the text sets, actor
    /// that role. "Les préfets organisent en moyenne deux exercices par an" describes (no
    /// distributive subject); "chaque préfet a organisé" is a past fact (an auxiliary).
    func distributivePeriodic(_ w: [String], _ k: Int) -> MarkerHit? {
        guard !isPress, lex.present.trailingPeriods.contains(where: { Self.phrase($0, in: w, at: k) }) else { return nil }
        var c = k - 1
        while c >= 0 && k - c <= 16 && ![",", ";", ":", ".", "que", "qu'", "qui", "dont"].contains(w[c]) { c -= 1 }
        c += 1
        guard k - c <= 16, c + 2 < k, lex.present.distributiveDeterminers.contains(w[c]) else { return nil }
        for v in (c + 2)..<min(k, c + 10) {
            guard let (start, id) = namedSubject(w, before: v), start == c + 1 else { continue }
            guard !Self.presentAuxiliaries.contains(w[v]), !lex.selfServices.contains(id), v + 1 < k else { return nil }
            return MarkerHit(start: c, end: v + 1, modality: .obligation, actor: id, marker: "présent distributif périodique")
        }
        return nil
    }

    static let periodicDeterminers: Set<String> = ["le", "la", "les", "chaque"]
    static let presentAuxiliaries: Set<String> = ["a", "ont", "est", "sont", "avait", "avaient", "etait", "etaient", "peut", "peuvent", "doit", "doivent"]

    static let pronounSubjects: Set<String> = ["il", "elle", "ils", "elles", "ce", "cela", "celle-ci", "celui-ci"]

    /// Words before "est|sont" that make it no rule's auxiliary ("ne", a pronoun, a relative).
    static let presentBlockers: Set<String> = ["ne", "vous", "nous", "qui", "que", "qu'", "dont", "il", "ce", "c'"]

    /// Whether one of `timeComplements` opens within eight words of `e`, before the clause
    /// ends ("est informé sans délai", "sont notifiés aux propriétaires dans un délai de").
    func timeFollows(_ w: [String], from e: Int) -> Bool {
        var j = e
        while j < w.count && j <= e + 8 && ![",", ";", ":", ".", "qui", "lorsque", "si"].contains(w[j]) {
            if timeComplement(w, at: j) { return true }
            j += 1
        }
        // "Les maires adressent à la préfecture, au plus tard le 30 mai, la liste…": the time
        // set off by commas as an incise right after the verb's first words.
        return j < w.count && j <= e + 8 && w[j] == "," && j + 1 < w.count && timeComplement(w, at: j + 1)
    }

    /// Whether one of `timeComplements` starts at `j`.
    func timeComplement(_ w: [String], at j: Int) -> Bool {
        lex.present.timeComplements.contains { $0.first == w[j] && Self.phrase($0, in: w, at: j) }
    }

    /// How far back "que" may open the clause: a subject that cites its article is long ("…
    /// s'assureront que le rapport prévu à l'article D. 147-17 du code de procédure pénale est
    /// transmis …", fifteen words).
    static let reportedClauseReach = 20

    /// Whether "que" opens the clause of `k` ("l'article 63 prévoit que le procureur est
    /// informé sans délai"; "Les directeurs s'assureront que le rapport … est transmis dans un
    /// délai de deux mois": the content of the directive before, not a second one): a rule
    /// reported or governed, not stated.
    func reportedClause(_ w: [String], _ k: Int) -> Bool {
        var q = k - 1
        while q >= 0 && k - q <= Self.reportedClauseReach && ![",", ";", ":", "."].contains(w[q]) {
            if w[q] == "que" || w[q] == "qu'" { return true }
            q -= 1
        }
        return false
    }
}

extension ClauseMatcher {
    /// "Vous voudrez bien, à cet effet :", "Je vous demande, pour ce faire :": a directive, a
    /// framing phrase (`presentRules.listFraming`) and list adverbs, then the colon — the
    /// introduction of the items below, no directive of its own.
    func framedIntro(_ w: [String], from e: Int, colon: Int) -> Bool {
        guard colon - e <= 7 else { return false }
        var j = e, framed = false
        while j < colon {
            if Self.listAdverbs.contains(w[j]) { j += 1; continue }
            guard let c = lex.present.listFraming.first(where: { $0.first == w[j] && Self.phrase($0, in: w, at: j) }) else { return false }
            j += c.count; framed = true
        }
        return framed && j == colon
    }

    /// "Vous veillerez, en lien avec les préfets, à :", "Il vous appartient, dans le respect
    /// du contradictoire, de :": one incidental set off by commas right after the marker, then
    /// the preposition each item opens on and the colon — what the framing phrases of
    /// `framedIntro` do with any phrase: the introduction of the items below, no directive of
    /// its own. (An incidental with a clause of its own, a second comma or a semicolon, is
    /// more than a frame: "Vous veillerez, lorsque …, et …, à :" keeps its content.) The
    /// marker may have read its "de" inside the incidental ("Il vous appartient, dans le cadre
    /// des instances de coordination, de :"): the incidental opens at or before its end.
    func incidentalIntro(_ w: [String], _ h: MarkerHit, colon: Int) -> Bool {
        guard colon >= 4, ["a", "de"].contains(w[colon - 1]), w[colon - 2] == "," else { return false }
        var o = colon - 3
        while o > h.start && o >= colon - Self.incidentalReach && w[o] != "," {
            if [";", ".", ":", "que", "lorsque", "si"].contains(w[o]) { return false }
            o -= 1
        }
        return w[o] == "," && o > h.start && o <= h.end && o < colon - 3
    }

    /// The longest incidental `incidentalIntro` reads, in words with its two commas.
    static let incidentalReach = 12

    /// "Sont interdits jusqu'au 31 août 2023 :", "Par arrêté du 2 août, sont interdites
    /// dans le périmètre :": an act's rule whose verb opens its clause (at the sentence's start
    /// or after a fronted phrase's comma) and whose subjects are the items below — each item
    /// a directive of the rule's modality, the introduction none. Not a rule stated with its
    /// subject ("La vente d'alcool est interdite :" explains itself below).
    /// The rule's place and time may stand between its verb and the colon, a comma between
    /// the two ends of its period ("sont interdits sur l'ensemble du département à compter du
    /// mercredi 14 décembre à 16h00, jusqu'au jeudi 15 décembre à 8h00 :").
    func invertedRuleIntro(_ w: [String], _ h: MarkerHit, colon: Int) -> Bool {
        guard h.modality != .reminder, h.modality != .recommendation, colon - h.end <= Self.invertedRuleReach,
              !w[h.end..<colon].contains(where: { [";", "."].contains($0) }),
              w[h.end..<colon].filter({ $0 == "," }).count <= 1 else { return false }
        var k = h.start
        if k > 0, ["sont", "est", "restent", "demeurent"].contains(w[k - 1]) { k -= 1 }
        guard ["sont", "est", "restent", "demeurent"].contains(w[k]) || k < h.start else { return false }
        return k == 0 || w[k - 1] == "," || Self.opensAfterPageStamp(w, k)
    }

    /// How many words an inverted rule's place and time may take before its colon.
    static let invertedRuleReach = 30

    /// The items of an inverted rule flattened onto its line: "Sont interdits jusqu'au 30
    /// septembre : - l'arrosage des pelouses ; - le lavage des véhicules ; …" — where each
    /// item opens, after the colon or a semicolon and its bullet (as the lined form's items
    /// each carry the rule). Empty unless a bullet follows the colon.
    func inlineRuleItems(_ w: [String], _ h: MarkerHit, limit: Int) -> [Int] {
        var c = h.end
        while c < limit && w[c] != ":" { c += 1 }
        guard c + 2 < limit, Self.isBulletWord(w[c + 1]), invertedRuleIntro(w, h, colon: c) else { return [] }
        var starts: [Int] = []
        for k in c..<(limit - 2) where (w[k] == ":" || w[k] == ";") && Self.isBulletWord(w[k + 1]) {
            starts.append(k + 2)
        }
        return starts
    }

    static func isBulletWord(_ word: String) -> Bool {
        word.unicodeScalars.count == 1 && word.unicodeScalars.first.map(ListBullet.isBullet) == true
    }
}

