import CircText

public struct DeadlineResult: Sendable {
    public var deadlines: [Deadline] = []
    public var durations: [LegalDuration] = []
    public var warnings: [Warning] = []
    public init() {}
}

/// Deadlines, periodicities and durations, from `Lexicons/deadlines.json`:
///
/// - a date after a deadline cue ("d'ici le vendredi 13 mars") → `YYYY-MM-DD` (kind `date`),
///   resolved against the document's date, its weekday checked;
/// - a repeating duty ("chaque mois", "trimestriellement", "réunions hebdomadaires") → `R/P1M`…
///   (kind `recurrence`);
/// - "dans les meilleurs délais", "sans délai", "immédiatement" → `asap`;
/// - "dans un délai de 48 heures", "sous quinze jours" → `PT48H`, `P15D` (kind `limit`);
/// - other lengths of time ("au-delà de trente jours", "de trois à cinq ans") → `durations`.
///
/// A strictness marker ("délai de rigueur", "au plus tard", "impérativement") in the sentence
/// marks its deadlines `strict`. Each occurrence is its own item, with its span. The walk is
/// over tokens with folded-word lookups in tables built once here: no regular expressions.
public struct DeadlineExtractor: Sendable {
    let lex: DeadlineLexicon
    let numbers: NumberReader
    let ownSchedule: OwnScheduleRule
    let cutOffs: CutOffRule
    let descriptive: DescriptivePeriodRule

    public init(store: LexiconStore) throws {
        let file = try store.load("deadlines.json", as: DeadlineLexiconFile.self)
        // months.json, as TextLexicons reads it (without loading the tokenizer's tables again).
        struct Month: Decodable { let month: Int; let forms: [String] }
        var months: [String: Int] = [:]
        for m in try store.load("months.json", as: [Month].self) { for f in m.forms { months[Fold.string(f)] = m.month } }
        lex = DeadlineLexicon(file: file, months: months)
        numbers = NumberReader(words: lex.numberWords)
        ownSchedule = try OwnScheduleRule(store: store)
        cutOffs = try CutOffRule(store: store)
        descriptive = try DescriptivePeriodRule(store: store)
    }

    public func extract(_ ctx: ExtractionContext) -> DeadlineResult {
        extract(ctx, keys: TokenKeys(ctx.text))
    }

    /// With the text's word keys already computed (`Pipeline` shares them with the references).
    func extract(_ ctx: ExtractionContext, keys: TokenKeys) -> DeadlineResult {
        var result = DeadlineResult()
        let tt = ctx.text
        let quantities = QuantityReader(lex: lex, numbers: numbers)
        let dates = DateDeadlineRule(lex: lex)
        let limits = TimeLimitRule(lex: lex, quantities: quantities)
        let periods = PeriodicityRule(lex: lex, numbers: numbers)
        let asap = AsapRule(lex: lex)
        let strictness = StrictnessRule(lex: lex)
        let durations = DurationRule(lex: lex, quantities: quantities, numbers: numbers)
        // The two closures capture one reference, not `self` nor the text: specialised into
        // the rules that call them, a captured `self` (the whole lexicon) was copied at every
        // sentence, and a captured text (its arrays retained and released) at every cue.
        let facts = TextFacts(tt, keys, months: lex.months, initials: lex.addressedInitials, words: lex.addressedTable)
        let yearsOnce = { () -> MentionedDates in facts.mentioned }
        let addressesOnce = { () -> Bool in facts.speaksToSomeone }

        let s = TokenScan(tt: tt, lex: lex, keys: keys)
        let triggers = self.triggers, periodicTriggers = self.periodicTriggers   // per text, not per unit
        var columnBlock = -1   // the block of the last table heading that names a deadline column
        for unit in ctx.structure.units where unit.kind != .signature {
            // Most sentences of a long text hold no cue at all: skip the rules they cannot feed.
            s.loadKeys(unit)
            guard s.count > 0, s.any & triggers != 0, feedsARule(s) else { continue }
            s.loadWords()
            let any = s.any
            let addressed = any & WordFlag.addressed != 0
            var found: [Deadline] = []

            var datesWithoutYear: Set<SourceSpan> = []
            let inColumn = columnBlock == unit.block
            var heading = false
            defer { if heading { columnBlock = unit.block } }
            for f in any & lex.dateCues.bit == 0 && !inColumn ? [] : dates.find(s, addressed: addressed, ctx: ctx, years: yearsOnce,
                                                                                 deadlineColumn: inColumn, heading: &heading) {
                // "les demandes déposées avant le 1er mars": which cases, not by when.
                if cutOffs.bounds(s, cueAt: f.first) || cutOffs.endsPermission(s, cueAt: f.first) || cutOffs.endsGovernedBan(s, cueAt: f.first)
                    || cutOffs.opensBanOrPermission(s, first: f.first, last: f.last) { continue }
                found.append(f.deadline)
                if !f.yearWritten { datesWithoutYear.insert(f.deadline.span) }
                if let w = f.warning { result.warnings.append(w) }
            }
            // (A quantity alone may be a limit a verb gives or a notice: `TimeLimitRule.givenTimes`.)
            if any & (lex.limitIntros.bit | lex.limitWords.bit | WordFlag.timeUnit) != 0 {
                sortLimits(limits.find(s), s, addressed: addressed, ctx: ctx, documentAddresses: addressesOnce,
                           deadlines: &found, durations: &result.durations)
            }
            if any & periodicTriggers != 0 {
                addRecurrences(periods.find(s), s, datesWithoutYear: datesWithoutYear, to: &found)
            }
            for f in any & lex.asap.bit == 0 ? [] : asap.find(s, press: ctx.isPress) {
                let (span, text) = s.span(f.first, f.last)
                found.append(Deadline(value: Deadline.asap, kind: .asap, text: text, span: span))
            }
            // "Je réunirai les préfets avant la fin du mois de mars": the ministry's own schedule.
            if !found.isEmpty, !ctx.isPress, let end = ownSchedule.clauseEnd(s) {
                let limit = end < s.count ? s.ranges[end].lowerBound : Int.max
                found.removeAll { $0.span.start < limit }
            }
            if !found.isEmpty && strictness.isStrict(s) {
                for k in found.indices { found[k].strict = true }
            }
            result.deadlines += found
            for f in any & WordFlag.timeUnit == 0 || any & WordFlag.number == 0 ? [] : durations.find(s, press: ctx.isPress) {
                let (span, text) = s.span(f.first, f.last)
                result.durations.append(LegalDuration(value: f.value, text: text, span: span))
            }
        }
        result.deadlines.sort { $0.span < $1.span }
        result.durations.sort { $0.span < $1.span }
        return result
    }

    /// A time limit binds the addressees (a deadline) or is one the law sets (a duration,
    /// kept apart: "l'étranger dispose d'un délai de quinze jours").
    private func sortLimits(_ finds: [TimeLimitRule.Found], _ s: TokenScan, addressed: Bool, ctx: ExtractionContext,
                            documentAddresses: () -> Bool, deadlines: inout [Deadline], durations: inout [LegalDuration]) {
        guard !finds.isEmpty else { return }
        let instruction = ctx.isPress || ctx.kind.isInstruction
        // Found once for all the unit's limits; outside an instruction the first decides.
        let markers = addressed ? [] : lawMarkers(s, all: instruction)
        let commands = !instruction && enactedActCommands(s, ctx)
        for f in finds {
            if !negatedEvent(s, before: f.first), !f.given || addressed || ctx.isPress, binds(s, limitAt: f.first, addressed: addressed, instruction: instruction, lawMarkers: markers,
                     documentAddresses: { commands || documentAddresses() }) {
                let (span, text) = s.span(f.first, f.last)
                deadlines.append(Deadline(value: f.value, kind: .limit, text: text, span: span))
            } else {
                let (span, text) = s.span(f.quantityFirst, f.last)
                durations.append(LegalDuration(value: f.value, text: text, span: span))
            }
        }
    }

    /// "les affaires au sujet desquelles vous n'auriez pas reçu réponse dans la huitaine", "si
    /// la demande n'a pas été instruite dans un délai de deux mois": a time limit within
    /// `negationReach` words after a negated compound past ("ne"/"n'", an auxiliary of
    /// `negatedEvents`, "pas"/"point"/"jamais") says what did not happen in that time — the
    /// condition of a time limit someone else keeps ("si le préfet n'a pas fait connaître
    /// d'opposition dans le délai de quinze jours"): a duration, no duty of the addressees.
    private func negatedEvent(_ s: TokenScan, before i: Int) -> Bool {
        let lo = max(2, i - Self.negationReach)
        guard lo < i else { return false }
        for p in stride(from: i - 1, through: lo, by: -1) where Self.negationEnds.contains(s.keys[p]) {
            return lex.negatedAuxiliaries.contains(s.keys[p - 1]) && Self.negations.contains(s.keys[p - 2])
        }
        return false
    }

    static let negationReach = 6
    static let negations: Set<UInt64> = Set(["ne", "n'"].map { Fold.key($0) })
    static let negationEnds: Set<UInt64> = Set(["pas", "point", "jamais"].map { Fold.key($0) })

    /// Whether a sentence of an enacted act (an arrêté: kind `unknown` from its enacting word,
    /// not a consolidated code) commands: its articles bind whom they name though the act
    /// speaks to no "vous" ("L'exploitant doit évacuer les déchets dans un délai de quinze
    /// jours à compter de la notification", "est mise en demeure de transmettre … dans un
    /// délai de deux mois"), unless the sentence allows (`actPermissions`: "Le présent arrêté
    /// peut faire l'objet d'un recours gracieux dans un délai de deux mois").
    private func enactedActCommands(_ s: TokenScan, _ ctx: ExtractionContext) -> Bool {
        guard ctx.kind == .unknown, !ctx.structure.isConsolidatedCode, !ctx.structure.units.isEmpty else { return false }
        return !(0..<s.count).contains { lex.actPermissions.contains(s.keys[$0]) }
    }

    /// The recurring duties of a unit, less the periods that only describe ("la France voit
    /// chaque année 120 000 demandes", "se sont rassemblés chaque jour"). A yearly recurrence
    /// absorbs the dates written without their year ("avant le 1er octobre de chaque année").
    private func addRecurrences(_ finds: [PeriodicityRule.Found], _ s: TokenScan, datesWithoutYear: Set<SourceSpan>,
                                to found: inout [Deadline]) {
        // (An act's "la chasse est autorisée tous les jours", "interdit chaque dimanche": when
        // something may or may not be done, no duty's frequency.)
        let recurring = finds.filter { !descriptive.describes(s, first: $0.first, last: $0.last, numbers: numbers)
            && !cutOffs.endsPermission(s, cueAt: $0.first, reach: 1) }
        for f in recurring {
            let (span, text) = s.span(f.first, f.last)
            found.append(Deadline(value: f.value, kind: .recurrence, text: text, span: span))
        }
        if recurring.contains(where: { $0.value == "R/P1Y" }) {
            found.removeAll { d in d.kind == .date && datesWithoutYear.contains(d.span) }
        }
    }

    /// Whether a unit whose keys and flags are loaded can give any rule something: a phrase
    /// of a table that starts a rule (not only its first word: "à", "dans" and "sans" start
    /// cues, and nearly every sentence of a code has one), a date (a strict cue may follow
    /// it), a number (maybe a compound number word) right before a time unit, an adverb or
    /// adjective of period.
    /// A unit that passes is read by every rule exactly as before.
    private func feedsARule(_ s: TokenScan) -> Bool {
        let any = s.any
        if any & (WordFlag.periodicAdverb | WordFlag.periodicAdjective) != 0 { return true }
        if any & WordFlag.timeUnit != 0 && s.hasQuantity() { return true }
        if any & lex.dateCues.bit != 0 && (s.hasDate || lex.dateCues.occurs(in: s)) { return true }
        return lex.limitWords.occurs(in: s) || lex.limitIntros.occurs(in: s) || lex.asap.occurs(in: s)
            || lex.periodicPhrases.occurs(in: s) || lex.periodicEvery.occurs(in: s) || lex.periodicTimes.occurs(in: s)
            || lex.periodicPer.occurs(in: s)
    }

    /// Flags without which a sentence feeds no rule.
    private var triggers: UInt64 {
        lex.dateCues.bit | lex.limitIntros.bit | lex.limitWords.bit | periodicTriggers | lex.asap.bit | WordFlag.timeUnit
    }
    private var periodicTriggers: UInt64 {
        lex.periodicPhrases.bit | lex.periodicEvery.bit | lex.periodicTimes.bit | lex.periodicPer.bit | WordFlag.periodicAdverb | WordFlag.periodicAdjective
    }

    /// Whether a time limit in this sentence binds someone to act (kind `limit`) rather than
    /// states a length the law sets (a duration).
    /// A sentence stating the law ("l'article L. 742-4 …", "l'étranger dispose d'un délai de")
    /// sets durations; so does a text that never speaks to anyone (a consolidated code). The
    /// name of a text after the limit is the object's complement ("transmettre dans un délai
    /// de quinze jours les actes mentionnés à l'article 2 de la loi"), not the law speaking;
    /// nor is an article cited as a noun's complement ("l'enquête prévue par l'article
    /// 131-4-1 du code pénal") or a court that receives ("transmis au juge").
    /// `instruction`: the text is an instruction or a press item; `lawMarkers`: the unit's
    /// (`lawMarkers(_:all:)`).
    private func binds(_ s: TokenScan, limitAt first: Int, addressed: Bool, instruction: Bool, lawMarkers: [Int],
                       documentAddresses: () -> Bool) -> Bool {
        if addressed { return true }
        for i in lawMarkers {
            if descriptive.namesAMeasure(s, i) { continue }
            // In a code, every sentence is the law's, whatever follows its limit.
            if instruction && (i > first && descriptive.nominalLawMarkerAfter(s, i) || descriptive.courtAsObject(s, i)
                || descriptive.referenceInComplement(s, i)) { continue }
            return false
        }
        return instruction || documentAddresses()
    }

    /// The tokens of a unit that mark it as stating the law (an article number, a phrase of
    /// `lawMarkers`), in order; `all` false: the first one only (enough where none is excused).
    private func lawMarkers(_ s: TokenScan, all: Bool) -> [Int] {
        var out: [Int] = []
        for i in 0..<s.count where s.kinds[i] == .article || lex.lawMarkers.match(s, at: i) != nil {
            out.append(i)
            if !all { break }
        }
        return out
    }

    /// What the rules may ask of the whole text, read the first time one does: the dates an
    /// undated text mentions (a date written without its year), whether the text speaks to
    /// anyone (a limit outside an instruction).
    private final class TextFacts {
        let tt: TokenizedText, keys: TokenKeys, months: [String: Int], initials: Set<UInt32>, words: WordTable
        init(_ tt: TokenizedText, _ keys: TokenKeys, months: [String: Int], initials: Set<UInt32>, words: WordTable) {
            (self.tt, self.keys, self.months, self.initials, self.words) = (tt, keys, months, initials, words)
        }
        lazy var mentioned: MentionedDates = mentionedDates(tt, months: months)
        lazy var speaksToSomeone: Bool = DeadlineExtractor.speaksToSomeone(tt, keys, initials: initials, words: words)
    }

    /// Whether the document speaks to addressees anywhere ("vous", "votre"): a circular does,
    /// a code never.
    private static func speaksToSomeone(_ tt: TokenizedText, _ keys: TokenKeys, initials: Set<UInt32>, words: WordTable) -> Bool {
        // The ASCII initials as bits (0–63, 64–127): a code reads every short word here, and
        // hashing each initial into the set cost more than the rest of the loop.
        var mask: (UInt64, UInt64) = (0, 0)
        for v in initials where v < 128 { if v < 64 { mask.0 |= 1 << UInt64(v) } else { mask.1 |= 1 << UInt64(v - 64) } }
        let scalars = tt.text.scalars
        for (i, t) in tt.tokens.enumerated() where t.kind == .word && t.end - t.start <= 8 {
            let c = scalars[Int(t.start)].value
            if c < 0x80 {
                let x = UInt64(c | 0x20)
                guard (x < 64 ? mask.0 >> x : mask.1 >> (x - 64)) & 1 != 0 else { continue }
            } else {
                guard initials.contains(Fold.scalar(c)) else { continue }
            }
            if words.contains(keys[i]) { return true }
        }
        return false
    }
}
