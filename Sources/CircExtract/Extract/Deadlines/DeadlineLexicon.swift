import CircText

/// `Lexicons/deadlines.json` as read: every list of cues, phrases and words the deadline
/// extractor matches, each entry with the examples the lexicon test runs.
struct DeadlineLexiconFile: Decodable {
    struct Entry: Decodable {
        var form: String?
        var forms: [String]?
        var value: String?
        var unit: String?
        var weekday: Int?
        var number: Int?
        var strict: Bool?
        /// A date cue that needs its article ("pour le 1er juin", never "pour 1er juin").
        var article: Bool?
        /// A date cue ("jusqu'au") that bounds a duty only in a sentence addressed to someone.
        var bounded: Bool?
        /// A date cue that opens a window ("entre le 16 et le 19 mai"): its second date is
        /// the deadline, in a sentence that sets a duty (`dateWindowDuties`) or speaks to someone.
        var window: Bool?
        /// A limit word ("dans la semaine") read only in a sentence that speaks to someone.
        var addressed: Bool?
        /// Words after which the phrase means something else ("sans attendre le fruit de…").
        var notBefore: [String]?
        /// Words before the phrase that make it part of a name ("état d'urgence",
        /// "hébergement d'urgence"): the phrase counts only after a verb.
        var notAfter: [String]?
        var examples: [String]
        var allForms: [String] { (form.map { [$0] } ?? []) + (forms ?? []) }
    }
    struct Group: Decodable {
        var forms: [String]?
        var yearForms: [String]?
        /// Words after "la fin de l'année" that make it another year than the calendar's
        /// ("l'année scolaire" ends in July).
        var otherYears: [String]?
        /// "d'ici la fin du mois": the month the document is dated in.
        var monthForms: [String]?
        /// "la fin du premier semestre": the phrase, the parts' lengths in months and the
        /// ordinals that number them.
        var partForms: [String]?
        var parts: [String: Int]?
        var ordinals: [String: Int]?
        var partOfPeriod: [String]?
        var ageWords: [String]?
        var elapsedBefore: [String]?
        var elapsedAfter: [String]?
        /// `periodicPer`: words that make a count per period a ceiling ("dans la limite d'une
        /// présentation par jour"), and the counter-examples the lexicon test runs.
        var bounds: [String]?
        var counterExamples: [String]?
        /// "heures", "h": the word after the hour of a time of day.
        var hours: [String]?
        /// `endOfPeriod`: "prochain" after the end of this month or year moves it on by one.
        var nextForms: [String]?
        /// `endOfPeriod`: "fin" right before a year ("avant fin 2025").
        var yearEnds: [String]?
        /// `noticePeriods`: the words after a quantity that make it a notice ("avant", "à
        /// l'avance"), and those that do without an intro ("à l'avance").
        var ends: [String]?
        var openEnds: [String]?
        /// `bareWeekdays`: the words around a weekday that make it no date of its own.
        var notAfter: [String]?
        var notBefore: [String]?
        var examples: [String]
    }
    var dateCues: [Entry]
    var dateCueLinks: Group
    /// Words of a duty before a window's cue ("devront", "sont invités"): see `window`.
    var dateWindowDuties: Group?
    /// "avant 8 heures le 1er janvier", "avant midi le 3 mars": a time of day between a cue
    /// and its date.
    var timeOfDay: Group?
    var endOfPeriod: Group
    /// "d'ici vendredi": a weekday without its date after a cue (`DateDeadlineRule`).
    var bareWeekdays: Group?
    /// "les préfets ont quinze jours pour…": a verb that gives time (`TimeLimitRule`).
    var grantedTime: Group?
    /// "au moins quinze jours avant la manifestation": a notice (`TimeLimitRule`).
    var noticePeriods: Group?
    var pastMarkers: Group
    var weekdays: [Entry]
    var asap: [Entry]
    var strict: [Entry]
    var periodicPhrases: [Entry]
    var periodicUnits: [Entry]
    var periodicEvery: Group
    var periodicTimes: Group
    /// "par an", "par trimestre": the period a count of acts is set for (`PeriodicityRule`).
    var periodicPer: Group?
    var periodicAdverbs: [Entry]
    var periodicAdjectives: [Entry]
    var periodicNouns: Group
    var amountNouns: Group
    var rateMarkers: Group
    var timeUnits: [Entry]
    var unitQualifiers: Group
    var limitIntros: [Entry]
    var limitWords: [Entry]
    var addressedMarkers: Group
    var lawMarkers: Group
    var durationExclusions: Group
    /// `actPermissions`: what an enacted act allows, whose time limit binds no one.
    var actPermissions: Group?
    /// `negatedEvents`: the auxiliaries of a negated compound past before a time limit.
    var negatedEvents: Group?
    var durationContext: Group
    var numberWords: [Entry]
    /// `firstDayWords`: "premier" as the day of a date in words ("avant le premier octobre").
    var firstDayWords: Group?
}

/// A kernel phrase table (`CircText.PhraseTable`) as the deadline rules consult it: on a
/// `TokenScan`'s word keys, behind the flag bits its words carry. A class: a rule reading
/// `lex.asap` copied a struct's every array (a retain each) per token. Never mutated once
/// the lexicon is built, hence `@exclusivity(unchecked)`: the dynamic check of a class
/// property ran at every match.
final class ScanPhrases<Payload: Sendable>: @unchecked Sendable {
    @exclusivity(unchecked) private var table = PhraseTable<Payload>()
    /// The flag a token carries when it can start (`bit`) or end (`lastBit`) a phrase of this
    /// table: most tokens carry none and are passed over without a lookup.
    @exclusivity(unchecked) var bit: UInt64 = 0
    @exclusivity(unchecked) var lastBit: UInt64 = 0
    var firstWords: Set<String> { table.firstWords }
    var allWords: Set<String> { table.allWords }
    var lastWords: Set<String> { table.lastWords }

    init() {}
    func add(_ phrase: String, _ payload: Payload) { table.add(phrase, payload) }
    func add(words: [String], _ payload: Payload) { table.add(words: words, payload) }

    /// The longest phrase starting at token `i` of the scan: its length in tokens and payload.
    func match(_ s: TokenScan, at i: Int) -> (length: Int, payload: Payload)? {
        guard i < s.count, s.flags[i] & bit != 0 else { return nil }
        let keys = s.keys
        guard let m = table.match(from: i, limit: s.count, key: { keys[$0] }) else { return nil }
        return (m.end - i, m.value)
    }

    /// Whether a phrase of the table starts at some token of the scan (keys and flags loaded).
    func occurs(in s: TokenScan) -> Bool {
        guard s.any & bit != 0 else { return false }
        for i in 0..<s.count where s.flags[i] & bit != 0 && match(s, at: i) != nil { return true }
        return false
    }

    /// The start of the longest phrase that ends at token `end` (inclusive).
    func start(_ s: TokenScan, endingAt end: Int) -> Int? {
        guard end >= 0, end < s.count, s.flags[end] & lastBit != 0 else { return nil }
        let keys = s.keys
        return table.start(endingAt: end) { keys[$0] }
    }
}

/// Folded French singular: "réunions" → "reunion", "bureaux" → "bureau" (enough for lookups).
func singular(_ w: String) -> String {
    if w.count > 3, w.hasSuffix("s") || w.hasSuffix("x") { return String(w.dropLast()) }
    return w
}

/// Flags of a folded word, looked up once per token (`TokenScan.flags`).
enum WordFlag {
    static let number: UInt64 = 1 << 0
    static let periodicAdverb: UInt64 = 1 << 1
    static let periodicAdjective: UInt64 = 1 << 2
    static let addressed: UInt64 = 1 << 3
    static let timeUnit: UInt64 = 1 << 4
    /// Any word some rule compares: other words are not even folded.
    static let known: UInt64 = 1 << 63
    static let firstTableBit = 5
}

/// The tables built once from the lexicon file, never mutated after `init`. A value: its
/// tables are copy-on-write, so the rules that hold it share one copy of each (a class was
/// measured: its `var`s cost a dynamic exclusivity check per read, per token, more than
/// the seven copies per document it saved).
struct DeadlineLexicon: Sendable {
    struct DateCue: Sendable { var strict: Bool; var article: Bool; var bounded: Bool; var window: Bool }
    struct Asap: Sendable { var notBefore: Set<String>; var notAfter: Set<String> = [] }

    var dateCues = ScanPhrases<DateCue>()
    /// The words of every `asap` entry's `notAfter`: a scan folds only the words some rule
    /// reads (`buildFlags`).
    var asapNotAfter: Set<String> = []
    var cueLinks = ScanPhrases<Bool>()
    /// Word keys (`Fold.key`) of the words of a duty that make a window's end a deadline
    /// (`dateWindowDuties`): keys, as a scan materialises only the words its tables flag.
    var windowDuties: Set<UInt64> = []
    var endOfMonth = ScanPhrases<Bool>()
    var endOfYear = ScanPhrases<Bool>()
    var endOfThisMonth = ScanPhrases<Bool>()
    var otherYears = ScanPhrases<Bool>()
    var endOfPart = ScanPhrases<Bool>()
    var partMonths: [String: Int] = [:]
    var partOrdinals: [String: Int] = [:]
    var pastMarkers: Set<String> = []
    /// Word keys of `endOfPeriod.nextForms` ("prochain").
    var nextKeys: Set<UInt64> = []
    /// Word keys of `endOfPeriod.yearEnds` ("fin" before a year).
    var yearEndKeys: Set<UInt64> = []
    /// Word keys of `bareWeekdays.forms`: what may follow a bare weekday ("prochain", "soir").
    var weekdayTails: Set<UInt64> = []
    /// Word keys of `bareWeekdays.notAfter` ("le") and `notBefore` ("suivant").
    var weekdayNotAfter: Set<UInt64> = []
    var weekdayNotBefore: Set<UInt64> = []
    /// Word keys of `grantedTime.forms` ("ont", "donné", "disposent").
    var grantVerbs: Set<UInt64> = []
    /// `noticePeriods` as phrases of word keys: intros, ends, ends that need no intro.
    var noticeIntros: [[UInt64]] = []
    var noticeEnds: [[UInt64]] = []
    var noticeOpenEnds: [[UInt64]] = []
    /// `timeOfDay`: the words that are one ("midi") and those after an hour ("heures").
    var timeWords: Set<String> = []
    var hourWords: Set<String> = []
    var weekdays: [String: Int] = [:]
    /// Folded weekday names, Monday first, for messages.
    var weekdayNames: [String] = []
    var months: [String: Int] = [:]
    var asap = ScanPhrases<Asap>()
    var strict = ScanPhrases<Bool>()
    var periodicPhrases = ScanPhrases<String>()
    /// Folded unit word → period ("D", "W", "2W", "M", "3M", "6M", "Y").
    var periodicUnits: [String: String] = [:]
    var periodicEvery = ScanPhrases<Bool>()
    var partOfPeriod = ScanPhrases<Bool>()
    var periodicTimes = ScanPhrases<Bool>()
    var periodicPer = ScanPhrases<Bool>()
    var countBounds: Set<String> = []
    var periodicAdverbs: [String: String] = [:]
    var periodicAdjectives: [String: String] = [:]
    /// Folded singular activity nouns; multi-word ones as phrases.
    var periodicNouns: Set<String> = []
    var periodicNounPhrases = ScanPhrases<Bool>()
    /// "allocation", "montant", "plafond": an adjective of period on an amount is a rate.
    var amountNouns: Set<String> = []
    /// Folded unit word → "H", "MIN", "D", "W", "M", "Y".
    var timeUnits: [String: String] = [:]
    var unitQualifiers: Set<String> = []
    var limitIntros = ScanPhrases<Bool>()
    /// A word that is a limit by itself ("sous huitaine") and the word keys after which it
    /// is something else ("dans le mois de juin", "dans la semaine du 3 mars").
    struct LimitWord: Sendable { var value: String; var notBefore: Set<UInt64>; var addressed: Bool }
    var limitWords = ScanPhrases<LimitWord>()
    var addressed: Set<String> = []
    var lawMarkers = ScanPhrases<Bool>()
    /// Word keys (`Fold.key`) of `actPermissions` ("peut", "pourra"): in an enacted act, a sentence
    /// that allows ("Le présent arrêté peut faire l'objet d'un recours gracieux dans un délai
    /// de deux mois") sets no one a deadline.
    var actPermissions: Set<UInt64> = []
    /// Word keys of `negatedEvents`' auxiliaries ("auriez", "a", "ont été"…): "vous n'auriez pas
    /// reçu réponse dans la huitaine" says what did not happen in that time.
    var negatedAuxiliaries: Set<UInt64> = []
    var ageWords: Set<String> = []
    var elapsedBefore = ScanPhrases<Bool>()
    var elapsedAfter = ScanPhrases<Bool>()
    var numberWords: [String: Int] = [:]
    /// "premier", folded: the first of a month written in words.
    var firstDayWords: Set<String> = []
    var flags: [String: UInt64] = [:]
    /// `flags` by word key (`Fold.key`), probed without building the word.
    var hashed = WordTable([:])
    /// The number words ("vingt", "quatre"), for the first part of a compound ("vingt-quatre").
    var numberWordTable = WordTable([:])
    var addressedInitials: Set<UInt32> = []
    /// `addressed` by word key.
    var addressedTable = WordTable([:])
    var durationContext: Set<String> = []

    init(file f: DeadlineLexiconFile, months: [String: Int]) {
        self.months = months
        buildDates(f)
        buildPeriodicities(f)
        buildLimitsAndDurations(f)
        buildFlags()
    }

    /// Date cues, ends of periods, past markers, weekdays, "as soon as possible", strictness.
    private mutating func buildDates(_ f: DeadlineLexiconFile) {
        let fold = { (s: String) in Fold.string(s) }
        for e in f.dateCues {
            for form in e.allForms {
                dateCues.add(form, DateCue(strict: e.strict ?? false, article: e.article ?? false, bounded: e.bounded ?? false, window: e.window ?? false))
            }
        }
        for l in f.dateCueLinks.forms ?? [] { cueLinks.add(l, true) }
        windowDuties = Set((f.dateWindowDuties?.forms ?? []).map { Fold.key(fold($0)) })
        timeWords = Set((f.timeOfDay?.forms ?? []).map(fold))
        hourWords = Set((f.timeOfDay?.hours ?? []).map(fold))
        for l in f.endOfPeriod.forms ?? [] { endOfMonth.add(l, true) }
        for l in f.endOfPeriod.yearForms ?? [] { endOfYear.add(l, true) }
        for l in f.endOfPeriod.otherYears ?? [] { otherYears.add(l, true) }
        for l in f.endOfPeriod.monthForms ?? [] { endOfThisMonth.add(l, true) }
        for l in f.endOfPeriod.partForms ?? [] { endOfPart.add(l, true) }
        for (k, v) in f.endOfPeriod.parts ?? [:] { partMonths[fold(k)] = v }
        for (k, v) in f.endOfPeriod.ordinals ?? [:] { partOrdinals[fold(k)] = v }
        let key = { (s: String) in Fold.key(fold(s)) }
        nextKeys = Set((f.endOfPeriod.nextForms ?? []).map(key))
        yearEndKeys = Set((f.endOfPeriod.yearEnds ?? []).map(key))
        weekdayTails = Set((f.bareWeekdays?.forms ?? []).map(key))
        weekdayNotAfter = Set((f.bareWeekdays?.notAfter ?? []).map(key))
        weekdayNotBefore = Set((f.bareWeekdays?.notBefore ?? []).map(key))
        pastMarkers = Set((f.pastMarkers.forms ?? []).flatMap { [fold($0), fold($0) + "e", fold($0) + "s", fold($0) + "es"] })
        for e in f.weekdays { for form in e.allForms { weekdays[fold(form)] = e.weekday ?? 0; weekdays[fold(form) + "s"] = e.weekday ?? 0 } }
        weekdayNames = f.weekdays.sorted { ($0.weekday ?? 0) < ($1.weekday ?? 0) }.compactMap { $0.allForms.first.map(fold) }
        for e in f.asap {
            let nb = Set((e.notBefore ?? []).map(fold)), na = Set((e.notAfter ?? []).map(fold))
            asapNotAfter.formUnion(na)
            for form in e.allForms { asap.add(form, Asap(notBefore: nb, notAfter: na)) }
        }
        for e in f.strict { for form in e.allForms { strict.add(form, true) } }
    }

    /// "chaque mois", "trimestriellement", "réunions hebdomadaires" and their parts.
    private mutating func buildPeriodicities(_ f: DeadlineLexiconFile) {
        let fold = { (s: String) in Fold.string(s) }
        for e in f.periodicPhrases { for form in e.allForms { periodicPhrases.add(form, e.value ?? "") } }
        for e in f.periodicUnits { for form in e.allForms { periodicUnits[fold(form)] = e.unit ?? "" } }
        for x in f.periodicEvery.forms ?? [] { periodicEvery.add(x, true) }
        for x in f.periodicEvery.partOfPeriod ?? [] { partOfPeriod.add(x, true) }
        for x in f.periodicTimes.forms ?? [] { periodicTimes.add(x, true) }
        for x in f.periodicPer?.forms ?? [] { periodicPer.add(x, true) }
        countBounds = Set((f.periodicPer?.bounds ?? []).map(fold))
        for e in f.periodicAdverbs { for form in e.allForms { periodicAdverbs[fold(form)] = e.value ?? "" } }
        for e in f.periodicAdjectives { for form in e.allForms { periodicAdjectives[fold(form)] = e.value ?? "" } }
        for n in f.periodicNouns.forms ?? [] {
            let w = LexiconPhrase.words(n)
            if w.count == 1 { periodicNouns.insert(singular(w[0])) } else {
                periodicNounPhrases.add(words: w, true)
                var pl = w; pl[0] += "s"; periodicNounPhrases.add(words: pl, true)
                var pl2 = w; pl2[pl2.count - 1] += "s"; periodicNounPhrases.add(words: pl2, true)
                var pl3 = pl; pl3[pl3.count - 1] += "s"; periodicNounPhrases.add(words: pl3, true)
            }
        }
        amountNouns = Set((f.amountNouns.forms ?? []).map { singular(fold($0)) })
    }

    /// Time units and limits ("dans un délai de"), the law's markers, durations' exclusions,
    /// number words.
    private mutating func buildLimitsAndDurations(_ f: DeadlineLexiconFile) {
        let fold = { (s: String) in Fold.string(s) }
        for e in f.timeUnits { for form in e.allForms { timeUnits[fold(form)] = e.unit ?? "" } }
        unitQualifiers = Set((f.unitQualifiers.forms ?? []).map(fold))
        let phrase = { (p: String) in LexiconPhrase.words(fold(p)).map { Fold.key($0) } }
        grantVerbs = Set((f.grantedTime?.forms ?? []).map { Fold.key(fold($0)) })
        noticeIntros = (f.noticePeriods?.forms ?? []).map(phrase)
        noticeEnds = (f.noticePeriods?.ends ?? []).map(phrase)
        noticeOpenEnds = (f.noticePeriods?.openEnds ?? []).map(phrase)
        for e in f.limitIntros {
            for form in e.allForms {
                limitIntros.add(form, true)
                // "dans un délai de" also reads "dans un délai d'un mois".
                var w = LexiconPhrase.words(form)
                if w.last == "de" { w[w.count - 1] = "d'"; limitIntros.add(words: w, true) }
            }
        }
        for e in f.limitWords {
            let stops = Set((e.notBefore ?? []).map { Fold.key(fold($0)) })
            for form in e.allForms { limitWords.add(form, LimitWord(value: e.value ?? "", notBefore: stops, addressed: e.addressed ?? false)) }
        }
        addressed = Set((f.addressedMarkers.forms ?? []).map(fold))
        for x in f.lawMarkers.forms ?? [] { lawMarkers.add(x, true) }
        actPermissions = Set((f.actPermissions?.forms ?? []).map { Fold.key(fold($0)) })
        negatedAuxiliaries = Set((f.negatedEvents?.forms ?? []).map { Fold.key(fold($0)) })
        ageWords = Set((f.durationExclusions.ageWords ?? []).map(fold))
        for x in f.durationExclusions.elapsedBefore ?? [] { elapsedBefore.add(x, true) }
        for x in f.durationExclusions.elapsedAfter ?? [] { elapsedAfter.add(x, true) }
        durationContext = Set((f.durationContext.forms ?? []).map(fold))
        for e in f.numberWords { for form in e.allForms { numberWords[fold(form)] = e.number ?? 0 } }
        firstDayWords = Set((f.firstDayWords?.forms ?? []).map(fold))
    }

    /// One dictionary of flags over every word a rule can start at or compares, and its
    /// key table.
    private mutating func buildFlags() {
        var next = WordFlag.firstTableBit
        func flag<P>(_ t: inout ScanPhrases<P>) {
            t.bit = 1 << UInt64(next); t.lastBit = 1 << UInt64(next + 1); next += 2
            for w in t.firstWords { flags[w, default: 0] |= t.bit }
            for w in t.lastWords { flags[w, default: 0] |= t.lastBit }
            for w in t.allWords { flags[w, default: 0] |= WordFlag.known }
        }
        flag(&dateCues); flag(&cueLinks); flag(&endOfMonth); flag(&endOfYear); flag(&endOfThisMonth); flag(&otherYears); flag(&endOfPart); flag(&asap); flag(&strict)
        flag(&periodicPhrases); flag(&periodicEvery); flag(&partOfPeriod); flag(&periodicTimes); flag(&periodicPer)
        flag(&periodicNounPhrases); flag(&limitIntros); flag(&limitWords); flag(&lawMarkers)
        flag(&elapsedBefore); flag(&elapsedAfter)
        precondition(next <= 63)
        // Every word a rule looks up or compares, plurals of the nouns, and the literals of
        // the rules' code.
        var vocabulary = Set<String>(["a", "et", "ou", "de", "entre", "d'", "pendant", "durant", "vers", "des", "les"])
        vocabulary.formUnion(pastMarkers); vocabulary.formUnion(weekdays.keys); vocabulary.formUnion(months.keys)
        vocabulary.formUnion(periodicUnits.keys); vocabulary.formUnion(timeUnits.keys); vocabulary.formUnion(unitQualifiers)
        vocabulary.formUnion(ageWords); vocabulary.formUnion(durationContext); vocabulary.formUnion(numberWords.keys)
        vocabulary.formUnion(partMonths.keys); vocabulary.formUnion(partOrdinals.keys); vocabulary.formUnion(timeWords); vocabulary.formUnion(hourWords)
        vocabulary.formUnion(countBounds); vocabulary.formUnion(asapNotAfter)
        for n in periodicNouns.union(amountNouns) { vocabulary.insert(n); vocabulary.insert(n + "s"); vocabulary.insert(n + "x") }
        for w in vocabulary { flags[w, default: 0] |= WordFlag.known }
        for w in numberWords.keys { flags[w, default: 0] |= WordFlag.number }
        for w in timeUnits.keys { flags[w, default: 0] |= WordFlag.timeUnit }
        for w in periodicAdverbs.keys { flags[w, default: 0] |= WordFlag.periodicAdverb }
        for w in periodicAdjectives.keys { flags[w, default: 0] |= WordFlag.periodicAdjective }
        for w in addressed {
            flags[w, default: 0] |= WordFlag.addressed
            if let c = w.unicodeScalars.first { addressedInitials.insert(c.value) }
        }
        for k in flags.keys { flags[k]! |= WordFlag.known }
        hashed = WordTable(flags)
        numberWordTable = WordTable(set: numberWords.keys)
        addressedTable = WordTable(set: addressed)
    }

    /// The flags of a folded token; hyphenated number words ("quarante-huit") are composed.
    func flags(of word: String) -> UInt64 {
        if let f = flags[word] { return f }
        return compoundNumberFlags(word)
    }

    func compoundNumberFlags(_ word: String) -> UInt64 {
        if word.utf8.contains(UInt8(ascii: "-")) {
            var all = true
            for p in word.split(separator: "-") where p != "et" && numberWords[String(p)] == nil { all = false; break }
            if all { return WordFlag.number }
        }
        return 0
    }
}
