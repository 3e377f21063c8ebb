import CircText

/// A reference found by a recognizer, before the code context and short forms are resolved.
struct RawReference {
    enum Payload {
        /// A finished reference.
        case done(id: String, kind: ReferenceKind)
        /// A code article whose code comes from the designation or the context.
        case article(ArticleItem, designation: Designation, groupStart: Int)
        /// "la loi du 26 janvier 2024": a number if the document gives one for that date.
        case datedText(prefix: String, kind: ReferenceKind, date: CivilDate)
    }
    var payload: Payload
    var range: Range<Int>
    var alinea: Int?
    /// Token index where the reference starts (for the unit it belongs to).
    var token: Int
    /// The NOR written with a dated text ("la circulaire n° NOR IOMV2402713J du 5 février 2024").
    var nor: String? = nil
    /// For the far end of a range "L. 314-8 à L. 314-12": its near end, and where the range
    /// starts. The articles between are filled in from the code's article list, if any.
    var rangeStart: ArticleItem? = nil
    var rangeLower = 0
}

/// One article of a list: "L. 733-7", "40", "R. 146-12".
struct ArticleItem {
    /// "L", "LO", "R", "D", "A" or "".
    var prefix: String
    /// "612-6", "40", "1er".
    var number: String
    /// "bis", "ter"… or nil.
    var suffix: String?
    var following = false
    /// An article named by a word instead of a number ("article préliminaire": number
    /// "preliminaire"; the codes that have it: `ReferenceLexicon.namedArticleCodes`). A flag,
    /// not the set: the item is copied per article of every list.
    var named = false
    /// "150 U", "200 quater A": a capital letter after the number (the tax codes' numbering;
    /// `capitalLetterPart`), kept uppercase where the other suffixes are folded.
    var hasCapitalLetter: Bool { suffix?.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } ?? false }
}

/// How the code of an article list is named.
enum Designation {
    case unnamed
    case explicit(Int)
    /// "du même code", "dudit code", "de ce code".
    case sameCode
    /// "du code susvisé", "du code précité", "du code": a code cited earlier, which in a
    /// préfecture's visas need not be the last one named.
    case citedCode
    /// "du présent code".
    case presentCode
    /// "du code de la propriété intellectuelle": a code named but not in the lexicon.
    case unknownCode
}

/// An explicit naming of a code ("du CESEDA", "code de procédure pénale"): sets the context.
struct CodeMention {
    var pos: Int
    /// Index into the lexicon's codes; -1 for a code named but unknown.
    var code: Int
    var unit: Int
}

/// The document as the recognizers read it: tokens with precomputed keys and units.
/// A class: as a struct (the lexicon and the context inline, 1.2 KB) every call of a
/// reading method from a mutating one copied it whole — per word, in the candidate pass.
final class ReferenceScanner {
    let lex: ReferenceLexicon
    let ctx: ExtractionContext
    let tt: TokenizedText
    let s: ScalarStore
    let tokens: [Token]
    /// The word key of every token (`Fold.key`).
    let keys: TokenKeys
    /// `ctx.structure.units`.
    let units: [StructureUnit]
    /// The unit `tokenUnit` found last: a pointer, not a stored `var`, so that reading it
    /// pays no exclusivity check (the scanner is a class).
    private let unitHint = UnsafeMutablePointer<Int>.allocate(capacity: 1)

    var refs: [RawReference] = []
    var mentions: [CodeMention] = []
    var warnings: [Warning] = []
    /// Law, ordonnance and décret numbers by (prefix, date), for the short forms.
    var numberByDate: [String: String] = [:]
    /// Court rulings' dockets by their dated id ("juris:TA-Nice:2023-05-17" → ["2302320"]),
    /// from citations that give both: the same ruling cited later by its date alone.
    var docketsByDate: [String: [String]] = [:]
    /// The seats courts of many seats were named with, by court and token ("tribunal
    /// administratif de Strasbourg" at 12): a later "le tribunal administratif" is that one.
    var courtSeats: [Int: [(pos: Int, seat: String)]] = [:]
    /// The courts said without a seat when none of theirs was noted yet: a scan that starts
    /// mid-text (`join`) is its own only if the text before noted no seat for them.
    var seatlessCourts: Set<Int> = []
    /// NORs already part of a dated reference.
    var consumedNOR: Set<String> = []
    /// Pending "deuxième alinéa de l'article": value and the last token index it may apply to.
    var pendingAlinea: (value: Int, until: Int)?
    /// A code named before its articles ("C. pén., art. 433-5"): the code, and the token
    /// where the article list must start for it to apply.
    var pendingCode: (code: Int, at: Int)?

    /// Whether the text enacts numbered articles of its own ("Article 1er –" opening a line of
    /// an arrêté): a bare "l'article 1er" in it is then one of them, not a code's.
    var enactsOwnArticles = false
    /// The document's own NOR when the header gives it (`headerNOR`): never a reference.
    var ownNOR: String?
    /// The whole text is one unit: a citation, with no body for a title to describe.
    var citationOnly = false

    init(lex: ReferenceLexicon, ctx: ExtractionContext, keys: TokenKeys) {
        self.lex = lex
        self.ctx = ctx
        tt = ctx.text
        s = tt.text.scalars
        tokens = tt.tokens
        self.keys = keys
        precondition(keys.tokens.count == tokens.count, "keys of another text")
        units = ctx.structure.units
        unitHint.initialize(to: 0)
        // A text that is one citation and nothing else ("Circulaire n° NOR INTK1300159C du 11
        // mars 2013.") cites; a title describes the document only when a body follows it.
        citationOnly = ctx.structure.units.count <= 1
        ownNOR = citationOnly ? nil : headerNOR()
    }

    /// Unit index of token i, -1 outside any unit. A binary search over the units (sorted,
    /// disjoint) rather than a table: a table is four bytes a token, the size of the text
    /// itself for a hostile one made of one-letter words. The rules ask about neighbouring
    /// tokens, so the unit found last (`unitHint`) or the next one answers most calls.
    func tokenUnit(_ i: Int) -> Int32 {
        let units = self.units
        let st = Int(tokens[i].start)
        let h = unitHint.pointee
        if h < units.count, units[h].range.lowerBound <= st {
            if st < units[h].range.upperBound { return Int32(h) }
            if h + 1 < units.count, units[h + 1].range.contains(st) { unitHint.pointee = h + 1; return Int32(h + 1) }
        }
        let lo = units.partitionIndex { $0.range.upperBound <= st }
        unitHint.pointee = lo
        return lo < units.count && units[lo].range.contains(st) ? Int32(lo) : -1
    }

    deinit { unitHint.deallocate() }

    // MARK: token helpers

    @inline(__always) func kind(_ i: Int) -> TokenKind? { i >= 0 && i < tokens.count ? tokens[i].kind : nil }
    @inline(__always) func key(_ i: Int) -> UInt64 { i >= 0 && i < tokens.count ? fkey(i) : 0 }

    /// Folded key of a word-like token (0 for others), from the text's keys.
    @inline(__always) func fkey(_ i: Int) -> UInt64 { Self.foldedKey(tokens, keys, s, i) }

    /// `fkey` for the phrase tables' closures, which capture the arrays only, not the scanner.
    var phraseKey: (Int) -> UInt64? {
        let tokens = self.tokens, keys = self.keys, s = self.s
        return { let k = Self.foldedKey(tokens, keys, s, $0); return k != 0 ? k : nil }
    }
    var exactPhraseKey: (Int) -> UInt64? {
        let tokens = self.tokens, s = self.s
        return { $0 >= 0 && $0 < tokens.count ? WordKey.exact(s, tokens[$0].range) : 0 }
    }

    @inline(__always) static func foldedKey(_ tokens: [Token], _ keys: TokenKeys, _ s: ScalarStore, _ i: Int) -> UInt64 {
        let t = tokens[i]
        switch t.kind {
        case .word where t.length == 1:
            // "Conseil d Etat", "code de l entrée": OCR lost the apostrophe of the elision.
            return RW.loneLetter(s[Int(t.start)].value) ?? keys[i]
        case .word, .elision, .abbreviation, .ordinal, .punct, .symbol:
            return t.length <= 40 ? keys[i] : 0
        default:
            return 0
        }
    }
    @inline(__always) func exactKey(_ i: Int) -> UInt64 {
        guard i >= 0 && i < tokens.count else { return 0 }
        return WordKey.exact(s, tokens[i].range)
    }
    func string(_ i: Int) -> String { tt.string(tokens[i]) }
    /// Token i's length without the `join`s inside it: an HTML page's "l&#x27;" is the
    /// elision "l'" (an "l", five joins, the apostrophe), no short form of "L." four scalars
    /// longer — the abbreviated kinds share the lone letters' keys (`RW.loneLetter`).
    func visibleLength(_ i: Int) -> Int {
        var n = 0
        for k in tokens[i].range where s[k].value != 1 { n += 1 }
        return n
    }
    func unit(_ i: Int) -> StructureUnit? {
        guard i >= 0 && i < tokens.count else { return nil }
        let u = tokenUnit(i)
        return u >= 0 ? ctx.structure.units[Int(u)] : nil
    }
    /// Whether tokens i and j are in the same sentence unit: one search, for i's unit (the
    /// reference rules ask this of neighbouring tokens at every step).
    func sameUnit(_ i: Int, _ j: Int) -> Bool {
        guard i >= 0, j >= 0, i < tokens.count, j < tokens.count else { return false }
        let u = tokenUnit(i)
        guard u >= 0 else { return tokenUnit(j) < 0 }
        return ctx.structure.units[Int(u)].range.contains(Int(tokens[j].start))
    }
    func sameBlock(_ i: Int, _ j: Int) -> Bool {
        guard let a = unit(i), let b = unit(j) else { return false }
        return a.block == b.block
    }
    /// Sentence-ending or clause-closing punctuation.
    func isStop(_ i: Int) -> Bool {
        let k = key(i)
        return k == RW.period || k == RW.semicolon || k == RW.colon || kind(i) == nil
    }
    func isUpperInitial(_ i: Int) -> Bool {
        guard let k = kind(i), k == .word || k == .ordinal || k == .abbreviation else { return false }
        var j = Int(tokens[i].start)
        while j < Int(tokens[i].end) && s[j].value == 1 { j += 1 }
        return ICU.isUpper(s[j].value)
    }
    func range(_ i: Int, _ j: Int) -> Range<Int> { Int(tokens[i].start)..<Int(tokens[j].end) }

    // MARK: numbers and dates

    /// The digits-and-separators part of a number or "n° …" token.
    func numberText(_ i: Int) -> String? {
        guard let k = kind(i), k == .number || k == .textNumber else { return nil }
        var out = String.UnicodeScalarView()
        var started = false
        for j in tokens[i].range {
            let v = s[j]
            if v.value == 1 { continue }
            if !started {
                if v.properties.numericType != nil && ("0"..."9").contains(v) { started = true } else { continue }
            }
            if v == " " || v == "\u{A0}" || v == "\u{202F}" { continue }
            out.append(v)
        }
        return started ? String(out) : nil
    }

    /// Day, month and year (if written) of a date token.
    func parseDate(_ i: Int) -> (day: Int, month: Int, year: Int?)? {
        guard kind(i) == .date else { return nil }
        // Folded from the scalars in one pass (a join folds to nothing, as `string` drops it).
        let str = Fold.string(s, tokens[i].range)
        // The separators compared, not hashed into a set built per date; the split made once.
        if let sep = str.first(where: { $0 == "/" || $0 == "-" || $0 == "." }), str.first?.isNumber == true,
           case let parts = str.split(separator: sep), parts.count == 3, !str.containsBytes(" ") {
            let p = parts.map { Int($0) }
            guard let a = p[0], let b = p[1], let c = p[2] else { return nil }
            if sep == "-" && p[0]! > 31 { return (c, b, a) }
            return (a, b, c < 100 ? (c < 50 ? 2000 + c : 1900 + c) : c)
        }
        let parts = str.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" || $0 == "\n" })
        guard parts.count >= 2 else { return nil }
        let dayDigits = parts[0].prefix(while: { $0.isNumber })
        guard let day = Int(dayDigits) else { return nil }
        var m = String(parts[1])
        while m.hasSuffix(".") { m.removeLast() }
        guard let month = lex.months[m] else { return nil }
        let year = parts.count >= 3 ? Int(parts[2]) : nil
        return (day, month, year)
    }

    /// A date token resolved against the document date; `after` is the token after the date
    /// ("dernier", "prochain"). Returns the date and the last token index used.
    func resolveDate(_ i: Int) -> (date: CivilDate?, end: Int, partial: (Int, Int)?) {
        guard let d = parseDate(i) else { return (nil, i, nil) }
        if let y = d.year { return (CivilDate(year: y, month: d.month, day: d.day), i, nil) }
        // "la loi du 30 décembre 1⏎⏎977": a year cut by a page's layout (a site's teaser
        // stopping mid-word), its first digits right after the month — no year to guess.
        if yearCutAfter(i) { return (nil, i, nil) }
        var dir = -1
        var end = i
        if let v = lex.dateDirections[key(i + 1)], sameUnit(i, i + 1) { dir = v; end = i + 1 }
        guard let anchor = ctx.documentDate else { return (nil, end, (d.day, d.month)) }
        return (CivilDate.resolve(day: d.day, month: d.month, anchor: anchor, direction: dir), end, (d.day, d.month))
    }

    /// Whether the date token i (day and month) is followed on its line, one space apart, by a
    /// number of one to three digits: the start of a year the text cut.
    func yearCutAfter(_ i: Int) -> Bool {
        let n = i + 1
        guard n < tokens.count, kind(n) == .number, tokens[n].newlinesBefore == 0, tokens[n].start - tokens[i].end == 1,
              tokens[n].length <= 3 else { return false }
        return n + 1 >= tokens.count || tokens[n + 1].newlinesBefore > 0
    }

    /// "INTK2428339J": four capitals, seven digits, one capital.
    func nor(_ i: Int) -> String? {
        guard kind(i) == .word, tokens[i].end - tokens[i].start == 12 else { return nil }
        let r = tokens[i].range
        var n = 0
        for j in r {
            let v = s[j].value
            let upper = v >= 0x41 && v <= 0x5A, digit = v >= 0x30 && v <= 0x39
            if n < 4 || n == 11 { if !upper { return nil } } else if !digit { return nil }
            n += 1
        }
        return string(i)
    }

    /// A NOR at token i: "INTK2428339J", or after the label "NOR" in the older slashed form
    /// "NOR : INT/D/06/00090/C". Returns the NOR, its first and last token.
    func norAt(_ i: Int) -> (nor: String, first: Int, last: Int)? {
        if let n = nor(i) { return (n, i, i) }
        guard key(i) == RW.nor else { return nil }
        var j = i + 1
        if key(j) == RW.colon || key(j) == RW.slash { j += 1 }
        if let n = nor(j) { return (n, j, j) }
        let first = j
        var chars = String.UnicodeScalarView()
        // Read whole through spaces and slashes: "IOCB091 5243 C", "JUSD 1402885 C",
        // "INT/D/99/00095/C." (the sentence's dot glued to the last letter is left out).
        while j < tokens.count, j - first < 12, chars.count < 12, sameUnit(i, j) {
            let k = tokens[j].kind
            if k == .word || k == .number || k == .ordinal || k == .abbreviation {
                for x in tokens[j].range {
                    let v = s[x].value
                    if (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { chars.append(s[x]) }
                    else if v != 0x2F && v != 1 && !(v == 0x2E && x == tokens[j].end - 1 && k == .abbreviation) { return nil }
                }
            } else if key(j) != RW.slash { break }
            j += 1
        }
        guard chars.count == 12 else { return nil }
        let str = String(chars)
        var n = 0
        for v in chars {
            let upper = v.value >= 0x41 && v.value <= 0x5A, digit = v.value >= 0x30 && v.value <= 0x39
            if n < 4 || n == 11 { if !upper { return nil } } else if !digit { return nil }
            n += 1
        }
        return (str, first, j - 1)
    }

    /// The scalars of tokens i...j without the dot an abbreviation token glued to its end
    /// ("…/00095/C." at the end of a sentence).
    func rangeWithoutFinalDot(_ i: Int, _ j: Int) -> Range<Int> {
        let r = range(i, j)
        if kind(j) == .abbreviation, r.upperBound - 1 > r.lowerBound, s[r.upperBound - 1] == "." { return r.lowerBound..<(r.upperBound - 1) }
        return r
    }

    func emit(_ id: String, kind: ReferenceKind, _ r: Range<Int>, token: Int) {
        refs.append(RawReference(payload: .done(id: id, kind: kind), range: r, alinea: nil, token: token))
    }
}

extension CivilDate {
    /// A year written with two digits: 71 → 1971, 24 → 2024.
    static func fullYear(_ y: Int, near: Int? = nil) -> Int {
        if y >= 100 { return y }
        if let n = near, n % 100 == y { return n }
        return y >= 50 ? 1900 + y : 2000 + y
    }
}
