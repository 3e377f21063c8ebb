import CircText

/// A date as written: day and month, the year when given.
struct WrittenDate: Equatable {
    var day: Int
    var month: Int
    var year: Int?
}

/// Reads the tokenizer's date tokens: "13 mars", "1er mai 2021", "28 oct. 2024",
/// "30/09/2020", "2024-02-05" (folded).
func parseDateToken(_ w: String, months: [String: Int]) -> WrittenDate? {
    func year(_ s: Substring) -> Int? {
        guard let y = Int(s) else { return nil }
        if s.count == 2 { return y < 70 ? 2000 + y : 1900 + y }
        return s.count == 4 ? y : nil
    }
    if w.containsBytes("/") || (w.first?.isNumber == true && w.split(separator: "-").count == 3) {
        let p = w.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard p.count == 3 else { return nil }
        if p[0].count == 4, let y = year(p[0]), let m = Int(p[1]), let d = Int(p[2]) { return WrittenDate(day: d, month: m, year: y) }
        if let d = Int(p[0]), let m = Int(p[1]), let y = year(p[2]) { return WrittenDate(day: d, month: m, year: y) }
        return nil
    }
    let p = w.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" })
    guard p.count >= 2 else { return nil }
    let dayText = p[0].hasSuffix("er") ? p[0].dropLast(2) : p[0]
    guard let d = Int(dayText) else { return nil }
    var mw = String(p[1]); while mw.hasSuffix(".") || mw.hasSuffix(",") { mw.removeLast() }
    guard let m = months[mw] else { return nil }
    var y: Int?
    if p.count >= 3 { y = year(p[2]) }
    return WrittenDate(day: d, month: m, year: y)
}

/// "d'ici le vendredi 13 mars", "avant le 31 décembre", "au plus tard le 15 mai 2024",
/// "pour le 1er juin", "jusqu'au …", "Echéance 30/11/2025", "d'ici fin mars": a date is a
/// deadline only after such a cue, and never a past one ("le 8 octobre dernier").
struct DateDeadlineRule {
    let lex: DeadlineLexicon

    struct Found {
        var deadline: Deadline
        var warning: Warning?
        var first: Int
        var last: Int
        var yearWritten: Bool
    }

    /// `deadlineColumn`: the unit is a row of a table whose heading names a deadline column;
    /// `heading` is set when the unit holds such a heading: a cue of `dateCues` alone in its
    /// cell ("| Acteur | Action attendue | Échéance |", "| Date limite |"). A lined table's
    /// rows are units of their own, of the heading's block.
    func find(_ s: TokenScan, addressed: Bool, ctx: ExtractionContext, years: () -> MentionedDates,
              deadlineColumn: Bool = false, heading: inout Bool) -> [Found] {
        var out: [Found] = []
        var i = 0
        while i < s.count {
            guard !s.used[i], let cue = lex.dateCues.match(s, at: i) else { i += 1; continue }
            if i > 0, i + cue.length < s.count, s.words[i - 1] == "|", s.words[i + cue.length] == "|" { heading = true }
            if let f = date(after: cue, at: i, in: s, addressed: addressed, ctx: ctx, years: years) {
                s.use(f.first, f.last)
                out.append(f)
                i = f.last + 1
            } else {
                i += 1
            }
        }
        for k in 0..<(s.hasDate ? s.count : 0) where s.kinds[k] == .date && !s.used[k] {
            if let f = dateBeforeStrictCue(at: k, in: s, ctx: ctx, years: years)
                ?? (deadlineColumn || heading ? tableCellDate(at: k, in: s, ctx: ctx, years: years) : nil) {
                s.use(f.first, f.last)
                out.append(f)
            }
        }
        return out
    }

    private func date(after cue: (length: Int, payload: DeadlineLexicon.DateCue), at i: Int, in s: TokenScan,
                      addressed: Bool, ctx: ExtractionContext, years: () -> MentionedDates) -> Found? {
        if cue.payload.bounded && !addressed && !ctx.isPress && !s.unit.listItem { return nil }
        if cue.payload.window { return windowEnd(at: i, length: cue.length, in: s, addressed: addressed, ctx: ctx, years: years) }
        var k = i + cue.length
        // "d'ici le", "date limite fixée au", "échéance :"
        var linked = false
        // "échéance impérative : 15 octobre", "impérativement avant le …"
        if let st = lex.strict.match(s, at: k) { k += st.length }
        // "avant 8 heures le 1er janvier": the time of day, then the date's link.
        if let t = timeOfDay(at: k, in: s), lex.cueLinks.match(s, at: t) != nil { k = t }
        if let l = lex.cueLinks.match(s, at: k) { k += l.length; linked = true }
        if cue.payload.article && !linked { return nil }
        guard k < s.count else { return nil }
        var weekday: Int?
        var weekdayAt: Int?
        if let wd = lex.weekdays[s.words[k]], k + 1 < s.count, s.kinds[k + 1] == .date {
            weekday = wd; weekdayAt = k; k += 1
        }
        var written: WrittenDate?
        var last = k
        var endOfPeriod = false
        var yearWritten = false
        if s.kinds[k] == .date {
            written = parseDateToken(s.words[k], months: lex.months)
            yearWritten = written?.year != nil
        } else if weekday == nil, let eoy = lex.endOfYear.match(s, at: k) {
            // "d'ici la fin de l'année": the 31 December of the year written, else of the
            // document's year.
            last = k + eoy.length - 1
            // "avant la fin de l'année scolaire": not the 31 December.
            if lex.otherYears.match(s, at: last + 1) != nil { return nil }
            var y = yearAfter(k: last, s)
            if y != nil { last += 1; yearWritten = true } else { y = ctx.documentDate?.year }
            // "d'ici la fin de l'année prochaine": the year after the document's.
            if !yearWritten, let doc = ctx.documentDate, next(s, last + 1) { (y, last) = (doc.year + 1, last + 1) }
            written = WrittenDate(day: 31, month: 12, year: y)
            endOfPeriod = true
        } else if weekday == nil, let eom = lex.endOfMonth.match(s, at: k), k + eom.length < s.count,
                  let m = lex.months[s.words[k + eom.length]] {
            last = k + eom.length
            let y = yearAfter(k: last, s)
            if y != nil { last += 1; yearWritten = true }
            written = WrittenDate(day: CivilDate.daysIn(month: m, year: y ?? ctx.documentDate?.year ?? 2001), month: m, year: y)
            endOfPeriod = true
        } else if weekday == nil, let d = ctx.documentDate, let eom = lex.endOfThisMonth.match(s, at: k),
                  !(k + eom.length < s.count && (s.words[k + eom.length] == "de" || s.words[k + eom.length] == "d'")) {
            // "d'ici la fin du mois": the end of the month the document is dated in; "du mois
            // prochain", of the month after.
            last = k + eom.length - 1
            var (m, y) = (d.month, d.year)
            if next(s, last + 1) { (m, y, last) = (m == 12 ? 1 : m + 1, m == 12 ? y + 1 : y, last + 1) }
            written = WrittenDate(day: CivilDate.daysIn(month: m, year: y), month: m, year: y)
            endOfPeriod = true
        } else if weekday == nil, lex.yearEndKeys.contains(s.keys[k]), let y = yearAfter(k: k, s) {
            // "avant fin 2025": the 31 December of the year written.
            (written, last, yearWritten, endOfPeriod) = (WrittenDate(day: 31, month: 12, year: y), k + 1, true, true)
        }
        if written == nil, weekday == nil, let bare = bareWeekday(at: k, cueAt: i, bounded: cue.payload.bounded, addressed: addressed, in: s, ctx: ctx) {
            (written, last, yearWritten) = (WrittenDate(day: bare.date.day, month: bare.date.month, year: bare.date.year), bare.last, true)
        }
        if written == nil, weekday == nil, let part = endOfPart(at: k, in: s, ctx: ctx) {
            (written, last, yearWritten, endOfPeriod) = (part.date, part.last, part.yearWritten, true)
        }
        if written == nil, weekday == nil, let mid = midMonth(at: k, in: s) ?? dayInWords(at: k, in: s) {
            (written, last, yearWritten) = (mid.date, mid.last, mid.date.year != nil)
        }
        guard let wd = written else { return nil }
        // "le 8 octobre dernier": a past date, whatever the cue.
        if last + 1 < s.count, lex.pastMarkers.contains(s.words[last + 1]) { return nil }
        return make(wd, first: i, last: last, weekday: weekday, weekdayAt: weekdayAt, endOfPeriod: endOfPeriod,
                    yearWritten: yearWritten, strict: cue.payload.strict, in: s, ctx: ctx, years: years)
    }

    /// "Les agriculteurs devront déclarer leurs prélèvements entre le 16 et le 19 août": a
    /// window a duty is set in ends on its second date, by which the act is due (the rulebook:
    /// dates by which the addressees must act). Only in a sentence that speaks to someone or
    /// sets a duty before the cue (`dateWindowDuties`): "les contrôles auront lieu entre le 16
    /// et le 19 mai" says when, not by when. The first bound is a day ("le 16") or a whole
    /// date ("le 16 août"); "entre 8 heures et 20 heures" is none.
    private func windowEnd(at i: Int, length: Int, in s: TokenScan, addressed: Bool, ctx: ExtractionContext,
                           years: () -> MentionedDates) -> Found? {
        guard addressed || (0..<i).contains(where: { lex.windowDuties.contains(s.keys[$0]) }) else { return nil }
        var k = i + length
        if let l = lex.cueLinks.match(s, at: k) { k += l.length }
        guard k + 2 < s.count, [TokenKind.number, .ordinal, .date].contains(s.kinds[k]), s.words[k + 1] == "et" else { return nil }
        k += 2
        if let l = lex.cueLinks.match(s, at: k) { k += l.length }
        guard k < s.count, s.kinds[k] == .date, let wd = parseDateToken(s.words[k], months: lex.months) else { return nil }
        return make(wd, first: i, last: k, weekday: nil, weekdayAt: nil, endOfPeriod: false,
                    yearWritten: wd.year != nil, strict: false, in: s, ctx: ctx, years: years)
    }

    /// Whether token `k` is a word of `endOfPeriod.nextForms` ("prochain").
    private func next(_ s: TokenScan, _ k: Int) -> Bool {
        k < s.count && lex.nextKeys.contains(s.keys[k])
    }

    /// "d'ici vendredi", "avant lundi prochain", "au plus tard jeudi soir": a weekday with no
    /// date after the cue at `cue` is the next such day after the document's date (a press
    /// item's "les préfets ont jusqu'à vendredi pour…"), with the word of `bareWeekdays` after
    /// it. None without a document date, nor before "dernier". After a bounded cue, only in a
    /// sentence that speaks to someone or after a verb that gives time (`grantedTime`): "la
    /// vente est interdite jusqu'à vendredi matin" says until when a ban holds.
    private func bareWeekday(at k: Int, cueAt cue: Int, bounded: Bool, addressed: Bool, in s: TokenScan,
                             ctx: ExtractionContext) -> (date: CivilDate, last: Int)? {
        guard k < s.count, let w = lex.weekdays[s.words[k]], let doc = ctx.documentDate else { return nil }
        if bounded && !addressed && !(cue > 0 && lex.grantVerbs.contains(s.keys[cue - 1])) { return nil }
        // "vendredi 13 mars" (the date token) is the other rule's; "vendredi 13" is no date.
        if k + 1 < s.count, [TokenKind.date, .number, .ordinal].contains(s.kinds[k + 1]) { return nil }
        // "au plus tard le lundi suivant chaque fin de mois", "avant le lundi de Pâques": a
        // habit, or a day counted from something else.
        if k > 0, lex.weekdayNotAfter.contains(s.keys[k - 1]) { return nil }
        if k + 1 < s.count, lex.weekdayNotBefore.contains(s.keys[k + 1]) { return nil }
        var last = k
        if last + 1 < s.count, lex.weekdayTails.contains(s.keys[last + 1]) { last += 1 }
        if last + 1 < s.count, lex.pastMarkers.contains(s.words[last + 1]) { return nil }
        var d = doc
        for _ in 0..<7 {
            d = Self.dayAfter(d)
            if d.weekday == w { return (d, last) }
        }
        return nil
    }

    /// The day after `d`.
    static func dayAfter(_ d: CivilDate) -> CivilDate {
        if d.day < CivilDate.daysIn(month: d.month, year: d.year), let n = CivilDate(year: d.year, month: d.month, day: d.day + 1) { return n }
        if d.month < 12, let n = CivilDate(year: d.year, month: d.month + 1, day: 1) { return n }
        return CivilDate(year: d.year + 1, month: 1, day: 1) ?? d
    }

    /// The token after a time of day at `k` ("8 heures", "18 h 30", "12h00", "midi"), or nil.
    private func timeOfDay(at k: Int, in s: TokenScan) -> Int? {
        guard k < s.count else { return nil }
        let w = s.words[k]
        if lex.timeWords.contains(w) { return k + 1 }
        // "12h00", "18h": hours glued to their "h" (the tokenizer reads a number).
        if s.kinds[k] == .number, w.utf8.count <= 5, let h = w.firstIndex(of: "h"), h != w.startIndex,
           w[..<h].allSatisfy(\.isNumber), w[w.index(after: h)...].allSatisfy(\.isNumber) { return k + 1 }
        guard w.count <= 2, w.allSatisfy(\.isNumber), k + 1 < s.count, lex.hourWords.contains(s.words[k + 1]) else { return nil }
        let m = k + 2
        return m < s.count && s.words[m].count == 2 && s.words[m].allSatisfy(\.isNumber) ? m + 1 : m
    }

    /// "le 1er mars au plus tard", "vendredi 13 mars, délai de rigueur": a date followed by a
    /// strict cue is a deadline as well. So is a date whose hour a cue bounds ("le 15 juillet
    /// avant 12 heures", "le 3 mars à 18 heures au plus tard"): the day is the deadline's.
    private func dateBeforeStrictCue(at k: Int, in s: TokenScan, ctx: ExtractionContext, years: () -> MentionedDates) -> Found? {
        guard s.kinds[k] == .date, !s.used[k] else { return nil }
        var j = k + 1
        if j < s.count, s.words[j] == "," { j += 1 }
        // "le 3 mars à 18 heures au plus tard": the hour of the date, before its cue.
        if j + 1 < s.count, s.words[j] == "a", let t = timeOfDay(at: j + 1, in: s) { j = t }
        guard let cue = lex.dateCues.match(s, at: j) else { return nil }
        // "au plus tard le 15 mai" belongs to the date after it.
        let after = j + cue.length
        if after < s.count, s.kinds[after] == .date || lex.cueLinks.match(s, at: after) != nil { return nil }
        // "le 15 juillet avant 12 heures" — but "avant 8 heures le 1er janvier" bounds the next date.
        // ("ouverts le 15 juillet jusqu'à 18 heures": a bounded cue gives an opening time;
        // "le 15 juillet entre 8 heures et 12 heures", a window's, the hours of that day.)
        let hour = cue.payload.strict || cue.payload.bounded || cue.payload.window ? nil : timeOfDay(at: after, in: s)
        guard cue.payload.strict || hour != nil else { return nil }
        if let h = hour, h < s.count, s.kinds[h] == .date || lex.cueLinks.match(s, at: h) != nil { return nil }
        // Parsed once a cue is there: most dates have none, and the parse costs more than the look.
        guard let wd = parseDateToken(s.words[k], months: lex.months) else { return nil }
        var first = k, weekday: Int?, weekdayAt: Int?
        if k > 0, let w = lex.weekdays[s.words[k - 1]] { weekday = w; weekdayAt = k - 1; first = k - 1 }
        return make(wd, first: first, last: (hour ?? after) - 1, weekday: weekday, weekdayAt: weekdayAt, endOfPeriod: false,
                    yearWritten: wd.year != nil, strict: cue.payload.strict, in: s, ctx: ctx, years: years)
    }

    /// "| Préfet | transmettre le diagnostic local | 30 avril 2018 |" under a heading row "|
    /// Acteur | Action | Échéance |": a date alone in a cell of a table with a deadline
    /// column is its row's deadline, as "échéance : 30 avril" would be. A date in a table
    /// without such a column (a calendar of events, a table of figures) stays none.
    private func tableCellDate(at k: Int, in s: TokenScan, ctx: ExtractionContext, years: () -> MentionedDates) -> Found? {
        guard k > 0, k + 1 < s.count, s.words[k - 1] == "|", s.words[k + 1] == "|",
              let wd = parseDateToken(s.words[k], months: lex.months) else { return nil }
        return make(wd, first: k, last: k, weekday: nil, weekdayAt: nil, endOfPeriod: false,
                    yearWritten: wd.year != nil, strict: false, in: s, ctx: ctx, years: years)
    }

    private func make(_ written: WrittenDate, first i: Int, last: Int, weekday: Int?, weekdayAt: Int?, endOfPeriod: Bool,
                      yearWritten: Bool, strict: Bool, in s: TokenScan, ctx: ExtractionContext, years: () -> MentionedDates) -> Found? {
        var wd = written
        var warning: Warning?
        let (span, text) = s.span(i, last)
        var resolved: CivilDate?
        if let y = wd.year {
            resolved = CivilDate(year: y, month: wd.month, day: wd.day)
            // A cut-off already past when the document was signed bounds no duty.
            if let r = resolved, let doc = ctx.documentDate, r < doc { return nil }
        } else if let doc = ctx.documentDate {
            resolved = CivilDate.resolve(day: wd.day, month: wd.month, anchor: doc, direction: 1)
            if endOfPeriod, let r = resolved, wd.month == 2 {
                resolved = CivilDate(year: r.year, month: 2, day: CivilDate.daysIn(month: 2, year: r.year))
            }
        } else {
            // No document date: pick a year among those the text mentions (±1), the one whose
            // date falls on the weekday written, else the first after the latest date the text
            // mentions before it, else the latest year mentioned.
            let mentioned = years()
            let ys = mentioned.years
            var cands: [Int] = []
            for y in ys.sorted(by: >) { for c in [y, y + 1, y - 1] where !cands.contains(c) { cands.append(c) } }
            var chosen: Int?
            var how = "as the latest year the text mentions"
            if let w = weekday {
                chosen = cands.first { CivilDate(year: $0, month: wd.month, day: wd.day)?.weekday == w }
                if chosen != nil { how = "for its weekday" }
            }
            if chosen == nil, let a = mentioned.anchor(before: span.start),
               let r = CivilDate.resolve(day: min(wd.day, 28), month: wd.month, anchor: a, direction: 1) {
                chosen = r.year
                how = "as the first after \(a.iso), the latest date the text mentions before it"
            }
            if chosen == nil { chosen = ys.max() }
            guard let y = chosen else {
                return nil
            }
            if endOfPeriod { wd.day = CivilDate.daysIn(month: wd.month, year: y) }
            resolved = CivilDate(year: y, month: wd.month, day: wd.day)
            warning = Warning(code: "deadline-year-chosen",
                              message: "no document date: \"\(text)\" read as \(resolved?.iso ?? "?") (year \(y) chosen \(how))",
                              span: span)
        }
        guard let date = resolved else { return nil }
        if let w = weekday, let at = weekdayAt, date.weekday != w {
            let names = lex.weekdayNames
            let (wspan, wtext) = s.span(at, at + 1)
            warning = Warning(code: "weekday-mismatch",
                              message: "\"\(wtext)\": \(date.iso) is a \(names[date.weekday - 1]), not a \(names[w - 1])",
                              span: wspan)
        }
        let d = Deadline(value: date.iso, kind: .date, text: text, span: span, strict: strict)
        return Found(deadline: d, warning: warning, first: i, last: last, yearWritten: yearWritten)
    }

    /// A year written right after token `k` ("fin mars 2025").
    /// "la fin du premier semestre 2021", "fin du troisième trimestre": the last day of that
    /// part of the year written, else of the document's year.
    private func endOfPart(at k: Int, in s: TokenScan, ctx: ExtractionContext) -> (date: WrittenDate, last: Int, yearWritten: Bool)? {
        guard let m = lex.endOfPart.match(s, at: k) else { return nil }
        let o = k + m.length
        guard o + 1 < s.count, let n = lex.partOrdinals[s.words[o]], let months = lex.partMonths[s.words[o + 1]],
              n >= 1, n * months <= 12 else { return nil }
        var last = o + 1
        var y = yearAfter(k: last, s)
        let yearWritten = y != nil
        if yearWritten { last += 1 } else { y = ctx.documentDate?.year }
        let month = n * months
        return (WrittenDate(day: CivilDate.daysIn(month: month, year: y ?? 2001), month: month, year: y), last, yearWritten)
    }

    /// "d'ici la mi-mars", "avant la mi-juin 2025": the 15th of that month.
    private func midMonth(at k: Int, in s: TokenScan) -> (date: WrittenDate, last: Int)? {
        // Words no rule flags read as "": fold these two from the source (only after a cue).
        let fold = { (i: Int) in Fold.string(s.scalars, s.ranges[i]) }
        // "mi-" tested on the scalars before any fold: most cues are followed by other words.
        let sc = s.scalars
        let isMid = { (i: Int) -> Bool in
            let r = s.ranges[i]
            return r.count >= 6 && (sc[r.lowerBound] == "m" || sc[r.lowerBound] == "M") && sc[r.lowerBound + 1] == "i" && sc[r.lowerBound + 2] == "-"
        }
        guard k < s.count else { return nil }
        let m = k + 1 < s.count && isMid(k + 1) && fold(k) == "la" ? k + 1 : k
        guard m < s.count, isMid(m), case let w = fold(m), let month = lex.months[String(w.dropFirst(3))] else { return nil }
        let y = yearAfter(k: m, s)
        return (WrittenDate(day: 15, month: month, year: y), y == nil ? m : m + 1)
    }

    /// "avant le premier octobre prochain", "pour le quinze janvier 1906": the older letters
    /// write the day of a date in words (the tokenizer's date tokens hold digits only). The
    /// day ("premier", `firstDayWords`, or a number word up to 31), then a month; the year
    /// when digits follow. Only after a date cue, as a date token would be.
    private func dayInWords(at k: Int, in s: TokenScan) -> (date: WrittenDate, last: Int)? {
        guard k + 1 < s.count, s.kinds[k] == .word else { return nil }
        var day = 0, m = k + 1
        if s.flags[k] & WordFlag.number != 0, let n = NumberReader(words: lex.numberWords).read(s, at: k) {
            (day, m) = (n.value, n.last + 1)
        } else if lex.firstDayWords.contains(Fold.string(s.scalars, s.ranges[k])) {
            day = 1
        }
        guard (1...31).contains(day), m < s.count, let month = lex.months[Fold.string(s.scalars, s.ranges[m])] else { return nil }
        let y = yearAfter(k: m, s)
        return (WrittenDate(day: day, month: month, year: y), y == nil ? m : m + 1)
    }

    private func yearAfter(k: Int, _ s: TokenScan) -> Int? {
        guard k + 1 < s.count, s.kinds[k + 1] == .number, s.words[k + 1].count == 4, let y = Int(s.words[k + 1]),
              (1900...2200).contains(y) else { return nil }
        return y
    }
}

/// Years a text mentions (in dates and as four-digit numbers): the candidates when the
/// document's own date is unknown.
/// The dates an undated text mentions: its years, and its dated mentions in text order.
struct MentionedDates {
    var years: [Int] = []
    /// Scalar offset, and the date as written.
    var dates: [(at: Int, date: WrittenDate)] = []

    /// The latest date the text mentions before `offset`, a year not written taken as the
    /// latest year the text mentions: a press item tells of events before the duties it
    /// reports ("datée du 17 octobre … avant la fin du mois de janvier").
    func anchor(before offset: Int) -> CivilDate? {
        guard let latestYear = years.max() else { return nil }
        var best: CivilDate?
        for d in dates where d.at < offset {
            guard let c = CivilDate(year: d.date.year ?? latestYear, month: d.date.month, day: d.date.day) else { continue }
            if best.map({ c > $0 }) ?? true { best = c }
        }
        return best
    }
}

func mentionedDates(_ tt: TokenizedText, months: [String: Int]) -> MentionedDates {
    var ys = Set<Int>()
    var out = MentionedDates()
    for t in tt.tokens where t.kind == .date || t.kind == .number {
        let w = Fold.string(tt.text.scalars, t.range)
        if t.kind == .date {
            if let d = parseDateToken(w, months: months) {
                if let y = d.year { ys.insert(y) }
                out.dates.append((Int(t.start), d))
            }
        } else if w.count == 4, let y = Int(w), (1900...2200).contains(y) { ys.insert(y) }
    }
    out.years = Array(ys)
    return out
}
