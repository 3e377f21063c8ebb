import CircText

/// The ministry's own schedule is no deadline of the addressees (the rulebook): "Je réunirai
/// les préfets avant la fin du mois de mars", "Mes services vous adresseront avant le 15 mars
/// une note de cadrage", "La DGEF vous communiquera d'ici le 31 mars les crédits". A sentence
/// that opens on the emitter or its services (`subjects`), then at most two object pronouns
/// and a verb in the future tense that asks nothing ("je vous demanderai de…", "je vous
/// saurai gré de…", "je serai attentif à…" do ask: `requestStems`), says what the ministry
/// will do: the deadlines of that clause (up to ";", ":" or the sentence's end) are dropped.
/// So does a sentence that states a target (`targets`: "L'objectif est d'atteindre 30 000
/// éloignements d'ici la fin de l'année"), which the rulebook keeps out as well.
struct OwnScheduleRule: Sendable {
    struct File: Decodable {
        struct Section: Decodable {
            let subjects: [String]
            let clitics: [String]
            let requestStems: [String]
            let targets: [String]
            let examples: [String]
            let counterExamples: [String]
        }
        let ownSchedule: Section
    }
    let subjects: [[String]]
    let clitics: Set<String>
    let requestStems: [String]
    let targets: [[String]]

    init(store: LexiconStore) throws {
        let f = try store.load("deadlines.json", as: File.self).ownSchedule
        subjects = f.subjects.map { LexiconPhrase.words(Fold.string($0)) }.sorted { $0.count > $1.count }
        clitics = Set(f.clitics.map(Fold.string))
        requestStems = f.requestStems.map(Fold.string)
        targets = f.targets.map { LexiconPhrase.words(Fold.string($0)) }
    }

    /// The token that ends the clause where the ministry states its own schedule, or nil.
    /// Read only for a unit that gave deadlines: its words are folded from the source here.
    func clauseEnd(_ s: TokenScan) -> Int? {
        let fold = { (i: Int) in Fold.string(s.tt.text.scalars, s.ranges[i]) }
        var k = 0
        // A bullet, or an opening adverbial closed by its comma ("Enfin, je réunirai…").
        while k < s.count, s.kinds[k] == .punct || s.kinds[k] == .symbol { k += 1 }
        if let comma = (k..<min(s.count, k + 4)).first(where: { fold($0) == "," }) { k = comma + 1 }
        let opens = { (p: [String]) in k + p.count <= s.count && p.indices.allSatisfy { fold(k + $0) == p[$0] } }
        if let t = targets.first(where: opens) { return clauseEnd(s, from: k + t.count, fold) }
        guard let subject = subjects.first(where: opens) else { return nil }
        k += subject.count
        var pronouns = 0
        while k < s.count, pronouns < 2, clitics.contains(fold(k)) { k += 1; pronouns += 1 }
        guard k < s.count, s.kinds[k] == .word else { return nil }
        let verb = fold(k)
        guard verb.count >= 5, ["rai", "ra", "rons", "ront"].contains(where: { verb.hasSuffix($0) }),
              !requestStems.contains(where: { verb.hasPrefix($0) }) else { return nil }
        return clauseEnd(s, from: k + 1, fold)
    }

    private func clauseEnd(_ s: TokenScan, from k: Int, _ fold: (Int) -> String) -> Int {
        var e = k
        while e < s.count, !(s.kinds[e] == .punct && [";", ":", "!", "?"].contains(fold(e))) { e += 1 }
        return e
    }
}
