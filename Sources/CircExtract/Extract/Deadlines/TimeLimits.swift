import CircText

/// A number and a time unit: "48 heures", "trente jours", "un mois", "cinq jours ouvrés".
struct Quantity {
    var value: Int
    /// "H", "MIN", "D", "W", "M", "Y".
    var unit: String
    var first: Int
    /// Index of the unit (or of its qualifier, "ouvrés").
    var last: Int
    var unitAt: Int

    /// ISO 8601: PT48H, PT30M, P15D, P2W, P1M, P5Y.
    var iso: String { Quantity.iso(value, unit) }
    static func iso(_ n: Int, _ unit: String) -> String {
        switch unit {
        case "H": return "PT\(n)H"
        case "MIN": return "PT\(n)M"
        default: return "P\(n)\(unit)"
        }
    }
}

struct QuantityReader {
    let lex: DeadlineLexicon
    let numbers: NumberReader

    func read(_ s: TokenScan, at i: Int) -> Quantity? {
        guard let n = numbers.read(s, at: i), n.last + 1 < s.count, let unit = lex.timeUnits[s.words[n.last + 1]] else { return nil }
        // "1 h" only in digits; "an" only after a number word or digits (always true here).
        var last = n.last + 1
        if last + 1 < s.count, lex.unitQualifiers.contains(s.words[last + 1]) { last += 1 }
        return Quantity(value: n.value, unit: unit, first: i, last: last, unitAt: n.last + 1)
    }
}

/// "dans un délai de 48 heures" → PT48H, "sous quinze jours"/"dans les quinze jours" → P15D,
/// "dans un délai d'un mois" → P1M, "sous huitaine" → P8D: the time a duty must be done in
/// (kind `limit`). The same words in a sentence that states the law, not addressed to
/// anyone ("l'étranger dispose d'un délai de trente jours"), give a duration instead.
struct TimeLimitRule {
    let lex: DeadlineLexicon
    let quantities: QuantityReader

    struct Found {
        var value: String; var first: Int; var last: Int; var quantityFirst: Int
        /// Time a verb gives ("a quinze jours pour"): the addressees' only in a sentence that
        /// speaks to them or in a press item (whose limits a reported directive must carry);
        /// elsewhere it is mostly a third party's ("l'intéressé a quinze jours pour présenter
        /// ses observations").
        var given = false
    }

    func find(_ s: TokenScan) -> [Found] {
        var out: [Found] = []
        var i = 0
        let starts = lex.limitWords.bit | lex.limitIntros.bit
        while i < s.count {
            if s.used[i] || s.flags[i] & starts == 0 { i += 1; continue }
            if let w = lex.limitWords.match(s, at: i) {
                let last = i + w.length - 1
                // "dans le mois de juin", "dans la semaine du 3 mars": a date, no limit.
                if last + 1 < s.count, w.payload.notBefore.contains(s.keys[last + 1]) { i = last + 1; continue }
                // "le ministre recevra les syndicats dans la semaine": told, not asked.
                if w.payload.addressed, s.any & WordFlag.addressed == 0 { i = last + 1; continue }
                out.append(Found(value: w.payload.value, first: i, last: last, quantityFirst: i))
                s.use(i, last); i = last + 1; continue
            }
            if let intro = lex.limitIntros.match(s, at: i) {
                var k = i + intro.length
                // "au plus tard dans les huit jours"
                if k < s.count, s.words[k] == "les", quantities.read(s, at: k) == nil { k += 1 }
                if let q = quantities.read(s, at: k) ?? gluedHours(s, at: k), !s.anyUsed(k, q.last) {
                    out.append(Found(value: q.iso, first: i, last: q.last, quantityFirst: k))
                    s.use(i, q.last); i = q.last + 1; continue
                }
            }
            i += 1
        }
        out += givenTimes(s)
        return out.sorted { $0.first < $1.first }
    }

    /// "sous 48h", "dans les 72h": hours glued to their "h" (the tokenizer reads one number),
    /// read only after an intro of a limit: elsewhere "22h" is mostly a time of day.
    private func gluedHours(_ s: TokenScan, at k: Int) -> Quantity? {
        guard k < s.count, s.kinds[k] == .number else { return nil }
        let w = Fold.string(s.scalars, s.ranges[k])
        guard w.count >= 2, w.count <= 4, w.hasSuffix("h"), let n = Int(w.dropLast()), n > 0 else { return nil }
        return Quantity(value: n, unit: "H", first: k, last: k, unitAt: k)
    }

    /// The quantities no intro took that a verb gives ("les préfets ont quinze jours pour
    /// transmettre", `grantedTime`) or that a notice ends ("au moins quinze jours avant la
    /// manifestation", "huit jours à l'avance", `noticePeriods`): a limit, as "dans un délai
    /// de" makes one. Whether it binds is `DeadlineExtractor`'s, as for the others.
    private func givenTimes(_ s: TokenScan) -> [Found] {
        var out: [Found] = []
        var k = 0
        while k < s.count {
            guard !s.used[k], s.kinds[k] == .number || s.flags[k] & WordFlag.number != 0,
                  let q = quantities.read(s, at: k), !s.anyUsed(k, q.last) else { k += 1; continue }
            var first: Int?, last = q.last, given = false
            if let v = grantVerb(s, before: k), q.last + 1 < s.count, s.keys[q.last + 1] == Self.pour {
                (first, given) = (v, true)
            } else if let e = phraseAt(lex.noticeEnds, s, q.last + 1) {
                let intro = lex.noticeIntros.first { k - $0.count >= 0 && phraseAt([$0], s, k - $0.count) != nil }
                if let p = intro { first = k - p.count } else if phraseAt(lex.noticeOpenEnds, s, q.last + 1) != nil { first = k }
                last = q.last + e
            }
            if let f = first {
                out.append(Found(value: q.iso, first: f, last: last, quantityFirst: k, given: given))
                s.use(f, last)
                k = last + 1
            } else {
                k = q.last + 1
            }
        }
        return out
    }

    /// The verb of `grantedTime` right before token `k` ("ont quinze jours", "a donné huit
    /// jours"): its index.
    private func grantVerb(_ s: TokenScan, before k: Int) -> Int? {
        let v = k - 1
        guard v >= 0, lex.grantVerbs.contains(s.keys[v]) else { return nil }
        // "à 15 heures pour faire le point": the preposition folds to the verb "a"; written
        // with its accent (one scalar or two), it gives no time.
        if s.keys[v] == Self.a {
            let r = s.ranges[v]
            guard r.count == 1, s.scalars[r.lowerBound] == "a" || s.scalars[r.lowerBound] == "A" else { return nil }
        }
        return v
    }

    /// The length of the first of `phrases` (word keys) that starts at token `k`.
    private func phraseAt(_ phrases: [[UInt64]], _ s: TokenScan, _ k: Int) -> Int? {
        for p in phrases where !p.isEmpty && k >= 0 && k + p.count <= s.count {
            if p.indices.allSatisfy({ s.keys[k + $0] == p[$0] }) { return p.count }
        }
        return nil
    }

    static let pour = Fold.key("pour")
    static let a = Fold.key("a")
}
