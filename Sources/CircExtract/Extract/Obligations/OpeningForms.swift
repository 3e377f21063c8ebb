/// Directives whose clause opens on something other than their subject: a future turned
/// round after an adverb ("Aussi devrez-vous…"), an instruction announced by a label and a
/// colon ("Première consigne : durcir le suivi…").
extension ClauseMatcher {
    /// "Aussi devrez-vous consacrer chaque instant de votre mandat à vos tâches", "Ainsi
    /// veillerez-vous à…": an adverb that opens its clause (`inversionAdverbs`) puts the
    /// subject after the verb, hyphenated; the future of "vous" then instructs as "vous
    /// devrez" does. `k` is the adverb. Only the futures the second-person rule reads, and the
    /// modals its lexicon markers hold (`invertedModals`); a question ends on "?" and is read
    /// no further.
    func invertedFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        guard k + 1 < w.count, opensClause(w, k), w[k + 1].hasSuffix("-vous") else { return nil }
        let v = String(w[k + 1].dropLast(5))
        guard v.count > 4, v.hasSuffix("rez"), lex.invertedModals.contains(v) || !lex.futureExcluded.contains(v) else { return nil }
        var hit = MarkerHit(start: k, end: k + 2, modality: .obligation, actor: nil, marker: "…rez-vous")
        hit.second = true
        applyNegation(&hit, w)
        return hit
    }

    /// "Première consigne : durcir le suivi des étrangers", "Priorité : ne pas laisser…",
    /// "Recommandation : associer les maires": a label of an instruction
    /// (`instructionLabels`, or of advice: `recommendationLabels`) opening its clause, maybe
    /// after an ordinal or a determiner, then a colon and an infinitive — the directive itself,
    /// its actor the text's (the addressees, or the recipients a press item last reported).
    /// `k` is the label. Aims ("Objectif : réduire les délais") and headings without an
    /// infinitive ("Consigne : la prudence") are no directive.
    func labelledInstruction(_ w: [String], _ k: Int) -> MarkerHit? {
        guard k + 2 < w.count, w[k + 1] == ":" else { return nil }
        var b = k
        while b > 0 && k - b < 2 && (lex.labelOrdinals.contains(w[b - 1]) || lex.subjectDeterminers.contains(w[b - 1])) { b -= 1 }
        guard opensClause(w, b) else { return nil }
        var v = k + 2
        if w[v] == "ne", v + 2 < w.count, w[v + 1] == "pas" || w[v + 1] == "jamais" { v += 2 }
        guard isBareInfinitive(w[v]) else { return nil }
        let modality: Modality = v > k + 2 ? .prohibition : lex.recommendationLabels.contains(w[k]) ? .recommendation : .obligation
        return MarkerHit(start: b, end: v + 1, modality: modality, actor: nil, marker: "consigne :")
    }

    /// "Les entreprises peuvent connaître des difficultés", "Les températures pourront
    /// atteindre 40 degrés", "des plaques peuvent se former": a bare "peut|pourra" before a
    /// verb of `possibilityVerbs` (past adverbs, "en" or "y"; a reflexive one with its "se")
    /// says what may happen — no permission. "Ces groupes pourront se constituer" acts.
    func statesPossibility(_ w: [String], from e: Int) -> Bool {
        var j = skippingAdverbs(w, from: e)
        if j < w.count && (w[j] == "en" || w[j] == "y") { j += 1 }
        guard j < w.count else { return false }
        if w[j] == "se" { return j + 1 < w.count && lex.possibilityVerbs.contains("se " + w[j + 1]) }
        return lex.possibilityVerbs.contains(w[j])
    }
}
