import CircText

/// Token keys: a 64-bit hash of a token's text, folded (lowercase, accent-free) or exact.
/// The extractor compares tokens by key so that the hot path builds no String.
enum RefKey {
    @inline(__always) static func mix(_ h: UInt64) -> UInt64 {
        var z = h &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Combines the key of a phrase so far with the key of its next token.
    @inline(__always) static func combine(_ h: UInt64, _ k: UInt64) -> UInt64 { mix(h &* 31 &+ k) }

    static let seed: UInt64 = 0x1234_5678_9ABC_DEF1

    /// FNV-1a over the scalars of `r`, skipping `join`s; apostrophes unified.
    @inline(__always)
    static func key<C: RandomAccessCollection>(_ s: C, _ r: Range<Int>, folded: Bool) -> UInt64
    where C.Element == Unicode.Scalar, C.Index == Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        let fold = Folder.shared
        for i in r {
            var v = s[i].value
            if v == 0x01 { continue }
            if v == 0x2019 || v == 0x2018 || v == 0x02BC { v = 0x27 }
            if folded { v = fold.fold(v) }
            h = (h ^ UInt64(v)) &* 0x100_0000_01B3
        }
        return h
    }

    static func key(_ s: String, folded: Bool) -> UInt64 {
        let a = Array(s.unicodeScalars)
        return key(a, 0..<a.count, folded: folded)
    }
}

/// Multi-token phrases ("code de procédure pénale", "cour d'appel") matched token by token.
struct RefPhraseTable<Value> {
    var terminal: [UInt64: Value] = [:]
    /// Proper prefixes, with the single value they lead to (nil when ambiguous).
    var prefixes: [UInt64: Value?] = [:]
    var prefixDepth: [UInt64: Int] = [:]

    mutating func add(_ keys: [UInt64], _ value: Value, sameValue: (Value, Value) -> Bool) {
        guard !keys.isEmpty else { return }
        var h = RefKey.seed
        for (n, k) in keys.enumerated() {
            h = RefKey.combine(h, k)
            if n == keys.count - 1 { terminal[h] = value } else {
                if let existing = prefixes[h] {
                    if let e = existing, !sameValue(e, value) { prefixes[h] = .some(nil) }
                } else { prefixes[h] = .some(value); prefixDepth[h] = n + 1 }
            }
        }
    }

    /// The longest phrase starting at token `i` (keys given by `key`, nil to stop): its end
    /// (exclusive token index) and value. With `partial`, a prefix of at least `partial`
    /// tokens that leads to a single value counts too (a truncated code name).
    func match(from i: Int, limit: Int, partial: Int = 0, key: (Int) -> UInt64?) -> (end: Int, value: Value)? {
        var h = RefKey.seed
        var best: (Int, Value)?
        var bestPartial: (Int, Value)?
        var j = i
        while j < limit, let k = key(j) {
            h = RefKey.combine(h, k)
            if let v = terminal[h] { best = (j + 1, v) }
            guard let p = prefixes[h] else { break }
            if partial > 0, j + 1 - i >= partial, let v = p { bestPartial = (j + 1, v) }
            j += 1
        }
        if let b = best, b.0 >= (bestPartial?.0 ?? 0) { return b }
        if best == nil, let p = bestPartial { return p }
        return best
    }
}

/// The reference lexicons of `Lexicons/`: codes.json, courts.json, text-kinds.json,
/// reference-words.json.
struct ReferenceLexicon: Sendable {
    struct Code: Decodable, Sendable {
        let id: String
        let names: [String]
        let acronyms: [String]
        let abbreviations: [String]
        /// Whether the legislative part numbers its articles with a letter (L. 612-6).
        /// CPP, CP, CCIV don't: "article 40", and "L. 720 du CPP" is `CPP:720`.
        let lettered: Bool
        let examples: [String]
    }
    struct Court: Decodable, Sendable {
        let id: String
        let names: [String]
        let acronyms: [String]
        /// Whether the court is named with its seat ("cour d'appel de Metz" → CA-Metz).
        let place: Bool
        let examples: [String]
    }
    struct TextKind: Decodable, Sendable {
        let kind: ReferenceKind
        let prefix: String
        let words: [String]
        /// Identified by number ("n° 2024-42") when one is given.
        let numbered: Bool
        /// How many free words may stand between the kind word and "du <date>".
        let gap: Int
        /// Short forms ("L.", "D.", "Ord."): the text only when its number follows.
        let abbreviations: [String]?
        let examples: [String]
    }
    struct Word: Decodable, Sendable {
        let form: String
        let value: Int?
        let examples: [String]
    }
    struct Words: Decodable, Sendable {
        let articleWords, alineaWords, ordinals, modifiers, sameCode, presentCode, otherTexts, following,
            dateDirections, participles, textQualifiers, numberWords, constitutionalTypes, numberSigns: [Word]
        let ocrDigitLetters: [DigitLetters]
    }
    /// A digit OCR reads for letters ("1" for "l" or "i").
    struct DigitLetters: Decodable, Sendable {
        let form: String
        let letters: String
        let examples: [String]
    }

    let codes: [Code]
    let courts: [Court]
    let kinds: [TextKind]
    let words: Words
    /// Folded month forms → month number.
    let months: [String: Int]
    /// "bis", "ter"… (tokenizer.json `articleSuffixes`), folded.
    let articleSuffixes: Set<String>

    /// Full code names and abbreviations (folded keys) → code index.
    var codeNames = RefPhraseTable<Int>()
    /// Folded keys that start a code name or abbreviation ("code", "c.", "c"): where a code
    /// may be named before its articles ("C. pén., art. 433-5").
    var codeStarts: Set<UInt64> = []
    /// The article lists of the codes that have one (`Lexicons/code-articles/`): ranges are
    /// expanded only from these.
    let codeArticles: CodeArticleLists
    /// Acronyms (exact keys) → code index.
    var codeAcronyms: [UInt64: Int] = [:]
    /// Acronyms of four letters or more set the context on their own ("le CESEDA prévoit").
    var standaloneAcronyms: Set<UInt64> = []
    var courtNames = RefPhraseTable<Int>()
    var courtAcronyms = RefPhraseTable<Int>()
    var kindWords: [UInt64: Int] = [:]
    var articleWords: Set<UInt64> = []
    var alineaWords: Set<UInt64> = []
    var ordinalWords: [UInt64: Int] = [:]
    var modifiers: Set<UInt64> = []
    var sameCode: Set<UInt64> = []
    var presentCode: Set<UInt64> = []
    var otherTexts: Set<UInt64> = []
    var following: Set<UInt64> = []
    var dateDirections: [UInt64: Int] = [:]
    var participles: Set<UInt64> = []
    var textQualifiers: Set<UInt64> = []
    /// "numéro": a text's number written out ("décret numéro 2019-1012").
    var numberWords: Set<UInt64> = []
    /// What OCR makes of the degree sign after "n" ("n\" 2010-1192", "n ~ 90-1258").
    var numberSigns: Set<UInt64> = []
    /// Digit → the folded letters OCR reads it for, as the digit's bit mask over ASCII letters.
    var ocrDigitLetters: [UInt32: [UInt32]] = [:]
    /// The short kind words ("loi", "note"), folded: read through OCR digits only, never
    /// through an edit ("moi", "roi" are words).
    var ocrShortKindForms: [([UInt32], Int)] = []
    var ccTypes: Set<UInt64> = []
    /// Exact key → the constitutional decision type as written.
    var ccTypeNames: [UInt64: String] = [:]
    /// The long kind words ("circulaire", "décret", "ordonnance", "instruction") as folded
    /// scalars, for reading them through OCR damage.
    var ocrKindForms: [([UInt32], Int)] = []
    /// Their first letters as a bit mask (folded ASCII letters, from "@" = bit 0).
    var ocrKindInitials: UInt64 = 0
    /// Folded keys of the kinds' short forms ("l", "d", "ord", "ord."), with and without
    /// their dot (the tokenizer may split it off).
    var abbreviatedKinds: [UInt64: Int] = [:]
    /// Folded keys of the words that may start a reference (one lookup per word on the hot path).
    var triggers: Set<UInt64> = []
    /// The same keys probed without the standard library's per-lookup hashing.
    var triggerTable = WordHashTable([:])

    init(store: LexiconStore, text: TextPipeline) throws {
        codes = try store.load("codes.json", as: [Code].self)
        courts = try store.load("courts.json", as: [Court].self)
        kinds = try store.load("text-kinds.json", as: [TextKind].self)
        words = try store.load("reference-words.json", as: Words.self)
        months = text.lexicons.months
        articleSuffixes = text.lexicons.tokenizer.articleSuffixes
        codeArticles = try CodeArticleLists.load(from: store, knownCodes: Set(codes.map(\.id)))

        func keys(_ phrase: String, folded: Bool) -> [UInt64] {
            let tt = text.tokenize(text: phrase)
            return tt.tokens.map { RefKey.key(tt.text.scalars, $0.range, folded: folded) }
        }
        func one(_ w: String, folded: Bool = true) -> UInt64 { RefKey.key(w, folded: folded) }

        for (i, c) in codes.enumerated() {
            for n in c.names + c.abbreviations {
                let k = keys(n, folded: true)
                codeNames.add(k, i, sameValue: ==)
                if let f = k.first { codeStarts.insert(f) }
            }
            for a in c.acronyms {
                let k = keys(a, folded: false)
                if k.count == 1 {
                    codeAcronyms[k[0]] = i
                    if a.unicodeScalars.count >= 4 { standaloneAcronyms.insert(k[0]) }
                } else {
                    let k = keys(a, folded: true)
                    codeNames.add(k, i, sameValue: ==)
                    if let f = k.first { codeStarts.insert(f) }
                }
            }
        }
        for (i, c) in courts.enumerated() {
            for n in c.names { courtNames.add(keys(n, folded: true), i, sameValue: ==) }
            for a in c.acronyms { courtAcronyms.add(keys(a, folded: false), i, sameValue: ==) }
        }
        for (i, k) in kinds.enumerated() {
            for w in k.words {
                kindWords[one(w)] = i
                let f = Array(Folder.shared.fold(w).unicodeScalars.map(\.value))
                if f.count >= 6 { ocrKindForms.append((f, i)); if f[0] >= 64 && f[0] < 128 { ocrKindInitials |= 1 << UInt64(f[0] - 64) } }
                else if f.count >= 3 { ocrShortKindForms.append((f, i)) }
            }
            for a in k.abbreviations ?? [] {
                abbreviatedKinds[one(a)] = i
                if a.hasSuffix(".") {
                    let bare = String(a.dropLast())
                    let lone = bare.unicodeScalars.count == 1 ? RW.loneLetter(bare.unicodeScalars.first!.value) : nil
                    abbreviatedKinds[lone ?? one(bare)] = i
                }
            }
        }
        articleWords = Set(words.articleWords.map { one($0.form) })
        alineaWords = Set(words.alineaWords.map { one($0.form) })
        for w in words.ordinals { ordinalWords[one(w.form)] = w.value ?? 0 }
        modifiers = Set(words.modifiers.map { one($0.form) })
        sameCode = Set(words.sameCode.map { one($0.form) })
        presentCode = Set(words.presentCode.map { one($0.form) })
        otherTexts = Set(words.otherTexts.map { one($0.form) })
        // "et s.": the tokenizer may split the dot off; match the word and read the dot after.
        following = Set(words.following.flatMap { [one($0.form), one($0.form.hasSuffix(".") ? String($0.form.dropLast()) : $0.form)] })
        for w in words.dateDirections { dateDirections[one(w.form)] = w.value ?? 0 }
        // "adressé" also as "adressée", "adressés", "adressées".
        for w in words.participles { for s in ["", "e", "s", "es"] { participles.insert(one(w.form + s)) } }
        textQualifiers = Set(words.textQualifiers.map { one($0.form) })
        numberWords = Set(words.numberWords.map { one($0.form) })
        numberSigns = Set(words.numberSigns.map { one($0.form) })
        for d in words.ocrDigitLetters {
            guard let digit = d.form.unicodeScalars.first?.value else { continue }
            ocrDigitLetters[digit] = Folder.shared.fold(d.letters).unicodeScalars.map(\.value)
        }
        triggers = articleWords.union(alineaWords).union(kindWords.keys).union(abbreviatedKinds.keys).union([RW.code, RW.nor]).union(codeStarts)
        for c in courts { for n in c.names { if let f = keys(n, folded: true).first { triggers.insert(f) } } }
        triggerTable = WordHashTable(hashed: Dictionary(uniqueKeysWithValues: triggers.map { ($0, UInt64(1)) }))
        for w in words.constitutionalTypes {
            let k = one(w.form, folded: false)
            ccTypes.insert(k); ccTypeNames[k] = w.form
        }
    }
}

/// Folded keys of the grammatical words the rules read ("du", "de", "l'", "et"…): grammar,
/// not vocabulary, so they live here rather than in a lexicon.
enum RW {
    /// A lone "d" or "l" word is keyed as the elision "d'" / "l'" whose apostrophe OCR lost
    /// ("Conseil d Etat"); the short forms "D." and "L." are looked up under that key too.
    static func loneLetter(_ v: UInt32) -> UInt64? {
        switch v | 0x20 {
        case 0x64: return d
        case 0x6C: return l
        default: return nil
        }
    }
    static let du = RefKey.key("du", folded: true)
    static let degree = RefKey.key("°", folded: true)
    static let ordinalDegree = RefKey.key("º", folded: true)
    static let de = RefKey.key("de", folded: true)
    static let des = RefKey.key("des", folded: true)
    static let d = RefKey.key("d'", folded: true)
    static let la = RefKey.key("la", folded: true)
    static let l = RefKey.key("l'", folded: true)
    static let le = RefKey.key("le", folded: true)
    static let les = RefKey.key("les", folded: true)
    static let aux = RefKey.key("aux", folded: true)
    static let au = RefKey.key("au", folded: true)
    static let a = RefKey.key("à", folded: true)
    static let et = RefKey.key("et", folded: true)
    static let ou = RefKey.key("ou", folded: true)
    static let comma = RefKey.key(",", folded: true)
    static let semicolon = RefKey.key(";", folded: true)
    static let colon = RefKey.key(":", folded: true)
    static let period = RefKey.key(".", folded: true)
    static let open = RefKey.key("(", folded: true)
    static let close = RefKey.key(")", folded: true)
    static let slash = RefKey.key("/", folded: true)
    static let dash = RefKey.key("-", folded: true)
    static let code = RefKey.key("code", folded: true)
    static let en = RefKey.key("en", folded: true)
    static let date = RefKey.key("date", folded: true)
    static let nor = RefKey.key("nor", folded: true)
    static let ue = RefKey.key("ue", folded: true)
    static let ce = RefKey.key("ce", folded: true)
    static let cee = RefKey.key("cee", folded: true)
    static let present = RefKey.key("présent", folded: true)
    static let presente = RefKey.key("présente", folded: true)
    static let presents = RefKey.key("présents", folded: true)
    static let presentes = RefKey.key("présentes", folded: true)
    static let numero = RefKey.key("n°", folded: true)
    static let dernier = RefKey.key("dernier", folded: true)
    static let article = RefKey.key("article", folded: true)
}

/// Tables are built once and then only read, shared by every extraction thread.
extension RefPhraseTable: Sendable where Value: Sendable {}
