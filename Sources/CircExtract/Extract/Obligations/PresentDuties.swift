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
              let (start, actor) = presentSubject(w, before: first) else { return nil }
        var hit = MarkerHit(start: start, end: end, modality: .obligation, actor: actor, marker: "présent d'instruction")
        applyNegation(&hit, w)
        return hit
    }

    /// The subject of a present duty ending before `first` (clitics aside): a role the
    /// lexicons know, or an official's or a body's title opening on a determiner, at the
    /// start of its clause. Its start and actor (the leading title; `nobody` for an unnamed
    /// body); nil for the emitter's own services or a subject that opens no clause.
    func presentSubject(_ w: [String], before first: Int) -> (Int, String?)? {
        var end = first
        while end > 0 && first - end < 2 && lex.namedFutureClitics.contains(w[end - 1]) { end -= 1 }
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

    /// Whether the determiner at `d` opens its clause: the sentence's start, or after a
    /// punctuation mark.
    func opensSubject(_ w: [String], at d: Int) -> Bool {
        d == 0 || [",", ";", ":", ".", "\""].contains(w[d - 1])
    }
}
