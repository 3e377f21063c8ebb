import CircText

/// Constitutional decisions ("décision n° 2019-789 QPC du 14 juin 2019" → cc:2019-789-QPC)
/// and court rulings ("cours d'appel de Metz (20 septembre 2024 ; 24/00755)" →
/// juris:CA-Metz:24/00755; "CE, 12 juin 2020, n° 428478" → juris:CE:428478).
extension ReferenceScanner {
    static let decisionWords: Set<UInt64> = [Fold.key("décision"), Fold.key("décisions"),
                                             Fold.key("déc.")]

    /// At a number: "2019-789" followed by "QPC", "DC"…, or with the type before it ("QPC
    /// n° 2010-14/22"); nil when it is not one.
    func scanConstitutional(_ i: Int) -> Int? {
        guard let t = numberText(i) else { return nil }
        let last = joinedQuestionsEnd(i)
        var x = exactKey(last + 1)
        var typeFirst = false
        if !(lex.ccTypes.contains(x) && sameUnit(i, last + 1)) {
            // "QPC n° 2010-14/22 du 30 juillet 2010": only with "n°", a text number.
            guard last == i, kind(i) == .textNumber, i >= 1, lex.ccTypes.contains(exactKey(i - 1)), sameUnit(i - 1, i) else { return nil }
            x = exactKey(i - 1); typeFirst = true
        }
        guard let type = lex.ccTypeNames[x] else { return nil }
        let parts = t.split(separator: "-")
        // "2018-717/718 QPC": questions joined and judged by ONE decision (one page, one
        // "Décision n° 2010-14/22 QPC du 30 juillet 2010"), whose ECLI carries the first number
        // ("ECLI:FR:CC:2010:2010.14.QPC"): one id, the first number's, as the ECLI reads.
        let numbers = parts.count == 2 ? parts[1].split(separator: "/") : []
        guard parts.count == 2, let y = Int(parts[0]), parts[0].count == 4 || parts[0].count == 2, !numbers.isEmpty,
              numbers.allSatisfy({ n in n.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let year = parts[0].count == 2 ? 1900 + y : y
        guard year >= 1958 else { return nil }
        var start = typeFirst ? i - 1 : i
        if Self.decisionWords.contains(key(start - 1)) { start -= 1 }
        emit("cc:\(year)-\(numbers[0])-\(type)", kind: .constitutionalDecision, range(start, typeFirst ? i : last + 1), token: start)
        return typeFirst ? i + 1 : last + 2
    }

    /// "2010-14/22 QPC" written without "n°": the tokenizer leaves "/22" apart from the
    /// decision's number; the last token of the numbers joined to it by glued slashes.
    func joinedQuestionsEnd(_ i: Int) -> Int {
        var last = i
        while key(last + 1) == RW.slash, kind(last + 2) == .number, tokens[last + 1].start == tokens[last].end,
              tokens[last + 2].start == tokens[last + 1].end { last += 2 }
        return last
    }

    static let ecliKey = WordKey.exact("ECLI"), franceKey = WordKey.exact("FR")

    /// A French ECLI at token k ("ECLI:FR:CECHR:2019:422469.20191127",
    /// "ECLI:FR:CC:2019:2019.810.QPC"): the court ("CE" for every formation of the Conseil
    /// d'État, "CC"), the identifier's first part (the Conseil d'État's docket; for the
    /// Conseil constitutionnel year, number and type joined by dots) and the last token.
    /// An administrative court of appeal's ("ECLI:FR:CAALY:2022:21LY03012.20220707") gives
    /// its seat (courts.json `ecliSeats`, court "CAA-Lyon") and its docket. Other courts'
    /// ECLIs hold no docket the contract's ids use.
    func ecli(_ k: Int) -> (court: String, number: String, end: Int)? {
        guard kind(k) == .word, tokens[k].length == 4, exactKey(k) == Self.ecliKey, key(k + 1) == RW.colon,
              exactKey(k + 2) == Self.franceKey, key(k + 3) == RW.colon, kind(k + 4) == .word, key(k + 5) == RW.colon,
              kind(k + 6) == .number, key(k + 7) == RW.colon, k + 8 < tokens.count else { return nil }
        let court = string(k + 4)
        let seat = lex.ecliSeats[court]
        guard court == "CC" || seat != nil || court.hasPrefix("CE") && court.count <= 6 && court != "CEDH" else { return nil }
        var body = string(k + 8), end = k + 8
        while end + 1 < tokens.count, tokens[end + 1].start == tokens[end].end,
              kind(end + 1) == .number || kind(end + 1) == .word || key(end + 1) == RW.period {
            body += string(end + 1); end += 1
        }
        if court == "CC" { return ("CC", body, end) }
        if let (id, place) = seat {
            let docket = body.prefix { $0.isASCII && ($0.isNumber || $0.isUppercase) }
            return docket.count >= 7 ? ("\(id)-\(place)", String(docket), end) : nil
        }
        let docket = body.prefix { $0.isASCII && $0.isNumber }
        guard docket.count >= 4 else { return nil }
        return ("CE", String(docket), end)
    }

    /// An ECLI standing alone: a Conseil d'État ruling by its docket, a Conseil
    /// constitutionnel decision ("2019.810.QPC" → cc:2019-810-QPC). Returns the token after it.
    func scanECLI(_ i: Int) -> Int? {
        guard let e = ecli(i) else { return nil }
        if e.court != "CC" {
            emit("juris:\(e.court):\(e.number)", kind: .courtRuling, range(i, e.end), token: i)
            return e.end + 1
        }
        let parts = e.number.split(separator: ".")
        guard parts.count == 3, parts[0].count == 4, parts[0].allSatisfy(\.isNumber), parts[1].allSatisfy(\.isNumber),
              let type = lex.ccTypeNames[WordKey.exact(String(parts[2]))] else { return nil }
        emit("cc:\(parts[0])-\(parts[1])-\(type)", kind: .constitutionalDecision, range(i, e.end), token: i)
        return e.end + 1
    }

    /// A court named at token i (full name or acronym).
    func courtAt(_ i: Int) -> (court: Int, end: Int, acronym: Bool)? {
        if let m = lex.courtNames.match(from: i, limit: tokens.count, key: phraseKey) {
            return (m.value, m.end, false)
        }
        let lower = !isUpperInitial(i)
        if !lower || lowercaseCourtAbbreviation(i), let m = lex.courtAcronyms.match(from: i, limit: tokens.count, key: exactPhraseKey),
           key(m.end) != RW.close,   // "(CE)" names the Community, not the Conseil d'État
           !lower || (i..<m.end).filter({ kind($0) != .punct }).count > 1 || chamberFollows(m.end) {
            return (m.value, m.end, true)
        }
        return nil
    }

    /// Whether a chamber word (`rulingFormations`) stands at token e, after a comma or not: a
    /// lowercase "cass." alone names the court only so ("C. cass., crim., …", "C. cass., 2e
    /// civ., …"; "la cass. de la vitre" names none).
    func chamberFollows(_ e: Int) -> Bool {
        var n = e < tokens.count && key(e) == RW.comma ? e + 1 : e
        // "C. cass., 2e civ.": the chamber's ordinal before its word.
        if n < tokens.count, kind(n) == .ordinal { n += 1 }
        return n < tokens.count && lex.rulingFormations.contains(key(n))
    }

    /// A lowercase word that the courts lexicon lists as an acronym as written ("cass." in
    /// "cass. crim."): doctrine's lowercase habit, kept to what the data names.
    /// "2e civ., 13 mars 2003": a civil chamber by its rank, the court unnamed.
    func lowercaseCourtAbbreviation(_ i: Int) -> Bool {
        guard i < tokens.count, let k = kind(i), k == .word || k == .abbreviation || k == .ordinal, !isUpperInitial(i) else { return false }
        return lex.courtAcronyms.startsPhrase(exactKey(i))
    }

    /// The docket at token k: "24/00755", "n° 428478", "n° 18-82.123", "n° 21DA01234".
    func docket(_ k: Int) -> (String, Int)? {
        if let eu = caseNumber(k) { return eu }
        if let p = pourvoiAfterChamberLetter(k) { return (p, k) }
        // "CE, 27 novembre 2019, ECLI:FR:CECHR:2019:422469.20191127": the docket inside.
        if let e = ecli(k), e.court == "CE" { return (e.number, e.end) }
        // "n ~ 186450", "no 186450": "n°" as OCR or a keyboard wrote it.
        // "nos 39472/07 et 39474/07": a European Court's request number keeps its slash.
        if let a = afterNumberWord(k), kind(a) == .number, let (t, e) = docketNumber(a), !t.containsBytes("/") || Self.isRequestNumber(t),
           t.filter(\.isNumber).count >= 4 {
            return (t, e)
        }
        if let c = conflictCaseNumber(k) { return (c, k) }
        guard let tk = kind(k), let (t, end) = docketNumber(k) else { return nil }
        // "req. 255180", "pourvoi 09-87.328", "RG 22/01345": the word that names a docket
        // makes the bare number after it one, as "n°" does.
        if tk == .number, introducedAsDocket(k), t.first?.isNumber == true, t.filter(\.isNumber).count >= 4 {
            return (t, end)
        }
        if tk == .number {
            // Without "n°", a slashed docket ("24/00755"), or the bare number that follows
            // the date in Légifrance's heading of a ruling ("Conseil d'État, 10ème - 9ème
            // chambres réunies, 18/12/2019, 428311"; "CAA Douai, 5 mars 2020, 19DA01234").
            // "Cour de cassation, chambre criminelle, 12 janvier 2021, 20-84.045": the
            // Cour de cassation's pourvoi number keeps its dash and dot.
            // "CAA Lyon 7 juillet 2022 21LY03012": a docket with its seat's letters needs no
            // comma after the date. "CE, 10/9 SSR, …": a slashed number before a formation
            // word is the formation's subsections.
            // "Crim. 4 mai 2023 22-85.123": a pourvoi's dotted shape needs no comma either.
            // "CAA Douai 21DA02143", "Cass 22-87.145": a docket of a shape no other number has
            // (a seat's letters inside, a pourvoi's dash and dot) is one without a date before it.
            let afterDate = key(k - 1) == RW.comma && kind(k - 2) == .date
                || kind(k - 1) == .date && (t.contains(where: \.isUppercase) || Self.isDottedPourvoi(t))
                || Self.isSeatDocket(t) || Self.isDottedPourvoi(t)
            if t.first?.isNumber == true, t.containsBytes("/") && !aloneOnLine(k, end) && !afterFullStop(k) && !formationAfter(end, docket: t) || (afterDate
                && t.count >= 5 && t.count <= 10 && t.filter(\.isNumber).count >= 5
                && t.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase || $0 == "-" || $0 == ".") })) { return (t, end) }
            return nil
        }
        let digits = t.filter { $0.isNumber }.count
        if digits < 4, let (g, e) = thousandsGroup(after: end, t) { return (g, e) }
        guard digits >= 4 else { return nil }
        return (t, end)
    }

    /// "T. confl., 17 juin 2013, n° C3911": the Tribunal des conflits numbers its cases with a
    /// "C" glued to four digits; written after "n°", that word is the docket, kept as written.
    func conflictCaseNumber(_ k: Int) -> String? {
        guard k > 0, k < tokens.count, kind(k) == .word, key(k - 1) == RW.numero || afterNumberWord(k - 1) == k else { return nil }
        let t = string(k)
        guard t.count == 5, t.hasPrefix("C"), t.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return t
    }

    /// "Par un arrêt n° 21PA04567 du 3 mars 2022, la cour a rejeté l'appel": a cour
    /// administrative d'appel's docket carries its seat's letters ("PA", as its ECLIs'
    /// "CAAPA": Paris). After a ruling noun, with no court named after it (that court's own
    /// reading takes it then), the docket alone names the ruling. Where the scan goes on.
    func scanSeatDocket(_ i: Int) -> Int? {
        guard i > 0, lex.judgmentNouns.contains(key(i - 1)), let (d, e) = docket(i), Self.isSeatDocket(d) else { return nil }
        let letters = String(d.dropFirst(2).prefix(2))
        guard let (court, seat) = lex.ecliSeats.first(where: { $0.key.hasSuffix(letters) && $0.key.count == letters.count + 3 })?.value else { return nil }
        var p = e + 1
        while p < tokens.count, p - e <= 16, sameUnit(i, p) {
            if courtAt(p) != nil { return nil }
            p += 1
        }
        emit("juris:\(court)-\(seat):\(d)", kind: .courtRuling, range(i - 1, e), token: i - 1)
        return e + 1
    }

    /// "39472/07": a European Court of Human Rights request number — three to six digits, a
    /// slash and the year's two digits.
    static func isRequestNumber(_ t: String) -> Bool {
        let parts = t.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && (3...6).contains(parts[0].count) && parts[1].count == 2
            && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// "22-85.123": the Cour de cassation's pourvoi number as written with its dot (two
    /// digits, a dash, two digits, a dot, three digits), a shape no date or article has.
    /// "pourvoi n° D 13-19.582": the Cour de cassation writes a letter before a pourvoi's
    /// number, which the tokenizer reads with it as an article ("D 13-19", as "article D.
    /// 13-19"). The pourvoi number of such a token at k, or nil.
    func pourvoiAfterChamberLetter(_ k: Int) -> String? {
        guard kind(k) == .article else { return nil }
        let parts = string(k).split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 1, parts[0].allSatisfy({ $0 >= "A" && $0 <= "Z" }) else { return nil }
        let number = String(parts[1])
        return Self.isDottedPourvoi(number) ? number : nil
    }

    static func isDottedPourvoi(_ t: String) -> Bool {
        let c = Array(t.utf8)
        guard c.count == 9, c[2] == UInt8(ascii: "-"), c[5] == UInt8(ascii: ".") else { return false }
        return c.enumerated().allSatisfy { $0.offset == 2 || $0.offset == 5 || ($0.element >= 48 && $0.element <= 57) }
    }

    /// "21DA02143": an administrative court of appeal's docket — the year's two digits, the
    /// seat's two capitals, five digits.
    static func isSeatDocket(_ t: String) -> Bool {
        let c = Array(t.utf8)
        guard c.count == 9 else { return false }
        return c.enumerated().allSatisfy { (2...3).contains($0.offset) ? ($0.element >= 65 && $0.element <= 90) : ($0.element >= 48 && $0.element <= 57) }
    }

    /// Whether tokens k...e fill their line alone, blanks aside: a page's number ("1/3") that
    /// a PDF's text or its copy leaves under a footnote citing a ruling ("² CE, 25 avril
    /// 2018.⏎1/3") is no docket; a docket stands in its citation's line.
    func aloneOnLine(_ k: Int, _ e: Int) -> Bool {
        var a = Int(tokens[k].start) - 1
        while a >= 0, s[a] == " " || s[a] == "\t" { a -= 1 }
        var b = Int(tokens[e].end)
        while b < s.count, s[b] == " " || s[b] == "\t" { b += 1 }
        return (a < 0 || s[a] == "\n" || s[a] == "\u{0C}") && (b >= s.count || s[b] == "\n" || s[b] == "\u{0C}")
    }

    /// Whether a full stop ends the citation before token k: "² CE, 25 avril 2018. 1/3", a
    /// flattened copy's page number after a footnote, is no docket (a docket follows its
    /// date after a comma).
    func afterFullStop(_ k: Int) -> Bool { k > 0 && key(k - 1) == RW.period }

    /// Whether a formation word follows token e ("CE, 10/9 SSR"), so that the slashed number
    /// ending there is the formation's subsections. "et" before another slashed number of
    /// the same shape joins a list of dockets instead ("aff. 6/73 et 7/73", "CA Versailles,
    /// 5 sept. 2024, 24/05878 et 24/05879").
    func formationAfter(_ e: Int, docket t: String) -> Bool {
        guard lex.rulingFormations.contains(key(e + 1)) else { return false }
        guard key(e + 1) == RW.et, let (next, _) = docketNumber(e + 2) else { return true }
        return Self.docketShape(next) != Self.docketShape(t)
    }

    /// The number at token k with its glued continuations (".123", "DA01234"): the docket's
    /// text and its last token.
    func docketNumber(_ k: Int) -> (String, Int)? {
        guard let tk = kind(k), tk == .number || tk == .textNumber, var t = numberText(k) else { return nil }
        var end = k
        while end + 1 < tokens.count, tokens[end + 1].start == tokens[end].end {
            let nk = tokens[end + 1].kind
            if nk == .word || nk == .number { t += string(end + 1); end += 1; continue }
            if key(end + 1) == RW.period, end + 2 < tokens.count, tokens[end + 2].start == tokens[end + 1].end, kind(end + 2) == .number {
                t += "." + string(end + 2); end += 2; continue
            }
            break
        }
        return (t, end)
    }

    /// "aff. C-404/15 et C-659/15", "n° 18-82.123 et 18-82.124": the further dockets of a
    /// list after the docket ending at token e, each of the first one's shape (its digits
    /// aside), so that a number of another kind does not join the list. A run of digits may
    /// be longer or shorter ("C-704/20 et C-39/21") when the docket keeps four digits or more:
    /// "n° 431117 et 12" is no list of dockets.
    func furtherDockets(after e: Int, like first: String) -> [(String, Int, Int)] {
        let shape = Self.docketShape
        func digits(_ t: String) -> Int { t.filter(\.isNumber).count }
        var out: [(String, Int, Int)] = []
        var k = e + 1
        // "C-924/19 PPU et C-925/19 PPU": the urgent procedure's mark after a case number.
        if key(k) == Self.ppu { k += 1 }
        while key(k) == RW.et || key(k) == RW.comma, sameUnit(e, k + 1) {
            var start = k + 1
            if key(start) == RW.et { start += 1 }
            // "n° 16-17198 et n° 16-13151": each docket of the list with its own "n°".
            if let a = afterNumberWord(start), a < tokens.count, sameUnit(start, a) { start = a }
            guard let (d, end) = caseNumber(start) ?? docketNumber(start),
                  shape(d) == shape(first), digits(d) == digits(first) || digits(d) >= 4 else { break }
            out.append((d, start, end))
            k = end + 1
            if key(k) == Self.ppu { k += 1 }
        }
        return out
    }

    /// A docket's shape: each run of digits as one "9", the rest as written ("18-82.123" →
    /// "9-9.9", "2260/10" → "9/9").
    static func docketShape(_ t: String) -> String {
        var out = "", digit = false
        for c in t { if c.isNumber { if !digit { out.append("9") } } else { out.append(c) }; digit = c.isNumber }
        return out
    }

    /// "CE, 4 juillet 1997, n° 156298 ; 19 mars 2003, n° 234636", "CEDH, 10 juil. 2014, n°
    /// 2260/10, Tanda-Muzinga c/ France ; n° 52701/09": doctrine lists further rulings of the
    /// court it named once, each after a semicolon or "et" (past the parties' names), with its
    /// own date or not, its docket written with "n°" and of the first one's shape. Emits them
    /// under `prefix` (the court's id and ":"); the last token read.
    func chainedRulings(after e0: Int, prefix: String, like first: String, court i: Int) -> Int {
        var e = e0
        while true {
            var p = e + 1
            while p < tokens.count, p - e <= 10, sameUnit(i, p), key(p) != RW.semicolon, key(p) != RW.et, key(p) != RW.period,
                  courtAt(p) == nil { p += 1 }
            guard p < tokens.count, key(p) == RW.semicolon || key(p) == RW.et, sameUnit(i, p) else { return e }
            var k = p + 1
            if kind(k) == .date { k += 1; if key(k) == RW.comma { k += 1 } }
            // The docket's "n°" (in its token, or a number word before it), or "req." / "pourvoi".
            let at: Int
            if kind(k) == .textNumber || lex.numberWords.contains(key(k)) { at = k }
            else if Self.docketWords.contains(key(k)) { at = key(k + 1) == RW.period ? k + 2 : k + 1 }
            else { return e }
            guard sameUnit(i, at), let (d, end) = docket(at), !isTextNumber(at),
                  Self.docketShape(d) == Self.docketShape(first) else { return e }
            let d2 = prefix.hasPrefix("juris:Cass") ? pourvoiWithDot(d) : d
            emit(prefix + d2, kind: .courtRuling, range(p + 1, end), token: p + 1)
            e = end
        }
    }

    static let ppu = Fold.key("PPU")
    static let docketWords: Set<UInt64> = Set(["req.", "req", "requête", "pourvoi", "RG", "R.G.", "aff."].map { Fold.key($0) })
    static let numberSignAbbreviation = Fold.key("n°"), pluralS = Fold.key("s")

    /// Whether the number at k is named a docket by the word before it: "req. 255180" (the
    /// tokenizer may split "req" from its dot), "pourvoi 09-87.328", or the plural sign
    /// "n°s 376107, 376108" (read as "n°" and a word "s").
    func introducedAsDocket(_ k: Int) -> Bool {
        let before = key(k - 1) == RW.period ? k - 2 : k - 1
        if Self.docketWords.contains(key(before)) { return true }
        return k >= 2 && key(k - 1) == Self.pluralS && key(k - 2) == Self.numberSignAbbreviation && tokens[k - 1].start == tokens[k - 2].end
    }

    /// The EU courts' case numbers, "C-61/11", "T-123/19": one capital, a dash and digits,
    /// then a slash and the year, all glued (the tokenizer reads "C-61" as a word).
    func caseNumber(_ k: Int) -> (String, Int)? {
        if let c = caseNumberWithDash(k) { return c }
        guard kind(k) == .word, tokens[k].length >= 3, tokens[k].length <= 8, key(k + 1) == RW.slash,
              kind(k + 2) == .number, tokens[k + 1].start == tokens[k].end, tokens[k + 2].start == tokens[k + 1].end else { return nil }
        let w = Array(string(k).unicodeScalars)
        guard w.count >= 3, ("A"..."Z").contains(w[0]), w[1] == "-", w.dropFirst(2).allSatisfy({ ("0"..."9").contains($0) }),
              let y = numberText(k + 2), y.count == 2 || y.count == 4 else { return nil }
        return (string(k) + "/" + y, k + 2)
    }

    /// "l'arrêt C-61/11 PPU du 28 avril 2011", "dans l'affaire C-311/18": a case number in a
    /// court's own numbering (its `casePrefix`) names its ruling without the court's name
    /// when one of the court's `caseWords` stands just before it or a `caseMarks` just after
    /// ("PPU"). A list of them ("aff. jtes C-511/18, C-512/18 et C-520/18") gives one id
    /// each. Returns the token after the last.
    func scanCaseNumber(_ i: Int) -> Int? {
        guard let (n, end) = caseNumber(i), let c = lex.caseWords[key(i - 1)] ?? lex.caseMarks[exactKey(end + 1)] ?? namedCaseWord(before: i),
              let prefix = lex.courts[c].casePrefix, n.hasPrefix(prefix) else { return nil }
        emit("juris:\(lex.courts[c].id):\(n)", kind: .courtRuling, range(i, end), token: i)
        var last = end
        while true {
            let markEnd = lex.caseMarks[exactKey(last + 1)] == c ? last + 1 : last
            guard let k = afterListSeparator(markEnd), sameUnit(i, k), let (n2, e2) = caseNumber(k), n2.hasPrefix(prefix) else { break }
            emit("juris:\(lex.courts[c].id):\(n2)", kind: .courtRuling, range(k, e2), token: k)
            last = e2
        }
        return last + 1
    }

    /// "l'arrêt Jawo (C-163/17)", "l'affaire El Dridi (C-61/11 PPU)": the case's name, one to
    /// three capitalised words, between the case word and the parenthesis that holds its
    /// number. The court of that case word, or nil.
    func namedCaseWord(before i: Int) -> Int? {
        guard key(i - 1) == RW.open else { return nil }
        var p = i - 2
        while p >= 0, i - 2 - p < 3, kind(p) == .word, isUpperInitial(p), sameUnit(p, i) { p -= 1 }
        return p < i - 2 && p >= 0 ? lex.caseWords[key(p)] : nil
    }

    /// A number that belongs to a text ("loi n° 71-498", "décret n° …").
    func isTextNumber(_ k: Int) -> Bool {
        var p = k - 1
        while p >= 0, k - p <= 3, lex.textQualifiers.contains(key(p)) { p -= 1 }
        return lex.kindWords[key(p)] != nil
    }

    /// "… ou de Versailles (5 septembre 2024 ; 24/05878)": a docket in parentheses after a seat.
    func inSeatParenthesis(_ k: Int, after j: Int) -> Bool {
        var p = k - 1
        while p > j, k - p <= 10, key(p) != RW.open { p -= 1 }
        return key(p) == RW.open && p - 2 >= j && isUpperInitial(p - 1) && (key(p - 2) == RW.de || key(p - 2) == RW.d)
    }

    /// "CE, ord., 9 janv. 2014, Ministre de l'intérieur c/ Société …, n° 374508": doctrine's
    /// order (court, formation, date, parties, docket) puts a long party name between an
    /// acronym and its "n°". Within 40 tokens, a docket written with "n°" or "req." still
    /// belongs to the court when the ruling's date follows the court closely (within 8
    /// tokens, doctrine's place for it) and no semicolon ends the citation.
    func citedAfterParties(_ k: Int, from j: Int) -> Bool {
        guard k - j <= 40, kind(k) == .textNumber || lex.numberWords.contains(key(k - 1)) || introducedAsDocket(k)
                || (k >= 2 && lex.numberWords.contains(key(k - 2)) && lex.numberSigns.contains(key(k - 1))) else { return false }
        // The tokenizer may end a sentence at a party's "c." ("Hirsi Jamaa c. Italie"): the
        // paragraph (checked by the caller) bounds the search, a semicolon ends it.
        for p in j..<min(k, j + 8) where kind(p) == .date {
            return !(p..<k).contains { key($0) == RW.semicolon }
        }
        return false
    }

    /// "de Metz", "d'Aix-en-Provence", "Paris": the seat after a court, and its end.
    func place(at p0: Int) -> (String, Int)? {
        var p = p0
        if key(p) == RW.de || key(p) == RW.d { p += 1 }
        guard isUpperInitial(p), kind(p) == .word else { return nil }
        return (Self.seatName(string(p)), p + 1)
    }

    /// Légifrance's headings write the seat in capitals ("CAA de PARIS, 5ème chambre",
    /// "TA de CERGY-PONTOISE"): the id keeps one spelling of a seat, the usual one ("Paris",
    /// "Cergy-Pontoise"; a short part after a hyphen is a connector, "Aix-en-Provence").
    static func seatName(_ s: String) -> String {
        guard s.count > 1, !s.contains(where: \.isLowercase) else { return s }
        return s.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { n, part in
            let low = part.lowercased()
            return n > 0 && low.count <= 3 ? low : low.prefix(1).uppercased() + low.dropFirst()
        }.joined(separator: "-")
    }

    /// "CE, ass., 3 juillet 1996, Koné", "Cass. crim., 12 janv. 2021", "CJUE, gde ch., 19 mars
    /// 2019": doctrine names the court's formation between the court and the date of a ruling
    /// cited without its docket. Over at most six tokens of formation words, ordinals ("5e
    /// ch.", "1re civ.") and commas, holding at least one word or ordinal, to the date just
    /// after them; `d` itself otherwise, so no other words ("le CE a, le 12 juin…") date a ruling.
    func dateAfterFormation(_ d: Int, court i: Int) -> Int {
        var p = d, words = 0
        while p < tokens.count, p - d < 6, sameUnit(i, p) {
            if key(p) == RW.comma { p += 1; continue }
            guard lex.rulingFormations.contains(key(p)) || kind(p) == .ordinal else { break }
            words += 1; p += 1
        }
        return words > 0 && p < tokens.count && kind(p) == .date ? p : d
    }

    /// At a court's name: its rulings, by docket (or by date when no docket is given).
    /// "l'arrêt n° 21-84.092 de la chambre criminelle du 6 avril 2022", "la décision n° 467213
    /// du Conseil d'État du 6 mars 2023": a docket written before the court it belongs to,
    /// joined to it by "de la", "du" or "de l'" alone. The docket and its first token.
    func docketBeforeCourt(_ i: Int) -> (String, Int)? {
        var p = i - 1
        while p >= 0, i - p <= 2, key(p) == RW.de || key(p) == RW.la || key(p) == RW.du || key(p) == RW.l { p -= 1 }
        guard p < i - 1, p >= 0, sameUnit(p, i) else { return nil }
        for k in stride(from: p, through: max(0, p - 2), by: -1) {
            if let (n, e) = docket(k), e == p, introducedByNumberSign(k), !isTextNumber(k) { return (n, k) }
        }
        return nil
    }

    /// "Hirsi Jamaa et autres c. Italie,⏎⏎n° 27765/09.": a copy that set the docket of a
    /// citation on its own line after a blank one; the comma that ends the line before (in
    /// the court's block) says the citation goes on. Whether token k starts that line with
    /// "n°".
    func docketPastBlankLine(_ k: Int, court i: Int) -> Bool {
        guard k > 0, k < tokens.count, tokens[k].newlinesBefore > 0, key(k - 1) == RW.comma, sameBlock(i, k - 1) else { return false }
        return kind(k) == .textNumber || afterNumberWord(k) != nil
    }

    /// "Par une ordonnance n° 2006861 du 5 mai 2020, le juge des référés du tribunal
    /// administratif de Paris a rejeté…": a court's order cited in a judgment's prose names
    /// its docket first, then (after the date and a comma) its judge (`judicialAuthors` of the
    /// order's kind) and the court the judge sits in. One order may join several cases ("Par
    /// une ordonnance n° 2405015, 2405017 du 30 août 2024, le juge des référés…"): each docket
    /// after the first, bare or with its own "n°", after a comma or "et". The dockets (digits
    /// only, never a government text's "2020-1733") with their first and last tokens, the
    /// token that starts the citation (the kind word), and the date's token if any.
    func orderDocketsBeforeJudge(_ i: Int) -> (dockets: [(String, Int, Int)], start: Int, date: Int?)? {
        var p = i - 1
        while p > 0, i - p <= 7, key(p) != RW.comma { p -= 1 }
        guard key(p) == RW.comma, sameUnit(p, i) else { return nil }
        var judge = p + 1
        if key(judge) == RW.le || key(judge) == RW.la || key(judge) == RW.l { judge += 1 }
        var e = p - 1
        var date: Int? = nil
        if kind(e) == .date, key(e - 1) == RW.du { date = e; e -= 2 }
        var out: [(String, Int, Int)] = []
        while e > 0, out.count < 12 {
            guard let (n, k) = orderDocket(endingAt: e) else { return nil }
            out.insert((n, k, e), at: 0)
            if introducedByNumberSign(k) {
                let sign = afterNumberWord(k - 2) == k ? k - 2 : afterNumberWord(k - 1) == k ? k - 1 : k
                // "n° 2405015 et n° 2405017": an earlier docket of the list with its own sign.
                if key(sign - 1) == RW.et || key(sign - 1) == RW.comma, orderDocket(endingAt: sign - 2) != nil { e = sign - 2; continue }
                for w in stride(from: k - 1, through: max(0, k - 3), by: -1) {
                    if let ki = lex.kindWords[key(w)], let judges = lex.judicialAuthors[ki], judges.contains(key(judge)), sameUnit(w, i) { return (out, w, date) }
                }
                return nil
            }
            // A bare docket stands only after another one of the list.
            guard key(k - 1) == RW.comma || key(k - 1) == RW.et else { return nil }
            e = k - 2
        }
        return nil
    }

    /// Notes the dockets of a ruling cited with its date ("Par une ordonnance n° 2302320 du 17
    /// mai 2023, le juge des référés du tribunal administratif de Nice"): a later "l'ordonnance
    /// du 17 mai 2023 du juge des référés du tribunal administratif de Nice" is that ruling.
    func noteDocketedRuling(_ courtKey: String, date: Int?, dockets: [String]) {
        guard let d = date, let pd = parseDate(d), let y = pd.year, let date = CivilDate(year: y, month: pd.month, day: pd.day) else { return }
        let id = courtKey + date.iso
        for n in dockets where !(docketsByDate[id]?.contains(n) ?? false) { docketsByDate[id, default: []].append(n) }
    }

    /// The court order's docket ending at token e ("n° 2405015", a bare "2405017" in a list):
    /// five digits or more, digits only. The docket and its first token.
    func orderDocket(endingAt e: Int) -> (String, Int)? {
        for k in stride(from: e, through: max(0, e - 2), by: -1) {
            guard let (n, de) = docket(k) ?? docketNumber(k), de == e, n.count >= 5,
                  n.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            return (n, k)
        }
        return nil
    }

    /// "Par un jugement n° 1600406 du 21 janvier 2016, le magistrat désigné par le président du
    /// tribunal administratif de Lille a annulé…", "des jugements n° 2100408 et n° 2100410 du
    /// 24 juin 2021 du tribunal administratif de Dijon": a judgment cited in another ruling's
    /// prose gives its docket (or a list of them) and its date first, then who signed it
    /// (`rulingClauseWords` alone, a comma at most) and the court. Read back from the court at
    /// token i: the dockets with their first and last tokens, in the text's order.
    ///
    /// "le jugement n° 10-754 du 12 avril 2011 par lequel le tribunal administratif de Caen":
    /// older dockets are dashed like a law's number; after a noun never said of a government
    /// text (`judgmentNouns`) they are the court's.
    func judgmentDocketsBeforeCourt(_ i: Int) -> [(String, Int, Int)]? {
        guard let p = judgmentDateBeforeCourt(i) else { return nil }
        var out: [(String, Int, Int)] = []
        var dashed = false
        var e = p - 2
        while e > 0 {
            // "n°s 2001234 et 2001235": a list's later dockets may go bare.
            let bare = orderDocket(endingAt: e).flatMap { key($0.1 - 1) == RW.et || key($0.1 - 1) == RW.comma ? $0 : nil }
            guard let (n0, k) = numberedDocket(endingAt: e, dashed: true) ?? bare else { return nil }
            // "n°s 2105290-2105291": two cases of the court's own length joined by a dash.
            let pair = n0.split(separator: "-").map(String.init)
            let joined = pair.count == 2 && pair.allSatisfy { $0.count >= 5 && $0.allSatisfy(\.isNumber) }
            let n = joined ? pair[0] : n0
            dashed = dashed || !joined && Self.isDashedNumber(n)
            var sign = afterNumberWord(k - 2) == k ? k - 2 : afterNumberWord(k - 1) == k ? k - 1 : k
            // "n°s 2105290, 2105291": the plural sign before the first docket.
            if sign == k, k >= 2, key(k - 1) == Self.pluralS, key(k - 2) == Self.numberSignAbbreviation { sign = k - 2 }
            out.insert((n, sign, e), at: 0)
            if joined { out.insert((pair[1], sign, e), at: 1) }
            if key(sign - 1) == RW.et || key(sign - 1) == RW.comma { e = sign - 2; continue }
            let noun = key(sign - 1)
            return lex.rulingNouns.contains(noun) && (!dashed || lex.judgmentNouns.contains(noun)) ? out : nil
        }
        return nil
    }

    /// "2020-1733", "10-754": digits and a dash, the shape of a government text's number.
    static func isDashedNumber(_ n: String) -> Bool {
        n.containsBytes("-") && !n.containsBytes(".") && n.allSatisfy { $0.isNumber || $0 == "-" }
    }

    /// The date token of a ruling cited before its court and who signed it ("… du 21 janvier
    /// 2016, le magistrat désigné par le président du tribunal …"), read back from the court at i.
    func judgmentDateBeforeCourt(_ i: Int) -> Int? {
        var p = i - 1
        while p > 0, i - p <= 12, lex.rulingClauseWords.contains(key(p)) || key(p) == RW.comma { p -= 1 }
        guard p > 1, i - p > 1, kind(p) == .date, key(p - 1) == RW.du, sameUnit(p, i) else { return nil }
        return p
    }

    /// "Par un jugement du 3 mars 2020, le tribunal administratif de Lyon a rejeté…": the same
    /// citation without a docket, its ruling noun right before the date. The noun's token and
    /// the date's.
    /// "Dans son arrêt de principe du 15 décembre 2021, la Cour de cassation…": the noun may
    /// carry a qualifier (`rulingQualifiers`) after "de".
    func undocketedJudgmentBeforeCourt(_ i: Int) -> (Int, Int)? {
        guard let p = judgmentDateBeforeCourt(i) else { return nil }
        var n = p - 2
        if n > 1, key(n - 1) == RW.de, lex.rulingQualifiers.contains(key(n)) { n -= 2 }
        return lex.rulingNouns.contains(key(n)) ? (n, p) : nil
    }

    /// The docket written with "n°" that ends at token e: a court's (seven digits, "24/00755",
    /// "20-84.045", "21DA01234"), never a government text's number ("2020-1733"). The docket
    /// and its first token.
    func numberedDocket(endingAt e: Int, dashed: Bool = false) -> (String, Int)? {
        for k in stride(from: e, through: max(0, e - 2), by: -1) {
            guard let (n, de) = docket(k), de == e, introducedByNumberSign(k), n.count >= 5 else { continue }
            if !dashed, Self.isDashedNumber(n) { return nil }
            return (n, k)
        }
        return nil
    }

    /// Whether the docket at k is written with "n°" (in its token or before it): a bare
    /// number before a court ("les 12 de la cour…") names no ruling.
    /// A docket read from its number word ("nos 2001234 et 2001235") starts at that word.
    func introducedByNumberSign(_ k: Int) -> Bool {
        kind(k) == .textNumber || afterNumberWord(k - 1) == k || afterNumberWord(k - 2) == k || introducedAsDocket(k)
            || afterNumberWord(k).map { kind($0) == .number } == true
    }

    /// "La Cour de cassation, dans un arrêt du 15 décembre 2021, a jugé…", "La cour
    /// administrative d'appel de Nantes a, par un arrêt du 3 mars 2022, annulé…": the court,
    /// subject of the sentence, then its ruling ("par"/"dans", "un"/"une", a ruling noun) and
    /// the ruling's date after "du". "La Cour de cassation, dans son arrêt de principe du 15
    /// décembre 2021, a jugé…": a possessive (`rulingDeterminers`) and a qualifier after "de"
    /// (`rulingQualifiers`) say the same. From the token j after the court (and its seat): the
    /// date's token, or nil.
    func rulingDateAfterSubject(_ j: Int, court i: Int) -> Int? {
        var q = j
        if key(q) == Self.hasVerb { q += 1 }
        if key(q) == RW.comma { q += 1 }
        guard key(q) == Self.byWord || key(q) == Self.inWord, lex.rulingDeterminers.contains(key(q + 1)),
              lex.rulingNouns.contains(key(q + 2)) else { return nil }
        var r = q + 3
        if key(r) == RW.de, lex.rulingQualifiers.contains(key(r + 1)) { r += 2 }
        guard key(r) == RW.du, kind(r + 1) == .date, sameUnit(i, r + 1) else { return nil }
        return r + 1
    }

    static let hasVerb = Fold.key("a"), byWord = Fold.key("par"), inWord = Fold.key("dans")

    /// "Cass., Ass. plén., 15 avril 2011, n° 10-17.049", "Cass., Crim., 17 mars 2021": a
    /// chamber the lexicon lists as an acronym of the same court, set off by a comma right
    /// after the court, is its formation, not a second court that would end the citation.
    /// The token after the chamber, or `j` when none follows.
    func sameCourtChamberEnd(_ j: Int, court: Int) -> Int {
        // "l'arrêt de la Cour de cassation (chambre criminelle) du 30 novembre 2005": the
        // chamber in parentheses, by its name or its acronym.
        if key(j) == RW.open, let c = courtAt(j + 1), c.court == court, key(c.end) == RW.close, sameUnit(j, c.end) { return c.end + 1 }
        guard key(j) == RW.comma, let c = courtAt(j + 1), c.court == court, c.acronym, sameUnit(j, c.end - 1) else { return j }
        return c.end
    }

    /// "Mme B… a demandé au tribunal administratif de Strasbourg d'annuler … Par un jugement
    /// n° 2106237 du 19 novembre 2021, le magistrat désigné par le président du tribunal
    /// administratif a fait droit à sa demande": a ruling's prose names the court's seat once,
    /// then says "le tribunal administratif". A court of many seats named with its seat at
    /// token i is noted; named without one, it is the one of its kind named last before i.
    func notedSeat(_ seat: String?, court: Int, at i: Int) -> String? {
        if let s = seat {
            courtSeats[court, default: []].append((i, s))
            return s
        }
        guard let s = courtSeats[court]?.filter({ $0.pos < i }).max(by: { $0.pos < $1.pos })?.seat else {
            seatlessCourts.insert(court)
            return nil
        }
        return s
    }

    /// "… au tribunal administratif de Lyon d'annuler l'arrêté. Par un arrêt n° 21LY01234 du 5
    /// juin 2022, la cour administrative d'appel a rejeté …": a docket that a later court's
    /// citation reads back (ruling noun, docket, date, who signed it, that court) is that
    /// court's, not the one named before it. Whether the docket at k…e is so claimed.
    func claimedByLaterCourt(_ k: Int, _ e: Int) -> Bool {
        var p = e + 1
        while p < tokens.count, p - e <= 16, sameUnit(k, p) {
            if courtAt(p) != nil {
                let mine: ((String, Int, Int)) -> Bool = { $0.1 - 2 <= k && k <= $0.2 }
                return judgmentDocketsBeforeCourt(p)?.contains(where: mine) == true
                    || orderDocketsBeforeJudge(p)?.dockets.contains(where: mine) == true
            }
            p += 1
        }
        return false
    }

    func scanCourt(_ i: Int) -> Int? {
        // "décret en Conseil d'État": a procedure, not a ruling.
        guard key(i - 1) != RW.en, let c = courtAt(i) else { return nil }
        let court = lex.courts[c.court]
        var j = c.end
        var seat: String?
        if court.place, let (p, e) = place(at: j), sameUnit(i, e - 1) { seat = p; j = e }
        let namedSeat = seat != nil
        if court.place { seat = notedSeat(seat, court: c.court, at: i) }
        j = sameCourtChamberEnd(j, court: c.court)
        // An acronym's docket stands within 15 tokens, or further only by `citedAfterParties`.
        let window = c.acronym ? 41 : 400, near = c.acronym ? 15 : 16
        var found = false
        var firstEnd: Int? = nil
        var k = j
        while k < tokens.count, k - j < window, sameBlock(i, k) || docketPastBlankLine(k, court: i) {
            if k > j, courtAt(k) != nil { break }
            if let (d, e) = docket(k), !isTextNumber(k), k - j <= near || inSeatParenthesis(k, after: j) || citedAfterParties(k, from: j),
               !claimedByLaterCourt(k, e) {
                var where_ = seat
                var start = i
                if found || !namedSeat || !c.acronym {
                    // "… ou de Versailles (5 septembre 2024 ; 24/05878)": the seat before the parenthesis.
                    var p = k - 1
                    while p > j, k - p <= 10, key(p) != RW.open { p -= 1 }
                    if key(p) == RW.open, p - 2 >= j, isUpperInitial(p - 1), key(p - 2) == RW.de || key(p - 2) == RW.d {
                        if court.place { where_ = string(p - 1) }
                        if found { start = p - 2 }
                    }
                }
                // A court of many seats named without one, none named before: no id.
                if court.place && where_ == nil { k = e + 1; continue }
                // "… du tribunal administratif de Melun. Par un arrêt n° 21PA04567 du 3 mars 2022,
                // la cour a rejeté …": a docket with a seat's letters is only the court's whose
                // ECLI seats have them (the cour administrative d'appel), never a tribunal's.
                if Self.isSeatDocket(d), court.ecliSeats?[court.id + String(d.dropFirst(2).prefix(2))] == nil { k = e + 1; continue }
                let written = d
                let d = court.id == "Cass" ? pourvoiWithDot(d) : d
                let id = "juris:\(court.id)\(court.place ? where_.map { "-\($0)" } ?? "" : ""):\(d)"
                emit(id, kind: .courtRuling, range(start, e), token: start)
                var last = e
                // A list's further pourvois as written ("n° 16-17198 et n° 16-13151"), each dotted as the first.
                for (d2, s2, e2) in furtherDockets(after: e, like: written) {
                    emit(String(id.dropLast(d.count)) + (court.id == "Cass" ? pourvoiWithDot(d2) : d2), kind: .courtRuling, range(s2, e2), token: s2)
                    last = e2
                }
                last = chainedRulings(after: last, prefix: String(id.dropLast(d.count)), like: d, court: i)
                if firstEnd == nil { firstEnd = last + 1 }
                found = true
                k = last + 1
                if c.acronym { break }
                continue
            }
            k += 1
        }
        if !found {
            // "l'arrêt du Conseil d'État du 12 juin 2020", "CE, 12 juin 2020"
            var d = j
            if key(d) == RW.comma || key(d) == RW.du { d += 1 }
            // "l'arrêt de la cour d'appel de Lyon, en date du 14 décembre 1994", "l'arrêt de la
            // Cour de cassation en date du 7 décembre 1995": the visas' way to date a ruling.
            if key(d) == RW.en, key(d + 1) == RW.date, key(d + 2) == RW.du { d += 3 }
            if !court.place || seat != nil, let rd = rulingDateAfterSubject(j, court: i) { d = rd }
            d = dateAfterFormation(d, court: i)
            if !court.place || seat != nil, let order = orderDocketsBeforeJudge(i) {
                let courtKey = "juris:\(court.id)\(court.place ? seat.map { "-\($0)" } ?? "" : ""):"
                for (x, (n, s0, e0)) in order.dockets.enumerated() {
                    // The first docket's span runs from the kind word to the court, as one citation.
                    let r = x == 0 ? range(order.start, max(order.start, j - 1)) : range(s0, e0)
                    emit(courtKey + n, kind: .courtRuling, r, token: x == 0 ? order.start : s0)
                }
                noteDocketedRuling(courtKey, date: order.date, dockets: order.dockets.map { $0.0 })
                return j
            }
            // (A court of many seats named without its seat, "le tribunal administratif", gives no id.)
            let courtKey = "juris:\(court.id)\(court.place ? seat.map { "-\($0)" } ?? "" : ""):"
            if !court.place || seat != nil, let dockets = judgmentDocketsBeforeCourt(i) {
                for (n, s0, e0) in dockets {
                    emit(courtKey + (court.id == "Cass" ? pourvoiWithDot(n) : n), kind: .courtRuling, range(s0, e0), token: s0)
                }
                noteDocketedRuling(courtKey, date: judgmentDateBeforeCourt(i), dockets: dockets.map { court.id == "Cass" ? pourvoiWithDot($0.0) : $0.0 })
                return j
            }
            if !court.place || seat != nil, let (noun, dt) = undocketedJudgmentBeforeCourt(i), let pd = parseDate(dt), let y = pd.year,
               let date = CivilDate(year: y, month: pd.month, day: pd.day) {
                emit(courtKey + date.iso, kind: .courtRuling, range(noun, dt), token: noun)
                return j
            }
            if !court.place || seat != nil, kind(d) == .date, sameUnit(i, d), let pd = parseDate(d), let y = pd.year,
               let date = CivilDate(year: y, month: pd.month, day: pd.day) {
                if let (n, start) = docketBeforeCourt(i) {
                    let n = court.id == "Cass" ? pourvoiWithDot(n) : n
                    emit("juris:\(court.id)\(court.place ? seat.map { "-\($0)" } ?? "" : ""):\(n)", kind: .courtRuling, range(start, d), token: start)
                    return d + 1
                }
                let id = "juris:\(court.id)\(court.place ? seat.map { "-\($0)" } ?? "" : ""):\(date.iso)"
                emit(id, kind: .courtRuling, range(i, d), token: i)
                return d + 1
            }
        }
        // "tribunal administratif de Lille, ordonnance du 2 mars 2021, n° 2101234": what stands
        // between the court and a nearby docket is the ruling's, not another text.
        if let f = firstEnd, f - c.end <= 20 { return f }
        return c.end
    }
}
