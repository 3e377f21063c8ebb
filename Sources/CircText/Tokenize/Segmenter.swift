/// Splits tokens into sentences and the units that are not sentences but stand alone:
/// headings, list items, footnote texts, header lines ("Objet : …", addressee lines).
struct Segmenter {
    let rules: TokenizerRules

    /// Lines shorter than this that end without punctuation are lines of their own (letterhead,
    /// addressees, table rows); longer ones are a paragraph wrapped by the layout.
    static let shortLine = 60

    /// No unit runs longer than this many tokens. The longest sentence of the corpus (a
    /// CESEDA article) has 254; a run of thousands without a full stop is not prose but a
    /// dump or an attack, and the extractors' per-unit work space grows with the longest unit.
    static let maxUnitTokens = 1024

    func segment(text: NormalizedText, tokens: [Token]) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        let s = text.scalars
        // Sized once: grown insert by insert, their rehashing was a sixth of segmenting.
        var headingStarts = Set<Int>(minimumCapacity: text.headings.count)
        var headingEnds = Set<Int>(minimumCapacity: text.headings.count)
        for h in text.headings { headingStarts.insert(h.range.lowerBound); headingEnds.insert(h.range.upperBound) }
        var footnoteStarts = Set<Int>()
        for c in text.footnoteCalls where c.startsLine { footnoteStarts.insert(c.range.lowerBound) }

        var out: [Sentence] = []
        var first = 0
        func close(_ last: Int) {
            guard last >= first else { return }
            out.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<(last + 1)))
            first = last + 1
        }
        for t in 1..<tokens.count {
            let prev = tokens[t - 1], cur = tokens[t]
            var brk = false
            if cur.newlinesBefore >= 2 {
                brk = true
            } else if cur.newlinesBefore == 1 {
                brk = lineBreakEndsUnit(s, text: text, prev: prev, cur: cur, headingStarts: headingStarts, footnoteStarts: footnoteStarts,
                                        headingEnds: headingEnds)
            } else if isTerminal(s, prev) {
                // A closing quote or bracket after the full stop stays with its sentence; the
                // full stop of a section label opening its line ("1. Le traitement des
                // plaintes", "II. Les moyens") ends nothing.
                brk = !isClosing(text, cur) && startsSentence(s, cur) && !(t >= 2 && isLineLabel(s, tokens[t - 2], first: t - 2 == 0))
                    && !(t >= 2 && hyphenatedInitials(s, tokens[t - 2], prev, cur))
                    && !(t >= 3 && articleNumberStop(s, tokens[t - 3], tokens[t - 2], cur))
            } else if t >= 2 && isTerminal(s, tokens[t - 2]) && isClosing(text, prev) {
                brk = startsSentence(s, cur)
            } else if cur.kind == .word && cur.length <= 5 && Self.isUppercase(s[Int(cur.start)]) {
                brk = t + 1 < tokens.count && runsOnAfterHeading(s, prev: prev, cur: cur, next: tokens[t + 1])
            } else if cur.length == 7 && (s[Int(cur.start)] == "A") {
                brk = t + 1 < tokens.count && opensArticleAfterCapitals(s, tokens, t)
            }
            if brk || t - first >= Self.maxUnitTokens { close(t - 1) }
        }
        close(tokens.count - 1)
        return out
    }

    /// "… Sur proposition du directeur de cabinet ; ARRÊTE Article 1er : Les rassemblements …":
    /// a flattened act runs its first article onto its enacting word, in capitals (with or
    /// without its colon); the article opens a sentence there, the preamble ends. Token t is
    /// "Article" (or "ARTICLE") and a number follows it.
    func opensArticleAfterCapitals(_ s: ScalarStore, _ tokens: [Token], _ t: Int) -> Bool {
        let cur = tokens[t], next = tokens[t + 1]
        guard next.kind == .number || next.kind == .ordinal, Fold.key(s, cur.range) == Self.articleKey else { return false }
        var p = t - 1
        if p >= 1, tokens[p].kind == .punct, s[Int(tokens[p].start)] == ":" { p -= 1 }
        let w = tokens[p]
        guard w.kind == .word, w.length >= 5 else { return false }
        return (Int(w.start)..<Int(w.end)).allSatisfy { Self.isUppercase(s[$0]) }
    }
    static let articleKey = Fold.key("article")

    /// A sentence a flattened copy ran on after its heading, on one line and with no full stop
    /// between them: "Le partage de l'information Les préfets réuniront …", "La réponse
    /// pénale Il appartiendra aux parquets …", "… de probation Je vous demande …". French
    /// prose capitalises an article or a subject pronoun inside a sentence only in a name,
    /// and a name goes on in capitals ("le quotidien Le Monde", "à La Rochelle"): so the
    /// opener (`runOnOpeners`) must be capitalised in mixed case, follow a lowercase word that
    /// can end a heading (no "de", "à", "par": `lineOpenWords`), and precede a lowercase word.
    func runsOnAfterHeading(_ s: ScalarStore, prev: Token, cur: Token, next: Token) -> Bool {
        guard prev.kind == .word, next.kind == .word || next.kind == .elision, next.start > cur.end,
              cur.length == 1 || !Self.isUppercase(s[Int(cur.start) + 1]),
              Self.isLowercase(s[Int(next.start)]), Self.isLowercase(s[Int(prev.start)]) else { return false }
        guard rules.runOnOpenerKeys.contains(Fold.key(s, cur.range)) else { return false }
        return !rules.lineOpenKeys.contains(Fold.key(s, prev.range))
    }

    /// A section label at the start of its line, before a full stop: "1", "2.1", "IV", "B".
    func isLineLabel(_ s: ScalarStore, _ t: Token, first: Bool) -> Bool {
        guard first || t.newlinesBefore >= 1, t.length <= 5 else { return false }
        let a = Int(t.start), b = Int(t.end)
        if t.kind == .number { return Self.isNumberLabel(s, a, b) }
        guard t.kind == .word else { return false }
        if t.length == 1 { return s[a].value >= 0x41 && s[a].value <= 0x48 }   // "A." to "H."
        return (a..<b).allSatisfy { s[$0] == "I" || s[$0] == "V" || s[$0] == "X" || s[$0] == "L" }
    }

    /// "Article 3.- Les mineurs…", "ARTICLE 1er.- Le port…", "Art. 2. – Les débits…": the
    /// full stop between an article's number and the dash of its separator ends no sentence
    /// (the article's first sentence would lose its label).
    func articleNumberStop(_ s: ScalarStore, _ label: Token, _ number: Token, _ cur: Token) -> Bool {
        guard cur.kind == .punct, number.kind == .number || number.kind == .ordinal, label.kind == .word || label.kind == .abbreviation else { return false }
        let c = s[Int(cur.start)]
        guard c == "-" || c == "\u{2013}" || c == "\u{2014}" else { return false }
        return Self.articleLabelKeys.contains(Fold.key(s, label.range))
    }

    static let articleLabelKeys: Set<UInt64> = [Fold.key("article"), Fold.key("art."), Fold.key("art")]

    /// "J.-M. ROUX", "J.-P. Dupont": a capital's full stop glued to the hyphen of a second
    /// initial is a first name's, not a sentence's end.
    func hyphenatedInitials(_ s: ScalarStore, _ letter: Token, _ stop: Token, _ cur: Token) -> Bool {
        letter.length == 1 && letter.end == stop.start && stop.end == cur.start && s[Int(cur.start)] == "-"
            && Self.isUppercase(s[Int(letter.start)])
    }

    /// "»", "”", ")" or a straight quote not followed by a letter: it closes what came before.
    func isClosing(_ text: NormalizedText, _ t: Token) -> Bool {
        guard t.kind == .punct else { return false }
        let i = Int(t.start)
        let c = text.sourceScalar(at: i)
        if c == "\u{BB}" || c == "\u{201D}" || c == ")" || c == "]" { return true }
        if c == "\"" {
            let next = i + 1 < text.scalars.count ? text.scalars[i + 1] : " "
            return !next.properties.isAlphabetic && next.properties.numericType == nil
        }
        return false
    }

    func isTerminal(_ s: ScalarStore, _ t: Token) -> Bool {
        guard t.kind == .punct else { return false }
        let c = s[Int(t.start)]
        return c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    /// `properties.isUppercase`, with ASCII and Latin-1 (nearly every first letter of a
    /// French sentence) answered without the Unicode tables: A–Z, À–Þ but ×.
    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x41 < 26 }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        return c.properties.isUppercase
    }

    /// `properties.isLowercase`, ASCII and Latin-1 answered without the Unicode tables: a–z,
    /// ß–ÿ but ÷. Asked of the words around every short capitalised word (`runsOnAfterHeading`).
    @inline(__always) static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x61 < 26 }
        if v < 0x100 { return v >= 0xDF && v != 0xF7 }
        return c.properties.isLowercase
    }

    func startsSentence(_ s: ScalarStore, _ t: Token) -> Bool {
        let c = s[Int(t.start)]
        if Self.isUppercase(c) || c == "\"" || c == "(" || c == "-" || c == "\u{2022}" { return true }
        return t.kind == .number || t.kind == .ordinal || t.kind == .date || t.kind == .article
    }

    func lineBreakEndsUnit(_ s: ScalarStore, text: NormalizedText, prev: Token, cur: Token, headingStarts: Set<Int>,
                           footnoteStarts: Set<Int>, headingEnds: Set<Int>) -> Bool {
        let curLineStart = lineStart(s, Int(cur.start))
        if headingStarts.contains(curLineStart) { return true }
        // A footnote's number before the first token of the line: only blanks lie between the
        // line start and that token, so look those positions up (a scan of every footnote
        // here made 100,000 footnote lines quadratic, issue 6).
        if !footnoteStarts.isEmpty {
            for k in curLineStart...Int(cur.start) where footnoteStarts.contains(k) { return true }
        }
        let prevLineStart = lineStart(s, Int(prev.start))
        if headingStarts.contains(prevLineStart) { return true }
        if isTerminal(s, prev) || [":", ";"].contains(s[Int(prev.start)]) && prev.kind == .punct { return true }
        if isListMarker(s, cur) { return true }
        // A Markdown hard line break: two spaces before the newline, in the source. Not
        // when the next line goes on in lower case ("sous quinze  ⏎ jours"): a plain copy's
        // trailing spaces, or a break inside one sentence.
        var nl = Int(prev.end)
        while nl < s.count && s[nl] != "\n" { nl += 1 }
        if nl >= 2 && nl < s.count && text.sourceScalar(at: nl - 1) == " " && text.sourceScalar(at: nl - 2) == " "
            && !s[Int(cur.start)].properties.isLowercase { return true }
        if continuesWrappedLine(s, prev: prev, cur: cur, prevLineStart: prevLineStart) { return false }
        if announcesNumber(s, prev: prev, cur: cur) { return false }
        // The new line is a short line of its own ("9 novembre 2020", a title) or a field
        // label ("Objet : …", "P.J. : …").
        var ce = Int(cur.start)
        while ce < s.count && s[ce] != "\n" { ce += 1 }
        let first = s[Int(cur.start)]
        // The line before is a labelled title ("1. Capacité professionnelle… (art. 1)"): it
        // ends at its line when the next starts with a capital.
        if Self.isUppercase(first) && Self.labelOpensLine(s, prevLineStart) { return true }
        if Self.isUppercase(first) && capitalsSentenceEnd(s, prevLineStart: prevLineStart, curLineStart: curLineStart, curEnd: ce) { return false }
        if Self.isUppercase(first) || first.properties.numericType != nil {
            if NormalizedText.countVisible(s, curLineStart, ce) < 40 { return true }
            if Self.startsWithFieldLabel(s, curLineStart, ce) { return true }
        }
        // Length of the previous line, trimmed.
        var e = Int(prev.end)
        while e < s.count && s[e] != "\n" { e += 1 }
        let len = NormalizedText.countVisible(s, prevLineStart, e)
        // "LE VIGAN Le préfet du Gard interdit la manifestation … ce dimanche⏎Dans le contexte
        // des récentes attaques … [a paragraph of 300 characters on one line]": a layout that
        // wraps its lines never makes the next one far longer than its width, so the line
        // above, with no final stop, is a title of its own (a web page's headline over its
        // unwrapped paragraphs), whatever its length.
        if Self.isUppercase(first), case let next = NormalizedText.countVisible(s, curLineStart, ce),
           next >= Self.unwrappedLine, next >= len + Self.unwrappedMargin { return true }
        return len < Self.shortLine
    }

    /// A line at least this long, after a shorter one by `unwrappedMargin`, was not wrapped
    /// at the width of the line above (see `lineBreakEndsUnit`).
    static let unwrappedLine = 150
    static let unwrappedMargin = 50

    /// "LES MAIRES DOIVENT PRENDRE TOUTES MESURES … PLAN COMMUNAL DE⏎SAUVEGARDE.": a message
    /// set in capitals (a telegram, an alert) wraps its sentences as prose does, so a short
    /// last line that ends the sentence goes on from a full line of capitals above it. A
    /// letterhead's lines are short, or parted in columns by runs of blanks.
    func capitalsSentenceEnd(_ s: ScalarStore, prevLineStart: Int, curLineStart: Int, curEnd: Int) -> Bool {
        var last = curEnd - 1
        while last > curLineStart && NormalizedText.isBlank(s[last]) { last -= 1 }
        guard last > curLineStart, s[last] == ".", capitalsOnly(s, curLineStart, last) else { return false }
        var e = prevLineStart
        while e < s.count && s[e] != "\n" { e += 1 }
        guard NormalizedText.countVisible(s, prevLineStart, e) >= Self.shortLine, capitalsOnly(s, prevLineStart, e) else { return false }
        var blanks = 0
        for i in prevLineStart..<e {
            blanks = NormalizedText.isBlank(s[i]) ? blanks + 1 : 0
            if blanks >= 3 { return false }
        }
        return true
    }

    /// Whether the letters of s[a..<b] are all capitals (and there is at least one).
    func capitalsOnly(_ s: ScalarStore, _ a: Int, _ b: Int) -> Bool {
        var letters = 0
        for i in a..<b {
            let c = s[i]
            if Self.isLowercase(c) { return false }
            if Self.isUppercase(c) { letters += 1 }
        }
        return letters > 0
    }

    /// "de l'art.⏎L. 611-1", "la loi n.⏎2019-1012": an abbreviation that announces a
    /// number (a `lineOpenWords` entry) ends its line and the number opens the next, capital
    /// prefix and all. The line before may be short: the break is the layout's, not the end
    /// of the sentence ("etc." is no such word and still ends its line).
    /// So does a word of them before a code article ("des articles⏎L. 611-1 et L. 611-3").
    func announcesNumber(_ s: ScalarStore, prev: Token, cur: Token) -> Bool {
        guard cur.kind == .article || cur.kind == .number || cur.kind == .textNumber,
              prev.kind == .abbreviation || (prev.kind == .word && cur.kind == .article) else { return false }
        return prev.length <= Self.longestLineOpenWord && rules.lineOpenKeys.contains(Fold.key(s, prev.range))
    }

    /// Visible length a line needs before its break can be a wrap of the page: shorter ones
    /// ("à", "Le ministre") are the lines of a letterhead or an addressee block.
    static let wrappedLine = 20
    /// Scalars in the longest `lineOpenWords` entry ("articles"): longer words are not keyed.
    static let longestLineOpenWord = 8

    /// Whether the line break before `cur` only wraps a sentence, as a printed page does at
    /// 35–50 characters (OCR'd circulars), below `shortLine`: the line before is at least
    /// `wrappedLine` long and either ends in a word that cannot end a line ("dans un délai
    /// de⏎trois mois", "décret du⏎6 septembre 2011") before a lowercase word or a number, or
    /// the next line goes on in lowercase and is itself a wrapped line or a sentence's end.
    /// After such a word, a service's acronym in capitals goes on too ("me tenir informé
    /// sous le timbre de la⏎DACG des difficultés rencontrées").
    func continuesWrappedLine(_ s: ScalarStore, prev: Token, cur: Token, prevLineStart: Int) -> Bool {
        let first = s[Int(cur.start)].value
        // This runs at every line break: `isLowercase` answers Latin-1 without the Unicode tables.
        let lower = Self.isLowercase(s[Int(cur.start)])
        if !lower, prev.length <= 3, prev.kind == .word || prev.kind == .elision, Self.isUppercase(s[Int(cur.start)]),
           rules.capitalLineOpenKeys.contains(Fold.key(s, prev.range)) { return true }
        guard lower || (first >= 0x30 && first <= 0x39) || Self.isAcronym(s, cur) else { return false }
        var e = Int(prev.end)
        while e < s.count && s[e] != "\n" { e += 1 }
        guard NormalizedText.countVisible(s, prevLineStart, e) >= Self.wrappedLine else { return false }
        if prev.kind == .elision || (prev.kind == .word || prev.kind == .abbreviation) && prev.length <= Self.longestLineOpenWord
            && rules.lineOpenKeys.contains(Fold.key(s, prev.range)) { return true }
        guard lower else { return false }
        var ce = Int(cur.start)
        while ce < s.count && s[ce] != "\n" { ce += 1 }
        let curLineStart = lineStart(s, Int(cur.start))
        if NormalizedText.countVisible(s, curLineStart, ce) >= Self.wrappedLine { return true }
        var last = ce - 1
        while last > Int(cur.start) && NormalizedText.isBlank(s[last]) { last -= 1 }
        return s[last] == "." || s[last] == ";" || s[last] == ","
    }

    /// "DACG", "OFII", "SPIP": a word of two to six capital letters (a heading's word in
    /// capitals is longer, or followed by others: `continuesWrappedLine` asks only after a
    /// word that cannot end a line).
    static func isAcronym(_ s: ScalarStore, _ t: Token) -> Bool {
        guard t.kind == .word, t.length >= 2, t.length <= 6 else { return false }
        return (Int(t.start)..<Int(t.end)).allSatisfy { isUppercase(s[$0]) && s[$0].properties.isAlphabetic }
    }

    /// "Objet : …", "P.J. : …", "Référence\t…": up to four words, then a colon or a tab.
    static func startsWithFieldLabel(_ s: ScalarStore, _ a: Int, _ b: Int) -> Bool {
        var words = 0
        var inWord = false
        var k = a
        while k < b && k - a < 40 {
            let c = s[k]
            if c == ":" || c == "\t" { return words >= 1 && words <= 4 }
            if c == " " { inWord = false } else if !inWord { inWord = true; words += 1 }
            if words > 4 { return false }
            k += 1
        }
        return false
    }

    func isListMarker(_ s: ScalarStore, _ t: Token) -> Bool {
        let c = s[Int(t.start)]
        if ListBullet.marksItem(c, punct: t.kind == .punct) { return true }
        // "1)", "a)", "2.", "1°" at a line start.
        let e = Int(t.end)
        if (t.kind == .number || t.kind == .ordinal || (t.kind == .word && t.end - t.start == 1)) && e < s.count && (s[e] == ")" || s[e] == "\u{B0}") { return true }
        // "2. Capacité professionnelle…", "II. Les moyens": a label, its full stop, a title.
        return e + 2 < s.count && s[e] == "." && s[e + 1] == " " && s[e + 2].properties.isUppercase && isLineLabel(s, t, first: true)
    }

    /// "2. Capacité", "2.1. Le suivi", "IV. Les moyens" at line start `a`: a number or a
    /// roman numeral of at most five characters, a full stop, a space, a capital.
    /// "3", "12", "2.1", "1.4.1": a section number — digits and points, at most two digits
    /// without a point (a year is no section).
    static func isNumberLabel(_ s: ScalarStore, _ a: Int, _ b: Int) -> Bool {
        guard b > a, (a..<b).allSatisfy({ s[$0] == "." || (s[$0].value >= 0x30 && s[$0].value <= 0x39) }) else { return false }
        return b - a <= 2 || (a..<b).contains { s[$0] == "." }
    }

    static func labelOpensLine(_ s: ScalarStore, _ a0: Int) -> Bool {
        var a = a0
        while a < s.count && (s[a] == " " || s[a] == "\t") { a += 1 }
        var k = a
        while k < s.count && k - a < 5 && (s[k] == "." || (s[k].value >= 0x30 && s[k].value <= 0x39) || "IVXL".unicodeScalars.contains(s[k])) { k += 1 }
        guard k > a, k + 2 < s.count, k - a < 5 || s[k] == "." else { return false }
        // A year ending a wrapped sentence ("… en\n2023. Les préfets") is no label.
        if s[a].value >= 0x30 && s[a].value <= 0x39 && !isNumberLabel(s, a, s[k - 1] == "." ? k - 1 : k) { return false }
        // The label's own full stop: the run may have swallowed it ("2.").
        if s[k - 1] == "." && s[k] == " " { return k - 1 > a && s[k + 1].properties.isUppercase }
        return s[k] == "." && s[k + 1] == " " && s[k + 2].properties.isUppercase
    }

    func lineStart(_ s: ScalarStore, _ i: Int) -> Int {
        var k = i
        while k > 0 && s[k - 1] != "\n" { k -= 1 }
        return k
    }
}

extension NormalizedText {
    /// Visible scalars of `s[a..<b]` (no spaces or joins at either end).
    static func countVisible(_ s: ScalarStore, _ a: Int, _ b: Int) -> Int {
        var lo = a, hi = b
        while lo < hi && Self.isBlank(s[lo]) { lo += 1 }
        while hi > lo && Self.isBlank(s[hi - 1]) { hi -= 1 }
        return hi - lo
    }
}
