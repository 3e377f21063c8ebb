import CircText

/// Code articles: "l'article L. 612-6 du CESEDA", "articles L. 733-7 et L. 733-8",
/// "L. 742-4 à L. 742-6", "L. 511-1 et suivants", "deuxième alinéa de l'article L. 729-2",
/// "article 40 du code de procédure pénale", "L. 722-2 CESEDA".
extension ReferenceScanner {
    /// Parses one article token's text: "L. 612-6" → ("L", "612-6", nil); "R*223-4" → R;
    /// "L. 313-11 bis" → suffix "bis"; "L111-1" (glued, a word token) too.
    func parseArticle(_ i: Int) -> ArticleItem? {
        let r = tokens[i].range
        // The prefix's letters and the number's digits are ASCII: gathered as bytes on the
        // stack (two halves of one buffer) and decoded once, where appending scalar by scalar
        // to string views was most of the parse.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * r.count + 2) { buf in
            let numberAt = r.count + 1
            var np = 0, nn = 0
            var suffix = String.UnicodeScalarView()
            var stage = 0
            for j in r {
                let v = s[j]
                if v.value == 1 || v == "*" { continue }
                let isDigit = v.value >= 0x30 && v.value <= 0x39
                switch stage {
                case 0:
                    if v.value >= 0x41 && v.value <= 0x5A { buf[np] = UInt8(v.value); np += 1 }
                    else if isDigit { stage = 1; buf[numberAt + nn] = UInt8(v.value); nn += 1 }
                    // "L-612-6": a hyphen in place of the dot (the tokenizer checked the number).
                    else if v == "." || v == "-" || v == "\u{2013}" || v == " " || v == "\n" || v == "\u{A0}" || v == "\u{202F}" { continue } else { return nil }
                case 1:
                    if isDigit || v == "-" || v == "." { buf[numberAt + nn] = UInt8(v.value); nn += 1 }
                    else if v == " " || v == "\u{A0}" { stage = 2 } else { return nil }
                default:
                    if v != " " { suffix.append(Unicode.Scalar(Fold.scalar(v.value)) ?? v) }
                }
            }
            guard nn > 0, np <= 2 else { return nil }
            while buf[numberAt + nn - 1] == 0x2D || buf[numberAt + nn - 1] == 0x2E { nn -= 1 }   // a trailing "-" or "."
            let prefix = String(decoding: UnsafeBufferPointer(rebasing: buf[0..<np]), as: UTF8.self)
            let number = String(decoding: UnsafeBufferPointer(rebasing: buf[numberAt..<(numberAt + nn)]), as: UTF8.self)
            return ArticleItem(prefix: prefix, number: number, suffix: suffix.isEmpty ? nil : String(suffix))
        }
    }

    /// A glued article written as a word: "L111-1", "R553-14", "LO111-3".
    func isGluedArticle(_ i: Int) -> Bool {
        guard kind(i) == .word else { return false }
        let r = tokens[i].range
        var j = r.lowerBound, letters = 0
        while j < r.upperBound, ["L", "R", "D", "A", "O"].contains(s[j]) { j += 1; letters += 1 }
        guard letters >= 1 && letters <= 2, j < r.upperBound, s[j].value >= 0x30 && s[j].value <= 0x39 else { return false }
        if letters == 2 && !(s[r.lowerBound] == "L" && s[r.lowerBound + 1] == "O") { return false }
        while j < r.upperBound, (s[j].value >= 0x30 && s[j].value <= 0x39) || s[j] == "-" { j += 1 }
        return j == r.upperBound
    }

    /// "L.O. 6213-1": a prefix of two letters written with dots is an abbreviation token, the
    /// number the token after it.
    func dottedPrefixArticle(_ i: Int) -> ArticleItem? {
        guard kind(i) == .abbreviation, kind(i + 1) == .number, sameUnit(i, i + 1) else { return nil }
        let letters = string(i).filter { $0 != "." }
        // "L.O. 141" (code électoral) needs no hyphen: "LO" is no other abbreviation.
        guard letters.count == 2, lex.articlePrefixes.contains(letters), let n = numberText(i + 1), n.containsBytes("-") || letters == "LO",
              n.allSatisfy({ $0.isNumber || $0 == "-" }) else { return nil }
        return ArticleItem(prefix: letters, number: n, suffix: nil)
    }

    /// "art. l.611-1", "l'article r. 611-1", "art. l 612-3": a prefix typed in lower case is
    /// a token of its own that the tokenizer does not join to the number (a word, or with its
    /// dot an abbreviation). Read as a prefix only where the caller allows a bare number
    /// (after "article" or inside its list), and only before a hyphenated number with at most
    /// one space between them, so that an initial or a list's letter ("l'article 3, l. 2")
    /// stays a word; "a" (the verb) is no prefix here. The item and the token after its number.
    func loosePrefixArticle(_ i: Int) -> (ArticleItem, Int)? {
        guard let tk = kind(i), tk == .word || tk == .abbreviation, tokens[i].length <= 3 else { return nil }
        var letters = string(i).uppercased()
        if tk == .abbreviation {
            guard letters.hasSuffix(".") else { return nil }
            letters.removeLast()
        }
        guard letters != "A", lex.articlePrefixes.contains(letters) else { return nil }
        let k = i + 1
        guard kind(k) == .number, sameUnit(i, k), tokens[k].start - tokens[k - 1].end <= 1,
              let n = numberText(k), n.first?.isNumber == true, n.containsBytes("-"),
              n.allSatisfy({ $0.isNumber || $0 == "-" }), !n.hasSuffix("-") else { return nil }
        return (ArticleItem(prefix: letters, number: n, suffix: nil), k + 1)
    }

    /// Whether the designation at token j names a code of the lexicon ("du CPP", "C. pén.").
    func namesCode(at j: Int, from i: Int) -> Bool {
        if case .designation(.explicit) = parseDesignation(j, from: i).0 { return true }
        return false
    }

    /// A bare article number after "article": "40", "706-73-1", "1er", "2 bis"; "78.2" (an
    /// older typing of 78-2) when a code's name follows it.
    func bareArticle(_ i: Int) -> ArticleItem? {
        guard let k = kind(i) else { return nil }
        if k == .number {
            guard let t = numberText(i), t.first?.isNumber == true, t.last?.isNumber == true else { return nil }
            if t.allSatisfy({ $0.isNumber || $0 == "-" }) {
                // A year-like number ("2024-42") is a text's number, not an article.
                return ArticleItem(prefix: "", number: t, suffix: nil)
            }
            // "l'art. 78.2 du C.P.P.": dots between the parts; "article 3.2 du règlement" is
            // a text's section, not a code's article.
            guard t.allSatisfy({ $0.isNumber || $0 == "." }), !t.containsBytes(".."), namesCode(at: i + 1, from: i) else { return nil }
            return ArticleItem(prefix: "", number: String(t.map { $0 == "." ? "-" : $0 }), suffix: nil)
        }
        // "article premier du code civil": the ordinal spelt out is article 1, as "1er" is.
        if k == .word, key(i) == Self.premier { return ArticleItem(prefix: "", number: "1", suffix: nil) }
        // "article préliminaire du code de procédure pénale": an article named by a word.
        if k == .word || k == .abbreviation, let n = lex.namedArticles[key(i)] {
            var a = ArticleItem(prefix: "", number: n, suffix: nil)
            a.named = true
            return a
        }
        if k == .ordinal {
            let str = string(i)
            // "article 1er" is article 1 of the code: the id has the number, the text keeps "1er".
            if str.hasSuffix("er") || str.hasSuffix("re"), str.first?.isNumber == true {
                return ArticleItem(prefix: "", number: String(str.prefix { $0.isNumber }), suffix: nil)
            }
        }
        return nil
    }

    /// Article item at token i, and the token after it.
    func articleItem(_ i: Int, allowBare: Bool) -> (ArticleItem, Int)? {
        guard var (a, e) = articleItemNumber(i, allowBare: allowBare) else { return nil }
        // "224-1-A": a capital-letter component glued to the number (code pénal) is part of it.
        if a.suffix == nil, key(e) == RW.dash, e + 1 < tokens.count, tokens[e].start == tokens[e - 1].end,
           tokens[e + 1].start == tokens[e].end, kind(e + 1) == .word, tokens[e + 1].length == 1,
           s[Int(tokens[e + 1].start)].value >= 0x41 && s[Int(tokens[e + 1].start)].value <= 0x5A,
           !(e + 2 < tokens.count && tokens[e + 2].start == tokens[e + 1].end && (kind(e + 2) == .word || kind(e + 2) == .number)) {
            a.number += "-" + string(e + 1)
            e += 2
        }
        return (a, e)
    }

    func articleItemNumber(_ i: Int, allowBare: Bool) -> (ArticleItem, Int)? {
        var item: ArticleItem?
        var e = i + 1
        if kind(i) == .article || isGluedArticle(i) { item = parseArticle(i) }
        else if let d = dottedPrefixArticle(i) { item = d; e = i + 2 }
        else if allowBare, let (l, le) = loosePrefixArticle(i) { item = l; e = le }
        else if allowBare { item = bareArticle(i) }
        guard var a = item else { return nil }
        // "art. prélim. CPP": the dot the tokenizer split off a named article's short form.
        if a.named {
            if key(e) == RW.period, tokens[e].start == tokens[e - 1].end { e += 1 }
            return (a, e)
        }
        if a.suffix == nil { e = joinSpacedHyphen(&a, at: joinDashedParts(&a, after: e), from: i) }
        // "L.3 1 3-11", "4 1-1": OCR spaced the digits of the number apart; the parts end on
        // the hyphenated one.
        if a.suffix == nil, !a.number.containsBytes("-"), a.number.count <= 2 {
            var joined = a.number, j = e
            while j < tokens.count, j < e + 3, kind(j) == .number, tokens[j].start == tokens[j - 1].end + 1,
                  let t = numberText(j), t.first?.isNumber == true, t.allSatisfy({ $0.isNumber || $0 == "-" }) {
                joined += t
                j += 1
                if t.containsBytes("-") { break }
            }
            if j > e, joined.containsBytes("-"), let head = joined.split(separator: "-").first, head.count <= 4 {
                a.number = joined
                e = j
            }
        }
        // "L 313-11-7°", "78-2-2°": the item number glued to the article it belongs to (the
        // comma before "7°" lost); the article is the number without it.
        if a.suffix == nil, key(e) == RW.degree || key(e) == RW.ordinalDegree, tokens[e].start == tokens[i].end,
           let dash = a.number.lastIndex(of: "-"), a.number.filter({ $0 == "-" }).count >= 2 {
            a.number = String(a.number[..<dash])
            e += 1
        }
        // "2 bis", "R553-14 bis" (an article token has its suffix already)
        if a.suffix == nil, kind(e) == .word, sameUnit(i, e) {
            let w = Fold.string(string(e))
            if lex.articleSuffixes.contains(w) { a.suffix = w; e += 1 }
        }
        if let l = capitalLetterPart(e, from: i) {
            a.suffix = (a.suffix.map { $0 + " " } ?? "") + l
            e += 1
        }
        return (a, e)
    }

    /// "150 U", "200 quater A", "L. 16 B", "238 bis HV": the tax codes (CGI, LPF) number
    /// articles with one or two capital letters after a space. Read as part of the article so
    /// that the designation after it ("du CGI") is its code: left out, the bare number took
    /// the code of a neighbour ("Vu le code pénal, et l'article 150 U du CGI" gave CP:150).
    /// Only before what can follow an article (a linking word, punctuation, a code's acronym,
    /// the end): "article 12 A compter du…" (an unaccented "À") and "article 81 CE" (a
    /// treaty) are no letters of the number, nor a roman paragraph ("150 V du CGI": the
    /// paragraph V, `parseDesignation`).
    /// Kept as written (uppercase).
    func capitalLetterPart(_ e: Int, from i: Int) -> String? {
        guard e < tokens.count, kind(e) == .word, sameUnit(i, e), tokens[e].start > tokens[e - 1].end else { return nil }
        let t = tokens[e]
        guard t.length <= 2, t.range.allSatisfy({ s[$0].value >= 0x41 && s[$0].value <= 0x5A }) else { return nil }
        // "L. 313-11 II du CESEDA": a roman numeral is the article's paragraph, read elsewhere.
        if t.range.allSatisfy({ "IVXLCDM".unicodeScalars.contains(s[$0]) }) { return nil }
        if t.length == 2 && (Self.twoLetterWords.contains(key(e)) || lex.codeAcronyms[exactKey(e)] != nil
                             || lex.courtAcronyms.startsPhrase(exactKey(e))) { return nil }
        let n = e + 1
        guard n < tokens.count, sameUnit(i, n) else { return string(e) }
        if kind(n) == .punct { return key(n) == RW.dash ? nil : string(e) }
        guard kind(n) == .word || kind(n) == .abbreviation else { return nil }
        let k = key(n)
        if k == RW.du || k == RW.de || k == RW.des || k == RW.et || k == RW.ou || k == RW.au { return string(e) }
        // "R. 421-21 A C. entr. séj. étr.", "L. 312-1 A code des étrangers".
        return lex.codeAcronyms[exactKey(n)] != nil || codeNameAt(n) != nil ? string(e) : nil
    }

    /// Two capitals that are a word of an uppercase line ("ART. L. 612-6 DU CESEDA",
    /// "ARTICLES 5 ET 6"), or the mark of a treaty ("article 81 CE", "UE"): no letters of a
    /// tax article.
    static let twoLetterWords: Set<UInt64> = Set(["du", "de", "et", "ou", "au", "le", "la", "en", "un", "il", "ne", "se", "si",
                                                  "sa", "on", "ni", "ce", "ue", "à"].map { Fold.key($0) })


    /// "L. 612–6", "706–73–1": a word processor's en dash (or a minus sign) between the parts
    /// of the number splits the token; the parts glued to it on both sides are the number's.
    /// Returns the token after the last part.
    func joinDashedParts(_ a: inout ArticleItem, after e0: Int) -> Int {
        var e = e0
        while e + 1 < tokens.count, key(e) == Self.enDash || key(e) == Self.minusSign,
              tokens[e].start == tokens[e - 1].end, tokens[e + 1].start == tokens[e].end, kind(e + 1) == .number,
              let t = numberText(e + 1), t.first?.isNumber == true, t.allSatisfy({ $0.isNumber || $0 == "-" }) {
            a.number += "-" + t
            e += 2
        }
        return e
    }

    /// "alinéa 2", "al. 2", ", deuxième alinéa" after an article: the alinéa number.
    func alineaAfter(_ i: Int) -> (Int, Int)? {
        var j = i
        if key(j) == RW.comma { j += 1 }
        // "alinéas 2 et 3", "al. 2 à 4": the further alinéas too (`skipAlineaTail`).
        let plural = lex.alineaWords.contains(key(j)) && Fold.string(string(j)).hasSuffix("s")
        if lex.alineaWords.contains(key(j)), let t = numberText(j + 1), kind(j + 1) == .number, let v = Int(t) { return (v, skipAlineaTail(j + 2, plural: plural)) }
        // "al. 1er", "alinéa 2e", "alinéa premier": the alinéa's number written as an ordinal,
        // in figures or in a word.
        if lex.alineaWords.contains(key(j)), kind(j + 1) == .ordinal || lex.ordinalWords[key(j + 1)] != nil, let v = ordinalValue(j + 1) {
            return (v, skipAlineaTail(j + 2, plural: plural))
        }
        if let v = ordinalValue(j), lex.alineaWords.contains(key(j + 1)) { return (v, j + 2) }
        return nil
    }

    /// "deuxième" → 2, "2e" → 2, "1er" → 1.
    func ordinalValue(_ i: Int) -> Int? {
        if let v = lex.ordinalWords[key(i)] { return v }
        if kind(i) == .ordinal {
            let str = string(i)
            let digits = str.prefix(while: { $0.isNumber })
            if let v = Int(digits), !str.hasSuffix("°") { return v }
        }
        return nil
    }

    /// Called on "alinéa": "deuxième alinéa de l'article …", "alinéa 2 de l'article …".
    func noteAlinea(_ i: Int) -> Int {
        var value: Int? = ordinalValue(i - 1)
        var next = i + 1
        if value == nil, kind(i + 1) == .number, let t = numberText(i + 1), let v = Int(t) { value = v; next = i + 2 }
        if let v = value { pendingAlinea = (v, next + 4) }
        return next
    }

    /// The code a possessive before token `p` ("ses", "son") stands for: the last code named
    /// in the same unit, or in the sentence just before when the possessive opens its own
    /// (`opensSentenceAfter`), with no other text (a law, a décret…) named between them.
    func possessedCode(before p: Int) -> Int? {
        guard let m = mentions.last, m.code >= 0, m.unit >= 0, m.pos < Int(tokens[p].start),
              m.unit == Int(tokenUnit(p)) || opensSentenceAfter(p, unit: m.unit) else { return nil }
        var k = p - 1
        while k >= 0 && Int(tokens[k].start) > m.pos {
            if lex.kindWords[key(k)] != nil || p - k > 40 { return nil }
            k -= 1
        }
        return m.code
    }

    /// "Le code pénal réprime ce délit. Son article 222-33 en fixe la peine.": whether token
    /// `p` is the first word of the sentence that follows unit `u` in the same paragraph.
    func opensSentenceAfter(_ p: Int, unit u: Int) -> Bool {
        let pu = Int(tokenUnit(p))
        guard pu == u + 1, units[u].block == units[pu].block else { return false }
        return p == 0 || Int(tokenUnit(p - 1)) != pu
    }

    /// Parses an article list starting at token i ("article", "articles", "art." or an
    /// article number); returns the token after it. `continuing`: a list of bare numbers
    /// after a list closed by its code (", 53 et 73 du code de procédure pénale"), kept only
    /// if it closes with its own explicit code; otherwise nothing is emitted and i returned.
    func scanArticles(_ i: Int, continuing: Bool = false, ocrWord: Bool = false) -> Int {
        var j = i
        var allowBare = continuing
        let word = ocrWord || lex.articleWords.contains(key(i))
        if !continuing && word { allowBare = true; j += 1 }
        guard let (first, after) = articleItem(j, allowBare: allowBare) else { return continuing ? i : i + 1 }
        var preCode: Int? = nil
        if !continuing, let p = pendingCode, p.at == i { preCode = p.code }
        var items: [ListItem] = []
        var alinea: Int? = nil
        if !continuing {
            if let p = pendingAlinea, i <= p.until { alinea = p.value }
            pendingAlinea = nil
        }
        items.append((first, range(j, after - 1), alinea))
        var rangeFrom: [Int] = []   // indices of items that start a range "X à Y"
        j = listItems(after, from: i, first: first, allowBare: allowBare, &items, rangeFrom: &rangeFrom)
        // The code: "du CESEDA", "du code de …", "CESEDA", "du même code"…
        var (designation, end) = parseDesignation(j, from: i)
        if case .unnamed = designation.base, let d = codeAfterFollowingDot(j) { (designation, end) = d }
        if continuing {
            guard case .explicit = designation.base else { return i }
        }
        if case .otherText = designation {
            scanArticlesAfterOtherText(max(end, j), from: i)
            return max(end, j)
        }
        // "Décret n° 2011-1212 du 29 septembre 2011, art. 3": the article of the text just
        // cited, not of a code the context names.
        if allowBare, preCode == nil, case .unnamed = designation.base, citesTextBefore(i, bare: first.prefix.isEmpty) { return j }
        if allowBare, preCode == nil, case .unnamed = designation.base, followsOtherTextName(i) { return j }
        // "C. pén., art. 433-5": the code named before the list.
        if let c = preCode, case .unnamed = designation.base { designation = .designation(.explicit(c)) }
        // "ses articles 19 et 20", "son article 4": the articles of a text named before — of
        // the code when that text is one ("Vu le code de la sécurité intérieure, notamment
        // son article L. 211-11").
        if allowBare, Self.possessives.contains(key(i - 1)), case .unnamed = designation.base {
            guard let c = possessedCode(before: i - 1) else { return j }
            designation = .designation(.explicit(c))
        }
        // "la D 940", "l'A 16": roads, not articles, when neither "article" nor a code is written.
        if !allowBare, case .unnamed = designation.base, first.prefix == "A" || first.prefix == "D" || !first.number.containsBytes("-") {
            return j
        }
        // A heading "Article L111-1" is the article itself, not a reference; so is an act's
        // own article opening its line ("Article 3 : Toute infraction…" in an arrêté).
        if word, case .unnamed = designation.base, items.count == 1, isOwnHeading(i, j) || opensActArticle(i, j, first) {
            if !isOwnHeading(i, j) { enactsOwnArticles = true }
            return j
        }
        // A range "X à Y" keeps its two ends here; the articles between are filled in when
        // the code is known (ReferenceExtractor.resolve), from the code's article list.
        for (idx, (item, r, al)) in items.enumerated() {
            var raw = RawReference(payload: .article(item, designation: designation.base, groupStart: Int(tokens[i].start)),
                                   range: r, alinea: al, token: i)
            if idx > 0, rangeFrom.contains(idx - 1) {
                raw.rangeStart = items[idx - 1].0
                raw.rangeLower = items[idx - 1].1.lowerBound
            }
            refs.append(raw)
        }
        if case .explicit(let c) = designation.base {
            mentions.append(CodeMention(pos: Int(tokens[i].start), code: c, unit: Int(tokenUnit(i))))
        } else if case .unknownCode = designation.base {
            mentions.append(CodeMention(pos: Int(tokens[i].start), code: -1, unit: Int(tokenUnit(i))))
        }
        let stop = max(end, j)
        // "Les articles 226-4 du code pénal, 53 et 73 du code de procédure pénale": the list
        // goes on with bare numbers under another code.
        if case .unnamed = designation.base { return stop }
        return scanContinuation(stop, from: i) ?? stop
    }

    /// "les articles 6 de la Conv. EDH et 63-1 du CPP", "les articles 5 de la loi n° 78-17 et
    /// 226-16 du code pénal": after an article of another text, a list of bare numbers joined
    /// by "et"/"ou" is a code's when it closes with its own code (`scanArticles`'
    /// `continuing`). The other text's name (and a law's number) is left to the main scan:
    /// only the articles are read here, from within a few tokens of the same clause.
    func scanArticlesAfterOtherText(_ e: Int, from i: Int) {
        var k = e
        while k < tokens.count, k - e <= 14, sameUnit(i, k) {
            let kk = key(k)
            if isStop(k) || lex.articleWords.contains(kk) { return }
            if kk == RW.et || kk == RW.ou, kind(k + 1) == .number, sameUnit(i, k + 1) {
                _ = scanArticles(k + 1, continuing: true)
                return
            }
            k += 1
        }
    }

    /// Whether a comma at token i - 1 closes a reference to a text (a law, a décret, a
    /// circular…), so that an article list at i is that text's.
    /// So is a list of bare numbers in parentheses right after the text ("la loi n° 2019-222
    /// du 23 mars 2019 (article 47)"); "(article L. 611-1)" is a code's.
    /// Légifrance's notes set the article off by a dash: "Modifié par LOI n°2019-222 du 23 mars
    /// 2019 - art. 53" is the law's article 53.
    func citesTextBefore(_ i: Int, bare: Bool = false) -> Bool {
        guard i >= 2, let last = refs.last else { return false }
        let sep = key(i - 1)
        let dashed = (sep == RW.dash || sep == Self.enDash) && last.range.upperBound == Int(tokens[i - 2].end) && sameUnit(i - 2, i)
        guard dashed || sep == RW.comma || (bare && sep == RW.open),
              dashed || last.range.upperBound == Int(tokens[i - 1].start) || (sep == RW.open && last.range.upperBound == Int(tokens[i - 2].end))
        else { return false }
        if case .article = last.payload { return false }
        return true
    }

    /// "Voir l'annexe 2 (article 5)", "(voir annexe III, article 2)", "la présente circulaire
    /// (article 3)": an article in brackets or after a comma right behind the name of an
    /// annex or of a text other than a code (`otherTexts`, with its number if any) is that
    /// part's article, even where the context names a code.
    /// The name may run a few words past its head: "Conv. EDH, art. 5", "Conv. de Genève,
    /// art. 33", "Charte des droits fondamentaux, art. 47" — never past a code's name or
    /// another text's kind word.
    func followsOtherTextName(_ i: Int) -> Bool {
        guard i >= 2, key(i - 1) == RW.open || key(i - 1) == RW.comma, sameUnit(i - 2, i) else { return false }
        var w = i - 2
        if w > 0, kind(w) == .number || isRomanNumeral(w) || tokens[w].length == 1 { w -= 1 }
        var k = w
        while k >= 0, w - k <= Self.otherTextNameWords, sameUnit(k, i) {
            let kk = key(k)
            if lex.otherTexts.contains(kk) { return true }
            guard let t = kind(k), t == .word || t == .abbreviation || t == .elision, !lex.codeStarts.contains(kk),
                  lex.codeAcronyms[exactKey(k)] == nil, lex.kindWords[kk] == nil else { return false }
            k -= 1
        }
        return false
    }
    /// The most words an other text's name runs past its head before ", art." (`followsOtherTextName`).
    static let otherTextNameWords = 3

    typealias ListItem = (ArticleItem, Range<Int>, alinea: Int?)

    /// The items after the first of an article list starting at token i ("L. 733-7 et
    /// L. 733-8", "L. 742-4 à L. 742-6", "L. 511-1 et suivants"), from token j: appended to
    /// `items` (and the indices of the items that start a range "X à Y" to `rangeFrom`);
    /// returns the token after the list.
    func listItems(_ j0: Int, from i: Int, first: ArticleItem, allowBare: Bool, _ items: inout [ListItem], rangeFrom: inout [Int]) -> Int {
        var j = j0
        while true {
            j = skipRomanParagraph(skipFootnoteCall(j), from: i)
            if let (v, e) = alineaAfter(j) ?? parenthesizedAlinea(j), sameUnit(i, e - 1) { items[items.count - 1].alinea = v; j = e }
            if let (a, r, e) = formerNumber(j, from: i, first: first) { items.append((a, r, nil)); j = e }
            // "article 19, paragraphe 1 ou 2,": a paragraph of the article: skip it.
            j = skipParagraph(j)
            // "(7°)", ", 7°", ", 11° bis": a numbered item inside the article: skip it.
            if key(j) == RW.open, kind(j + 1) == .ordinal, key(afterItemSuffix(j + 2, from: i)) == RW.close { j = afterItemSuffix(j + 2, from: i) + 1 }
            else if key(j) == RW.comma, kind(j + 1) == .ordinal, string(j + 1).hasSuffix("°") { j = afterItemSuffix(j + 2, from: i) }
            else if kind(j) == .ordinal, string(j).hasSuffix("°"), sameUnit(i, j) { j = afterItemSuffix(j + 1, from: i) }
            // ", dernier alinéa", ", première phrase": a part of the article named by its rank.
            j = skipRankedPart(j, from: i)
            j = skipCommaAside(skipGloss(j, from: i), from: i)
            // "L. 611-1, 1° et 2°, et L. 611-3", "41-1, 1° à 5°": further items of the same article.
            j = skipItemList(j, from: i)
            // ", et", ", ou": one separator; "ainsi que" too, and ", ainsi que" before an
            // article ("394 et suivants, ainsi que 396, du CPP"; not ", ainsi que le prévoit").
            if key(j) == RW.comma, key(j + 1) == RW.et || key(j + 1) == RW.ou { j += 1 }
            if key(j) == RW.comma, key(j + 1) == Self.ainsi, key(j + 2) == Self.que, articleItem(j + 3, allowBare: true) != nil { j += 1 }
            if key(j) == Self.ainsi, key(j + 1) == Self.que { j += 1 }
            let sep = key(j)
            guard sameUnit(i, j) else { return j }
            if let f = followingWord(j) {
                var e = f
                if key(e + 1) == RW.period, tokens[e + 1].start == tokens[e].end, tokens[e].length <= 4 { e += 1 }
                items[items.count - 1].0.following = true
                items[items.count - 1].1 = items[items.count - 1].1.lowerBound..<Int(tokens[e].end)
                j = e + 1
                continue
            }
            var isRange = false
            switch sep {
            // "41-1 & 41-2": an ampersand joins two articles as "et" does.
            case RW.comma, RW.et, RW.ou, Self.que, Self.ampersand: break
            case RW.a, RW.au: isRange = true
            default: return j
            }
            var k = j + 1
            // "397-1, 397-7, , 398 et 400": a copy that lost an item leaves an empty one
            // between two commas; the list reads on through it.
            if sep == RW.comma { while key(k) == RW.comma, sameUnit(i, k) { k += 1 } }
            if k > j + 1, key(k) == RW.et || key(k) == RW.ou { k += 1 }
            // "et l'article", "et aux articles", "et de l'article"
            if !isRange {
                var m = k
                if key(m) == RW.de || key(m) == RW.a { m += 1 }
                if key(m) == RW.l || key(m) == RW.les || key(m) == RW.aux || key(m) == RW.au || key(m) == RW.des { m += 1 }
                if lex.articleWords.contains(key(m)) { k = m + 1 }
            }
            // "L. 611-1 à -3", "L. 611-1, -2 et -3": the last part alone, the stem the item's before.
            if let (item, e) = shorthandItem(k, after: items[items.count - 1].0), sameUnit(i, k) {
                if isRange { rangeFrom.append(items.count - 1) }
                items.append((item, range(k, e - 1), nil))
                j = e
                continue
            }
            guard let (item, e) = articleItem(k, allowBare: allowBare || first.prefix.isEmpty), sameUnit(i, k) else { return j }
            // Do not mix bare numbers into a lettered list ("L. 612-6, 3 ans") — but for a code
            // numbered without a letter, whose regulatory articles have one ("articles R. 625-7
            // et 434-15-2 du code pénal").
            if !first.prefix.isEmpty && item.prefix.isEmpty && k == j + 1 && !letterlessCodeCloses(item, after: e, from: i) { return j }
            if isRange { rangeFrom.append(items.count - 1) }
            items.append((item, range(k, e - 1), nil))
            j = e
        }
    }

    /// "-3" after "L. 611-1 à" or "L. 611-1, -2 et": a dash glued to a number names the article
    /// of the previous item's stem with that last part ("L. 611-3"). The item and the token
    /// after it, or nil.
    func shorthandItem(_ k: Int, after prev: ArticleItem) -> (ArticleItem, Int)? {
        guard key(k) == RW.dash || key(k) == Self.enDash, kind(k + 1) == .number, tokens[k + 1].start == tokens[k].end,
              let n = numberText(k + 1), n.allSatisfy({ $0.isASCII && $0.isNumber }), n.count <= 3,
              let dash = prev.number.lastIndex(of: "-"), prev.suffix == nil else { return nil }
        var item = prev
        item.number = String(prev.number[..<dash]) + "-" + n
        item.following = false
        return (item, k + 2)
    }

    /// Whether the bare item just read (ending before token e) is an article of a code that
    /// numbers its legislative part without a letter, named within a few tokens of the same
    /// clause ("… et 434-15-2 du code pénal", "… et 63-1 CPP"): a hyphenated number, not a
    /// text's ("L. 611-1 et 2024-42").
    func letterlessCodeCloses(_ item: ArticleItem, after e: Int, from i: Int) -> Bool {
        guard item.number.containsBytes("-"), !isTextNumber(item.number) else { return false }
        var m = e
        while m < tokens.count, m - e <= 12, sameUnit(i, m), !isStop(m) {
            if let (c, _) = acronymCode(m) { return !lex.codes[c].lettered }
            if let n = codeNameAt(m) { return !lex.codes[n.value].lettered }
            m += 1
        }
        return false
    }

    /// After a list closed by its code: ", 53 et 73 du code de procédure pénale". A bare
    /// number there is an article only if the continued list names its own code ("l'article
    /// 40 du code de procédure pénale, 3 ans" is not). Returns the token after it, or nil.
    func scanContinuation(_ e: Int, from i: Int) -> Int? {
        var k = e
        if key(k) == RW.comma { k += 1 }
        if key(k) == RW.et || key(k) == RW.ou { k += 1 }
        guard k > e, k < tokens.count, sameUnit(i, k), kind(k) == .number, bareArticle(k) != nil else { return nil }
        let r = scanArticles(k, continuing: true)
        return r > k ? r : nil
    }

    /// Whether tokens i..<j are the whole of a heading: a Markdown heading at any level
    /// ("###### Article L. 311-1", also in the letterhead region, where units are `header`)
    /// or a heading line. "## Annexe 6-8 mentionnée à l'article R. 611-36" is not: the
    /// article word must open the heading.
    func isOwnHeading(_ i: Int, _ j: Int) -> Bool {
        let st = Int(tokens[i].start)
        let hs = tt.text.headings
        let lo = hs.partitionIndex { $0.range.upperBound <= st }
        if lo < hs.count, hs[lo].range.contains(st) {
            let h = hs[lo].range
            return (i == 0 || Int(tokens[i - 1].start) < h.lowerBound) && (j >= tokens.count || Int(tokens[j].start) >= h.upperBound)
        }
        guard let u = unit(i), u.kind == .heading, st == u.range.lowerBound else { return false }
        return j >= tokens.count || tokenUnit(j) != tokenUnit(i)
    }

    /// "Article 3 :", "ARTICLE 1er –", "Art. 2." opening a line: an arrêté's or a décret's
    /// own article (a bare number, then a colon, a dash or a full stop). So is "Article 1er"
    /// alone on its line, its text on the next (`headingLineAlone`).
    func opensActArticle(_ i: Int, _ j: Int, _ item: ArticleItem) -> Bool {
        guard item.prefix.isEmpty, !item.number.containsBytes("-"),
              i == 0 || tokens[i].newlinesBefore > 0 || unit(i)?.range.lowerBound == Int(tokens[i].start) || followsEnactingWord(i) else { return false }
        if headingLineAlone(i, j) { return true }
        guard j < tokens.count, sameUnit(i, j) else { return false }
        return key(j) == RW.colon || key(j) == RW.dash || key(j) == RW.period || key(j) == Self.enDash || key(j) == Self.emDash
    }

    /// "Article 1er ⏎ La navigation … est interdite": the article word in capitals opening
    /// its line and the number closing it. A wrapped sentence does not set its article word
    /// alone at a line's start with a capital ("… prévues à ⏎ l'article 4 ⏎ du code" has
    /// its elision before it).
    func headingLineAlone(_ i: Int, _ j: Int) -> Bool {
        guard i == 0 || tokens[i].newlinesBefore > 0, string(i).first?.isUppercase == true else { return false }
        return j >= tokens.count || tokens[j].newlinesBefore > 0
    }

    /// "… ; Arrête : Art. 1er. - Les rassemblements …": a flattened act runs its first article
    /// onto its enacting word (and that word's colon), on no line of its own.
    func followsEnactingWord(_ i: Int) -> Bool {
        guard i >= 1 else { return false }
        let p = key(i - 1) == RW.colon && i >= 2 ? i - 2 : i - 1
        return lex.enactingWords.contains(key(p))
    }

    static let premier = Fold.key("premier")
    static let enDash = Fold.key("\u{2013}"), emDash = Fold.key("\u{2014}"), minusSign = Fold.key("\u{2212}")
    static let determiners: Set<UInt64> = Set(["ce", "cet", "cette", "ces", "ledit", "ladite", "lesdits", "lesdites", "son", "sa", "ses",
                                                "leur", "leurs", "même", "mêmes"].map { Fold.key($0) })
    static let possessives: Set<UInt64> = Set(["son", "sa", "ses", "leur", "leurs"].map { Fold.key($0) })
    static let paragraphWords: Set<UInt64> = Set(["paragraphe", "paragraphes", "§", "point", "points"].map { Fold.key($0) })

    /// ", paragraphe 1 ou 2", "§ 3": the part of an article after its number.
    func skipParagraph(_ j0: Int) -> Int {
        var j = j0
        if key(j) == RW.comma { j += 1 }
        guard Self.paragraphWords.contains(key(j)), kind(j + 1) == .number || kind(j + 1) == .ordinal else { return j0 }
        j += 2
        while (key(j) == RW.ou || key(j) == RW.et || key(j) == RW.comma) && (kind(j + 1) == .number) && !Self.paragraphWords.contains(key(j + 2)) && key(j + 2) != RW.du {
            // "paragraphe 1 ou 2" — but not "paragraphe 1, 20, paragraphe 1" (next article).
            if key(j + 2) == RW.comma && Self.paragraphWords.contains(key(j + 3)) { break }
            j += 2
        }
        return j
    }

    enum ParsedDesignation {
        case designation(Designation)
        case otherText
        var base: Designation { if case .designation(let d) = self { return d } else { return .unnamed } }
    }

    /// The code named after an article list, at token j.
    func parseDesignation(_ j0: Int, from i: Int) -> (ParsedDesignation, Int) {
        var j = j0
        while lex.modifiers.contains(key(j)) && sameUnit(i, j) { j += 1 }
        // "article L. 313-11 II du CESEDA", "article 150 V du CGI": a roman paragraph between
        // the number and the code (otherwise the code of a neighbour took the article).
        if isRomanNumeral(j), sameUnit(i, j + 1), key(j + 1) == RW.du || key(j + 1) == RW.des || lex.codeAcronyms[exactKey(j + 1)] != nil { j += 1 }
        // "article 21, paragraphe 1, de ladite convention"
        if key(j) == RW.comma, [RW.du, RW.de, RW.des, RW.d].contains(key(j + 1)) { j += 1 }
        // "art. 2224, C. civ.", "article L. 612-6, CESEDA"
        else if key(j) == RW.comma, sameUnit(i, j + 1), lex.codeAcronyms[exactKey(j + 1)] != nil || codeNameAt(j + 1) != nil { j += 1 }
        guard sameUnit(i, j) else { return (.designation(.unnamed), j0) }
        // "CESEDA", "(CESEDA)"
        var a = j
        if key(a) == RW.open { a += 1 }
        if let (c, e) = acronymCode(a) {
            return (.designation(.explicit(c)), key(e) == RW.close && a > j ? e + 1 : e)
        }
        // "C. civ.", "C. pr. pén."
        if let m = codeNameAt(j) {
            return (.designation(.explicit(m.value)), m.end)
        }
        // "C. xyz." that the lexicon does not know: a code all the same, not a neighbour's.
        if kind(j + 1) == .word, sameUnit(j, j + 1), Fold.string(string(j)) == "c." { return (.designation(.unknownCode), j + 2) }
        // "art. 34 Const.", "art. 6 § 1 Conv. EDH", "art. 3 CIDE": another text's short form
        // or acronym right after the number (a lower-case word there is the sentence's).
        if lex.otherTexts.contains(key(j)), kind(j) == .abbreviation || isAcronym(j) { return (.otherText, j) }
        let k0 = key(j)
        var k = j
        if k0 == RW.du || k0 == RW.des { k += 1 }
        else if k0 == RW.de || k0 == RW.d {
            k += 1
            if key(k) == RW.la || key(k) == RW.l { k += 1 }
        } else if let d = sameCodeAt(j) {   // "dudit code"
            return d
        } else {
            return (.designation(.unnamed), j0)
        }
        let w = key(k)
        if let d = sameCodeAt(k) { return d }
        if lex.presentCode.contains(w), key(k + 1) == RW.code { return (.designation(.presentCode), k + 2) }
        if w == RW.code {
            if let m = lex.codeNames.match(from: k, limit: tokens.count, partial: 4, key: phraseKey) {
                var e = m.end
                // "… (CESEDA)" restating the acronym.
                if key(e) == RW.open, lex.codeAcronyms[exactKey(e + 1)] != nil, key(e + 2) == RW.close { e += 3 }
                return (.designation(.explicit(m.value)), e)
            }
            if let c = lex.codeAcronyms[exactKey(k + 1)] { return (.designation(.explicit(c)), k + 2) }
            // "du code de la propriété intellectuelle": a code the lexicon does not know.
            let nk = key(k + 1)
            // "du code impose …": a verb, not a name; the code is the context's.
            if sameUnit(k, k + 1), nk == RW.de || nk == RW.des || nk == RW.du || nk == RW.d || (kind(k + 1) == .word && !lex.modifiers.contains(nk) && !lex.codeVerbs.contains(nk)) {
                return (.designation(.unknownCode), k + 2)
            }
            var e = k + 1
            while lex.modifiers.contains(key(e)) { e += 1 }
            return (.designation(.citedCode), e)
        }
        if let (c, e) = acronymCode(k) { return (.designation(.explicit(c)), e) }
        if lex.otherTexts.contains(w) || lex.kindWords[w] != nil { return (.otherText, k) }
        // "de ladite convention", "de ce même règlement", "de son statut": another text.
        if Self.determiners.contains(w) {
            var m = k + 1
            while Self.determiners.contains(key(m)) || lex.sameCode.contains(key(m)) { m += 1 }
            if key(m) != RW.code && kind(m) == .word { return (.otherText, m) }
        }
        return (.designation(.unnamed), j0)
    }

    /// A code name or abbreviation at token j ("code pénal", "C. pr. pén.", "c. civ."); a
    /// name cut short after four words counts when only one code starts that way.
    func codeNameAt(_ j: Int) -> (end: Int, value: Int)? {
        guard j < tokens.count, lex.codeStarts.contains(key(j)) else { return nil }
        return lex.codeNames.match(from: j, limit: tokens.count, partial: key(j) == RW.code ? 4 : 0,
                                   key: phraseKey)
    }

    /// "art. 62-2 et s. CPP": the tokenizer ends the sentence at the dot of "et s.", but a
    /// code's acronym or abbreviation right after that dot still names the list's code.
    func codeAfterFollowingDot(_ j: Int) -> (ParsedDesignation, Int)? {
        guard key(j - 1) == RW.period, lex.following.contains(key(j - 2)), !sameUnit(j - 1, j) else { return nil }
        if let c = lex.codeAcronyms[exactKey(j)] { return (.designation(.explicit(c)), j + 1) }
        if key(j) != RW.code, let m = codeNameAt(j) { return (.designation(.explicit(m.value)), m.end) }
        return nil
    }

    /// "même code", "ce code", "ce même code", "dudit code" at token k: the code named last —
    /// unless the words go on to name one ("du même code de la sécurité intérieure").
    func sameCodeAt(_ k: Int) -> (ParsedDesignation, Int)? {
        var m = k
        while m - k < 2, lex.sameCode.contains(key(m)) { m += 1 }
        guard m > k, key(m) == RW.code else { return nil }
        if let named = codeNameAt(m) { return (.designation(.explicit(named.value)), named.end) }
        return (.designation(.sameCode), m + 1)
    }

    /// "code de procédure pénale", "C. pén." or "CESEDA" standing alone: the code is named,
    /// and sets the context of the articles that follow. Right before an article list
    /// ("C. pén., art. 433-5", "CESEDA, article L. 612-6") it is that list's code.
    func scanCodeMention(_ i: Int) -> Int {
        var code: Int?, end = i + 1, sets = false
        if let m = codeNameAt(i) {
            code = m.value; end = m.end; sets = true
        } else {
            let x = exactKey(i)
            if let c = lex.codeAcronyms[x] { code = c; sets = lex.standaloneAcronyms.contains(x) }
        }
        guard let c = code else { return i + 1 }
        var a = end
        if key(a) == RW.comma { a += 1 }
        let before = a < tokens.count && sameUnit(i, a) && (lex.articleWords.contains(key(a)) || kind(a) == .article)
        if before { pendingCode = (c, a) }
        if !sets && !before && possessedArticlesFollow(a, unitOf: i) { sets = true }
        if sets || before { mentions.append(CodeMention(pos: Int(tokens[i].start), code: c, unit: Int(tokenUnit(i)))) }
        return end
    }

    static let emphasis: Set<UInt64> = Set(["notamment", "particulier", "en", "et", ","].map { Fold.key($0) })

    /// "Vu le CSI, notamment son article L. 211-4" / "le CJA, et en particulier ses articles":
    /// a short acronym (which alone may be a common word: "CP", "CT") names the code when the
    /// visa goes on to its articles ("son article", "ses articles"), as a full name does;
    /// only emphasis words may stand between.
    func possessedArticlesFollow(_ a: Int, unitOf i: Int) -> Bool {
        var k = a
        while k < tokens.count, k - a < 4, Self.emphasis.contains(key(k)) { k += 1 }
        guard k + 1 < tokens.count, sameUnit(i, k + 1), Self.possessives.contains(key(k)) else { return false }
        return lex.articleWords.contains(key(k + 1))
    }
}
