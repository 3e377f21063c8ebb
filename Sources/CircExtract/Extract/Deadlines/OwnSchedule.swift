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
    /// Phrases as word keys (`Fold.key`), compared with the unit's keys: no word is folded
    /// again from the source but the verb's.
    let subjects: [[UInt64]]
    let clitics: Set<UInt64>
    let requestStems: [String]
    let targets: [[UInt64]]
    static let comma = Fold.key(","), clauseEnds: Set<UInt64> = Set([";", ":", "!", "?"].map { Fold.key($0) })

    init(store: LexiconStore) throws {
        let f = try store.load("deadlines.json", as: File.self).ownSchedule
        let keys = { (p: String) in LexiconPhrase.words(Fold.string(p)).map { Fold.key($0) } }
        subjects = f.subjects.map(keys).sorted { $0.count > $1.count }
        clitics = Set(f.clitics.map { Fold.key(Fold.string($0)) })
        requestStems = f.requestStems.map(Fold.string)
        targets = f.targets.map(keys)
    }

    /// The token that ends the clause where the ministry states its own schedule, or nil.
    func clauseEnd(_ s: TokenScan) -> Int? {
        let keys = s.keys
        var k = 0
        // A bullet, or an opening adverbial closed by its comma ("Enfin, je réunirai…").
        while k < s.count, s.kinds[k] == .punct || s.kinds[k] == .symbol { k += 1 }
        if let comma = (k..<min(s.count, k + 4)).first(where: { keys[$0] == Self.comma }) { k = comma + 1 }
        let opens = { (p: [UInt64]) in k + p.count <= s.count && p.indices.allSatisfy { keys[k + $0] == p[$0] } }
        if let t = targets.first(where: opens) { return clauseEnd(s, from: k + t.count) }
        guard let subject = subjects.first(where: opens) else { return nil }
        k += subject.count
        var pronouns = 0
        while k < s.count, pronouns < 2, clitics.contains(keys[k]) { k += 1; pronouns += 1 }
        guard k < s.count, s.kinds[k] == .word else { return nil }
        let verb = Fold.string(s.scalars, s.ranges[k])
        guard verb.count >= 5, ["rai", "ra", "rons", "ront"].contains(where: { verb.hasSuffix($0) }),
              !requestStems.contains(where: { verb.hasPrefix($0) }) else { return nil }
        return clauseEnd(s, from: k + 1)
    }

    private func clauseEnd(_ s: TokenScan, from k: Int) -> Int {
        var e = k
        while e < s.count, !(s.kinds[e] == .punct && Self.clauseEnds.contains(s.keys[e])) { e += 1 }
        return e
    }
}
