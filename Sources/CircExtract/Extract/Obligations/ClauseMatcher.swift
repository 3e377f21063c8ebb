import CircText

/// A deontic marker found in a sentence, with the words it covers (indices into the
/// sentence's match words).
struct MarkerHit {
    var start: Int
    var end: Int
    var modality: String
    var actor: String?
    var marker: String
    /// The marker introduces a list ("il convient de :") and has no content of its own.
    var listIntro = false
    var endsWithQue = false
}

/// Finds the directives of one sentence: lexicon markers, the instruction future
/// ("vous procéderez"), "votre équipe entrera", with the scope rules that keep legal
/// description, relative clauses and quotations out.
struct ClauseMatcher {
    let lex: DeonticLexicon
    let isPress: Bool

    func hits(words: [String], inQuote: [Bool]) -> [MarkerHit] {
        var cands: [MarkerHit] = []
        let n = words.count
        for k in 0..<n {
            if let idx = lex.byFirst[words[k]] {
                for mi in idx {
                    let m = lex.markers[mi]
                    if m.pressOnly && !isPress { continue }
                    guard let e = DeonticLexicon.match(m.elements[...], words, at: k) else { continue }
                    if !isPress && inQuote[k] { continue }
                    if m.generic && !genericAllowed(words, k, e, needsAddressee: m.needsAddressee) { continue }
                    if !m.generic && m.modality == "permission" && isRelative(words, k) { continue }
                    var hit = MarkerHit(start: k, end: e, modality: m.modality, actor: m.actor, marker: m.pattern)
                    hit.endsWithQue = m.endsWithQue
                    if m.generic || m.pattern.hasPrefix("vous devez") { applyNegation(&hit, words) }
                    // "Les préfets devront …": a named subject is the actor.
                    if m.generic, hit.actor == nil, let (_, id) = namedSubject(words, before: k) { hit.actor = id }
                    cands.append(hit)
                }
            }
            if words[k] == "vous", let h = instructionFuture(words, k), isPress || !inQuote[k] { cands.append(h) }
            if lex.ownerWords.contains(words[k]), let h = yourFuture(words, k), isPress || !inQuote[k] { cands.append(h) }
            if k <= 1, let h = imperative(words, k), isPress || !inQuote[k] { cands.append(h) }
            if words[k].count >= 5, let h = namedFuture(words, k), isPress || !inQuote[k] { cands.append(h) }
        }
        if let law = firstLawReport(words) { cands.removeAll { $0.start > law } }
        // Leftmost, then longest; no overlaps.
        cands.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var out: [MarkerHit] = []
        for c in cands where out.last.map({ c.start >= $0.end }) ?? true { out.append(c) }
        // "ne doit pas se limiter à …, mais doit porter sur …": a second verb of the same
        // subject continues the directive rather than starting one.
        out = out.enumerated().filter { i, h in
            guard i > 0, lex.markers.contains(where: { $0.pattern == h.marker && $0.generic }) else { return true }
            var p = h.start - 1
            while p >= 0 && (words[p] == "ne" || words[p] == "\"") { p -= 1 }
            return !(p >= 0 && ["mais", "et", "ou"].contains(words[p]))
        }.map { $0.1 }
        // "il importe que A, et que B": B is a directive of the same kind.
        var extra: [MarkerHit] = []
        for (i, h) in out.enumerated() where h.endsWithQue {
            let limit = i + 1 < out.count ? out[i + 1].start : n
            var k = h.end
            while k + 1 < limit {
                if words[k] == "et" && words[k + 1] == "que" {
                    extra.append(MarkerHit(start: k, end: k + 2, modality: h.modality, actor: h.actor, marker: "et que"))
                    break
                }
                k += 1
            }
        }
        out = (out + extra).sorted { $0.start < $1.start }
        // A marker right before ":" at the end introduces a list.
        for i in out.indices {
            let e = out[i].end
            if e < n && words[e] == ":" && e + 1 >= n - 1 { out[i].listIntro = true }
            if e == n - 1 && words[e] == ":" { out[i].listIntro = true }
        }
        return out
    }

    /// Bare modals ("doit", "peuvent") say what someone must or may do only in a main
    /// clause: not after "qui", not under "si", and a "peut" only when the sentence speaks
    /// to the addressees. A passive with an agent other than the addressees ("doivent être
    /// prises en compte par le juge") is the law speaking, not an instruction.
    func genericAllowed(_ w: [String], _ k: Int, _ e: Int, needsAddressee: Bool) -> Bool {
        var p = k - 1
        while p >= 0 && (w[p] == "\"" || w[p] == "ne" || w[p] == "se") { p -= 1 }
        if p >= 0 && w[p] == "qui" { return false }
        if needsAddressee && isRelative(w, k) { return false }
        // "si" earlier in the same clause.
        var q = k - 1
        while q >= 0 && w[q] != "," && w[q] != ";" {
            if w[q] == "si" { return false }
            q -= 1
        }
        // Passive with an agent: "doivent être prises en compte par le juge".
        if e < w.count && w[e] == "etre" {
            var j = e + 1
            while j < min(w.count, e + 6) && w[j] != "," {
                if w[j] == "par" { return j + 1 < w.count && (w[j + 1] == "vous" || w[j + 1] == "vos") }
                j += 1
            }
        }
        if needsAddressee {
            let lo = max(0, k - 12), hi = min(w.count, e + 16)
            return w[lo..<hi].contains { $0 == "vous" || $0 == "votre" || $0 == "vos" }
        }
        return true
    }

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
        while j < w.count && lex.futureClitics.contains(w[j]) { j += 1 }
        guard j < w.count, w[j].count > 4, w[j].hasSuffix("rez"), !lex.futureExcluded.contains(w[j]) else { return nil }
        var hit = MarkerHit(start: k, end: j + 1, modality: "obligation", actor: nil, marker: "vous …\(w[j].suffix(3))")
        applyNegation(&hit, w)
        return hit
    }

    /// "votre équipe entrera en contact": the addressees' services, future tense.
    func yourFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        guard k + 2 < w.count else { return nil }
        let v = w[k + 2]
        guard v.count >= 5, !lex.yourFutureExcluded.contains(v),
              v.hasSuffix("era") || v.hasSuffix("ira") || v.hasSuffix("eront") || v.hasSuffix("iront") else { return nil }
        return MarkerHit(start: k, end: k + 3, modality: "obligation", actor: nil, marker: "votre … futur")
    }

    /// "Saisissez cette occasion", "Ne renoncez jamais à…": a sentence that opens on a verb
    /// in the imperative.
    func imperative(_ w: [String], _ k: Int) -> MarkerHit? {
        if k == 1 && w[0] != "ne" { return nil }
        var v = w[k]
        for clitic in ["-moi", "-nous", "-vous", "-le", "-la", "-les", "-en", "-y", "-leur", "-lui"] where v.hasSuffix(clitic) {
            v = String(v.dropLast(clitic.count))
        }
        guard v.count >= 5, v.hasSuffix("ez"), !lex.notVerbs.contains(v) else { return nil }
        for phrase in lex.notImperative where Self.phrase(phrase, in: w, at: k) { return nil }
        var hit = MarkerHit(start: max(0, k - (k == 1 ? 1 : 0)), end: k + 1, modality: "obligation", actor: nil, marker: "impératif")
        applyNegation(&hit, w)
        return hit
    }

    /// "Les parquets veilleront à …", "le préfet réunira …": a named actor and a future.
    func namedFuture(_ w: [String], _ k: Int) -> MarkerHit? {
        let v = w[k]
        guard v.hasSuffix("ra") || v.hasSuffix("ront"), !lex.namedFutureExcluded.contains(v), k > 0 else { return nil }
        guard let (start, id) = namedSubject(w, before: k) else { return nil }
        var hit = MarkerHit(start: start, end: k + 1, modality: "obligation", actor: id, marker: "futur")
        applyNegation(&hit, w)
        return hit
    }

    /// An addressee title or service that ends right before `k` (a "ne" aside).
    func namedSubject(_ w: [String], before k: Int) -> (Int, String)? {
        var end = k
        if end > 0 && w[end - 1] == "ne" { end -= 1 }
        guard end > 0, let candidates = lex.actorPhrasesByLast[w[end - 1]] else { return nil }
        outer: for (phrase, id) in candidates where phrase.count <= end {
            let start = end - phrase.count
            for (j, word) in phrase.enumerated() where w[start + j] != word { continue outer }
            return (start, id)
        }
        return nil
    }

    /// "ne doit pas" is a prohibition — unless it is "ne doit pas se limiter à", which asks
    /// for more, not less.
    func applyNegation(_ h: inout MarkerHit, _ w: [String]) {
        let lo = max(0, h.start - 2)
        let before = w[lo..<max(lo, h.end)].contains { lex.negBefore.contains($0) }
        guard before else { return }
        var j = h.end
        while j < min(w.count, h.end + 3) && !lex.negAfter.contains(w[j]) { j += 1 }
        guard j < w.count && j < h.end + 3 else { return }
        for phrase in lex.notProhibition {
            let s = j + 1
            if Self.phrase(phrase, in: w, at: s) { return }
        }
        h.modality = "prohibition"
    }

    func firstLawReport(_ w: [String]) -> Int? {
        for k in w.indices {
            for p in lex.lawReport where Self.phrase(p, in: w, at: k) { return k }
        }
        return nil
    }

    /// Whether `w[k...]` starts with `p`, without building a slice copy.
    @inline(__always) static func phrase(_ p: [String], in w: [String], at k: Int) -> Bool {
        guard k + p.count <= w.count else { return false }
        for j in p.indices where w[k + j] != p[j] { return false }
        return true
    }
}
