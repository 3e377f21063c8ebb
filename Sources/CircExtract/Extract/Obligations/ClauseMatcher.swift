import CircText

/// A deontic marker found in a sentence, with the words it covers (indices into the
/// sentence's match words).
struct MarkerHit {
    var start: Int
    var end: Int
    var modality: Modality
    /// nil: the document's default actor; `ClauseMatcher.inherited`: the actor the text last
    /// named; `ClauseMatcher.nobody`: a rule in the text's own voice that names nobody.
    var actor: String?
    var marker: String
    /// The marker introduces a list ("il convient de :") and has no content of its own.
    var listIntro = false
    var endsWithQue = false
    /// Speaks to the addressees in the second person ("vous procéderez", "je vous demande",
    /// an imperative): in a press item, "vous" is the text's recipients.
    var second = false
    /// A bare modal ("doit", "peuvent", "est interdit").
    var generic = false
    /// A request a press item reports ("leur demande de", "a demandé aux préfets de").
    var reported = false
    /// See `DeonticLexicon.Marker.yieldsToLaw`.
    var yieldsToLaw = false
    /// A request made with a noun for its object ("exige des dispositifs adaptés"): an "et
    /// de" + infinitive further on is some other word's complement, no second request.
    var objectRequest = false
    /// A noun asked for with no recipient ("appelle à « une extrême vigilance »"): in a
    /// headline, the announcement of the request the lede reports with its recipients.
    var nounAppeal = false
}

/// Finds the directives of one sentence: lexicon markers, the instruction future
/// ("vous procéderez"), "votre équipe entrera", the imperative, reported requests of press
/// items, list items that open on an infinitive, with the scope rules that keep closing
/// formulas, legal description, relative clauses and quotations out.
struct ClauseMatcher {
    let lex: DeonticLexicon
    let isPress: Bool
    /// The folded words of the person a press item shows giving the instruction ("gerald",
    /// "darmanin"): "Gérald Darmanin veut que les préfets…" is the authority's wish.
    var authorWords: Set<String> = []
    /// The document's own addressee titles whose words the lexicons do not know ("ministre",
    /// "directeur régional des affaires culturelles"), singular and plural words, each with its
    /// id: "Les ministres s'assureront que…" names one of them.
    var documentActors: [([String], String)] = []
    /// The ids of the document's addressees: of two titles a body's words may open, theirs.
    var documentIds: Set<String> = []

    /// The actor the text last named ("Il revient au préfet d'exécuter celles-ci. … cette
    /// action doit être immédiate"; "a appelé les préfets à … Il leur demande de …").
    static let inherited = "@inherited"
    /// Nobody: "Tout officier de police judiciaire peut procéder à …".
    static let nobody = "@nobody"

    /// The markers of a sentence's words: candidates from the lexicon and the verb-form
    /// rules, then closings, quotations and law reports taken out, overlaps resolved, and the
    /// second directives a first one carries ("et que …", list items, relays) added.
    func hits(words: [String], inQuote: [Bool]) -> [MarkerHit] {
        let n = words.count
        var (cands, attached, closings) = candidates(words, inQuote)
        cands = filtered(cands, attached: attached, closings: closings, words, inQuote)
        var out = resolved(cands, words)
        if out.isEmpty, let intro = taskListIntro(words) ?? measureListIntro(words) { out = [intro] }
        let extra = carried(out, words) + coordinated(out, words) + dutiesLeftByNegation(out, words)
        if !extra.isEmpty { out = (out + extra).sorted { $0.start < $1.start } }
        // "Vous veillerez à ne pas interpeller…", "je vous demande de ne plus recourir…": a
        // duty to refrain is a prohibition.
        for i in out.indices where out[i].modality == .obligation && refrains(words, out[i]) {
            out[i].modality = .prohibition
        }
        // A marker right before ":" at the end introduces a list.
        for i in out.indices {
            let e = out[i].end
            if e < n && words[e] == ":" && e + 1 >= n - 1 { out[i].listIntro = true }
            if e == n - 1 && words[e] == ":" { out[i].listIntro = true }
            // "Je vous demande" then "- de vérifier…" on the next line, no colon: a marker
            // that ends its sentence, with no object and no full stop, opens the items after.
            if e == n && e > out[i].start && !closesOwnRule(words, out[i]) { out[i].listIntro = true }
            // "Vous veillerez notamment à :", "Il vous appartient en particulier de :": an
            // adverb and the preposition that opens each item, then the closing colon.
            if e < n - 1, words[n - 1] == ":", (n - 1) - e <= 3, ["a", "de", "d'", "que", "qu'"].contains(words[n - 2]),
               !words[e..<(n - 1)].contains(where: { [",", ";", "."].contains($0) }) {
                out[i].listIntro = true
            }
            // "Elles veilleront notamment :", "Vous pourrez, en particulier :" then "- à garantir…",
            // "- interdire…": the adverb alone before the colon.
            if e < n - 1, words[n - 1] == ":", (n - 1) - e <= 3, words[e..<(n - 1)].allSatisfy(Self.listAdverbs.contains) {
                out[i].listIntro = true
            }
            if e < n - 1, words[n - 1] == ":", framedIntro(words, from: e, colon: n - 1) { out[i].listIntro = true }
            if e < n - 1, words[n - 1] == ":", incidentalIntro(words, out[i], colon: n - 1) { out[i].listIntro = true }
            if e < n - 1, words[n - 1] == ":", invertedRuleIntro(words, out[i], colon: n - 1) { out[i].listIntro = true }
            if out[i].marker != "item", !inlineRuleItems(words, out[i], limit: n).isEmpty { out[i].listIntro = true }
        }
        return out
    }

    /// Every marker that matches at some word, before any is weighed against another;
    /// `attached` modify a neighbour ("en aucun cas"), `closings` are politeness formulas.
    func candidates(_ words: [String], _ inQuote: [Bool]) -> (cands: [MarkerHit], attached: [MarkerHit], closings: [Range<Int>]) {
        var cands: [MarkerHit] = []
        let n = words.count
        var closings: [Range<Int>] = []
        var attached: [MarkerHit] = []
        // A list introduction ends its sentence on ":" (or just before its last word).
        let endsOnColon = words.last == ":" || n >= 2 && words[n - 2] == ":"
        // Only a sentence that holds an arrêté's article looks up its present tense.
        let inArticle = words.contains { Self.articleLabels.contains($0) }
        typealias W = DeonticLexicon.CandidateWord
        let flags = words.map { lex.candidateWords[$0] ?? 0 }
        for k in 0..<n {
            let word = words[k], flag = flags[k]
            if flag & W.closing != 0 {
                for c in lex.closings {
                    if let e = DeonticLexicon.match(c[...], words, at: k) { closings.append(k..<e); break }
                }
            }
            // (Only a marker's first word, or "vous" before "ne", opens a lexicon marker.)
            for (hit, attach) in flag & W.markerFirst == 0 && word != "vous" ? [] : lexiconHits(words, inQuote, at: k, endsOnColon: endsOnColon) {
                if attach { attached.append(hit) } else { cands.append(hit) }
            }
            if word == "vous", let h = instructionFuture(words, k), isPress || !inQuote[k] { cands.append(h) }
            if flag & W.owner != 0, let h = yourFuture(words, k), isPress || !inQuote[k] { cands.append(h) }
            if opensClause(words, k), let h = imperative(words, k), isPress || !inQuote[k] { cands.append(h) }
            if flag & W.inverter != 0, let h = invertedFuture(words, k), isPress || !inQuote[k] { cands.append(h) }
            if flag & W.label != 0, let h = labelledInstruction(words, k), !inQuote[k] { cands.append(h) }
            if k <= 3, let h = pronounFuture(words, k) { cands.append(h) }
            if word.utf8.count >= 5, word.count >= 5, let h = namedFuture(words, k), isPress || !inQuote[k],
               !(isPress && !inQuote[k] && describesOperation(words, h)) { cands.append(h) }
            // "Chaque préfet me fera parvenir": a four-letter future of the report verbs.
            if word.utf8.count == 4, word.hasSuffix("ra"), let h = dutyFuture(words, k), !inQuote[k] { cands.append(h) }
            if flag & W.reported != 0, let h = reported(words, k), isPress || !inQuote[k] { cands.append(h) }
            if isPress, flag & W.reminder != 0, let h = reportedReminder(words, k) { cands.append(h) }
            if flag & W.implied != 0, let h = impliedDuty(words, k), isPress || !inQuote[k] { cands.append(h) }
            if inArticle, flag & W.article != 0, let h = articlePresent(words, k), isPress || !inQuote[k] { cands.append(h) }
            if k + 1 < n, flags[k + 1] & W.periodic != 0, !inQuote[k], let h = presentPeriodic(words, k) { cands.append(h) }
            if flag & W.trailingPeriod != 0, !inQuote[k], let h = distributivePeriodic(words, k) { cands.append(h) }
            if flag & W.presentDuty != 0, !inQuote[k], let h = presentDuty(words, k) { cands.append(h) }
        }
        return (cands, attached, closings)
    }

    static let listAdverbs: Set<String> = ["notamment", "en", "particulier", "surtout", "ainsi", ","]

    /// The lexicon's markers that match at `k`, each with whether it attaches to a neighbour.
    func lexiconHits(_ words: [String], _ inQuote: [Bool], at k: Int, endsOnColon: Bool) -> [(MarkerHit, Bool)] {
        let n = words.count
        let word = words[k]
        var found: [(MarkerHit, Bool)] = []
        // "… il vous revient d'apprécier s'il y a lieu d'interdire", "s'il convient de…": an
        // impersonal marker after "si" is a condition or an indirect question, no directive.
        if word == "il" && k > 0 && (words[k - 1] == "si" || words[k - 1] == "se") { return found }
        // (An OCR repair may leave an empty word after the one it joined.)
        let second = k + 1 < n && words[k + 1].isEmpty ? k + 2 : k + 1
        // Narrowed by the next word, except before a final colon, where a list
        // introduction may match its first word alone.
        if let idx = endsOnColon ? lex.byFirst[word]
            : lex.byFirst[word] == nil ? nil
            : second < n ? (lex.byFirstSecond[word]?[words[second]] ?? lex.byFirstAnySecond[word]) : lex.byFirstAnySecond[word] {
            for mi in idx {
                // The marker is copied (a dozen retains) only once it matches: most
                // candidates sharing a first word ("vous") fail on the second.
                if lex.markers[mi].pressOnly && !isPress || lex.markers[mi].notInPress && isPress { continue }
                guard let e = DeonticLexicon.match(lex.markers[mi].elements[...], words, at: k)
                        ?? (endsOnColon ? listIntroduction(lex.markers[mi], words, at: k) : nil) else { continue }
                let m = lex.markers[mi]
                if m.cancelled(words, from: k, at: e) { continue }
                if !isPress && inQuote[k] { continue }
                // "Les associations attendent des préfets qu'ils…": a public demand.
                if m.pressOnly && demandedByNonAuthority(words, k) { continue }
                // "Cette jurisprudence s'impose aux préfets de région": the reflexive verb
                // binds by itself; nobody asks.
                if m.pressOnly && k > 0 && (words[k - 1] == "se" || words[k - 1] == "s'") { continue }
                var hit = MarkerHit(start: k, end: e, modality: m.modality, actor: m.actor, marker: m.pattern)
                hit.endsWithQue = m.endsWithQue
                hit.reported = m.pressOnly
                hit.yieldsToLaw = m.yieldsToLaw
                // "N'hésitez pas à…" speaks to "vous" without saying it: the imperative's ending.
                hit.second = words[k..<e].contains { $0 == "vous" || $0.hasSuffix("ez") }
                // "n'est pas interdit": no prohibition.
                // (A marker that opens on its own "ne" — "ne sont pas admis" — is the negation.)
                if m.generic && m.modality == .prohibition && words[k] != "ne" && words[k..<e].contains(where: { lex.negAfter.contains($0) }) { continue }
                if !m.generic && objectRelative(words, k) { continue }
                if m.generic {
                    // "Selon le syndicat Alliance, les effectifs doivent être renforcés": an
                    // opinion the item reports, not a directive.
                    if isPress && attributedToNonAuthority(words) { continue }
                    guard let subject = genericSubject(words, k, e, needsAddressee: m.needsAddressee, duty: m.modality == .obligation)
                            ?? derogationPermission(words, k, m) else { continue }
                    if m.modality == .obligation && publicAppeal(words, k, e) { continue }
                    if m.modality == .permission && statesPossibility(words, from: e) { continue }
                    hit.generic = true
                    // No subject of its own in a sentence that speaks to "vous": the addressees'.
                    if subject == nil { hit.second = true }
                    if m.actor == nil || m.actor == "subject" { hit.actor = subject }
                } else if m.modality == .permission && isRelative(words, k) {
                    continue
                } else if m.actor == "agent" {
                    // "Un bilan sera transmis par les procureurs généraux": the role after "par"
                    // acts; a passive whose agent is no role ("par courrier") states no duty.
                    guard let id = agentActor(words, from: e) else { continue }
                    hit.actor = id
                } else if m.actor == "listed-subject" {
                    guard let id = listedSubject(words, before: k) else { continue }
                    hit.actor = id
                } else if m.actor == "subject" {
                    hit.actor = subjectActor(words, before: k)
                } else if m.actor == nil && m.endsWithQue, let id = queSubject(words, from: e), !passiveClause(words, from: e) {
                    // "Je souhaite que les parquets généraux assurent…": the role the clause names.
                    hit.actor = id
                }
                if m.actor == "recipient" { hit.actor = recipientActor(words, from: k + 1, to: min(n, e + 8)) }
                if m.generic || m.pattern.hasPrefix("vous devez") { applyNegation(&hit, words) }
                found.append((hit, m.attach))
            }
        }
        if word == "vous", k + 2 < n, words[k + 1] == "ne" { found += negatedSecondPerson(words, inQuote, at: k) }
        return found
    }

    /// "Vous ne pouvez pas", "vous ne devrez plus": the markers written without "ne" ("vous
    /// pouvez", "vous devrez"), read through it; the negation makes them prohibitions. "Vous
    /// ne pourrez que constater" restricts: no directive.
    func negatedSecondPerson(_ words: [String], _ inQuote: [Bool], at k: Int) -> [(MarkerHit, Bool)] {
        guard let idx = lex.byFirstSecond["vous"]?[words[k + 2]], isPress || !inQuote[k] else { return [] }
        var found: [(MarkerHit, Bool)] = []
        for mi in idx {
            let m = lex.markers[mi]
            if m.pressOnly && !isPress { continue }
            guard let e = DeonticLexicon.match(m.elements[1...], words, at: k + 2) else { continue }
            if m.cancelled(words, from: k, at: e) { continue }
            var hit = MarkerHit(start: k, end: e, modality: m.modality, actor: m.actor, marker: m.pattern)
            hit.second = true
            applyNegation(&hit, words)
            if hit.modality == .prohibition { found.append((hit, m.attach)) }
        }
        return found
    }

    /// Candidates less what is no directive: inside a closing formula, a quoted private letter
    /// or public appeal, after a law report; attached markers merged into their neighbour.
    func filtered(_ cands: [MarkerHit], attached: [MarkerHit], closings: [Range<Int>], _ words: [String], _ inQuote: [Bool]) -> [MarkerHit] {
        var cands = cands, attached = attached
        if !closings.isEmpty { cands.removeAll { c in closings.contains { $0.contains(c.start) } } }
        cands.removeAll { inFreeRelative($0, words) || commentary($0, words) }
        // A quoted letter to private persons ("« Vous devez quitter le territoire… », indique
        // le courrier envoyé aux intéressés"): its "vous" is no official.
        if isPress, cands.contains(where: { $0.second && inQuote[$0.start] }), quotesPrivateLetter(words) {
            cands.removeAll { $0.second && inQuote[$0.start] }
        }
        // "« Restez chez vous », a lancé le ministre aux Français": a public appeal.
        if isPress, cands.contains(where: { inQuote[$0.start] }), appealsToThePublic(words) {
            cands.removeAll { inQuote[$0.start] }
        }
        // "« Il faut que le gouvernement entende enfin les policiers », a réagi son
        // secrétaire général": an opinion, not an instruction.
        // (A quotation closed here but opened in an earlier sentence, before "», poursuit le
        // préfet", counts as quoted: `closingQuoteRun`.)
        if isPress, case let quoted = closingQuoteRun(words, inQuote), cands.contains(where: { quoted[$0.start] }) { cands = quotedOpinions(cands, words, inQuote) }
        if let law = firstLawReport(words) {
            cands.removeAll { $0.start > law || $0.yieldsToLaw }
            attached.removeAll { $0.start > law }
        }
        if let annex = annexAnnouncement(words) { cands.removeAll { !$0.second && $0.start > annex } }
        // "ne doit en aucun cas donner lieu": one prohibition, the modal's.
        for a in attached {
            if let i = cands.firstIndex(where: { $0.end <= a.start && a.start - $0.end <= 3 || $0.start >= a.end && $0.start - a.end <= 3
                                                 || negatesQueClause(of: $0, a, words) }) ?? frontedAttachment(a, cands, words) {
                cands[i].modality = .prohibition
            } else {
                cands.append(a)
            }
        }
        return cands
    }

    /// "En aucun cas, les propriétaires des chevaux ne pourront s'opposer à cette décision":
    /// an attached negation set before its clause, with its comma, negates the directive that
    /// clause goes on to (one prohibition), not a directive of its own cutting the sentence.
    /// The index of that directive: the first after the comma, within fifteen words, with no
    /// clause's end between.
    func frontedAttachment(_ a: MarkerHit, _ cands: [MarkerHit], _ w: [String]) -> Int? {
        guard a.end < w.count, w[a.end] == "," else { return nil }
        return cands.firstIndex { c in
            c.start > a.end && c.start - a.end <= 15 && !w[a.end..<c.start].contains(where: { [";", ".", ":"].contains($0) })
        }
    }

    /// "Vous trouverez joint à cette circulaire un arrêté fixant la liste des maladies dont la
    /// déclaration sera obligatoire, et le mode de déclaration qu'il y aura lieu d'adopter":
    /// a sentence that announces an annex (`annexAnnouncements`: its opening, then within
    /// four words one of its annex words) describes what the annexed text holds; its
    /// impersonal markers are that text's, no directive (the rulebook leaves announcements of
    /// annexes out). The index of the annex word, nil for any other sentence. A duty spoken to
    /// the addressees there ("… la note que vous devrez compléter") stays.
    func annexAnnouncement(_ w: [String]) -> Int? {
        guard let opening = lex.annexOpenings.first(where: { o in (0...2).contains { Self.phrase(o, in: w, at: $0) } }),
              let at = (0...2).first(where: { Self.phrase(opening, in: w, at: $0) }) else { return nil }
        let from = at + opening.count
        return (from..<min(w.count, from + 4)).first { lex.annexWords.contains(w[$0]) }
    }

    /// "Vous veillerez à ce que les bureaux de vote ne ferment en aucun cas avant l'heure":
    /// an attached negation ("en aucun cas") inside the "que" clause a duty governs, after
    /// that clause's "ne", negates the clause — one prohibition, the duty's (as "ne … pas"
    /// there: `negatedQueClause`), not a second directive cutting the sentence in two. Not
    /// across a clause's punctuation.
    func negatesQueClause(of c: MarkerHit, _ a: MarkerHit, _ w: [String]) -> Bool {
        guard c.end <= a.start, a.start - c.end <= 14, c.modality == .obligation || c.modality == .prohibition else { return false }
        let between = w[c.end..<a.start]
        guard !between.contains(where: { [",", ";", ".", ":"].contains($0) }),
              let q = between.firstIndex(where: { $0 == "que" || $0 == "qu'" }) else { return false }
        return w[q..<a.start].contains("ne")
    }

    /// Leftmost, then longest, with no overlaps; a modal that continues the one before, or a
    /// duty only recalled, is no directive of its own.
    func resolved(_ cands: [MarkerHit], _ words: [String]) -> [MarkerHit] {
        var cands = cands
        // Leftmost, then longest; no overlaps.
        cands.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var out: [MarkerHit] = []
        for c in cands where out.last.map({ c.start >= $0.end }) ?? true { out.append(c) }
        // "ne doit pas se limiter à …, mais doit porter sur …": a second modal of the same
        // subject and modality continues the directive; "doit … et pourra également …" is a
        // second directive.
        out = out.enumerated().filter { i, h in
            guard i > 0, h.generic else { return true }
            var p = h.start - 1
            while p >= 0 && (words[p] == "ne" || words[p] == "\"") { p -= 1 }
            return !(p >= 0 && ["mais", "et", "ou"].contains(words[p]) && out[i - 1].modality == h.modality)
        }.map { $0.1 }
        // "la ministre rappelle que la réponse doit être rapide": the modal is what is recalled.
        if out.contains(where: { $0.modality == .reminder }) {
            var kept: [MarkerHit] = []
            var reminderOpen = false
            var last = 0
            for h in out {
                if reminderOpen && !words[last..<h.start].contains(";") && h.generic { continue }
                kept.append(h)
                reminderOpen = h.modality == .reminder
                last = h.end
            }
            out = kept
        }
        return withoutRelayedContent(out, words)
    }

    /// "Je vous prie de rappeler aux maires qu'ils sont tenus de publier le tableau…", "vous
    /// indiquerez aux services que la carte ne peut être délivrée qu'au vu d'un passeport":
    /// a bare modal in the "que" clause of a verb of saying (`relayedContentVerbs`) that
    /// follows a directive is what the addressees must pass on — the directive's content,
    /// not a directive of its own (older letters instruct préfets so, to relay to maires).
    /// Not across ";" (a new clause), nor a second-person directive ("et vous devrez").
    func withoutRelayedContent(_ out: [MarkerHit], _ words: [String]) -> [MarkerHit] {
        guard out.count > 1, !lex.relayedContentVerbs.isEmpty else { return out }
        var kept: [MarkerHit] = []
        for h in out {
            if h.generic, let prev = kept.last, prev.modality != .reminder, relaysContent(words, from: prev.start, to: h.start) { continue }
            kept.append(h)
        }
        return kept
    }

    /// A verb of saying, then "que" before `b`, with no ";" between `a` and `b`.
    func relaysContent(_ words: [String], from a: Int, to b: Int) -> Bool {
        var saying = false
        for j in a..<b {
            let w = words[j]
            if w == ";" { return false }
            if lex.relayedContentVerbs.contains(w) { saying = true } else if saying && (w == "que" || w == "qu'") { return true }
        }
        return false
    }

    /// The second directives the ones found carry: "et que B", infinitive items after a
    /// colon, a reported "et de …", a relayed ", et de les inviter à …".
    func carried(_ out: [MarkerHit], _ words: [String]) -> [MarkerHit] {
        let n = words.count
        // "il importe que A, et que B": B is a directive of the same kind.
        var extra: [MarkerHit] = []
        for (i, h) in out.enumerated() where h.endsWithQue {
            let limit = i + 1 < out.count ? out[i + 1].start : n
            var k = h.end
            while k + 1 < limit {
                if words[k] == "et" && words[k + 1] == "que" {
                    var e = MarkerHit(start: k, end: k + 2, modality: h.modality, actor: h.actor, marker: "et que")
                    e.second = h.second
                    extra.append(e)
                    break
                }
                k += 1
            }
        }
        // "Autre demande faite aux préfets : envoyer un courrier et convoquer les personnes",
        // "il convient de : vérifier …; saisir …": items after a colon that open on an
        // infinitive are directives of their own; ", et de les inviter à …" relays a second one.
        for (i, h) in out.enumerated() {
            let limit = i + 1 < out.count ? out[i + 1].start : n
            var c = h.end
            while c < limit && words[c] != ":" { c += 1 }
            for start in inlineRuleItems(words, h, limit: limit) {
                var item = MarkerHit(start: start, end: start, modality: h.modality, actor: h.actor, marker: "item")
                item.generic = h.generic
                extra.append(item)
            }
            if c < limit - 1, opensItem(words, c + 1) {
                var k = c + 2
                while k < limit - 1 {
                    let w = words[k]
                    if w == ";" || w == "-" || w == "\u{2022}" || w == "et", isInfinitive(words, k + 1) || w != "et" && opensItem(words, k + 1) {
                        var item = MarkerHit(start: k + 1, end: k + 2, modality: h.modality, actor: h.actor, marker: "item")
                        item.second = h.second
                        extra.append(item)
                        k += 2
                        continue
                    }
                    k += 1
                }
            }
            // "demander aux fonctionnaires de « ne pas hésiter … » et de « savoir résister … »":
            // a press item reports two requests.
            if h.reported, let second = quotedSecondRequest(h, words, limit: limit) {
                extra.append(second)
            } else if h.reported, let second = nominalSecondRequest(h, words, limit: limit) {
                extra.append(second)
            } else if h.reported && !h.objectRequest {
                var k = h.end
                while k + 2 < limit {
                    // 'recommande « d'associer … », de « mobiliser … »': a second request
                    // after a comma too, its infinitive maybe quoted.
                    // (After a comma, only once the request's own complement came: "demande
                    // aux communes, dans ces régions, de mettre en place" has one request.)
                    if words[k] == "et" || words[k] == "," && complementBefore(words, from: h.start, to: k), words[k + 1] == "de", k >= h.end + 3,
                       isInfinitive(words, k + 2) || words[k + 2] == "\"" && k + 3 < limit && isInfinitive(words, k + 3),
                       !sharesObject(words, conjunction: k) {
                        let from = words[k] == "," ? k + 1 : k
                        var second = MarkerHit(start: from, end: from + 2, modality: h.modality, actor: h.actor, marker: "@et de")
                        second.second = h.second
                        second.reported = true
                        extra.append(second)
                        // "demande d'interdire …, de prendre … et de renouveler …": each
                        // request of the series, not only the second.
                        k += 3
                        continue
                    }
                    k += 1
                }
            }
            if !h.reported { extra += secondInfinitives(h, words, limit: limit) }
            if isPress, !h.reported, let second = secondBareInfinitive(h, words, following: out[(i + 1)...]) { extra.append(second) }
            if !isPress, !h.reported { extra += bareInfinitiveSeries(h, words, following: out[(i + 1)...]) }
            var k = h.end
            while k + 3 < limit {
                if words[k] == "," && words[k + 1] == "et" && words[k + 2] == "de" {
                    var v = k + 3
                    while v < limit - 1 && lex.relayClitics.contains(words[v]) { v += 1 }
                    if lex.relayVerbs.contains(words[v]) {
                        var relay = MarkerHit(start: k + 1, end: v + 1, modality: h.modality, actor: h.actor, marker: "et de " + words[v])
                        relay.second = h.second
                        extra.append(relay)
                        break
                    }
                }
                k += 1
            }
        }
        return extra
    }

    /// "Les maires sont invités à ouvrir des salles et à contacter les personnes isolées", "Il
    /// lui appartient d'apprécier les suites, et de veiller à l'information de la victime": a
    /// second infinitive after "et" + the preposition the marker governs its first one with is
    /// a second command under the same invitation or duty — in a circular only after a comma:
    /// "il vous appartient d'utiliser tous les moyens de droit et d'aller au bout…" is one
    /// directive of two steps (a press item's "et à" reports two requests, as `carried` reads a
    /// reported "et de"). Only the marker's own preposition
    /// ("à … et à", "de … et de"), so "de veiller à la sécurité et à la salubrité" (nouns) and
    /// an "et de" under another verb's "à" stay in the first directive; a relayed ", et de les
    /// inviter à" is `carried`'s own. A series ("de X, de Y et de Z") gives one command per
    /// item; "et de me signaler", "et de veiller à" and "ainsi que de" one more without a comma.
    func secondInfinitives(_ h: MarkerHit, _ words: [String], limit: Int) -> [MarkerHit] {
        var g = h.end - 1
        if !(words[g] == "de" || words[g] == "a") {
            // "Il vous appartient en outre de …": a few adverb words before the preposition.
            g = h.end
            while g < min(limit, h.end + 3) && words[g] != "de" && words[g] != "a" { g += 1 }
        }
        guard g < limit - 1, g >= h.start, words[g] == "de" || words[g] == "a", isInfinitive(words, g + 1) else { return [] }
        // The new commands of a series, "ainsi que de" and "et de me signaler" only under a
        // marker that ends on its preposition ("je vous demande de"): "Ils permettront aux
        // parents d'échanger, de témoigner et de conseiller" lists what a thing allows.
        let own = g == h.end - 1 && !h.generic
        var out: [MarkerHit] = []
        func command(_ s: Int, _ e: Int, _ marker: String) -> MarkerHit {
            var c = MarkerHit(start: s, end: e, modality: h.modality, actor: h.actor, marker: marker)
            c.second = h.second
            c.generic = h.generic
            return c
        }
        var k = g + 3
        while k + 2 < limit && ![".", ";", ":", "\""].contains(words[k]) {
            // "de sécuriser les abords ainsi que de veiller à …": a second command.
            if own && words[k] == "ainsi" && words[k + 1] == "que" && k + 3 < limit && words[k + 2] == words[g] && isInfinitive(words, k + 3) {
                return out + [command(k, k + 3, "ainsi que " + words[g])]
            }
            // "de renforcer les contrôles, de mobiliser les forces de l'ordre et de me signaler …":
            // a series under the preposition, each item a command.
            if own && words[k] == "," && words[k + 1] == words[g] && isInfinitive(words, k + 2) {
                out.append(command(k + 1, k + 2, ", " + words[g]))
                k += 2
                continue
            }
            if words[k] == "et" && words[k + 1] == words[g] && isInfinitive(words, k + 2) && !sharesObject(words, conjunction: k) {
                // A circular's "de X et de Y" without a comma is one directive of two steps,
                // unless Y reports to the emitter or is a duty of care ("et de me signaler…"),
                // or ends a series.
                guard isPress || words[k - 1] == "," || own && (!out.isEmpty || opensSecondCommand(words, k + 2)) else { return out }
                var v = k + 2
                while v < limit - 1 && lex.relayClitics.contains(words[v]) { v += 1 }
                if words[k - 1] == ",", lex.relayVerbs.contains(words[v]) { return out }
                return out + [command(k, k + 2, "et " + words[g])]
            }
            k += 1
        }
        return out
    }

    /// "d'anticiper et d'évaluer au mieux les risques": the conjunct before "et" is a bare
    /// infinitive right after its preposition, so both verbs share the object that follows —
    /// one directive, not two ("de sécuriser les abords et de contrôler les accès" are two).
    func sharesObject(_ words: [String], conjunction k: Int) -> Bool {
        k >= 2 && (words[k - 2] == "de" || words[k - 2] == "a") && isBareInfinitive(words[k - 1])
    }

    /// "Les préfets doivent recenser les places disponibles et informer chaque semaine la
    /// DGEF": in a press item, a bare modal's second infinitive after "et" is a second
    /// command of the same modality, as a reported "et de" is (`secondInfinitives` reads the
    /// ones a preposition governs). Only with the first infinitive right after the modal (its
    /// adverbs between), and the second right after "et", its object pronoun between ("et
    /// leur présenter le dispositif"): "doivent recenser les lieux et les places" coordinates
    /// nouns. The infinitive the modal governs may be a marker of its own ("devront interdire
    /// les rassemblements"): the scan goes on to the next marker after it.
    func secondBareInfinitive(_ h: MarkerHit, _ words: [String], following: ArraySlice<MarkerHit>) -> MarkerHit? {
        guard h.end >= 1, h.end < words.count, lex.coordinatedModals[words[h.end - 1]] != nil else { return nil }
        var f = h.end
        // "Les préfets doivent, avant le 30 janvier, dresser…": an incise before the infinitive.
        if let c = inciseEnd(words, from: f) { f = c }
        // 'Les préfets devront « faire effectuer … » et « faire organiser … »': the item's
        // quotation mark before the first infinitive, as before the second.
        while f < words.count, lex.coordinatedAdverbs.contains(words[f]) || words[f] == "\"" { f += 1 }
        guard f < words.count, isBareInfinitive(words[f]) else { return nil }
        let limit = following.first { $0.start > f }?.start ?? words.count
        guard following.first.map({ $0.start >= f }) ?? true else { return nil }
        var k = f + 2
        // ("doivent faire preuve « du plus grand discernement » et « respecter les règles »": the
        // item's quotation marks, around either infinitive's words, stop neither.)
        while k + 1 < limit && ![".", ";", ":"].contains(words[k]) {
            var v = k + 1
            while v + 1 < limit, lex.secondInfinitiveClitics.contains(words[v]) || words[v] == "\"" { v += 1 }
            if lex.secondInfinitiveCoordinators.contains(words[k]), isBareInfinitive(words[v]) {
                var c = MarkerHit(start: k, end: k + 1, modality: h.modality, actor: h.actor, marker: words[k] + Self.secondInfinitiveMarker)
                c.second = h.second
                c.generic = h.generic
                return c
            }
            k += 1
        }
        return nil
    }

    /// "les préfets doivent prendre des mesures d'information, contrôler les mesures prises
    /// dans les campings et réaliser les plans communaux de sauvegarde": in a circular, the bare
    /// infinitives a modal governs, listed with commas, are one command each, the last one
    /// after "et" too — as a series under "de" is (`secondInfinitives`). Without a comma
    /// ("doivent recenser les places et informer la DGEF") a circular's duty keeps its two
    /// steps in one directive. The first infinitive comes right after the modal (an incise, its
    /// adverbs or a quotation mark between).
    func bareInfinitiveSeries(_ h: MarkerHit, _ words: [String], following: ArraySlice<MarkerHit>) -> [MarkerHit] {
        guard h.end >= 1, h.end < words.count, lex.coordinatedModals[words[h.end - 1]] != nil else { return [] }
        var f = h.end
        if let c = inciseEnd(words, from: f) { f = c }
        while f < words.count, lex.coordinatedAdverbs.contains(words[f]) || words[f] == "\"" { f += 1 }
        guard f < words.count, isBareInfinitive(words[f]), following.first.map({ $0.start >= f }) ?? true else { return [] }
        let limit = following.first { $0.start > f }?.start ?? words.count
        var out: [MarkerHit] = []
        var k = f + 2
        while k + 1 < limit && ![".", ";", ":"].contains(words[k]) {
            let series = words[k] == "," || !out.isEmpty && lex.secondInfinitiveCoordinators.contains(words[k])
            if series, isBareInfinitive(words[k + 1]) {
                let start = words[k] == "," ? k + 1 : k
                var c = MarkerHit(start: start, end: k + 2, modality: h.modality, actor: h.actor, marker: words[k] + Self.secondInfinitiveMarker)
                c.second = h.second
                c.generic = h.generic
                out.append(c)
                k += 2
                continue
            }
            k += 1
        }
        return out
    }

    /// The end of a second bare infinitive's marker ("et (infinitive)", "puis (infinitive)"):
    /// its directive starts at the coordinator, whatever incise stood before it.
    static let secondInfinitiveMarker = " (infinitive)"

    /// A word with an infinitive's form itself (`isInfinitive` without the words it skips):
    /// "informer", "transmettre"; not "dossier".
    func isBareInfinitive(_ v: String) -> Bool {
        if lex.irregularInfinitives.contains(v) { return true }
        if lex.notInfinitive.contains(v) { return false }
        guard v.count >= 4, v.hasSuffix("er") || v.hasSuffix("ir") else { return false }
        return v.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
    }

    /// "et de me signaler toute difficulté", "et de veiller à", "et de vous assurer que": an
    /// infinitive that opens on a report to the emitter or a verb of care
    /// (`secondCommandOpeners`) — a command of its own, not a second step of the first.
    func opensSecondCommand(_ words: [String], _ v: Int) -> Bool {
        // "de s'assurer", "de vous assurer": the reflexive before the verb.
        let w = (words[v] == "se" || words[v] == "vous") && v + 1 < words.count ? words[v + 1] : words[v]
        return lex.secondCommandOpeners.contains(w)
    }

    /// "Le préfet désignera un référent et pourra également solliciter…": a bare modal after
    /// "et" shares the subject of the directive before it; a second directive, of the modal's
    /// modality ("et ne pourra pas": a prohibition).
    func coordinated(_ out: [MarkerHit], _ words: [String]) -> [MarkerHit] {
        var extra: [MarkerHit] = []
        for (i, h) in out.enumerated() {
            let limit = i + 1 < out.count ? out[i + 1].start : words.count
            var k = h.end
            while k < limit - 1 && ![".", ";", ":"].contains(words[k]) {
                guard words[k] == "et" else { k += 1; continue }
                var m = k + 1
                if m < limit, words[m] == "ne" { m += 1 }
                while m < limit, lex.coordinatedAdverbs.contains(words[m]) { m += 1 }
                if m < limit, let modality = lex.coordinatedModals[words[m]] {
                    var second = MarkerHit(start: k, end: m + 1, modality: modality, actor: h.actor, marker: "et " + words[m])
                    second.second = h.second
                    second.reported = h.reported
                    applyNegation(&second, words)
                    extra.append(second)
                    break
                }
                if let second = coordinatedFuture(h, words, and: k, limit: limit, taken: out) {
                    extra.append(second)
                    break
                }
                k += 1
            }
        }
        return extra
    }

    /// 'Il a demandé aux préfets « le maintien de la vigilance » et « d'anticiper les
    /// risques »': a second request the item quotes on its own, its "de" inside the quotation
    /// marks, after a first request whatever its object (a noun, as here, or an infinitive).
    func quotedSecondRequest(_ h: MarkerHit, _ words: [String], limit: Int) -> MarkerHit? {
        var k = h.end
        while k + 3 < limit {
            if words[k] == "et", words[k + 1] == "\"", words[k + 2] == "de", isInfinitive(words, k + 3), k >= h.end + 2 {
                var second = MarkerHit(start: k, end: k + 3, modality: h.modality, actor: h.actor, marker: "@et de")
                second.second = h.second
                second.reported = true
                return second
            }
            k += 1
        }
        return nil
    }

    /// "le ministre demande un contrôle renforcé du couvre-feu, ainsi qu'une lutte active
    /// contre les établissements…": a press item reports a second request, a noun after
    /// ", ainsi que" and a determiner, when the first request's object is a noun too. Without
    /// the comma ("un renforcement des contrôles ainsi que des patrouilles") the nouns share
    /// one request.
    func nominalSecondRequest(_ h: MarkerHit, _ words: [String], limit: Int) -> MarkerHit? {
        guard h.end < limit, lex.objectStarts.contains(words[h.end]) || words[h.end] == "\"" && h.end + 1 < limit && lex.objectStarts.contains(words[h.end + 1]),
              !["de", "d'"].contains(words[h.end]) else { return nil }
        var k = h.end + 2
        while k + 3 < limit && ![".", ";", ":"].contains(words[k]) {
            if words[k] == ",", words[k + 1] == "ainsi", words[k + 2] == "que" || words[k + 2] == "qu'",
               lex.objectStarts.contains(words[k + 3]), !["de", "\""].contains(words[k + 3]) {
                var second = MarkerHit(start: k + 1, end: k + 3, modality: h.modality, actor: h.actor, marker: "@ainsi que")
                second.second = h.second
                second.reported = true
                return second
            }
            k += 1
        }
        return nil
    }

    /// The sentence speaks of a private person's own affairs ("votre titre de séjour") or of
    /// a letter sent to private persons ("le courrier envoyé aux intéressés").
    func quotesPrivateLetter(_ w: [String]) -> Bool {
        for k in w.indices {
            if w[k] == "votre" || w[k] == "vos" {
                for f in lex.privateForms where Self.phrase(f, in: w, at: k) { return true }
            }
            // "le courrier envoyé aux intéressés", "une lettre adressée aux étrangers".
            guard lex.letterWords.contains(w[k]) else { continue }
            var j = k + 1
            while j < min(w.count, k + 5) {
                if ["a", "au", "aux"].contains(w[j]) {
                    var r = j + 1
                    while r < min(w.count, j + 4) {
                        if lex.privateRecipients.contains(w[r]) { return true }
                        r += 1
                    }
                }
                j += 1
            }
        }
        return false
    }

    /// The sentence names a public audience ("les Français", "les manifestants") and no
    /// addressee title, service or official. "le territoire français" names none: an
    /// audience word that is an adjective too counts after a determiner only.
    func appealsToThePublic(_ w: [String]) -> Bool {
        var audience = false
        for k in w.indices {
            if lex.publicAudience.contains(w[k]),
               !lex.publicAudienceAdjectives.contains(w[k]) || k == 0 || lex.nounDeterminers.contains(w[k - 1]) || w[k - 1] == "aux" {
                audience = true
            }
            if actorPhrase(w, at: k) != nil || officialPhrase(w, at: k) != nil { return false }
        }
        return audience
    }

    /// "Pas d'alcool sur la voie publique, le port du masque obligatoire dans les
    /// centres-villes": measures a press item lists after a directive, without a verb.
    func measures(_ w: [String]) -> [MarkerHit] {
        var out: [MarkerHit] = []
        var k = 0
        let n = w.count
        while k < n {
            let clauseStart = k == 0 || [",", ";", ":"].contains(w[k - 1])
            if clauseStart && w[k] == "pas" && k + 2 < n && w[k + 1] == "de" && !lex.notAfterPas.contains(w[k + 2]) && !tellsAbsence(w, from: k) {
                out.append(MarkerHit(start: k, end: k + 2, modality: .prohibition, actor: Self.inherited, marker: "pas de"))
            } else if clauseStart && ["le", "la", "les"].contains(w[k]) {
                var j = k + 1
                while j < min(n, k + 6) && !lex.obligationWords.contains(w[j]) && ![",", ";", ".", ":"].contains(w[j]) { j += 1 }
                if j < n && lex.obligationWords.contains(w[j]) {
                    out.append(MarkerHit(start: k, end: j + 1, modality: .obligation, actor: Self.inherited, marker: w[j]))
                    k = j
                }
            }
            k += 1
        }
        return out
    }

    /// "Dans le Sud-Ouest, pas d'embouteillages en vue": a "pas de …" clause closed by one of
    /// `absenceEnds` tells what is absent, no measure.
    func tellsAbsence(_ w: [String], from k: Int) -> Bool {
        var e = k + 2
        while e < w.count && ![",", ";", ".", ":"].contains(w[e]) { e += 1 }
        return lex.absenceEnds.contains { end in e - end.count > k + 2 && Array(w[(e - end.count)..<e]) == end }
    }

    /// "Les principaux enjeux vous concernant consistent à :", "Vos missions prioritaires sont
    /// de :": a sentence that speaks to the reader and names its tasks
    /// (`presentRules.taskNouns`) before a colon the items' preposition opens on introduces
    /// the addressees' duties, as "il vous appartient de :" does — no directive of its own.
    func taskListIntro(_ w: [String]) -> MarkerHit? {
        let n = w.count
        guard n >= 5, w[n - 1] == ":", ["a", "de", "d'"].contains(w[n - 2]), !lex.present.taskNouns.isEmpty,
              w.contains(where: { $0 == "vous" || $0 == "vos" || $0 == "votre" }),
              w.contains(where: lex.present.taskNouns.contains) else { return nil }
        var h = MarkerHit(start: n - 2, end: n - 1, modality: .obligation, actor: nil, marker: "tasks")
        h.listIntro = true
        h.second = true
        return h
    }

    /// "Il vous appartient également :" then "- de désigner un référent ;": a marker whose
    /// last word ("de", "que", "à") opens each item rather than the introduction. Its end, at
    /// the colon that closes the sentence.
    func listIntroduction(_ m: DeonticLexicon.Marker, _ w: [String], at k: Int) -> Int? {
        guard m.elements.count > 1, case .words(let last)? = m.elements.last,
              last.contains("de") || last.contains("que") || last.contains("a") else { return nil }
        var head = m.elements.dropLast()
        if case .gap? = head.last { head = head.dropLast() }
        guard let e = DeonticLexicon.match(head, w, at: k) else { return nil }
        // Adverbs between the marker and the colon: "il vous appartient également :".
        var c = e
        while c < w.count && c < e + 3 && w[c] != ":" && w[c] != "," && w[c] != "." { c += 1 }
        guard c < w.count, w[c] == ":", c + 1 >= w.count - 1 else { return nil }
        return c
    }

    /// Whether `k` opens a clause: the sentence's first word (after "ne"), or the first word
    /// after ":", ";" or an opening quotation mark.
    func opensClause(_ w: [String], _ k: Int) -> Bool {
        var p = k - 1
        if p >= 0 && w[p] == "ne" { p -= 1 }
        // "…; et veuillez joindre vos efforts aux miens": a second command coordinated after
        // the semicolon opens its clause as the first did.
        if p >= 1 && w[p] == "et" && w[p - 1] == ";" { p -= 1 }
        let beforeQuotes = p
        while p >= 0 && w[p] == "\"" { p -= 1 }
        return p < 0 || w[p] == ":" || w[p] == ";" || p < beforeQuotes
    }

    /// A list item's infinitive at `i`, also after the "de" a list under "je vous demande :"
    /// keeps on each item, as a flattened copy runs them on: "Je vous demande : - de désigner
    /// un référent ; - de saisir le pôle national ; …".
    func opensItem(_ w: [String], _ i: Int) -> Bool {
        if isInfinitive(w, i) { return true }
        var j = i
        while j < w.count && j - i < 2, w[j].count == 1, let c = w[j].unicodeScalars.first, ListBullet.isBullet(c) { j += 1 }
        return j + 1 < w.count && w[j] == "de" && isInfinitive(w, j + 1)
    }

    /// An infinitive at `i`, after bullets, item numbers, clitics and negation: "- Vérifier
    /// la situation", "2 leur communiquer", "s'assurer que", "ne pas notifier".
    func isInfinitive(_ w: [String], _ i: Int) -> Bool {
        var j = i
        var skipped = 0
        while j < w.count && skipped < 5 && (lex.infinitiveLeading.contains(w[j]) || w[j].first?.isNumber == true) { j += 1; skipped += 1 }
        guard j < w.count else { return false }
        return isBareInfinitive(w[j])
    }

    /// Who a third-person rule binds, as the subject before `k` names it: an addressee title
    /// or service, `nobody` for a universal subject ("tout officier") or a person who is no
    /// role ("plusieurs personnes"), the slug of an agent noun ("les gestionnaires des lieux
    /// de culte" → gestionnaire-de-lieu-de-culte), `inherited` when the subject names nobody
    /// ("cette action doit être immédiate"); nil when the subject is the emitter itself
    /// ("mes services doivent") — no directive.
    enum Subject { case named(String), nobody, agent(String), none, emitter }

    /// Where a subject's noun phrase starts, going back: punctuation, conjunctions, relative
    /// pronouns, and the dash of an article's number ("Article 5 – Les agents de police
    /// municipale peuvent…").
    static let subjectStops: Set<String> = [",", ";", ":", "\"", "(", ")", "que", "et", "mais", "ou", "qui", "dont", ".", "-", "–", "—"]

    func subject(_ w: [String], before k: Int) -> Subject {
        if let (_, id) = leadingSubject(w, before: k) { return .named(id) }
        var end = k
        while end > 0 && (w[end - 1] == "ne" || w[end - 1] == "se" || w[end - 1] == "\"") { end -= 1 }
        var b = end - 1
        while b >= 0 && end - b <= 10 && !Self.subjectStops.contains(w[b]) { b -= 1 }
        guard end - b <= 10 else { return .none }
        // "Les électeurs qui souhaitent voter par procuration doivent…", "Les maires dont les
        // agents sont armés veilleront…": the relative clause narrows the subject before it,
        // whose noun names who acts.
        if b > 0, w[b] == "qui" || w[b] == "dont", end - b > 2 {
            switch subject(w, before: b) {
            case .agent(let slug): return .agent(slug)
            case .named(let id): return .named(id)
            case .nobody: return .nobody
            default: break
            }
        }
        let np = Array(w[(b + 1)..<end])
        // "Le préfet devra saisir la commission et pourra également entendre l'intéressé":
        // the second modal shares the first one's subject.
        if np.isEmpty, b >= 0, ["et", "mais", "ou"].contains(w[b]) {
            var q = b - 1
            while q >= 0 && ![",", ";", ":", "."].contains(w[q]) {
                if lex.genericFirstWords.contains(w[q]) { return subject(w, before: q) }
                q -= 1
            }
        }
        guard let first = np.first else { return .none }
        if ["mes", "mon", "ma", "nos", "notre"].contains(first) || np == ["nous"] || np == ["je"] { return .emitter }
        for s in lex.selfSubjects where s == np { return .emitter }
        // "Chaque chef de service désignera un correspondant": each holder of an official's
        // title, one by one — that title's duty, as "Chaque préfet" is the préfet's (a rule
        // for anyone, "Tout officier de police judiciaire peut", names nobody).
        if first == "chaque", np.count >= 2, lex.agents[Self.singular(np[1])] == true,
           lex.officialAgents.contains(Self.singular(np[1])), let slug = agentSlug(np[1...]) { return .agent(slug) }
        // "Seuls les potagers peuvent être arrosés", "Seules les personnes munies d'un badge
        // pourront accéder": a rule for those it names and no one else, in the text's voice
        // (not "Seule une décision du juge peut…", a statement of who decides).
        if lex.restrictiveSubjects.contains(first), np.count >= 3, ["le", "la", "les"].contains(np[1]),
           actorPhrase(np, at: 2) == nil { return .nobody }
        // "Tout officier de police judiciaire", "toute personne" — not the pronoun "Tout doit être mis en œuvre".
        if lex.universalSubjects.contains(first) || lex.universalPronouns.contains(first) { return np.count >= 2 || lex.universalPronouns.contains(first) ? .nobody : .none }
        var i = 0
        while i < np.count && lex.subjectDeterminers.contains(np[i]) { i += 1 }
        // A role the lexicons know, narrowed by what follows it: "les communes de plus de
        // 10 000 habitants pourront", "les maires des communes littorales devront" (an agent
        // noun keeps its complement in its slug: "les chefs d'établissement").
        if i < np.count, lex.agents[Self.singular(np[i])] == nil, let id = actorPhrase(np, at: i) { return .named(id) }
        guard i < np.count, let role = lex.agents[Self.singular(np[i])] else { return .none }
        guard role else { return .nobody }
        // "Les associations d'aide aux victimes doivent", "Les exploitants des installations
        // soumises à autorisation doivent": a complement past a noun phrase still leaves the
        // agent noun as the party that must act (its head alone).
        return .agent(agentSlug(np[i...]) ?? Self.singular(np[i]))
    }

    /// The slug of an agent noun and its complements ("les gestionnaires des lieux de cultes"
    /// → gestionnaire-de-lieu-de-culte), singular; nil when the phrase goes on past a noun
    /// phrase (a preposition of place, a number). `np` opens on the agent noun.
    func agentSlug(_ np: ArraySlice<String>) -> String? {
        // A complement with an indefinite article ends it: "le propriétaire d'un chien de
        // première catégorie" is the propriétaire.
        var parts: [String] = []
        for (j, word) in np.enumerated() {
            if j > 0 && (word == "un" || word == "une") && parts.last == "de" { parts.removeLast(); break }
            // A present participle after the noun opens a clause: "les demandeurs faisant
            // l'objet d'une OQTF" are the demandeurs ("de l'enfant" is a complement).
            if j > 0 && word.count > 4 && word.hasSuffix("ant") && !["de", "l", "la", "les", "du", "d"].contains(parts.last ?? "") { break }
            if j > 0 && !word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) { return nil }
            if j > 0 && ["a", "au", "aux", "dans", "en", "sur", "pour", "par", "avec", "chez"].contains(word) { return nil }
            switch word {
            case "des": parts.append("de")
            case "le": parts.append("l")
            default: parts.append(Self.singular(word))
            }
        }
        if parts.last == "de" || parts.last == "l" { return nil }
        // "les chefs d'établissement" → chef-d-etablissement, as the contract's slugs elide.
        for p in parts.indices.dropLast() where parts[p] == "de" && parts[p + 1].first.map({ "aeiouyh".contains($0) }) == true { parts[p] = "d" }
        return parts.joined(separator: "-")
    }

    /// The singular of a folded French word: "lieux" → "lieu", "generaux" → "general",
    /// "cultes" → "culte".
    static func singular(_ w: String) -> String {
        if w.count > 4 && w.hasSuffix("aux") { return String(w.dropLast(3)) + "al" }
        if w.count > 3 && (w.hasSuffix("eux") || w.hasSuffix("eaux")) { return String(w.dropLast()) }
        if w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") { return String(w.dropLast()) }
        return w
    }

    func subjectActor(_ w: [String], before k: Int) -> String? {
        switch subject(w, before: k) {
        case .named(let id): return id
        case .agent(let slug): return slug
        case .nobody: return Self.nobody
        case .emitter: return Self.inherited
        case .none: return bodyActor(w, before: k, verbAfter: k + 1) ?? Self.inherited
        }
    }

    /// "Les commissions départementales de vidéoprotection devront se réunir": a body the
    /// lexicons do not know, subject of the modal at `k`, acts itself, not the addressees —
    /// named by the title it opens, else nobody (as its future of care: `bodyFuture`). A
    /// passive ("les commissions doivent être constituées", "être" at `verbAfter`) is the
    /// addressees' to perform: nil, as for a subject that is no body.
    func bodyActor(_ w: [String], before k: Int, verbAfter v: Int) -> String? {
        if v < w.count && w[v] == "etre" { return nil }
        var end = k
        while end > 0 && (w[end - 1] == "ne" || w[end - 1] == "se") { end -= 1 }
        guard let b = bodySubject(w, before: end) else { return nil }
        return titleOpening(w, from: b + 2, to: end) ?? Self.nobody
    }

    /// The role that opens the clause after "que" ("que les parquets veillent", "que chaque
    /// préfet désigne"), if the lexicons know it.
    func queSubject(_ w: [String], from e: Int) -> String? {
        var j = e
        while j < w.count && j < e + 2 && (lex.subjectDeterminers.contains(w[j]) || lex.universalSubjects.contains(w[j])) { j += 1 }
        guard j < w.count, j > e || w[j] != "vous" else { return nil }
        return actorPhrase(w, at: j)
    }

    /// The role named from `i` on ("au préfet", "aux communes", "aux hauts fonctionnaires"):
    /// its id; `inherited` for an official the lexicons have no id for; nil when none is
    /// named (the document's default).
    func recipientActor(_ w: [String], from i: Int, to limit: Int) -> String? {
        var j = i
        var official = false
        while j < limit {
            if let id = actorPhrase(w, at: j) { return id }
            if officialPhrase(w, at: j) != nil { official = true }
            j += 1
        }
        if official, let id = recipientTitleOpening(w, from: i, to: limit) { return id }
        if official, let slug = narrowedRecipient(w, from: i, to: limit) { return slug }
        if official { return Self.inherited }
        // "Il est fait obligation aux exploitants de…": the recipient after the marker's words.
        guard let k = agentAfterPreposition(w, from: i, to: limit) else { return nil }
        return agentRecipient(w, at: k, to: limit) ?? Self.singular(w[k])
    }

    /// The agent noun after "à"/"au"/"aux" (and determiners) between `i` and `limit`, else at
    /// `i` when no preposition follows it. Each "à" is tried, as the auxiliary "a" of
    /// "Consigne a été donnée aux policiers de…", "Il a été demandé aux gendarmes de…" folds to
    /// the same word.
    func agentAfterPreposition(_ w: [String], from i: Int, to limit: Int) -> Int? {
        var starts = w[i..<limit].indices.filter { $0 > i && ["a", "au", "aux"].contains(w[$0]) }
        if starts.isEmpty { starts = [i] }
        for to in starts {
            var k = to
            // "Il appartient à chaque employeur de…", "à l'ensemble des exploitants": the
            // distributive determiners of an agent too.
            while k < limit && (["a", "au", "aux"].contains(w[k]) || lex.subjectDeterminers.contains(w[k]) || lex.agentDeterminers.contains(w[k])) { k += 1 }
            if k < limit, lex.agents[Self.singular(w[k])] == true { return k }
        }
        return nil
    }

    /// An agent recipient narrowed by an adjective up to the "de" of the request ("aux
    /// policiers municipaux de verbaliser" → policier-municipal), as its subject would be.
    func agentRecipient(_ w: [String], at k: Int, to limit: Int) -> String? {
        let d = k + 2
        guard d + 1 < limit, w[d] == "de" || w[d] == "d'", isInfinitive(w, d + 1),
              !["de", "d'", "du", "des", ","].contains(w[k + 1]) else { return nil }
        return agentSlug(w[k..<d])
    }

    /// "Il appartiendra aux directeurs interrégionaux d'organiser…", "Il est demandé aux
    /// directeurs interrégionaux de désigner…": an official's noun and its adjective, up to the
    /// "de" of the infinitive, that open a title (`titleOpening`: the document's own addressee
    /// first) name that title, as the same words do as a subject ("Les directeurs
    /// interrégionaux veilleront…"). A bare noun ("aux directeurs de") names no one.
    func recipientTitleOpening(_ w: [String], from i: Int, to limit: Int) -> String? {
        guard let p = w[i..<limit].firstIndex(where: { ["a", "au", "aux"].contains($0) }) else { return nil }
        var k = p + 1
        while k < limit && lex.subjectDeterminers.contains(w[k]) { k += 1 }
        var d = k + 2
        while d + 1 < limit && d - k <= 4 && !((w[d] == "de" || w[d] == "d'") && isInfinitive(w, d + 1)) { d += 1 }
        guard d + 1 < limit, d - k <= 4, w[d] == "de" || w[d] == "d'", isInfinitive(w, d + 1) else { return nil }
        return titleOpening(w, from: k, to: d)
    }

    /// "Il appartient aux gestionnaires des établissements de nuit de mettre en œuvre…": an
    /// official's noun that an agent noun shares ("gestionnaires", "responsables", "agents"),
    /// narrowed by a complement up to the "de" of the infinitive, names its own role, its
    /// complement in its slug as a subject's ("Les gestionnaires des établissements de nuit
    /// doivent…") — not the addressees' officials a bare "aux gestionnaires" may stand for.
    func narrowedRecipient(_ w: [String], from i: Int, to limit: Int) -> String? {
        guard w[i..<limit].contains(where: { ["a", "au", "aux"].contains($0) }),
              let k = agentAfterPreposition(w, from: i, to: limit) else { return nil }
        var d = k + 1
        while d + 1 < limit && !((w[d] == "de" || w[d] == "d'") && isInfinitive(w, d + 1)) { d += 1 }
        guard d + 1 < limit, d > k + 1, d - k <= 8 else { return nil }
        return agentSlug(w[k..<d])
    }

    /// The agent of a passive, at `e` after "par": an addressee title or service ("les
    /// procureurs généraux", "chaque préfet"), or the addressees ("vos soins", "vos services").
    func agentActor(_ w: [String], from e: Int) -> String? {
        var j = e
        while j < w.count, lex.subjectDeterminers.contains(w[j]) || lex.agentDeterminers.contains(w[j]) { j += 1 }
        guard j < w.count else { return nil }
        if j + 1 < w.count, ["vos", "votre"].contains(w[j]), lex.addresseeAgents.contains(w[j + 1]) { return "addressees" }
        if let id = actorPhrase(w, at: j) { return id }
        return lex.agents[Self.singular(w[j])] == true ? Self.singular(w[j]) : nil
    }

    /// The longest addressee title or service starting at `j`: its id.
    func actorPhrase(_ w: [String], at j: Int) -> String? {
        if let candidates = lex.actorPhrasesByFirst[w[j]] {
            for (phrase, id) in candidates where Self.phrase(phrase, in: w, at: j) { return id }
        }
        for (phrase, id) in documentActors where phrase[0] == w[j] && Self.phrase(phrase, in: w, at: j) { return id }
        return nil
    }

    /// A title named only as a request's recipient ("aux élus de…") starting at `j`: its id.
    func recipientOnlyPhrase(_ w: [String], at j: Int) -> String? {
        lex.recipientPhrases.first { $0.0[0] == w[j] && Self.phrase($0.0, in: w, at: j) }?.1
    }

    /// The end of an official phrase ("responsables", "hauts fonctionnaires") at `j`.
    func officialPhrase(_ w: [String], at j: Int) -> Int? {
        for p in lex.officialPhrases where Self.phrase(p, in: w, at: j) { return j + p.count }
        return nil
    }

    /// "a demandé aux préfets ce vendredi d'être vigilants", "a appelé les préfets et
    /// responsables de la sécurité à …", "leur demande de …", "la DGCL demande la mise en
    /// place de …": a request reported with its recipient. Press items only, except "je …"
    /// and the impersonal "il est demandé aux communes de …".
    /// "Une circulaire de 2012 demandait déjà aux préfets de…", "le ministre leur avait
    /// demandé de…": the imperfect and the pluperfect tell an earlier request, background to
    /// the item; the present and the passé composé report the instruction ("leur demande de",
    /// "a demandé aux préfets de").
    func earlierRequest(_ w: [String], _ k: Int) -> Bool {
        // "la DGSCGC demanderait aux préfets de…": the conditional a press item reports a
        // request it doubts with (a note said to be a fake) still reports one; it is no imperfect.
        let imperfect = lex.earlierRequestEndings.contains(where: { w[k].hasSuffix($0) }) && !w[k].hasSuffix("erait") && !w[k].hasSuffix("eraient")
        // "leur avait demandé", "avait déjà demandé": the auxiliary, or one word before it.
        let pluperfect = k >= 1 && lex.earlierRequestAuxiliaries.contains(w[k - 1])
            || k >= 2 && lex.earlierRequestAuxiliaries.contains(w[k - 2])
        return (imperfect || pluperfect) && toldAsEarlier(w, k)
    }

    /// Whether a past request is set before the item's news: a marker of
    /// `earlierRequest.markers` up to two words after the verb ("demandait déjà", "l'an
    /// dernier"), or a year before it ("Une circulaire de 2012 demandait…", "En 2019, le
    /// ministre avait demandé…"). A past told without either is the item's own story.
    func toldAsEarlier(_ w: [String], _ k: Int) -> Bool {
        if w[0..<min(w.count, k + 3)].contains(where: { lex.earlierRequestMarkers.contains($0) }) { return true }
        return w[0..<k].contains { t in t.count == 4 && Int(t).map { (1800...2099).contains($0) } == true }
    }

    /// A request reported at the verb `k` ("demande", "invite", "souhaite"), as a marker with
    /// its recipient: its guards and its recipient pronoun (`reportedHead`), then what follows
    /// the verb by its construction (a wish's "que" clause, the complement after a pronoun
    /// recipient, a named recipient).
    func reported(_ w: [String], _ k: Int) -> MarkerHit? {
        guard let verb = lex.reportedVerbs[w[k]] else { return nil }
        // "l'obligation faite aux représentants de l'État de proposer…": "faite" reports a
        // duty only after a noun of one ("la demande faite aux préfets de titres" is none).
        if lex.pressRequests.madeForms.contains(w[k]) && !(k >= 1 && lex.pressRequests.dutyNouns.contains(w[k - 1])) { return nil }
        // "demande aux préfets de prendre des arrêtés interdisant la vente…": a participle on
        // the object of the infinitive before it is the measure asked, no request of its own
        // ("a signé une circulaire demandant aux procureurs…" has no infinitive: a request).
        // So is one right after an act's noun, however the object was set: "prendre sans
        // délai des arrêtés » interdisant l'usage des mortiers" (`describesAct`).
        if w[k].hasSuffix("ant"), k >= 3 && lex.nounDeterminers.contains(w[k - 2]) && isInfinitive(w, k - 3) || describesAct(w, k) || designatesAct(w, k) { return nil }
        let impersonal = k >= 2 && w[k - 1] == "est" && w[k - 2] == "il"
        let firstPerson = k >= 1 && w[k - 1] == "je"
        guard isPress || impersonal || firstPerson, !earlierRequest(w, k),
              let (hit, pronoun) = reportedHead(w, k, verb, impersonal: impersonal, firstPerson: firstPerson) else { return nil }
        // "Le ministre souhaite également que les maires soient associés": a wish of the
        // authority the item reports.
        if verb.construction == .wish { return reportedWish(w, k, hit, verb, firstPerson: firstPerson) }
        if pronoun { return reportedAfterPronoun(w, k, hit, verb) }
        return reportedRecipient(w, k, hit, verb)
    }

    /// The guards of a reported verb that hold whatever follows it (a person asking for
    /// something, a noun, a relative clause, a modal, a public demand), and its hit: from the
    /// recipient pronoun before it, if any ("leur a demandé"), which the second value tells.
    private func reportedHead(_ w: [String], _ k: Int, _ verb: DeonticLexicon.ReportedVerb,
                              impersonal: Bool, firstPerson: Bool) -> (MarkerHit, Bool)? {
        // "demander l'asile", "demandant un titre de séjour": what a person asks for (a ban
        // asks for nothing: "interdire l'emploi du feu" is the measure).
        // ("a demandé également l'asile": past an adverb.)
        let o = skippingAdverbs(w, from: k + 1)
        if verb.modality != .prohibition, o + 1 < w.count && (lex.notObjects.contains(w[o]) || lex.notObjects.contains(w[o + 1])) { return nil }
        // "leur demande de", "leur a demandé de"; "les invite à" for a direct verb.
        let clitics = verb.construction == .direct ? lex.directClitics : lex.indirectClitics
        // "Il leur a également demandé de…": an adverb between the auxiliary and the verb.
        let pk = k >= 3 && lex.passiveAdverbs.contains(w[k - 1]) && lex.perfectAuxiliaries.contains(w[k - 2]) ? k - 1 : k
        let pronoun = pk >= 1 && clitics.contains(w[pk - 1])
            || pk >= 2 && lex.perfectAuxiliaries.contains(w[pk - 1]) && clitics.contains(w[pk - 2])
        if pronoun && possessiveLeur(w, k) { return nil }
        // "la demande", "une demande de titre", "sur demande du ministre": the noun; "les
        // étrangers qui demandent …": a relative clause describing them. ("les invite à": a
        // clitic object, though "les" is also an article.)
        if k > 0 && (lex.nounDeterminers.contains(w[k - 1]) && !(pronoun && verb.construction == .direct) && !decidedMeasure(w, k) && !pronounGerund(w, k)
                     || w[k - 1] == "qui" && !authorityRelative(w, k)) { return nil }
        if governedByModal(w, k, clitics) { return nil }
        // "les" stands for a role named earlier in the sentence ("envoyé aux préfets, la
        // DGEF les invite à"), not for a crowd ("les « gilets jaunes »… en les appelant à").
        // "Il les exhorte à…": the authority as a subject pronoun, the recipients of the
        // sentence before as an object pronoun.
        // "Le ministre les invite par ailleurs à…": the authority named as the subject, the
        // same pair.
        let pronounPair = k >= 2 && (lex.pronounSubjects.contains(w[k - 2]) && (k == 2 || [",", ".", ";"].contains(w[k - 3]))
            || lex.authorities.contains(w[k - 2]) || authorWords.contains(w[k - 2]) || openingAuthority(w, before: k - 1))
        if pronoun && verb.construction == .direct && !pronounPair && !(0..<k).contains(where: { actorPhrase(w, at: $0) != nil })
            && !appositiveParticiple(w, k) { return nil }
        // "Les associations appellent les préfets à…": a public demand, not an instruction.
        if !firstPerson && !impersonal && demandedByNonAuthority(w, k) { return nil }
        var hit = MarkerHit(start: pronoun ? (lex.perfectAuxiliaries.contains(w[pk - 1]) ? pk - 2 : pk - 1) : k, end: k + 1,
                            modality: verb.modality, actor: Self.inherited, marker: "@" + w[k])
        hit.reported = true
        return (hit, pronoun)
    }

    /// "Quelques semaines après une circulaire du ministre, les exhortant à « doubler… »,
    /// certains préfets ont reçu…": a participle set after a comma on an act or an authority,
    /// its clitic standing for the role the sentence names later, in a press item. Not a
    /// gerund ("en les appelant à": the subject's own act, maybe towards a crowd).
    func appositiveParticiple(_ w: [String], _ k: Int) -> Bool {
        guard isPress, k >= 2, w[k].hasSuffix("ant"), w[k - 2] == ",", authorityBefore(w, k - 1) else { return false }
        return w.indices.contains { $0 > k && actorPhrase(w, at: $0) != nil }
    }

    /// "Le ministre de l'Intérieur les invite à…", "Le garde des Sceaux les exhorte à…": the
    /// sentence opens on the authority's title, its complement after the noun ("de
    /// l'Intérieur"), so the clitic's word before is no authority word itself. A short opening
    /// (`openingSubjectWords` + 2 words) with no comma or "et": no room for a verb and a crowd
    /// of its own ("La ministre a reçu les manifestants et les invite à…").
    func openingAuthority(_ w: [String], before c: Int) -> Bool {
        guard c >= 2, c <= Self.openingSubjectWords + 2 else { return false }
        let opening = w[0..<c]
        if opening.contains(where: { [",", ";", ":", ".", "et", "\""].contains($0) }) { return false }
        return opening.contains { lex.authorities.contains($0) || authorWords.contains($0) }
    }

    /// "Le préfet a décidé d'interdire la cession des artifices": a request's infinitive after
    /// a verb of decision (`pressRequests.decisionVerbs`) and "de" is the authority's own
    /// measure, in a press item — "de" is no determiner of a noun there.
    /// "a décidé par arrêté n° 2023-145 d'interdire…": the act the decision takes may stand
    /// between the verb and "de" — "par" right after the verb, a few words, no punctuation.
    func decidedMeasure(_ w: [String], _ k: Int) -> Bool {
        guard isPress, k >= 2, w[k - 1] == "de" else { return false }
        if lex.pressRequests.decisionVerbs.contains(w[k - 2]) { return true }
        var p = k - 2
        while p > max(0, k - Self.decidingActWords) && ![",", ".", ";", ":"].contains(w[p]) {
            if w[p] == "par" { return lex.pressRequests.decisionVerbs.contains(w[p - 1]) }
            p -= 1
        }
        return false
    }
    /// The most words from "de" back to the decision verb, its act between.
    static let decidingActWords = 8

    /// "Il s'adresse aux préfets en appelant à renforcer les contrôles": in a press item, a
    /// gerund's request shares the subject of its sentence, the authority's pronoun opening
    /// it ("en" is no determiner there); the request still needs an authority or a role
    /// before it (`authorityBefore`).
    func pronounGerund(_ w: [String], _ k: Int) -> Bool {
        isPress && k >= 2 && w[k - 1] == "en" && w[k].hasSuffix("ant") && lex.pronounSubjects.contains(w[0])
    }

    /// "écrit le ministre, qui demande également aux préfets de…": a relative clause whose
    /// antecedent is the authority reports its request, as a main clause would; "les
    /// étrangers qui demandent…" describes them. The antecedent may be an act with its date
    /// ("une autre circulaire datée du 5 juillet, qui demande…", "la circulaire du 12
    /// décembre 2017, qui invite…": numbers, `actDesignationLinks`, "datée" and the month
    /// after a number between).
    func authorityRelative(_ w: [String], _ k: Int) -> Bool {
        var j = k - 2
        if j >= 0 && w[j] == "," { j -= 1 }
        let stop = max(0, j - Self.actDateWords)
        while j > stop && !(lex.authorities.contains(w[j]) || authorWords.contains(w[j])) {
            let dated = w[j].first?.isNumber == true || lex.actDesignationLinks.contains(w[j]) || w[j].hasPrefix("date")
                || w[j - 1].first?.isNumber == true
            guard dated else { return false }
            j -= 1
        }
        return j >= 0 && (lex.authorities.contains(w[j]) || authorWords.contains(w[j]))
    }
    /// The most words of a date between an act and the relative clause after it.
    static let actDateWords = 6

    /// "examiner leur demande avec bienveillance", "sur leur demande": "leur" after a
    /// preposition or an infinitive is the possessive, and "demande" the noun. An authority's
    /// noun has an infinitive's ending too ("Le ministre leur demande aussi de…", "La
    /// circulaire leur demande également…"): it is the request's subject.
    func possessiveLeur(_ w: [String], _ k: Int) -> Bool {
        let p = lex.possessiveLeur
        guard k >= 2, w[k - 1] == "leur", p.nouns.contains(w[k]) else { return false }
        let before = w[k - 2]
        if p.after.contains(before) { return true }
        guard !lex.authorities.contains(before), !authorWords.contains(before) else { return false }
        return before.count >= 4 && p.infinitiveEndings.contains(where: { before.hasSuffix($0) })
    }

    /// "souhaite que les préfets de zone réunissent…": a wish reported with its "que" clause,
    /// close after the verb, from the first person or an authority named before it.
    private func reportedWish(_ w: [String], _ k: Int, _ head: MarkerHit, _ verb: DeonticLexicon.ReportedVerb,
                              firstPerson: Bool) -> MarkerHit? {
        var hit = head
        let n = w.count
        // "Elle exige également des parquets qu'ils…": adverbs after the verb first.
        var j = skippingAdverbs(w, from: k + 1)
        let window = j + 2
        while j < min(n, window) && w[j] != "que" { j += 1 }
        if j >= n || w[j] != "que" { return wishedObject(w, k, hit, verb) }
        guard firstPerson || authorityBefore(w, k) else { return nil }
        // "La circulaire prévoit que les policiers peuvent saisir…": the clause's own modal
        // states the duty, with its modality and subject; the wish would cut it in two.
        if clauseHasModal(w, from: j + 1) { return nil }
        hit.end = j + 1
        // "souhaite que les préfets de zone réunissent…": the role the clause names.
        let subject = queSubject(w, from: j + 1) ?? queAgent(w, from: j + 1)
        // "Le texte prévoit que l'entrée en vigueur interviendra…": what a text provides
        // binds someone only when the clause names who.
        if verb.namedSubject && subject == nil { return nil }
        if let id = subject { hit.actor = id }
        return hit
    }

    /// "Laurent Nuñez exige des dispositifs adaptés", "et veut des mesures proportionnées":
    /// a wish (`directObject`) with its object for a clause, after an authority, in a press
    /// item that names its recipients — the item's recipients are asked (a public appeal
    /// names nobody the item reports).
    private func wishedObject(_ w: [String], _ k: Int, _ hit: MarkerHit, _ verb: DeonticLexicon.ReportedVerb) -> MarkerHit? {
        guard isPress, verb.directObject, !documentIds.isEmpty else { return nil }
        let o = skippingAdverbs(w, from: k + 1)
        guard o < w.count, lex.objectStarts.contains(w[o]), authorityBefore(w, k) else { return nil }
        var hit = hit
        hit.objectRequest = true
        guard verb.namedSubject else { return hit }
        // "cette circulaire prévoit le déploiement « de façon progressive » par les préfets
        // d'équipes mobiles": what a text provides binds the role it names as the agent.
        var j = o + 1
        while j + 1 < min(w.count, o + Self.providedAgentReach) && ![".", ";", ":"].contains(w[j]) {
            if w[j] == "par", let (id, _) = recipient(w, from: j + 1, within: min(w.count, j + 4)), !id.hasPrefix("@") {
                var h = hit
                h.actor = id
                return h
            }
            j += 1
        }
        return nil
    }
    /// The most words from a provided measure's object to the agent after "par".
    static let providedAgentReach = 12

    /// Whether exactly one "de" or "à" + infinitive (maybe quoted) stands between `start` and
    /// `end`: the request's own complement, which a "…, de" + infinitive after it goes on
    /// from. With two ("de suspendre …, et d'enjoindre au préfet de cesser …, de capter"),
    /// the later infinitives are the nearer verb's.
    func complementBefore(_ w: [String], from start: Int, to end: Int) -> Bool {
        (start..<max(start, end - 1)).filter { c in
            (w[c] == "de" || w[c] == "a") && (isInfinitive(w, c + 1) || w[c + 1] == "\"" && c + 2 < end && isInfinitive(w, c + 2))
        }.count == 1
    }

    /// "Bruno Retailleau appelle à la mobilisation des préfets": the request as a noun of
    /// action after "à" + a determiner, its agent the role after "de": the role's id and
    /// the token after the noun. ("appelle à la mobilisation des Français" names no role: a
    /// public appeal.)
    func nominalRequest(_ w: [String], _ k: Int) -> (String, Int)? {
        let j = k + 1
        guard j + 4 < w.count, w[j] == "a", lex.nounDeterminers.contains(w[j + 1]), ["de", "des", "du"].contains(w[j + 3]),
              let (id, _) = recipient(w, from: j + 4, within: min(w.count, j + 7)), !id.hasPrefix("@") else { return nil }
        return (id, j + 3)
    }

    /// The start of a request's complement right after its verb, adverbs and an opening
    /// quotation mark between: "invite à faire", "recommande « d'associer »", "appelle à
    /// mobiliser" — a request that names no recipient.
    /// "Il appelle également à mieux lutter contre les trafics": an adverb of
    /// `pressRequests.infinitiveAdverbs` may stand between the preposition and the infinitive.
    func objectlessComplement(_ w: [String], after k: Int) -> Int? {
        var j = skippingAdverbs(w, from: k + 1)
        if j < w.count && w[j] == "\"" { j += 1 }
        guard j + 1 < w.count, w[j] == "de" || w[j] == "a" else { return nil }
        var v = j + 1
        while v < min(w.count - 1, j + 3) && lex.pressRequests.infinitiveAdverbs.contains(w[v]) { v += 1 }
        return isInfinitive(w, v) ? j : nil
    }

    /// "Le garde des Sceaux appelle à une « attention plus soutenue » aux atteintes", "qui
    /// appelle à un approfondissement de…": the noun a direct request verb asks for, with no
    /// recipient — "à", maybe a quotation mark, a determiner of `pressRequests.appealDeterminers`:
    /// the token of "à". Not when the noun's phrase names the public ("appelle à la
    /// mobilisation des Français").
    func nominalAppeal(_ w: [String], _ k: Int) -> Int? {
        let j = skippingAdverbs(w, from: k + 1)
        var d = j + 1
        guard d < w.count, w[j] == "a" else { return nil }
        if w[d] == "\"" { d += 1 }
        guard d + 1 < w.count, lex.pressRequests.appealDeterminers.contains(w[d]) else { return nil }
        var i = d + 1
        while i < min(w.count, d + Self.appealPhraseWords) && ![".", ";", ":", ","].contains(w[i]) {
            if lex.publicAudience.contains(w[i]) { return nil }
            i += 1
        }
        return j
    }
    /// How far an appeal's noun phrase is searched for the public it may name.
    static let appealPhraseWords = 10

    /// The agent a "que" clause opens on, past its determiners ("que les policiers
    /// saisissent…" → `policier`): a person no title lexicon names, known as an agent.
    private func queAgent(_ w: [String], from e: Int) -> String? {
        var j = e
        while j < w.count && j < e + 2 && lex.subjectDeterminers.contains(w[j]) { j += 1 }
        guard j < w.count, lex.agents[Self.singular(w[j])] == true else { return nil }
        return Self.singular(w[j])
    }

    /// Whether a bare modal of `coordinatedModals` ("peuvent", "doivent", "devront") stands in
    /// the clause opening at `start`, within eight words and before its punctuation.
    private func clauseHasModal(_ w: [String], from start: Int) -> Bool {
        var i = start
        while i < min(w.count, start + 8) && ![",", ";", ":", ".", "\"", "que", "qui"].contains(w[i]) {
            if lex.coordinatedModals[w[i]] != nil { return true }
            i += 1
        }
        return false
    }

    /// Whether a request's complement opens at `i`: "de" before an infinitive, "à" before an
    /// infinitive or "ce que", or a quotation.
    private func requestComplement(_ w: [String], at i: Int) -> Bool {
        let n = w.count
        guard i < n else { return false }
        if w[i] == "de" { return isInfinitive(w, i + 1) }
        if w[i] == "a" { return i + 2 < n && w[i + 1] == "ce" && w[i + 2] == "que" || isInfinitive(w, i + 1) }
        return w[i] == "\""
    }

    /// "leur demande notamment de…": after a recipient pronoun, the request's complement
    /// within a few words of asides ("ce vendredi 3 juin"), or its object right after the verb.
    private func reportedAfterPronoun(_ w: [String], _ k: Int, _ head: MarkerHit, _ verb: DeonticLexicon.ReportedVerb) -> MarkerHit? {
        var hit = head
        let n = w.count
        var j = k + 1
        var aside = 0
        // "leur ayant fixé un plancher": the object right after the verb.
        if j < n && lex.objectStarts.contains(w[j]) && (verb.directObject || verb.targetObject) { return hit }
        if let c = afterIncise(w, from: j) { j = c }
        while j < n && aside < 4 && !requestComplement(w, at: j) && ![".", ";", ":"].contains(w[j]) { j += 1; aside += 1 }
        guard requestComplement(w, at: j) || j < n && lex.objectStarts.contains(w[j]) && (verb.directObject || verb.targetObject) else { return nil }
        // "les invite par ailleurs à ne plus délivrer": the request's complement is read
        // from its preposition (a duty to refrain is a prohibition).
        if requestComplement(w, at: j) { hit.end = j }
        return hit
    }

    /// "leur demandant, à travers un document intitulé « Instruction relative à … », d'expulser
    /// …": an incise between commas right after the verb, however long, then the request's
    /// complement — the token after the closing comma; nil without such an incise.
    func afterIncise(_ w: [String], from j: Int) -> Int? {
        guard let c = inciseEnd(w, from: j), requestComplement(w, at: c) else { return nil }
        return c
    }

    /// The token after an incise's closing comma, the incise opening with the comma at `j`
    /// and running over no full stop, semicolon or colon; nil without one.
    func inciseEnd(_ w: [String], from j: Int) -> Int? {
        guard j < w.count, w[j] == "," else { return nil }
        var e = j + 1
        while e < min(w.count, j + Self.inciseReach) && ![".", ";", ":"].contains(w[e]) {
            if w[e] == "," { return e + 1 }
            e += 1
        }
        return nil
    }
    /// The most words an incise between a reported verb and its complement runs over.
    static let inciseReach = 40

    /// "a demandé aux préfets ce vendredi d'être vigilants", "la DGCL demande la mise en place
    /// de …": the recipient the verb names after a few words of asides ("notamment"), or, in a
    /// press item, the request as a "que" clause or an object after an authority.
    private func reportedRecipient(_ w: [String], _ k: Int, _ head: MarkerHit, _ verb: DeonticLexicon.ReportedVerb) -> MarkerHit? {
        var hit = head
        let n = w.count
        var j = k + 1
        var aside = 0
        let starts = verb.construction == .direct ? lex.directStarts : verb.construction == .source ? lex.sourceStarts : lex.indirectStarts
        // "Gérard Collomb invite à faire « pleinement usage »…", "et recommande d'interdire
        // leur vente": the authority asks without naming whom; an item that names its
        // recipients (its addressees) speaks of them, one that names none makes a public appeal.
        if isPress, !verb.directObject, !documentIds.isEmpty, let c = objectlessComplement(w, after: k), authorityBefore(w, k) {
            hit.end = c
            return hit
        }
        if isPress, verb.construction == .direct, let (actor, e) = nominalRequest(w, k), authorityBefore(w, k) {
            (hit.actor, hit.end) = (actor, e)
            return hit
        }
        if isPress, verb.construction == .direct, !documentIds.isEmpty, let c = nominalAppeal(w, k), authorityBefore(w, k) {
            hit.end = c
            (hit.objectRequest, hit.nounAppeal) = (true, true)
            return hit
        }
        // "La circulaire invite, en deuxième lieu, les procureurs à veiller…": an incise
        // between commas right after the verb, then its recipient.
        if let c = inciseEnd(w, from: j), c < n, starts.contains(w[c]) { j = c }
        while j < n && aside <= 4 && ![".", ";", ":"].contains(w[j]) {
            // "le ministre demande à ce que les préfets utilisent plus souvent…": the request
            // as a clause after "à ce que", its subject the actor, as after a bare "que".
            if verb.directObject && isPress && verb.construction == .indirect && aside == 0
                && j + 2 < n && w[j] == "a" && w[j + 1] == "ce" && w[j + 2] == "que" {
                guard authorityBefore(w, k) else { return nil }
                hit.end = j + 3
                if let id = queSubject(w, from: j + 3) { hit.actor = id }
                return hit
            }
            if starts.contains(w[j]) {
                // The recipient: a role, or an official; anyone else is a public appeal.
                guard let (actor, r) = recipient(w, from: verb.construction == .direct ? j : j + 1, within: min(n, j + 9)) else { return nil }
                (hit.actor, hit.end) = (actor, min(n, r + 1))
                return hit
            }
            // "le ministre a demandé que 90 000 policiers soient mobilisés": the request as a
            // clause, right after the verb.
            // (Advice to nobody named, "Le ministre recommande la prudence", is a public appeal:
            // only an item that names its recipients reports advice to them.)
            let advisedNobody = verb.modality == .recommendation && documentIds.isEmpty
            if verb.directObject && isPress && verb.construction == .indirect && w[j] == "que" && aside == 0 {
                guard authorityBefore(w, k), !advisedNobody else { return nil }
                hit.end = j + 1
                if let id = queSubject(w, from: j + 1) { hit.actor = id }
                return hit
            }
            if verb.directObject && isPress && verb.construction == .indirect && (lex.objectStarts.contains(w[j]) || w[j] == "de" && isInfinitive(w, j + 1)) {
                // "la DGCL demande la mise en place de …", "pour demander un renforcement":
                // an authority or a role named before it in the sentence.
                guard aside == 0 || w[j - 1] != "," else { return nil }
                // "Le préfet interdit la vente de carburant": the authority sets the ban, which
                // binds everyone, not the authority (nor whoever the item named last).
                if verb.modality == .prohibition { hit.actor = Self.nobody }
                return authorityBefore(w, k) && !advisedNobody ? hit : nil
            }
            (j, aside) = (j + 1, aside + 1)
        }
        return nil
    }

    /// "prendre sans délai des arrêtés » interdisant l'usage des mortiers": the present
    /// participle at `k` right after an act's noun (`qualifiedActs`; a closing quote between)
    /// says what the act does — part of the request before it, no request of its own. "un
    /// courrier demandant la mise en place de…" reports one (a letter is no act), and so does
    /// an act no infinitive asks for: "Il a pris un arrêté interdisant la circulation des
    /// mineurs" reports the act's own ban.
    func describesAct(_ w: [String], _ k: Int) -> Bool {
        guard w[k].hasSuffix("ant"), k >= 1 else { return false }
        let p = w[k - 1] == "\"" && k >= 2 ? k - 2 : k - 1
        guard lex.qualifiedActs.contains(w[p]) else { return false }
        return (max(0, p - Self.actObjectReach)..<p).contains { isInfinitive(w, $0) }
    }
    /// "Arrêté n° 2024-2010 du 24 12 2024 interdisant la vente…": a present participle right
    /// after an act's number and date is its title, as a recueil's contents and heading print
    /// it — the act's articles command, its title names it.
    func designatesAct(_ w: [String], _ k: Int) -> Bool {
        guard w[k].hasSuffix("ant") else { return false }
        var j = k - 1, numbered = false
        while j >= 0 && k - j <= Self.actDesignationWords {
            if lex.qualifiedActs.contains(w[j]) { return numbered }
            if w[j].contains(where: \.isNumber) { numbered = true } else if !lex.actDesignationLinks.contains(w[j]) { return false }
            j -= 1
        }
        return false
    }
    /// The most words of an act's number and date before its title's participle.
    static let actDesignationWords = 8

    /// The most words from the infinitive to the act it asks for ("prendre sans délai des arrêtés").
    static let actObjectReach = 5

    /// The recipient a reported request names from `start` (before `limit`): a role's id, or
    /// an official's (the actor inherited, unless a role follows: "responsables de la sécurité
    /// et préfets"), with the token its reading ends at; nil without either.
    private func recipient(_ w: [String], from start: Int, within limit: Int) -> (String, Int)? {
        var r = start
        var found: String? = nil
        while r < limit {
            if let id = actorPhrase(w, at: r) ?? recipientOnlyPhrase(w, at: r) { return (id, r) }
            if let e = officialPhrase(w, at: r) { found = Self.inherited; r = e; continue }
            if ["de", "que", "qui", "a", ",", ";", ":", ".", "\"", "("].contains(w[r]) { break }
            r += 1
        }
        return found.map { ($0, r) }
    }

    /// Whether the sentence is attributed to a group with no authority ("selon le syndicat",
    /// "d'après les associations").
    func attributedToNonAuthority(_ w: [String]) -> Bool {
        for i in w.indices where lex.attributions.contains(w[i]) {
            for j in (i + 1)..<min(w.count, i + 4) where lex.nonAuthorities.contains(w[j]) { return true }
        }
        return false
    }

    /// Whether the subject before the reported verb at `k` (back to the clause's start) is a
    /// group with no authority over the recipients (an association, a union, the opposition).
    func demandedByNonAuthority(_ w: [String], _ k: Int) -> Bool {
        if coordinatedWithOpeningSubject(w, k) { return openedByNonAuthority(w) }
        var i = k - 1
        while i >= 0 && k - i <= 8 && ![",", ";", ":", ".", "\"", "que", "qui"].contains(w[i]) {
            if lex.nonAuthorities.contains(w[i]) || lex.courtSubjects.contains(w[i]) { return true }
            if lex.authorities.contains(w[i]) || authorWords.contains(w[i]) { return false }
            i -= 1
        }
        return false
    }

    /// "La Cimade demande le retrait de cette circulaire et appelle les préfectures à…",
    /// "L'association des maires salue une « démarche » mais réclame des moyens": a verb
    /// right after "et"/"mais" (an adverb between allowed: "et demande aussi", "et leur
    /// demande") shares the subject of the sentence's first clause, however far its object
    /// ran; the words between are that object, no subject of their own ("cette circulaire").
    func coordinatedWithOpeningSubject(_ w: [String], _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0 && (lex.indirectClitics.contains(w[j]) || lex.directClitics.contains(w[j]) || lex.passiveAdverbs.contains(w[j])) && k - j <= 2 { j -= 1 }
        return j > 0 && lex.verbCoordinators.contains(w[j])
    }

    /// Whether the sentence opens on a group with no authority as its subject ("La Cimade",
    /// "L'Union syndicale des magistrats (USM)", "L'association des maires de …"): one of
    /// `nonAuthorities` among its first words, before any authority or role.
    func openedByNonAuthority(_ w: [String]) -> Bool {
        for i in 0..<min(w.count, Self.openingSubjectWords) {
            if lex.authorities.contains(w[i]) || authorWords.contains(w[i]) || actorPhrase(w, at: i) != nil { return false }
            if lex.nonAuthorities.contains(w[i]) || lex.courtSubjects.contains(w[i]) { return true }
        }
        return false
    }

    /// How many words open a sentence's subject ("L'Union syndicale des magistrats").
    static let openingSubjectWords = 4

    /// An authority ("le ministre", "la DGCL", "le télégramme") or a role named in the
    /// twelve words before `k`.
    func authorityBefore(_ w: [String], _ k: Int) -> Bool {
        // "Il souhaite aussi que…" opening its sentence: the authority the item reports, as
        // in "Il les exhorte à…"; "Il a demandé également la mise en place…": past the
        // auxiliary and an adverb.
        var p = k - 1
        if p >= 1, lex.passiveAdverbs.contains(w[p]) { p -= 1 }
        if p >= 1, lex.perfectAuxiliaries.contains(w[p]) { p -= 1 }
        if p >= 0, lex.pronounSubjects.contains(w[p]), p == 0 || [",", ".", ";"].contains(w[p - 1]) { return true }
        for i in max(0, k - 12)..<k where lex.authorities.contains(w[i]) || authorWords.contains(w[i]) || actorPhrase(w, at: i) != nil { return true }
        // "Le ministère de l'Intérieur attend 20 000 personnes pour 80 actions partout en
        // France et demande d'accorder…": a verb coordinated with the sentence's first one
        // shares its subject, however far the first verb's object ran.
        guard coordinatedWithOpeningSubject(w, k) else { return false }
        // "Il cible les moyens pyrotechniques et recommande d'interdire…": a press item's
        // sentence opening on the authority's pronoun.
        if isPress, let first = w.first, lex.pronounSubjects.contains(first) { return true }
        return (0..<min(k, Self.openingSubjectWords + 2)).contains { lex.authorities.contains(w[$0]) || authorWords.contains(w[$0]) }
    }

    /// "la ministre rappelle que la réponse judiciaire doit être rapide", "Elle confirme les
    /// principes édictés par ses circulaires": a reminder reported by a press item.
    func reportedReminder(_ w: [String], _ k: Int) -> MarkerHit? {
        let n = w.count
        // ("en rappelant aux préfets que…": a gerund, no noun after its determiner.)
        if k > 0 && lex.nounDeterminers.contains(w[k - 1]) && !(w[k - 1] == "en" && w[k].hasSuffix("ant")) { return nil }
        // "La LDH rappelle que les contrôles doivent être fondés…": a group with no authority
        // recalls the law to the public; it instructs nobody.
        if demandedByNonAuthority(w, k) { return nil }
        var j = k + 1
        while j < n && j <= k + 6 && w[j] != "que" && !lex.reminderObjects.contains(w[j]) && w[j] != "." && w[j] != ";" { j += 1 }
        guard j < n, j <= k + 6, w[j] == "que" || lex.reminderObjects.contains(w[j]) else { return reminderToRole(w, k) }
        if w[j] == "que" {
            // Only a duty recalled: "rappelle que … doit être", not "rappelle que des résultats ont été obtenus".
            // "rappelle aux policiers qu'ils ne peuvent refuser une plainte": a bar recalled to
            // the roles named ("rappelle que les demandeurs ne peuvent…" is the bar itself).
            let toRoles = k + 1 < j && ["a", "au", "aux"].contains(w[k + 1])
            // "Le préfet leur rappelle que l'accueil d'urgence relève du département": recalled
            // to the recipients by the authority, as "je vous rappelle que" is in a letter.
            let toRecipients = k >= 1 && lex.indirectClitics.contains(w[k - 1]) && authorityBefore(w, k - 1)
            guard recallsDutyOrPenalty(w, from: j + 1) || toRoles && recallsBar(w, from: j + 1) || toRecipients else { return nil }
        }
        var hit = MarkerHit(start: k, end: j + 1, modality: .reminder, actor: reminderActor(w, k, j), marker: w[k])
        hit.endsWithQue = w[j] == "que"
        return hit
    }

    /// "La circulaire rappelle également aux préfets leurs compétences en matière
    /// d'expulsion": a role's own powers or rules recalled to it, a noun for object, by an
    /// authority — a reminder, the role its actor. Not "rappelle aux préfets de veiller…"
    /// (a request, read as one) nor a recall with no role named.
    func reminderToRole(_ w: [String], _ k: Int) -> MarkerHit? {
        let s = skippingAdverbs(w, from: k + 1)
        guard s < w.count, lex.indirectStarts.contains(w[s]),
              let (actor, r) = recipient(w, from: s + 1, within: min(w.count, s + 6)), !actor.hasPrefix("@"),
              authorityBefore(w, k) else { return nil }
        var o = r + 1
        while o < min(w.count, r + Self.reminderObjectReach) && !lex.objectStarts.contains(w[o]) {
            if [".", ";", ":", ",", "que"].contains(w[o]) { return nil }
            o += 1
        }
        guard o < w.count, lex.objectStarts.contains(w[o]), !(w[o] == "de" && isInfinitive(w, o + 1)) else { return nil }
        return MarkerHit(start: k, end: o, modality: .reminder, actor: actor, marker: w[k])
    }
    /// The most words from the role recalled to its object ("aux préfets de département leurs").
    static let reminderObjectReach = 5

    /// Whether the "que" clause from `q` states a duty ("doit", "est interdite") or a penalty
    /// the law attaches ("la participation à un rodéo est punie de…", "les parents peuvent être
    /// poursuivis"): a reminder of the rule, in the recalling text's voice. A penalty already
    /// imposed ("35 personnes ont été poursuivies") is a fact, not a rule.
    func recallsDutyOrPenalty(_ w: [String], from q: Int) -> Bool {
        var q = q
        while q < w.count && w[q] != ";" && w[q] != "." {
            if Self.recalledDuties.contains(w[q]) { return true }
            if lex.reminderPenalties.contains(w[q]), q == 0 || w[q - 1] != "ete" { return true }
            q += 1
        }
        return false
    }

    /// Whether the "que" clause from `q` negates a modal ("qu'ils ne peuvent refuser").
    func recallsBar(_ w: [String], from q: Int) -> Bool {
        var q = q
        while q + 1 < w.count && w[q] != ";" && w[q] != "." {
            if w[q] == "ne" && lex.bareNegationModals.contains(w[q + 1]) { return true }
            q += 1
        }
        return false
    }

    static let recalledDuties: Set<String> = ["doit", "doivent", "devra", "devront", "interdit", "interdite", "interdits", "interdites", "obligatoire", "tenu", "tenus", "tenue", "tenues"]

    /// Who a recalled duty binds: the role the "que" clause opens on ("rappelle que les maires
    /// doivent désigner…" → maire), else the role it is recalled to ("rappelle aux préfets que
    /// tout demandeur doit…", "il est rappelé aux usagers que le lavage est interdit"), else
    /// whoever the text last named.
    func reminderActor(_ w: [String], _ k: Int, _ j: Int) -> String? {
        guard w[j] == "que" else { return Self.inherited }
        if let id = queSubject(w, from: j + 1) { return id }
        if j > k + 1, let id = recipientActor(w, from: k + 1, to: j) { return id }
        return Self.inherited
    }

    /// "Les déchets verts doivent en effet être considérés comme des déchets ménagers", "doit
    /// être regardée comme ayant renoncé": a modal, maybe an adverb or two, "être", one of
    /// `characterization` and "comme" say what a thing is in law — a qualification, no act.
    func characterizes(_ w: [String], from e: Int) -> Bool {
        var j = e
        while j < w.count && j < e + 3 && (lex.passiveAdverbs.contains(w[j]) || w[j] == "effet") { j += 1 }
        guard j + 2 < w.count, w[j] == "etre", lex.characterization.contains(w[j + 1]) else { return false }
        return w[j + 2] == "comme" || j + 3 < w.count && w[j + 3] == "comme" && lex.passiveAdverbs.contains(w[j + 2])
    }

    /// Bare modals ("doit", "peuvent") say what someone must or may do only in a main
    /// clause: not after "qui", not under "si" or "lorsque", not in praise ("doit être
    /// saluée"), not of the emitter itself ("mes services doivent"). A passive with a judge as
    /// agent ("doivent être prises en compte par le juge") is the law speaking, not an
    /// instruction; an administration as agent performs the duty (`dutyPassiveActor`). A bare "peut" needs the sentence to speak to the
    /// addressees, or a subject that names who may act ("les maires pourront", "tout officier
    /// de police judiciaire peut", "les ministres du culte peuvent"). Returns the actor
    /// (nil: the addressees'; `inherited`: whoever the text last named), or nil when the
    /// modal is no directive — as a double optional.
    func genericSubject(_ w: [String], _ k: Int, _ e: Int, needsAddressee: Bool, duty: Bool = false) -> String?? {
        var p = k - 1
        while p >= 0 && (w[p] == "\"" || w[p] == "ne" || w[p] == "se") { p -= 1 }
        // "la vaccination, qui serait rendue obligatoire au 1er novembre": the conditional
        // before the marker leaves it in the relative clause.
        if p >= 1 && lex.relativeAuxiliaries.contains(w[p]) && w[p - 1] == "qui" { return nil }
        if p >= 0 && w[p] == "qui" { return nil }
        // "les cyclistes qui, selon le ministre, doivent être sensibilisés": an incise between
        // commas leaves the modal in the relative clause.
        if p >= 2 && w[p] == ",", let open = (max(0, p - 8)..<p).last(where: { w[$0] == "," }), open >= 1, w[open - 1] == "qui" { return nil }
        // "l'information dont doivent disposer les responsables", "les conditions dans
        // lesquelles doivent être assurées …": a relative clause, its subject after the verb.
        if p >= 0 && lex.invertingRelatives.contains(w[p]) { return nil }
        if relativeWithOwnSubject(w, before: k) { return nil }
        if needsAddressee && isRelative(w, k) { return nil }
        // "si", "lorsque" … earlier in the same clause.
        var q = k - 1
        while q >= 0 && w[q] != "," && w[q] != ";" {
            if lex.subordinatorFirstWords.contains(w[q]) {
                for c in lex.subordinators where DeonticLexicon.match(c[...], w, at: q) != nil { return nil }
            }
            q -= 1
        }
        if characterizes(w, from: e) || e < w.count && lex.expectation.contains(w[e]) { return nil }
        // Passive with an agent: "doivent être prises en compte par le juge"; praise: "doit être saluée".
        if e < w.count && w[e] == "etre" {
            if e + 1 < w.count && (lex.praise.contains(w[e + 1]) || e + 2 < w.count && lex.praise.contains(w[e + 2])) { return nil }
            var j = e + 1
            while j < min(w.count, e + 6) && w[j] != "," {
                // An agent has a determiner ("par le juge"); "par voie électronique", "par
                // courrier" say how, not who.
                if w[j] == "par" {
                    guard j + 1 < w.count, w[j + 1] != "vous", w[j + 1] != "vos", lex.subjectDeterminers.contains(w[j + 1]) else { break }
                    // "compensée par la suppression d'une norme": a means, no agent.
                    if j + 2 < w.count, lex.passiveMeansNouns.contains(w[j + 2]) { break }
                    if needsAddressee, !duty, let id = passiveAgentPermission(w, k, agent: j + 2) { return .some(id) }
                    // "Les autres circulaires pourront être signées par le secrétaire général".
                    if !duty, futurePermissionOfAnOffice(w, k, agent: j + 2) { return .some(Self.nobody) }
                    // "doivent être instruits par les services de la préfecture": theirs.
                    if duty, let id = dutyPassiveActor(w, k, agent: j + 2) { return .some(id) }
                    // "peuvent être utilisées par les agents": allowed ("… par le juge": the law's).
                    if j + 2 < w.count, !lex.passiveJudges.contains(w[j + 2]), presentActPassive(w, k) { break }
                    return nil
                }
                j += 1
            }
        }
        let speaksToAddressees = { () -> Bool in
            let lo = max(0, k - 12), hi = min(w.count, e + 16)
            return w[lo..<hi].contains { $0 == "vous" || $0 == "votre" || $0 == "vos" }
        }
        // "Les préfets ont été invités à": the subject stands before the auxiliary.
        // A past passive reports what was asked of someone: only of a role the text names
        // ("les préfets ont été invités à"), not of a crowd ("les élus ont été invités à").
        let perfect = k > 0 && w[k] == "ete" && lex.perfectAuxiliaries.contains(w[k - 1])
        var found = subject(w, before: perfect ? k - 1 : k)
        // "Les policiers doivent être respectés": the subject of a passive undergoes the
        // duty, it does not perform it ("les préfets doivent être vigilants" does). A
        // passive permission is the subject's ("les ministres du culte peuvent être assistés").
        // (Adverbs may stand before the participle: "devront être systématiquement inscrits".)
        // ("devront impérativement être informées": adverbs before "être" too.)
        if duty, !perfect, e < w.count, undergoes(w, from: e) {
            switch found {
            // A named role undergoing it is no antecedent for the actor either ("Les forces de
            // l'ordre devront impérativement être informées"): the default's. In a press item
            // that is the recipient last reported, not "vous" (which would make it the
            // reader's: "Une présence des forces de sécurité intérieure devra être assurée").
            case .named: return .some(isPress ? Self.inherited : nil)
            case .agent: found = .none
            default: break
            }
        }
        if perfect {
            switch found {
            case .named(let id): return .some(id)
            case .none where speaksToAddressees(): return .some(nil)
            default: return nil
            }
        }
        switch found {
        case .emitter: return nil
        case .named(let id): return .some(id)
        case .agent(let slug): return .some(slug)
        case .nobody: return .some(Self.nobody)
        case .none:
            if speaksToAddressees() { return .some(nil) }
            if needsAddressee && futurePassive(w, k) { return .some(Self.inherited) }
            if needsAddressee && (concessivePassive(w, k) || presentActPassive(w, k) || negatedLimit(w, k)) { return .some(Self.nobody) }
            if needsAddressee && pronounPermission(w, k, e) { return .some(Self.antecedent) }
            if needsAddressee && isPress && reportedBan(w, k, e) { return .some(Self.nobody) }
            if duty, let body = bodyActor(w, before: k, verbAfter: skippingAdverbs(w, from: e)) { return .some(body) }
            return needsAddressee ? nil : .some(Self.inherited)
        }
    }

    /// "Les véhicules ne pourront pas stationner à moins de 500 mètres des sites", "Les
    /// commerces ne pourront plus vendre d'alcool après 20 heures": in a press item, the
    /// negated future of "pouvoir" (`futureModals`) with a noun subject that is no role, then
    /// an active infinitive, reports a ban the measure sets — a prohibition in the text's own
    /// voice, actor null (who must not act is not a role). Not a pronoun's ("Ils ne pourront
    /// pas…" goes on from the sentence before), not a passive ("ne pourront pas être tenus").
    func reportedBan(_ w: [String], _ k: Int, _ e: Int) -> Bool {
        guard k >= 3, w[k - 1] == "ne", lex.futureBanModals.contains(w[k]), e < w.count else { return false }
        var v = e
        if w[v] == "pas" || w[v] == "plus" { v += 1 } else { return false }
        v = skippingAdverbs(w, from: v)
        guard v < w.count, w[v] != "etre", isInfinitive(w, v) else { return false }
        // The subject: a determiner opening the clause, a noun after it.
        var b = k - 2
        while b > 0 && !Self.subjectStops.contains(w[b - 1]) { b -= 1 }
        return k - 1 - b >= 2 && lex.subjectDeterminers.contains(w[b]) && !["il", "ils", "elle", "elles", "on"].contains(w[b + 1])
    }

    /// "Les sous-préfets réuniront les services. Ils pourront s'appuyer sur …": a bare "peut"
    /// whose subject is a sentence-opening pronoun allows what the role just named may do;
    /// `resolvePronoun` gives it that role, or drops it when the sentence before named none.
    /// Not a passive ("Elles pourront être consultées": things) nor an impersonal verb ("Il
    /// peut arriver que", "il peut s'agir de").
    func pronounPermission(_ w: [String], _ k: Int, _ e: Int) -> Bool {
        var p = k - 1
        while p > 0 && w[p] == "ne" { p -= 1 }
        guard p == 0, ["il", "elle", "ils", "elles"].contains(w[0]) else { return false }
        var v = skippingAdverbs(w, from: e)
        while v < w.count, lex.relayClitics.contains(w[v]) || w[v] == "se" || w[v] == "y" || w[v] == "en" { v += 1 }
        guard v < w.count else { return false }
        return !Self.impersonalAfterModal.contains(w[v]) && isInfinitive(w, v)
    }

    /// Verbs a modal governs after an impersonal "il" ("il peut arriver que", "il pourra s'agir de").
    static let impersonalAfterModal: Set<String> = ["etre", "arriver", "agir", "sembler", "paraitre", "advenir", "exister", "resulter", "falloir", "suffire", "averer", "convenir"]

    /// A past participle by its ending ("respectés", "informée", "mis"), as the lexicon's
    /// passive rule lists them.
    func isParticiple(_ p: String) -> Bool {
        p.count >= 4 && lex.participleEndings.contains { p.hasSuffix($0) } && !lex.adjectiveEndings.contains { p.hasSuffix($0) }
    }

    /// "Les demandes pourront être déposées…", "Pourront notamment être produits…": a future
    /// passive states what the text itself allows, to whoever it last named; a present one ("peut être
    /// considéré comme") more often describes.
    func futurePassive(_ w: [String], _ k: Int) -> Bool {
        guard lex.passiveModals.contains(w[k]) else { return false }
        var j = k + 1
        if j < w.count && w[j] == "pas" { j += 1 }
        while j < w.count && j <= k + 3 && lex.passiveAdverbs.contains(w[j]) { j += 1 }
        guard j + 1 < w.count, lex.passiveAuxiliary.contains(w[j]) else { return false }
        let p = w[j + 1]
        return p.count >= 4 && lex.participleEndings.contains { p.hasSuffix($0) }
    }

    /// "les mesures que vous avez à prendre", "les pièces que vous devez joindre": a marker of
    /// the second person in a relative clause whose "que" follows a noun (a determiner just
    /// before it) describes the noun — the sentence announces or lists, it does not direct.
    /// ("Je vous rappelle que vous avez à…": "que" after a verb opens the duty itself.)
    func objectRelative(_ w: [String], _ k: Int) -> Bool {
        guard k >= 3, w[k] == "vous", w[k - 1] == "que" else { return false }
        return lex.subjectDeterminers.contains(w[k - 3]) && !lex.subjectDeterminers.contains(w[k - 2])
    }

    /// "mobiliser les forces de l'ordre dont la présence visible et dissuasive doit être
    /// renforcée": a modal whose subject opens on "dont" and a determiner, with no verb of its
    /// own between them, is the verb of that relative clause — it qualifies the noun before
    /// "dont" (here the object of the directive), no directive of its own. "Les étrangers dont
    /// la demande a été rejetée doivent…" keeps its rule: the relative clause has its verb
    /// ("a été rejetée") and the modal is the main clause's.
    func relativeWithOwnSubject(_ w: [String], before k: Int) -> Bool {
        var p = k - 1
        while p >= 0 && k - p <= 7 {
            if Self.relativeSubjectStops.contains(w[p]) || Self.finiteAuxiliaries.contains(w[p]) { return false }
            if lex.invertingRelatives.contains(w[p]) {
                return p + 1 < k - 1 && lex.subjectDeterminers.contains(w[p + 1])
            }
            p -= 1
        }
        return false
    }

    /// Words that end a relative clause's subject going back from its verb.
    static let relativeSubjectStops: Set<String> = [",", ";", ":", ".", "(", ")", "qui", "que", "mais", "ou"]
    /// Finite forms of "être" and "avoir": between "dont" and a modal, the relative clause's
    /// own verb, so the modal belongs to the main clause.
    static let finiteAuxiliaries: Set<String> = ["a", "ont", "est", "sont", "etait", "etaient", "avait", "avaient",
                                                 "sera", "seront", "aura", "auront", "fut", "furent"]

    /// "que vous pourrez faire", "tout ce que vous pourrez": a relative clause.
    func isRelative(_ w: [String], _ k: Int) -> Bool {
        var p = k - 1
        while p >= 0 && (w[p] == "\"" || w[p] == "ne") { p -= 1 }
        return p >= 0 && lex.relativeBlockers.contains(w[p])
    }

    /// "vous (me|vous|en|y|…)* <verbe en -rez>".
    func instructionFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        if k > 0 && lex.futureBlockedAfter.contains(w[k - 1]) { return nil }
        var j = k + 1
        // "Vous, préfets de région, établirez cette cartographie": a vocative between commas.
        if j < w.count, w[j] == ",", let close = (j + 1..<min(w.count, j + 9)).first(where: { w[$0] == "," }) { j = close + 1 }
        while j < w.count && (lex.futureClitics.contains(w[j]) || w[j].isEmpty) { j += 1 }
        guard j < w.count, w[j].count > 4, w[j].hasSuffix("rez"), !lex.futureExcluded.contains(w[j]) else { return nil }
        var hit = MarkerHit(start: k, end: j + 1, modality: .obligation, actor: nil, marker: "vous …\(w[j].suffix(3))")
        hit.second = true
        applyNegation(&hit, w)
        return hit
    }

    /// "votre équipe entrera en contact": the addressees' services, future tense.
    func yourFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        guard k + 2 < w.count else { return nil }
        let v = w[k + 2]
        guard v.count >= 5, !lex.yourFutureExcluded.contains(v),
              v.hasSuffix("era") || v.hasSuffix("ira") || v.hasSuffix("eront") || v.hasSuffix("iront") else { return nil }
        var hit = MarkerHit(start: k, end: k + 3, modality: .obligation, actor: nil, marker: "votre … futur")
        hit.second = true
        return hit
    }

    /// "Saisissez cette occasion", "Ne renoncez jamais à…": a sentence that opens on a verb
    /// in the imperative.
    func imperative(_ w: [String], _ k: Int) -> MarkerHit? {
        var v = w[k]
        for clitic in lex.imperativeClitics where v.hasSuffix(clitic) {
            v = String(v.dropLast(clitic.count))
        }
        // ("Usez de ce moyen", "Ayez soin de…": four letters make an imperative too.)
        guard v.count >= 4, v.hasSuffix("ez"), !lex.notVerbs.contains(v) else { return nil }
        for phrase in lex.notImperative where Self.phrase(phrase, in: w, at: k) { return nil }
        var hit = MarkerHit(start: k > 0 && w[k - 1] == "ne" ? k - 1 : k, end: k + 1, modality: .obligation, actor: nil, marker: "impératif")
        hit.second = true
        applyNegation(&hit, w)
        return hit
    }

    /// "Les parquets veilleront à …", "le préfet réunira …": a named actor and a future.
    func namedFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        let v = w[k]
        guard v.hasSuffix("ra") || v.hasSuffix("ront"), !lex.namedFutureExcluded.contains(v), k > 0 else { return nil }
        // "Les forces de l'ordre devront impérativement être informées": the role undergoes a
        // passive; the bare modal's rule decides who acts.
        if lex.implied.dutyModals.contains(v), case let be = skippingAdverbs(w, from: k + 1), be + 1 < w.count, w[be] == "etre",
           case let pp = skippingAdverbs(w, from: be + 1), pp < w.count, isParticiple(w[pp]) { return nil }
        guard let (start, id) = leadingSubject(w, before: k) ?? officialSubject(w, before: k) else { return dutyFuture(w, k) ?? bodyFuture(w, k) ?? universalFuture(w, k) }
        guard !lex.selfServices.contains(id), !(w[k - 1] == "vous" && lex.offeredToYou.contains(v)) else { return nil }
        var hit = MarkerHit(start: start, end: k + 1, modality: .obligation, actor: id, marker: "futur")
        applyNegation(&hit, w)
        return hit
    }

    /// "Les forces de l'ordre réaliseront des contrôles aux abords des gares, indique la
    /// préfecture de police", "Les services de police réaliseront des contrôles entre le 16 et
    /// le 19 mai": in a press item's own voice (no quotation), the future of a force
    /// (`operationalForces`) tells what the operation will be — the rulebook's description of
    /// what a service does, no directive — unless the sentence names the text it reports
    /// (`writtenSources`, `operationSources`: "précise le télégramme", "selon la note").
    func describesOperation(_ w: [String], _ h: MarkerHit) -> Bool {
        guard h.modality == .obligation, let id = h.actor, lex.operationalForces.contains(id) else { return false }
        return !w.contains { lex.writtenSources.contains($0) || lex.operationSources.contains($0) }
    }

    /// "Les chefs d'établissement veilleront à…", "Vos services me rendront compte…", "… et
    /// me rendront compte chaque semestre": a future of care, or of a report due to the
    /// emitter, instructs whoever its subject is, even a body the lexicons do not know — the
    /// verb alone is the instruction. The subject must open on a determiner (no relative
    /// clause, no emitter: "mes services veilleront" describes the ministry's work); after
    /// "et" the verb shares the subject of the clause before. In a press item only with a
    /// role the lexicons know as its subject ("Les chefs de service veilleront à limiter les
    /// congés", told of a note): an unknown subject's future reports what others intend.
    func dutyFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        guard let forms = lex.dutyFutures[w[k]],
              let form = forms.first(where: { k >= $0.verb && Self.phrase($0.words, in: w, at: k - $0.verb) }) else { return nil }
        let first = k - form.verb
        var end = first
        while end > 0 && first - end < 2 && lex.namedFutureClitics.contains(w[end - 1]) { end -= 1 }
        var b = end - 1
        // A body's title may be long ("Les directeurs interrégionaux de la protection
        // judiciaire de la jeunesse s'assureront que…").
        while b >= 0 && end - b <= 14 && !Self.subjectStops.contains(w[b]) { b -= 1 }
        guard end - b <= 14 else { return nil }
        let hitEnd = first + form.words.count
        if b + 1 == end {
            // "Les procureurs généraux veilleront à … et me rendront compte": the same subject.
            guard !isPress, b >= 0, w[b] == "et" else { return nil }
            var hit = MarkerHit(start: b, end: hitEnd, modality: .obligation, actor: Self.inherited, marker: "futur")
            applyNegation(&hit, w)
            return hit
        }
        guard lex.dutyDeterminers.contains(w[b + 1]), end - (b + 1) >= 2 else { return nil }
        let actor: String?
        if w[b + 1] == "vos" || w[b + 1] == "votre" {
            guard !isPress else { return nil }
            actor = nil
        } else {
            switch subject(w, before: end) {
            case .emitter: return nil
            case .named(let id): actor = id
            // In a press item, an official the lexicons know as an agent ("Les chefs de service
            // veilleront à…"), not anyone ("les associations veilleront à…").
            case .agent(let slug) where !isPress || lex.officialAgents.contains(String(slug.prefix { $0 != "-" })): actor = slug
            case .nobody, .none, .agent: guard !isPress else { return nil }; actor = titleOpening(w, from: b + 2, to: end) ?? Self.nobody
            }
        }
        var hit = MarkerHit(start: b + 1, end: hitEnd, modality: .obligation, actor: actor, marker: "futur")
        applyNegation(&hit, w)
        return hit
    }

    /// "Ce comité examinera chaque trimestre les projets", "Le secrétariat général du
    /// Gouvernement vérifiera que …", "La commission consultative rendra son avis": in a
    /// circular, the future of a body the text sets to work (`bodyFuture.nouns`: comité,
    /// commission, secrétariat…), or of an official's title or a service's unit
    /// (`bodyFuture.officials`: "Les chefs d'établissement actualiseront…", "Les unités
    /// effectueront…"), is its instruction, whatever the verb — the lexicons need not know
    /// the body. The subject opens its clause on a definite or demonstrative
    /// determiner (not "qui"/"que"/"dont"); a verb that describes or schedules ("cette
    /// mission permettra de", "le comité se tiendra le 12 mars") is none. Not in a press item.
    func bodyFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        let v = w[k]
        guard !isPress, v.count >= 5, v.hasSuffix("ra") || v.hasSuffix("ront"), !lex.namedFutureExcluded.contains(v),
              !lex.agentFutureExcluded.contains(v), !bodyFutureExcludes(w, k) else { return nil }
        var end = k
        while end > 0 && k - end < 2 && lex.namedFutureClitics.contains(w[end - 1]) { end -= 1 }
        guard let b = bodySubject(w, before: end) else { return nil }
        let actor: String
        switch subject(w, before: end) {
        case .emitter: return nil
        case .named(let id): actor = id
        // "Les chefs d'établissement actualiseront…": the agent's own slug when no title opens so.
        case .agent(let slug): actor = titleOpening(w, from: b + 2, to: end) ?? slug
        case .nobody, .none: actor = titleOpening(w, from: b + 2, to: end) ?? Self.nobody
        }
        var hit = MarkerHit(start: b + 1, end: k + 1, modality: .obligation, actor: actor, marker: "futur")
        applyNegation(&hit, w)
        return hit
    }

    /// Whether the future at `k` is one `bodyFuture` leaves out: a verb of `bodyFuture.excluded`,
    /// or of `bodyFuture.reflexiveExcluded` after its "se" only.
    func bodyFutureExcludes(_ w: [String], _ k: Int) -> Bool {
        guard lex.bodyFutureExcluded.contains(w[k]) else { return false }
        guard lex.bodyFutureReflexive.contains(w[k]) else { return true }
        return k > 0 && (w[k - 1] == "se" || w[k - 1] == "s'" || w[k - 1] == "s")
    }

    /// "Chaque service activera sans délai son dispositif d'astreinte", "chaque commune
    /// désignera un référent": in a press item, a future whose subject opens its clause on a
    /// universal word (`subjects.universal`: "chaque", "tout", "tous les") and a body that
    /// can act — a unit of `universalFuture.nouns` ("service", "structure"), an agent noun or
    /// a title — states a rule in the voice of the authority the item quotes, as "chaque
    /// service doit…" would: the rulebook's universal subject, actor null unless a title is
    /// named ("chaque préfet transmettra"). "Chaque soir, …", "Tout autre acte de délinquance
    /// conduira à…" name no such body; a future that describes or that the subject undergoes
    /// ("sera", "recevra", "s'exposera") is none; a pronoun ("chacun", "nul") is no subject.
    func universalFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        guard isPress, !lex.universalFutureExcluded.contains(w[k]), !lex.agentFutureExcluded.contains(w[k]), !lex.bodyFutureExcluded.contains(w[k]) else { return nil }
        var end = k
        while end > 0 && k - end < 2 && lex.namedFutureClitics.contains(w[end - 1]) { end -= 1 }
        var b = end - 1
        while b >= 0 && end - b <= 8 && !Self.subjectStops.contains(w[b]) { b -= 1 }
        guard end - b <= 8, b + 2 < end, b < 0 || !["que", "qui", "dont", "ou"].contains(w[b]),
              lex.universalSubjects.contains(w[b + 1]), !lex.universalPronouns.contains(w[b + 1]) else { return nil }
        var noun = b + 2
        while noun < end - 1 && lex.subjectDeterminers.contains(w[noun]) { noun += 1 }
        guard lex.universalNouns.contains(w[noun]) || lex.agents[Self.singular(w[noun])] == true || actorPhrase(w, at: noun) != nil else { return nil }
        var actor = Self.nobody
        if case .named(let id) = subject(w, before: end) { actor = id }
        var hit = MarkerHit(start: b + 1, end: k + 1, modality: .obligation, actor: actor, marker: "futur")
        applyNegation(&hit, w)
        return hit
    }

    /// The word before a body's subject that ends at `end` ("Les commissions départementales de
    /// vidéoprotection", "le comité"): a definite or demonstrative determiner and a body noun
    /// open the clause (not a "qui"/"que"/"dont" one); nil when the subject is no body.
    func bodySubject(_ w: [String], before end: Int) -> Int? {
        var b = end - 1
        while b >= 0 && end - b <= 10 && !Self.subjectStops.contains(w[b]) { b -= 1 }
        guard end - b <= 10, b + 2 < end, b < 0 || !["que", "qui", "dont", "ou"].contains(w[b]) else { return nil }
        if lex.bodyDeterminers.contains(w[b + 1]), lex.bodyNouns.contains(w[b + 2]) { return b }
        return runInHeadingSubject(w, from: b + 1, before: end)
    }

    /// "Article 3 – Mesures applicables aux collectivités Les collectivités réduiront…": a
    /// flattened act runs an article's heading into its first sentence, so the subject opens
    /// on the last determiner and body noun before the verb — after a word that is no
    /// preposition ("aux collectivités" is the heading's). Only in a sentence opening an
    /// article. The word before that determiner, as `bodySubject` returns it.
    func runInHeadingSubject(_ w: [String], from start: Int, before end: Int) -> Int? {
        guard opensArticle(w, before: end) else { return nil }
        var d = end - 2
        while d > start {
            if lex.bodyDeterminers.contains(w[d]), lex.bodyNouns.contains(w[d + 1]), !Self.headingPrepositions.contains(w[d - 1]) { return d - 1 }
            d -= 1
        }
        return nil
    }

    static let headingPrepositions: Set<String> = ["a", "au", "aux", "de", "du", "des", "d'", "par", "pour", "sur", "dans", "en", "avec", "entre"]

    /// The title whose opening words are `w[i..<end]` (at least two): "les directeurs
    /// interrégionaux" is the directeur interrégional des services pénitentiaires — or, first,
    /// the document's own addressee that opens so (in a note to the directeurs interrégionaux
    /// de la protection judiciaire de la jeunesse, they are the ones meant), else the shortest.
    func titleOpening(_ w: [String], from i: Int, to end: Int) -> String? {
        guard end - i >= 2 else { return nil }
        let n = end - i
        let opens = { (phrase: [String]) in phrase.count > n && phrase[0] == w[i] && Self.phrase(Array(phrase[0..<n]), in: w, at: i) }
        for (phrase, id) in documentActors where opens(phrase) { return id }
        // Of the lexicon's, the addressee's, else the plainest (the candidates run longest first).
        var plainest: String? = nil
        for (phrase, id) in lex.actorPhrasesByFirst[w[i]] ?? [] where opens(phrase) {
            if documentIds.contains(id) { return id }
            plainest = id
        }
        return plainest
    }

    /// "Les officiers de police judiciaire aviseront le parquet", "les magistrats veilleront
    /// à": an official the lexicons know only as an agent noun, in a circular or an arrêté,
    /// with the rule's slug. Not in a press item, where such a future reports what will
    /// happen ("les policiers interviendront demain"), nor a future the subject undergoes
    /// ("les agents bénéficieront d'une formation").
    func officialSubject(_ w: [String], before k: Int) -> (Int, String)? {
        guard !isPress, !lex.agentFutureExcluded.contains(w[k]), case .agent(let slug) = subject(w, before: k) else { return nil }
        let head = slug.split(separator: "-").first.map(String.init) ?? slug
        guard lex.officialAgents.contains(head) else { return nil }
        var b = k - 1
        while b >= 0 && k - b <= 10 && ![",", ";", ":", "\"", "(", ")", "que", "et", "mais", "ou", "qui", "dont", "."].contains(w[b]) { b -= 1 }
        return (b + 1, slug)
    }

    /// An addressee title or service that ends right before `k` (a "ne" aside).
    func namedSubject(_ w: [String], before k: Int) -> (Int, String)? {
        var end = k
        // "Le préfet ne s'opposera pas", "les services s'assureront", "les procureurs
        // généraux me feront parvenir": clitics between.
        while end > 0 && k - end < 3 && lex.namedFutureClitics.contains(w[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        // The lexicon's phrases first, then the document's own titles (no array built per call).
        for (phrase, id) in lex.actorPhrasesByLast[w[end - 1]] ?? [] where phrase.count <= end && Self.phrase(phrase, in: w, at: end - phrase.count) {
            return (end - phrase.count, id)
        }
        for (phrase, id) in documentActors where phrase.last == w[end - 1] && phrase.count <= end && Self.phrase(phrase, in: w, at: end - phrase.count) {
            return (end - phrase.count, id)
        }
        return nil
    }

    /// Whether the verb at `e` after a duty modal is one its subject undergoes: "être" and a
    /// participle ("doivent être transmis", adverbs between), or one of `undergoingVerbs` and
    /// an infinitive ("L'usager doit se voir proposer une solution").
    func undergoes(_ w: [String], from e: Int) -> Bool {
        let be = skippingAdverbs(w, from: e)
        guard be < w.count else { return false }
        if be + 1 < w.count, w[be] == "etre" {
            let pp = skippingAdverbs(w, from: be + 1)
            return pp < w.count && isParticiple(w[pp])
        }
        return lex.undergoingVerbs.contains { $0.first == w[be] && Self.phrase($0, in: w, at: be) && isInfinitive(w, be + $0.count) }
    }

    /// "ne doit pas" is a prohibition — unless it is "ne doit pas se limiter à", which asks
    /// for more, not less.
    func applyNegation(_ h: inout MarkerHit, _ w: [String]) {
        let lo = max(0, h.start - 2)
        let before = w[lo..<max(lo, h.end)].contains { lex.negBefore.contains($0) }
        guard before else { return }
        // "Nul ne peut", "Aucune mesure ne doit": a negative subject in the marker's clause.
        var q = h.start - 1
        while q >= 0 && q >= h.start - 10 && ![",", ";", ":", "."].contains(w[q]) {
            if lex.negSubjects.contains(w[q]) { h.modality = .prohibition; return }
            q -= 1
        }
        // The negation's second word after the marker ("ne doit pas"), or inside it ("ne sont pas
        // invités à"); past an impersonal passive ("Il ne doit être procédé à aucune dispersion").
        var j = h.start + 1
        let reach = h.end + (h.end < w.count && w[h.end] == "etre" ? 4 : 3)
        while j < min(w.count, reach) && !lex.negAfter.contains(w[j]) { j += 1 }
        guard j < w.count && j < reach else {
            // "Les demandeurs ne peuvent prétendre à…": "ne" alone negates "pouvoir" and
            // "savoir" — but "ne peut que" restricts, it does not forbid.
            if h.start >= 1, lex.negBefore.contains(w[h.start - 1]), lex.bareNegationModals.contains(w[h.start]),
               !(h.start + 1 < w.count && w[h.start + 1] == "que") { h.modality = .prohibition }
            // "vous n'y procéderez que dans le cas où…", "ne devront être accomplis que
            // lorsque…": restricted to a condition, the act is forbidden outside it.
            if restrictedToCondition(w, from: h.start + 1, to: reach + 1) { h.modality = .prohibition }
            return
        }
        for phrase in lex.notProhibition {
            let s = j + 1
            if Self.phrase(phrase, in: w, at: s) { return }
        }
        h.modality = .prohibition
    }

    /// Whether a duty asks to refrain: its complement is negated right after its words, after
    /// a recipient whose title holds a "de", or in its "que" clause, or its verb is one of
    /// refraining ("Les actes de violence dont vos agents devront s'abstenir").
    func refrains(_ w: [String], _ h: MarkerHit) -> Bool {
        negatedComplement(w, from: h.end) || negatedAfterRecipient(w, h) || negatedQueClause(w, from: h.end) || abstains(w, from: h.end)
    }

    /// "devront s'abstenir de…", "de vous abstenir de…": the duty's infinitive, past its
    /// preposition and reflexive pronoun, is one of `refrainVerbs`.
    func abstains(_ w: [String], from e: Int) -> Bool {
        var j = e
        if j < w.count && (w[j] == "a" || w[j] == "de") { j += 1 }
        if j < w.count && ["se", "vous", "nous"].contains(w[j]) { j += 1 }
        return j < w.count && lex.refrainVerbs.contains(w[j])
    }

    /// Whether "que" and one of `restrictedTo` ("lorsque", "si", "dans le cas") stand within
    /// `start..<end`: "ne … que lorsque" limits the act to a condition.
    func restrictedToCondition(_ w: [String], from start: Int, to end: Int) -> Bool {
        (start..<min(w.count - 1, end)).contains { q in
            w[q] == "que" && lex.restrictedTo.contains { Self.phrase($0, in: w, at: q + 1) }
        }
    }

    /// "Il appartient aux procureurs de la République de ne requérir aucune …": the marker's
    /// words stop at the first "de" of a recipient's title, so its negated infinitive comes
    /// at the next "de" of the same clause, a few words on.
    func negatedAfterRecipient(_ w: [String], _ h: MarkerHit) -> Bool {
        guard h.actor != nil, h.end > 0, h.end <= w.count, ["de", "d'"].contains(w[h.end - 1]) else { return false }
        for d in h.end..<min(w.count, h.end + 6) {
            if [",", ".", ";", ":"].contains(w[d]) { return false }
            if w[d] == "de" { return negatedComplement(w, from: d) }
        }
        return false
    }

    /// "Vous veillerez à ce que vos services n'engagent aucune procédure": the duty's "que"
    /// clause, its subject then "ne" and the negation's word after the verb ("ne … pas"
    /// forbids); "ne … que" restricts, it does not forbid.
    func negatedQueClause(_ w: [String], from end: Int) -> Bool {
        var e = end
        // "Vous veillerez à ce que …": the marker's words stop at the verb.
        if Self.phrase(["a", "ce", "que"], in: w, at: e) || Self.phrase(["a", "ce", "qu'"], in: w, at: e) { e += 3 }
        guard e > 0, e <= w.count, ["que", "qu'"].contains(w[e - 1]) else { return false }
        for j in e..<min(w.count, e + 6) {
            if [",", ".", ";", ":", "que", "qu'"].contains(w[j]) { return false }
            if lex.negBefore.contains(w[j]) && j > e { return j + 1 < w.count && wrapsInfinitive(w, verb: j + 1) }
        }
        return false
    }

    /// Whether the complement at `e` opens on "(à | de) ne pas / ne plus / ne jamais …",
    /// unless the negation asks for more ("ne pas se limiter à").
    func negatedComplement(_ w: [String], from e: Int) -> Bool {
        var j = e
        if j < w.count && (w[j] == "a" || w[j] == "de") { j += 1 }
        // "leur demande de « ne plus délivrer » de titres": a press item quotes the request's
        // own words; the quotation mark does not change what is asked.
        if j < w.count && w[j] == "\"" { j += 1 }
        guard j + 1 < w.count, lex.negBefore.contains(w[j]) else { return false }
        // "de ne procéder à aucune reconduite": the negation's word after the infinitive.
        guard lex.negAfter.contains(w[j + 1]) || wrapsInfinitive(w, verb: j + 1) else { return false }
        // "ne pas vous limiter": the reflexive in any person.
        let k = lex.negAfter.contains(w[j + 1]) ? j + 2 : j + 1
        return !lex.notProhibition.contains { p in
            Self.phrase(p, in: w, at: k) || p.first == "se" && k + p.count <= w.count && ["vous", "nous", "me", "te"].contains(w[k])
                && Self.phrase(Array(p.dropFirst()), in: w, at: k + 1)
        }
    }

    /// "(de) ne délivrer aucun récépissé", "ne procéder à aucune reconduite": an infinitive
    /// after "ne" whose negation's word ("aucun", "nul") follows it within a few words of the
    /// same clause. (No "pas" comes after an infinitive; a "que" there restricts, it does not
    /// forbid: "ne délivrer que des récépissés".)
    func wrapsInfinitive(_ w: [String], verb v: Int) -> Bool {
        var m = v + 1
        while m < min(w.count, v + 5) {
            if [",", ".", ";", ":", "que", "qu'"].contains(w[m]) { return false }
            if lex.negAfter.contains(w[m]) { return true }
            m += 1
        }
        return false
    }

    func firstLawReport(_ w: [String]) -> Int? {
        for k in w.indices where lex.lawReportFirstWords.contains(w[k]) {
            for p in lex.lawReport where DeonticLexicon.match(p[...], w, at: k) != nil {
                if reportsOwnText(w, before: k) { break }
                return k
            }
        }
        return nil
    }

    /// "Le texte prévoit également que…" in a press item, "la présente circulaire précise
    /// que…" anywhere: the instruction itself speaks, not the law.
    func reportsOwnText(_ w: [String], before k: Int) -> Bool {
        var j = k - 1
        while j >= 0 && k - j <= 3 && lex.ownTextAdverbs.contains(w[j]) { j -= 1 }
        // "La circulaire, que l'AFP a pu consulter, précise que…": an aside between commas.
        if j >= 0 && w[j] == ",", let c = (max(0, j - 12)..<j).last(where: { w[$0] == "," }), !w[c..<j].contains(where: { $0 == ";" || $0 == "." }) {
            j = c - 1
        }
        // "Le ministre de l'Intérieur précise que les gendarmes devront…": in a press item the
        // authority whose instruction the item reports speaks it, as its text would.
        if isPress && j >= 0 && authoritySubject(w, endingAt: j) { return true }
        // "L'instruction … est adressée aux préfets. Elle précise que les dossiers devront…":
        // a subject pronoun opening the sentence stands for the text or the authority the
        // item reports (a commentator's "Elle" is `followCommentator`'s).
        if isPress && j >= 0 && lex.pronounSubjects.contains(w[j]) && (j == 0 || [",", ".", ";", ":"].contains(w[j - 1])) { return true }
        guard j >= 0, lex.ownTextNouns.contains(w[j]) else { return false }
        return isPress || (j > 0 && lex.ownTextPresent.contains(w[j - 1]))
    }

    /// Whether the clause ending at `j` (back to a comma or "que", six words at most) names an
    /// authority ("le ministre de l'Intérieur", "la Chancellerie", the item's author) as its
    /// subject: "le Conseil d'État précise que…" does not.
    func authoritySubject(_ w: [String], endingAt j: Int) -> Bool {
        var i = j
        while i >= 0 && j - i < 6 && ![",", ";", ":", ".", "que", "qui"].contains(w[i]) {
            // A dated text ("la circulaire du 2 mars 2011 précise que…") is background; the
            // text itself is `ownTextNouns`' case.
            if w[i].first?.isNumber == true || lex.ownTextNouns.contains(w[i]) { return false }
            if lex.authorities.contains(w[i]) || authorWords.contains(w[i]) { return true }
            i -= 1
        }
        return false
    }

    /// Whether `w[k...]` starts with `p`, without building a slice copy.
    @inline(__always) static func phrase(_ p: [String], in w: [String], at k: Int) -> Bool {
        guard k + p.count <= w.count else { return false }
        for j in p.indices where w[k + j] != p[j] { return false }
        return true
    }
}
