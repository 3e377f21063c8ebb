import CircText

/// Subjects that name several roles, or one role and an aside, before their verb: "Les
/// procureurs généraux et les procureurs de la République veilleront…", "Les préfets de
/// région et les préfets de département, en lien avec les recteurs, s'assureront…". The
/// title nearest the verb is not the one that leads: the rulebook's actor is the first title
/// of the subject (its slug), and an aside ("en lien avec les recteurs") names partners, not
/// the actor.
extension ClauseMatcher {
    /// The addressee title or service that leads the subject ending before `k`: the one
    /// `namedSubject` finds, read past an aside between commas (`namedFuture.asides`) and
    /// back through the titles coordinated before it ("X et les Y", "X, les Y").
    func leadingSubject(_ w: [String], before k: Int) -> (Int, String)? {
        var end = k
        while end > 0 && k - end < 3 && lex.namedFutureClitics.contains(w[end - 1]) { end -= 1 }
        if end > 0, w[end - 1] == ",", let open = asideOpening(w, closingAt: end - 1) { end = open }
        guard var found = namedSubject(w, before: end) ?? commaTitle(w, before: end) else { return nil }
        while let earlier = coordinatedTitle(w, before: found.0) { found = earlier }
        return found
    }

    /// The comma that opens an aside closed by the comma at `close`: at most eight words
    /// back, and the aside opens on one of `namedFuture.asides` ("en lien avec", "chacun
    /// pour ce qui le concerne"), so that a list of titles ("les préfets, les recteurs,")
    /// is no aside.
    func asideOpening(_ w: [String], closingAt close: Int) -> Int? {
        var c = close - 1
        // ("chacun pour ce qui le concerne": the aside's own words may hold "qui".)
        while c >= 0 && close - c <= 9 && w[c] != "," {
            if [";", ":", "."].contains(w[c]) { return nil }
            c -= 1
        }
        guard c > 0, close - c <= 9, lex.subjectAsides.contains(where: { Self.phrase($0, in: w, at: c + 1) }) else { return nil }
        return c
    }

    /// The title coordinated before the one that starts at `s` ("les procureurs généraux et
    /// les procureurs de la République"): both open on a determiner, joined by "et" or a
    /// comma, and the earlier one opens its clause — so that "Le préfet réunira les maires et
    /// les sous-préfets veilleront" keeps the sous-préfets.
    func coordinatedTitle(_ w: [String], before s: Int) -> (Int, String)? {
        guard s >= 3, lex.subjectDeterminers.contains(w[s - 1]), w[s - 2] == "et" || w[s - 2] == "," else { return nil }
        guard let (s2, id) = namedSubject(w, before: s - 2) ?? commaTitle(w, before: s - 2), s2 >= 1, lex.subjectDeterminers.contains(w[s2 - 1]) else { return nil }
        let opener = s2 - 2
        guard opener < 0 || [",", ";", ":", ".", "\"", "et"].contains(w[opener]) else { return nil }
        return (s2, id)
    }

    /// A title the lexicons know whose complements a copy parts with commas ("les directeurs
    /// régionaux de l'environnement, de l'aménagement et du logement"), ending before `end`:
    /// its start and id, read without the commas. Going back, "," and "et" are crossed only
    /// before a complement's "de", and a determiner must open the subject.
    func commaTitle(_ w: [String], before end: Int) -> (Int, String)? {
        var b = end - 1
        var crossed = false
        while b >= 0 && end - b <= 16 {
            if Self.subjectStops.contains(w[b]) {
                guard w[b] == "," || w[b] == "et", b + 1 < end, lex.titleComplementOpeners.contains(w[b + 1]) else { break }
                crossed = true
            }
            b -= 1
        }
        guard crossed, b + 2 < end, lex.subjectDeterminers.contains(w[b + 1]) else { return nil }
        let words = w[(b + 2)..<end].filter { $0 != "," }
        guard let id = actorPhrase(words, at: 0) else { return nil }
        return (b + 2, id)
    }
}
