import CircText

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
        /// `false` for a code outside the contract's table (CSP, CCOM…): it is read, so that
        /// its articles take no neighbour's code, but they have no canonical id (the rulebook
        /// leaves out what cannot be made canonical) and stay warnings.
        let canonical: Bool?
        let examples: [String]
        var isCanonical: Bool { canonical ?? true }
    }
    struct Court: Decodable, Sendable {
        let id: String
        let names: [String]
        let acronyms: [String]
        /// Whether the court is named with its seat ("cour d'appel de Metz" → CA-Metz).
        let place: Bool
        /// Words that name a case of this court by its own numbering ("aff." before
        /// "C-61/11", "PPU" after it): with one of them the case number names the court.
        let caseWords: [String]?
        let caseMarks: [String]?
        /// How the court's own case numbers begin ("C-" at the Court of Justice; "T-" is the
        /// General Court's).
        let casePrefix: String?
        /// The court part of its ECLIs, one per seat ("CAALY" → "Lyon"): an ECLI standing
        /// alone names the seat and, before its dot, the docket ("…:2022:21LY03012.20220707").
        let ecliSeats: [String: String]?
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
        /// Fewer before a date than before a number, where the kind word also names an act of
        /// another kind ("l'ordonnance d'adaptation n° 2020-303" is the text, "l'ordonnance du
        /// pédiatre du 4 mai" a prescription): nil for `gap`.
        let dateGap: Int?
        /// Short forms ("L.", "D.", "Ord."): the text only when its number follows.
        let abbreviations: [String]?
        /// Words right before the kind word that make it the process it names, no text: "en
        /// cours d'instruction", "délai d'instruction" (the examination of a case).
        let processAfter: [String]?
        /// Words right after the kind word ("civique", "obtenue") or right before it
        /// ("mauvaise") that make it a common noun — a training, a mark, a medical protocol —
        /// no text: "l'instruction civique du 2 septembre", "la mauvaise note du 3 juin".
        let commonAfter: [String]?
        let commonBefore: [String]?
        /// The judge or court that signs an order of the kind's name ("Par une ordonnance du 9
        /// juillet 2021, le juge des référés …"): after the date and a comma, the order is a
        /// court's, no text.
        let judicialAuthors: [String]?
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
        /// Verbs (and clitics) that follow "du code" as the sentence's predicate.
        let codeVerbs: [Word]
        /// Who signs a décret ("du Président de la République"), between the kind and its date.
        let issuers: [Word]?
        /// A day written in words before a month and a year ("du premier mars 2021"), its value.
        let dayWords: [Word]?
        /// Articles named by a word, not a number ("préliminaire", "prélim.").
        let namedArticles: [NamedArticle]?
        /// A court's formation between the court and a ruling's date ("ass.", "gde ch.").
        let rulingFormations: [Word]?
        /// The pronouns that stand for the text kind just named in a list ("la circulaire du
        /// 31 octobre 1991 et celle du 14 décembre 1998").
        let textPronouns: [Word]?
        /// The kind of law a lower-case title names after "loi de" ("finances", "programmation").
        let lawTitleWords: [Word]?
        /// The words that open a law's title right after "loi" ("relative", "portant").
        let lawTitleOpeners: [Word]?
        /// What a kind word's complement names when the word means an act, not a text
        /// ("l'instruction du dossier", "la note de frais").
        let processNouns: [Word]?
        /// What a kind word after "de" belongs to when it is a draft ("projet de loi").
        let draftNouns: [Word]?
        /// Acts numbered as texts are ("l'arrêté n° 2024-12"): the number right after one is its own.
        let numberedActs: [Word]?
        /// The future's auxiliaries before a participle ("sera publiée le 3 mai"): a text
        /// announced, not yet dated.
        let futureAuxiliaries: [Word]?
        /// "avant", "depuis": after a participle, the date bounds a period of the texts named
        /// ("les instructions publiées avant le 1er mai 2009"), it dates none of them.
        let periodBounds: [Word]?
        /// The marks an EU text's number ends with ("2008/115/CE", "2002/584/JAI").
        let unionMarks: [Word]?
        /// A series' volume word before its number ("tome 3"), between a dated text's series
        /// number and its date.
        let seriesVolumes: [Word]?
        /// The nouns of a court's rulings cited by docket before their court ("le jugement n°
        /// 1105753 du 10 octobre 2011 … du tribunal administratif de Lille").
        let rulingNouns: [Word]?
        /// The words of the clause between such a ruling's date and its court: who signed it
        /// ("par lequel le magistrat désigné par le président du").
        let rulingClauseWords: [Word]?
        /// The ruling nouns never said of a government text ("jugement", "arrêt"): after one,
        /// a dashed docket ("n° 10-754") is the court's, not a law's number.
        let judgmentNouns: [Word]?
        /// The determiners of a ruling its court is said to give ("dans un arrêt", "par une
        /// décision", "dans son arrêt").
        let rulingDeterminers: [Word]?
        /// A ruling noun's qualifier after "de" ("arrêt de principe").
        let rulingQualifiers: [Word]?
    }
    /// An article a code names by a word ("article préliminaire" of the CPP): the id's
    /// article part and the codes that have it.
    struct NamedArticle: Decodable, Sendable {
        let form: String
        let id: String
        let codes: [String]
        let examples: [String]
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
    /// "L", "LO"… (tokenizer.json `articlePrefixes`), as written.
    let articlePrefixes: Set<String>

    /// Full code names and abbreviations (folded keys) → code index.
    var codeNames = PhraseTable<Int>()
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
    var courtNames = PhraseTable<Int>()
    /// "du Président de la République", "du Premier ministre": the signatory a préfecture
    /// visa names between "décret" and its date ("Vu le décret du Président de la République
    /// du 15 janvier 2021 portant nomination…"); read as no word of the text's name.
    var issuers = PhraseTable<Int>()
    var courtAcronyms = PhraseTable<Int>()
    /// Last word (folded) of a court's `caseWords` → court index; `caseMarks` (exact) → court index.
    var caseWords: [UInt64: Int] = [:]
    var caseMarks: [UInt64: Int] = [:]
    /// An ECLI's court part ("CAALY") → the court's id and seat (`Court.ecliSeats`).
    var ecliSeats: [String: (String, String)] = [:]
    var kindWords: [UInt64: Int] = [:]
    var articleWords: Set<UInt64> = []
    var alineaWords: Set<UInt64> = []
    var ordinalWords: [UInt64: Int] = [:]
    var modifiers: Set<UInt64> = []
    var sameCode: Set<UInt64> = []
    var presentCode: Set<UInt64> = []
    var otherTexts: Set<UInt64> = []
    /// "l'article 40 du code impose…": a verb after "du code" ends the phrase; no code name
    /// follows, so the code is the one the context names.
    var codeVerbs: Set<UInt64> = []
    var following: Set<UInt64> = []
    /// Folded forms of `namedArticles` (with and without a final dot) → the id part and codes.
    var namedArticles: [UInt64: String] = [:]
    /// The id part of a named article → the codes that have it.
    var namedArticleCodes: [String: Set<String>] = [:]
    var dateDirections: [UInt64: Int] = [:]
    /// Days written in words (`dayWords`: "premier"), to their number.
    var dayWords: [UInt64: Int] = [:]
    var participles: Set<UInt64> = []
    /// Folded weekday names ("jeudi 23 janvier"), from `CalendarWords`.
    var weekdays: Set<UInt64> = []
    /// "arrête", "décrète" (document-kinds.json `enactingWords`): the word after which an
    /// act's own articles begin ("… ; Arrête : Art. 1er. - …").
    var enactingWords: Set<UInt64> = []
    /// Per kind index, the keys of its `processAfter` words.
    var processOpeners: [Int: Set<UInt64>] = [:]
    /// "sera", "seront" (`futureAuxiliaries`).
    var futureAuxiliaries: Set<UInt64> = []
    /// `periodBounds`: "avant", "après", "depuis".
    var periodBounds: Set<UInt64> = []
    /// Per kind index, the keys of its `commonAfter` / `commonBefore` words.
    var commonAfter: [Int: Set<UInt64>] = [:]
    var commonBefore: [Int: Set<UInt64>] = [:]
    /// Per kind index, the keys of its `judicialAuthors` words.
    var judicialAuthors: [Int: Set<UInt64>] = [:]
    /// `header-fields.json` `editionLabels` ("Édition"), folded keys: a paper's issue label
    /// whose date a flattened page runs after its headline ("ce que la circulaire demande aux
    /// maires Édition du 18 avril 2024") dates the page, never the text the headline names.
    var editionLabels: Set<UInt64> = []
    /// `header-fields.json` `bylineOpeners` ("Publié", "Mis"), folded keys: capitalised, a
    /// byline a flattened page runs after its headline, which a kind word's tail stops at.
    var bylineOpeners: Set<UInt64> = []
    var textQualifiers: Set<UInt64> = []
    /// "numéro": a text's number written out ("décret numéro 2019-1012").
    var numberWords: Set<UInt64> = []
    /// "ass.", "sect.", "gde", "ch.", "réunies": a formation between a court and a ruling's
    /// date ("CE, ass., 3 juillet 1996"), with and without the dot the tokenizer may split off.
    var rulingFormations: Set<UInt64> = []
    var textPronouns: Set<UInt64> = []
    /// "finances", "programmation", "orientation": after "loi de" / "loi d'", the start of a
    /// law's title in lower case ("la loi de finances pour 2024 n° 2023-1322").
    var lawTitleWords: Set<UInt64> = []
    /// "relative", "portant", "pour", "confortant": right after "loi" (and its qualifier), the
    /// start of a law's title in lower case ("la loi relative à … n° 2022-52").
    var lawTitleOpeners: Set<UInt64> = []
    /// "dossier", "demande", "frais": after a kind word, the object of an act the word names
    /// ("l'instruction de la demande du 4 mai", "une note de frais du 3 juin"), no text.
    var processNouns: Set<UInt64> = []
    /// "projet", "proposition", "avant-projet": before "de" and a kind word, a draft of that
    /// kind ("le projet de loi relatif à …", "la proposition de loi du 4 octobre"), no text.
    var draftNouns: Set<UInt64> = []
    var rulingNouns: Set<UInt64> = []
    var rulingClauseWords: Set<UInt64> = []
    var judgmentNouns: Set<UInt64> = []
    var rulingDeterminers: Set<UInt64> = []
    var rulingQualifiers: Set<UInt64> = []
    /// "arrêté", "délibération", "décision": a number "n° …" right after one is that act's.
    var numberedActs: Set<UInt64> = []
    /// What OCR makes of the degree sign after "n" ("n\" 2010-1192", "n ~ 90-1258").
    var numberSigns: Set<UInt64> = []
    /// "CE", "UE", "JAI", "Euratom": the marks glued after an EU text's slashed number; a
    /// number ending with another word ("96/75/XYZ") is no EU text's.
    var unionMarks: Set<UInt64> = []
    /// `seriesVolumes`: "tome", "vol.", "volume".
    var seriesVolumes: Set<UInt64> = []
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
    /// The same keys probed without the standard library's per-lookup hashing, each with the
    /// `Trigger` bits of the sets it belongs to: one probe per word tells which rule it starts.
    var triggerTable = WordTable([:])

    enum Trigger {
        static let any: UInt64 = 1
        static let article: UInt64 = 1 << 1
        static let alinea: UInt64 = 1 << 2
        static let kind: UInt64 = 1 << 3
        static let abbreviatedKind: UInt64 = 1 << 4
        static let codeStart: UInt64 = 1 << 5
        /// The first word of a court's name.
        static let courtStart: UInt64 = 1 << 6
    }

    init(store: LexiconStore, text: TextPipeline) throws {
        codes = try store.load("codes.json", as: [Code].self)
        courts = try store.load("courts.json", as: [Court].self)
        kinds = try store.load("text-kinds.json", as: [TextKind].self)
        words = try store.load("reference-words.json", as: Words.self)
        months = text.lexicons.months
        articleSuffixes = text.lexicons.tokenizer.articleSuffixes
        articlePrefixes = text.lexicons.tokenizer.articlePrefixes
        codeArticles = try CodeArticleLists.load(from: store, knownCodes: Set(codes.map(\.id)))
        addCodesAndCourts(text)
        addKinds()
        addWords()
        addTriggers(text)
        weekdays = Set(try CalendarWords(store: store).weekdays.map { Self.one($0) })
        struct Kinds: Decodable { struct F: Decodable { let forms: [String] }; let enactingWords: F }
        enactingWords = Set(try store.load("document-kinds.json", as: Kinds.self).enactingWords.forms.map { Self.one($0) })
        struct Fields: Decodable { struct Forms: Decodable { let forms: [String] }; let editionLabels, bylineOpeners: Forms? }
        let fields = try store.load("header-fields.json", as: Fields.self)
        editionLabels = Set((fields.editionLabels?.forms ?? []).map { Self.one($0) })
        bylineOpeners = Set((fields.bylineOpeners?.forms ?? []).map { Self.one($0) })
    }

    /// A lexicon phrase's keys, split as the tokenizer splits text ("L." / "n°" as in text).
    private static func keys(_ phrase: String, folded: Bool, _ text: TextPipeline) -> [UInt64] {
        let tt = text.tokenize(text: phrase)
        return tt.tokens.map { folded ? Fold.key(tt.text.scalars, $0.range) : WordKey.exact(tt.text.scalars, $0.range) }
    }
    private static func one(_ w: String, folded: Bool = true) -> UInt64 { folded ? Fold.key(w) : WordKey.exact(w) }

    /// "C. pén." → "Code pén.": doctrine spells out the first word of a code's abbreviation
    /// and keeps the rest short, so every "C. …" abbreviation also stands with "Code".
    private static func spelledOutCode(_ abbreviation: String) -> String? {
        guard abbreviation.hasPrefix("C. ") || abbreviation.hasPrefix("c. ") else { return nil }
        return "code " + abbreviation.dropFirst(3)
    }

    /// "C. trav." as written, and as hurried copies write it: without its final dot ("C. trav",
    /// "l'art. L. 1232-1 C. trav et…") and glued ("C.trav."; "C.trav").
    private static func abbreviationForms(_ a: String) -> [String] {
        var forms = [a]
        let rest = String(a.dropFirst(3))
        if a.hasPrefix("C. ") || a.hasPrefix("c. "), !rest.containsBytes(" ") { forms.append(String(a.prefix(2)) + rest) }
        for f in forms where f.hasSuffix(".") && f.count > 4 { forms.append(String(f.dropLast())) }
        return forms
    }

    /// A dotted acronym without its final dot ("C.G.C.T." → "C.G.C.T"), as a copy ending
    /// the citation on it writes it; nil for an undotted acronym or a short one ("C.P.",
    /// whose bare "C.P" is too loose a form).
    static func withoutFinalDot(_ a: String) -> String? {
        guard a.hasSuffix("."), a.unicodeScalars.count > 4 else { return nil }
        return String(a.dropLast())
    }

    /// Code names, abbreviations and acronyms; court names and acronyms.
    private mutating func addCodesAndCourts(_ text: TextPipeline) {
        func keys(_ phrase: String, folded: Bool) -> [UInt64] { Self.keys(phrase, folded: folded, text) }
        for (i, c) in codes.enumerated() {
            for n in c.names + c.abbreviations.flatMap(Self.abbreviationForms) + c.abbreviations.compactMap(Self.spelledOutCode) {
                let k = keys(n, folded: true)
                codeNames.add(k, i, replace: true, sameValue: ==)
                if let f = k.first { codeStarts.insert(f) }
            }
            for a in c.acronyms + c.acronyms.compactMap(Self.withoutFinalDot) {
                let k = keys(a, folded: false)
                if k.count == 1 {
                    codeAcronyms[k[0]] = i
                    if a.unicodeScalars.count >= 4 { standaloneAcronyms.insert(k[0]) }
                    // "ceseda, art. L. 611-1": an acronym written in lower case starts no
                    // capitalised word, where the scan looks for acronyms: a code start.
                    if a.first?.isLowercase == true { codeStarts.insert(Self.one(a)) }
                } else {
                    let k = keys(a, folded: true)
                    codeNames.add(k, i, replace: true, sameValue: ==)
                    if let f = k.first { codeStarts.insert(f) }
                }
            }
        }
        for w in words.issuers ?? [] { issuers.add(keys(w.form, folded: true), 0, replace: true, sameValue: ==) }
        for (i, c) in courts.enumerated() {
            for n in c.names { courtNames.add(keys(n, folded: true), i, replace: true, sameValue: ==) }
            for a in c.acronyms { courtAcronyms.add(keys(a, folded: false), i, replace: true, sameValue: ==) }
            for w in c.caseWords ?? [] { if let k = keys(w, folded: true).last { caseWords[k] = i } }
            for m in c.caseMarks ?? [] { caseMarks[Self.one(m, folded: false)] = i }
            for (code, seat) in c.ecliSeats ?? [:] { ecliSeats[code] = (c.id, seat) }
        }
    }

    /// Text kinds' words and short forms, and their forms as OCR damages them.
    private mutating func addKinds() {
        let one = { (w: String) in Self.one(w) }
        for (i, k) in kinds.enumerated() {
            if let p = k.processAfter { processOpeners[i] = Set(p.map(one)) }
            if let c = k.commonAfter { commonAfter[i] = Set(c.map(one)) }
            if let c = k.commonBefore { commonBefore[i] = Set(c.map(one)) }
            if let c = k.judicialAuthors { judicialAuthors[i] = Set(c.map(one)) }
            for w in k.words {
                kindWords[one(w)] = i
                let f = Array(Fold.string(w).unicodeScalars.map(\.value))
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
    }

    /// The grammatical words of `reference-words.json`.
    private mutating func addWords() {
        let one = { (w: String) in Self.one(w) }
        articleWords = Set(words.articleWords.map { one($0.form) })
        alineaWords = Set(words.alineaWords.map { one($0.form) })
        for w in words.ordinals { ordinalWords[one(w.form)] = w.value ?? 0 }
        modifiers = Set(words.modifiers.map { one($0.form) })
        sameCode = Set(words.sameCode.map { one($0.form) })
        presentCode = Set(words.presentCode.map { one($0.form) })
        otherTexts = Set(words.otherTexts.map { one($0.form) })
        codeVerbs = Set(words.codeVerbs.map { one($0.form) })
        // "et s.": the tokenizer may split the dot off; match the word and read the dot after.
        following = Set(words.following.flatMap { [one($0.form), one($0.form.hasSuffix(".") ? String($0.form.dropLast()) : $0.form)] })
        for w in words.namedArticles ?? [] {
            namedArticleCodes[w.id, default: []].formUnion(w.codes)
            namedArticles[one(w.form)] = w.id
            if w.form.hasSuffix(".") { namedArticles[one(String(w.form.dropLast()))] = w.id }
        }
        for w in words.dateDirections { dateDirections[one(w.form)] = w.value ?? 0 }
        for w in words.dayWords ?? [] { dayWords[one(w.form)] = w.value ?? 1 }
        // "adressé" also as "adressée", "adressés", "adressées".
        for w in words.participles { for s in ["", "e", "s", "es"] { participles.insert(one(w.form + s)) } }
        textQualifiers = Set(words.textQualifiers.map { one($0.form) })
        numberWords = Set(words.numberWords.map { one($0.form) })
        textPronouns = Set((words.textPronouns ?? []).map { one($0.form) })
        rulingFormations = Set((words.rulingFormations ?? []).flatMap { [one($0.form), one($0.form.hasSuffix(".") ? String($0.form.dropLast()) : $0.form)] })
        numberSigns = Set(words.numberSigns.map { one($0.form) })
        lawTitleWords = Set((words.lawTitleWords ?? []).map { one($0.form) })
        lawTitleOpeners = Set((words.lawTitleOpeners ?? []).map { one($0.form) })
        processNouns = Set((words.processNouns ?? []).map { one($0.form) })
        draftNouns = Set((words.draftNouns ?? []).map { one($0.form) })
        numberedActs = Set((words.numberedActs ?? []).map { one($0.form) })
        futureAuxiliaries = Set((words.futureAuxiliaries ?? []).map { one($0.form) })
        periodBounds = Set((words.periodBounds ?? []).map { one($0.form) })
        unionMarks = Set((words.unionMarks ?? []).map { one($0.form) })
        seriesVolumes = Set((words.seriesVolumes ?? []).map { one($0.form) })
        rulingNouns = Set((words.rulingNouns ?? []).map { one($0.form) })
        rulingClauseWords = Set((words.rulingClauseWords ?? []).map { one($0.form) })
        judgmentNouns = Set((words.judgmentNouns ?? []).map { one($0.form) })
        rulingDeterminers = Set((words.rulingDeterminers ?? []).map { one($0.form) })
        rulingQualifiers = Set((words.rulingQualifiers ?? []).map { one($0.form) })
        for d in words.ocrDigitLetters {
            guard let digit = d.form.unicodeScalars.first?.value else { continue }
            ocrDigitLetters[digit] = Fold.string(d.letters).unicodeScalars.map(\.value)
        }
        for w in words.constitutionalTypes {
            let k = Self.one(w.form, folded: false)
            // "D.C.": the type's letters dotted name the same type ("DC").
            ccTypes.insert(k); ccTypeNames[k] = String(w.form.filter { $0 != "." })
        }
    }

    /// The words that may start a reference, with their `Trigger` bits.
    private mutating func addTriggers(_ text: TextPipeline) {
        triggers = articleWords.union(alineaWords).union(kindWords.keys).union(abbreviatedKinds.keys).union([RW.code, RW.nor]).union(codeStarts)
        var courtStarts: Set<UInt64> = []
        for c in courts { for n in c.names { if let f = Self.keys(n, folded: true, text).first { triggers.insert(f); courtStarts.insert(f) } } }
        var bits: [UInt64: UInt64] = [:]
        for k in triggers { bits[k] = Trigger.any }
        for k in articleWords { bits[k]! |= Trigger.article }
        for k in alineaWords { bits[k]! |= Trigger.alinea }
        for k in kindWords.keys { bits[k]! |= Trigger.kind }
        for k in abbreviatedKinds.keys { bits[k]! |= Trigger.abbreviatedKind }
        for k in codeStarts { bits[k]! |= Trigger.codeStart }
        for k in courtStarts { bits[k]! |= Trigger.courtStart }
        triggerTable = WordTable(hashed: bits)
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
    static let du = Fold.key("du")
    static let degree = Fold.key("°")
    static let ordinalDegree = Fold.key("º")
    static let de = Fold.key("de")
    static let des = Fold.key("des")
    static let d = Fold.key("d'")
    static let la = Fold.key("la")
    static let l = Fold.key("l'")
    static let le = Fold.key("le")
    static let un = Fold.key("un")
    static let une = Fold.key("une")
    static let les = Fold.key("les")
    static let aux = Fold.key("aux")
    static let au = Fold.key("au")
    static let a = Fold.key("à")
    static let et = Fold.key("et")
    static let ou = Fold.key("ou")
    static let comma = Fold.key(",")
    static let semicolon = Fold.key(";")
    static let colon = Fold.key(":")
    static let period = Fold.key(".")
    static let open = Fold.key("(")
    static let close = Fold.key(")")
    static let slash = Fold.key("/")
    static let dash = Fold.key("-")
    static let code = Fold.key("code")
    static let en = Fold.key("en")
    static let date = Fold.key("date")
    static let nor = Fold.key("nor")
    static let ue = Fold.key("ue")
    static let ce = Fold.key("ce")
    static let cee = Fold.key("cee")
    static let present = Fold.key("présent")
    static let presente = Fold.key("présente")
    static let presents = Fold.key("présents")
    static let presentes = Fold.key("présentes")
    static let numero = Fold.key("n°")
    static let dernier = Fold.key("dernier")
    static let article = Fold.key("article")
    /// Quotation marks around a text's nickname ("directive « retour »").
    static let quotes: Set<UInt64> = Set(["«", "»", "\"", "“", "”"].map { Fold.key($0) })
}

