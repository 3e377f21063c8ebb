extension HeaderScanner {
    /// Whether the sentence holding word `i` is the appeal of a subject with no authority
    /// (`nonAuthoritySubjects`): "Le Syndicat de la magistrature appelle les magistrats à…",
    /// or "Il appelle les magistrats à…", "Il demande aux procureurs…" after a sentence opening
    /// on such a subject (through at most two more sentences opening on the pronoun). A
    /// union's or an association's public appeal is no directive, so its "magistrats",
    /// "procureurs" are no addressees.
    func appealOfNonAuthority(before i: Int) -> Bool {
        guard !vocab.nonAuthoritySubjects.isEmpty else { return false }
        var end = i
        for _ in 0..<4 {
            var start = end
            // A sentence ends at its stop or at a line break (a heading has no stop).
            while start > 0, start > end - 80, w[start - 1] != ".", tt.tokens[tok[start]].newlinesBefore == 0 { start -= 1 }
            // "Selon le syndicat Alliance, la DGPN demande aux directeurs…": a source, not the subject.
            let sourced = ["selon", "pour", "d'apres", "interroge", "interrogee", "contacte", "contactee"].contains(w[start])
            if !sourced, (start..<min(start + 4, end)).contains(where: { vocab.nonAuthoritySubjects.contains(w[$0]) }) { return true }
            guard start >= 2, ["il", "elle", "ils", "elles"].contains(w[start]) else { return false }
            end = start - 1
        }
        return false
    }
}
