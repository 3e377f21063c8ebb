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

    struct Found { var value: String; var first: Int; var last: Int; var quantityFirst: Int }

    func find(_ s: TokenScan) -> [Found] {
        var out: [Found] = []
        var i = 0
        let starts = lex.limitWords.bit | lex.limitIntros.bit
        while i < s.count {
            if s.used[i] || s.flags[i] & starts == 0 { i += 1; continue }
            if let w = lex.limitWords.match(s, at: i) {
                let last = i + w.length - 1
                out.append(Found(value: w.payload, first: i, last: last, quantityFirst: i))
                s.use(i, last); i = last + 1; continue
            }
            if let intro = lex.limitIntros.match(s, at: i) {
                var k = i + intro.length
                // "au plus tard dans les huit jours"
                if k < s.count, s.words[k] == "les", quantities.read(s, at: k) == nil { k += 1 }
                if let q = quantities.read(s, at: k), !s.anyUsed(k, q.last) {
                    out.append(Found(value: q.iso, first: i, last: q.last, quantityFirst: k))
                    s.use(i, q.last); i = q.last + 1; continue
                }
            }
            i += 1
        }
        return out
    }
}
