import CircText

extension ObligationExtractor {
    /// Who a press item's sentence gives the floor to: the first group with no authority
    /// ("La LDH rappelle…", "Le Syndicat de la magistrature regrette…", "Pour Me Dupont, …")
    /// or authority ("le ministre", "la Chancellerie", the item's author) it names.
    enum Speaker { case commentator, authority }

    func speaker(_ w: [String], _ matcher: ClauseMatcher) -> (Speaker, Int)? {
        if w.count > 2, ["pour", "selon"].contains(w[0]), ["me", "maitre"].contains(w[1]) { return (.commentator, 1) }
        for (i, x) in w.enumerated() {
            // A role first is the sentence's subject ("Les communes de plus de 10 000 habitants
            // pourront…"); a group after a preposition is no speaker ("aux associations").
            if matcher.actorPhrase(w, at: i) != nil { return nil }
            if lex.nonAuthorities.contains(x), i == 0 || !["de", "des", "du", "aux", "au", "a"].contains(w[i - 1]) { return (.commentator, i) }
            if lex.authorities.contains(x) || matcher.authorWords.contains(x) { return (.authority, i) }
        }
        return nil
    }

    /// In a press item, the sentences that go on from a commentator's in the same paragraph
    /// ("La LDH rappelle que les contrôles doivent être fondés… Il faut mettre fin aux
    /// contrôles au faciès.", "Pour Me Dupont, cette instruction est illégale. Il faut donc la
    /// contester.", "Le syndicat regrette… Il appelle les magistrats à la vigilance.") state
    /// the commentator's opinion or appeal, not the instruction the item reports. Only a
    /// sentence that opens on "il"/"elle" (the commentator as subject, or the impersonal "il
    /// faut") and names no authority loses its hits, and quotations keep theirs; "Le ministre
    /// … Il leur demande aussi de…" is untouched. In the commentator's own sentence, the rules
    /// it states after naming itself go too.
    func followCommentator(_ hits: inout [MarkerHit], _ words: [String], _ toks: [Int], _ set: Setting, block: Int, _ walk: inout Walk) {
        let who = speaker(words, set.matcher)
        if let (kind, _) = who { walk.commentatorBlock = kind == .commentator ? block : -1 }
        guard !hits.isEmpty else { return }
        if let (kind, at) = who {
            // The commentator's own sentence: what it says the law requires ("La LDH rappelle
            // que les contrôles doivent être fondés…") is no directive; a request it reports
            // of an authority stays.
            guard kind == .commentator else { return }
            let inQuote = Self.quoteMask(set.ctx.text, toks)
            hits.removeAll { $0.start > at && !$0.reported && !$0.second && !inQuote[$0.start] }
            return
        }
        guard walk.commentatorBlock == block, let first = words.first, first == "il" || first == "elle" else { return }
        let inQuote = Self.quoteMask(set.ctx.text, toks)
        hits.removeAll { !inQuote[$0.start] }
    }
}

extension ObligationExtractor {
    /// The last of the document's own addressee titles (`documentActors`: the roles the
    /// lexicons have no phrase for, "aux commandants de groupement") that a press item's
    /// sentence names as a recipient: what "Il leur demande…" in the next sentence stands
    /// for, before a role named later in the item ("Les gendarmes ne pourront plus…") could be
    /// taken for it. Only after "à"/"au"/"aux", as `lastActorPhrase` reads recipients.
    func documentRecipient(_ w: [String], _ matcher: ClauseMatcher) -> String? {
        guard !matcher.documentActors.isEmpty else { return nil }
        var found: String? = nil
        for k in w.indices where k > 0 && ["aux", "au", "a"].contains(w[k - 1]) {
            for (phrase, id) in matcher.documentActors where phrase[0] == w[k] && ClauseMatcher.phrase(phrase, in: w, at: k) {
                found = id
                break
            }
        }
        return found
    }
}
