/// The French tokenizer: one pass over the normalised scalars with a character-class table
/// built from ICU's properties, then the few French rules (elisions, abbreviations, article
/// numbers, dates) consulted only where the text makes them possible. ICU's word iterator
/// knows none of these rules and is slower than this loop, so it is not on the hot path.
public final class Tokenizer: @unchecked Sendable {
    public let rules: TokenizerRules
    /// One class per BMP scalar, behind a raw pointer so the hot loop does no bounds checks
    /// and no reference counting. Allocated once per tokenizer, freed in deinit.
    private let classes: UnsafeMutablePointer<CharClass>
    private let keepWhole: [[UInt32]]
    /// The folded first letters of the keep-whole words (ASCII, by bit): an apostrophe after
    /// any other word skips the list.
    private let keepWholeInitials: (UInt64, UInt64)
    private let longestElision: Int
    /// The rules' word sets by word key (`Fold.key`): looked up without building a String.
    private let elisionKeys: WordTable
    private let abbreviationExactKeys: WordTable
    private let abbreviationFoldedKeys: WordTable
    private let articleSuffixKeys: WordTable
    private let monthKeys: WordTable
    /// The months' folded forms by their OCR confusion key (`confusionUnit`): a
    /// month whose i or l OCR read as 1, l or i, whose o as 0 or whose s as 5.
    private let confusedMonths: [UInt64: [UInt16]]
    private let gluedWordKeys: WordTable
    private let romanSuffixKeys: WordTable

    enum CharClass: UInt8 {
        case other, lower, upper, letter, digit, space, newline, join, apostrophe, hyphen, period, punct,
             degree, at, percent, plus, slash, comma, symbol
    }

    public init(rules: TokenizerRules) {
        self.rules = rules
        var table = [CharClass](repeating: .other, count: 0x10000)
        for c in 0..<0x10000 {
            let u = UInt32(c)
            switch u {
            case 0x20, 0x09: table[c] = .space
            case 0x0A: table[c] = .newline
            case 0x01: table[c] = .join
            case 0x27: table[c] = .apostrophe
            case 0x2D: table[c] = .hyphen
            case 0x2E: table[c] = .period
            case 0xB0: table[c] = .degree
            case 0x40: table[c] = .at
            case 0x25: table[c] = .percent
            case 0x2B: table[c] = .plus
            case 0x2F: table[c] = .slash
            case 0x2C: table[c] = .comma
            case 0xD800...0xDFFF: table[c] = .other
            default:
                // ICU general categories: 1 Lu, 2 Ll, 3 Lt, 4 Lm, 5 Lo, 6 Mn, 8 Mc, 9 Nd,
                // 12-14 separators, 19-23/28-29 punctuation, 24-27 symbols.
                switch ICU.charType(u) {
                case 1, 3: table[c] = .upper
                case 2: table[c] = .lower
                case 4, 5, 6, 7, 8: table[c] = .letter
                case 9: table[c] = .digit
                case 12, 13, 14: table[c] = .space
                case 19, 20, 21, 22, 23, 28, 29: table[c] = .punct
                case 24, 25, 26, 27: table[c] = .symbol
                default: table[c] = .other
                }
            }
        }
        classes = UnsafeMutablePointer<CharClass>.allocate(capacity: 0x10000)
        classes.initialize(from: table, count: 0x10000)
        for c in 0..<0x10000 where Units8.isPlainAlnum(UInt16(c)) {
            precondition(Self.isAlnumClass(table[c]), "Units8.plainAlnum takes U+\(String(c, radix: 16)) for a letter")
        }
        keepWhole = rules.keepWhole.map { $0.unicodeScalars.map { $0.value } }
        var initials: (UInt64, UInt64) = (0, 0)
        for w in keepWhole {
            guard let c = w.first else { continue }
            if c < 64 { initials.0 |= 1 << UInt64(c) } else if c < 128 { initials.1 |= 1 << UInt64(c - 64) } else { initials = (~0, ~0) }
        }
        keepWholeInitials = initials
        func keys<S: Sequence>(_ words: S, _ key: (String) -> UInt64) -> WordTable where S.Element == String {
            WordTable(hashed: Dictionary(words.map { (key($0), UInt64(1)) }, uniquingKeysWith: { a, _ in a }))
        }
        elisionKeys = keys(rules.elisions, Fold.key)
        abbreviationExactKeys = keys(rules.abbreviationsExact, WordKey.exact)
        abbreviationFoldedKeys = keys(rules.abbreviationsFolded, Fold.key)
        articleSuffixKeys = keys(rules.articleSuffixes, Fold.key)
        monthKeys = keys(rules.months.keys, Fold.key)
        confusedMonths = Self.confusedMonthTable(rules.months)
        gluedWordKeys = keys(rules.gluedWords, Fold.key)
        romanSuffixKeys = keys(rules.romanOrdinalSuffixes, Fold.key)
        longestElision = rules.elisions.map { $0.unicodeScalars.count }.max() ?? 0
    }

    deinit { classes.deallocate() }

    @inline(__always) func cls(_ v: UInt32) -> CharClass {
        if v < 0x10000 { return classes[Int(v)] }
        return ICU.isAlpha(v) ? .letter : .symbol
    }

    /// The class of the scalar at `i`, read from its two-byte unit: a surrogate marker's
    /// class in the table is `.other`, the only class that needs the scalar itself.
    @inline(__always) func cls(_ buf: ScalarView, _ i: Int) -> CharClass {
        let c = classes[Int(buf.units[i])]
        if _slowPath(c == .other) { return cls(buf[i].value) }
        return c
    }

    /// Letters and digits: the classes `lower`, `upper`, `letter`, `digit` are contiguous.
    @inline(__always) static func isAlnumClass(_ c: CharClass) -> Bool {
        c.rawValue &- CharClass.lower.rawValue <= CharClass.digit.rawValue &- CharClass.lower.rawValue
    }

    public func tokenize(_ text: NormalizedText) -> TokenizedText {
        var repairs: [(Int, UInt16)] = []
        let tokens = text.scalars.withView { scan($0, &repairs) }
        var text = text
        // The text as its tokens read it: an OCR'd elision's apostrophe, an accent (rare:
        // the copy of the scalars is made only then).
        for (i, u) in repairs { text.repair(i, to: u) }
        let sentences = Segmenter(rules: rules).segment(text: text, tokens: tokens)
        return TokenizedText(text: text, tokens: tokens, sentences: sentences)
    }

    // MARK: scanning

    /// At least as many tokens as `scan` will emit (but in rare shapes: a word glued to a
    /// number, "520-1du"; then `Sink.overflow` takes the rest), and about as many on prose:
    /// every token but the first is a unit that is neither a letter, a digit nor a space
    /// (punctuation, a symbol, a line break), or starts a run of letters right after one of
    /// those or after a space. So a space counts one, any other such unit two. Reserving that
    /// once spares the doublings of a growing array, whose slack was up to half of it (a
    /// tenth of a run's peak on a text of one-letter words), and the bound is exact there
    /// ("a b c d"); what is reserved past the tokens is never written. Counting runs' starts
    /// exactly (a table per unit, or the previous lane's class) made this pass a tenth of
    /// tokenizing; these three lane tests are a third of that.
    func estimatedTokens(_ buf: ScalarView) -> Int {
        let count = buf.count
        var n = 1
        var i = 0
        if let base = buf.units.baseAddress {
            // Per lane: spaces plus twice the others, added up every 2,048 trips (a lane
            // holds at most 4,096 then: no sixteen-bit lane wraps).
            var lanes = Units8.V()
            var trips = 0
            while i &+ 8 <= count {
                let v = Units8.load(base, i)
                let space = Units8.equal(v, 0x20)
                let other = ~(Units8.plainAlnum(v) | space)
                lanes &+= (space &>> 15) &+ ((other &>> 15) &<< 1)
                i &+= 8
                trips &+= 1
                if trips == 2048 { n &+= Self.sum(lanes); lanes = Units8.V(); trips = 0 }
            }
            n &+= Self.sum(lanes)
        }
        while i < count {
            let u = buf.units[i]
            n &+= u == 0x20 ? 1 : Units8.isPlainAlnum(u) ? 0 : 2
            i &+= 1
        }
        return n
    }

    static func sum(_ lanes: Units8.V) -> Int {
        var s = 0
        for k in 0..<8 { s &+= Int(lanes[k]) }
        return s
    }

    /// Where tokens go while scanning: a value passed `inout`, not a closure over local
    /// variables, so that appending costs no dynamic exclusivity check. Tokens are written
    /// straight into the token array's reserved storage (`estimatedTokens` of them): an
    /// `append` per token checked the array's uniqueness through a runtime call. What does
    /// not fit (a text the estimate undercounts) goes to `overflow`, appended at the end.
    struct Sink {
        let base: UnsafeMutablePointer<Token>?
        let capacity: Int
        var count = 0
        var overflow: [Token] = []
        var newlines = 0
        /// OCR repairs the scan found (`OCRElision.swift`): a unit and what it becomes.
        var repairs: [(Int, UInt16)] = []

        init(_ storage: UnsafeMutableBufferPointer<Token>) {
            base = storage.baseAddress
            capacity = base == nil ? 0 : storage.count
        }

        @inline(__always) mutating func callAsFunction(_ s: Int, _ e: Int, _ k: TokenKind) {
            var s = s
            while _slowPath(e - s > Token.maxLength) {   // a megabyte "word"
                put(Token(start: Int32(s), end: Int32(s + Token.maxLength), kind: k, newlinesBefore: UInt8(min(newlines, 255))))
                newlines = 0
                s += Token.maxLength
            }
            put(Token(start: Int32(s), end: Int32(e), kind: k, newlinesBefore: UInt8(min(newlines, 255))))
            newlines = 0
        }

        @inline(__always) mutating func put(_ t: Token) {
            if _fastPath(count < capacity), let base {
                (base + count).initialize(to: t)
                count &+= 1
            } else {
                overflow.append(t)
            }
        }
    }

    func scan(_ buf: ScalarView) -> [Token] {
        var repairs: [(Int, UInt16)] = []
        return scan(buf, &repairs)
    }

    func scan(_ buf: ScalarView, _ repairs: inout [(Int, UInt16)]) -> [Token] {
        var overflow: [Token] = []
        var found: [(Int, UInt16)] = []
        var tokens = [Token](unsafeUninitializedCapacity: estimatedTokens(buf)) { storage, count in
            var emit = Sink(storage)
            scan(buf, &emit)
            count = emit.count
            overflow = emit.overflow
            found = emit.repairs
        }
        repairs = found
        if !overflow.isEmpty { tokens.append(contentsOf: overflow) }
        return tokens
    }

    func scan(_ buf: ScalarView, _ emit: inout Sink) {
        let n = buf.count
        var i = 0
        while i < n {
            // Words and single spaces are most of the text: tested before the switch, whose
            // jump table mispredicted on nearly every token.
            let c = cls(buf, i)
            if c.rawValue &- CharClass.lower.rawValue < 3 {
                if let e = plainWordEnd(self, buf, i, c) {
                    if e &- i == 1 || (e &- i <= 6 && buf.units[e &- 1] == 0x75 && buf.units[e &- 2] | 0x20 == 0x71), elidedBeforeSpace(buf, e, &emit) { emit(i, e + 1, .elision); i = e + 1; continue }
                    emit(i, e, .word); i = e
                    // The space after it, passed here: the test below it was folded into the
                    // switch's jump table, an indirect jump at every space.
                    if i < n && buf.units[i] == 0x20 { i &+= 1 }
                } else { i = scanWord(buf, i, &emit) }
                continue
            }
            if c == .space { i += 1; continue }
            switch c {
            case .space, .join: i += 1
            case .newline: emit.newlines += 1; i += 1
            case .lower, .upper, .letter:
                i = scanWord(buf, i, &emit)
            case .digit:
                i = scanNumber(buf, i, &emit)
            case .plus where i + 1 < n && cls(buf[i + 1].value) == .digit && (i == 0 || !isAlnum(buf[i - 1].value)):
                i = scanNumber(buf, i, &emit)
            case .period:
                var j = i + 1
                while j < n && buf[j] == "." { j += 1 }
                emit(i, j, .punct); i = j
            case .hyphen, .apostrophe, .punct, .comma, .slash, .at:
                emit(i, i + 1, .punct); i += 1
            case .plus, .percent, .degree, .symbol, .other:
                emit(i, i + 1, .symbol); i += 1
            }
        }
    }

    /// Whether the space at `e`, after a word of one letter or one ending in "u", is an
    /// elision's apostrophe OCR lost ("l article", "qu il"); if so, it is recorded as a
    /// repair. The cheap tests first (the caller's on the word's length, a space, the
    /// letter): this runs at most words of one letter.
    /// Kept out of line: inlined, it made the scan's loop heavier for every word.
    @inline(never) func elidedBeforeSpace(_ buf: ScalarView, _ e: Int, _ emit: inout Sink) -> Bool {
        guard e + 1 < buf.count, buf.units[e] == 0x20, e >= 1, OCRRepair.endsElision(buf.units[e - 1]) else { return false }
        guard OCRRepair.lostApostrophe(UnsafeMutableBufferPointer(mutating: buf.units), e) else { return false }
        emit.repairs.append((e, 0x27))
        return true
    }

    @inline(__always) func isLetter(_ v: UInt32) -> Bool {
        let c = cls(v); return c == .lower || c == .upper || c == .letter
    }
    @inline(__always) func isAlnum(_ v: UInt32) -> Bool {
        let c = cls(v); return c == .lower || c == .upper || c == .letter || c == .digit
    }

    /// The folded text of `buf[a..<b]` without joins.
    func folded(_ buf: ScalarView, _ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        for k in a..<b where buf[k] != NormalizedText.join {
            v.append(Unicode.Scalar(Fold.scalar(buf[k].value)) ?? buf[k])
        }
        return String(v)
    }

    /// The word key of `buf[a..<b]` followed by the byte `then` ("art" and its dot).
    @inline(__always) func foldedKey(_ buf: ScalarView, _ a: Int, _ b: Int, then: UInt8) -> UInt64 {
        var h = WordKey()
        for k in a..<b { Fold.bytes(buf[k].value) { h.add($0) } }
        h.add(then)
        return h.value
    }

    func exact(_ buf: ScalarView, _ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        for k in a..<b where buf[k] != NormalizedText.join { v.append(buf[k]) }
        return String(v)
    }

    /// Whether a keep-whole word ("aujourd'hui") starts at `i`.
    func keepsWhole(_ buf: ScalarView, _ i: Int) -> Bool {
        let c = Fold.scalar(buf[i].value)
        if c < 64 { if keepWholeInitials.0 & (1 << UInt64(c)) == 0 { return false } }
        else if c < 128 { if keepWholeInitials.1 & (1 << UInt64(c - 64)) == 0 { return false } }
        else if keepWholeInitials.0 != ~0 { return false }
        outer: for w in keepWhole {
            var k = i
            for u in w {
                while k < buf.count && buf[k] == NormalizedText.join { k += 1 }
                guard k < buf.count, Fold.scalar(buf[k].value) == u else { continue outer }
                k += 1
            }
            return true
        }
        return false
    }

    /// "L.⏎   742-5": a line wrapped (and indented, as `pdftotext -layout` writes it) right
    /// after an article's prefix. The end of the wrap, or `j` when there is none.
    func wrapEnd(_ buf: ScalarView, _ j: Int) -> Int {
        var k = j
        while k < buf.count && k - j < 2 && buf[k] == " " { k += 1 }
        guard k < buf.count, buf[k] == "\n", k + 1 < buf.count, buf[k + 1] != "\n" else { return j }
        k += 1
        let s = k
        while k < buf.count && k - s < 16 && buf[k] == " " { k += 1 }
        return k
    }

    func skipSpaces(_ buf: ScalarView, _ j: Int, max: Int = 2) -> Int {
        var k = j
        while k < buf.count && k - j < max && (buf[k] == " " || buf[k] == NormalizedText.join) { k += 1 }
        return k
    }

    /// A word and the French rules that may make it another token: elision, initials,
    /// article and text numbers, e-mail, URL, abbreviation, Roman ordinal, glued article.
    func scanWord(_ buf: ScalarView, _ i: Int, _ emit: inout Sink) -> Int {
        let (j, emitted) = wordBody(buf, i, &emit)
        if emitted { return j }
        // j: end of the word.
        let wordLen = j - i
        if let e = numberAfterPrefix(buf, i, j, &emit) { return e }
        if wordLen >= 4, buf[i] == "n" || buf[i] == "N", isGluedNumero(buf, i, j) { emit(i, j, .textNumber); return j }
        if wordLen >= 4, buf[i] == "n", isNumeroWithoutSign(buf, i, j) { emit(i, i + 1, .word); return i + 1 }
        if j < buf.count, let e = markedWordEnd(buf, i, j, &emit) { return e }
        if wordLen == 3 && buf[i] == "I", let e = romanFirstOfMonth(buf, i, j, &emit) { return e }
        if wordLen >= 2 && wordLen <= 7 && Self.isRomanLetter(buf[i]) && isRomanOrdinal(buf, i, j) { emit(i, j, .ordinal); return j }
        if wordLen >= 2 && cls(buf[i].value) == .upper && cls(buf[i + 1].value) != .lower && isGluedArticle(buf, i, j) { emit(i, j, .article); return j }
        if wordLen == 1 || (wordLen <= 6 && buf.units[j - 1] | 0x20 == 0x75 && buf.units[j - 2] | 0x20 == 0x71), elidedBeforeSpace(buf, j, &emit) { emit(i, j + 1, .elision); return j + 1 }
        if wordLen >= 4, cls(buf[j - 1].value) == .digit, let d = footnoteCallStart(buf, i, j) { emit(i, d, .word); emit(d, j, .number); return j }
        emit(i, j, .word)
        return j
    }

    /// "dans un délai de huit jours2.", "du code de procédure pénale1 ;": a PDF's text layer
    /// glues a footnote's superscript call to the word it follows. The word is its letters;
    /// the call a number of its own. Only one or two digits after three lowercase letters or
    /// more, in a word with no other digit, before no letter: "COVID19", "B2", "L1", "H1N1"
    /// stay whole.
    func footnoteCallStart(_ buf: ScalarView, _ i: Int, _ j: Int) -> Int? {
        var d = j - 1
        while d > i && cls(buf[d - 1].value) == .digit { d -= 1 }
        guard j - d <= 2, d - i >= 3 else { return nil }
        for k in (d - 3)..<d where cls(buf[k].value) != .lower { return nil }
        for k in i..<d where cls(buf[k].value) == .digit { return nil }
        return d
    }

    /// "no2024-42": "no" (numéro, from a keyboard without "°") glued to a text's number, as
    /// "n°2024-42" is — only digits and hyphens after it, so "NO2" or "nos" stay words.
    func isGluedNumero(_ buf: ScalarView, _ i: Int, _ j: Int) -> Bool {
        guard buf[i + 1] == "o" || buf[i + 1] == "O", cls(buf[i + 2].value) == .digit, cls(buf[i + 3].value) == .digit else { return false }
        var e = i + 4
        while e < j && (cls(buf[e].value) == .digit || buf[e] == "-") { e += 1 }
        return e == j && buf[j - 1] != "-"
    }

    /// "n328543", "n92-307", "n2260/10": a copy that drops every non-ASCII letter (docslide,
    /// 123dok) leaves "n°" as an "n" glued to the number. The "n" is a word of its own (the
    /// number word "n") and the number is scanned as one, its slash and dot with it. Three
    /// digits at least, and nothing but digits and hyphens after the "n": "n2" or "n1er"
    /// stay words; a capital "N20" is a road.
    func isNumeroWithoutSign(_ buf: ScalarView, _ i: Int, _ j: Int) -> Bool {
        guard cls(buf[i + 1].value) == .digit, cls(buf[i + 2].value) == .digit, buf[j - 1] != "-" else { return false }
        var digits = 0
        for e in (i + 1)..<j {
            if cls(buf[e].value) == .digit { digits += 1 } else if buf[e] != "-" { return false }
        }
        return digits >= 3
    }

    /// The letters, digits and joins of a word from `i`, through inner hyphens ("Pas-de-Calais")
    /// and apostrophes that are not an elision; an elision ("l'", "lorsqu'") and capitals with
    /// dots ("P.J.") are emitted here (`emitted` true). The end, before any rule after it.
    @inline(__always) func wordBody(_ buf: ScalarView, _ i: Int, _ emit: inout Sink) -> (end: Int, emitted: Bool) {
        let n = buf.count
        var j = i
        var letters = 0
        while true {
            while j < n {
                // Eight units at a time while they are plain letters (most of a word).
                if j &+ 8 <= n, let base = buf.units.baseAddress {
                    let run = Units8.leadingTrue(Units8.plainAlnum(Units8.load(base, j)))
                    j &+= run; letters &+= run
                    if run == 8 { continue }
                }
                let c = cls(buf, j)
                if Self.isAlnumClass(c) { letters &+= 1; j &+= 1 }
                else if c == .join { j &+= 1 }
                else { break }
            }
            guard j + 1 < n else { break }
            let c = buf[j]
            let next = buf[j + 1].value
            if c == "-" && isAlnum(next) { j += 1; continue }
            if c == "'" && isLetter(next) {
                if keepsWhole(buf, i) { j += 1; continue }
                // Only a word as short as the longest elision can be one: folding the whole
                // word at each apostrophe made "ab'ab'ab'…" quadratic (issue 6).
                if letters <= longestElision, elisionKeys.contains(Fold.key(buf, i..<j)) {
                    emit(i, j + 1, .elision)
                    return (j + 1, true)
                }
                // "de'lai", "E'tat": an accent OCR read as an apostrophe.
                if buf.units[j - 1] | 0x20 == 0x65, let a = OCRRepair.accentApostrophe(UnsafeMutableBufferPointer(mutating: buf.units), j) {
                    emit.repairs.append((j - 1, a)); emit.repairs.append((j, 0x01))
                }
                j += 1; continue
            }
            // P.J., S.G.: single capitals with dots.
            if c == ".", letters == 1, cls(buf[i].value) == .upper, cls(next) == .upper, j + 2 < n, buf[j + 2] == "." {
                var k = j + 3
                while k + 1 < n && cls(buf[k].value) == .upper && buf[k + 1] == "." { k += 2 }
                emit(i, k, .abbreviation)
                return (k, true)
            }
            break
        }
        return (j, false)
    }

    /// After the word `i..<j`: a code article number ("L. 612-6", "L.743-12", "LO 111-3";
    /// "R*. 311-12" with the asterisk of a décret en Conseil des ministres, kept by the
    /// normaliser) or a text number after "n°", "N°", "nº", "no". The token's end, or nil.
    func numberAfterPrefix(_ buf: ScalarView, _ i: Int, _ j: Int, _ emit: inout Sink) -> Int? {
        let n = buf.count
        let wordLen = j - i
        // "L . 611-1": a copy's space before the prefix's dot.
        if wordLen <= 2, cls(buf[i].value) == .upper, j + 2 < n, buf[j] == " ", buf[j + 1] == ".", digitFollows(buf, j + 1),
           rules.articlePrefixes.contains(exact(buf, i, j)), let e = articleNumberEnd(buf, skipSpaces(buf, j + 2)) {
            emit(i, e, .article); return e
        }
        if wordLen <= 3, cls(buf[i].value) == .upper, case let star = j < n && buf[j] == "*" ? 1 : 0,
           digitFollows(buf, j + star) || j + star < n && buf[j + star] == "." && digitFollows(buf, wrapEnd(buf, j + star + 1)) {
            let w = exact(buf, i, j)
            if rules.articlePrefixes.contains(w) {
                var k = j + star
                if k < n && buf[k] == "." { k += 1 }
                k = skipSpaces(buf, wrapEnd(buf, k))
                if k < n && cls(buf[k].value) == .digit, let e = articleNumberEnd(buf, k) {
                    emit(i, e, .article); return e
                }
            }
        }
        if wordLen <= 2, j < n, let e = dashedArticleEnd(buf, i, j) { emit(i, e, .article); return e }
        guard wordLen <= 2, buf[i] == "n" || buf[i] == "N", j < n, buf[j] == "\u{B0}" || buf[j - 1] == "\u{BA}" else { return nil }
        let f = folded(buf, i, j)
        var afterSign = -1
        if (f == "n" || f == "n\u{BA}") && j < n && buf[j] == "\u{B0}" { afterSign = j + 1 }
        else if f == "n\u{BA}" { afterSign = j }
        guard afterSign >= 0 else { return nil }
        let k = skipSpaces(buf, afterSign)
        if k < n, cls(buf[k].value) == .digit {
            var e = k
            while e < n && isTextNumberChar(buf, e) { e += 1 }
            while e > k && !isAlnum(buf[e - 1].value) { e -= 1 }
            emit(i, e, .textNumber); return e
        }
        emit(i, afterSign, .abbreviation); return afterSign
    }

    /// After the word `i..<j` (`j` inside the text): an e-mail address, a URL, an
    /// abbreviation with its dot ("art.", "M.") or an initial ("J. Dupont"). The end, or nil.
    func markedWordEnd(_ buf: ScalarView, _ i: Int, _ j: Int, _ emit: inout Sink) -> Int? {
        let n = buf.count
        let wordLen = j - i
        let c = buf[j]
        if c == "@" || c == "." || c == "_" || c == "-", atFollows(buf, j), let e = emailEnd(buf, i) {
            emit(i, e, .email); return e
        }
        if c == ":" || c == ".", wordLen >= 3, wordLen <= 5, buf[i] == "h" || buf[i] == "H" || buf[i] == "w" || buf[i] == "W", let e = urlEnd(buf, i, j) {
            emit(i, e, .url); return e
        }
        guard c == ".", wordLen <= rules.longestAbbreviation else { return nil }
        // The last label of a domain ("service-public.com. Le…") is no abbreviation ("Cass. com.").
        let domainLabel = i >= 2 && buf[i - 1] == "." && isDomainLabelBefore(buf, i - 1)
        if !domainLabel, abbreviationExactKeys.contains(WordKey.exact(buf, i..<j, suffix: 0x2E)) || abbreviationFoldedKeys.contains(foldedKey(buf, i, j, then: 0x2E)) {
            emit(i, j + 1, .abbreviation); return j + 1
        }
        // "la loi n. 2019-1012", "décret N.2020-1234": numéro abbreviated with a full stop,
        // before its number (a lone "n" ends no French sentence; "N. Dupont" is an initial).
        // So is an article's prefix typed in lower case: "art. l.611-1", "article r. 611-1".
        if wordLen == 1, buf[i] == "n" || buf[i] == "N" || isLowercasePrefix(buf[i]), digitFollows(buf, j) || digitFollows(buf, wrapEnd(buf, j + 1)) {
            emit(i, j + 1, .abbreviation); return j + 1
        }
        // An initial ("M. X. »", "J. Dupont") rather than a sentence's last word.
        if wordLen == 1, cls(buf[i].value) == .upper, j + 2 < n, buf[j + 1] == " ", cls(buf[j + 2].value) == .upper {
            emit(i, j + 1, .abbreviation); return j + 1
        }
        return nil
    }

    /// "l", "r", "d": a lowercase letter whose capital is an article prefix ("a" is a verb).
    @inline(__always) func isLowercasePrefix(_ c: Unicode.Scalar) -> Bool {
        (c == "l" || c == "r" || c == "d") && rules.articlePrefixes.contains(String(c).uppercased())
    }

    /// Whether the word before the dot at `d` is a lowercase domain name ("service-public",
    /// "ants.gouv"): lowercase letters, digits, hyphens and dots back to a space. "Cass.crim."
    /// and "C.civ." (a capital), "cf.art." (two letters) are abbreviations glued together.
    func isDomainLabelBefore(_ buf: ScalarView, _ d: Int) -> Bool {
        var k = d - 1
        while k >= 0 && d - k <= 64 {
            let v = buf[k].value
            if v == 0x20 || v == 0x0A || v == 0x09 { break }
            guard (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x2D || v == 0x2E else { return false }
            k -= 1
        }
        return d - k >= 4
    }

    /// Whether, after an optional dot and at most two spaces, a digit follows: the cheap
    /// test before an article number is tried.
    @inline(__always) func digitFollows(_ buf: ScalarView, _ j: Int) -> Bool {
        var k = j
        if k < buf.count && buf[k] == "." { k += 1 }
        k = skipSpaces(buf, k)
        return k < buf.count && cls(buf[k].value) == .digit
    }

    /// Whether an "@" comes before the next space: the cheap test before an e-mail address.
    @inline(__always) func atFollows(_ buf: ScalarView, _ j: Int) -> Bool {
        var k = j
        while k < buf.count && k - j < 64 {
            let c = buf[k]
            if c == "@" { return true }
            if c == " " || c == "\n" || c == "\t" { return false }
            k += 1
        }
        return false
    }

    /// End of "612-6", "743-12", "313-11 bis", "1", "L. 111-3*"; nil if not an article number.
    func articleNumberEnd(_ buf: ScalarView, _ k0: Int) -> Int? {
        let n = buf.count
        var k = k0
        while k < n && cls(buf[k].value) == .digit { k += 1 }
        while k + 1 < n && (buf[k] == "-" || buf[k] == ".") && cls(buf[k + 1].value) == .digit {
            k += 1
            while k < n && cls(buf[k].value) == .digit { k += 1 }
        }
        if k < n && isLetter(buf[k].value) { return nil }   // "L 5 ans"? no: "5a" is not an article
        // "bis", "ter"…
        if k + 1 < n && buf[k] == " " && cls(buf[k + 1].value) == .lower {
            var e = k + 1
            while e < n && isLetter(buf[e].value) { e += 1 }
            if articleSuffixKeys.contains(Fold.key(buf, (k + 1)..<e)) { k = e }
        }
        return k
    }

    @inline(__always) func isTextNumberChar(_ buf: ScalarView, _ e: Int) -> Bool {
        let v = buf[e].value
        if cls(v) == .digit || v == 0x01 { return true }
        if (v == 0x2D || v == 0x2F) && e + 1 < buf.count && isAlnum(buf[e + 1].value) { return true }
        // "18-82.123": a dot between digits (Cour de cassation docket numbers).
        if v == 0x2E && e > 0 && cls(buf[e - 1].value) == .digit && e + 1 < buf.count && cls(buf[e + 1].value) == .digit { return true }
        // "2019-789 QPC" stays two tokens; "2008/115/CE": the letters after a slash belong.
        if cls(v) == .upper && e > 0 && (buf[e - 1] == "/" || cls(buf[e - 1].value) == .upper) { return true }
        return false
    }

    @inline(__always) static func isRomanLetter(_ c: Unicode.Scalar) -> Bool {
        c == "I" || c == "V" || c == "X" || c == "L" || c == "C"
    }

    /// "Ier", "IIe", "XIXe", "IVème": capitals then a lowercase suffix. A lone L, C, D or M
    /// is not taken for a numeral, so "Le", "Ce" and "CE" stay words.
    func isRomanOrdinal(_ buf: ScalarView, _ i: Int, _ j: Int) -> Bool {
        var k = i
        while k < j, Self.isRomanLetter(buf[k]) { k += 1 }
        guard k > i, k < j, cls(buf[k].value) == .lower else { return false }
        if k - i == 1 && buf[i] != "I" && buf[i] != "V" && buf[i] != "X" { return false }
        return romanSuffixKeys.contains(Fold.key(buf, k..<j))
    }

    /// "L.-612-6", "L- 612-6", "L–612-6": a dash (hyphen or en dash, after the dot or in its
    /// place, a space after it or not) between an article prefix and its number. As for
    /// "L-612-6", only a hyphenated number counts ("L- 4" stays a word). The end, or nil.
    func dashedArticleEnd(_ buf: ScalarView, _ i: Int, _ j: Int) -> Int? {
        var k = j
        if buf[k] == "." { k += 1 }
        guard k < buf.count, buf[k] == "-" || buf[k] == "\u{2013}", cls(buf[i].value) == .upper,
              rules.articlePrefixes.contains(exact(buf, i, j)) else { return nil }
        k = skipSpaces(buf, k + 1, max: 1)
        guard k < buf.count, cls(buf[k].value) == .digit, let e = articleNumberEnd(buf, k) else { return nil }
        var d = k
        while d < e && cls(buf[d].value) == .digit { d += 1 }
        return d + 1 < e && buf[d] == "-" && cls(buf[d + 1].value) == .digit ? e : nil
    }

    /// "L111-1", "R511-2": an article number written without a space after its prefix.
    /// "L-612-6", "R-311-3": or with a hyphen in its place — then only a hyphenated number
    /// (digits, hyphen, digits) counts, so that "L-4" (a tram line), "R-2" (a room) or
    /// "A-4" (a motorway) stay words.
    func isGluedArticle(_ buf: ScalarView, _ i: Int, _ j: Int) -> Bool {
        var k = i
        while k < j && cls(buf[k].value) == .upper && k - i < 2 { k += 1 }
        guard k > i, k < j, rules.articlePrefixes.contains(exact(buf, i, k)) else { return false }
        let hyphenAfterPrefix = buf[k] == "-"
        if hyphenAfterPrefix { k += 1 }
        guard k < j, cls(buf[k].value) == .digit else { return false }
        var innerHyphen = false
        while k < j {
            let c = buf[k]
            guard cls(c.value) == .digit || c == "-" || c == NormalizedText.join else { return false }
            if c == "-" { innerHyphen = k + 1 < j && cls(buf[k + 1].value) == .digit || innerHyphen }
            k += 1
        }
        return !hyphenAfterPrefix || innerHyphen
    }

    func emailEnd(_ buf: ScalarView, _ i: Int) -> Int? {
        let n = buf.count
        var k = i
        func local(_ v: UInt32) -> Bool { v < 0x80 && (isAlnum(v) || v == 0x2E || v == 0x5F || v == 0x2D || v == 0x2B) }
        while k < n && local(buf[k].value) { k += 1 }
        guard k < n, buf[k] == "@", k > i else { return nil }
        k += 1
        let d = k
        var dots = 0
        while k < n, buf[k].value < 0x80, isAlnum(buf[k].value) || ((buf[k] == "." || buf[k] == "-") && k + 1 < n && isAlnum(buf[k + 1].value)) {
            if buf[k] == "." { dots += 1 }
            k += 1
        }
        return k > d && dots > 0 ? k : nil
    }

    func urlEnd(_ buf: ScalarView, _ i: Int, _ j: Int) -> Int? {
        let n = buf.count
        let w = folded(buf, i, j)
        if (w == "http" || w == "https") && j + 2 < n && buf[j] == ":" && buf[j + 1] == "/" && buf[j + 2] == "/" {} else if w == "www" && buf[j] == "." {} else { return nil }
        var k = j
        while k < n && buf[k] != " " && buf[k] != "\n" && buf[k] != "\t" && buf[k] != "\"" && buf[k] != "<" && buf[k] != ">" { k += 1 }
        while k > j, ".,;:)!?'".unicodeScalars.contains(buf[k - 1]) { k -= 1 }
        return k
    }

    /// A token that opens on a digit (or a sign before one): a number with its groups of
    /// three ("3 240"), a date or number with inner separators (`scanSeparated`), a decimal,
    /// a percentage, an ordinal or an hour (`scanDigitsThenLetters`), a date written in words
    /// ("5 février 2024"). Emits it and returns its end.
    func scanNumber(_ buf: ScalarView, _ i: Int, _ emit: inout Sink) -> Int {
        let n = buf.count
        var j = i
        if buf[j] == "+" || buf[j] == "-" { j += 1 }
        let d0 = j
        while j < n && cls(buf[j].value) == .digit { j += 1 }
        let firstGroup = j - d0
        var grouped = false
        // "3 240", "2 200", "1 234 567": groups of exactly three digits.
        if firstGroup <= 3 {
            while j + 3 < n && buf[j] == " " && cls(buf[j + 1].value) == .digit && cls(buf[j + 2].value) == .digit
                    && cls(buf[j + 3].value) == .digit && (j + 4 >= n || !isAlnum(buf[j + 4].value)) {
                j += 4; grouped = true
            }
        }
        // Dates with slashes or ISO dashes, and numbers with inner "-" "/" ("2024-42", "24/00755").
        if !grouped && j < n && (buf[j] == "/" || buf[j] == "-" || buf[j] == ".") && j + 1 < n && cls(buf[j + 1].value) == .digit {
            return scanSeparated(buf, i, j, firstGroup, &emit)
        }
        // Decimal comma.
        if j + 1 < n && buf[j] == "," && cls(buf[j + 1].value) == .digit {
            j += 1
            while j < n && cls(buf[j].value) == .digit { j += 1 }
        }
        // Percent, attached or after one space.
        if j < n && buf[j] == "%" { emit(i, j + 1, .percent); return j + 1 }
        if j + 1 < n && buf[j] == " " && buf[j + 1] == "%" { emit(i, j + 2, .percent); return j + 2 }
        // Ordinals: "1er", "2e", "1°", "3ème".
        if !grouped && j < n {
            if buf[j] == "\u{B0}" || buf[j] == "\u{BA}" {
                emit(i, j + 1, .ordinal); return j + 1
            }
            if isLetter(buf[j].value) { return scanDigitsThenLetters(buf, i, j, firstGroup, &emit) }
            // "1␁er mars": the normaliser joined an ordinal set apart (`OCRRepair.spacedFirstOfMonth`).
            if buf[j] == NormalizedText.join, j + 1 < n, isLetter(buf[j + 1].value) { return scanDigitsThenLetters(buf, i, j + 1, firstGroup, &emit) }
        }
        // "28 OCT. 2024", "5 février 2024", "13 mars".
        if !grouped && firstGroup <= 2, let end = dateEnd(buf, j, &emit.repairs) { emit(i, end, .date); return end }
        emit(i, j, .number)
        return j
    }

    /// The digits `i..<j` (the first group `firstGroup` long) go on with a separator and
    /// more digits at `j`: "12/03/2024" and "2024-03-12" (dates), "2024-42", "24/00755",
    /// "2008/115/CE", a Cour de cassation docket "21-84.356", section numbers "1.2.3".
    /// Emits the token and returns its end.
    private func scanSeparated(_ buf: ScalarView, _ i: Int, _ j: Int, _ firstGroup: Int, _ emit: inout Sink) -> Int {
        let n = buf.count
        var k = j
        var parts = [firstGroup]
        let sep = buf[j]
        while k + 1 < n && buf[k] == sep && cls(buf[k + 1].value) == .digit {
            k += 1
            let s = k
            while k < n && cls(buf[k].value) == .digit { k += 1 }
            parts.append(k - s)
        }
        // A Cour de cassation docket, "21-84.356": two digits, a hyphen, two digits, a
        // dot and three. Without "n°" before it, the dot was read as a full stop and cut
        // the citation (and its sentence) in two.
        if sep == "-", parts == [2, 2], k + 3 < n, buf[k] == ".", (1...3).allSatisfy({ cls(buf[k + $0].value) == .digit }),
           k + 4 >= n || !isAlnum(buf[k + 4].value) {
            k += 4
        }
        if k < n && isLetter(buf[k].value) && sep != "." { /* "2008/115/CE" */
            var e = k
            while e < n && isAlnum(buf[e].value) { e += 1 }
            // "520-1du code": a word glued to the number is not part of it.
            if e - k > 3 || !gluedWordKeys.contains(Fold.key(buf, k..<e)) { k = e }
        }
        // "1.2.3", section numbers, stay numbers.
        // "11-01-2017" with dashes too, its year of four digits ("2-3-17" stays a number).
        let isDate = parts.count == 3 && ((sep != "-" && parts[0] <= 2 && parts[1] <= 2 && (parts[2] == 4 || parts[2] == 2))
                                          || (sep == "-" && parts[0] == 4 && parts[1] == 2 && parts[2] == 2)
                                          || (sep == "-" && parts[0] <= 2 && parts[1] <= 2 && parts[2] == 4))
        emit(i, k, isDate ? .date : .number)
        return k
    }

    /// The digits `i..<j` run into letters at `j`: an ordinal ("1er", "2e", "3ème", a date
    /// after "1er"), an hour ("14h30", "10h"), a day whose last digit OCR read as l, else the
    /// number alone. Emits the token and returns its end.
    private func scanDigitsThenLetters(_ buf: ScalarView, _ i: Int, _ j: Int, _ firstGroup: Int, _ emit: inout Sink) -> Int {
        let n = buf.count
        var e = j
        while e < n && isLetter(buf[e].value) { e += 1 }
        let suffix = folded(buf, j, e)
        if rules.ordinalSuffixes.contains(suffix) {
            if firstGroup <= 2, let end = dateEnd(buf, e, &emit.repairs) { emit(i, end, .date); return end }
            emit(i, e, .ordinal); return e
        }
        // "14h30", "10h"
        if suffix.first == "h" && suffix.count == 1 {
            var k = e
            while k < n && cls(buf[k].value) == .digit { k += 1 }
            if k < n && isLetter(buf[k].value) { emit(i, j, .number); return j }
            emit(i, k, .number); return k
        }
        if let end = dayReadWithL(buf, i, j, e, firstGroup, &emit) { return end }
        emit(i, j, .number); return j
    }

    /// "3l mars 2018", "2I janvier": a day whose last digit OCR read as l or I (one digit 0–3
    /// then the letter, a month after it: no French word or unit is written so before a
    /// month; "3 l" of a litre has no month after it). The letter is recorded as a repair
    /// to "1" and the date emitted; nil when the shape is not there.
    @inline(never) func dayReadWithL(_ buf: ScalarView, _ i: Int, _ j: Int, _ e: Int, _ firstGroup: Int, _ emit: inout Sink) -> Int? {
        guard e == j + 1, firstGroup == 1, buf[j] == "l" || buf[j] == "I", buf[j - 1].value <= 0x33,
              let end = dateEnd(buf, e, &emit.repairs) else { return nil }
        emit.repairs.append((j, 0x31))
        emit(i, end, .date)
        return end
    }

    /// "le Ier février 1889", "LE IER MARS": the first of a month set as a Roman "Ier" (old
    /// typesetting, or OCR reading "1" as "I"). Before a month it can only be the day, so the
    /// "I" is recorded as a repair to "1" and the date emitted; "article Ier", "Napoléon Ier",
    /// "titre Ier du livre" have no month after them and stay ordinals. Nil when no month follows.
    @inline(never) func romanFirstOfMonth(_ buf: ScalarView, _ i: Int, _ j: Int, _ emit: inout Sink) -> Int? {
        guard buf[i + 1] == "e" || buf[i + 1] == "E", buf[i + 2] == "r" || buf[i + 2] == "R", let end = dateEnd(buf, j, &emit.repairs) else { return nil }
        emit.repairs.append((i, 0x31))
        emit(i, end, .date)
        return end
    }

    /// After a day number ending at `j`: " mois[.][ YYYY]" → the date's end, or nil. A month
    /// OCR misread (`confusedMonthEnd`) is read only with its year, its letters recorded in
    /// `repairs`.
    func dateEnd(_ buf: ScalarView, _ j: Int, _ repairs: inout [(Int, UInt16)]) -> Int? {
        let n = buf.count
        var k = j
        guard k + 1 < n, buf[k] == " " || buf[k] == "\n" && buf[k + 1] != "\n" else { return nil }
        // The month may be wrapped to the next line ("Paris, le 27⏎novembre 2020", a page
        // printed from a flattened copy), in lower case as a sentence writes it; a month
        // opening a line in capitals heads a table's row or a calendar.
        let wrapped = buf[k] == "\n"
        k += 1
        if wrapped {
            while k < n && k - j <= 9 && (buf[k] == " " || buf[k] == "\t") { k += 1 }
            // A dateline wrapped by a narrow copy keeps its month's capital ("Paris, le 2⏎OCT.
            // 2014", "Paris, Ie 1er⏎Juillet I998"): after "le" and the day, no table's row.
            guard k < n, cls(buf[k].value) == .lower || (isUppercaseOrZero(buf, k) && dayFollowsLe(buf, j)) else { return nil }
        } else if k + 1 < n && buf[k] == " " && buf[k + 1] != " " {
            // A double space (a retyped or justified copy) still separates the parts of a date.
            k += 1
        }
        let ms = k
        while k < n && isLetter(buf[k].value) { k += 1 }
        var misread: [(Int, UInt16)] = []
        if !(k - ms >= 3 && k - ms <= 10 && monthKeys.contains(Fold.key(buf, ms..<k))) {
            guard let e = confusedMonthEnd(buf, ms, &misread) else { return nil }
            k = e
        }
        if k < n && buf[k] == "." { k += 1 }
        // "1 2 NOV, 2015": the abbreviation's full stop read as a comma, its year after it.
        else if k < n && buf[k] == ",", k - ms <= 4, cls(buf[ms].value) == .upper, yearAt(buf, k + 1) { k += 1 }
        var end = k
        // (The year may be wrapped to the next line of a PDF: "le 31 janvier⏎1820".)
        if k + 4 < n + 0 && (buf[k] == " " || buf[k] == "\n" && buf[k + 1] != "\n") && k + 5 <= n {
            var ys = k + 1
            // A double space, or the next line's indentation.
            while ys < n && ys - k <= 8 && (buf[ys] == " " || buf[ys] == "\t") && (buf[k] == "\n" || ys == k + 1) { ys += 1 }
            // The year's digits, through the joins the normaliser put where OCR set them
            // apart ("15 mars 20 1 8").
            var y = ys, digits = 0
            while y < n && digits < 4 {
                if cls(buf[y].value) == .digit { digits += 1 } else if !(digits > 0 && buf[y] == NormalizedText.join && y + 1 < n && cls(buf[y + 1].value) == .digit) { break }
                y += 1
            }
            if digits == 4 && (y >= n || !isAlnum(buf[y].value)) { end = y }
            // "la loi du 9 décembre 19052": a footnote's call glued to a year of the 19th to
            // 21st century (one digit, 1 to 9, then no letter or digit) is no fifth digit.
            else if digits == 4, y < n, ys + 1 < n, buf[ys] == "1" && "789".unicodeScalars.contains(buf[ys + 1]) || buf[ys] == "2" && buf[ys + 1] == "0",
                    cls(buf[y].value) == .digit, buf[y] != "0",
                    y + 1 >= n || !isAlnum(buf[y + 1].value) { end = y }
        }
        // "OCT." without a year: the dot may end the sentence; keep it out.
        if end == k && buf[k - 1] == "." { end = k - 1 }
        if !misread.isEmpty {
            guard end > k else { return nil }
            repairs += misread
        }
        return end
    }

    /// Whether a capital (or the zero OCR reads for an "O": "0CT.") is at `k`.
    @inline(__always) func isUppercaseOrZero(_ buf: ScalarView, _ k: Int) -> Bool {
        cls(buf[k].value) == .upper || buf[k] == "0"
    }

    /// Whether the day ending at `j` ("2", "1er") follows the word "le" on its line (or "Ie",
    /// its capital I read for an l): "Paris, le 2", "avant le 15". A table's cell ("mesures
    /// prononcées : 12") has no such word before its number.
    func dayFollowsLe(_ buf: ScalarView, _ j: Int) -> Bool {
        var k = j
        while k > 0 && isAlnum(buf[k - 1].value) && j - k < 4 { k -= 1 }
        guard k < j, cls(buf[k].value) == .digit else { return false }
        var sp = k
        while sp > 0 && buf[sp - 1] == " " { sp -= 1 }
        guard sp < k, sp >= 2 else { return false }
        let l = buf[sp - 2], e = buf[sp - 1]
        guard l == "l" || l == "L" || l == "I", e == "e" || e == "E" else { return false }
        return sp == 2 || !isAlnum(buf[sp - 3].value)
    }

    /// Whether a space and four digits then no letter or digit start at `k` (" 2015").
    func yearAt(_ buf: ScalarView, _ k: Int) -> Bool {
        guard k + 5 <= buf.count, buf[k] == " " else { return false }
        for y in k + 1..<k + 5 where cls(buf[y].value) != .digit { return false }
        return k + 5 == buf.count || !isAlnum(buf[k + 5].value)
    }

    /// "12 janvler 2015", "9 ju1n 2001", "2 MAR5 2018", "9 ju111et": a month word OCR misread
    /// — an i or l read as 1, l or i, an o as 0, an s as 5 — found by its confusion key
    /// among the months' forms. Returns the word's end and, in `misread`, its repaired
    /// letters (in the word's case); nil when no month has the word's key.
    @inline(never) func confusedMonthEnd(_ buf: ScalarView, _ ms: Int, _ misread: inout [(Int, UInt16)]) -> Int? {
        let n = buf.count
        var k = ms
        var key: UInt64 = 0
        while k < n && k - ms <= 10, case let u = buf.units[k], isLetter(buf[k].value) || u == 0x30 || u == 0x31 || u == 0x35 {
            guard let f = Self.confusionUnit(u) else { return nil }
            key = key << 5 | UInt64(f - 0x60); k += 1
        }
        guard k - ms >= 3, k - ms <= 10, let form = confusedMonths[key], form.count == k - ms else { return nil }
        // In capitals when no letter of the word is lower case ("0CT", "MAR5").
        let upper = !(ms..<k).contains { cls(buf[$0].value) == .lower }
        for (p, want) in zip(ms..<k, form) {
            let u = buf.units[p]
            // Only the confusable units: an accented letter the key read plainly stays.
            guard [0x30, 0x31, 0x35, 0x49, 0x69, 0x4C, 0x6C].contains(u), u | 0x20 != want else { continue }
            misread.append((p, upper ? want & ~0x20 : want))
        }
        return k
    }

    /// A unit as the confusion key reads it: a lowercase ASCII letter without accent, with
    /// i l 1 as l, 0 as o, 5 as s; nil for another letter.
    static func confusionUnit(_ u: UInt16) -> UInt16? {
        switch u {
        case 0x31, 0x49, 0x69, 0x4C, 0x6C, 0xEE, 0xEF, 0xCE, 0xCF: return 0x6C
        case 0x30: return 0x6F
        case 0x35: return 0x73
        case 0x41...0x5A: return u | 0x20
        case 0x61...0x7A: return u
        case 0xE0, 0xE2, 0xE4, 0xC0, 0xC2, 0xC4: return 0x61
        case 0xE7, 0xC7: return 0x63
        case 0xE8...0xEB, 0xC8...0xCB: return 0x65
        case 0xF4, 0xF6, 0xD4, 0xD6: return 0x6F
        case 0xF9, 0xFB, 0xFC, 0xD9, 0xDB, 0xDC: return 0x75
        default: return nil
        }
    }

    /// Each month form of plain letters by its confusion key, to the form's units; a key two
    /// months share is left out (none does today).
    static func confusedMonthTable(_ months: [String: Int]) -> [UInt64: [UInt16]] {
        var out: [UInt64: [UInt16]] = [:], month: [UInt64: Int] = [:], clash: Set<UInt64> = []
        for (form, m) in months where form.utf16.count <= 10 && form.utf16.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            let key = form.utf16.reduce(UInt64(0)) { $0 << 5 | UInt64(confusionUnit($1)! - 0x60) }
            if let other = month[key], other != m { clash.insert(key) }
            month[key] = m; out[key] = Array(form.utf16)
        }
        for k in clash { out[k] = nil }
        return out
    }
}

/// The end of a word no French rule of `scanWord` can apply to, or nil: plain letters
/// (`Units8.plainAlnum`, no `join`) up to a unit that is neither a letter nor one of
/// `- ' . @ _ : °` (what the rules look at after a word); a lowercase initial, or a capital
/// that cannot start a Roman numeral before a lowercase letter in a word of four or more
/// (article prefixes, n°, Roman ordinals and glued article numbers all need other words).
/// Most words are these: emitted without the call and the rules' tests.
/// A free function and transparent (a class's methods cannot be): `@inline(__always)`
/// left it a call from the scan's large loop, whose prologue and constant loads were a
/// third of its cost at every word.
@_transparent func plainWordEnd(_ t: Tokenizer, _ buf: ScalarView, _ i: Int, _ first: Tokenizer.CharClass) -> Int? {
    let n = buf.count
    guard let base = buf.units.baseAddress else { return nil }
    var j = i
    while true {
        if j &+ 8 <= n {
            let run = Units8.leadingTrue(Units8.plainAlnum(Units8.load(base, j)))
            j &+= run
            if run == 8 { continue }
        } else {
            while j < n && Units8.isPlainAlnum(base[j]) { j &+= 1 }   // the text's last units
        }
        break
    }
    // A space (most words end so) needs no further test.
    if j < n, case let u = base[j], u != 0x20 {
        if Tokenizer.isAlnumClass(t.cls(buf, j)) || u == 0x01 { return nil }
        // - ' . : (below 64) and @ _ (64 up), by bit; and ° ("n°").
        let low: UInt64 = 1 << 0x2D | 1 << 0x27 | 1 << 0x2E | 1 << 0x3A, high: UInt64 = 1 << (0x40 - 64) | 1 << (0x5F - 64)
        if u < 64 ? low >> UInt64(u) & 1 != 0 : u < 128 ? high >> UInt64(u - 64) & 1 != 0 : u == 0xB0 { return nil }
    }
    // A digit ending the word may be a footnote's call glued to it (`footnoteCallStart`).
    if j > i, base[j &- 1] &- 0x30 < 10 { return nil }
    if first == .lower { return j > i ? j : nil }
    guard first == .upper, j - i >= 4, i + 1 < n, t.cls(buf, i + 1) == .lower, !Tokenizer.isRomanLetter(buf[i]) else { return nil }
    return j
}
