import CircText

/// A circular names a role once, then goes on with a pronoun: "II. Le rôle de l'OFII" /
/// "L'OFII est chargé de l'évaluation… Il devra proposer une offre… Il informera le
/// demandeur…", "Les procureurs de la République veilleront à… Ils s'assureront que…". The
/// pronoun's future instructs that role, not the addressees; with no role just named, the
/// pronoun is left alone (an impersonal "il", a thing: "Elles seront examinées").
extension ClauseMatcher {
    /// The actor of a directive whose subject is a pronoun, filled in by the extractor.
    static let antecedent = "@antecedent"

    static let subjectPronouns: Set<String> = ["il", "elle", "ils", "elles", "celui-ci", "celle-ci", "ceux-ci", "celles-ci"]
    static let pluralPronouns: Set<String> = ["ils", "elles", "ceux-ci", "celles-ci"]
    /// "Ceux-ci se rendront au domicile": a demonstrative stands for the role the sentence
    /// before named last, wherever it stood ("… par les agents de l'OFII. Ceux-ci …").
    static let demonstratives: Set<String> = ["celui-ci", "celle-ci", "ceux-ci", "celles-ci"]

    /// "Il informera le demandeur", "Ils s'assureront que", "Il me fera connaître son nom":
    /// a future right after a sentence-opening subject pronoun (clitics between), singular
    /// after "il"/"elle", plural after "ils"/"elles". Not an impersonal or happening verb
    /// (`pronounFutureExcluded`: "il conviendra", "il bénéficiera"); "fera" only after "me".
    /// In a press item only a future of care or of a report ("Ils veilleront également à…",
    /// `dutyFutures`): another future there tells what will happen ("Ils interviendront").
    func pronounFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        guard k >= 1, k <= 3, !isPress || lex.dutyFutures[w[k]] != nil else { return nil }
        let v = w[k]
        let plural = v.hasSuffix("ront")
        guard plural || v.hasSuffix("ra"), v.utf8.count >= 4 else { return nil }
        var p = k - 1
        while p > 0 && k - p <= 2 && lex.namedFutureClitics.contains(w[p]) { p -= 1 }
        guard p == 0, Self.subjectPronouns.contains(w[0]), Self.pluralPronouns.contains(w[0]) == plural else { return nil }
        if lex.pronounFutureExcluded.contains(v) {
            guard v == "fera" || v == "feront", k >= 2, w[k - 1] == "me" || w[k - 1] == "nous" else { return nil }
        }
        var hit = MarkerHit(start: 0, end: k + 1, modality: .obligation, actor: Self.antecedent, marker: "futur")
        applyNegation(&hit, w)
        return hit
    }
}

extension ObligationExtractor {
    /// "Il est interdit de…", "Il y a lieu de…", "Il s'agit de…": an impersonal "il".
    static let impersonalSeconds: Set<String> = ["est", "sera", "etait", "serait", "y", "se", "faut", "faudra"]

    /// Whether a unit's sentence opens on a subject pronoun.
    static func opensOnPronoun(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return ClauseMatcher.subjectPronouns.contains(first)
    }

    /// Gives the pronoun's directives of unit `ui` the role the unit just before named (see
    /// `noteAntecedent`); a pronoun future with no such role is no directive, a marker that
    /// takes its role from the text before ("Il leur reviendra de…") falls back on the actor
    /// last named. A modal's inherited actor ("Il devra proposer…") takes the role too, not an
    /// impersonal passive ("Il pourra être fait appel à un interprète"). In a press item too
    /// ("Les maires doivent communiquer… Ils veilleront également à…"); a pronoun that stands
    /// for the reported author ("Il leur demande…") is left to the press rules.
    func resolvePronoun(_ hits: inout [MarkerHit], _ words: [String], _ ui: Int, _ walk: Walk, reports: Bool, _ s: DocumentStructure) {
        // A press item too: "Les maires doivent communiquer… Ils veilleront également à…"
        // reports the same recipients' second duty.
        let opens = Self.opensOnPronoun(words)
        if opens, ui > 0, ClauseMatcher.demonstratives.contains(words[0]), hits.contains(where: { $0.actor == ClauseMatcher.antecedent }) {
            // Only the pronoun future takes it: a modal's demonstrative may be a thing ("la
            // décision… Celle-ci devra mentionner…"), left to the document's default.
            let previous = s.text.sentences[s.units[ui - 1].sentence].tokens.map { MatchWord.of(s.text, s.text.tokens[$0]) }
            let named = s.units[ui - 1].kind == .heading ? nil : lastActorPhrase(previous, before: previous.count)
            hits.removeAll { $0.actor == ClauseMatcher.antecedent && $0.marker == "futur" && named == nil }
            for i in hits.indices where hits[i].actor == ClauseMatcher.antecedent { hits[i].actor = named ?? ClauseMatcher.inherited }
            return
        }
        let role = opens ? walk.antecedent.flatMap { $0.after == ui - 1 ? $0.actor : nil } : nil
        hits.removeAll { $0.actor == ClauseMatcher.antecedent && ($0.marker == "futur" || $0.marker == ClauseMatcher.presentMarker || $0.generic) && role == nil }
        for i in hits.indices {
            if hits[i].actor == ClauseMatcher.antecedent {
                hits[i].actor = role ?? ClauseMatcher.inherited
            } else if let role, hits[i].actor == ClauseMatcher.inherited, hits[i].generic, hits[i].start <= 3,
                      !ClauseMatcher.demonstratives.contains(words[0]),
                      words.count > 1, !Self.impersonalSeconds.contains(words[1]),
                      !words[hits[i].end..<min(words.count, hits[i].end + 2)].contains("etre") {
                hits[i].actor = role
            }
        }
    }

    /// After unit `ui` (read through `last`): the role a pronoun opening the next unit stands
    /// for — the named actor of this unit's first directive when it opens the sentence ("Les
    /// procureurs veilleront…"), the role a pronoun here already stood for, else a title or
    /// service among the first words ("L'OFII est chargé de…"). Nil otherwise: a pronoun two
    /// sentences away is not resolved.
    func noteAntecedent(_ words: [String], _ emitted: ArraySlice<Obligation>, firstHitStart: Int?, last: Int, _ walk: inout Walk) {
        var role: String? = nil
        if let f = emitted.first, let a = f.actor, a != "addressees", !a.hasPrefix("@"),
           let start = firstHitStart, start <= 6 {
            role = a
        } else if Self.opensOnPronoun(words), let previous = walk.antecedent, previous.after < last {
            role = previous.actor
        } else {
            role = lastActorPhrase(words, before: min(words.count, 6))
        }
        walk.antecedent = role.map { (last, $0) }
    }

    /// A part heading that names a role ("II. LE RÔLE DES FORCES DE SÉCURITÉ INTÉRIEURE")
    /// is the antecedent of a pronoun opening the part ("Elles adapteront leur dispositif…").
    func noteHeading(_ s: DocumentStructure, _ ui: Int, _ walk: inout Walk) {
        let toks = s.text.sentences[s.units[ui].sentence].tokens
        let words = toks.map { MatchWord.of(s.text, s.text.tokens[$0]) }
        walk.antecedent = lastActorPhrase(words, before: words.count).map { (ui, $0) }
    }
}

extension ObligationExtractor {
    /// "La présente circulaire a pour objet de préciser les conditions dans lesquelles ces
    /// dispositions doivent être mises en œuvre": the text announcing its own purpose. A bare
    /// modal in that sentence describes what the text is about; the directives come later.
    /// (A marker addressed to the reader — "vous veillerez" — is kept.)
    func dropOwnPurpose(_ hits: inout [MarkerHit], _ words: [String]) {
        guard words.count > 6, hits.contains(where: \.generic) else { return }
        dropDescriptions(&hits, words)
        var k = 0
        if words[k] == "la" || words[k] == "le" { k += 1 }
        guard lex.ownTextPresent.contains(words[k]), lex.ownTextNouns.contains(words[k + 1]) else { return }
        k += 2
        guard k + 2 < words.count, ["a", "ont"].contains(words[k]), words[k + 1] == "pour",
              ["objet", "objectif", "but"].contains(words[k + 2]) else { return }
        hits.removeAll(where: \.generic)
    }
}

extension ClauseMatcher {
    /// "Ils recourront à l'amende forfaitaire et réserveront les poursuites aux réitérants",
    /// "Vous procéderez à l'examen et notifierez la décision": a second future of the same
    /// person after "et" (clitics between) is a second command of the same subject — two
    /// directives, as the rulebook counts them. Only after a future directive (a role's, a
    /// pronoun's, "vous …rez"), never a verb of what happens ("et bénéficieront").
    func coordinatedFuture(_ h: MarkerHit, _ w: [String], and k: Int, limit: Int, taken: [MarkerHit]) -> MarkerHit? {
        guard h.end > h.start, h.marker == "futur" || h.marker.hasPrefix("vous …") else { return nil }
        let verb = w[h.end - 1]
        let ending = verb.hasSuffix("ront") ? "ront" : verb.hasSuffix("rez") ? "rez" : verb.hasSuffix("ra") ? "ra" : nil
        guard let ending else { return nil }
        var m = k + 1
        while m < limit && m - k <= 3 && (lex.namedFutureClitics.contains(w[m]) || lex.coordinatedAdverbs.contains(w[m])) { m += 1 }
        guard m < limit, w[m].utf8.count >= 6, w[m].hasSuffix(ending), !(ending == "ra" && w[m].hasSuffix("ront")),
              !lex.pronounFutureExcluded.contains(w[m]), !lex.futureExcluded.contains(w[m]),
              !taken.contains(where: { $0.start >= k && $0.start <= m }) else { return nil }
        var second = MarkerHit(start: k, end: m + 1, modality: .obligation, actor: h.actor, marker: "et " + w[m])
        second.second = h.second
        applyNegation(&second, w)
        return second
    }
}

extension ObligationExtractor {
    /// "ANNEXE – FICHE RÉFLEXE DU PARQUET" / "- Activer la cellule de crise ;" / "- Désigner
    /// un magistrat référent…": in an annex, a bulleted item opening on an infinitive is a
    /// step of a procedure sheet — an instruction although no sentence introduces it. (In the
    /// body, such an item with no directive before it may be an objective or a title.)
    static func isProcedureSheetItem(_ u: StructureUnit, _ words: [String], _ skip: Int, _ matcher: ClauseMatcher) -> Bool {
        guard u.listItem, u.kind == .listItem, u.section?.hasPrefix("annexe") == true else { return false }
        return matcher.isInfinitive(words, skip)
    }
}

extension ObligationExtractor {
    /// "Les préfectures doivent faire face depuis plusieurs années à un nombre croissant de
    /// demandes": a bare modal whose complement (`descriptiveComplements`, a few adverbs or
    /// time phrases before it) tells what a service faces — context, no directive.
    /// In a press item, `pressScheduleComplements` too: "L'audience doit avoir lieu ce
    /// vendredi à 15h" schedules what the news reports.
    func dropDescriptions(_ hits: inout [MarkerHit], _ words: [String], press: Bool = false) {
        let complements = press ? lex.descriptiveComplements + lex.pressScheduleComplements : lex.descriptiveComplements
        hits.removeAll { h in
            guard h.generic, h.end > h.start else { return false }
            var j = h.end
            while j < words.count && j - h.end < 3 {
                if complements.contains(where: { ClauseMatcher.phrase($0, in: words, at: j) }) { return true }
                j += 1
            }
            return false
        }
    }
}
