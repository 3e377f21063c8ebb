import CircText

/// "dans les meilleurs délais", "sans délai(s)", "immédiatement", "dès réception", "sans
/// attendre", "vous prescrirez d'urgence" → `asap`. A phrase followed by what turns it into something else ("sans
/// attendre le fruit des actions", "immédiatement applicable") is left alone.
struct AsapRule {
    let lex: DeadlineLexicon

    struct Found { var first: Int; var last: Int }

    /// In a press item, a phrase that opens the sentence before a comma tells how the
    /// narrated act was done ("Sans attendre, le ministre a envoyé un télégramme"), not
    /// by when anyone must act.
    func find(_ s: TokenScan, press: Bool = false) -> [Found] {
        var out: [Found] = []
        var i = 0
        while i < s.count {
            guard !s.used[i], let m = lex.asap.match(s, at: i) else { i += 1; continue }
            let last = i + m.length - 1
            if last + 1 < s.count, m.payload.notBefore.contains(s.words[last + 1]) { i = last + 1; continue }
            if i > 0, m.payload.notAfter.contains(s.words[i - 1]) { i = last + 1; continue }
            if press, i == 0, last + 1 < s.count, s.words[last + 1] == "," { i = last + 1; continue }
            out.append(Found(first: i, last: last))
            s.use(i, last)
            i = last + 1
        }
        return out
    }
}

/// "délai de rigueur", "au plus tard", "impérativement": deadlines of the same sentence are strict.
struct StrictnessRule {
    let lex: DeadlineLexicon

    func isStrict(_ s: TokenScan) -> Bool {
        for i in 0..<s.count where lex.strict.match(s, at: i) != nil { return true }
        return false
    }
}
