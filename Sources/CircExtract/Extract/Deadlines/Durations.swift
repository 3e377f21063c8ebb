import CircText

/// Durations the law sets: "au-delà de trente jours", "une durée de trente jours
/// supplémentaires", "prolongations exceptionnelles de 15 jours", "de trois à cinq ans", "à
/// dix ans", "de 10 heures à 24 heures", "réduit à 48 heures, au lieu de sept jours". Every
/// number with a time unit that is not a deadline, an age ("âgé de seize ans"), a clock time
/// ("à 10 heures"), or, in a press item, an elapsed time ("depuis 4 mois").
struct DurationRule {
    let lex: DeadlineLexicon
    let quantities: QuantityReader
    let numbers: NumberReader

    struct Found { var value: String; var first: Int; var last: Int }

    func find(_ s: TokenScan, press: Bool) -> [Found] {
        var out: [Found] = []
        var i = 0
        while i < s.count {
            if s.used[i] || s.flags[i] & WordFlag.number == 0 { i += 1; continue }
            // "de trois à cinq ans", "entre deux et quatre mois": the first bound takes the unit.
            // The word before tested first: read for nothing, most numbers (every "un", "une")
            // cost a second read below.
            if i > 0, ["de", "entre", "d'"].contains(s.words[i - 1]),
               let n = numbers.read(s, at: i), n.last + 2 < s.count, ["a", "et", "ou"].contains(s.words[n.last + 1]),
               lex.timeUnits[s.words[n.last + 1]] == nil,
               let q = quantities.read(s, at: n.last + 2), !s.anyUsed(i, q.last) {
                if keep(s, q, press: press, rangeStart: i) {
                    out.append(Found(value: Quantity.iso(n.value, q.unit), first: i, last: n.last))
                    out.append(Found(value: q.iso, first: q.first, last: q.last))
                }
                s.use(i, q.last); i = q.last + 1; continue
            }
            if let q = quantities.read(s, at: i), !s.anyUsed(i, q.last) {
                if keep(s, q, press: press, rangeStart: nil) {
                    out.append(Found(value: q.iso, first: q.first, last: q.last))
                    s.use(q.first, q.last)
                }
                i = q.last + 1; continue
            }
            i += 1
        }
        return out
    }

    private func keep(_ s: TokenScan, _ q: Quantity, press: Bool, rangeStart: Int?) -> Bool {
        let start = rangeStart ?? q.first
        // "un jour" is mostly "one day" (some day), not a length of time.
        if q.value == 1, q.unit == "D", q.last == q.unitAt, rangeStart == nil,
           !(start > 0 && ["de", "d'", "pendant", "durant"].contains(s.words[start - 1])) { return false }
        // Ages: "âgé de moins de dix-huit ans", "mineur de seize ans", "dix-huit ans révolus".
        if q.unit == "Y" {
            if q.last + 1 < s.count, lex.ageWords.contains(s.words[q.last + 1]) { return false }
            var k = start - 1
            while k >= 0 && k >= start - 8 {
                if s.isClauseBreak(k) { break }
                if lex.ageWords.contains(s.words[k]) { return false }
                k -= 1
            }
        }
        // Clock times: "à 10 heures", "10 h 30".
        if q.unit == "H" && q.value <= 24 && rangeStart == nil {
            if q.unitAt + 1 < s.count, s.kinds[q.unitAt + 1] == .number { return false }
            if start > 0, ["a", "vers", "des"].contains(s.words[start - 1]) {
                var k = start - 2, context = false
                while k >= 0 && k >= start - 8 {
                    if lex.durationContext.contains(s.words[k]) { context = true; break }
                    k -= 1
                }
                if !context { return false }
            }
        }
        // A press item's "depuis 4 mois", "quatre jours après l'attaque": elapsed time.
        if press {
            var k = start - 1
            while k >= 0 && k >= start - 3 {
                if lex.elapsedBefore.start(s, endingAt: k) != nil { return false }
                if s.isClauseBreak(k) { break }
                k -= 1
            }
            if lex.elapsedAfter.match(s, at: q.last + 1) != nil { return false }
        }
        return true
    }
}
