import CircText

public struct ReferenceResult: Sendable {
    public var references: [Reference] = []
    public var warnings: [Warning] = []
    public init() {}
}

/// Legal references to the contract's canonical ids: code articles (with lists, ranges,
/// alinéas and the code carried over from the context), laws, ordonnances and décrets by
/// number or date, constitutional decisions, court rulings, earlier circulars, instructions,
/// notes and protocols by date or NOR, EU directives and regulations. What cannot be
/// resolved is kept with kind `unknown`.
///
/// One pass over the tokens finds candidates (no regular expressions; Strings are built
/// only where a candidate is found), a second resolves the codes of articles from their
/// context and the short forms of laws ("la loi du 26 janvier 2024").
public struct ReferenceExtractor: Sendable {
    let lex: ReferenceLexicon

    public init(store: LexiconStore) throws {
        lex = try ReferenceLexicon(store: store, text: try TextPipeline(store: store))
    }

    public func extract(_ ctx: ExtractionContext) -> ReferenceResult {
        extract(ctx, keys: TokenKeys(ctx.text))
    }

    /// With the text's word keys already computed (`Pipeline` shares them with the deadlines).
    func extract(_ ctx: ExtractionContext, keys: TokenKeys) -> ReferenceResult {
        let sc = ReferenceScanner(lex: lex, ctx: ctx, keys: keys)
        sc.scan()
        return resolve(sc)
    }

    /// The references with the candidate pass cut in two once the text has `splitFrom`
    /// tokens, as `Pipeline` runs a long text: always the same as `extract(_:)`
    /// (`ReferenceSplitTests`).
    public func extract(_ ctx: ExtractionContext, splitFrom: Int) -> ReferenceResult {
        extract(ctx, keys: TokenKeys(ctx.text), splitFrom: splitFrom) { () }.0
    }

    /// The fewest tokens for which the candidate pass is cut in two (about 300 KB of text:
    /// a consolidated code, not a circular).
    public static let splitTokens = 1 << 16

    /// The references with `other` (the deadlines) run beside them. On a long text — a
    /// consolidated code, where the references take longer than the deadlines — the
    /// candidate pass is cut at a unit's start nine tenths in: this thread scans the head
    /// while the other runs `other`, then the tail (on a code, the deadlines and the last
    /// tenth take about as long as the first nine tenths, in wall time). The tail's
    /// candidates are kept only where the head left nothing reading across the cut
    /// (`ReferenceScanner.join`); otherwise the head reads on alone, so the result is
    /// always that of one pass.
    func extract<T: Sendable>(_ ctx: ExtractionContext, keys: TokenKeys, splitFrom: Int = splitTokens,
                              beside other: @Sendable () -> T) -> (ReferenceResult, T) {
        let n = ctx.text.tokens.count
        guard n >= splitFrom, let cut = Self.cut(ctx, near: n * 9 / 10) else {
            return concurrently({ self.extract(ctx, keys: keys) }, other)
        }
        let head = Unshared(ReferenceScanner(lex: lex, ctx: ctx, keys: keys))
        let tail = Unshared(ReferenceScanner(lex: lex, ctx: ctx, keys: keys))
        let (stop, result) = concurrently({ head.value.scan(from: 0, to: cut, own: head.value.ownNOR) }, { () -> T in
            let r = other()
            _ = tail.value.scan(from: cut, to: n, own: tail.value.ownNOR)
            return r
        })
        let sc = head.value
        if !sc.join(tail.value, cut: cut, stop: stop.stop, own: stop.own) {
            _ = sc.scan(from: stop.stop, to: n, own: stop.own)
        }
        return (resolve(sc), result)
    }

    /// The first token of the first unit that starts at or after token `target`, preferring a
    /// heading (an article's, in a code) among the next few units; nil past the text's end.
    static func cut(_ ctx: ExtractionContext, near target: Int) -> Int? {
        let tokens = ctx.text.tokens, units = ctx.structure.units
        guard target < tokens.count else { return nil }
        let pos = Int(tokens[target].start)
        let first = units.partitionIndex { $0.range.lowerBound < pos }
        guard first < units.count else { return nil }
        let pick = units[first..<min(units.count, first + 40)].first { $0.kind == .heading } ?? units[first]
        let at = tokens.partitionIndex { Int($0.start) < pick.range.lowerBound }
        return at > 0 && at < tokens.count ? at : nil
    }

    /// The article as the contract writes it, without its code: "L612-6", "720" (the letter
    /// of a letterless code dropped), "313-11 bis".
    func articleKey(_ item: ArticleItem, code: ReferenceLexicon.Code) -> String {
        let suffix = item.suffix.map { " \($0)" } ?? ""
        let prefix = !code.lettered && (item.prefix == "L" || item.prefix == "LO") ? "" : item.prefix
        return "\(prefix)\(item.number)\(suffix)"
    }

    func resolve(_ sc: ReferenceScanner) -> ReferenceResult {
        var out = ReferenceResult()
        out.warnings = sc.warnings
        let context = CodeContext(sc)
        let text = sc.tt.text
        // An id at a span once (a struct key: a "id|start|end" string was built per reference).
        struct Seen: Hashable { let id: String; let start: Int; let end: Int }
        var seen = Set<Seen>()
        func add(_ id: String, _ kind: ReferenceKind, _ range: Range<Int>, alinea: Int?, resolvedBy: String?, nor: String?) {
            if !seen.insert(Seen(id: id, start: range.lowerBound, end: range.upperBound)).inserted { return }
            var ref = Reference(id: id, kind: kind, text: text.sourceString(range), span: SourceSpan(range),
                                alinea: alinea, resolvedBy: resolvedBy)
            ref.nor = nor
            out.references.append(ref)
        }
        // A NOR the document gives with a date elsewhere ("la circulaire NOR … du 31 octobre
        // 2011") names that dated text wherever it stands alone.
        var datedByNOR: [String: (String, ReferenceKind)] = [:]
        for r in sc.refs {
            guard let n = r.nor, case .done(let i, let k) = r.payload, !i.hasPrefix("nor:"), !i.hasPrefix("unknown:") else { continue }
            datedByNOR[n] = (i, k)
        }
        let own = sc.ownRulings()
        for r in sc.refs {
            var id: String, kind: ReferenceKind
            var resolvedBy: String?
            var between: [String] = []
            var norOfText = r.nor
            switch r.payload {
            case .done(let i, let k):
                id = i; kind = k
                // "l'ordonnance du 17 mai 2023 du juge des référés du tribunal administratif de
                // Nice" after "l'ordonnance n° 2302320 du 17 mai 2023": that ruling's docket(s).
                if k == .courtRuling, let dockets = sc.docketsByDate[i] {
                    let prefix = String(i[...i.lastIndex(of: ":")!])
                    for d in dockets where !ReferenceScanner.isOwnRuling(prefix + d, kind: k, own: own) {
                        add(prefix + d, k, r.range, alinea: nil, resolvedBy: "short-form", nor: nil)
                    }
                    continue
                }
                if i.hasPrefix("nor:"), let (d, dk) = datedByNOR[String(i.dropFirst(4))] { id = d; kind = dk; resolvedBy = "nor"; norOfText = String(i.dropFirst(4)) }
            case .datedText(let prefix, let k, let date):
                kind = k
                if let n = sc.numberByDate["\(prefix)|\(date.iso)"] { id = "\(prefix):\(n)"; resolvedBy = "short-form" }
                else { id = "\(prefix):\(date.iso)" }
            case .article(let item, let designation, let groupStart):
                let a = resolveArticle(r, item, designation, groupStart, context: context, sc: sc, warnings: &out.warnings)
                if a.id.isEmpty { continue }
                id = a.id; kind = a.kind; resolvedBy = a.resolvedBy; between = a.between
            }
            if !between.isEmpty {
                let whole = r.rangeLower..<r.range.upperBound
                for m in between { add(m, .codeArticle, whole, alinea: nil, resolvedBy: resolvedBy, nor: nil) }
            }
            if ReferenceScanner.isOwnRuling(id, kind: kind, own: own) { continue }
            add(id, kind, r.range, alinea: r.alinea, resolvedBy: resolvedBy, nor: norOfText)
        }
        // Text order; a range's articles keep the code's order (their span is the same).
        let order = out.references.indices.sorted {
            let a = out.references[$0].span, b = out.references[$1].span
            return (a.start, a.end, $0) < (b.start, b.end, $1)
        }
        out.references = order.map { out.references[$0] }
        return out
    }

    /// "222-34 à 222-40" in a code whose article list circ does not hold: the numbers between,
    /// counted on the last part of two numbers that differ only there ("222-35" … "222-39").
    /// A juriste reading "articles 222-34 à 222-40" means every one of them; counting names
    /// the articles of the base numbering, which are nearly always there, and misses only
    /// those inserted later ("222-39-1") — better than naming the two ends alone. Nil when
    /// the ends carry a suffix, differ elsewhere ("63 à 63-4-5"), or span more than
    /// `maxCountedRange` numbers.
    static func countedBetween(_ a: String, _ b: String) -> [String]? {
        guard !a.contains(" "), !b.contains(" ") else { return nil }
        let split = { (s: String) -> (String, Int)? in
            let head = s.prefix { !$0.isNumber }
            let number = s.dropFirst(head.count)
            let parts = number.split(separator: "-", omittingEmptySubsequences: false)
            guard let last = parts.last, let n = Int(last), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
            return (String(head) + parts.dropLast().map { $0 + "-" }.joined(), n)
        }
        guard let (stemA, lo) = split(a), let (stemB, hi) = split(b), stemA == stemB, hi > lo + 1, hi - lo <= maxCountedRange else { return nil }
        return ((lo + 1)..<hi).map { "\(stemA)\($0)" }
    }

    /// The widest range counted without an article list.
    static let maxCountedRange = 30

    /// A code article's id once its code is known from the designation or the context
    /// (`resolve`), and for the far end of a range the articles between, from the code's list.
    func resolveArticle(_ r: RawReference, _ item0: ArticleItem, _ designation: Designation, _ groupStart: Int,
                        context: CodeContext, sc: ReferenceScanner, warnings: inout [Warning])
        -> (id: String, kind: ReferenceKind, resolvedBy: String?, between: [String]) {
        var item = item0
        let text = sc.tt.text
        var id: String, kind: ReferenceKind
        var resolvedBy: String?
        var between: [String] = []
        // "Les dispositions de l'article 1er ne s'appliquent pas…" in an arrêté: its own article,
        // whatever code its "Vu" lines name (a code's letterless article has a hyphen: 131-13).
        if sc.enactsOwnArticles, case .unnamed = designation, item.prefix.isEmpty, !item.number.containsBytes("-") {
            return ("", .unknown, nil, [])
        }
        var resolved = context.code(for: item, designation: designation, pos: groupStart, token: r.token)
        // A contract code numbers an article with a capital letter only where its list says so
        // ("R. 421-21 A" of the CESEDA: "R421-21A", glued); any other "150 U" is a tax code's,
        // and the contract code of its list or context is not its own ("articles 1649 quater A
        // et 40 du code de procédure pénale").
        if item.hasCapitalLetter, let (c, _) = resolved, lex.codes[c].isCanonical {
            if let l = item.suffix, !l.containsBytes(" "),
               lex.codeArticles.contains(code: lex.codes[c].id, article: "\(item.prefix)\(item.number)\(l)") {
                item.number += l
                item.suffix = nil
            } else {
                resolved = nil
            }
        }
        // "article préliminaire": only a code that has it names it; elsewhere (no code, or
        // another code's context) the word names no article at all.
        if item.named, resolved.map({ !(lex.namedArticleCodes[item.number]?.contains(lex.codes[$0.0].id) ?? false) }) ?? true {
            return ("", .unknown, nil, [])
        }
        // "ordonnance n° 2020-1733 … portant partie législative du code de l'entrée et du
        // séjour des étrangers et du droit d'asile, art. 20": a lettered code has no article of
        // a plain number (every one carries L, R, D or A, and a hyphen); the number is another
        // text's article.
        if let (c, _) = resolved, lex.codes[c].lettered, item.prefix.isEmpty, !item.named, !item.number.containsBytes("-") {
            return ("", .unknown, nil, [])
        }
        let suffix = item.suffix.map { " \($0)" } ?? ""
        if let (c, how) = resolved {
            let code = lex.codes[c]
            if !code.lettered && (item.prefix == "L" || item.prefix == "LO") {
                warnings.append(Warning(
                    code: "\(code.id.lowercased())-article-letter",
                    message: "\(code.id): the legislative articles carry no letter; \"\(text.clean(r.range))\" read as \(code.id):\(item.number)\(suffix)",
                    span: SourceSpan(r.range)))
            }
            id = "\(code.id):\(articleKey(item, code: code))"; kind = .codeArticle; resolvedBy = how
            if !code.isCanonical {
                kind = .unknown
                warnings.append(Warning(code: "code-outside-contract",
                                        message: "\(code.id) is not one of the contract's codes: \"\(text.clean(r.range))\" kept as a warning",
                                        span: SourceSpan(r.range)))
            }
        } else {
            id = "unknown:\(item.prefix)\(item.number)\(suffix)"; kind = .unknown
            warnings.append(Warning(code: "unresolved-reference",
                                    message: "no code found for article \"\(text.clean(r.range))\"", span: SourceSpan(r.range)))
        }
        // The far end of a range: the articles between, from the code's own list.
        if let a = r.rangeStart {
            let whole = r.rangeLower..<r.range.upperBound
            var why = "no code known"
            if let (c, _) = resolved {
                let code = lex.codes[c]
                if context.code(for: a, designation: designation, pos: groupStart, token: r.token)?.0 != c {
                    why = "its ends belong to different codes"
                } else if !lex.codeArticles.has(code.id) {
                    if code.isCanonical, let mids = Self.countedBetween(articleKey(a, code: code), articleKey(item, code: code)) {
                        between = mids.map { "\(code.id):\($0)" }
                        warnings.append(Warning(code: "range-counted",
                                                message: "range \"\(text.clean(whole))\" counted: no article list of the \(code.id), articles inserted between (\"-1\") are not named",
                                                span: SourceSpan(whole)))
                        why = ""
                    } else {
                        why = "no article list of the \(code.id)"
                    }
                } else if let mids = lex.codeArticles.between(code: code.id, from: articleKey(a, code: code), to: articleKey(item, code: code),
                                                               documentDate: sc.ctx.documentDate) {
                    between = mids.map { "\(code.id):\($0)" }
                    why = ""
                } else {
                    why = "no version of the \(code.id) holds both ends"
                }
            }
            if !why.isEmpty {
                warnings.append(Warning(code: "range-not-expanded",
                                        message: "range \"\(text.clean(whole))\" kept as its two ends: \(why)", span: SourceSpan(whole)))
            }
        }
        return (id, kind, resolvedBy, between)
    }
}

extension ReferenceScanner {
    /// The candidate pass: every recognizer at the tokens that can start its reference.
    func scan() {
        _ = scan(from: 0, to: tokens.count, own: ownNOR)
    }

    /// The candidate pass over the tokens from `start` until one at or past `end` (a
    /// recognizer may read on past it), with `own` the document's own NOR as known so far.
    /// Returns where it stopped and the NOR it took for the document's own.
    func scan(from start: Int, to end: Int, own own0: String?) -> (stop: Int, own: String?) {
        var own = own0
        var i = start
        let n = min(end, tokens.count)
        // Read once: passing `self.tokens` or `self.s` to a function retained and released
        // it per call (per word, for the key below).
        let tokens = self.tokens, s = self.s, keys = self.keys
        while i < n {
            let t = tokens[i]
            switch t.kind {
            case .article:
                if let e = scanDatedShortForm(i) ?? scanNumberedShortForm(i) { i = e; continue }
                i = max(i + 1, scanArticles(i)); continue
            case .number, .textNumber:
                if let e = scanConstitutional(i) { i = e; continue }
                if t.kind == .textNumber, let e = scanSeatDocket(i) { i = e; continue }
                if t.kind == .number, let ki = ocrKind(i) { i = max(i + 1, scanText(i, kindIndex: ki)); continue }
            case .word, .abbreviation, .ordinal, .elision:
                let k = Self.foldedKey(tokens, keys, s, i)   // `fkey(i)`
                let first = s[Int(t.start)].value
                let upper = first >= 0x41 && first <= 0x5A
                // Most words start no rule: one probe of an open-addressed table, then only
                // what a capitalised word may be (a NOR, a code's or a court's acronym).
                let trigger = lex.triggerTable.get(k)
                if trigger == 0 {
                    if let ki = ocrKind(i) { i = max(i + 1, scanText(i, kindIndex: ki)); continue }
                    if t.length == 7 || t.length == 8, ocrArticleWord(i) { i = max(i + 1, scanArticles(i, ocrWord: true)); continue }
                    if t.length <= 5, splitArticleWord(i) { i = max(i + 2, scanArticles(i + 1, ocrWord: true)); continue }
                    // "cass. crim., 5 mars 2019": the one court abbreviation doctrine writes in
                    // lower case, listed with its chambers in courts.json; only a five-unit word
                    // opening on "c" (as "cass.") probes the table, other lowercase words nothing.
                    if !upper, first == 0x63, t.end - t.start == 5, lowercaseCourtAbbreviation(i), let e = scanCourt(i) { i = max(i + 1, e); continue }
                    // "2e civ., 13 mars 2003, n° 01-17.418": a civil chamber by its rank alone.
                    if t.kind == .ordinal, lowercaseCourtAbbreviation(i), let e = scanCourt(i) { i = max(i + 1, e); continue }
                    guard upper else { break }
                    if t.end - t.start == 12, nor(i) != nil { i = scanNOR(i, own: &own); continue }
                    if t.end - t.start == 4, let e = scanECLI(i) { i = e; continue }
                    if t.end - t.start <= 8 {
                        let x = exactKey(i)
                        if lex.codeAcronyms[x] != nil { i = max(i + 1, scanCodeMention(i)); continue }
                        if lex.courtAcronyms.startsPhrase(x), let e = scanCourt(i) { i = max(i + 1, e); continue }
                        if first == 0x43, let e = scanCaseNumber(i) { i = e; continue }   // "C-61/11"
                    } else if t.kind == .abbreviation, t.end - t.start <= 14, lex.codeAcronyms[exactKey(i)] != nil {
                        // "C.E.S.E.D.A., art. L. 611-1": a dotted acronym longer than a word's.
                        i = max(i + 1, scanCodeMention(i)); continue
                    }
                    break
                }
                // The trigger's bits say which sets hold the word (no hashing per set).
                typealias T = ReferenceLexicon.Trigger
                if trigger & T.article != 0 { i = max(i + 1, scanArticles(i)); continue }
                if trigger & T.alinea != 0 { _ = noteAlinea(i); i += 1; continue }
                if trigger & T.kind != 0, let ki = lex.kindWords[k] { i = max(i + 1, scanText(i, kindIndex: ki)); continue }
                if trigger & T.abbreviatedKind != 0 {
                    if let ki = lex.abbreviatedKinds[k], let e = scanAbbreviatedText(i, kindIndex: ki) { i = e; continue }
                    // "L.O. 6213-1": the short form of "loi organique" is also an article's prefix.
                    if dottedPrefixArticle(i) != nil { i = max(i + 1, scanArticles(i)); continue }
                }
                if k == RW.nor { i = max(i + 1, scanNOR(i, own: &own)); continue }
                if trigger & T.codeStart != 0 { i = max(i + 1, scanCodeMention(i)); continue }
                if upper {
                    if t.end - t.start == 12, nor(i) != nil { i = scanNOR(i, own: &own); continue }
                    if t.end - t.start <= 8, lex.codeAcronyms[exactKey(i)] != nil { i = max(i + 1, scanCodeMention(i)); continue }
                }
                if (trigger & T.courtStart != 0 && lex.courtNames.startsPhrase(k))
                    || (upper && t.end - t.start <= 8 && lex.courtAcronyms.startsPhrase(exactKey(i))) {
                    if let e = scanCourt(i) { i = max(i + 1, e); continue }
                }
            default: break
            }
            i += 1
        }
        return (i, own)
    }

    /// Takes as its own the candidates of `tail`, a scanner that read the tokens from `cut`
    /// on, when this one (the head, stopped at `stop` with `own`) left nothing that reads
    /// across the cut: it stopped exactly there, took no NOR (which a later one would
    /// repeat), and no alinéa or code waits for an article past it. Returns false (nothing
    /// taken) otherwise: the head then reads on itself.
    func join(_ tail: ReferenceScanner, cut: Int, stop: Int, own: String?) -> Bool {
        guard stop == cut, own == ownNOR, consumedNOR.isEmpty,
              pendingAlinea.map({ $0.until < cut }) ?? true, pendingCode.map({ $0.at < cut }) ?? true,
              // A court the tail met without a seat takes one the head noted.
              tail.seatlessCourts.allSatisfy({ courtSeats[$0] == nil }) else { return false }
        refs += tail.refs
        for (c, seats) in tail.courtSeats { courtSeats[c, default: []] += seats }
        seatlessCourts.formUnion(tail.seatlessCourts)
        mentions += tail.mentions
        warnings += tail.warnings
        numberByDate.merge(tail.numberByDate) { _, later in later }
        docketsByDate.merge(tail.docketsByDate) { _, later in later }
        consumedNOR = tail.consumedNOR
        enactsOwnArticles = enactsOwnArticles || tail.enactsOwnArticles
        pendingAlinea = tail.pendingAlinea
        pendingCode = tail.pendingCode
        return true
    }
}

extension ReferenceScanner {
    /// A text-kind word damaged by OCR ("cireulaire", "dcret", "circuiaire", "d6cret", "101"
    /// for "loi"): a long kind word one letter off, same first letter; any kind word with
    /// digits OCR reads for its letters. Only where a text's number or date follows, so clean
    /// text pays a look at the next token per word.
    func ocrKind(_ i: Int) -> Int? {
        let t = tokens[i]
        guard t.kind == .word || t.kind == .number else { return nil }
        let n = Int(t.length)
        guard n >= 3 && n <= 13, i + 1 < tokens.count else { return nil }
        let next = tokens[i + 1].kind
        let after = i + 2 < tokens.count ? tokens[i + 2].kind : .punct
        // What follows a text's kind word: its number or date, or a short word ("n", "du")
        // before them, or the sign of a glued "n". Most words are followed by neither: out
        // before any hashing (this runs for every word of a consolidated code).
        switch next {
        case .textNumber: break
        case .number, .date: guard t.kind == .word && n >= 5 else { return nil }
        case .word: guard tokens[i + 1].length <= 6, after == .number || after == .textNumber || after == .date || after == .punct || after == .symbol else { return nil }
        case .punct, .symbol: guard t.kind == .word, after == .number else { return nil }
        default: return nil
        }
        // "n° 2010-1192" (or "n\" 2010-1192") follows: any kind word, short ones included.
        // (The number word is short and a number or its sign follows: tested before any hashing.)
        let numbered = next == .textNumber
            || (next == .word && tokens[i + 1].length <= 6 && after != .word && afterNumberWord(i + 1).map { kind($0) == .number } == true)
        // "Loin ~ 90-1258": the "n" glued to the kind word, its degree sign read apart.
        if t.kind == .word, lex.numberSigns.contains(key(i + 1)), kind(i + 2) == .number, sameUnit(i, i + 2),
           let last = tokens[i].range.last, Fold.scalar(s[last].value) == 0x6E,
           let ki = lex.kindWords[Fold.key(s, tokens[i].range.lowerBound..<last)] {
            return ki
        }
        guard numbered || (t.kind == .word && n >= 5 && (next == .number || next == .date
            || (next == .word && tokens[i + 1].length <= 6 && (after == .date || after == .number || after == .textNumber)
                && (key(i + 1) == RW.du || key(i + 1) == RW.des))))
        else { return nil }
        var x: [UInt32] = []
        x.reserveCapacity(n)
        var digits = false
        for j in t.range where s[j].value != 1 {
            let v = Fold.scalar(s[j].value)
            if lex.ocrDigitLetters[v] != nil { digits = true }
            x.append(v)
        }
        // A number is a kind word only through its digits ("101"), never "2010".
        if t.kind == .number && (x.contains { lex.ocrDigitLetters[$0] == nil } || x.count > 5) { return nil }
        if numbered || digits {
            for (form, ki) in lex.ocrShortKindForms where form.count == x.count && ocrEqual(x, form) { return ki }
        }
        guard x.count >= 5 else { return nil }
        // The first letter as read, or the letters its digit stands for.
        let firsts = lex.ocrDigitLetters[x[0]] ?? [x[0]]
        guard firsts.contains(where: { $0 >= 64 && $0 < 128 && lex.ocrKindInitials & (1 << UInt64($0 - 64)) != 0 }) else { return nil }
        let letters = digits ? x.map { lex.ocrDigitLetters[$0]?.first ?? $0 } : x
        for (form, ki) in lex.ocrKindForms where abs(form.count - x.count) <= 1 && firsts.contains(form[0]) {
            if (form.count == x.count && ocrEqual(x, form)) || (x != form && withinOneEdit(letters, form)) { return ki }
        }
        return nil
    }

    /// Letter by letter, a digit standing for one of the letters OCR reads it for.
    func ocrEqual(_ x: [UInt32], _ form: [UInt32]) -> Bool {
        for (a, b) in zip(x, form) where a != b {
            guard let l = lex.ocrDigitLetters[a], l.contains(b) else { return false }
        }
        return true
    }

    /// After a number word ("numéro", "no", "n" with what OCR made of its degree sign: "n\"",
    /// "n ~"): the token where the number stands; nil when token j is no number word.
    func afterNumberWord(_ j: Int) -> Int? {
        guard lex.numberWords.contains(key(j)) else { return nil }
        return lex.numberSigns.contains(key(j + 1)) && sameUnit(j, j + 1) ? j + 2 : j + 1
    }
}

extension ReferenceScanner {
    static let lecture = Fold.key("lecture")

    /// "Conseil d'État, 405474, lecture du 5 juin 2019": a decision's page opens with its own
    /// heading — the court, its docket and the date it was read ("lecture du"). That ruling is
    /// the document itself, no reference (as its own NOR is not), wherever its docket comes
    /// again ("N° 405474", its ECLI). The dockets of such headings in the text's first
    /// `ownHeadingTokens` tokens.
    func ownRulings() -> Set<String> {
        var own = Set<String>()
        for k in 1..<min(tokens.count, Self.ownHeadingTokens) where key(k) == Self.lecture && key(k + 1) == RW.du {
            let p = key(k - 1) == RW.comma ? k - 2 : k - 1
            guard p > 0, kind(p) == .number || kind(p) == .textNumber, let n = numberText(p),
                  n.count >= 4, n.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            if (max(0, p - 8)..<p).contains(where: { courtAt($0) != nil && sameUnit($0, p) }) { own.insert(n) }
        }
        for k in 0..<min(tokens.count, Self.headingLineTokens) where tokensBeforeOnLine(k) <= 5 {
            if let n = headingLineDocket(court: k) { own.insert(n) }
            if let (n, d) = headingDocketBelow(court: k) { own.insert(n); own.insert(d) }
            if let n = headingLineECLI(k) { own.insert(n) }
        }
        return own
    }

    /// "Conseil d'État⏎N° 497440⏎ECLI:FR:CEORD:2024:497440.20240916⏎Inédit au recueil Lebon":
    /// a decision's page (ArianeWeb, Légifrance) sets the ruling's ECLI alone on a line of its
    /// heading; with a body after it, that ruling is the document's own. Its docket when the
    /// ECLI at token k fills its line.
    func headingLineECLI(_ k: Int) -> String? {
        guard tokensBeforeOnLine(k) == 0, let e = ecli(k), e.court != "CC", aloneOnLine(k, e.end),
              tokens.count - e.end > Self.headingBodyTokens else { return nil }
        return e.number
    }

    /// "France | France, Cour administrative d'appel de Douai, 3e chambre, 16 mai 2012,
    /// 11DA01707", "Conseil d'État, 13 février 2013, 361401": a case-law site's copy of a ruling
    /// heads it with a line of its court, its date and its bare docket closing the line. With a
    /// body after it (a citation alone is a reference), that docket is the document's own. The
    /// docket of such a line whose court stands at token k.
    func headingLineDocket(court k: Int) -> String? {
        guard let c = courtAt(k) else { return nil }
        var m = c.end
        while m + 2 < tokens.count, m - k < 30, tokens[m].newlinesBefore == 0 {
            if kind(m) == .date, key(m + 1) == RW.comma, tokens[m + 2].newlinesBefore == 0, let (n, e) = docketNumber(m + 2) {
                let closes = e + 1 >= tokens.count || tokens[e + 1].newlinesBefore > 0
                guard closes, n.filter(\.isNumber).count >= 5, tokens.count - e > Self.headingBodyTokens else { return nil }
                return n
            }
            m += 1
        }
        return nil
    }

    /// "Tribunal des conflits, 17 juin 2013, M. Bergoend c/ Société ERDF Annecy Léman⏎⏎n° 3911":
    /// a court's site heads its page on a ruling with the court, the date and the parties on
    /// one line, the docket alone on the next. With a body after it, that ruling is the page's
    /// own, by its docket and by its date ("la décision du 17 juin 2013 … par laquelle le
    /// Tribunal des conflits" in its body). Its docket and the date's ISO form.
    func headingDocketBelow(court k: Int) -> (String, String)? {
        guard let c = courtAt(k) else { return nil }
        var m = c.end
        var date: String?
        while m < tokens.count, m - k < 30, tokens[m].newlinesBefore == 0 {
            if kind(m) == .date, date == nil, m - c.end <= 2 { date = resolveDate(m).date?.iso }
            m += 1
        }
        guard let d = date, m < tokens.count, tokens[m].newlinesBefore <= 2, kind(m) == .textNumber,
              let (n, e) = docketNumber(m), aloneOnLine(m, e), n.filter(\.isNumber).count >= 3,
              tokens.count - e > Self.headingBodyTokens else { return nil }
        return (n, d)
    }

    /// How many tokens stand before token k on its line.
    func tokensBeforeOnLine(_ k: Int) -> Int {
        var p = k, n = 0
        while p > 0, tokens[p].newlinesBefore == 0 { p -= 1; n += 1 }
        return n
    }

    /// How far a case-law site's heading line may stand from the page's start (its banner and
    /// search links before it), and how much text must follow it for the page to be the ruling.
    static let headingLineTokens = 80
    static let headingBodyTokens = 60

    /// Whether `id` is a ruling of one of the document's own dockets.
    static func isOwnRuling(_ id: String, kind: ReferenceKind, own: Set<String>) -> Bool {
        guard kind == .courtRuling, !own.isEmpty, let c = id.lastIndex(of: ":") else { return false }
        return own.contains(String(id[id.index(after: c)...]))
    }

    /// How far a page's own heading may stand from its start (a site's name before it).
    static let ownHeadingTokens = 40
}
