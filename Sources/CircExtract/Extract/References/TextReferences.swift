import CircText

/// Texts by number or date: "loi n° 2024-42 du 26 janvier 2024", "la loi du 26 janvier 2024",
/// "ordonnance n° 2020-1733", "décret n° …", "Circulaire du 16 août 2019",
/// "mon instruction du 4 décembre dernier", "la circulaire n° NOR IOMV2402713J du 5 février
/// 2024", "Un protocole a été conclu le 29 décembre 2021"; EU texts ("directive 2008/115/CE",
/// "règlement (UE) n° 604/2013"); a NOR alone ("NOR INTK2428339J").
extension ReferenceScanner {
    var isPresentDemonstrative: (UInt64) -> Bool {
        { $0 == RW.present || $0 == RW.presente || $0 == RW.presents || $0 == RW.presentes }
    }

    /// At a kind's short form ("L. n° 2018-778", "Ord. n° 2020-1733", "L. org. n° 2009-1523",
    /// "ord. 2020-1733", "Ord. 2 nov. 1945", "Circ. du 25 janv. 2016", "Dir. 2008/115/CE"): the
    /// text only when its number or its date follows at once, since "L." also starts an
    /// article ("L. 612-6").
    func scanAbbreviatedText(_ i: Int, kindIndex ki: Int) -> Int? {
        var j = i
        if key(j + 1) == RW.period, tokens[j + 1].start == tokens[j].end { j += 1 }
        let kd = lex.kinds[ki]
        if kd.prefix.hasPrefix("ue-") {
            let before = refs.count
            let e = scanEU(j, kd, from: i)
            return refs.count > before ? e : nil
        }
        // "L. org. n° …": a qualifier (and the dot the tokenizer split off it) before the number.
        // "Circ. NOR : INTK1229185C": the NOR's label is left to the tail, which reads its colon.
        while lex.textQualifiers.contains(key(j + 1)), key(j + 1) != RW.nor {
            j += 1
            if key(j + 1) == RW.period, tokens[j + 1].start == tokens[j].end { j += 1 }
        }
        let dated = kind(j + 1) == .date || (key(j + 1) == RW.du && kind(j + 2) == .date)
        // "Circ. n° JUSD1802971C", "Circ. NOR …": a NOR names the text too.
        let nor = norAt(j + 1) != nil || (key(j + 1) == RW.numero && norAt(j + 2) != nil)
        // "Circ. DACG, 28 août 2019": the author's acronym, then the date.
        // "Circ. Crim. 2014-18 du 26 septembre 2014": a series number, then the date.
        let authored = (isAcronym(j + 1) && key(j + 2) == RW.comma && kind(j + 3) == .date)
            || (kind(j + 1) == .number && key(j + 2) == RW.du && kind(j + 3) == .date)
            || (!kd.numbered && seriesNumberThenDate(isAcronym(j + 1) ? j + 2 : j + 1))
            || (!kd.numbered && isAcronym(j + 1) && kind(j + 2) == .number && key(j + 3) == RW.comma && kind(j + 4) == .date)
        // "L'ord. 2020-1733 est ratifiée": a numbered kind's bare number of a text's shape —
        // not after a one-letter form, an article's prefix too ("tableau l. 12-14").
        let bare = kd.numbered && visibleLength(i) > 2 && kind(j + 1) == .number && numberText(j + 1).map { isTextNumber($0) } == true
        // "Circ. DGS/SP 3 n° 97-817 du …": the issuing offices' code, then the number.
        let coded = !kd.numbered && serviceCodeEnd(j + 1, unit: j + 1) != nil
        guard kind(j + 1) == .textNumber || afterNumberWord(j + 1).map({ kind($0) == .number }) == true || dated || nor || authored || bare || coded else { return nil }
        // A line "L. n° 2018-778 …" reads as a section lettered L: the text is read in the
        // unit of its number.
        return max(i + 1, scanText(j, kindIndex: ki, from: i, unitOf: j + 1, dateAtOnce: true))
    }

    /// "Circ. DACG n° 2022/E1 du 2 décembre 2022", "circ. PM n° 6095/SG, 1er juill. 2019": a
    /// series number at token j ("n° …", however made), then the date behind "du" or a comma.
    func seriesNumberThenDate(_ j: Int) -> Bool {
        var e: Int
        if kind(j) == .textNumber { e = gluedRunEnd(j, unit: j) ?? j + 1 }
        else if key(j) == RW.numero || lex.numberWords.contains(key(j)), let r = gluedRunEnd(j + 1, unit: j) { e = r }
        else if kind(j) == .number, let r = slashedSeriesEnd(j, unit: j) { e = r }
        else { return false }
        if key(e) == RW.du || key(e) == RW.comma { e += 1 }
        return kind(e) == .date && sameUnit(j, e)
    }

    /// "L. 29 juill. 1881", "D. 16 déc. 2020": the tokenizer read the short form and the day as
    /// an article ("L. 29"); a month and a year right after make it the text of that date. The
    /// short form keeps its dot: "du L9 décembre 2008" is a day OCR misread.
    func scanDatedShortForm(_ i: Int) -> Int? {
        guard tokens[i].length > 2, s[Int(tokens[i].start) + 1] == ".",
              let a = parseArticle(i), a.suffix == nil, a.prefix.count == 1, let day = Int(a.number), (1...31).contains(day),
              let ki = lex.abbreviatedKinds[Fold.key(a.prefix + ".")], sameUnit(i, i + 1) else { return nil }
        var m = Fold.string(string(i + 1))
        while m.hasSuffix(".") { m.removeLast() }
        var y = i + 2
        if key(y) == RW.period, tokens[y].start == tokens[y - 1].end { y += 1 }
        guard let month = lex.months[m], kind(y) == .number, let yt = numberText(y), yt.count == 4, let year = Int(yt),
              (1789...2100).contains(year), let date = CivilDate(year: year, month: month, day: day) else { return nil }
        let kd = lex.kinds[ki]
        // "L. 26 janv. 2024, n° 2024-42": the number after the date, of the date's year.
        if kd.numbered, let (n, e) = numberRightAfterDate(after: y, year: year), let id = textNumberId(n, dateYear: year) {
            emit("\(kd.prefix):\(id)", kind: kd.kind, range(i, e), token: i)
            numberByDate["\(kd.prefix)|\(date.iso)"] = id
            return e + 1
        }
        emitDated(kd, date, range(i, y), token: i, nor: nil)
        return y + 1
    }

    /// "L. 2024-42 du 26 janv. 2024", "D. 2021-1234, 24 sept. 2021": the tokenizer read a
    /// kind's short form and the text's number as an article ("L. 2024-42"). The number is the
    /// text's when a date follows at once (behind "du" or a comma) in the number's year; an
    /// article "L. 2212-2 du CGCT" has no such date after it. Returns the token after the date.
    func scanNumberedShortForm(_ i: Int) -> Int? {
        guard tokens[i].length > 6, s[Int(tokens[i].start) + 1] == ".", let a = parseArticle(i), a.suffix == nil,
              a.prefix.count == 1, isTextNumber(a.number), let ki = lex.abbreviatedKinds[Fold.key(a.prefix + ".")],
              lex.kinds[ki].numbered else { return nil }
        var d = i + 1
        if key(d) == RW.du || key(d) == RW.comma { d += 1 }
        guard kind(d) == .date, sameUnit(i, d), let date = resolveDate(d).date,
              let id = textNumberId(a.number, dateYear: date.year), id.hasPrefix("\(date.year)-") else { return nil }
        let kd = lex.kinds[ki]
        emit("\(kd.prefix):\(id)", kind: kd.kind, range(i, d), token: i)
        numberByDate["\(kd.prefix)|\(date.iso)"] = id
        return d + 1
    }

    /// "a signé le 18 novembre une circulaire", "a adressé jeudi 23 janvier une instruction",
    /// "a signé, vendredi 2 mai, une circulaire": a press item dates the text it reports
    /// before naming it — a participle of `participles`, "le" or a weekday, the date (the
    /// three may stand between commas), then "un"/"une" right before the kind word (an
    /// undated kind's: a law waits for its number). The date token, or nil.
    /// "Le 5 septembre 2025, une circulaire du Premier ministre vient préciser…": a sentence
    /// opening on "Le" and the date, a comma, then the text, dates it too.
    func dateBeforeText(_ i: Int) -> Int? {
        guard i >= 3, key(i - 1) == RW.une || key(i - 1) == RW.un else { return nil }
        let d = key(i - 2) == RW.comma ? i - 3 : i - 2
        if d == i - 3, d >= 1, kind(d) == .date, key(d - 1) == RW.le, sameUnit(i, d - 1),
           d - 1 == 0 || key(d - 2) == RW.period || !sameUnit(d - 2, d - 1) { return d }
        guard i >= 4, d >= 2, kind(d) == .date, sameUnit(i, d - 2) else { return nil }
        var p = key(d - 1) == RW.le || lex.weekdays.contains(key(d - 1)) ? d - 2 : d - 1
        if d < i - 2 {
            // The aside's opening comma, right after the participle.
            guard p >= 1, key(p) == RW.comma else { return nil }
            p -= 1
        }
        return lex.participles.contains(key(p)) ? d : nil
    }

    /// Whether the date a kind word's tail found lies past its complements ("une circulaire
    /// aux maires du département pour préparer le scrutin du 9 juin"): the text's own date
    /// follows it at once ("une circulaire du 2 août") or after its author.
    func tailDateIsFar(_ i: Int, _ dateIndex: Int?) -> Bool {
        guard let d = dateIndex else { return true }
        return d > i + 6
    }

    /// A text cited by its date, without a number: a law, ordonnance or décret waits for the
    /// number the document may give for that date elsewhere (`RawReference.Payload.datedText`);
    /// a circular, instruction, note or protocol is its date.
    func emitDated(_ kd: ReferenceLexicon.TextKind, _ d: CivilDate, _ r: Range<Int>, token: Int, nor: String?) {
        if kd.numbered {
            refs.append(RawReference(payload: .datedText(prefix: kd.prefix, kind: kd.kind, date: d), range: r, alinea: nil, token: token, nor: nor))
        } else {
            emit("\(kd.prefix):\(d.iso)", kind: kd.kind, r, token: token)
            if let n = nor { refs[refs.count - 1].nor = n }
        }
    }

    /// At a text-kind word ("loi", "circulaire"…): returns the token after what was read.
    /// `from` is where the reference's text starts when the word is a short form whose dot
    /// the tokenizer split off (`i` is then that dot).
    func scanText(_ i: Int, kindIndex ki: Int, from first: Int? = nil, unitOf anchor: Int? = nil, dateAtOnce: Bool = false) -> Int {
        let kd = lex.kinds[ki]
        let i0 = first ?? i, u = anchor ?? i
        // "la présente circulaire": the document itself.
        if isPresentDemonstrative(key(i - 1)) { return i + 1 }
        // "Les dossiers en cours d'instruction seront transmis … le 24 mars": the examination
        // of a case, no text of that date.
        if let p = lex.processOpeners[ki], p.contains(key(i - 1)) { return i + 1 }
        // "le juge d'instruction du 15 mars", "un projet d'ordonnance": a kind word in the
        // singular right after "d'" qualifies the noun before it.
        if key(i - 1) == RW.d, kind(i - 1) == .elision, !Fold.string(string(i)).hasSuffix("s") { return i + 1 }
        // "le projet de loi relatif à l'immigration du 1er février 2023", "l'avant-projet de
        // décret du 12 mars 2024": a draft (`draftNouns`) is no text in force.
        if i >= 2, key(i - 1) == RW.de, lex.draftNouns.contains(key(i - 2)) { return i + 1 }
        if namesAnAct(i) || namesCommonSense(i, kindIndex: ki) { return i + 1 }
        if kd.prefix.hasPrefix("ue-") { return scanEU(i, kd) }
        if key(i + 1) == RW.des, let e = scanDaysOfOneMonth(i + 2, kd, from: i0) { return e }
        let tail = textTail(i, kd, unit: u, dateAtOnce: dateAtOnce)
        if tailDateIsFar(i, tail.dateIndex), tail.number == nil, tail.nor == nil, !kd.numbered, let d = dateBeforeText(i), let date = resolveDate(d).date,
           !(kd.prefix == ctx.kind.rawValue && date == ctx.documentDate) {
            emitDated(kd, date, range(d, i), token: i, nor: nil)
            return i + 1
        }
        var number = tail.number
        let norText = tail.nor, dateIndex = tail.dateIndex
        var last = tail.last
        var date: CivilDate?
        var partial: (Int, Int)?
        if let d = dateIndex {
            let r = resolveDate(d)
            // "Signalisation des circulaires du 1er avril au 30 juin 2004": the period a list
            // of texts covers, no text's date.
            if number == nil, norText == nil, periodFollows(r.end) { return r.end + 1 }
            date = r.date; partial = r.partial; last = r.end
            if let shared = yearSharedWithList(d) { date = shared; partial = nil }
            if kd.numbered, number == nil, let (n, e) = numberInParentheses(after: last) ?? numberRightAfterDate(after: last, year: date?.year) {
                number = n; last = e
            }
        } else if let d = tail.wordDate {
            date = d
        } else if kd.prefix == "loi" || kd.prefix == "decret", number == nil, norText == nil, let (n, d, e) = numberAfterName(i) {
            number = n; last = e; date = d
        }
        if judicialOrder(number: number, after: last, kindIndex: ki, heading: i == 0 || tokens[i].newlinesBefore > 0)
            || courtsOrderAfter(last, number: number, kindIndex: ki, at: i) { return last + 1 }
        if let c = courtBeforeOrder(at: i, number: number, kindIndex: ki) {
            if let d = date, let id = rulingId(court: c, date: d) { emit(id, kind: .courtRuling, range(i0, last), token: i) }
            return last + 1
        }
        if kd.numbered, let num = number, let id = textNumberId(num, dateYear: date?.year) {
            emit("\(kd.prefix):\(id)", kind: kd.kind, range(i0, last), token: i)
            if let d = date { numberByDate["\(kd.prefix)|\(d.iso)"] = id }
            if let n = norText { consumedNOR.insert(n) }
            return continuedNumbers(after: last, kd) + 1
        }
        if let d = date {
            if let n = norText { consumedNOR.insert(n) }
            // The document naming itself ("Circulaire du 28 octobre 2024" in its own title, or
            // with its own NOR).
            if kd.prefix == ctx.kind.rawValue, d == ctx.documentDate || titlesDocument(i0), !citationOnly { return last + 1 }
            if let n = norText, n == ownNOR { return last + 1 }
            emitDated(kd, d, range(i0, last), token: i, nor: norText)
            last = continuedDates(after: last, kd)
            return last + 1
        }
        if let p = partial {
            // A day and month with no document date to give the year.
            let mm = p.1 < 10 ? "0\(p.1)" : "\(p.1)", dd = p.0 < 10 ? "0\(p.0)" : "\(p.0)"
            emit("unknown:\(kd.prefix):--\(mm)-\(dd)", kind: .unknown, range(i0, last), token: i)
            warnings.append(Warning(code: "unresolved-reference", message: "\(kd.prefix) dated without a year and no document date",
                                    span: SourceSpan(range(i0, last))))
            return last + 1
        }
        if let n = norText {
            consumedNOR.insert(n)
            // "Circulaire NOR …" with the document's own NOR: the document itself.
            if n == ownNOR { return last + 1 }
            emit("nor:\(n)", kind: .nor, rangeWithoutFinalDot(i0, last), token: i)
            return last + 1
        }
        return i + 1
    }

    /// "Par une ordonnance n° 2107412 du 9 juillet 2021, le juge des référés du tribunal
    /// administratif de Melun a rejeté sa demande", "l'ordonnance de référé-liberté n° 2401234
    /// du 3 mai 2024": a court's order, cited in a judgment's prose — its number a docket
    /// (digits only, no text number's year), or its judge (`judicialAuthors`) named after the
    /// date and a comma. The kind's text ("l'ordonnance n° 2020-1733 du 16 décembre 2020")
    /// has neither.
    func judicialOrder(number: String?, after last: Int, kindIndex ki: Int, heading: Bool = false) -> Bool {
        guard let judges = lex.judicialAuthors[ki] else { return false }
        if let n = number, n.count >= 5, n.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        // "Ordonnance du 18 mai 2020 ⏎ LE JUGE DES RÉFÉRÉS": a judgment's own heading (the
        // kind word opens its line), its judge on the line after the date.
        if heading, last + 1 < tokens.count, tokens[last + 1].newlinesBefore > 0 {
            var j = last + 1
            if key(j) == RW.le || key(j) == RW.la || key(j) == RW.l { j += 1 }
            return judges.contains(key(j)) && tokens[j].newlinesBefore == 0
        }
        // "l'ordonnance du 30 août 2024 du juge des référés du tribunal administratif de
        // Montpellier", "l'ordonnance du 9 juillet 2021 par laquelle le juge des référés…":
        // the judge right after the date, as the order's complement or its relative's subject
        // (`rulingClauseWords` between). A government text's number ("l'ordonnance n° 2020-1733
        // du … par laquelle le président…") keeps it the kind's text.
        var j = last + 1
        while j - last <= 3, lex.rulingClauseWords.contains(key(j)) || key(j) == RW.l, !judges.contains(key(j)) { j += 1 }
        if number == nil, j > last + 1, judges.contains(key(j)), sameUnit(last, j) { return true }
        guard key(last + 1) == RW.comma else { return false }
        j = last + 2
        if key(j) == RW.le || key(j) == RW.la || key(j) == RW.l { j += 1 }
        return judges.contains(key(j)) && sameUnit(last, j)
    }

    /// "Le tribunal administratif de Paris a, par une ordonnance du 5 mars 2024, suspendu…",
    /// "Dans une ordonnance du 21 décembre 2023, le Conseil d'État a suspendu…": the press
    /// writes a court's order as "une ordonnance" dated, the court its subject, named before
    /// it in the sentence or right after the date and a comma. A government's ordonnance is
    /// cited with the definite article or its number, never so. The court's token when it
    /// is the subject of "a, par une ordonnance" ("Le Conseil d'État a validé une ordonnance
    /// du 25 mars 2020" names the government's), or nil.
    func courtBeforeOrder(at i: Int, number: String?, kindIndex ki: Int) -> Int? {
        guard lex.judicialAuthors[ki] != nil, number == nil, i >= 3, key(i - 1) == Self.une,
              key(i - 2) == Self.par || key(i - 2) == Self.dans else { return nil }
        var p = i - 3
        while p > 0, i - p <= 4, key(p) == RW.comma || key(p) == Self.a { p -= 1 }
        guard key(p + 1) == Self.a else { return nil }
        // The court's seat ("de Paris") ends the court's name.
        for c in max(0, p - 8)...p where sameUnit(c, i) {
            if let m = courtAt(c) {
                let end = lex.courts[m.court].place ? place(at: m.end)?.1 ?? m.end : m.end
                if end == p + 1 { return c }
            }
        }
        return nil
    }

    static let par = Fold.key("par"), dans = Fold.key("dans"), a = Fold.key("a")

    /// The same order with its court named after the date and a comma (the court's own scan
    /// dates that ruling).
    func courtsOrderAfter(_ last: Int, number: String?, kindIndex ki: Int, at i: Int) -> Bool {
        guard lex.judicialAuthors[ki] != nil, number == nil, i >= 1, key(i - 1) == Self.une, key(last + 1) == RW.comma else { return false }
        var j = last + 2
        if key(j) == RW.le || key(j) == RW.la || key(j) == RW.l { j += 1 }
        return courtAt(j) != nil && sameUnit(last, j)
    }

    /// The id of the ruling of the court named at token c on date d — nil for a court whose
    /// id needs a seat the text does not give ("le tribunal administratif a, par une
    /// ordonnance du …").
    func rulingId(court c: Int, date d: CivilDate) -> String? {
        guard let m = courtAt(c) else { return nil }
        let court = lex.courts[m.court]
        if !court.place { return "juris:\(court.id):\(d.iso)" }
        return place(at: m.end).map { "juris:\(court.id)-\($0.0):\(d.iso)" }
    }

    static let une = Fold.key("une")

    /// "l'instruction de la demande du 4 mai", "l'instruction du dossier", "une note de frais
    /// du 3 juin": a kind word whose own complement (after "de", "du", "des", "de la", "d'")
    /// is the object of an act (`processNouns`) names the act of examining, the bill — no
    /// text. "la circulaire relative aux demandes d'asile du 4 mai" is a text all the same.
    func namesAnAct(_ i: Int) -> Bool {
        var j = i + 1
        let k = key(j)
        guard k == RW.de || k == RW.du || k == RW.des || k == RW.d, sameUnit(i, j + 1) else { return false }
        j += 1
        if key(j) == RW.la || key(j) == RW.l { j += 1 }
        return lex.processNouns.contains(key(j))
    }

    /// "l'instruction civique du 2 septembre", "la note obtenue à l'examen du 3 juillet", "la
    /// mauvaise note du 3 juin": a word right after or right before the kind word
    /// (`commonAfter`, `commonBefore` of text-kinds.json) makes it a common noun — a training,
    /// a mark — whose date is no text's.
    func namesCommonSense(_ i: Int, kindIndex ki: Int) -> Bool {
        if let after = lex.commonAfter[ki], after.contains(key(i + 1)), sameUnit(i, i + 1) { return true }
        if i >= 1, let before = lex.commonBefore[ki], before.contains(key(i - 1)), sameUnit(i - 1, i) { return true }
        return false
    }

    /// Whether the date ending at token `end` opens a period: "au" and another date follow in
    /// its unit ("du 1er avril au 30 juin 2004").
    func periodFollows(_ end: Int) -> Bool {
        end + 2 < tokens.count && key(end + 1) == RW.au && kind(end + 2) == .date && sameUnit(end, end + 2)
    }

    /// What follows a text-kind word at token i (`scanText`), read within the unit of token
    /// `u`: its number ("n° 2024-42", "2020-1734"), NOR, and the date token after "du".
    struct TextTail {
        var number: String?; var last: Int; var nor: String?; var dateIndex: Int?
        /// A date whose day is written in words ("du premier mars 2021": `dayWordDate`).
        var wordDate: CivilDate?
    }

    /// `dateAtOnce`: a short form dated without "du" ("Ord. 2 nov. 1945").
    func textTail(_ i: Int, _ kd: ReferenceLexicon.TextKind, unit u: Int, dateAtOnce: Bool = false) -> TextTail {
        var j = i + 1
        var tail = TextTail(number: nil, last: i, nor: nil, dateIndex: nil)
        var gap = 0
        var participle = false
        // The tail went past its author (`issuers`): "l'instruction du Premier ministre, chef
        // du Gouvernement, du 12 mars 2021" has its title in apposition after no other word.
        var authored = false
        let titled = lawTitleFollows(i, kd)
        // "la loi relative à la responsabilité pénale et à la sécurité intérieure n° 2022-52":
        // a title too long for the gap, its number after it.
        var limit = i + 20
        if titled, let n = numberAfterTitle(i, unit: u) { j = n; limit = n + 20 }
        else if let d = dateAfterTitle(i, unit: u) { tail.dateIndex = d; tail.last = d; return tail }
        while j < tokens.count, j <= limit, sameUnit(u, j) {
            let k = key(j)
            let tk = tokens[j].kind
            // "… la circulaire demande aux maires Édition du 18 avril 2024": the page's issue.
            if lex.editionLabels.contains(k) { break }
            // "… une circulaire resserre les critères Par Julia Pascual Publié le 3 mai 2025":
            // the page's byline, capitalised.
            if lex.bylineOpeners.contains(k), s[Int(tokens[j].start)].properties.isUppercase { break }
            // "Loin ~ 90-1258" (OCR): the degree sign of a glued "n", read apart.
            if j == i + 1, lex.numberSigns.contains(k), kind(j + 1) == .number { j += 1; continue }
            if let e = quotedNicknameEnd(j) { j = e; continue }
            if tk == .textNumber {
                // "la loi pour la confiance et l'arrêté n° 2024-12": the number of the other
                // text named right before it.
                if tail.number != nil || (j - 1 > i && lex.numberedActs.contains(key(j - 1))) { break }
                tail.number = numberText(j).map(withoutThousandsDot); tail.last = j
                // "circ. PM n° 6095/SG, 1er juill. 2019": a dated kind's series number runs on.
                if !kd.numbered, let e = gluedRunEnd(j, unit: u), e > j + 1 { tail.last = e - 1; j = e; continue }
                // "n° 2016 - 274": a copy spaced the dash out; "n° 2018–778": a word processor
                // made it an en dash.
                if let t = tail.number, let (joined, e) = dashedParts(t, after: j) { tail.number = joined; tail.last = e; j = e }
                j += 1; continue
            }
            if kd.numbered, tail.number == nil, tail.nor == nil, gap == 0, let (t, e) = bareTextNumber(j, unit: u) {
                tail.number = t; tail.last = e; j = e + 1; continue
            }
            if let n = norAt(j) { tail.nor = n.nor; tail.last = n.last; j = n.last + 1; continue }
            // "la circulaire DGS/SD 6 C n° 2001-603 du …": the issuing offices' code, spaced
            // parts and all, before the text's own number is no word of a name.
            if !kd.numbered, tail.number == nil, tail.nor == nil, let e = serviceCodeEnd(j, unit: u) { j = e; continue }
            // "Circulaire NOR: INTB12400718C du 17 décembre 2012": a NOR the scan damaged (a
            // digit doubled) is still the label's value, no word of a name.
            if key(j) == RW.nor, tail.nor == nil, let e = damagedNOREnd(j, unit: u) { tail.last = e - 1; j = e; continue }
            if let e = bracketedNOROrSeries(j, kd, gap: gap, unit: u, &tail) { j = e; continue }
            if tk == .date {
                let prev = key(j - 1)
                // "l'ordonnance du pédiatre du 4 mai": too many words before a date for the kind.
                if tail.number == nil, gap > (kd.dateGap ?? kd.gap), !titled { break }
                // "la circulaire du lundi 4 septembre 2023": a weekday between "du" and the date.
                let weekday = lex.weekdays.contains(prev) && key(j - 2) == RW.du
                if prev == RW.du || prev == RW.des || weekday || (prev == RW.le && (participle || gap <= Self.sentDateGap && sentByVerb(i)))
                    || (j == i + 1 && (dateAtOnce || datesNumberedKindAtOnce(j, kd))) { tail.dateIndex = j }
                break
            }
            // "la note d'information n° DGEF/DIMM/2023/45 du 12 avril 2023": a dated kind's
            // series number, however it is made, is no word of a name.
            if !kd.numbered, k == RW.numero || lex.numberWords.contains(k), tail.number == nil, key(j + 1) != RW.nor, norAt(j + 1) == nil,
               let e = gluedRunEnd(j + 1, unit: u) {
                tail.number = string(j + 1); tail.last = e - 1; j = e; continue
            }
            if lex.textQualifiers.contains(k) { j += 1; continue }
            // "de l'ordonnance n du 2 février 1945": a copy lost the number (and the degree
            // sign) after the number word; the word is no word of a name, as "n°" is not.
            if tail.number == nil, lex.numberWords.contains(k), key(j + 1) == RW.du, kind(j + 2) == .date { j += 1; continue }
            // "Loi n o du 5 mars 2007": the degree sign set apart (`numberSigns`) kept, the number lost.
            if tail.number == nil, lex.numberWords.contains(k), lex.numberSigns.contains(key(j + 1)), key(j + 2) == RW.du, kind(j + 3) == .date { j += 2; continue }
            // "décret en Conseil d'État n° 2011-1212": the procedure, not a court.
            if k == RW.en, let c = courtAt(j + 1) { j = c.end; continue }
            // "décret du Président de la République du …": the signatory, not the text's name.
            if k == RW.du, let m = lex.issuers.match(from: j + 1, limit: tokens.count, key: phraseKey) { j = m.end; authored = true; continue }
            if k == RW.du, gap <= (kd.dateGap ?? kd.gap), let (d, e) = dayWordDate(j + 1) { tail.wordDate = d; tail.last = e; break }
            if k == RW.du || k == RW.le || k == RW.en || k == RW.date { j += 1; continue }
            // "la circulaire qui leur a été adressée à cet égard, le 31 janvier 1820".
            if k == RW.comma, participle, key(j + 1) == RW.le, kind(j + 2) == .date { j += 1; continue }
            // "une circulaire adressée aux préfets, mercredi 25 novembre 2015": a press item's
            // weekday and date set off after the participle.
            if k == RW.comma, participle, lex.weekdays.contains(key(j + 1)), kind(j + 2) == .date, sameUnit(j, j + 2) {
                tail.dateIndex = j + 2; break
            }
            // "une circulaire du ministre de l'Intérieur, datée du 5 février": a participle
            // after the comma dates the text; so does "en date du" ("une circulaire de M. le
            // Ministre de l'Intérieur, en date du 2 mars 1881").
            if k == RW.comma, lex.participles.contains(key(j + 1)), key(j + 2) == RW.du || key(j + 2) == RW.le, kind(j + 3) == .date {
                participle = true; j += 2; continue
            }
            if k == RW.comma, key(j + 1) == RW.en, key(j + 2) == RW.date, key(j + 3) == RW.du, kind(j + 4) == .date {
                j += 1; continue
            }
            // "la circulaire du garde des Sceaux, ministre de la justice, du 14 mai 2014": the
            // author's title in apposition, then the date set off by a comma.
            if k == RW.comma, !kd.numbered, gap > 0 || authored, tail.number == nil, tail.nor == nil, let c = appositionEnd(j, unit: u),
               let d = setOffDate(c) {
                tail.dateIndex = d; break
            }
            if k == RW.comma, let d = datedAfterComma(j, gap: gap, tail, kd) {
                if d == j + 1 { tail.dateIndex = d; break }
                j += 1; continue
            }
            // "Dépêche-circulaire CRIM-PJ n° H7 tome 3 DACG du 11 février 2002": the series'
            // volume and its author's acronym stand between its number and its date.
            if !kd.numbered, tail.number != nil, let e = seriesTrailEnd(j, unit: u) { j = e; continue }
            // "les instructions de la Circ. n° 2019-12 du …": another kind's short form ends the tail.
            if isStop(j) || k == RW.comma || k == RW.open || lex.kindWords[k] != nil || lex.articleWords.contains(k)
                || (visibleLength(j) > 2 && lex.abbreviatedKinds[k] != nil) { break }
            if tail.number != nil || tail.nor != nil { break }
            // "une circulaire sera publiée le 3 mai": announced, the date is no text's.
            if lex.participles.contains(k) { participle = !lex.futureAuxiliaries.contains(key(j - 1)) }
            // "les instructions publiées avant le 1er mai 2009": a period's bound, no text's date.
            if participle, lex.periodBounds.contains(k) { break }
            // "la loi de programmation du …", "son décret d'application n° …": the preposition
            // of a text's descriptive name is no word of its own.
            // "la loi d'orientation … du ministère de l'intérieur n° 2023-22": in a title, "l'" too.
            if k == RW.de || k == RW.d || (titled && k == RW.l) { j += 1; continue }
            // "la loi dite Perben II du 9 mars 2004": the numeral is part of the nickname's word.
            if gap > 0, isRomanNumeral(j) { j += 1; continue }
            gap += 1
            if gap > kd.gap && !(titled && gap <= Self.lawTitleGap && !lex.codeVerbs.contains(k)) { break }
            j += 1
        }
        return tail
    }

    /// "Le ministre adresse une première circulaire aux préfectures le 30 octobre 2005", "a
    /// signé une instruction aux préfets le 3 mars": a verb of `participles` ("adresse",
    /// "signé", "envoyé"…) right before the kind word, a determiner and an adjective between,
    /// sends the text — the "le" date after its recipient, within `sentDateGap` words, is the
    /// text's, as "adressée le…" after it is.
    func sentByVerb(_ i: Int) -> Bool {
        (max(0, i - 3)..<i).contains { lex.participles.contains(key($0)) }
    }
    /// The most words (the recipient's) between a sent text's kind word and its "le" date.
    static let sentDateGap = 3

    /// From a "NOR" label at token j (its colon allowed): one token of a NOR's shape that a
    /// scan damaged — four capitals, then 6 to 9 digits, a capital last (a digit dropped or
    /// doubled). The token after it, or nil.
    func damagedNOREnd(_ j: Int, unit u: Int) -> Int? {
        var k = j + 1
        if key(k) == RW.colon { k += 1 }
        guard k < tokens.count, sameUnit(u, k), kind(k) == .word else { return nil }
        let v = Array(string(k).unicodeScalars)
        guard v.count >= 11, v.count <= 14 else { return nil }
        let upper = { (x: Unicode.Scalar) in x.value >= 0x41 && x.value <= 0x5A }
        let digit = { (x: Unicode.Scalar) in x.value >= 0x30 && x.value <= 0x39 }
        guard v.prefix(4).allSatisfy(upper), upper(v[v.count - 1]), v.dropFirst(4).dropLast().allSatisfy(digit) else { return nil }
        return k + 1
    }

    /// From token j after a dated text's series number: its volume ("tome 3") and its
    /// author's acronyms ("DACG"), at most four tokens, when "du" and a date follow them in
    /// the unit. The "du" token, or nil (any other word ends the text's tail).
    func seriesTrailEnd(_ j: Int, unit u: Int) -> Int? {
        var e = j
        while e < j + 4, e + 1 < tokens.count, sameUnit(u, e) {
            if key(e) == RW.du, kind(e + 1) == .date { return e > j ? e : nil }
            if isAcronym(e) { e += 1; continue }
            if lex.seriesVolumes.contains(key(e)), kind(e + 1) == .number { e += 2; continue }
            return nil
        }
        return nil
    }

    /// "décret 2020-1734", "loi 2018-778 du 10 septembre 2018", "décret numéro 2019-1012": from
    /// token j of a numbered kind's tail, a number without "n°" (or after a number word), when
    /// it has a text number's shape (never a date or a year). The number and its last token.
    func bareTextNumber(_ j: Int, unit u: Int) -> (String, Int)? {
        var at = afterNumberWord(j) ?? afterPluralNumberSign(j) ?? j
        // "l'ordonnance n° : 2020-1733", "la loi No : 2016-274": a form's label, its colon
        // before the number.
        let colon = key(j) == RW.numero ? j + 1 : at
        if colon > j, key(colon) == RW.colon { at = colon + 1 }
        // "loi numéro 2024–42", "ordonnance n. 2020–1310": its dash split off too.
        guard kind(at) == .number, sameUnit(u, at), let (t0, e0) = dottedThousands(at) else { return nil }
        let (t, e) = dashedParts(t0, after: e0) ?? (t0, e0)
        return isTextNumber(t) ? (t, e) : nil
    }

    /// "du premier mars 2021": a day written in words (`dayWords`) at token j, a month's name
    /// (its abbreviation's dot may follow) and a year of four digits, in one unit. The date
    /// and its last token, or nil ("le premier ministre", "le premier mars" without a year).
    func dayWordDate(_ j: Int) -> (CivilDate, Int)? {
        guard let day = lex.dayWords[key(j)], kind(j + 1) == .word, let month = lex.months[Fold.string(string(j + 1))] else { return nil }
        var y = j + 2
        if key(y) == RW.period, tokens[y].start == tokens[y - 1].end { y += 1 }
        guard kind(y) == .number, let t = numberText(y), t.count == 4, let year = Int(t), sameUnit(j, y),
              let d = CivilDate(year: year, month: month, day: day) else { return nil }
        return (d, y)
    }

    /// "loi 1er juillet 1901", "décret 16 décembre 2020": a law, ordonnance or décret dated
    /// without "du" by a full date (day, month and year) right after its kind word, as a
    /// title or an index writes it, its month in words. A date without its year ("la loi 3
    /// mai") dates nothing, nor one in figures ("le décret 12/05/2019", "décret 2018-09-10":
    /// a number's shape, no title's date).
    func datesNumberedKindAtOnce(_ j: Int, _ kd: ReferenceLexicon.TextKind) -> Bool {
        kd.numbered && string(j).contains(where: \.isLetter) && parseDate(j)?.year != nil
    }

    /// The most words a law's name may take between "loi" and "du <date>" (`lawTitleFollows`).
    static let lawTitleGap = 5
    static let qui = Fold.key("qui")

    /// Whether the law at token i is named before its date by a nickname or its title: "la loi
    /// Informatique et libertés du 6 janvier 1978", "la loi ELAN du 23 novembre 2018", "la
    /// loi pour une République numérique du 7 octobre 2016". A capitalised word or "pour"
    /// right after "loi" opens a name, which may then take up to `lawTitleGap` words (a verb
    /// of `codeVerbs` still ends it: "la loi ELAN a supprimé ce régime à compter du 1er
    /// janvier 2019" is no law of that date). Other kinds, and laws described in lower case
    /// ("la loi s'applique du…"), keep their kind's gap.
    func lawTitleFollows(_ i: Int, _ kd: ReferenceLexicon.TextKind) -> Bool {
        guard kd.prefix == "loi" else { return false }
        // "la loi organique relative à …": the qualifier comes before the title.
        var t = i + 1
        while t - i <= 2, lex.textQualifiers.contains(key(t)), kind(t + 1) == .word { t += 1 }
        guard sameUnit(i, t), kind(t) == .word || kind(t) == .elision else { return false }
        // "la loi de finances pour 2024 n° 2023-1322", "la loi d'orientation et de
        // programmation du ministère de l'intérieur n° 2023-22": a law's kind (`lawTitleWords`)
        // after "de" opens its title in lower case.
        if key(t) == RW.de || key(t) == RW.d { return lex.lawTitleWords.contains(key(t + 1)) }
        // "la loi relative à …", "la loi confortant le respect …" (`lawTitleOpeners`). A
        // numeral alone is no name ("la loi II et III du …"): it follows one ("Perben II").
        return lex.lawTitleOpeners.contains(key(t)) || (isUpperInitial(t) && !isRomanNumeral(t))
    }

    /// The most tokens a law's title may run before its number (`numberAfterTitle`).
    static let lawTitleSpan = 45

    /// "la loi relative à la différenciation, la décentralisation, la déconcentration et
    /// portant diverses mesures … n° 2022-217", "la loi d'orientation et de programmation pour
    /// la performance de la sécurité intérieure, dite LOPPSI 2, n° 2011-267": a law's title
    /// (`lawTitleFollows`) of any length, then its number. "n°" and a text number's shape
    /// make the number the law's wherever it closes the title: the title runs within the
    /// unit, without a stop, a date (a title dated first is the tail's own), a verb of
    /// `codeVerbs` ("la loi pour X a créé le fichier n° …"), another kind of text, or a word
    /// of `otherTexts` right before the number ("… et l'arrêté n° 2024-12"). The number's
    /// token, or nil.
    func numberAfterTitle(_ i: Int, unit u: Int) -> Int? {
        var j = i + 1, comma = false
        while j < tokens.count, j - i <= Self.lawTitleSpan, sameUnit(u, j) {
            let k = key(j)
            if k == RW.comma { comma = true }
            if kind(j) == .textNumber {
                guard let t = numberText(j), isTextNumber(withoutThousandsDot(t)), !lex.numberedActs.contains(key(j - 1)) else { return nil }
                return j
            }
            // "la loi relative aux libertés et responsabilités des universités du 10 août 2007":
            // the title's end dated; the tail reads the date from its "du" — not past a comma
            // ("…, publiée au Journal officiel du 27 janvier").
            if kind(j) == .date { return key(j - 1) == RW.du && j - 1 > i + 1 && !comma ? j - 1 : nil }
            // "à" folds to the verb "a" of `codeVerbs`: a preposition of the title.
            if isStop(j) || k == RW.open || (lex.codeVerbs.contains(k) && exactKey(j) != Self.graveA) || lex.kindWords[k] != nil
                || k == Self.que || k == Self.qui { return nil }
            j += 1
        }
        return nil
    }
    static let graveA = WordKey.exact("à")

    /// "la loi relative à l'immigration et à l'intégration, du 26 janvier 2024", "le décret
    /// portant diverses dispositions relatives à l'asile, en date du 16 décembre 2020", "la loi
    /// pour contrôler l'immigration, améliorer l'intégration (du 26 janvier 2024)": a text's
    /// title (a word of `lawTitleOpeners` right after the kind word and its qualifiers), of
    /// any length and with commas of its own, then the text's date set off by a comma, a
    /// bracket or a dash (`setOffDate`). Without the comma the date is the last noun's ("…
    /// de la loi du 17 février 2024"); with it, the title's. The title runs within the unit,
    /// without a stop, a number or a date of its own (another text cited there keeps its
    /// date), a verb of `codeVerbs` or a relative pronoun. The date token, or nil.
    func dateAfterTitle(_ i: Int, unit u: Int) -> Int? {
        var t = i + 1
        while t - i <= 2, lex.textQualifiers.contains(key(t)), kind(t + 1) == .word { t += 1 }
        guard sameUnit(i, t), lex.lawTitleOpeners.contains(key(t)) else { return nil }
        var j = t + 1
        while j < tokens.count, j - i <= Self.lawTitleSpan, sameUnit(u, j) {
            let k = key(j)
            if k == RW.comma || k == RW.open || k == RW.dash || k == Self.enDash || k == Self.emDash, let d = setOffDate(j) { return d }
            if kind(j) == .textNumber || kind(j) == .date || isStop(j) || k == Self.que || k == Self.qui
                || (lex.codeVerbs.contains(k) && exactKey(j) != Self.graveA) { return nil }
            j += 1
        }
        return nil
    }

    /// "…, ministre de la justice, …": from the comma at token j, a title in apposition — a
    /// few lower-case words, no kind word, article or stop — closed by a second comma; that
    /// comma's token, or nil.
    func appositionEnd(_ j: Int, unit u: Int) -> Int? {
        var m = j + 1
        while m < tokens.count, m - j <= Self.appositionWords, sameUnit(u, m), key(m) != RW.comma {
            guard let t = kind(m), t == .word || t == .elision, !isStop(m), lex.kindWords[key(m)] == nil,
                  !lex.articleWords.contains(key(m)), !s[Int(tokens[m].start)].properties.isUppercase || m > j + 1 else { return nil }
            m += 1
        }
        return m > j + 1 && key(m) == RW.comma ? m : nil
    }
    /// The most words of an author's title in apposition (`appositionEnd`).
    static let appositionWords = 7

    /// After a comma, a bracket or a dash at token j, a text's date: "du <date>", "en date du
    /// <date>", or a participle of `participles` and "du"/"le" ("datée du", "promulguée le").
    /// The date token, or nil.
    func setOffDate(_ j: Int) -> Int? {
        var d = j + 1
        if lex.participles.contains(key(d)) {
            guard key(d + 1) == RW.du || key(d + 1) == RW.le else { return nil }
            d += 2
        } else if key(d) == RW.en, key(d + 1) == RW.date, key(d + 2) == RW.du {
            d += 3
        } else if key(d) == RW.du {
            d += 1
        } else {
            return nil
        }
        return d < tokens.count && kind(d) == .date && sameUnit(j, d) ? d : nil
    }

    /// "n°s 2021-1234 et 2021-1235": the plural number sign, read as "n°" and a glued word
    /// "s"; the token after it.
    func afterPluralNumberSign(_ j: Int) -> Int? {
        guard key(j) == RW.numero, key(j + 1) == Self.pluralS, tokens[j + 1].start == tokens[j].end else { return nil }
        return j + 2
    }

    /// "Une précédente circulaire, du 17 novembre 2022, …", "la circulaire, en date du 5 mai
    /// 2021", "Circ. DACG, 28 août 2019": a date set off by a comma right after the kind word
    /// (or after one acronym naming its author; a date without "du" only then) dates the text.
    /// Returns the date token, or the token after the comma when "du"/"en date du" leads to it.
    func datedAfterComma(_ j: Int, gap: Int, _ tail: TextTail, _ kd: ReferenceLexicon.TextKind) -> Int? {
        // "Circ. PM n° 6095/SG, 1er juill. 2019": a dated kind's series number, then its date.
        // "circ. NOR : INTK1229185C, 28 nov. 2012", "la circulaire NOR …, du 28 novembre 2012": or its NOR.
        if !kd.numbered, tail.number != nil || tail.nor != nil, j == tail.last + 1, sameUnit(j, j + 1) {
            if kind(j + 1) == .date { return j + 1 }
            if key(j + 1) == RW.du, kind(j + 2) == .date, sameUnit(j, j + 2) { return j + 2 }
        }
        guard tail.number == nil, tail.nor == nil, gap <= 1, sameUnit(j, j + 1) else { return nil }
        if key(j + 1) == RW.du, kind(j + 2) == .date { return j + 2 }
        if key(j + 1) == RW.en, key(j + 2) == RW.date, key(j + 3) == RW.du, kind(j + 4) == .date { return j + 2 }
        if gap == 1, kind(j + 1) == .date, isAcronym(j - 1) { return j + 1 }
        return nil
    }

    /// "DGEF/DIMM/2023/45", "2022/E1", "6095/SG" after "n°": the tokens glued to one another
    /// from token j (a series number of a circular or a note, with its slashes), at most
    /// sixteen — the offices of a joint instruction make long ones ("DGS/EA1/DGPR/DGAL/2018/150",
    /// "DHOS/O2/DGS/6C/2004/44"). A bureau's code inside it ("DGOS/R3/2019/12") reads as an
    /// article token. The token after them, or nil when j starts no such run.
    func gluedRunEnd(_ j: Int, unit u: Int) -> Int? {
        guard let k0 = kind(j), k0 == .word || k0 == .number || k0 == .textNumber || k0 == .article, sameUnit(u, j), kind(j) != .date else { return nil }
        var e = j + 1
        while e < tokens.count, e - j < 16, tokens[e].start == tokens[e - 1].end, kind(e) != .date,
              let k = kind(e), k == .word || k == .number || k == .article || key(e) == RW.slash || key(e) == RW.dash {
            e += 1
        }
        return e
    }

    /// In a kind's tail at token j: "la circulaire (NOR INTV2300123J) du 3 mars 2023" (the NOR
    /// in brackets), or "Circ. Crim. 2023-05/G3 du …", "la note DGPN/CAB/2022-0045 du …" (a
    /// dated kind's series number written without "n°", its parts glued by slashes — but "la
    /// circulaire SG/DAJ n° 2019-03": a run followed by its number is the author's). Records
    /// it in `tail`; the token after it, or nil.
    func bracketedNOROrSeries(_ j: Int, _ kd: ReferenceLexicon.TextKind, gap: Int, unit u: Int, _ tail: inout TextTail) -> Int? {
        if key(j) == RW.open, tail.nor == nil, let n = norAt(j + 1), key(n.last + 1) == RW.close, sameUnit(u, n.last + 1) {
            tail.nor = n.nor; tail.last = n.last + 1
            return n.last + 2
        }
        // "circ. DAP 2021-04/PMJ1, 9 mars 2021": the author's acronym may come first.
        let afterAuthor = gap == 1 && isAcronym(j - 1)
        // ("Note D14-002409/DEF/EMA/PPS": a series opening on a letter glued to digits reads
        // as an article token.)
        guard !kd.numbered, gap == 0 || afterAuthor, tail.number == nil, tail.nor == nil, kind(j) == .number || kind(j) == .article || isAcronym(j) else { return nil }
        if let e = slashedSeriesEnd(j, unit: u), kind(e) != .textNumber, key(e) != RW.numero, !lex.numberWords.contains(key(e)) {
            tail.number = string(j); tail.last = e - 1
            return e
        }
        // "circ. DGEF 2022-04, 3 mars 2022": after the acronym, a plain number the comma sets
        // off from the date is the series number too.
        guard afterAuthor, kind(j) == .number, key(j + 1) == RW.comma, kind(j + 2) == .date, sameUnit(u, j + 2) else { return nil }
        tail.number = string(j); tail.last = j
        return j + 1
    }

    /// "2023-05/G3", "DGPN/CAB/2022-0045": a run of glued tokens from token j (`gluedRunEnd`)
    /// with a slash in it — a series number even without "n°", where a plain number or word
    /// is none. The token after the run, or nil.
    func slashedSeriesEnd(_ j: Int, unit u: Int) -> Int? {
        guard let e = gluedRunEnd(j, unit: u), e > j + 2, (j + 1..<e).contains(where: { key($0) == RW.slash }) else { return nil }
        return e
    }

    /// "DGS/SD 6 C", "DGS/SP 3", "DSS/2A/DGAS/1C", "DGS/VS 2 - DH/EO 2 - DSS/1C": the social
    /// and health ministries' circulars name their issuing offices by a code of acronyms,
    /// bureau numbers and letters, slashes and dashes, before "n°" and the text's number. From
    /// an acronym with a slash at token j, over such parts only (within 16 tokens of the unit),
    /// to a "n°": the token of the "n°", or nil.
    func serviceCodeEnd(_ j: Int, unit u: Int) -> Int? {
        guard isAcronym(j), key(j + 1) == RW.slash else { return nil }
        var e = j + 1
        while e < tokens.count, e - j < 16, sameUnit(u, e) {
            if kind(e) == .textNumber || key(e) == RW.numero || lex.numberWords.contains(key(e)) { return e > j + 2 ? e : nil }
            // A bureau's number ("3"), letter ("C") or code of capitals and digits ("MC4", "E1").
            let part = key(e) == RW.slash || key(e) == RW.dash
                || (kind(e) == .number && tokens[e].length <= 2)
                || (kind(e) == .word && tokens[e].length <= 6 && tokens[e].range.allSatisfy { s[$0] >= "A" && s[$0] <= "Z" || s[$0] >= "0" && s[$0] <= "9" })
            guard part else { return nil }
            e += 1
        }
        return nil
    }

    /// An all-capital word of two letters or more ("DACG", "DGEF"): a service's acronym.
    func isAcronym(_ j: Int) -> Bool {
        guard j >= 0, kind(j) == .word, tokens[j].length >= 2 else { return false }
        return tokens[j].range.allSatisfy { s[$0] >= "A" && s[$0] <= "Z" }
    }

    /// A text's nickname in quotes between its kind and its number or date ("la loi
    /// « informatique et libertés » n° 78-17", "la loi « immigration » du 26 janvier 2024"):
    /// the token after the closing quote, if it closes within eight words of the same unit.
    func quotedNicknameEnd(_ j: Int) -> Int? {
        guard RW.quotes.contains(key(j)) else { return nil }
        var e = j + 1
        while e < tokens.count, e - j <= 9, sameUnit(j, e) {
            if RW.quotes.contains(key(e)) { return e > j + 1 ? e + 1 : nil }
            if isStop(e) { return nil }
            e += 1
        }
        return nil
    }

    /// "la loi du 26 janvier 2024 (n° 2024-42)": the number given in parentheses after the
    /// date; the number and the closing parenthesis' token.
    func numberInParentheses(after last: Int) -> (String, Int)? {
        guard key(last + 1) == RW.open, kind(last + 2) == .textNumber, key(last + 3) == RW.close, sameUnit(last, last + 3),
              let t = numberText(last + 2).map(withoutThousandsDot), isTextNumber(t) else { return nil }
        return (t, last + 3)
    }

    /// "la loi du 10 juillet 1991 n° 91-647", "le décret du 29 avril 2004, n° 2004-374": the
    /// number written after the date without parentheses — only when its year is the
    /// date's (a number of another year there is another text's, or a list's).
    func numberRightAfterDate(after last: Int, year: Int?) -> (String, Int)? {
        guard let y = year else { return nil }
        let k = key(last + 1) == RW.comma ? last + 2 : last + 1
        guard kind(k) == .textNumber, sameUnit(last, k), let t = numberText(k).map(withoutThousandsDot), isTextNumber(t),
              let id = textNumberId(t, dateYear: y), id.hasPrefix("\(y)-") else { return nil }
        return (t, k)
    }

    /// "la loi de finances pour 2024 (n° 2023-1322 du 29 décembre 2023)", "la loi relative à
    /// l'immigration (n° 2024-42)": a law named by its title, its number (and date) given in
    /// parentheses right after the name. The name runs within the unit, without a comma, a
    /// stop, another text or an article between. The number, its date if any, and the last
    /// token read (the closing parenthesis when near).
    func numberAfterName(_ i: Int) -> (String, CivilDate?, Int)? {
        // Where the parenthesis opens (a comparison of keys per word; most texts named
        // without a number have none), then the words of the name.
        var p = i + 1
        while p < tokens.count, p - i <= 12, key(p) != RW.open {
            let k = key(p)
            if k == RW.period || k == RW.comma || k == RW.semicolon || k == RW.colon { return nil }
            p += 1
        }
        guard p + 1 < tokens.count, key(p) == RW.open, kind(p + 1) == .textNumber, sameUnit(i, p) else { return nil }
        var j = i + 1
        while j <= p {
            let k = key(j)
            if k == RW.open {
                guard kind(j + 1) == .textNumber, let t = numberText(j + 1).map(withoutThousandsDot), isTextNumber(t) else { return nil }
                // Nothing but the number and its date in the parentheses: "(n° 2024-42 de la
                // liste)" is no citation of the text.
                var date: CivilDate?, e = j + 2
                if key(e) == RW.du, kind(e + 1) == .date { let r = resolveDate(e + 1); date = r.date; e = r.end + 1 }
                if key(e) == RW.close { return (t, date, e) }
                // "trois décrets (n° 2025-723, n° 2025-724 et n° 2025-726)": a list of numbers
                // alone in the parentheses; the first here, the others `continuedNumbers`'.
                return date == nil && numberListCloses(from: e) ? (t, nil, j + 1) : nil
            }
            if isStop(j) || k == RW.comma || k == RW.semicolon || k == Self.que || k == Self.qui || lex.kindWords[k] != nil
                || lex.articleWords.contains(k) { return nil }
            j += 1
        }
        return nil
    }

    /// Whether the tokens from `e` are only list separators and text numbers up to a closing
    /// parenthesis, within a few numbers: "…, n° 2025-724 et n° 2025-726)".
    func numberListCloses(from e: Int) -> Bool {
        var q = e
        while q < tokens.count, q - e <= Self.parenthesisedListTokens {
            let k = key(q)
            if k == RW.close { return q > e }
            guard k == RW.comma || k == RW.et || k == RW.numero || kind(q) == .textNumber else { return false }
            q += 1
        }
        return false
    }
    /// The most tokens of a list of numbers in parentheses after its first one.
    static let parenthesisedListTokens = 16

    /// The number at token k, with a thousands dot a copy put in its last part
    /// ("2008-1.350" → "2008-1350"): the number and its last token.
    func dottedThousands(_ k: Int) -> (String, Int)? {
        guard let t = numberText(k) else { return nil }
        if key(k + 1) == RW.period, kind(k + 2) == .number, tokens[k + 1].start == tokens[k].end, tokens[k + 2].start == tokens[k + 1].end,
           let more = numberText(k + 2), more.count == 3, t.containsBytes("-") {
            return (t + more, k + 2)
        }
        return (t, k)
    }

    /// "n° 2016 - 274" (a copy spaced the dash out), "n° 2018–778" (a word processor made it
    /// an en dash): a text's number split at its dash after token e, whose first part is `t`.
    /// The joined number and its last token, when the whole has a text number's shape.
    func dashedParts(_ t: String, after e: Int) -> (String, Int)? {
        guard !t.containsBytes("-"), key(e + 1) == RW.dash || key(e + 1) == Self.enDash, kind(e + 2) == .number,
              let r = numberText(e + 2), isTextNumber(t + "-" + r) else { return nil }
        return (t + "-" + r, e + 2)
    }

    /// "2008-1.350" → "2008-1350": a thousands dot in the number after the year.
    func withoutThousandsDot(_ t: String) -> String {
        let parts = t.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let dot = parts[1].firstIndex(of: "."), parts[1][parts[1].index(after: dot)...].count == 3,
              parts[1].allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }) else { return t }
        return "\(parts[0])-\(parts[1].replacingOccurrences(of: ".", with: ""))"
    }

    /// "2018-778", "98-349": a year (two or four digits) and a number, nothing else. A date
    /// is its own token; a plain year has no number.
    func isTextNumber(_ t: String) -> Bool {
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2 || parts[0].count == 4, (1...5).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        if parts[0].count == 4, let y = Int(parts[0]) { return y >= 1945 && y <= 2099 }
        return true
    }

    /// After a list item ending at token `last`: the token after its separator (",", "et",
    /// ", et"), or nil when the list ends there.
    func afterListSeparator(_ last: Int) -> Int? {
        var j = last + 1
        guard key(j) == RW.comma || key(j) == RW.et else { return nil }
        j += 1
        if key(j) == RW.et { j += 1 }
        return j
    }

    /// After a list's separator, the pronoun that stands for the text just named ("la
    /// circulaire du 31 octobre 1991 et celle du 14 décembre 1998", "le décret n° 2004-374 et
    /// celui n° 2010-146"): the token after it when a number or "du"/"des" and a date follow.
    func afterTextPronoun(_ j: Int) -> Int {
        guard lex.textPronouns.contains(key(j)), sameUnit(j, j + 1) else { return j }
        let n = j + 1
        if kind(n) == .textNumber || key(n) == RW.numero || lex.numberWords.contains(key(n)) { return n }
        return (key(n) == RW.du || key(n) == RW.des) && kind(n + 1) == .date ? n : j
    }

    /// A capital roman numeral of a few letters ("II", "IV"): the number of a nickname
    /// ("Perben II", "Dublin III").
    func isRomanNumeral(_ j: Int) -> Bool {
        guard kind(j) == .word, tokens[j].length <= 4 else { return false }
        return tokens[j].range.allSatisfy { s[$0] == "I" || s[$0] == "V" || s[$0] == "X" }
    }

    /// A list of texts of one kind: "circulaires des 16 août 2019 et 29 septembre 2020",
    /// "Circulaires n° 93-25 du 28 septembre 1993, n° 95-11 du 12 mai 1995 et du 3 mars
    /// 1996", "les lois des 26 janvier 2024 et 10 septembre 2018": each further date is another
    /// text of that kind (a law's date waits for its number, as the first one's). Returns the
    /// last token used.
    func continuedDates(after last0: Int, _ kd: ReferenceLexicon.TextKind) -> Int {
        var last = last0
        while true {
            guard var j = afterListSeparator(last).map(afterTextPronoun) else { return last }
            // "n° 18 octobre 1994": a copy that lost the number left "n°" before the date.
            if j + 2 < tokens.count, kind(j) == .textNumber, let day = numberText(j).flatMap({ Int($0) }), (1...31).contains(day),
               let month = lex.months[Fold.string(string(j + 1))], kind(j + 2) == .number,
               let y = numberText(j + 2).flatMap({ Int($0) }), (1800...2100).contains(y), sameUnit(last, j + 2),
               let d = CivilDate(year: y, month: month, day: day) {
                emitDated(kd, d, range(j, j + 2), token: j, nor: nil)
                last = j + 2
                continue
            }
            // A law's number is its id, not a date's: such a list is `continuedNumbers`' own.
            if kd.numbered, kind(j) == .textNumber || key(j) == RW.numero || lex.numberWords.contains(key(j)) { return last }
            if kind(j) == .textNumber { j += 1 } else if key(j) == RW.numero || lex.numberWords.contains(key(j)) { j += 1; if kind(j) == .number { j += 1 } }
            if key(j) == RW.du { j += 1 }
            guard kind(j) == .date, sameUnit(last, j) else { return last }
            let r = resolveDate(j)
            guard let d = r.date else { return last }
            emitDated(kd, d, range(j, r.end), token: j, nor: nil)
            last = r.end
        }
    }

    /// "les circulaires des 12 mars et 6 juin 2023": a date without its year, in a list whose
    /// next date has one, is of that year (of the year before when its month comes later:
    /// "des 12 décembre et 6 janvier 2024"), not of the document's. Nil otherwise.
    func yearSharedWithList(_ d: Int) -> CivilDate? {
        guard let p = parseDate(d), p.year == nil, lex.dateDirections[key(d + 1)] == nil, var j = afterListSeparator(d) else { return nil }
        if key(j) == RW.du { j += 1 }
        guard kind(j) == .date, sameUnit(d, j), let q = parseDate(j), let y = q.year else { return nil }
        let year = (p.month, p.day) > (q.month, q.day) ? y - 1 : y
        return CivilDate(year: year, month: p.month, day: p.day)
    }

    /// "les instructions des 4 et 17 décembre 2023", "circulaires des 2, 9 et 16 mai 2024":
    /// days listed before one date each name a text of that date's month and year (the
    /// earlier days only; "des 4 et 2 mai" is no such list). From the first day at j0; returns
    /// the token after the last text, or nil when the tokens are no such list.
    func scanDaysOfOneMonth(_ j0: Int, _ kd: ReferenceLexicon.TextKind, from first: Int) -> Int? {
        var days: [(day: Int, token: Int)] = []
        var j = j0
        while kind(j) == .number, sameUnit(first, j), let t = numberText(j), t.count <= 2, let d = Int(t), (1...31).contains(d) {
            days.append((d, j))
            guard let n = afterListSeparator(j) else { return nil }
            j = n
        }
        guard !days.isEmpty, kind(j) == .date, sameUnit(first, j) else { return nil }
        let r = resolveDate(j)
        guard let end = r.date else { return nil }
        var dates: [CivilDate] = []
        for x in days {
            guard let d = CivilDate(year: end.year, month: end.month, day: x.day), d < end, dates.last.map({ $0 < d }) ?? true else { return nil }
            dates.append(d)
        }
        for (n, x) in days.enumerated() {
            emitDated(kd, dates[n], range(n == 0 ? first : x.token, x.token), token: x.token, nor: nil)
        }
        emitDated(kd, end, range(j, r.end), token: j, nor: nil)
        return continuedDates(after: r.end, kd) + 1
    }

    /// "les lois n° 2016-274 et n° 2018-778", "les décrets n° 2020-1734 et 2020-1735 du 16
    /// décembre 2020": each further number of the list is another text of that kind. Returns
    /// the last token used.
    func continuedNumbers(after last0: Int, _ kd: ReferenceLexicon.TextKind) -> Int {
        var last = last0
        while true {
            guard var j = afterListSeparator(last).map(afterTextPronoun) else { return last }
            if key(j) == RW.numero || lex.numberWords.contains(key(j)) { j += 1 }
            guard kind(j) == .textNumber || kind(j) == .number, sameUnit(last, j), let t = numberText(j), isTextNumber(t) else { return last }
            // "l'article 5 de la loi n° 78-17 et 63-1 du CPP": a bare number closed by a code
            // is that code's article.
            if kind(j) == .number, namesCode(at: j + 1, from: j) { return last }
            var end = j, year: Int? = nil
            if key(j + 1) == RW.du, kind(j + 2) == .date, let d = resolveDate(j + 2).date { year = d.year; end = j + 2 }
            guard let id = textNumberId(t, dateYear: year) else { return last }
            emit("\(kd.prefix):\(id)", kind: kd.kind, range(j, end), token: j)
            last = end
        }
    }

    /// "2024-42" → "2024-42"; "71-569" (with a 1971 date) → "1971-569". Two-digit years are
    /// of the 1900s (texts are numbered with four digits since 2000), or the date's year. A
    /// number without its year ("n° 2016") cannot be made canonical: nil.
    func textNumberId(_ num: String, dateYear: Int?) -> String? {
        let parts = num.split(separator: "-", maxSplits: 1)
        guard let first = parts.first, first.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard parts.count == 2 else { return nil }
        let rest = parts[1]
        if first.count == 4 { return "\(first)-\(rest)" }
        if first.count == 2, let yy = Int(first) {
            let year = dateYear.map { $0 % 100 == yy ? $0 : 1900 + yy } ?? 1900 + yy
            return "\(year)-\(rest)"
        }
        return String(num)
    }

    /// "directive 2008/115/CE" → ue-directive:2008/115; "règlement (UE) n° 604/2013" →
    /// ue-reglement:604/2013; "règlement (UE) 2016/679" → ue-reglement:679/2016.
    /// `from`: where the reference starts when `i` is the dot of a short form ("Dir.").
    func scanEU(_ i: Int, _ kd: ReferenceLexicon.TextKind, from first: Int? = nil) -> Int {
        var j = i + 1
        var union = false
        var nickname = 0, plainNickname = false, quoted = false
        // Nine tokens: 'règlement « Dublin III » (UE) n° 604/2013' has a quoted nickname and
        // the Union's mark in parentheses before its number (two words at most still).
        var reach = 9
        while j < tokens.count, j - i <= reach, sameUnit(i, j) {
            let k = key(j)
            if k == RW.open || k == RW.close || k == RW.ce || k == RW.cee || k == RW.numero || lex.textQualifiers.contains(k)
                || lex.numberWords.contains(k) || RW.quotes.contains(k)
                // "le règlement UE n ° 603/2013": the degree sign a copy set apart from its "n".
                || (lex.numberSigns.contains(k) && lex.numberWords.contains(key(j - 1))) { quoted = quoted || RW.quotes.contains(k); j += 1; continue }
            if k == RW.ue { union = true; j += 1; continue }
            // "la directive du Parlement européen et du Conseil 2013/32/UE", "le règlement de
            // la Commission (UE) n° 1231/2010": the act's author (`issuers`).
            if k == RW.du || k == RW.de, let m = lex.issuers.match(from: key(j + 1) == RW.la ? j + 2 : j + 1, limit: tokens.count, key: phraseKey) {
                reach = max(reach, m.end - i + 4); j = m.end; continue
            }
            // "le règlement d'exécution (UE) 2019/1234": the preposition of a two-word name.
            if k == RW.d || k == RW.de, nickname == 0, kind(j + 1) == .word { j += 1; continue }
            // "la directive retour 2008/115/CE", "directive « retour » n° …": a nickname of one
            // or two words (the number must still be slashed).
            // "le règlement Dublin III (n° 604/2013)": a capitalised one too.
            if nickname < 2, kind(j) == .word, lex.kindWords[k] == nil {
                plainNickname = plainNickname || !isUpperInitial(j)
                nickname += 1; j += 1; continue
            }
            // Past a longer title, the mark and a "n°" still lead to the number.
            if nickname == 2, let m = unionMarkAfterTitle(j) { nickname += 1; j = m; reach = m - i + 4; continue }
            break
        }
        guard let t = numberText(j), let id = euId(t, kd, union: union) else { return i + 1 }
        var end = slashedEnd(j)
        // "la directive 96/75/XYZ": a word after the number's slash that is no Union mark.
        if end > j, kind(end) == .word, !lex.unionMarks.isEmpty, !lex.unionMarks.contains(key(end)) { return i + 1 }
        // "le règlement intérieur n° 2021/12": a lower-case word neither quoted nor followed by
        // a Union mark names a text of its own, not a nickname ("la directive retour
        // 2008/115/CE" has its mark).
        if plainNickname, !quoted, !union, end == j || !(key(end) == RW.ce || key(end) == RW.cee || key(end) == RW.ue) { return i + 1 }
        emit("\(kd.prefix):\(id)", kind: kd.kind, range(first ?? i, end), token: first ?? i)
        // "les directives 2013/32/UE et 2013/33/UE": each further slashed number of the list,
        // of the first one's shape ("…, 2/3 des dossiers" is no text) unless its own "(UE)"
        // mark says it is a text.
        while let (k, mark) = afterListSeparator(end).map(afterUnionMark), kind(k) == .number || kind(k) == .textNumber, sameUnit(end, k),
              let t2 = numberText(k), mark != nil || t2.split(separator: "/").first?.count == t.split(separator: "/").first?.count,
              t2.split(separator: "/").count >= 2, let id2 = euId(t2, kd, union: mark ?? union) {
            let e2 = slashedEnd(k)
            emit("\(kd.prefix):\(id2)", kind: kd.kind, range(k, e2), token: k)
            end = e2
        }
        return end + 1
    }

    /// "le règlement général sur la protection des données (UE) 2016/679": a title longer
    /// than a nickname, of words only (no other text's kind, no number), up to eight words,
    /// then the Union's mark in parentheses — the mark says the number after it is the
    /// text's. The token of the mark's "(", or nil.
    func unionMarkAfterTitle(_ j0: Int) -> Int? {
        var j = j0
        while j - j0 < 8, kind(j) == .word || kind(j) == .elision, lex.kindWords[key(j)] == nil, sameUnit(j0, j) { j += 1 }
        guard key(j) == RW.open, key(j + 2) == RW.close, key(j + 1) == RW.ue || key(j + 1) == RW.ce || key(j + 1) == RW.cee,
              sameUnit(j0, j + 2) else { return nil }
        return j
    }

    /// "les règlements (CE) n° 767/2008 et (UE) n° 1077/2011": a list item may carry its own
    /// "(UE)"/"(CE)" mark and "n°"; the token after them, and whether the mark is the Union's
    /// (nil without a mark: the item shares the first one's).
    func afterUnionMark(_ k0: Int) -> (Int, Bool?) {
        var k = k0, mark: Bool?
        if key(k) == RW.open, key(k + 2) == RW.close, key(k + 1) == RW.ue || key(k + 1) == RW.ce || key(k + 1) == RW.cee {
            mark = key(k + 1) == RW.ue; k += 3
        }
        if mark != nil, let a = afterNumberWord(k) { k = a }
        return (k, mark)
    }

    /// The last token of a slashed number at j: "2008/115" "/" "CE" written together.
    func slashedEnd(_ j: Int) -> Int {
        if key(j + 1) == RW.slash, tokens[j + 1].start == tokens[j].end, j + 2 < tokens.count, tokens[j + 2].start == tokens[j + 1].end {
            return j + 2
        }
        return j
    }

    /// An EU text's id after its prefix from its slashed number: a directive's "2008/115"; a
    /// regulation's number and year in either order ("604/2013", "(UE) 2016/679" → "679/2016").
    func euId(_ t0: String, _ kd: ReferenceLexicon.TextKind, union: Bool) -> String? {
        var t = t0
        // "n° 390-2009": a slash mistyped as a dash, when the year is plain.
        if !t.containsBytes("/"), kd.prefix == "ue-reglement", let dash = t.firstIndex(of: "-"), t[t.index(after: dash)...].count == 4 {
            t = t.replacingCharacters(in: dash...dash, with: "/")
        }
        guard t.containsBytes("/") else { return nil }
        let parts = t.split(separator: "/").map(String.init)
        guard parts.count >= 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        let plausibleYear: (Int) -> Bool = { $0 >= 1950 && $0 <= 2099 }
        if kd.prefix == "ue-directive" {
            // "la directive (CE) n° 1013/2006", "n° 1013/96": a directive numbered in the
            // regulations' order (number, then year) still has its year first in the id; a
            // first part that is no year and a second that is one say so.
            if parts[0].count > 2, !plausibleYear(a), parts[1].count == 2 || plausibleYear(b) {
                return "\(parts[1].count == 2 ? CivilDate.fullYear(b) : b)/\(a)"
            }
            let year = parts[0].count == 2 ? CivilDate.fullYear(a) : a
            return "\(year)/\(b)"
        }
        // Since 2015 "(UE) 2016/679" is year/number; before, "n° 604/2013" number/year. A
        // second part that cannot be a year ("2019/1157") makes the first one the year.
        let yearFirst = parts[0].count == 4 && a >= 2015 && union || (parts[1].count != 4 && parts[1].count != 2 && parts[0].count == 4)
            || (parts[0].count == 4 && parts[1].count == 4 && plausibleYear(a) && !plausibleYear(b))
        let (n, y) = yearFirst ? (b, a) : (a, parts[1].count == 2 ? CivilDate.fullYear(b) : b)
        return "\(n)/\(y)"
    }

    /// The document's own NOR as the header scan read it (anywhere in the document's first
    /// part, whatever its lines: "… préfets de département NOR : INTA1234567C Objet : …"),
    /// unless that NOR is written as a cited text's ("la circulaire NOR …").
    func headerNOR() -> String? {
        guard let n = ctx.header.nor, let r = ctx.header.norRange else { return nil }
        let lo = tokens.partitionIndex { Int($0.end) <= r.lowerBound }
        var k = lo - 1
        while k >= 0 && lo - k <= 3 && (key(k) == RW.nor || key(k) == RW.colon || key(k) == RW.slash || key(k) == RW.numero || lex.textQualifiers.contains(key(k))) { k -= 1 }
        // "la circulaire NOR …", "de ma note NOR …": a text cited; "CIRCULAIRE NOR …" alone is
        // the document's title.
        if k >= 0, lex.kindWords[key(k)] != nil, Self.citingWords.contains(key(k - 1)) { return nil }
        return n
    }

    /// Whether the text-kind word at token i opens the document's title: it opens its line,
    /// capitalised, and the document's own NOR follows within a few lines ("Circulaire du 19
    /// décembre 2014 de présentation de la loi … ⏎ NOR : JUSD1430406C" on a bulletin page,
    /// where the date the header reads may be another). A text cited in the body has a
    /// determiner before it, or no NOR of the document's after it.
    func titlesDocument(_ i: Int) -> Bool {
        guard ownNOR != nil, let r = ctx.header.norRange, i == 0 || tokens[i].newlinesBefore > 0, isUpperInitial(i) else { return false }
        let st = Int(tokens[i].start)
        return r.lowerBound > st && r.lowerBound - st < 800
    }

    /// The kinds of cited text a NOR can name, by its last letter (the kind of act in the NOR
    /// scheme): "L" a law, "D" a decree, "R" an ordonnance; any other ("C", "J", "K"…) the
    /// circulars, instructions and notes (as before laws took their NOR).
    static func kindsNamedByNOR(_ n: String) -> Set<Substring> {
        switch n.unicodeScalars.last {
        case "L": return ["loi"]
        case "D": return ["decret"]
        case "R": return ["ordonnance"]
        default: return ["circulaire", "instruction", "note"]
        }
    }

    static let citingWords: Set<UInt64> = Set(["la", "le", "l'", "les", "de", "du", "des", "d'", "une", "un", "ma", "mon", "sa", "son",
                                              "cette", "votre", "notre", "leur"].map { Fold.key($0) })

    /// A NOR standing alone, unless it is the document's own: the one the header scan read
    /// (anywhere in the document's first part, whatever its lines), else the first NOR of a
    /// header line.
    func scanNOR(_ i: Int, own: inout String?) -> Int {
        guard let (n, first, last) = norAt(i) else { return i + 1 }
        if let u = unit(i), u.kind == .header, !u.listItem, own == nil, !citationOnly { own = n; return last + 1 }
        if n == own || consumedNOR.contains(n) { return last + 1 }
        // "la circulaire du 2 mars 2011 … (NOR : PRMC1106214C)": the NOR of the text just
        // cited in the same sentence, not another text — even past the law that circular
        // presents ("la circulaire du 2 mars 2011 relative à la loi n° 2010-1192 (NOR : …)").
        // A law's, a decree's or an ordonnance's NOR ("Loi n° 2024-42 du 26 janvier 2024 (NOR :
        // IOMV2236472L)") is that text's too: its last letter says which kind it names.
        let kinds = Self.kindsNamedByNOR(n)
        for p in refs.indices.reversed() {
            let prev = refs[p]
            guard sameUnit(prev.token, i), i - prev.token <= 40 else { break }
            let prefix: Substring
            switch prev.payload {
            case .done(let id, _): prefix = id.prefix { $0 != ":" }
            case .datedText(let pre, _, _): prefix = Substring(pre)
            case .article: continue
            }
            if kinds.contains(prefix) {
                guard prev.nor == nil else { break }
                refs[p].nor = n
                return last + 1
            }
        }
        // An arrêté's NOR (type letter A: "l'arrêté du 10 mai 2017 (NOR : INTV1713579A)"): the
        // contract gives an arrêté no id, and no document of the registry is one, so its NOR
        // names no reference either.
        if Self.namesArrete(n) { return last + 1 }
        emit("nor:\(n)", kind: .nor, rangeWithoutFinalDot(first, last), token: first)
        return last + 1
    }

    /// Whether a NOR's type letter (its last) is an arrêté's.
    static func namesArrete(_ n: String) -> Bool { n.unicodeScalars.last == "A" }
}
