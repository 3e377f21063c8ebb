import CircText

/// Duties a text states without a modal of the addressees, and quoted appeals that only look
/// like directives. Words from `impliedDuties` in `deontic-markers.json`.
extension ClauseMatcher {
    /// The directive a trigger word (`ImpliedDutyWords.triggers`) opens at `k`, if any.
    func impliedDuty(_ w: [String], _ k: Int) -> MarkerHit? {
        if w[k] == "qui" { return relativeRequirement(w, k) }
        if lex.present.auxiliaries.contains(w[k]) { return isPress ? nil : presentDirectivePassive(w, k) }
        if lex.implied.possibleModals.contains(w[k]) { return possibleMeasure(w, k) }
        return associationPassive(w, k) ?? negatedFuturePassive(w, k) ?? directivePassive(w, k)
    }

    /// "Le défèrement sera privilégié", "La PJJ sera systématiquement saisie", "Un bilan
    /// trimestriel sera adressé à la direction": a future passive with no agent, in a
    /// circular's or an arrêté's own voice, tells the addressees what to do with a case — when
    /// its participle is one of a service's acts on a case (`directiveParticiples`) or a
    /// manner adverb orders it (`directiveAdverbs`). Other participles announce ("la campagne
    /// sera lancée", "une circulaire sera publiée"). Not what the emitter sends ("vous sera
    /// adressé"), not with "par" after it unless the agent is a role the lexicons know, who
    /// then acts (`passiveAgentDuty`; else a means, a procedure), not negated, not
    /// in a relative or subordinate clause, not the emitter's own services, not in a press
    /// item, where the future reports what will happen.
    func directivePassive(_ w: [String], _ k: Int) -> MarkerHit? {
        guard !isPress, k > 0, !["ne", "vous", "nous", "qui", "que", "qu'", "dont"].contains(w[k - 1]) else { return nil }
        var j = k + 1, ordered = false
        while j < w.count && j - k <= 3 {
            if lex.implied.directiveAdverbs.contains(w[j]) { ordered = true } else if !lex.implied.adverbs.contains(w[j]) && !lex.passiveAdverbs.contains(w[j]) { break }
            j += 1
        }
        guard j < w.count else { return nil }
        var end = j + 1
        if let rest = directiveParticiple(w[j]), Self.phrase(rest, in: w, at: j + 1) {
            end += rest.count
        } else if isParticiple(w[j]), ordered || orderedAfter(w, j + 1) != nil {
            // "seront réexaminées prioritairement", "seront produites sans délai".
            if !ordered { end += orderedAfter(w, j + 1) ?? 0 }
        } else if !periodicDuty(w, j) {
            return nil
        }
        // "seront traitées en priorité par les services de police": the agent the lexicons
        // know acts (`passiveAgentDuty`); "sera transmis par courrier aux intéressés" describes
        // a procedure, and an agent they do not know leaves it out.
        var actor: String? = nil
        if end < w.count, w[end] == "par" {
            guard end + 2 < w.count, lex.subjectDeterminers.contains(w[end + 1]), let id = passiveAgentDuty(w, k, agent: end + 2) else { return nil }
            actor = id
        }
        if case .emitter = subject(w, before: k) { return nil }
        guard !subordinated(w, k), !inRelative(w, k) else { return nil }
        return MarkerHit(start: k, end: end, modality: .obligation, actor: actor, marker: "futur passif d'instruction")
    }

    /// "Les exercices seront organisés au moins une fois par an", "Le comité sera réuni chaque
    /// trimestre": the participle of a service's recurring work (`presentRules.
    /// periodicParticiples`) and a period right after it (`periodics`). Other participles
    /// with a period schedule the ministry's own output ("Les statistiques seront publiées
    /// chaque trimestre").
    func periodicDuty(_ w: [String], _ j: Int) -> Bool {
        guard j + 1 < w.count, PresentRuleWords.lookup(lex.present.periodicParticiples, w[j]) != nil else { return false }
        return lex.present.periodics.contains { $0.first == w[j + 1] && Self.phrase($0, in: w, at: j + 1) }
    }

    /// The length of a manner adverb or phrase right after the participle ("réexaminées
    /// prioritairement", "produites sans délai", "traitées en priorité"), nil if none.
    func orderedAfter(_ w: [String], _ i: Int) -> Int? {
        guard i < w.count else { return nil }
        if lex.implied.directiveAdverbs.contains(w[i]) { return 1 }
        return lex.implied.directiveAdverbPhrases.first { $0.first == w[i] && Self.phrase($0, in: w, at: i) }?.count
    }

    /// The words a directive participle needs after it ("mis" + "en œuvre"), if `p` is one in
    /// any gender and number ("saisie", "mises", "transmis").
    func directiveParticiple(_ p: String) -> [String]? {
        let table = lex.implied.directiveParticiples
        if let rest = table[p] { return rest }
        var q = Substring(p)
        if q.hasSuffix("s") { q = q.dropLast(); if let rest = table[String(q)] { return rest } }
        if q.hasSuffix("e") { q = q.dropLast(); if let rest = table[String(q)] { return rest } }
        return nil
    }

    /// "Chacun est appelé à faire preuve de civisme", "Tous sont invités à prendre des
    /// nouvelles de leurs proches": an appeal to everyone, the way communiqués close — no one
    /// the text instructs (the rulebook leaves public appeals out). A universal pronoun
    /// standing alone is the subject of "est|sont invité(s)|appelé(s) à"; "chacun d'entre
    /// vous" and "tous les préfets" are the addressees, and a named public ("les usagers sont
    /// invités à limiter leurs déplacements") is a rule the communiqué states: both stay.
    func publicAppeal(_ w: [String], _ k: Int, _ e: Int) -> Bool {
        guard w[k] == "est" || w[k] == "sont", k > 0,
              w[k..<e].contains(where: { $0.hasPrefix("invit") || $0.hasPrefix("appel") }) else { return false }
        let s = k - 1
        return lex.implied.appealSubjects.contains(w[s]) && (s == 0 || [",", ";", ":", ".", "\"", "et"].contains(w[s - 1]))
    }

    /// Whether a relative pronoun opens the clause before `k` ("les procès-verbaux qui
    /// seront transmis", "dont le bilan sera adressé").
    func inRelative(_ w: [String], _ k: Int) -> Bool {
        var q = k - 1
        while q >= 0 && k - q <= 10 && ![",", ";", ":", "."].contains(w[q]) {
            if ["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"].contains(w[q]) { return true }
            q -= 1
        }
        return false
    }

    /// "Aucun titre de séjour ne sera délivré à un étranger qui…", "Aucune dérogation ne sera
    /// accordée": a negative subject and a future passive state what the addressees must not
    /// grant — a prohibition, in a circular's or an arrêté's own voice. In a press item the
    /// same words announce ("aucune sanction ne sera prise"): left out.
    func negatedFuturePassive(_ w: [String], _ k: Int) -> MarkerHit? {
        guard !isPress, k >= 2, w[k - 1] == "ne" else { return nil }
        let j = skippingAdverbs(w, from: k + 1)
        guard j < w.count, participleInRE(w[j]) else { return nil }
        var q = k - 2
        while q >= 0 && k - q <= 8 && ![",", ";", ":", ".", "que", "qui"].contains(w[q]) {
            if lex.negSubjects.contains(w[q]) {
                return MarkerHit(start: q, end: j + 1, modality: .prohibition, actor: nil, marker: "aucun … ne sera")
            }
            q -= 1
        }
        return nil
    }

    /// Whether the clause after "que" at `e` is passive ("Il importe que les sous-préfets
    /// soient tenus informés"): its subject undergoes; the duty is the addressees'. A subject
    /// may be long ("que les directeurs départementaux de la sécurité publique et les
    /// commandants de groupement soient associés"); a clause it opens ("que les parquets
    /// veillent à ce que les dossiers soient transmis") is another's.
    func passiveClause(_ w: [String], from e: Int) -> Bool {
        var j = e
        while j < w.count && j < e + Self.passiveSubjectWords && ![",", ";", ":", ".", "que", "qui", "dont"].contains(w[j]) {
            if w[j] == "soit" || w[j] == "soient" {
                let p = skippingAdverbs(w, from: j + 1)
                return p < w.count && isParticiple(w[p])
            }
            j += 1
        }
        return false
    }

    /// How far past "que" a passive's "soit"/"soient" is looked for: a subject of two
    /// coordinated titles.
    static let passiveSubjectWords = 18

    /// The index after up to three adverbs from `j` ("seront étroitement associés").
    func skippingAdverbs(_ w: [String], from j: Int) -> Int {
        var j = j, n = 0
        while j < w.count && n < 3 && (lex.implied.adverbs.contains(w[j]) || lex.passiveAdverbs.contains(w[j])) { j += 1; n += 1 }
        return j
    }

    /// Whether a subordinator ("si", "lorsque") opens the clause before `k`: a condition or
    /// a description, not a rule.
    func subordinated(_ w: [String], _ k: Int) -> Bool {
        var q = k - 1
        while q >= 0 && w[q] != "," && w[q] != ";" && w[q] != ":" {
            if lex.subordinatorFirstWords.contains(w[q]) {
                for c in lex.subordinators where DeonticLexicon.match(c[...], w, at: q) != nil { return true }
            }
            q -= 1
        }
        return false
    }

    /// "Les maires seront étroitement associés à la démarche", "les parquets seront
    /// consultés": a future passive of association whose subject is a role. The role does not
    /// act; the addressees must associate or consult it (the default actor — in a press item,
    /// the recipients reported). Not negated, not in a relative or subordinate clause.
    func associationPassive(_ w: [String], _ k: Int) -> MarkerHit? {
        guard k > 0, w[k - 1] != "ne" else { return nil }
        let j = skippingAdverbs(w, from: k + 1)
        guard j < w.count, lex.implied.associationParticiples.contains(w[j]) else { return nil }
        switch subject(w, before: k) {
        case .named, .agent: break
        default: return nil
        }
        guard !subordinated(w, k) else { return nil }
        return MarkerHit(start: k, end: j + 1, modality: .obligation, actor: nil, marker: "futur passif d'association")
    }

    /// "des dispositifs de protection qui devront être dissuasifs et visibles": a future modal
    /// in a relative clause, then "être" and an adjective, says what the thing must be — a
    /// duty of whoever the text last named. A participle ("qui devront être éloignés")
    /// describes the persons or things concerned; the present ("qui doivent être") describes
    /// the law: both stay out.
    func relativeRequirement(_ w: [String], _ k: Int) -> MarkerHit? {
        // "les orientations qui doivent désormais guider l'action publique": the rules the
        // text lays down from now on, the addressees' (or the role last named).
        if k > 0, k + 3 < w.count, lex.implied.dutyModals.contains(w[k + 1]), lex.implied.fromNowOn.contains(w[k + 2]) {
            return MarkerHit(start: antecedent(w, before: k), end: k + 3, modality: .obligation, actor: Self.inherited, marker: "qui doivent désormais")
        }
        guard k > 0, k + 3 < w.count, lex.implied.relativeModals.contains(w[k + 1]) else { return nil }
        let j = skippingAdverbs(w, from: k + 2)
        guard j + 1 < w.count, lex.passiveAuxiliary.contains(w[j]) else { return nil }
        let a = w[j + 1]
        guard a.count >= 4, a.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }), !isParticiple(a),
              !lex.subjectDeterminers.contains(a), !lex.implied.associationParticiples.contains(a) else { return nil }
        var hit = MarkerHit(start: antecedent(w, before: k), end: j + 2, modality: .obligation, actor: Self.inherited, marker: "qui devront être")
        // "vos dispositifs de protection qui devront…": the addressees' own thing, their duty.
        if w[hit.start..<k].contains(where: { $0 == "vos" || $0 == "votre" }) { hit.actor = nil; hit.second = true }
        return hit
    }

    /// Where the noun phrase a relative clause at `k` qualifies starts ("vos dispositifs de
    /// protection qui…"): back over its words and "de" complements, to its determiner, not
    /// past a preposition or punctuation — the directive is about that thing, and quotes it.
    func antecedent(_ w: [String], before k: Int) -> Int {
        var b = k
        while b > 0 && k - b < 6 {
            let p = w[b - 1]
            guard p.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }), !lex.clauseBoundaries.contains(p),
                  !Self.antecedentStops.contains(p) else { break }
            b -= 1
            // A determiner opens the phrase, unless it follows "de" ("des forces de l'ordre").
            if lex.subjectDeterminers.contains(p) || Self.possessives.contains(p), !(b > 0 && w[b - 1] == "de") { break }
        }
        return b
    }

    static let antecedentStops: Set<String> = ["dans", "a", "au", "aux", "pour", "sur", "par", "avec", "en", "vers", "chez", "sous", "selon"]
    static let possessives: Set<String> = ["vos", "votre", "ses", "son", "sa", "leurs", "leur", "ces", "ce", "cette", "un", "une"]

    /// "Ces mesures pourraient être l'interdiction de la vente d'alcool", "ces contrôles
    /// pourraient être renforcés": a measure the conditional offers is one the recipients may
    /// take — a permission, of whoever the text last named. Only a measure as the subject:
    /// "Cette décision pourrait être une erreur" is an opinion.
    func possibleMeasure(_ w: [String], _ k: Int) -> MarkerHit? {
        guard k > 0, w[k - 1] != "ne" else { return nil }
        let j = skippingAdverbs(w, from: k + 1)
        guard j < w.count, lex.passiveAuxiliary.contains(w[j]) else { return nil }
        // The measure noun, right before the modal or before one adjective ("ces mesures
        // préventives pourraient").
        let noun = lex.implied.measureNouns.contains(w[k - 1]) ? k - 1 : k >= 2 && lex.implied.measureNouns.contains(w[k - 2]) ? k - 2 : -1
        guard noun >= 1, lex.subjectDeterminers.contains(w[noun - 1]) || w[noun - 1] == "ces", !subordinated(w, k) else { return nil }
        return MarkerHit(start: k, end: j + 1, modality: .permission, actor: Self.inherited, marker: "conditionnel de possibilité")
    }

    /// In a press item, quoted directives that are someone's opinion, not an instruction: the
    /// words outside the quotation name a group with no authority ("a réagi la présidente de
    /// l'association"), or the quotation asks the government or the State to act ("« Il faut
    /// que le gouvernement entende enfin les policiers », a réagi son secrétaire général")
    /// and no authority speaks it ("« L'État doit être exemplaire », écrit le ministre" stays).
    func quotedOpinions(_ cands: [MarkerHit], _ w: [String], _ mask: [Bool]) -> [MarkerHit] {
        let inQuote = closingQuoteRun(w, mask)
        var speakerIsAuthority = false, speakerHasNone = false, spoken = false, written = false
        for i in w.indices where !inQuote[i] {
            if lex.nonAuthorities.contains(w[i]) { speakerHasNone = true }
            if lex.oralAttributions.contains(w[i]) { spoken = true }
            // "« … », ajoute la circulaire": a verb of speech attributing a written text.
            if lex.writtenSources.contains(w[i]) { written = true }
            // (The ministry, the préfecture, the item's author — not any role: "a réagi le
            // maire d'une commune concernée" is an opinion.)
            if lex.authorities.contains(w[i]) || authorWords.contains(w[i]) { speakerIsAuthority = true }
        }
        if speakerHasNone && !speakerIsAuthority { return cands.filter { !inQuote[$0.start] } }
        // Said aloud ("« Les maires doivent être nos premiers capteurs », a expliqué le préfet",
        // "« Il faut que l'Europe protège ses frontières », a-t-il lancé"), even by an
        // authority, a rule stated in the third person is a public statement, not the text's
        // directive; what it asks of "vous" or reports as asked ("« Je demande aux préfets
        // de… », a déclaré le ministre") stays.
        if spoken && !written { return cands.filter { !inQuote[$0.start] || $0.second || $0.reported || $0.marker.hasPrefix("je ") } }
        if speakerIsAuthority { return cands }
        return cands.filter { c in
            guard inQuote[c.start] else { return true }
            let lo = max(0, c.start - 4), hi = min(w.count, c.end + 4)
            return !(lo..<hi).contains { inQuote[$0] && lex.implied.appealTargets.contains(w[$0]) }
        }
    }

    /// 'Il faut adopter un comportement économe", poursuit le préfet.': the end of a quotation
    /// opened in an earlier sentence, closed before a comma and a verb of speech — the words
    /// before the closing mark are quoted too (a quotation left open with no such attribution,
    /// a page quoting a whole circular, stays the text's own voice).
    func closingQuoteRun(_ w: [String], _ mask: [Bool]) -> [Bool] {
        guard let q = w.firstIndex(of: "\""), q > 0, !mask[q], q + 2 < w.count, w[q + 1] == ",",
              w[(q + 2)..<min(w.count, q + 4)].contains(where: lex.oralAttributions.contains) else { return mask }
        var out = mask
        for i in 0...q { out[i] = true }
        return out
    }

    /// "Le secrétaire général de la préfecture et le directeur départemental de la sécurité
    /// publique sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté":
    /// the first role the listed subjects name (each noun phrase of the list, after its
    /// determiners), else nobody — an execution clause binds the officials it names. Nil for
    /// the addressees' own ("vos services sont chargés de l'exécution…"): the subject rule's.
    func listedSubject(_ w: [String], before k: Int) -> String? {
        var s = k - 1
        while s >= 0 && w[s] != ":" && w[s] != ";" && w[s] != "." { s -= 1 }
        if w[(s + 1)..<k].contains(where: { $0 == "vos" || $0 == "votre" || $0 == "vous" }) { return nil }
        var j = s + 1
        var opens = true
        while j < k {
            if opens {
                var d = j
                while d < k && lex.subjectDeterminers.contains(w[d]) { d += 1 }
                if d < k, let id = actorPhrase(w, at: d) { return id }
            }
            opens = w[j] == "," || w[j] == "et"
            j += 1
        }
        return Self.nobody
    }
}

extension ClauseMatcher {
    /// "Si les rassemblements sont interdits, des offices peuvent toutefois être célébrés à
    /// huis clos": a present modal, a concessive adverb, a passive — an exception the text
    /// grants (the present passive alone more often describes: "peut être considéré comme";
    /// a judgement "… comme" stays out with the adverb too).
    func concessivePassive(_ w: [String], _ k: Int) -> Bool {
        guard lex.implied.presentModals.contains(w[k]) else { return false }
        var j = k + 1, concessive = false
        while j < w.count && j <= k + 3 && (lex.implied.concessiveAdverbs.contains(w[j]) || lex.passiveAdverbs.contains(w[j])) {
            if lex.implied.concessiveAdverbs.contains(w[j]) { concessive = true }
            j += 1
        }
        guard concessive, j + 1 < w.count, lex.passiveAuxiliary.contains(w[j]), participleInRE(w[j + 1]) else { return false }
        return !(j + 2 < w.count && w[j + 2] == "comme")
    }
}

extension ClauseMatcher {
    /// A participle, "délivré" and "célébrés" included: folded, they end like the adjectives
    /// in "-re" that `isParticiple` leaves out; those in "-ire", "-ure", "-aire" stay out.
    func participleInRE(_ p: String) -> Bool {
        if isParticiple(p) { return true }
        guard p.count >= 5, p.hasSuffix("re") || p.hasSuffix("res") else { return false }
        return !["ire", "ires", "ure", "ures", "tre", "tres"].contains { p.hasSuffix($0) }
    }
}

extension ClauseMatcher {
    /// Adverbs of "mais seulement à…": what the negation leaves is all that is asked.
    static let restrictiveAdverbs: Set<String> = ["seulement", "uniquement", "simplement", "plutot", "bien"]

    /// "MM. les Commissaires n'ont point à s'occuper des détails de l'administration, mais
    /// seulement à s'assurer que les résultats s'obtiennent ; et s'ils éprouvent des obstacles,
    /// à les lever": after a prohibition, "mais (seulement) à|de + infinitive" is the duty it
    /// leaves, of the same actor, and "; et …, à + infinitive" one more.
    func dutiesLeftByNegation(_ out: [MarkerHit], _ w: [String]) -> [MarkerHit] {
        var extra: [MarkerHit] = []
        for (i, h) in out.enumerated() where h.modality == .prohibition {
            let limit = i + 1 < out.count ? out[i + 1].start : w.count
            var k = h.end
            while k + 2 < limit && w[k] != "mais" && w[k] != "." && w[k] != ";" { k += 1 }
            guard k + 2 < limit, w[k] == "mais", let e = infinitiveComplement(w, from: k + 1, limit: limit) else { continue }
            var duty = MarkerHit(start: k, end: e, modality: .obligation, actor: h.actor, marker: "mais à")
            duty.second = h.second
            extra.append(duty)
            // "; et s'ils éprouvent des obstacles, à les lever".
            var j = e
            while j + 1 < limit && w[j] != "." {
                if w[j] == ";" && w[j + 1] != "et" { break }
                if w[j] == ";" || w[j] == "et" && j > e {
                    var c = j + 1
                    while c < limit && c <= j + 10 && w[c] != "," && w[c] != ";" && w[c] != "." { c += 1 }
                    if c < limit, w[c] == ",", let e2 = infinitiveComplement(w, from: c + 1, limit: limit) {
                        var next = MarkerHit(start: j, end: e2, modality: .obligation, actor: h.actor, marker: "et … à")
                        next.second = h.second
                        extra.append(next)
                    }
                    break
                }
                j += 1
            }
        }
        return extra
    }

    /// The end of "(seulement) à|de" when an infinitive follows, from `i`.
    func infinitiveComplement(_ w: [String], from i: Int, limit: Int) -> Int? {
        var j = i
        while j < limit && j < i + 2 && Self.restrictiveAdverbs.contains(w[j]) { j += 1 }
        guard j + 1 < limit, w[j] == "a" || w[j] == "de", isInfinitive(w, j + 1) else { return nil }
        return j + 1
    }
}

extension ClauseMatcher {
    /// "et s'ils éprouvent des obstacles, à les lever": a unit that opens on "et", then after
    /// its first comma "à|de + infinitive" — one more duty of the series before it. The end of
    /// its marker, nil if the unit is not one.
    func continuedDuty(_ w: [String]) -> Int? {
        guard w.first == "et" else { return nil }
        var c = 1
        while c < w.count && c <= 10 && w[c] != "," && w[c] != ";" && w[c] != "." { c += 1 }
        guard c < w.count, w[c] == "," else { return nil }
        return infinitiveComplement(w, from: c + 1, limit: w.count)
    }
}

extension ObligationExtractor {
    /// Endings of the adjectives that complete a title ("commissaire extraordinaire",
    /// "gendarmes départementaux"), folded.
    static let titleAdjectiveEndings = ["aire", "aires", "al", "aux", "el", "els", "ique", "iques", "if", "ifs"]

    /// "Commissaires extraordinaires. … MM. les Commissaires n'ont point à …": a directive of
    /// a bare agent noun ("commissaire") is the titled role the text names elsewhere with its
    /// adjective, in the same number; the first such title, once per agent.
    func completeAgentTitles(_ out: inout [Obligation], _ tt: TokenizedText) {
        var titles: [String: String] = [:]
        for i in out.indices {
            guard let a = out[i].actor, !a.containsBytes("-"), lex.agents[a] == true else { continue }
            if titles[a] == nil { titles[a] = agentTitle(a, tt) ?? a }
            out[i].actor = titles[a]
        }
    }

    func agentTitle(_ a: String, _ tt: TokenizedText) -> String? {
        let plural = a + "s"
        let toks = tt.tokens
        for i in toks.indices.dropLast() where toks[i].kind == .word && toks[i + 1].kind == .word {
            let w = tt.folded(toks[i])
            guard w == a || w == plural else { continue }
            let y = tt.folded(toks[i + 1])
            guard y.count >= 6, y.hasSuffix("s") == (w == plural), !lex.markerVocabulary.contains(y),
                  Self.titleAdjectiveEndings.contains(where: { y.hasSuffix($0) }) else { continue }
            return a + "-" + ClauseMatcher.singular(y)
        }
        return nil
    }
}
