import CircText

/// Repeating duties → `R/` + ISO duration: "chaque mois", "tous les trois mois", "une fois par
/// semaine", "deux fois par mois", "chaque lundi", "trimestriellement", and an adjective of
/// period on an activity ("réunions hebdomadaires", "suivi mensuel"). HeidelTime's French SET
/// rules cover the same phrases. A periodic phrase right after a quantity is a rate ("1 450
/// repas par jour", "3,6 millions d'euros chaque année"): nothing.
struct PeriodicityRule {
    let lex: DeadlineLexicon
    let numbers: NumberReader

    struct Found { var value: String; var first: Int; var last: Int }

    func find(_ s: TokenScan) -> [Found] {
        var out: [Found] = []
        var i = 0
        let starts = lex.periodicPhrases.bit | lex.periodicEvery.bit | WordFlag.number | WordFlag.periodicAdverb | WordFlag.periodicAdjective
        // A count of acts per period needs "par an", "par mois"… somewhere: looked up once.
        let perPeriod = s.any & lex.periodicPer.bit != 0 && lex.periodicPer.occurs(in: s)
        while i < s.count {
            if s.used[i] || s.flags[i] & starts == 0 { i += 1; continue }
            if let f = match(s, at: i, perPeriod: perPeriod) {
                if !isRate(s, before: f.first) {
                    out.append(f)
                    s.use(f.first, f.last)
                }
                i = f.last + 1
                continue
            }
            i += 1
        }
        return out
    }

    private func match(_ s: TokenScan, at i: Int, perPeriod: Bool) -> Found? {
        // Phrases of the lexicon first ("chaque mois", "deux fois par mois").
        if let p = lex.periodicPhrases.match(s, at: i) {
            return Found(value: p.payload, first: i, last: i + p.length - 1)
        }
        // "N fois par <unit>".
        if let n = numbers.read(s, at: i), let t = lex.periodicTimes.match(s, at: n.last + 1) {
            let u = n.last + 1 + t.length
            if u < s.count, let unit = lex.periodicUnits[s.words[u]], let v = divide(unit: unit, times: n.value) {
                return Found(value: v, first: i, last: u)
            }
        }
        // "au moins un exercice par an", "deux opérations de contrôle par trimestre".
        if perPeriod, let n = numbers.read(s, at: i), n.value <= Self.maxCountPerPeriod, let (unit, u) = activityPer(s, from: n.last + 1), !isBounded(s, before: i),
           let v = divide(unit: unit, times: n.value) ?? multiply(unit: unit, by: 1) {
            return Found(value: v, first: i, last: u)
        }
        // "chaque <unit>", "tous les <N> <unit>s", "chaque fin de mois", "chaque lundi".
        if let e = lex.periodicEvery.match(s, at: i) {
            var k = i + e.length
            if let part = lex.partOfPeriod.match(s, at: k) { k += part.length }
            var n = 1
            if let num = numbers.read(s, at: k), num.last + 1 < s.count {
                n = num.value; k = num.last + 1
            }
            guard k < s.count else { return nil }
            if lex.weekdays[s.words[k]] != nil, n == 1 { return Found(value: "R/P1W", first: i, last: k) }
            if let unit = lex.periodicUnits[s.words[k]], let v = multiply(unit: unit, by: n) {
                return Found(value: v, first: i, last: k)
            }
            return nil
        }
        // "trimestriellement".
        if s.flags[i] & WordFlag.periodicAdverb != 0, let v = lex.periodicAdverbs[s.words[i]] { return Found(value: v, first: i, last: i) }
        // "suivi mensuel", "réunions hebdomadaires de sécurité", "tableau de compte rendu mensuel".
        if s.flags[i] & WordFlag.periodicAdjective != 0, let v = lex.periodicAdjectives[s.words[i]], let noun = activityNoun(s, before: i) {
            return Found(value: v, first: noun, last: i)
        }
        return nil
    }

    /// More acts than this in a period is a rate to describe, no duty's rhythm ("1 200
    /// contrôles par an").
    static let maxCountPerPeriod = 12

    /// "exercice par an", "opérations de contrôle conjointes par trimestre": an activity noun
    /// (`periodicNouns`) among the few words from `k` to "par", then a unit of period — the
    /// unit and its token. A count of acts per period repeats as "N fois par" does (divided
    /// when the period divides evenly, else the period itself: the duty recurs each one).
    private func activityPer(_ s: TokenScan, from k: Int) -> (String, Int)? {
        // "par" first, by its flag (no word built); then the activity among the words before it.
        var j = k
        while j < s.count && j - k <= 5 && s.flags[j] & lex.periodicPer.bit == 0 {
            if s.kinds[j] == .number || s.isClauseBreak(j) { return nil }
            j += 1
        }
        guard j > k, j < s.count, j - k <= 5, let per = lex.periodicPer.match(s, at: j), case let u = j + per.length - 1,
              let unit = lex.periodicUnits[s.words[u]],
              (k..<j).contains(where: { lex.periodicNouns.contains(singular(s.words[$0])) || lex.periodicNouns.contains(s.words[$0]) }) else { return nil }
        return (unit, u)
    }

    /// "dans la limite d'une présentation par jour", "ne peut excéder trois présentations par
    /// semaine": a ceiling on the count (`periodicPer.bounds` within three words before it).
    private func isBounded(_ s: TokenScan, before i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 3 && !s.isClauseBreak(k) {
            if lex.countBounds.contains(s.words[k]) { return true }
            k -= 1
        }
        return false
    }

    /// The activity noun an adjective of period qualifies: up to four tokens back, through
    /// complements ("rapport d'activité annuel"), never across punctuation.
    private func activityNoun(_ s: TokenScan, before i: Int) -> Int? {
        var k = i - 1
        for j in stride(from: i - 1, through: max(0, i - 5), by: -1) {
            if s.isClauseBreak(j) { break }
            if lex.amountNouns.contains(singular(s.words[j])) { return nil }
        }
        while k >= 0 && k >= i - 4 {
            if s.isClauseBreak(k) { return nil }
            if let st = lex.periodicNounPhrases.start(s, endingAt: k) { return st }
            if lex.periodicNouns.contains(singular(s.words[k])) || lex.periodicNouns.contains(s.words[k]) { return k }
            k -= 1
        }
        return nil
    }

    /// A quantity just before: "1 450 repas chaque jour".
    private func isRate(_ s: TokenScan, before i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 4 {
            if s.isClauseBreak(k) { return false }
            if s.kinds[k] == .number || s.kinds[k] == .percent { return !isDayOfMonth(s, k) }
            if let v = numbers.read(s, at: k), v.value > 1 { return true }
            k -= 1
        }
        return false
    }

    /// "le 10 de chaque mois": a day of the month before its period, not a quantity.
    private func isDayOfMonth(_ s: TokenScan, _ k: Int) -> Bool {
        guard k > 0, k + 1 < s.count, s.words[k - 1] == "le", s.words[k + 1] == "de", let d = Int(s.words[k]) else { return false }
        return (1...31).contains(d)
    }

    /// (amount, designator) of a unit: "3M" → (3, "M"), "W" → (1, "W").
    private func parse(_ unit: String) -> (Int, Character)? {
        guard let d = unit.last else { return nil }
        let n = unit.dropLast()
        return (n.isEmpty ? 1 : Int(n) ?? 1, d)
    }

    /// "tous les trois mois" → R/P3M; "tous les quinze jours" → R/P2W (French fortnight);
    /// "tous les huit jours" → R/P1W.
    func multiply(unit: String, by n: Int) -> String? {
        guard n >= 1, let (a, d) = parse(unit) else { return nil }
        var amount = a * n, des = d
        if des == "D" && amount == 15 { amount = 2; des = "W" }
        else if des == "D" && amount == 8 { amount = 1; des = "W" }
        else if des == "D" && amount % 7 == 0 { amount /= 7; des = "W" }
        else if des == "M" && amount % 12 == 0 { amount /= 12; des = "Y" }
        return "R/P\(amount)\(des)"
    }

    /// "deux fois par mois" → R/P2W, "quatre fois par an" → R/P3M, "deux fois par an" → R/P6M;
    /// nil when the period does not divide evenly.
    func divide(unit: String, times n: Int) -> String? {
        guard n >= 1, let (a, d) = parse(unit) else { return nil }
        if n == 1 { return multiply(unit: unit, by: 1) }
        switch d {
        case "Y":
            let months = 12 * a
            return months % n == 0 ? multiply(unit: "M", by: months / n) : nil
        case "M":
            if n == 2 && a == 1 { return "R/P2W" }
            if n == 4 && a == 1 { return "R/P1W" }
            return a % n == 0 ? multiply(unit: "M", by: a / n) : nil
        case "W":
            let days = 7 * a
            return days % n == 0 ? "R/P\(days / n)D" : nil
        case "D":
            return 24 % n == 0 ? "R/PT\(24 / n)H" : nil
        default: return nil
        }
    }
}
