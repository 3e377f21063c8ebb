import CircText

/// The present tense a circular instructs with: "Les proviseurs veillent à ce que…", "Les
/// préfets s'assurent que…" (a verb of care or of a report due to the emitter: the verb is
/// the instruction, as its future is), "Le directeur départemental transmet chaque mois au
/// préfet…" (a verb of sending and the time it keeps). The same present describes when its
/// subject is no role ("Le groupe d'évaluation réunit les services"), when the verb is of
/// neither kind ("Le préfet dispose d'un pouvoir…"), when it is reported ("La loi prévoit
/// que le préfet veille…") or in a press item, which reports what others do.
extension ClauseMatcher {
    /// The present duty whose verb is at `k` (`presentRules.dutyVerbs`, `reportVerbs`), with
    /// its subject's role as actor; nil when the form, the time or the subject is missing.
    func presentDuty(_ w: [String], _ k: Int) -> MarkerHit? {
        guard !isPress, let forms = lex.present.duties[w[k]],
              let form = forms.first(where: { k >= $0.verb && Self.phrase($0.words, in: w, at: k - $0.verb) }) else { return nil }
        let first = k - form.verb
        let end = first + form.words.count
        if form.needsTime && !timeFollows(w, from: end) { return nil }
        guard !subordinated(w, first), !inRelative(w, first), !reportedClause(w, first),
              let (start, actor) = presentSubject(w, before: first) ?? coordinatedSubject(w, before: first) ?? pronounSubject(w, before: first)
        else { return nil }
        var hit = MarkerHit(start: start, end: end, modality: .obligation, actor: actor, marker: Self.presentMarker)
        applyNegation(&hit, w)
        return hit
    }

    /// The subject of a present duty ending before `first` (clitics aside): a role the
    /// lexicons know, or an official's or a body's title opening on a determiner, at the
    /// start of its clause. Its start and actor (the leading title; `nobody` for an unnamed
    /// body); nil for the emitter's own services or a subject that opens no clause.
    func presentSubject(_ w: [String], before first: Int) -> (Int, String?)? {
        let end = afterClitics(w, first)
        if let (s, id) = leadingSubject(w, before: end), s >= 1, lex.subjectDeterminers.contains(w[s - 1]), opensSubject(w, at: s - 1) {
            if lex.selfServices.contains(id) { return nil }
            return (s - 1, id)
        }
        var b = end - 1
        while b >= 0 && end - b <= 14 && !Self.subjectStops.contains(w[b]) { b -= 1 }
        guard end - b <= 14, end - (b + 1) >= 2, lex.dutyDeterminers.contains(w[b + 1]), opensSubject(w, at: b + 1) else { return nil }
        if w[b + 1] == "vos" || w[b + 1] == "votre" { return (b + 1, nil) }
        switch subject(w, before: end) {
        case .emitter: return nil
        case .named(let id): return (b + 1, id)
        case .agent(let slug):
            // An official ("les chefs d'établissement", "les inspecteurs") acts; anyone else's
            // present ("les familles transmettent") tells what happens.
            if let id = titleOpening(w, from: b + 2, to: end) { return (b + 1, id) }
            guard lex.officialAgents.contains(String(slug.prefix { $0 != "-" })) else { return nil }
            return (b + 1, slug)
        case .nobody, .none:
            guard let id = titleOpening(w, from: b + 2, to: end) ?? (bodySubject(w, before: end) != nil ? Self.nobody : nil) else { return nil }
            return (b + 1, id)
        }
    }

    /// The marker of a present duty; a pronoun's (`pronounSubject`) with no role named just
    /// before is dropped as the pronoun future's is.
    static let presentMarker = "présent d'instruction"

    /// The most words between a clause's start and the "et" of its second verb.
    static let coordinatedReach = 24

    /// "Les DRAAF coordonnent la surveillance et transmettent chaque mois…", "Les ARS
    /// s'assurent de la complétude des données et les transmettent…": a present after "et"
    /// (clitics between) shares the subject that opens its clause, read before the clause's
    /// first verb of the same number. The hit starts at "et"; its actor is that subject's.
    func coordinatedSubject(_ w: [String], before first: Int) -> (Int, String?)? {
        let e = afterClitics(w, first)
        guard e >= 4, w[e - 1] == "et" else { return nil }
        var open = e - 2
        while open > 0 && ![";", ":", ".", "\""].contains(w[open - 1]) { open -= 1 }
        guard e - 1 - open <= Self.coordinatedReach, open + 2 < e - 1 else { return nil }
        let plural = w[first].hasSuffix("ent")
        for v in (open + 2)..<(e - 1) where Self.presentOfNumber(w[v], plural: plural) {
            if let (s, actor) = presentSubject(w, before: v), s == open { return (e - 1, actor) }
        }
        return nil
    }

    /// "Elles transmettent chaque année…": a sentence-opening subject pronoun of the verb's
    /// number (clitics between), standing for the role the sentence before named
    /// (`resolvePronoun` fills it in, or drops the duty when none was named).
    func pronounSubject(_ w: [String], before first: Int) -> (Int, String?)? {
        guard afterClitics(w, first) == 1, Self.subjectPronouns.contains(w[0]), !Self.demonstratives.contains(w[0]),
              Self.pluralPronouns.contains(w[0]) == w[first].hasSuffix("ent") else { return nil }
        return (0, Self.antecedent)
    }

    /// Where the clitics before a verb at `first` start ("les transmettent", "s'assurent").
    func afterClitics(_ w: [String], _ first: Int) -> Int {
        var e = first
        while e > 0 && first - e < 2 && lex.namedFutureClitics.contains(w[e - 1]) { e -= 1 }
        return e
    }

    /// A third-person present's ending of that number: "-ent" in the plural; "-e" or "-t"
    /// in the singular ("vérifie", "établit").
    static func presentOfNumber(_ v: String, plural: Bool) -> Bool {
        plural ? v.hasSuffix("ent") : !v.hasSuffix("ent") && (v.hasSuffix("e") || v.hasSuffix("t"))
    }

    /// Whether the determiner at `d` opens its clause: the sentence's start, or after a
    /// punctuation mark.
    func opensSubject(_ w: [String], at d: Int) -> Bool {
        d == 0 || [",", ";", ":", ".", "\""].contains(w[d - 1])
    }
}
