import CircText

/// A periodic phrase that describes rather than asks is no deadline of the addressees (the
/// rulebook keeps only what the addressees must do), from `descriptivePeriods` in
/// deadlines.json:
///
/// - a quantity right after it is a rate, as one right before already is ("la France voit
///   chaque année 120 000 demandes", "la préfecture traite chaque année environ 40 000
///   dossiers");
/// - a past participle after an auxiliary of a past tense, or a verb in the imperfect, right
///   before it tells a past event ("se sont rassemblés chaque jour", "ont été renforcés
///   chaque semaine", "se tenaient chaque mois"); a future or present passive stays ("le
///   comité sera réuni chaque mois");
/// - an adjective of period on a noun governed by a measure ("une obligation de présentation
///   quotidienne") is a measure imposed on a third party (a foreigner under house arrest),
///   not the addressees' duty.
///
/// - a verb of what happens right before it ("donnent lieu chaque année à des troubles",
///   "se produisent chaque été"), or an act's recital ("Considérant que …"), describes.
///
/// `lawNounsAfter` is read here too: the names of texts that mark a sentence stating the law
/// only before its time limit (`nominalLawMarkerAfter`).
struct DescriptivePeriodRule: Sendable {
    struct File: Decodable {
        struct Section: Decodable {
            let rateAfter: [String]
            let auxiliaries: [String]
            let measures: [String]
            let notParticiples: [String]
            let annexOpeners: [String]
            let annexDuties: [String]
            let praise: [String]
            let thirdParties: [String]
            let occurrences: [String]?
            let recitals: [String]?
            let since: [String]?
        }
        struct Duties: Decodable { let forms: [String] }
        struct Forms: Decodable {
            let forms: [String]; let courts: [String]
            let datives: [String]?; let attributions: [String]?; let complements: [String]?; let measures: [String]?
        }
        let descriptivePeriods: Section
        let lawNounsAfter: Forms
        let dateWindowDuties: Duties?
    }
    /// Phrases as word keys (`Fold.key`), compared with the unit's keys.
    let rateAfter: [[UInt64]]
    let auxiliaries: [[UInt64]]
    let measures: [[UInt64]]
    let notParticiples: Set<String>
    let annexOpeners: [[UInt64]]
    let annexDuties: [[UInt64]]
    let praise: [[UInt64]]
    let thirdParties: [[UInt64]]
    /// Verbs of what happens, right before the phrase ("donnent lieu chaque année à").
    let occurrences: [[UInt64]]
    /// The openings of an act's recitals ("Considérant que"): reasons, never a duty.
    let recitals: [[UInt64]]
    /// "depuis": a practice in place since a date ("se réunit chaque mois depuis 2019").
    let since: Set<UInt64>
    /// `dateWindowDuties` ("doivent", "devront"): a word of a duty keeps the period asked.
    let duties: Set<UInt64>
    let lawNouns: Set<UInt64>
    let courts: Set<UInt64>
    /// "au", "aux" before a court: the court receives what the duty hands over.
    let datives: Set<UInt64>
    /// Verbs that give the court after "au" the act itself ("il appartient au juge de").
    let attributions: Set<UInt64>
    /// Phrases after which an article or a code qualifies a noun ("prévue par", "sur le
    /// fondement de"), longest first.
    let complements: [[UInt64]]
    /// Names of penal measures that hold a law word ("rappel à la loi"), as word keys.
    let measureNames: [[UInt64]]
    /// How many tokens a reference may span between its complement's phrase and the marker
    /// read: "prévue par l'article R. 57-7-16 du code de procédure pénale" reaches "pénale".
    static let complementReach = 10
    /// Endings of a past participle, folded (no accents): "rassemblés", "mis", "tenu", "fait".
    /// Only read right after an auxiliary, so "e" is safe enough.
    static let participleEndings = ["e", "es", "i", "is", "u", "us", "t", "ts"]

    init(store: LexiconStore) throws {
        let f = try store.load("deadlines.json", as: File.self)
        let keys = { (p: String) in LexiconPhrase.words(Fold.string(p)).map { Fold.key($0) } }
        rateAfter = f.descriptivePeriods.rateAfter.map(keys)
        auxiliaries = f.descriptivePeriods.auxiliaries.map(keys).sorted { $0.count > $1.count }
        measures = f.descriptivePeriods.measures.map(keys)
        notParticiples = Set(f.descriptivePeriods.notParticiples.map(Fold.string))
        annexOpeners = f.descriptivePeriods.annexOpeners.map(keys).sorted { $0.count > $1.count }
        annexDuties = f.descriptivePeriods.annexDuties.map(keys)
        praise = f.descriptivePeriods.praise.map(keys)
        thirdParties = f.descriptivePeriods.thirdParties.map(keys).sorted { $0.count > $1.count }
        occurrences = (f.descriptivePeriods.occurrences ?? []).map(keys)
        recitals = (f.descriptivePeriods.recitals ?? []).map(keys)
        since = Set((f.descriptivePeriods.since ?? []).map { Fold.key(Fold.string($0)) })
        duties = Set((f.dateWindowDuties?.forms ?? []).map { Fold.key(Fold.string($0)) })
        lawNouns = Set(f.lawNounsAfter.forms.map { Fold.key(Fold.string($0)) })
        courts = Set(f.lawNounsAfter.courts.map { Fold.key(Fold.string($0)) })
        datives = Set((f.lawNounsAfter.datives ?? []).map { Fold.key(Fold.string($0)) })
        attributions = Set((f.lawNounsAfter.attributions ?? []).map { Fold.key(Fold.string($0)) })
        complements = (f.lawNounsAfter.complements ?? []).map(keys).sorted { $0.count > $1.count }
        measureNames = (f.lawNounsAfter.measures ?? []).map(keys)
    }

    /// Whether the periodic phrase over tokens `first...last` describes rather than asks.
    func describes(_ s: TokenScan, first: Int, last: Int, numbers: NumberReader) -> Bool {
        rateFollows(s, after: last, numbers: numbers) || tellsThePast(s, before: first) || ends(measures, s, at: first - 1)
            || opensOnAQuantity(s, before: first, numbers: numbers)
            || (s.flags[last] & WordFlag.periodicAdjective != 0 && describesAnAnnex(s))
            || opensOnPraiseOrAThirdParty(s) || ends(occurrences, s, at: first - 1) || opensARecital(s)
            || closesASeason(s, before: first) || standsSince(s)
    }

    /// "Le comité se réunit chaque mois depuis 2019", "Depuis le 1er janvier 2024, les
    /// services transmettent chaque semaine un état": a practice in place since a date or
    /// for a time (`since`, then a date or a number within three tokens) is described —
    /// unless the sentence speaks to the addressees or holds a word of a duty ("doivent").
    private func standsSince(_ s: TokenScan) -> Bool {
        guard !since.isEmpty, s.any & WordFlag.addressed == 0 else { return false }
        var found = false
        for i in 0..<s.count {
            if duties.contains(s.keys[i]) { return false }
            if !found, since.contains(s.keys[i]) {
                found = (i + 1..<min(s.count, i + 4)).contains { s.kinds[$0] == .date || s.kinds[$0] == .number }
            }
        }
        return found
    }

    /// "pour la période du 1er mai au 30 septembre de chaque année, il est interdit …", "entre
    /// le 15 juin et le 15 septembre de chaque année": the period closes a range of two dates —
    /// the season a rule holds in, not the rhythm of a duty. ("avant le 15 mars de chaque
    /// année", one date, stays a yearly deadline.) A day and its month are one date token.
    private func closesASeason(_ s: TokenScan, before first: Int) -> Bool {
        let k = Self.seasonKeys
        guard first >= 4, s.keys[first - 1] == k[0], s.kinds[first - 2] == .date || s.lex.months[s.words[first - 2]] != nil,
              let link = stride(from: first - 3, through: max(0, first - 6), by: -1).first(where: { s.keys[$0] == k[1] || s.keys[$0] == k[4] })
        else { return false }
        let opener = s.keys[link] == k[1] ? k[2] : k[3]
        return stride(from: link - 1, through: max(0, link - 6), by: -1).contains { s.keys[$0] == opener }
    }

    /// "de", "au", "du", "entre", "et" as word keys: the words of a season's range.
    static let seasonKeys = ["de", "au", "du", "entre", "et"].map { Fold.key($0) }

    /// "Considérant que les festivités donnent lieu chaque année à des troubles…": an act's
    /// recital gives its reasons; its periods are what happens, no one's duty.
    private func opensARecital(_ s: TokenScan) -> Bool {
        guard let k = opening(s) else { return false }
        return recitals.contains { starts($0, s, at: k) }
    }

    /// "Je tiens à saluer les policiers engagés chaque soir" asks nothing; "L'étranger est
    /// tenu de se présenter chaque semaine" is the foreigner's duty, unless the sentence
    /// speaks to the addressees ("… fera l'objet d'un contrôle hebdomadaire par vos services").
    private func opensOnPraiseOrAThirdParty(_ s: TokenScan) -> Bool {
        guard let k = opening(s) else { return false }
        if praise.contains(where: { starts($0, s, at: k) }) { return true }
        return s.any & WordFlag.addressed == 0 && thirdParties.contains { starts($0, s, at: k) }
    }

    /// The first word after a bullet, or nil.
    private func opening(_ s: TokenScan) -> Int? {
        var k = 0
        while k < s.count, s.kinds[k] == .punct || s.kinds[k] == .symbol { k += 1 }
        return k < s.count ? k : nil
    }

    /// "Plus de 45 000 policiers et gendarmes seront mobilisés chaque jour": a sentence that
    /// opens on a figure (10 or more, or after "plus de", "près de") states figures. Not a
    /// list number ("1. Vous réunirez…"), nor the period itself ("Deux fois par mois…"), nor
    /// a count of what must be done ("Trois exercices seront organisés chaque année").
    private func opensOnAQuantity(_ s: TokenScan, before first: Int, numbers: NumberReader) -> Bool {
        guard var k = opening(s) else { return false }
        var approximate = false
        if let p = rateAfter.first(where: { starts($0, s, at: k) }) { k += p.count; approximate = true }
        guard k < first else { return false }
        if s.kinds[k] == .number {
            guard k + 1 < s.count, s.kinds[k + 1] != .punct, s.kinds[k + 1] != .symbol else { return false }
            return approximate || (Int(Fold.string(s.scalars, s.ranges[k]).filter(\.isNumber)) ?? 0) >= 10
        }
        if approximate, let v = numbers.read(s, at: k), v.value > 1, v.last + 1 < first { return true }
        return false
    }

    /// "Vous trouverez en annexe le tableau de bord mensuel des indicateurs": the annexed
    /// document described; unless the sentence asks to fill or send it ("à renseigner",
    /// "que vous voudrez bien me retourner").
    private func describesAnAnnex(_ s: TokenScan) -> Bool {
        guard let k = opening(s), let o = annexOpeners.first(where: { starts($0, s, at: k) }) else { return false }
        for j in (k + o.count)..<s.count {
            if s.flags[j] & WordFlag.addressed != 0 || annexDuties.contains(where: { starts($0, s, at: j) }) { return false }
        }
        return true
    }

    /// A quantity right after, maybe after "près de", "environ": "chaque année 120 000 demandes".
    private func rateFollows(_ s: TokenScan, after last: Int, numbers: NumberReader) -> Bool {
        var k = last + 1
        if let p = rateAfter.first(where: { starts($0, s, at: k) }) { k += p.count }
        guard k < s.count else { return false }
        // "chaque soir entre 18 heures et minuit": an hour of the clock after the figure says
        // when the duty is done, not how many.
        if s.kinds[k] == .number, k + 1 < s.count, s.lex.hourWords.contains(s.words[k + 1]) { return false }
        // A small figure is a count of the duty's objects ("chaque mois 2 exemplaires").
        if s.kinds[k] == .number { return k > last + 1 || (Int(Fold.string(s.scalars, s.ranges[k]).filter(\.isNumber)) ?? 0) >= 10 }
        if k > last + 1, let v = numbers.read(s, at: k), v.value > 1 { return true }
        return false
    }

    /// A past tense right before: an auxiliary then a participle ("ont été renforcés"), or a
    /// verb in the imperfect ("se tenaient"), not a conditional ("devraient").
    private func tellsThePast(_ s: TokenScan, before first: Int) -> Bool {
        let k = first - 1
        guard k >= 1, s.kinds[k] == .word else { return false }
        let w = Fold.string(s.scalars, s.ranges[k])
        if w.count >= 5, w.hasSuffix("ait") || w.hasSuffix("aient"), !(w.hasSuffix("rait") || w.hasSuffix("raient")) { return true }
        guard Self.participleEndings.contains(where: { w.hasSuffix($0) }), !notParticiples.contains(w) else { return false }
        if prepositionA(s, k - 1) { return false }
        return auxiliaries.contains { ends($0, s, at: k - 1) }
    }

    /// "Je vous invite à transmettre chaque année…": the preposition "à" folds to the
    /// auxiliary "a", and an infinitive in -re ends like a participle in -e; written with
    /// its accent, the word is the preposition, and what follows is an infinitive.
    private func prepositionA(_ s: TokenScan, _ k: Int) -> Bool {
        guard k >= 0 else { return false }
        let r = s.ranges[k]
        guard r.count == 1 || r.count == 2 else { return false }
        let c = s.scalars[r.lowerBound]
        if r.count == 1 { return c == "à" || c == "À" }
        return (c == "a" || c == "A") && s.scalars[r.lowerBound + 1] == "\u{300}"
    }

    /// Whether phrase `p` starts at token `k`.
    private func starts(_ p: [UInt64], _ s: TokenScan, at k: Int) -> Bool {
        !p.isEmpty && k + p.count <= s.count && p.indices.allSatisfy { s.keys[k + $0] == p[$0] }
    }

    private func ends(_ p: [UInt64], _ s: TokenScan, at e: Int) -> Bool {
        e - p.count + 1 >= 0 && starts(p, s, at: e - p.count + 1)
    }

    private func ends(_ ps: [[UInt64]], _ s: TokenScan, at e: Int) -> Bool {
        ps.contains { ends($0, s, at: e) }
    }

    /// Whether token `i`, after a time limit, names a text (or is an article number) as a
    /// complement of the duty's object, not the law speaking: "les actes mentionnés à l'article
    /// 2 de la loi".
    func nominalLawMarkerAfter(_ s: TokenScan, _ i: Int) -> Bool {
        s.kinds[i] == .article || lawNouns.contains(s.keys[i])
    }

    /// Whether token `i` is a court that an infinitive governs through its article ("saisir
    /// le juge", "informer le tribunal"): the addressees act; "le juge statue" is the law.
    func courtAsObject(_ s: TokenScan, _ i: Int) -> Bool {
        guard courts.contains(s.keys[i]), i >= 2 else { return false }
        // "transmettre le rapport au juge des enfants": the court receives; "il appartient
        // au juge de statuer" gives it the act.
        if datives.contains(s.keys[i - 1]) { return !attributions.contains(s.keys[i - 2]) }
        guard s.kinds[i - 2] == .word else { return false }
        let verb = Fold.string(s.scalars, s.ranges[i - 2])
        return verb.count >= 4 && (verb.hasSuffix("er") || verb.hasSuffix("ir") || verb.hasSuffix("re"))
    }

    /// Whether token `i` (an article number or a word of `lawMarkers`) belongs to a reference
    /// that qualifies a noun of the duty ("l'enquête prévue par l'article 131-4-1 du code
    /// pénal", "les demandes formées sur le fondement de l'article 77-2"): the law is cited,
    /// not speaking. The phrase of `complements` ends at most `complementReach` tokens before
    /// `i`, with no punctuation between (a comma closes the complement: "Conformément à … ,
    /// le juge statue").
    func referenceInComplement(_ s: TokenScan, _ i: Int) -> Bool {
        guard !complements.isEmpty, s.kinds[i] == .article || lawNouns.contains(s.keys[i]) else { return false }
        var k = i - 1
        while k >= 0, i - k <= Self.complementReach, s.kinds[k] != .punct {
            if ends(complements, s, at: k) { return true }
            k -= 1
        }
        return false
    }

    /// Whether token `i` ends the name of a penal measure ("le rappel à la loi soit notifié
    /// dans un délai de trois mois"): the measure named, not the law speaking.
    func namesAMeasure(_ s: TokenScan, _ i: Int) -> Bool {
        ends(measureNames, s, at: i)
    }
}
