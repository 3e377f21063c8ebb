import CircText

/// What a writer puts between an article's number and the rest of its list or its code that
/// is neither an article nor a code: the article's own subdivisions written as lists and
/// ranges ("alinéas 2 et 3", "al. 2 à 4", "1° à 5°", "(al. 2)") and the call of a footnote
/// glued to the number ("78-2²", "41-1 (1)", "41-1[^1]"). Read as numbers, they became
/// articles ("CPP:3") or stopped the list before its code ("… 1° à 5° du CPP" lost its code).
extension ReferenceScanner {
    static let openBracket = Fold.key("["), closeBracket = Fold.key("]"), caret = Fold.key("^")

    /// A footnote call at token j after an article number: a superscript number glued to it
    /// ("78-2²"), "[1]", "[^1]" or "(1)" — a number of one or two digits in brackets, which no
    /// article or item is ("(1°)" is an item, read elsewhere). Returns the token after it.
    func skipFootnoteCall(_ j: Int) -> Int {
        guard j > 0, j < tokens.count else { return j }
        if kind(j) == .symbol, tokens[j].start == tokens[j - 1].end, isSuperscriptNumber(j) { return j + 1 }
        let k = key(j)
        guard k == RW.open || k == Self.openBracket else { return j }
        var m = j + 1
        if k == Self.openBracket, key(m) == Self.caret { m += 1 }
        guard kind(m) == .number, tokens[m].length <= 2, let t = numberText(m), t.allSatisfy(\.isNumber) else { return j }
        let close = key(m + 1)
        guard (k == RW.open && close == RW.close) || (k == Self.openBracket && close == Self.closeBracket) else { return j }
        return m + 2
    }

    /// Whether token j is made of superscript digits only ("¹", "²³").
    func isSuperscriptNumber(_ j: Int) -> Bool {
        for x in tokens[j].range {
            let v = s[x].value
            guard v == 0xB9 || v == 0xB2 || v == 0xB3 || (0x2070...0x2079).contains(v) || v == 1 else { return false }
        }
        return true
    }

    /// After "alinéa N" ending at token e: further alinéas of the same article, "à 7" (a range
    /// of alinéas), "et 3" or ", 3" when the word was plural ("alinéas 2 et 3") or the number
    /// is small enough to be an alinéa — an article of the list has a dash ("al. 1 et
    /// 78-2-2") or a larger number. Returns the token after the last one.
    func skipAlineaTail(_ e0: Int, plural: Bool) -> Int {
        var e = e0
        while e + 1 < tokens.count, kind(e + 1) == .number || (kind(e + 1) == .ordinal && ordinalValue(e + 1) != nil) {
            let sep = key(e)
            guard sep == RW.a || sep == RW.et || sep == RW.ou || (sep == RW.comma && plural), sameUnit(e0 - 1, e + 1) else { break }
            if kind(e + 1) == .number {
                guard let t = numberText(e + 1), t.allSatisfy(\.isNumber), let v = Int(t), v <= (sep == RW.a || plural ? 99 : 20) else { break }
            }
            e += 2
        }
        return e
    }

    /// "(al. 2)", "(alinéa 3)" after an article number: its alinéa, and the token after ")".
    func parenthesizedAlinea(_ j: Int) -> (Int, Int)? {
        guard key(j) == RW.open, lex.alineaWords.contains(key(j + 1)), let (v, e) = alineaAfter(j + 1), key(e) == RW.close else { return nil }
        return (v, e + 1)
    }

    /// Items of the article written as a list or a range: "1° et 2°", ", 3° ou 4°", "1° à 5°".
    /// `j` is after the first item. Returns the token after the last one.
    func skipItemList(_ j0: Int, from i: Int) -> Int {
        var j = j0
        while key(j) == RW.et || key(j) == RW.ou || key(j) == RW.comma || key(j) == RW.a,
              kind(j + 1) == .ordinal, string(j + 1).hasSuffix("°"), sameUnit(i, j + 1) {
            j += 2
            // "4° bis"
            if kind(j) == .word, sameUnit(i, j), lex.articleSuffixes.contains(Fold.string(string(j))) { j += 1 }
        }
        return j
    }

    /// After a numbered item ("11°"): the token after its suffix ("11° bis"), else k.
    func afterItemSuffix(_ k: Int, from i: Int) -> Int {
        guard k < tokens.count, kind(k) == .word, sameUnit(i, k), lex.articleSuffixes.contains(Fold.string(string(k))) else { return k }
        return k + 1
    }

    static let rankWords: Set<UInt64> = Set(["dernier", "dernière", "avant-dernier", "avant-dernière"].map { Fold.key($0) })
    static let sentenceWords: Set<UInt64> = Set(["phrase", "phrases"].map { Fold.key($0) })

    /// ", dernier alinéa", ", avant-dernier alinéa", ", première phrase", ", 1re phrase" after
    /// an article's number: a part named by its rank, in words or in figures ("1re", "2e"),
    /// which the alinéa rule (a number after the word) does not read; left there, it ended
    /// the list before its code ("l'article 706-53-2, dernier alinéa, du CPP" lost the CPP,
    /// "L. 521-2, 1re phrase, du CJA" the CJA). Returns the token after it, or j0.
    func skipRankedPart(_ j0: Int, from i: Int) -> Int {
        var j = j0
        if key(j) == RW.comma { j += 1 }
        // The part's word first: a word "alinéa"/"phrase" after the rank is rare in a list.
        guard j + 1 < tokens.count, kind(j + 1) == .word || kind(j + 1) == .abbreviation,
              lex.alineaWords.contains(key(j + 1)) || Self.sentenceWords.contains(key(j + 1)), sameUnit(i, j + 1),
              Self.rankWords.contains(key(j)) || ordinalValue(j) != nil else { return j0 }
        return j + 2
    }

    /// ", I,", ", II, 3°", ", I et II," after an article's number: its roman paragraph set off
    /// by commas. A bare number's list stopped there ("l'article 63-1, I, du CPP" had no
    /// code). Only before what follows a paragraph (a comma, an item, "du"/"de", a code's
    /// acronym): "l'article 41-1, II et III" reads to the end, "…, I" alone stays. Returns
    /// the token after the paragraph(s), or j0.
    func skipRomanParagraph(_ j0: Int, from i: Int) -> Int {
        guard key(j0) == RW.comma, isRomanNumeral(j0 + 1), sameUnit(i, j0 + 1) else { return j0 }
        var e = j0 + 2
        while (key(e) == RW.et || key(e) == RW.ou) && isRomanNumeral(e + 1) && sameUnit(i, e + 1) { e += 2 }
        guard e < tokens.count, sameUnit(i, e) else { return j0 }
        let k = key(e)
        let follows = k == RW.comma || kind(e) == .ordinal || k == RW.du || k == RW.des || k == RW.de || lex.codeAcronyms[exactKey(e)] != nil
        return follows ? e : j0
    }

    /// "articles 132-10 (récidive) et 132-16-5 du code pénal", "l'article 41 (rôle du
    /// procureur) du CPP": a gloss of a few words in parentheses after an article, which a
    /// circular adds to a list. Left there, it ended the list: the next articles and the code
    /// were lost. Only plain words (no number, code, article or text word: "(CESEDA)",
    /// "(code pénal)", "(anc. 1382)" are read elsewhere), and only when the list goes on or its
    /// code follows. Returns the token after ")", or j0.
    ///
    /// So is an aside on the article's history or wording, in parentheses or brackets, with
    /// its small numbers and abbreviations ("alinéa 1er (devenu alinéa 2)", "al. 1er [anc.
    /// al. 2]", "(dans sa rédaction alors en vigueur)"), before the code.
    func skipGloss(_ j0: Int, from i: Int) -> Int {
        let open = key(j0)
        guard open == RW.open || open == Self.openBracket else { return j0 }
        let close = open == RW.open ? RW.close : Self.closeBracket
        var m = j0 + 1
        while m < tokens.count, m - j0 <= 8, sameUnit(i, m), key(m) != close {
            let k = key(m)
            guard let tk = kind(m), tk == .word || tk == .elision || tk == .number || tk == .ordinal || tk == .abbreviation,
                  lex.codeAcronyms[exactKey(m)] == nil, !lex.codeStarts.contains(k), !lex.articleWords.contains(k), lex.kindWords[k] == nil,
                  tk != .number || numberText(m).map({ $0.count <= 2 }) == true else { return j0 }
            m += 1
        }
        guard m > j0 + 1, key(m) == close, m + 1 < tokens.count, sameUnit(i, m + 1) else { return j0 }
        let n = key(m + 1)
        if n == RW.et || n == RW.ou || n == RW.comma || n == RW.du || n == RW.des || n == RW.de { return m + 1 }
        return lex.codeAcronyms[exactKey(m + 1)] != nil || codeNameAt(m + 1) != nil ? m + 1 : j0
    }

    /// ", in fine, du CPP", ", précité, du CESEDA", ", tel que modifié, du code": a few plain
    /// words set off by commas between an article and its code. Only when the code follows
    /// the second comma (`parseDesignation` reads ", du …" and ", CPP"); the comma token, or j0.
    func skipCommaAside(_ j0: Int, from i: Int) -> Int {
        guard key(j0) == RW.comma else { return j0 }
        var m = j0 + 1
        while m < tokens.count, m - j0 <= 4, sameUnit(i, m), key(m) != RW.comma {
            let k = key(m)
            guard kind(m) == .word, lex.codeAcronyms[exactKey(m)] == nil, !lex.codeStarts.contains(k), !lex.articleWords.contains(k),
                  lex.kindWords[k] == nil, !lex.otherTexts.contains(k) else { return j0 }
            m += 1
        }
        guard m > j0 + 1, key(m) == RW.comma, case .designation(.explicit) = parseDesignation(m, from: i).0 else { return j0 }
        return m
    }

    /// "et s.", "et suivants", "et les suivants", "s.", "et suiv.": the token of the word that says the list runs
    /// on from its last article, or nil. Without "et" only the abbreviations count, with their
    /// dot ("art. 706-80 s. CPP"): a lone "s" is no word of a sentence there.
    func followingWord(_ j: Int) -> Int? {
        let k = key(j)
        // "et les suivants": the article of the plural.
        if k == RW.et, key(j + 1) == RW.les, lex.following.contains(key(j + 2)), sameUnit(j, j + 2) { return j + 2 }
        if k == RW.et { return lex.following.contains(key(j + 1)) ? j + 1 : nil }
        guard tokens[j].length <= 4, key(j + 1) == RW.period, tokens[j + 1].start == tokens[j].end, lex.following.contains(k) else { return nil }
        return j
    }

    /// "L. 612 - 6", "L. 612-⏎6": the number of a lettered article cut at its hyphen by spaces
    /// or a line break (flattened web copy, pdftotext). Only a number without a hyphen yet,
    /// before a plain number in the same unit: "L. 612-6 - 3 ans" keeps its number.
    func joinSpacedHyphen(_ a: inout ArticleItem, at e: Int, from i: Int) -> Int {
        guard !a.number.containsBytes("-"), a.number.count >= 2, key(e) == RW.dash,
              kind(e + 1) == .number, sameUnit(i, e + 1),
              let t = numberText(e + 1), t.first?.isNumber == true, t.allSatisfy({ $0.isNumber || $0 == "-" }), !t.hasSuffix("-")
        else { return e }
        // A bare number ("l'article 78 - 2 du CPP") only before a code's name and a shorter
        // second part: "articles 12 - 15" is a range written with a dash. A hyphen glued to
        // the number with a break after it (a line's end, or the space a flattened copy left
        // there) cuts one number, whatever its parts ("222-⏎33-2-2").
        let lineCut = tokens[e].start == tokens[e - 1].end && tokens[e + 1].start > tokens[e].end
        if a.prefix.isEmpty, t.count >= a.number.count && !lineCut || !namesCode(at: e + 2, from: i) { return e }
        a.number += "-" + t
        return e + 2
    }

    /// A code's acronym at token k and the token after it — or the longer name that starts
    /// there: "C.P.P" without its last dot is read "C.P." (the code pénal's acronym) glued
    /// to "P", and is the CPP's.
    func acronymCode(_ k: Int) -> (Int, Int)? {
        guard let c = lex.codeAcronyms[exactKey(k)] else { return nil }
        if kind(k) == .abbreviation, k + 1 < tokens.count, tokens[k + 1].start == tokens[k].end,
           let m = codeNameAt(k), m.end > k + 1 { return (m.value, m.end) }
        return (c, k + 1)
    }

    /// "1240 (anc. 1382)", "L. 823-1 (anciennement L. 622-1)": the article's number before a
    /// renumbering, in parentheses after a modifier — an article of the same list and code.
    /// A bare number after a lettered one is left alone ("L. 251-1 (ancien 3)").
    func formerNumber(_ j: Int, from i: Int, first: ArticleItem) -> (ArticleItem, Range<Int>, Int)? {
        guard key(j) == RW.open else { return nil }
        if let (a, e) = modifiedPrefixArticle(j + 1), key(e) == RW.close, sameUnit(i, e) { return (a, range(j + 1, e - 1), e + 1) }
        guard lex.modifiers.contains(key(j + 1)), let (a, e) = articleItem(j + 2, allowBare: true),
              key(e) == RW.close, sameUnit(i, e), first.prefix.isEmpty || !a.prefix.isEmpty else { return nil }
        return (a, range(j + 2, e - 1), e + 1)
    }

    /// "ex-L. 511-1": a modifier glued by a hyphen to the article's prefix, one abbreviation
    /// token ("ex-L.", tokenizer.json), then the number. The item and the token after it.
    func modifiedPrefixArticle(_ k: Int) -> (ArticleItem, Int)? {
        guard kind(k) == .abbreviation, kind(k + 1) == .number, sameUnit(k, k + 1) else { return nil }
        let str = string(k)
        guard let dash = str.firstIndex(of: "-"), lex.modifiers.contains(Fold.key(String(str[..<dash]))) else { return nil }
        var letters = String(str[str.index(after: dash)...])
        if letters.hasSuffix(".") { letters.removeLast() }
        guard lex.articlePrefixes.contains(letters), let n = numberText(k + 1), n.containsBytes("-"),
              n.allSatisfy({ $0.isNumber || $0 == "-" }) else { return nil }
        return (ArticleItem(prefix: letters, number: n, suffix: nil), k + 2)
    }

    static let articleForms: [[UInt32]] = ["article", "articles"].map { $0.unicodeScalars.map(\.value) }

    /// "artic1e 40", "artlcle 40", "articie L. 612-6": the word "article" as OCR read it — one
    /// letter off, or digits for its letters (`ocrDigitLetters`), its first three letters
    /// kept — when an article number follows in the same unit. Seven or eight letters before
    /// a number: most words are out before any folding.
    func ocrArticleWord(_ i: Int) -> Bool {
        guard tokens[i].kind == .word, let nk = kind(i + 1), nk == .number || nk == .article, sameUnit(i, i + 1) else { return false }
        var x: [UInt32] = []
        for j in tokens[i].range where s[j].value != 1 { x.append(Fold.scalar(s[j].value)) }
        guard x.count >= 7, x[0] == 0x61, x[1] == 0x72, x[2] == 0x74 else { return false }
        for form in Self.articleForms where form.count == x.count && x != form {
            if ocrEqual(x, form) { return true }
            let letters = x.map { lex.ocrDigitLetters[$0]?.first ?? $0 }
            if withinOneEdit(letters, form) { return true }
        }
        return false
    }

    /// "l'ai ticle 223-6", "l'arti cle 40": the word "article" broken in two by a scan's
    /// space (its r read as "i " too). The two words glued back make "article" or
    /// "articles", or one letter off them after their "a", and an article number follows in
    /// the same unit. Whether the words at `i` and `i + 1` are such a broken word.
    func splitArticleWord(_ i: Int) -> Bool {
        guard i + 2 < tokens.count, tokens[i].kind == .word, tokens[i + 1].kind == .word,
              tokens[i + 1].start == tokens[i].end + 1,
              case let n = tokens[i].length + tokens[i + 1].length, n == 7 || n == 8,
              let nk = kind(i + 2), nk == .number || nk == .article, sameUnit(i, i + 2) else { return false }
        var x: [UInt32] = []
        for j in tokens[i].range where s[j].value != 1 { x.append(Fold.scalar(s[j].value)) }
        for j in tokens[i + 1].range where s[j].value != 1 { x.append(Fold.scalar(s[j].value)) }
        guard x.first == 0x61 else { return false }
        return Self.articleForms.contains { $0.count == x.count && ($0 == x || withinOneEdit(x, $0)) }
    }

    /// "C–61/11", "T–123/19": an EU case number whose dash a word processor made an en dash
    /// (or a minus sign), which splits the token the tokenizer keeps whole for "C-61/11".
    func caseNumberWithDash(_ k: Int) -> (String, Int)? {
        guard kind(k) == .word, tokens[k].length == 1, key(k + 1) == Self.enDash || key(k + 1) == Self.minusSign,
              kind(k + 2) == .number, tokens[k + 1].start == tokens[k].end, tokens[k + 2].start == tokens[k + 1].end,
              let letter = string(k).unicodeScalars.first, ("A"..."Z").contains(letter), let n = numberText(k + 2) else { return nil }
        let parts = n.split(separator: "/")
        guard parts.count == 2, parts[0].allSatisfy(\.isNumber), parts[1].count == 2 || parts[1].count == 4, parts[1].allSatisfy(\.isNumber) else { return nil }
        return ("\(letter)-\(n)", k + 2)
    }

    /// "20-84045": a Cour de cassation pourvoi written without the dot of its canonical form
    /// ("20-84.045": two digits of the year, five of the number).
    func pourvoiWithDot(_ d: String) -> String {
        let c = Array(d)
        guard c.count == 8, c[2] == "-", c.enumerated().allSatisfy({ $0.offset == 2 || ($0.element.isASCII && $0.element.isNumber) }) else { return d }
        return String(c[0..<5]) + "." + String(c[5...])
    }

    /// "n° 422 469": a Conseil d'État docket with its thousands set apart by a space — the
    /// number of one to three digits at token `end`, then a group of three digits alone.
    func thousandsGroup(after end: Int, _ t: String) -> (String, Int)? {
        let g = end + 1
        guard !t.isEmpty, t.count <= 3, t.allSatisfy(\.isNumber), kind(g) == .number, tokens[g].start == tokens[end].end + 1,
              let more = numberText(g), more.count == 3, more.allSatisfy(\.isNumber), sameUnit(end, g),
              !(g + 1 < tokens.count && tokens[g + 1].start == tokens[g].end && kind(g + 1) != .punct) else { return nil }
        return (t + more, g)
    }

    static let ainsi = Fold.key("ainsi"), que = Fold.key("que"), ampersand = Fold.key("&")
}
