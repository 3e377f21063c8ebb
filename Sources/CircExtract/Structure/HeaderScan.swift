import CircText

/// The letterhead read as a stream of words, not of lines.
///
/// Web copies of PDFs run the whole header into one paragraph ("… Le ministre de
/// l'intérieur à Mesdames et Messieurs les préfets de région Mesdames et Messieurs les
/// préfets de département NOR : INTA… Objet : …"), OCR breaks it anywhere, and a PDF read
/// back through `pdftotext` indents it. What identifies the addressee block is its words:
/// civilities ("Mesdames et Messieurs les") opening titles, cues ("Pour attribution",
/// "En communication à", "(pour information)"), separators (" - ", ",", ";"), and the
/// header fields that close it (NOR, Objet, Réf…). So the block, the NOR and the subject
/// are found by scanning the first words of the document, whatever its line breaks.
public struct HeaderScan: Sendable {
    public struct Item: Sendable {
        public var id: String
        public var role: AddresseeRole
        /// Scalar range of the title as written.
        public var range: Range<Int>
    }

    /// The addressee titles of the block, in order, role resolved.
    public var items: [Item] = []
    /// The document's own NOR, read through spaces, slashes and OCR damage.
    public var nor: String?
    /// Scalar range of the NOR as written (its label excluded).
    public var norRange: Range<Int>?
    /// "Objet : …" read without relying on its line.
    public var subject: String?
    /// Press items: the roles a reported instruction was sent to ("a demandé aux préfets
    /// de…", "a appelé les préfets de région et de département à…").
    public var recipients: [Item] = []
    /// The document's own title ("Circulaire DPM n° 2000-254 du 12 mai 2000 relative aux
    /// naturalisations…"): its kind word, its date, and the topic after "relative à".
    public var titleKind: String?
    public var titleDate: String?
    /// "Paris, le 31 janvier 2014" wherever it stands in the header, flattened or not.
    public var placeDate: String?
    public var titleSubject: String?
    /// The authority that heads the addressee block ("La ministre de l'emploi et de la
    /// solidarité, le ministre de l'intérieur à …" → its first-named), as a slug.
    public var emitter: String?
    /// Whether a "Le ministre … à" / "à Mesdames…" letter opening was seen.
    public var letterOpening = false

    /// How far into a document the header may run (tokens).
    static let window = 450

    /// A text that calls itself a dépêche but opens as a letter ("DÉPÊCHE … Le garde des
    /// sceaux, ministre de la justice à Mesdames et Messieurs les procureurs…"): the Justice's
    /// dépêches to the parquets are letters, their header, addressees and directives read as a
    /// circular's (a wire reports; it has no addressee block of its own).
    public func isLetter(_ kind: DocumentKind) -> Bool { kind == .depeche && letterOpening && !items.isEmpty }
}

/// The header vocabulary of `Lexicons/addressee-titles.json` and `header-fields.json`,
/// as word sequences ready for matching.
struct HeaderVocabulary: Sendable {
    struct Phrase: Sendable { let words: [String]; let value: String }

    let civilities: [[String]]
    /// Cues with the role they set (`to` / `cc`); tags ("pour information") may follow
    /// the titles they qualify, leading cues ("En communication à") always precede them.
    let cues: [(words: [String], role: AddresseeRole, tag: Bool)]
    let terminators: [[String]]
    let titles: [Phrase]
    /// For a word inside a lexicon title (not its first): the title's index and the word's
    /// position, so that a stop word ("pour") inside a known title does not cut it.
    let titlesByInnerWord: [String: [(Int, Int)]]
    let plurals: [String: String]
    let masculine: [String: String]
    let roleHeads: Set<String>
    /// Ranks before a role head in a second title ("et les premiers présidents").
    let rankWords: Set<String>
    /// The lexicon's `anaphoricDeterminers` ("ladite", "ledit"): a title's complement that
    /// names the court or body of the title listed just before it.
    let anaphoricDeterminers: Set<String>
    /// The lexicon's `titleLinks`: prepositions open a title's complement; with articles and
    /// joiners, none ends a title.
    let titlePrepositions: Set<String>
    let titleLinks: Set<String>
    /// The prepositions that open a title's complement or one of its listed domains ("de",
    /// "du", "à", "aux"…): `titlePrepositions` without the links "près", "en", "chargé", "pour".
    let complementOpeners: Set<String> = ["de", "du", "des", "d'", "a", "au", "aux"]
    let stopWords: Set<String>
    /// Stop words that may instead open a title's complement ("à", "aux": "directeur central
    /// de la police aux frontières"), and the words after them that show they do not.
    let complementStops: Set<String>
    let notComplements: Set<String>
    let pressCues: Set<String>
    /// Verbs of sending after which "à MM. les …" is the prose's indirect object ("Je n'ai
    /// point d'instructions à adresser à MM. les membres des commissions"), not a block.
    let proseSendingVerbs: Set<String>
    /// Titles named only as a reported request's recipient ("élus"): `recipients` reads them
    /// right after a cue only.
    let recipientOnly: Set<String>
    let recipientWords: Set<String>
    let titleKinds: Set<String>
    /// "c." → "circulaire": a bulletin's abbreviated kind words (`header-fields.json`).
    let titleAbbreviations: [String: String]
    /// Kind words standing as a flattened letterhead's banner, as words, longest first, with
    /// their kind (`header-fields.json` `bannerKinds`).
    let bannerKinds: [(words: [String], kind: String)]
    /// Kind words that make a dated text a citation before a NOR label (`header-fields.json`).
    let citingKinds: [String]
    let sentenceOpeners: Set<String>
    /// First words of a flattened list's item that cites a text (`flattenedItem`).
    let listedTextOpeners: Set<String>
    /// `header-fields.json` `replacedTextLabels`: see `HeaderScanner.replacedText(before:)`.
    let replacedTextLabels: Set<String>
    let topicWords: Set<String>
    /// `header-fields.json` `senderProseWords`: see `HeaderScanner.senderAux`.
    let senderProseWords: Set<String>
    /// `header-fields.json` `datelineNotPlaces`: see `HeaderScanner.linePlaceDate`.
    let datelineNotPlaces: Set<String>
    /// "Destinataires in fine" after the emitter's "à": the list is set after the signature
    /// (`header-fields.json` `deferredBlocks`), as words, longest first.
    let deferredBlocks: [[String]]
    let emitterHeads: Set<String>
    /// "de service", "technique": words between a bulletin title's kind and its "du" date
    /// (`titleKinds.complements`), as words, longest first.
    let kindComplements: [[String]]
    let determiners: Set<String>
    /// OCR misreadings of short words ("Ie" → "le", "ia" → "la"), read as the word.
    let ocrWords: [String: String]
    /// Letters OCR makes of an elided "l'" glued to its word ("Vintérieur", "Poutre-mer").
    let ocrElisions: Set<Character>
    /// A copy that dropped its accented letters ("procureurs gnraux prs"): see `AccentLoss`.
    var accentLoss: AccentLoss
    /// `ocrNotDamaged`: words one letter from a header word that are words all the same
    /// ("année" beside the block end "annexe"); `repair` leaves them.
    let notDamaged: Set<String>
    /// "des tribunaux" → "du tribunal": a plural complement in the singular role.
    let singularComplements: [String: String]
    /// `headedBodies`: a head's own body ("directeur" → "direction", "directions"): the
    /// head of "la direction départementale de …" is the "directeur départemental de …".
    let headedBodies: [String: Set<String>]
    /// Titles whole without a complement ("premier ministre"), as words.
    let standaloneAuthorities: [[String]]
    /// "ler", "Ier": OCR's readings of the "1er" that opens a dateline's date, folded
    /// (`header-fields.json` `ocrFirstDays`).
    let ocrFirstDays: Set<String>
    /// "obj": the subject field's abbreviated labels, read with their full stop and colon
    /// (`header-fields.json` `subjectAbbreviations`).
    let subjectAbbreviations: Set<String>
    /// `header-fields.json` `stableMinistries`: emitter slugs that stand for the ministry
    /// whatever its portfolio ("ministre-de-l-interieur"); a copy list's minister files so too.
    let stableMinistries: [String]
    /// "DGPN" → `directeur-general-de-la-police-nationale`: a copy list's acronyms, as written
    /// (capitals), and folded for a title under a civility ("M. le DGPN").
    let acronyms: [String: String]
    let foldedAcronyms: [String: String]
    /// Finite verbs that make a civility's titles a sentence's subject (`subjectVerbs`).
    let subjectVerbs: Set<String>
    /// `pressRecipientsNot`: an earlier text's request ("demandait déjà aux préfets"), the
    /// préfets as the news's subject ("les préfets appliquent la circulaire").
    let pastRequests: Set<String>, topicVerbs: Set<String>
    /// `pressRecipientsNot.companions`: "avec les préfets" names who the recipients act with.
    let companions: Set<String>
    /// `pressRecipientsNot.requestIdioms`: "de rendre compte" after a title is the request.
    let requestIdioms: Set<String>
    /// `pressRecipientsNot.requestObjectOpeners`: "de verbaliser tout véhicule" — the words
    /// that open what an infinitive after a recipient's title asks for.
    let requestObjectOpeners: Set<String>
    /// `nonAuthoritySubjects`: a union's or an association's appeal names no addressee.
    let nonAuthoritySubjects: Set<String>
    /// `serviceHeads`: the first words of a service listed under its préfet ("direction").
    let serviceHeads: Set<String>
    /// `ministerRanks`: "secrétaire d'État au département", between an old minister's head
    /// and his portfolio; folded words, longest first.
    let ministerRanks: [[String]]
    /// `officerRanks`: "général d'armée" before ", directeur général de …": the rank opening a
    /// sender line, its office after the comma.
    let officerRanks: Set<String>
    /// `delegateAttachments`: "auprès" opening a minister délégué's attachment, and "chargé"
    /// opening his own office after its comma (folded, masculine).
    let delegateAttachments: Set<String>, delegateOffices: Set<String>
    /// Clitics that may stand between such a subject and its verb ("en a reçu", "n'ont pas").
    let subjectClitics: Set<String>
    /// "arrete", "decrete" (`document-kinds.json` `enactingWords`): the enacting word of a
    /// regulatory act, alone on its line, ends the act's header (`HeaderScanner.enactingLine`).
    let enactingWords: Set<String>

    struct File: Decodable {
        struct Forms: Decodable { let forms: [String] }
        let civilities: [String]
        let ccCues: Forms
        let toCues: Forms
        let tagCues: TagCues
        let plurals: [String: String]
        let masculine: [String: String]
        let roleHeads: Forms
        let rankWords: Forms
        let anaphoricDeterminers: Forms?
        struct TitleLinks: Decodable { let prepositions, articles, joiners: [String] }
        let titleLinks: TitleLinks
        let titleStops: Forms
        struct ComplementStops: Decodable { let forms, notComplements: [String] }
        let complementStops: ComplementStops
        let pressCues: Forms
        let proseSendingVerbs: Forms?
        let recipientWords: Forms
        let emitterHeads: Forms
        let ocrWords: WordMap
        let ocrElisions: Forms
        let accentLoss: AccentLoss.File?
        let ocrNotDamaged: Forms?
        let singularComplements: WordMap
        let standaloneAuthorities: Forms
        let acronyms: WordMap
        struct SubjectVerbs: Decodable { let forms, clitics: [String] }
        let subjectVerbs: SubjectVerbs
        struct NotRecipients: Decodable { let pastRequests, topicVerbs: [String]; let companions, requestIdioms, requestObjectOpeners: [String]? }
        let pressRecipientsNot: NotRecipients?
        let nonAuthoritySubjects: Forms?
        let serviceHeads: Forms?
        let ministerRanks: Forms?
        let officerRanks: Forms?
        struct DelegateAttachments: Decodable { let forms, offices: [String] }
        let delegateAttachments: DelegateAttachments?
        struct WordMap: Decodable { let forms: [String: String] }
        struct ListMap: Decodable { let forms: [String: [String]] }
        let headedBodies: ListMap?
        struct TagCues: Decodable { let to: [String]; let cc: [String] }
    }
    struct TitleFields: Decodable {
        struct Forms: Decodable { let forms: [String] }
        struct TitleKinds: Decodable { let forms: [String]; let complements: [String]? }
        let titleKinds: TitleKinds
        struct Abbreviations: Decodable { let forms: [String: String] }
        let titleAbbreviations: Abbreviations
        let bannerKinds: Abbreviations
        let citingKinds: Forms
        let topicWords: Forms
        let deferredBlocks: Forms?
        let determiners: Forms
        let sentenceOpeners: Forms
        let listedTextOpeners: Forms
        let replacedTextLabels: Forms?
        let senderProseWords: Forms?
        let datelineNotPlaces: Forms?
    }
    struct Fields: Decodable {
        struct Forms: Decodable { let forms: [String] }
        let blockEnds: Forms
        let ocrFirstDays: Forms?
        let subjectAbbreviations: Forms?
        let stableMinistries: Forms?
    }

    init(store: LexiconStore, titles: [(String, String)], recipientOnly: Set<String> = []) throws {
        self.recipientOnly = recipientOnly
        let f = try store.load("addressee-titles.json", as: File.self)
        let fields = try store.load("header-fields.json", as: Fields.self)
        civilities = f.civilities.map(Self.words).sorted { $0.count > $1.count }
        var cues: [([String], AddresseeRole, Bool)] = []
        // A cue that is also a tag reads as a tag: it may follow its titles.
        let tags = Set(f.tagCues.to + f.tagCues.cc)
        for c in f.ccCues.forms where !tags.contains(c) { cues.append((Self.words(c), .cc, false)) }
        for c in f.toCues.forms where c != "a" && !tags.contains(c) { cues.append((Self.words(c), .to, false)) }
        for c in f.tagCues.to { cues.append((Self.words(c), .to, true)) }
        for c in f.tagCues.cc { cues.append((Self.words(c), .cc, true)) }
        self.cues = cues.sorted { $0.0.count > $1.0.count }.map { (words: $0.0, role: $0.1, tag: $0.2) }
        terminators = fields.blockEnds.forms.map(Self.words).sorted { $0.count > $1.count }
        ocrFirstDays = Set(fields.ocrFirstDays?.forms ?? [])
        subjectAbbreviations = Set(fields.subjectAbbreviations?.forms ?? [])
        stableMinistries = fields.stableMinistries?.forms ?? []
        self.titles = titles.map { Phrase(words: Self.words($0.0), value: $0.1) }.sorted { $0.words.count > $1.words.count }
        var inner: [String: [(Int, Int)]] = [:]
        for (ti, t) in self.titles.enumerated() { for (p, x) in t.words.enumerated() where p > 0 { inner[x, default: []].append((ti, p)) } }
        titlesByInnerWord = inner
        plurals = f.plurals
        masculine = f.masculine
        roleHeads = Set(f.roleHeads.forms)
        rankWords = Set(f.rankWords.forms)
        anaphoricDeterminers = Set(f.anaphoricDeterminers?.forms ?? [])
        titlePrepositions = Set(f.titleLinks.prepositions)
        titleLinks = Set(f.titleLinks.prepositions + f.titleLinks.articles + f.titleLinks.joiners)
        stopWords = Set(f.titleStops.forms)
        complementStops = Set(f.complementStops.forms)
        notComplements = Set(f.complementStops.notComplements)
        pressCues = Set(f.pressCues.forms)
        proseSendingVerbs = Set(f.proseSendingVerbs?.forms ?? [])
        recipientWords = Set(f.recipientWords.forms)
        emitterHeads = Set(f.emitterHeads.forms)
        let tf = try store.load("header-fields.json", as: TitleFields.self)
        titleKinds = Set(tf.titleKinds.forms).union(tf.titleAbbreviations.forms.keys)
        kindComplements = (tf.titleKinds.complements ?? []).map(Self.words).sorted { $0.count > $1.count }
        titleAbbreviations = tf.titleAbbreviations.forms
        bannerKinds = tf.bannerKinds.forms.map { (words: Self.words($0.key), kind: $0.value) }.sorted { $0.words.count > $1.words.count }
        citingKinds = tf.citingKinds.forms
        topicWords = Set(tf.topicWords.forms)
        deferredBlocks = (tf.deferredBlocks?.forms ?? []).map(Self.words).sorted { $0.count > $1.count }
        determiners = Set(tf.determiners.forms)
        sentenceOpeners = Set(tf.sentenceOpeners.forms)
        listedTextOpeners = Set(tf.listedTextOpeners.forms)
        replacedTextLabels = Set(tf.replacedTextLabels?.forms ?? [])
        senderProseWords = Set(tf.senderProseWords?.forms ?? [])
        datelineNotPlaces = Set(tf.datelineNotPlaces?.forms ?? [])
        ocrWords = f.ocrWords.forms
        ocrElisions = Set(f.ocrElisions.forms.compactMap(\.first))
        accentLoss = AccentLoss(f.accentLoss)
        notDamaged = Set(f.ocrNotDamaged?.forms ?? [])
        singularComplements = f.singularComplements.forms
        headedBodies = (f.headedBodies?.forms ?? [:]).mapValues { Set($0) }
        standaloneAuthorities = f.standaloneAuthorities.forms.map(Self.words)
        acronyms = f.acronyms.forms
        subjectVerbs = Set(f.subjectVerbs.forms)
        pastRequests = Set(f.pressRecipientsNot?.pastRequests ?? [])
        companions = Set(f.pressRecipientsNot?.companions ?? [])
        requestIdioms = Set(f.pressRecipientsNot?.requestIdioms ?? [])
        requestObjectOpeners = Set(f.pressRecipientsNot?.requestObjectOpeners ?? [])
        topicVerbs = Set(f.pressRecipientsNot?.topicVerbs ?? [])
        nonAuthoritySubjects = Set(f.nonAuthoritySubjects?.forms ?? [])
        serviceHeads = Set(f.serviceHeads?.forms ?? [])
        ministerRanks = (f.ministerRanks?.forms ?? []).map(Self.words).sorted { $0.count > $1.count }
        officerRanks = Set(f.officerRanks?.forms ?? [])
        delegateAttachments = Set(f.delegateAttachments?.forms ?? [])
        delegateOffices = Set(f.delegateAttachments?.offices ?? [])
        subjectClitics = Set(f.subjectVerbs.clitics)
        foldedAcronyms = Dictionary(f.acronyms.forms.map { (Fold.string($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        struct Kinds: Decodable { struct F: Decodable { let forms: [String] }; let enactingWords: F }
        enactingWords = Set(try store.load("document-kinds.json", as: Kinds.self).enactingWords.forms)
        index()
    }

    /// The role a title's words name: the longest lexicon title they contain, else a slug
    /// built from a role head.
    func title(_ raw: [String]) -> String? {
        let singular = raw.map(singularHead)
        let pluralHead = zip(raw, singular).contains { $0 != $1 }
        let words = bodyAdjectiveOnHead(singular)
        guard !words.isEmpty else { return nil }
        // "M. le DGPN": a title that is one acronym after its civility.
        if let last = words.last, let id = foldedAcronyms[last], words.dropLast().allSatisfy({ titleLinks.contains($0) }) { return id }
        // A lexicon title may hold an apposition's comma ("inspecteur d'académie, directeur
        // des services départementaux de l'éducation nationale" is one office).
        // (And across the spaced dash of a compound office, "inspecteur d'académie - directeur
        // académique …", which `dashInsideTitle` leaves inside the title.)
        if let m = lexiconMatch(words.filter { $0 != "," && $0 != "-" }) { return m.value }
        // "directrice générale de l'ARS": the lexicon's titles are masculine; the head and its
        // adjectives (before the first preposition) are read in the masculine too.
        if let p = words.firstIndex(where: { titlePrepositions.contains($0) }), words[..<p].contains(where: { masculine[$0] != nil }),
           let m = lexiconMatch(words[..<p].map { masculine[$0] ?? $0 } + words[p...].filter { $0 != "," }) { return m.value }
        return genericTitle(words, pluralHead: pluralHead).map(stableMinistry)
    }

    /// "Monsieur le ministre de l'intérieur, de l'outre-mer et des collectivités territoriales"
    /// in a copy list is the Interior's, as its emitter is (`stableMinistries`): the ministry
    /// whatever its portfolio of the day, so that a registry query finds every period's.
    func stableMinistry(_ id: String) -> String {
        stableMinistries.first { id.hasPrefix($0 + "-") } ?? id
    }

    /// "directeurs des directions départementales de l'emploi, du travail et des
    /// solidarités" → "directeur départemental de l'emploi…": the head of a body the
    /// adjective qualifies (`headedBodies`) takes that adjective, in the masculine singular,
    /// and the body's name goes — the office's own title, as its acronym (DDETS) names it.
    /// Only an adjective the lexicon has a masculine for ("départementale", "régionale",
    /// "générale"): "directeur de la direction des affaires juridiques" stays as written.
    func bodyAdjectiveOnHead(_ words: [String]) -> [String] {
        guard words.count >= 4, let h = words.firstIndex(where: { headedBodies[$0] != nil }), h <= 2, let bodies = headedBodies[words[h]] else { return words }
        var b = h + 1
        if b < words.count, words[b] == "des" || words[b] == "du" { b += 1 }
        else if b + 1 < words.count, words[b] == "de", words[b + 1] == "la" || words[b + 1] == "l'" { b += 2 }
        guard b > h + 1, b + 1 < words.count, bodies.contains(words[b]) else { return words }
        let adjective = words[b + 1]
        let single = adjective.hasSuffix("s") ? String(adjective.dropLast()) : adjective
        guard let male = masculine[single] else { return words }
        return Array(words[...h]) + [male] + Array(words[(b + 2)...])
    }

    /// The longest lexicon title among words (singular heads, commas left out), with where it
    /// starts and how many words it has.
    func lexiconMatch(_ bare: [String]) -> (value: String, start: Int, count: Int)? {
        for t in titles {
            let p = t.words
            guard p.count <= bare.count else { continue }
            for s in 0...(bare.count - p.count) where bare[s] == p[0] {
                var ok = true
                for k in 1..<p.count where bare[s + k] != p[k] { ok = false; break }
                if ok { return (t.value, s, p.count) }
            }
        }
        return nil
    }

    /// Whether a recipient's title read so far goes on through its elided "d'": the lexicon
    /// knows a title ending on the word after it ("recteurs d'académie", "inspecteurs
    /// d'académie"), where "aux préfets d'examiner…" names what is asked of them.
    func titleGoesOn(_ wordsThroughNext: [String]) -> Bool {
        let words = wordsThroughNext.map(singularHead)
        guard let m = lexiconMatch(words) else { return false }
        return m.start + m.count == words.count
    }

    /// A role head in the plural the lexicon does not list ("inspecteurs") as its singular.
    func singularHead(_ x: String) -> String {
        if let p = plurals[x] { return p }
        guard x.hasSuffix("s"), x.count > 3 else { return x }
        let y = String(x.dropLast())
        return roleHeads.contains(masculine[y] ?? y) ? y : x
    }

    /// Whether word i of `c` lies inside a lexicon title written around it ("préfets
    /// délégués pour la défense et la sécurité").
    func insideTitle(_ c: [String], _ i: Int) -> Bool {
        for (ti, p) in titlesByInnerWord[c[i]] ?? [] {
            let t = titles[ti].words, start = i - p
            guard start >= 0, start + t.count <= c.count else { continue }
            if t.indices.allSatisfy({ singularHead(c[start + $0]) == t[$0] }) { return true }
        }
        return false
    }

    /// Object pronouns no title holds ("m'adresse", "me prie", "vous transmet"), folded.
    static let objectClitics: Set<String> = ["m'", "m\u{2019}", "me", "s'", "s\u{2019}", "se", "nous", "vous"]

    /// `pluralHead`: the head was written in the plural ("chefs de poste diplomatiques et
    /// consulaires"): adjectives after a singular complement agree with it, and go to the
    /// singular with it (`chef-de-poste-diplomatique-et-consulaire`).
    func genericTitle(_ words: [String], pluralHead: Bool = false) -> String? {
        guard let h = words.firstIndex(where: { roleHeads.contains(masculine[$0] ?? $0) }), h <= 2 else { return nil }
        var out: [String] = []
        var prepositionSeen = false
        var singularising = false
        let ws = Array(words[h...])
        var k = 0
        while k < ws.count {
            var x = ws[k]
            // "de l'économie, de l'emploi, du travail et des solidarités": one complement.
            if x == ",", prepositionSeen, k + 1 < ws.count, complementOpeners.contains(ws[k + 1]) { k += 1; continue }
            if x == "," || x == ";" || x == "." || x == "-" || x == "–" { break }
            // "M. le Ministre de l'Intérieur m'adresse la circulaire suivante :": an object
            // pronoun before its verb makes a sentence about the office, no title addressed.
            if Self.objectClitics.contains(x) { return nil }
            // "des tribunaux supérieurs d'appel" → "du tribunal supérieur d'appel": the
            // complement a plural head distributes, one each. A singular head's complement
            // ("le directeur de la mission des services pénitentiaires") and a later one
            // ("directeurs de greffe des services judiciaires") name a body as written.
            // "présidents de tribunaux de grande instance": the plural complement without its
            // article is distributed the same way.
            if x == "des" || x == "de", pluralHead, !prepositionSeen, k + 1 < ws.count, let sing = singularComplements[ws[k + 1]] {
                out.append(contentsOf: sing.split(separator: " ").map(String.init))
                prepositionSeen = true; singularising = true; k += 2; continue
            }
            // "chefs d'établissements pénitentiaires" → "chef d'établissement pénitentiaire",
            // "directeurs d'établissements de santé": after a plural head, the elided
            // complement's noun and its adjectives go to the singular with it.
            if x == "d'", pluralHead, k + 1 < ws.count, let sing = singularComplements[ws[k + 1]], let noun = sing.split(separator: " ").last {
                out.append(x); out.append(noun.hasPrefix("l'") ? String(noun.dropFirst(2)) : String(noun))
                prepositionSeen = true; singularising = true; k += 2; continue
            }
            let agreesWithHead = pluralHead && k >= 2 && ["de", "d'"].contains(ws[k - 2]) && !ws[k - 1].hasSuffix("s") && !ws[k - 1].hasSuffix("x")
            if titlePrepositions.contains(x) { prepositionSeen = true; singularising = false }
            else if agreesWithHead && x.count > 4 && x.hasSuffix("s") { singularising = true; x = String(x.dropLast()) }
            else if singularising || pluralHead && !prepositionSeen && k > 0, x.count > 3 {
                // "comptables publics" → "comptable public": the head's adjectives too.
                if x.hasSuffix("aux") { x = String(x.dropLast(3)) + "al" } else if x.hasSuffix("s") { x = String(x.dropLast()) }
            }
            // Head and its adjectives in the singular masculine; the name after "de" as written.
            out.append(prepositionSeen ? x : (masculine[x] ?? x))
            if out.count >= 16 { break }
            k += 1
        }
        while let l = out.last, titleLinks.contains(l) { out.removeLast() }
        guard !out.isEmpty else { return nil }
        return MetadataExtractor.slug(out.joined(separator: " "))
    }

    /// Every word of the header vocabulary (exact forms), and the first words of its
    /// civilities, cues and field labels (a word that starts none is skipped at once).
    var known: Set<String> = []
    /// The ids of the lexicon's titles (as against slugs built from a role head).
    var lexiconIDs: Set<String> = []
    var firstWords: Set<String> = []
    /// The long vocabulary words by first letter, for OCR repair.
    var longWords: [Character: [(String, [UInt8])]] = [:]

    mutating func index() {
        var all: [[String]] = civilities + cues.map(\.words) + terminators + titles.map(\.words)
        all.append(Array(roleHeads) + Array(plurals.keys) + Array(plurals.values) + Array(masculine.keys) + Array(pressCues))
        for p in all { for x in p { known.insert(x) } }
        lexiconIDs = Set(titles.map(\.value))
        for p in civilities + cues.map(\.words) + terminators { if let f = p.first { firstWords.insert(f) } }
        for x in known.sorted() where x.utf8.count >= 6 { longWords[x.first!, default: []].append((x, Array(x.utf8))) }
        // The field labels too: "Textes abrogs :" lists replaced texts, not the page's own.
        accentLoss.index(known.union(titleLinks).union(replacedTextLabels).union(topicWords).union(citingKinds).union(titleKinds))
    }

    /// The vocabulary word an OCR-damaged word stands for ("prefer" → "prefet",
    /// "Messicurs" → "messieurs", "PRFETS" → "prefets"), if exactly one is near.
    func repair(_ x: String) -> String? {
        guard let c = x.first, !notDamaged.contains(x) else { return nil }
        let xa = Array(x.utf8)
        var forms = [xa]
        // "rn" read for "m" (byte comparisons: Foundation's `contains` and a concatenated
        // plural per candidate cost 2 % of extraction).
        let r = UInt8(ascii: "r"), nn = UInt8(ascii: "n"), s = UInt8(ascii: "s")
        if zip(xa, xa.dropFirst()).contains(where: { $0 == r && $1 == nn }) {
            forms.append(Array(x.replacingOccurrences(of: "rn", with: "m").utf8))
        }
        var found: String? = nil
        let n = xa.count
        for (p, pa) in longWords[c] ?? [] where abs(pa.count - n) <= 2 {
            // "affaires" is the plural of a known word, not a damaged one.
            if n == pa.count + 1 && xa[n - 1] == s && xa.starts(with: pa) || pa.count == n + 1 && pa[n] == s && pa.starts(with: xa) { return nil }
            guard forms.contains(where: { abs($0.count - pa.count) <= 1 && withinOneEdit($0, pa) }) else { continue }
            // "étrangères" is the feminine of "étrangers", not a damaged one.
            if Self.inflects(x, p) { return nil }
            // "prefets" and "prefet" are one word: ambiguous only between different words.
            if let f = found, (plurals[f] ?? f) != (plurals[p] ?? p) { return nil }
            if found == nil || p.utf8.count == x.utf8.count { found = p }
        }
        return found
    }

    /// Whether `a` and `b` are forms of one word in gender and number ("etrangeres" /
    /// "etrangers", "generale" / "general").
    static func inflects(_ a: String, _ b: String) -> Bool {
        func stem(_ x: String) -> Substring {
            var y = x[...]
            if y.hasSuffix("s") { y = y.dropLast() }
            if y.hasSuffix("e") { y = y.dropLast() }
            return y
        }
        return a != b && stem(a).count >= 4 && stem(a) == stem(b)
    }

    /// A folded lexicon phrase as the tokenizer's words: "l'interieur" → ["l'", "interieur"],
    /// "mesdames, messieurs" → ["mesdames", ",", "messieurs"].
    static func words(_ phrase: String) -> [String] {
        var out: [String] = []
        for w in Fold.string(phrase).split(separator: " ") {
            var rest = Substring(w)
            while let ap = rest.firstIndex(of: "'"), rest.index(after: ap) < rest.endIndex, rest.distance(from: rest.startIndex, to: ap) <= 6 {
                out.append(String(rest[...ap])); rest = rest[rest.index(after: ap)...]
            }
            // "mesdames, messieurs les": the comma is a word of the window.
            if rest.count > 1, rest.last == "," { out.append(String(rest.dropLast())); out.append(","); continue }
            if !rest.isEmpty { out.append(String(rest)) }
        }
        return out
    }
}

/// Reads a `HeaderScan` from the first words of a tokenized document.
struct HeaderScanner {
    let vocab: HeaderVocabulary
    let tt: TokenizedText
    let months: [String: Int]
    /// Folded words of the window (punctuation kept as its own word), and their tokens.
    var w: [String] = []
    /// `w` with OCR-damaged words repaired to the vocabulary word they stand for: what the
    /// title, civility and cue rules compare.
    var c: [String] = []
    var tok: [Int] = []
    /// The window's words before an act's enacting line (`enactingLine`): where an addressee
    /// block may stand. The dateline and the rest are read in the whole window.
    var blockWords = 0
    /// Whether the copy dropped its accented letters (`AccentLoss`): the "à" between the
    /// sender and the block went with them.
    var lostAccents = false

    init(vocab: HeaderVocabulary, tt: TokenizedText, months: [String: Int]) {
        self.vocab = vocab
        self.tt = tt
        self.months = months
        let n = min(tt.tokens.count, HeaderScan.window)
        w.reserveCapacity(n); tok.reserveCapacity(n)
        var glued = false
        for i in 0..<n {
            if glued { glued = false; continue }
            let t = tt.tokens[i]
            if t.kind == .symbol && tt.string(t) == "*" { continue }   // Markdown emphasis
            var f = tt.folded(t)
            // "0bjet :", "0BJET": OCR's zero for the capital O opening a word, which the
            // tokenizer splits off as a number; read as the word's letter.
            if i + 1 < n, Self.ocrZeroOpens(t, tt.tokens[i + 1], tt) {
                w.append("o" + tt.folded(tt.tokens[i + 1])); tok.append(i); glued = true
                continue
            }
            // (The last byte first: `hasSuffix` on every header word cost 1 % of extraction.)
            if f.utf8.last == 0x99, f.hasSuffix("’") { f = String(f.dropLast()) + "'" }
            // "de 1'Intérieur": OCR's digit one for the elided "l'", glued to the word after it.
            if f == "'", w.last == "1", let p = tok.last, tt.tokens[p].end == t.start, i + 1 < n, t.end == tt.tokens[i + 1].start {
                w[w.count - 1] = "l'"
                continue
            }
            w.append(vocab.ocrWords[f] ?? f); tok.append(i)
        }
        if !Self.keepsAccents(tt, tok), let (restored, tokens) = vocab.accentLoss.restore(w, tok, raw: { tt.string(tt.tokens[$0]) }, known: vocab.known, plurals: vocab.plurals) {
            (w, tok) = (restored, tokens)
            lostAccents = true
        }
        if let (joined, tokens) = Self.joinedSplits(w, tok, tt, known: vocab.known) { (w, tok) = (joined, tokens) }
        let enacting = Self.enactingLine(tt, vocab, before: n)
        blockWords = enacting.map { e in tok.firstIndex { $0 >= e } ?? w.count } ?? w.count
        // OCR damage is read once per distinct word: a damaged word becomes the vocabulary
        // word it stands for, and every rule after compares words exactly.
        var cache: [String: String] = [:]
        c = w
        for i in w.indices where !vocab.known.contains(w[i]) && w[i].utf8.count >= 5 {
            if let v = cache[w[i]] { c[i] = v; continue }
            var v = vocab.repair(w[i]) ?? w[i]
            // "Vintévieur": an "l'" read as a letter glued to the word it elides.
            if v == w[i], let f = w[i].first, vocab.ocrElisions.contains(f), w[i].utf8.count >= 6 {
                let rest = String(w[i].dropFirst())
                if let r = vocab.known.contains(rest) ? rest : vocab.repair(rest) { v = "l'" + r }
            }
            // "I'intérieur": the "l" of the elision read as a capital i.
            if v == w[i], w[i].hasPrefix("i'") {
                let rest = String(w[i].dropFirst(2))
                if let r = vocab.known.contains(rest) ? rest : vocab.repair(rest) { v = "l'" + r }
            }
            // "lntérieur", "lNTERIEUR": a capital i read as an "l" opening the word.
            if v == w[i], w[i].hasPrefix("l") {
                let i1 = "i" + w[i].dropFirst()
                if let r = vocab.known.contains(i1) ? i1 : vocab.repair(i1) { v = r }
            }
            cache[w[i]] = v
            c[i] = v
        }
        for i in w.indices { if let v = cutAtLineEnd(i) { c[i] = v } }
    }

    /// Whether token `t` is a lone zero glued to the word `next` ("0bjet"): no number is
    /// written so, a word opening on a capital O read as a digit is.
    static func ocrZeroOpens(_ t: Token, _ next: Token, _ tt: TokenizedText) -> Bool {
        t.kind == .number && t.length == 1 && t.end == next.start && next.kind == .word && tt.text.scalars[Int(t.start)] == "0"
    }

    func matches(_ p: [String], at i: Int) -> Bool {
        guard i + p.count <= w.count else { return false }
        for k in p.indices where c[i + k] != p[k] { return false }
        return true
    }

    func civility(at i: Int) -> Int? {
        guard vocab.firstWords.contains(c[i]) else { return nil }
        return vocab.civilities.first { matches($0, at: i) }?.count
    }
    func cue(at i: Int) -> (len: Int, role: AddresseeRole, tag: Bool)? {
        guard vocab.firstWords.contains(c[i]) else { return nil }
        // "Dans un télégramme adressé aux préfets, le ministre demande…", "Le texte, adressé
        // aux procureurs généraux et aux procureurs de la République, complète…": a participle
        // after a noun with its determiner (its comma between) is prose, not a block's cue.
        if c[i] == "adresse", i >= 2, vocab.determiners.contains(c[i - 2]) { return nil }
        if c[i] == "adresse", i >= 3, c[i - 1] == ",", vocab.determiners.contains(c[i - 3]) { return nil }
        // "La garde des sceaux a adressé aux procureurs une circulaire…": nor after an
        // auxiliary — a page reporting that a text was sent, not the text's block ("à
        // adressé" is no French, so a folded "a" before the participle is the verb).
        if c[i] == "adresse", i >= 1, HeaderScanner.auxiliaries.contains(c[i - 1]) { return nil }
        // "si la circulaire s'adresse aux magistrats, …": the reflexive verb of a sentence.
        if c[i] == "adresse", i >= 1, c[i - 1] == "s'" { return nil }
        return vocab.cues.first { matches($0.words, at: i) }.map { ($0.words.count, $0.role, $0.tag) }
    }
    /// Auxiliaries (folded) that make a following participle a verb of the prose.
    static let auxiliaries: Set<String> = ["a", "avait", "ont", "avaient", "aura", "auront", "est", "sont", "etait", "ete"]

    func terminator(at i: Int) -> Int? {
        guard vocab.firstWords.contains(c[i]) else { return nil }
        return vocab.terminators.first { matches($0, at: i) }?.count
    }

    func scalarRange(_ a: Int, _ b: Int) -> Range<Int> {
        Int(tt.tokens[tok[a]].start)..<Int(tt.tokens[tok[b - 1]].end)
    }

    // MARK: titles

    /// The role named by words [a, b): the longest lexicon title they contain within their
    /// first words, else a slug built from a role head ("directeurs régionaux des affaires
    /// culturelles" → `directeur-regional-des-affaires-culturelles`).
    func title(_ a: Int, _ b: Int) -> String? {
        // (Room for doublets: "inspectrices et inspecteurs d'académie, directrices et
        // directeurs des services départementaux de l'éducation nationale".)
        let end = min(b, a + 20)
        guard a < end else { return nil }
        var words: [String] = []
        var skipEt = false
        // The first member of a doublet, left for its second ("inspecteurs et inspectrices").
        var doubletFirst: String? = nil
        for i in a..<end {
            var x = c[i]
            if skipEt && x == "et" { skipEt = false; continue }
            if let f = doubletFirst, x != "et" { x = masculineOf(f, x); doubletFirst = nil }
            // "inspecteurs d'académie-directeurs académiques…": two offices joined by a hyphen,
            // the second a role head of its own (first of a doublet: "académie-directrices et
            // directeurs").
            if let (first, second) = hyphenedOffices(x) {
                words.append(first)
                if i + 1 < end, w[i + 1] == "et", isDoublet(i + 1) { skipEt = true; doubletFirst = second } else { words.append(second) }
                continue
            }
            if i + 1 < end, w[i + 1] == "et", isDoublet(i + 1) { doubletFirst = x; continue }
            if x == "et", isDoublet(i) { continue }
            if x == "(" || x == ":" || x == "[" || x == ";" || x == "." || x == "et" && joinsTitles(i) || x != "et" && stopsTitle(i) { break }
            if i > a, opensNextField(i) { break }
            // "MESSIEURS LES PRÉSIDENTS DES CONSEILS GÉNÉRAUX⏎Je vous prie…": a line that opens
            // a sentence is the letter's prose, no part of the title above it.
            if i > a, tt.tokens[tok[i]].newlinesBefore > 0, opensSentence(i) { break }
            words.append(x)
        }
        return vocab.title(resolvingAnaphora(words, before: a))
    }

    /// "Monsieur le premier président de la Cour de cassation, Monsieur le procureur général
    /// de ladite Cour": a complement "ladite/ledit <noun>" names the body of a title listed
    /// just before; it is read as that body, written out ("de la cour de cassation"), so the
    /// office is the lexicon's specific one. Unchanged when no earlier "la/le <noun>" is found
    /// in the forty words before (plural "lesdites cours" stays the generic office).
    func resolvingAnaphora(_ words: [String], before a: Int) -> [String] {
        guard let p = words.firstIndex(where: { vocab.anaphoricDeterminers.contains($0) }), p + 1 < words.count else { return words }
        let noun = words[p + 1]
        var k = a - 1
        while k > max(0, a - 40) {
            if c[k] == noun, ["la", "le", "l'"].contains(c[k - 1]) {
                var end = k + 1
                while end < a, ![",", ";", ".", "(", ":"].contains(c[end]), tt.tokens[tok[end]].newlinesBefore == 0, !stopsTitle(end) { end += 1 }
                return Array(words[..<p]) + Array(c[(k - 1)..<end]) + Array(words[(p + 2)...])
            }
            k -= 1
        }
        return words
    }

    /// Whether word i, inside a title's words, opens what follows the block on the same line
    /// (a flattened copy, a line break lost by `pdftotext`): the text's own kind capitalised
    /// ("… représentants de l'État outre-mer Circulaire relative aux mesures …") or the
    /// emitter's "Le/La <head>" ("… M. le directeur de la DEETS Le directeur général du
    /// travail à …"). Not after a preposition ("préfet de La Réunion"), nor a kind word in
    /// capitals ("JUGE D'INSTRUCTION"), unless what follows it shows a title's heading: a
    /// number, a kind complement or the next field ("… Commissaires de police NOTE DE SERVICE
    /// N° 91-12 Objet : …", "… CIRCULAIRE N° 84-254", "… probation NOTE NOR : …").
    func opensNextField(_ i: Int) -> Bool {
        guard !vocab.titlePrepositions.contains(c[i - 1]), c[i - 1] != "l'" else { return false }
        guard mixedCase(i) else { return vocab.titleKinds.contains(c[i]) && headsOwnTitle(kindAt: i) }
        if vocab.titleKinds.contains(c[i]) { return true }
        return (c[i] == "le" || c[i] == "la") && i + 1 < w.count && vocab.emitterHeads.contains(c[i + 1])
    }

    /// Whether the kind word at i is followed as a text's own heading is: by its number
    /// ("N° 91-12", "n° 2024-12"), a kind complement ("DE SERVICE"), or a header field
    /// ("NOR :", "Objet :").
    func headsOwnTitle(kindAt i: Int) -> Bool {
        let n = i + 1
        guard n < w.count else { return false }
        if vocab.kindComplements.contains(where: { matches($0, at: n) }) { return true }
        if ["n°", "n", "no"].contains(w[n]) || tt.tokens[tok[n]].kind == .textNumber { return true }
        return terminator(at: n) != nil
    }

    // MARK: the block

    enum Event { case item(Int), cue(role: AddresseeRole, tag: Bool, after: Range<Int>?) }

    /// Prepositions that make the civility after them a complement ("celui de MM. les
    /// maires", "avec M. le procureur"), in `addressees`.
    static let governingPrepositions: Set<String> = ["de", "du", "sur", "avec", "par", "entre", "chez"]

    /// The addressee block: from the first civility that opens a title, through titles,
    /// cues and separators, to the first header field or prose.
    func addressees() -> (items: [HeaderScan.Item], opening: Bool) {
        guard let start = blockStart() else { return ([], false) }
        let first = block(from: start)
        guard let later = destinatairesBlock(after: first.end) else { return (first.items, first.opening) }
        // The letter's own line ("à Mesdames et Messieurs les Préfets") and the bulletin's
        // "Destinataires" table below its Objet and Résumé: one list, the letter's first.
        var seen = Set(first.items.map { "\($0.id) \($0.role)" })
        let second = block(from: later)
        let more = second.items.filter { seen.insert("\($0.id) \($0.role)").inserted }
        return (first.items + more, first.opening || second.opening)
    }

    /// A "Destinataires" label opening a line after the block that ended at word `end`, a
    /// cue or a civility right after it ("Destinataires⏎⏎Pour exécution :⏎Mmes et MM. les
    /// Préfets de région…"): an agriculture or health bulletin sets its table of recipients
    /// below the subject, the résumé and the key words, while the letter's opening "Le
    /// Ministre … à Mesdames et Messieurs les Préfets" already made a first block. The word of
    /// the block where it starts.
    func destinatairesBlock(after end: Int) -> Int? {
        var i = end
        while i + 1 < blockWords {
            defer { i += 1 }
            guard w[i] == "destinataires", tt.tokens[tok[i]].newlinesBefore > 0 else { continue }
            var k = i + 1
            if w[k] == ":" { k += 1 }
            guard k < w.count, tt.tokens[tok[k]].newlinesBefore > 0 else { continue }
            if cue(at: k) != nil || civility(at: k) != nil { return k }
        }
        return nil
    }

    /// The block from word `start`: its items, whether a letter opened it, the word after it.
    func block(from start: Int) -> (items: [HeaderScan.Item], opening: Bool, end: Int) {
        var items: [HeaderScan.Item] = []
        var events: [Event] = []
        var i = start
        var misses = 0
        // The first item of the last civility's titles.
        var segmentStart = 0
        // The word index of the last civility that opened titles.
        var segmentCivility: Int? = nil
        // Whether titles run on in lines, a civility opening mid-line after a comma (one
        // paragraph, wrapped), and whether the last civility follows such a comma.
        var paragraph = false, segmentWrapped = false
        // The number of titles when the last bracketed tag was read.
        var lastBracketTag: Int? = nil
        var opening = start > 0 && (w[start - 1] == "a" || w[start - 1] == ":") || toBeforeDateline(start) != nil
        // The events of bare cues alone on their line ("Pour mise en œuvre"), see `trailingLabels`.
        var bareLines: [Int] = []
        while i < w.count {
            if terminator(at: i) != nil { break }
            if let c = cue(at: i) {
                if bareCueLine(c.len, at: i) { bareLines.append(events.count) }
                // After an earlier bracketed tag, a bracketed tag covers every title since
                // it ("A (pour attribution) ; B ; C (pour information)"), not the titles that
                // tag already set in the same civility's list ("préfets de région, directions
                // régionales de l'environnement (pour attribution), directions régionales de
                // l'industrie (pour information)": services of the préfet, each with its tag).
                let since = lastBracketTag ?? segmentStart
                var e = cueEvent(c, at: i, items: items.count, segmentStart: segmentWrapped ? segmentStart : since, wrapped: segmentWrapped)
                if case .cue(let r, true, nil) = e, let civ = segmentCivility, endsTitleLine(at: i, civility: civ, firstItem: segmentStart) {
                    e = .cue(role: r, tag: true, after: segmentStart..<items.count)
                }
                if case .cue(_, _, .some) = e { lastBracketTag = items.count }
                events.append(e)
                i += c.len
                if i < w.count, w[i] == ")" || w[i] == "]" || w[i] == ":" { i += 1 }
                if linkedCue(at: i) { i += 1 }
                continue
            }
            // "je compte sur votre concours et sur celui de MM. les maires": past the block's
            // first civility, one a preposition governs is a complement of the prose.
            // ("à l'attention de Mesdames et Messieurs …" is a cue: its "de" governs none.)
            // ("Pour information de Monsieur le ministre …": the "de" closes a cue, no prose.)
            if i > start, Self.governingPrepositions.contains(w[i - 1]), i < 2 || w[i - 2] != "attention",
               !(max(start, i - 4)..<(i - 1)).contains(where: { k in cue(at: k).map { k + $0.len == i - 1 } ?? false }),
               civility(at: i) != nil { break }
            if let cl = civility(at: i) {
                let afterCue: Bool = { if case .cue(_, false, nil) = events.last { return true } else { return false } }()
                let (found, segEnd, endsInProse) = titlesUnderCivility(at: i, length: cl, afterCue: afterCue)
                if found.isEmpty {
                    misses += 1
                    if segEnd - i > 20 || misses > 2 { break }
                } else {
                    segmentStart = items.count
                    segmentCivility = i
                    let afterComma = i > 0 && w[i - 1] == ","
                    if afterComma && tt.tokens[tok[i]].newlinesBefore == 0 { paragraph = true }
                    segmentWrapped = afterComma && paragraph
                    for (id, r) in found { items.append(HeaderScan.Item(id: id, role: .to, range: r)); events.append(.item(items.count - 1)) }
                    opening = true
                }
                if endsInProse { break }
                i = segEnd
                continue
            }
            // Titles without civility after a cue: "Pour attribution : préfets de région - préfets de département".
            let cued = events.contains { if case .cue = $0 { return true } else { return false } }
            if cued, let id = acronymTitle(at: i) {
                items.append(HeaderScan.Item(id: id, role: .to, range: scalarRange(i, i + 1)))
                events.append(.item(items.count - 1))
                opening = true
                i += 1
                continue
            }
            // "… les recteurs d'académie ; aux inspecteurs d'académie… ; aux chefs
            // d'établissement": after a first title, a list mark and "aux"/"au" open another.
            let listed = !items.isEmpty && i >= 2 && (w[i - 1] == "aux" || w[i - 1] == "au") && (w[i - 2] == ";" || w[i - 2] == ",")
                || items.isEmpty && i == start + 1 && senderAux(start)
            // ("Premiers présidents de cour d'appel": a bulletin's cued title may open on its rank.)
            if cued || listed, isRoleHead(i) || vocab.rankWords.contains(c[i]) && i + 1 < w.count && isRoleHead(i + 1) {
                let e = proseStart(from: i + 1, before: nextMark(from: i + 1))
                let found = joinedTitles(i, e, sender: items.isEmpty && i == start + 1 && senderAux(start))
                if !found.isEmpty {
                    for (id, r) in found { items.append(HeaderScan.Item(id: id, role: .to, range: r)); events.append(.item(items.count - 1)) }
                    opening = true
                    i = e
                    continue
                }
            }
            if [",", ";", "-", "–", "—", "(", ")", "et", "a", "aux", "/", "."].contains(w[i]) || i == start && w[i] == "au" || tt.tokens[tok[i]].kind == .number || tt.tokens[tok[i]].kind == .ordinal { i += 1; continue }
            // A list item that names no title, a service under its préfet: the block goes on.
            if !items.isEmpty, let e = serviceItemEnd(at: i) { i = e; continue }
            // A line of the block that names no title (a service under a préfet, a
            // geographic scope): skip a short one, stop at prose.
            let e = nextMark(from: i + 1)
            if e - i > 14 || items.isEmpty { break }
            i = e
        }
        return (assignRoles(items, trailingLabels(events, bareLines)), opening && !items.isEmpty, i)
    }

    /// The word after a list item of the block that names no title — a service listed under
    /// its préfet, however long its name ("Préfets de région⏎- Direction régionale de
    /// l'environnement, de l'aménagement et du logement (DREAL)⏎…⏎Préfets de département",
    /// or flattened: "… les préfets de région ; direction régionale de l'environnement, de
    /// l'aménagement et du logement (DREAL) ; à Mesdames et Messieurs les préfets de
    /// département ; …"). The item opens on a service's head (`serviceHeads`) after a line's
    /// bullet or a semicolon and ends at the next semicolon or line end; nil where it runs on
    /// as prose (a verb, a civility, a cue or a field inside, or more than `serviceItemReach`
    /// words), so that the block stops there as before.
    func serviceItemEnd(at i: Int) -> Int? {
        guard i > 0, vocab.serviceHeads.contains(c[i]) else { return nil }
        let bullet = w[i - 1].count == 1 && ListBullet.isBullet(w[i - 1].first!) && tt.tokens[tok[i - 1]].newlinesBefore >= 1
        guard bullet || w[i - 1] == ";" else { return nil }
        var k = i + 1
        while k < w.count, w[k] != ";", tt.tokens[tok[k]].newlinesBefore == 0 {
            if k - i > Self.serviceItemReach || civility(at: k) != nil || cue(at: k) != nil || terminator(at: k) != nil { return nil }
            k += 1
        }
        return subjectVerb(from: i, before: k) == nil ? k : nil
    }

    /// The most words of a service's name in an addressee list (the longest, "direction
    /// régionale et interdépartementale de l'environnement, de l'aménagement et des
    /// transports (DRIEAT)", has about 20 with its elisions and brackets).
    static let serviceItemReach = 26

    /// The titles of words [a, b) that a list item without civility names, cut at each "et"
    /// before a second role head (`joinsTitles`): "aux présidentes et présidents d'université
    /// et directrices et directeurs d'établissement d'enseignement supérieur" (a bulletin's
    /// "Texte adressé aux …; aux …") is two offices, as under a civility.
    func joinedTitles(_ a: Int, _ b: Int, sender: Bool = false) -> [(String, Range<Int>)] {
        var cuts = [a]
        // ("Le ministre des finances aux trésoriers-payeurs généraux et aux receveurs des
        // finances": after a sender's "aux" (`senderAux`), the second title after its
        // determiner, which `joinsTitles` reads past. A cued list in prose — "… avec copie aux
        // préfets et aux directeurs concernés" — keeps to its first.)
        for k in a + 1..<max(a + 1, b) where joinsTitles(k) { cuts.append(sender && k + 2 < b && vocab.determiners.contains(c[k + 1]) ? k + 2 : k + 1) }
        var found: [(String, Range<Int>)] = []
        for (n, s) in cuts.enumerated() {
            let t = n + 1 < cuts.count ? cuts[n + 1] - 1 : b
            guard t > s, let id = title(s, t) else { continue }
            found.append((id, scalarRange(s, titleEnd(s, t))))
        }
        return found
    }

    /// Whether the tag at `i`, set off by a dash, closes the line its civility opened below
    /// earlier titles ("…⏎Monsieur le préfet de police⏎Messieurs les représentants de l'État
    /// … - POUR INFORMATION -"): the dashes enclose it as brackets would, so it qualifies the
    /// titles of its own line, not those of the lines above. A bare tag at a line's end keeps
    /// the list's reading (it tags every title since the last tag, see `assignRoles`), and so
    /// does a flattened block, its civility mid-line.
    func endsTitleLine(at i: Int, civility civ: Int, firstItem: Int) -> Bool {
        guard firstItem > 0, civ < i - 1, tt.tokens[tok[civ]].newlinesBefore >= 1,
              ["-", "–", "—"].contains(w[i - 1]) else { return false }
        return !((civ + 1)...i).contains { tt.tokens[tok[$0]].newlinesBefore >= 1 }
    }

    /// Whether the cue at `i` stands alone on its line, with neither colon nor parenthesis.
    func bareCueLine(_ len: Int, at i: Int) -> Bool {
        let close = i + len
        guard tt.tokens[tok[i]].newlinesBefore >= 1, i == 0 || w[i - 1] != "(" && w[i - 1] != "[" else { return false }
        return close >= w.count || tt.tokens[tok[close]].newlinesBefore >= 1
    }

    /// A column of labels copied under their titles ("Mesdames et Messieurs les directeurs
    /// généraux des ARS⏎Pour mise en œuvre⏎Mesdames et Messieurs les préfets⏎Pour
    /// information", the right-hand column of a health ministry's table read line by line): a
    /// bare label line that closes the block, no title after it, labels the titles above it,
    /// and so does every bare label line of that block. A label that heads titles below it
    /// is followed by them, so its block does not end on it.
    func trailingLabels(_ events: [Event], _ bareLines: [Int]) -> [Event] {
        guard let last = bareLines.last, last == events.count - 1,
              events.dropLast().contains(where: { if case .item = $0 { return true } else { return false } }) else { return events }
        var out = events
        for k in bareLines {
            if case .cue(let role, false, nil) = out[k] { out[k] = .cue(role: role, tag: true, after: nil) }
        }
        return out
    }

    /// The event a cue makes. "Pour information :" with its colon, or alone on its line,
    /// heads the titles that follow even after a first list; a tag that ends a title's line
    /// ("… les présidents des tribunaux Pour information") sets that title's. "(pour
    /// information)" alone on its line tags every title since the last tag; at the end of a
    /// title's line, the titles of that line ("les premiers présidents … et les présidents …
    /// (pour information)").
    /// `wrapped`: the last civility follows a comma in titles that run on in lines (one
    /// opened mid-line after a comma), one addressee paragraph `pdftotext -layout` wraps at
    /// the page width ("…, Madame la sous-préfète de
    /// Calais⏎(pour information)"): there the line break is the wrap's, not the list's, and the
    /// tag closes that civility's titles only.
    func cueEvent(_ c: (len: Int, role: AddresseeRole, tag: Bool), at i: Int, items: Int, segmentStart: Int, wrapped: Bool = false) -> Event {
        let paren = i > 0 && (w[i - 1] == "(" || w[i - 1] == "[")
        let colon = i + c.len < w.count && w[i + c.len] == ":"
        let ownLine = tt.tokens[tok[i]].newlinesBefore >= 1 && (i + c.len >= w.count || tt.tokens[tok[i + c.len]].newlinesBefore >= 1)
        let close = i + c.len
        // "(pour information : MM. les Sous-Préfets)" opening its line heads the titles it
        // encloses, as the cue without parenthesis would; it tags none before it. So does a
        // leading cue whose titles follow it inside the parenthesis, wherever it stands ("à
        // Messieurs les Préfets (en communication à MM. les Sous-Préfets)").
        // "Pour information de Monsieur le ministre de l'intérieur": the cue linked to the
        // title after it by "de" heads that title, wherever it stands (a flattened block runs
        // it on after the list's last title, which it does not tag).
        let linked = linkedCue(at: close)
        let parenHeads = paren && (colon && tt.tokens[tok[i - 1]].newlinesBefore >= 1 || !c.tag && close < w.count && civility(at: close) != nil || linked)
        let heads = parenHeads || !paren && (colon || ownLine && items > 0 || linked)
        let parenLine = paren && tt.tokens[tok[i - 1]].newlinesBefore >= 1
            && (close + 1 >= w.count || tt.tokens[tok[close + 1]].newlinesBefore >= 1)
        let after: Range<Int>? = paren && !parenHeads && (!parenLine || wrapped) && items > 0 ? segmentStart..<items : nil
        return .cue(role: c.role, tag: (c.tag || paren) && !heads, after: after)
    }

    /// Whether word i is the "de" that links a cue to the civility after it ("Pour
    /// information de Monsieur le ministre…").
    func linkedCue(at i: Int) -> Bool {
        i + 1 < w.count && w[i] == "de" && civility(at: i + 1) != nil
    }

    /// The titles a civility at `i` opens, up to the next mark: parts cut at commas and at
    /// "et" before a second head; the end of the segment; whether prose follows the title
    /// (a long last part, not a list of services), which ends the block.
    /// `afterCue`: a cue that heads titles ("Pour information de") stands right before the
    /// civility, so its title is the block's even when the letter's prose runs on after it.
    func titlesUnderCivility(at i: Int, length cl: Int, afterCue: Bool = false) -> (found: [(String, Range<Int>)], end: Int, endsInProse: Bool) {
        var segEnd = nextMark(from: i + cl)
        if let v = subjectVerb(from: i + cl, before: segEnd) { return ([], v, true) }
        // "… Mesdames et Messieurs les secrétaires d'État. La simplification est…": a flattened
        // block's last title closed by a full stop, the letter's prose after it.
        let stop = (i + cl..<segEnd).first { w[$0] == "." && tt.tokens[tok[$0]].kind == .punct }
        var closed = stop.map { $0 - i - cl <= 16 && segEnd - $0 > 8 && !titleAfterStop($0) } ?? false
        if closed, let stop { segEnd = stop }
        // "… les ministres et secrétaires d'État Le Gouvernement a engagé …": closed by no
        // full stop, the prose opening on a capitalised article.
        if !closed, let art = (i + cl + 1..<max(i + cl + 1, min(segEnd, i + cl + 17))).first(where: opensSentence), segEnd - art > 8 {
            segEnd = art
            closed = true
        }
        // A Justice title runs longer ("… procureurs généraux près les cours d'appel et
        // procureurs de la République près les tribunaux supérieurs d'appel. Lors d'une
        // réunion …"): further on, the stop closes it when a capitalised word that is no
        // civility opens the next sentence.
        if !closed, let stop, stop - i - cl <= Self.longTitleReach, segEnd - stop > 8, sentenceAfterStop(stop), !titleAfterStop(stop) {
            segEnd = stop
            closed = true
        }
        // "… Monsieur le directeur général de l'Agence … des migrations CIRCULAIRE
        // INTERMINISTERIELLE N° …": a flattened header's last title runs into the text's own
        // heading, which closes it as a line's end would (the words after are no title's).
        if !closed, let field = (i + cl + 2..<max(i + cl + 2, segEnd)).first(where: { opensNextField($0) && !mixedCase($0) }), segEnd - field > 8 {
            segEnd = field
            closed = true
        }
        let parts = commaParts(i + cl, segEnd)
        var found: [(String, Range<Int>)] = []
        var firstWords = 0
        for (k, (pa, pb)) in parts.enumerated() {
            if k == 0 { firstWords = pb < segEnd && w[pb] == "," ? pb - pa : 99 }
            guard var id = title(pa, pb) else { continue }
            if k + 1 < parts.count, let shared = sharedByBareHead(pa, pb, next: parts[k + 1]) { id = shared }
            found.append((id, scalarRange(k > 0 && w[pa - 1] == "et" ? pa : i, titleEnd(pa, pb))))
            // "directeurs régionaux de l'administration pénitentiaire et de la
            // protection judiciaire de la jeunesse": two services, one head; "préfets de
            // région et de département": two lexicon titles (`distributed` leaves a lexicon
            // title that holds the "et" whole).
            if let (first, second) = distributed(pa, pb), first != second {
                found[found.count - 1].0 = first
                found.append((second, scalarRange(i, titleEnd(pa, pb))))
            }
        }
        // "Monsieur le préfet, secrétaire général du ministère…", "Monsieur le général
        // d'armée, directeur général…": a short first part is a rank in apposition;
        // the title after the comma is the role.
        // But an office the lexicon names in words is no rank: "Monsieur le préfet de police,
        // préfet de la zone de défense et de sécurité de Paris" is the préfet de police.
        // A part that repeats the list's preposition ("…, au préfet de police") is another
        // addressee, never an apposition.
        let listed = parts.dropFirst().contains { $0.0 > 0 && (w[$0.0 - 1] == "au" || w[$0.0 - 1] == "aux") } || repeatedPluralHead(parts)
        if listed {
        } else if found.count >= 2, firstWords <= 3, firstWords >= 2, let (pa, pb) = parts.first,
           let m = vocab.lexiconMatch(c[pa..<pb].map(vocab.singularHead)), m.count == pb - pa {
            found = [found[0]]
        } else if found.count >= 2, firstWords <= 3 {
            found = [apposedTitle(parts, firstWords: firstWords).map { ($0, found[0].1.lowerBound..<found[1].1.upperBound) } ?? found[1]]
} else if found.count >= 2, secondOffice(parts) {
            found = [found[0]]
        }
        // In prose ("Monsieur le Ministre de l'Intérieur désire que …") only a title the
        // lexicon knows is an addressee; a slug would be built from the sentence. (Measured
        // from the last comma: a complement listed with commas is no sentence.)
        let prose = parts.last.map { p in segEnd - i > 24 && p.1 - ((p.0..<p.1).last { w[$0] == "," }.map { $0 + 1 } ?? p.0) > 16 } ?? false
        if prose && !afterCue { found = found.filter { vocab.lexiconIDs.contains($0.0) } }
        return (found, segEnd, prose || closed)
    }

    /// The most words from a civility to the full stop that closes its long title.
    static let longTitleReach = 28

    /// "MM. les Gouverneurs généraux, Gouverneurs des colonies": the first two parts open on
    /// the same head in the plural — a list of offices, where an apposition ("Monsieur le
    /// préfet, secrétaire général …", "MM. les préfets, commissaires de la République")
    /// names a second head.
    func repeatedPluralHead(_ parts: [(Int, Int)]) -> Bool {
        guard parts.count >= 2 else { return false }
        let a = parts[0].0, b = parts[1].0
        return c[a] == c[b] && isPluralWord(c[a]) && isRoleHead(a)
    }

    /// Whether the full stop at k separates two titles of a flattened or OCR'd block ("…
    /// Gouverneurs des colonies. Commissaires de la République et …"): a role head in the
    /// plural follows it, no civility, and no verb on its line closes a sentence of prose.
    func titleAfterStop(_ k: Int) -> Bool {
        guard k + 1 < w.count, civility(at: k + 1) == nil, isRoleHead(k + 1), isPluralWord(c[k + 1]) else { return false }
        return subjectVerb(from: k + 1, before: min(w.count, k + 12)) == nil
    }

    /// Whether the word after the full stop at `k` opens a sentence: capitalised, mixed case,
    /// no civility (a flattened block may separate its titles with full stops).
    func sentenceAfterStop(_ k: Int) -> Bool {
        guard k + 1 < w.count, civility(at: k + 1) == nil, cue(at: k + 1) == nil else { return false }
        let raw = tt.string(tt.tokens[tok[k + 1]])
        return raw.first?.isUppercase == true && raw.dropFirst().contains(where: \.isLowercase)
    }

    /// "Monsieur le préfet de la région Île-de-France, préfet de Paris": one person's two offices
    /// in apposition, the same singular head opening both parts; the first-named office is the
    /// addressee, as the first-named authority is the emitter. A plural head is a list of
    /// offices held by different people ("les préfets de région, préfets de département").
    func secondOffice(_ parts: [(Int, Int)]) -> Bool {
        guard parts.count >= 2 else { return false }
        let (a0, b0) = parts[0], (a1, b1) = parts[1]
        guard b0 - a0 >= 2, b1 - a1 >= 2, c[a0] == c[a1], isRoleHead(a0), singularMasculine(c[a0]) == (vocab.masculine[c[a0]] ?? c[a0]) else { return false }
        return true
    }

    /// A capitalised article in mixed-case words, not after a preposition: "… secrétaires
    /// d'État Le Gouvernement a …" opens a sentence ("préfet de La Réunion" names a place).
    /// So does another capitalised sentence opener (`sentenceOpeners`: "… préfets de
    /// département Je vous demande", "… Nous avons décidé"), and a kind word that heads the text's own title ("…
    /// présidents des conseils départementaux Circulaire relative à …"): a flattened copy
    /// runs the block's last title into them.
    func opensSentence(_ k: Int) -> Bool {
        guard k > 0, !vocab.titlePrepositions.contains(c[k - 1]) else { return false }
        let raw = tt.string(tt.tokens[tok[k]])
        guard raw.first?.isUppercase == true else { return false }
        if ["le", "la", "les", "l'"].contains(w[k]) { return raw.dropFirst().contains(where: \.isLowercase) }
        let mixedCase = raw.dropFirst().first.map { $0.isLowercase || $0 == "'" || $0 == "’" } ?? true
        guard mixedCase else { return false }
        return vocab.sentenceOpeners.contains(w[k]) || vocab.titleKinds.contains(c[k])
    }

    /// "Monsieur le préfet de police et les préfets de département ont reçu mardi une
    /// instruction …": a press item's sentence whose subject is the civility's titles, told
    /// from an addressee block by a finite verb on the titles' line before any comma (a
    /// salutation, "Monsieur le Préfet, le décret … a déterminé", has its comma first). The
    /// verb "a" (never "à") counts after a clitic: "Monsieur le préfet de police en a reçu".
    func subjectVerb(from a: Int, before b: Int) -> Int? {
        let end = min(b, a + 16)
        let lower = { (k: Int) in self.tt.string(self.tt.tokens[self.tok[k]]).first?.isLowercase == true }
        var k = a
        while k < end, w[k] != ",", k == a || tt.tokens[tok[k]].newlinesBefore == 0 {
            // "… les préfets de département Je vous demande": the letter's prose has begun;
            // its verb is not the titles'.
            if k > a, opensSentence(k) { return nil }
            if vocab.subjectVerbs.contains(w[k]), lower(k) { return k }
            if vocab.subjectClitics.contains(w[k]), lower(k), k + 1 < end,
               vocab.subjectVerbs.contains(w[k + 1]) || tt.string(tt.tokens[tok[k + 1]]) == "a" { return k }
            k += 1
        }
        return nil
    }

    /// A lexicon title written across the apposition's comma: "INSPECTEURS D'ACADÉMIE,
    /// DIRECTEURS DES SERVICES DÉPARTEMENTAUX DE L'ÉDUCATION NATIONALE" is one office, the
    /// first part no rank.
    func apposedTitle(_ parts: [(Int, Int)], firstWords: Int) -> String? {
        guard parts.count >= 2 else { return nil }
        let (a, _) = parts[0], (_, b) = parts[1]
        let words = c[a..<b].filter { $0 != "," }.map(vocab.singularHead)
        guard let m = vocab.lexiconMatch(words), m.start < firstWords, m.start + m.count > firstWords else { return nil }
        return m.value
    }

    /// The next civility, cue, terminator or separator that opens a new title.
    func nextMark(from a: Int) -> Int {
        var i = a
        while i < w.count {
            if civility(at: i) != nil || cue(at: i) != nil || terminator(at: i) != nil { return i }
            if i > a, datelineAt(i) { return i }
            // A blank line ends the block's line: the letter's first paragraph is no title.
            if i > a, tt.tokens[tok[i]].newlinesBefore >= 2, !blankLineGoesOn(i) { return i }
            if w[i] == "(" || w[i] == "[", i + 1 < w.count, cue(at: i + 1) != nil { return i }
            if w[i] == ";" || w[i] == "-" && i > a && tt.tokens[tok[i]].start > tt.tokens[tok[i - 1]].end && !dashInsideTitle(i, from: a) { return i + 1 }
            i += 1
        }
        return i
    }

    /// Whether the spaced dash at i joins the two halves of one office the lexicon names:
    /// "inspecteurs d'académie - directeurs académiques des services de l'éducation
    /// nationale" (a list's dash between two offices joins nothing the lexicon knows).
    func dashInsideTitle(_ i: Int, from a: Int) -> Bool {
        guard i + 1 < w.count, i - a <= 8, isRoleHead(i + 1) else { return false }
        let before = undoubled(a..<i), after = undoubled((i + 1)..<min(w.count, i + 14))
        guard let m = vocab.lexiconMatch(before + after) else { return false }
        return m.start < before.count && m.start + m.count > before.count
    }

    /// Words of the range in the singular, each doublet's second member and its "et" left out
    /// ("inspecteurs et inspectrices d'académie" → "inspecteur d'academie").
    func undoubled(_ r: Range<Int>) -> [String] {
        var out: [String] = []
        var k = r.lowerBound
        while k < r.upperBound {
            if c[k] == "et", isDoublet(k) { k += 2; continue }
            out.append(vocab.singularHead(c[k]))
            k += 1
        }
        return out
    }

    /// The second title of "HEAD de A et de B" when the head is shared: HEAD de B ("préfets de
    /// région et de département"). Not inside a lexicon title that holds the "et" (the
    /// lexicon's "préfet de zone de défense et de sécurité", "directeur général de la sécurité
    /// civile et de la gestion des crises" are one office each).
    func distributed(_ a: Int, _ b: Int) -> (String, String)? {
        let end = min(b, a + 20)
        guard let prep = (a..<end).first(where: { ["de", "du", "des", "d'"].contains(c[$0]) }) else { return nil }
        if let pair = sharedComplement(a, prep, end) { return pair }
        guard let et = (prep + 1..<end).first(where: { c[$0] == "et" }), et + 1 < end,
              // "de l'économie, de l'emploi, du travail et des solidarités": one listed complement.
              !(prep..<et).contains(where: { w[$0] == "," }),
              // "des services pénitentiaires d'insertion et de probation": the "et" joins the
              // complements of a nested noun (one service), not the head's.
              !(prep + 1..<et).contains(where: { ["de", "du", "des", "d'"].contains(c[$0]) }),
              ["de", "du", "des", "d'"].contains(c[et + 1]) else { return nil }
        // "Monsieur le directeur de l'ordre public et de la circulation": a head in the
        // singular is one person, so one office however many complements it takes.
        if let h = (a..<prep).first(where: { isRoleHead($0) }), !isPluralWord(w[h]) { return nil }
        var stop = et + 1
        while stop < end, !["(", ";", ",", ":", "["].contains(w[stop]), civility(at: stop) == nil, terminator(at: stop) == nil { stop += 1 }
        if let m = vocab.lexiconMatch(c[a..<stop].map(vocab.singularHead)), m.start + m.count > et - a { return nil }
        guard let first = vocab.title(Array(c[a..<et])), let second = vocab.title(Array(c[a..<prep]) + Array(c[(et + 1)..<stop])) else { return nil }
        return (first, second)
    }

    /// "les inspecteurs et contrôleurs du travail": a bare head joined by "et" to a second
    /// head that takes a complement shares that complement — the inspecteur du travail and the
    /// contrôleur du travail. Not where the bare head is an office of its own ("préfets et
    /// directeurs de la sécurité publique": the préfets), nor where the second title is one
    /// the lexicon fixes to its head ("présidents et procureurs de la République": the
    /// complement is the procureur's alone). The first title, shared, or nil.
    func sharedByBareHead(_ pa: Int, _ pb: Int, next: (Int, Int)) -> String? {
        let (na, nb) = next
        guard pb - pa == 1, pb < w.count, w[pb] == "et", na == pb + 1, nb - na >= 3, isRoleHead(pa), isRoleHead(na),
              ["de", "du", "des", "d'"].contains(c[na + 1]),
              let own = vocab.title([c[pa]]), !vocab.lexiconIDs.contains(own),
              let second = title(na, nb), !vocab.lexiconIDs.contains(second),
              let shared = vocab.title([c[pa]] + Array(c[(na + 1)..<titleEnd(na, nb)])), shared != own else { return nil }
        return shared
    }

    /// The two titles of "HEAD ADJ1 et ADJ2 de X", two adjectives sharing one head and one
    /// complement: "directeurs régionaux et départementaux des finances publiques" names the
    /// directeur régional and the directeur départemental des finances publiques. The "et"
    /// stands after the head's adjective and before the complement's first preposition, and
    /// no role head follows it (that is two titles joined, `joinsTitles`), nor the same word
    /// (a doublet).
    func sharedComplement(_ a: Int, _ prep: Int, _ end: Int) -> (String, String)? {
        guard prep >= a + 4, let et = (a + 2..<prep).first(where: { c[$0] == "et" }), et + 2 == prep, !joinsTitles(et), !isDoublet(et),
              let h = (a..<et - 1).first(where: { isRoleHead($0) }), h == et - 2 || h == a,
              // ("Madame la directrice régionale et interdépartementale de …": one person, one office.)
              isPluralWord(w[h]) else { return nil }
        var stop = prep
        while stop < end, !["(", ";", ",", ":", "["].contains(w[stop]), civility(at: stop) == nil, terminator(at: stop) == nil { stop += 1 }
        if let m = vocab.lexiconMatch(c[a..<stop].map(vocab.singularHead)), m.start <= et - a, m.start + m.count > et - a { return nil }
        guard let first = vocab.title(Array(c[a..<et]) + Array(c[prep..<stop])),
              let second = vocab.title(Array(c[a...h]) + [c[et + 1]] + Array(c[prep..<stop])) else { return nil }
        return (first, second)
    }

    /// An office's acronym standing as an item of a list ("Copie : DGPN – DGGN – DGEF",
    /// "EN COPIE : PP - DGPN"): written in capitals, and closed by a separator, a line end or
    /// the end of the window, so that an acronym opening prose ("DGPN : le service…") or a
    /// phrase ("PP de Paris") is no item.
    func acronymTitle(at i: Int) -> String? {
        guard let id = vocab.acronyms[tt.string(tt.tokens[tok[i]])] else { return nil }
        guard i + 1 < w.count else { return id }
        let next = w[i + 1]
        if tt.tokens[tok[i + 1]].newlinesBefore > 0 || [",", ";", "-", "–", "—", "/", ".", "et"].contains(next) { return id }
        // The list's last acronym in a flattened header: the next field, block or dateline
        // follows on the same line ("Copie : DGPN – DGGN – DGEF NOR : …", "… DGSCGC Paris, le 4
        // juillet 2016").
        if terminator(at: i + 1) != nil || civility(at: i + 1) != nil { return id }
        if i + 4 < w.count, w[i + 2] == ",", w[i + 3] == "le", tt.tokens[tok[i + 4]].kind == .date { return id }
        return nil
    }

    /// Where the words of a title end: at a parenthesis, a blank line or a stop word.
    func titleEnd(_ a: Int, _ b: Int) -> Int {
        var k = a
        while k < min(b, a + 12) {
            if k > a && (w[k] == "(" || w[k] == "[" || w[k] == ";" || tt.tokens[tok[k]].newlinesBefore >= 2 && !blankLineGoesOn(k) || joinsTitles(k) || w[k] != "et" && stopsTitle(k)) { break }
            // (The letter's prose on the next line, as `title` reads it: "… PRÉFETS⏎Je vous prie".)
            if k > a, tt.tokens[tok[k]].newlinesBefore > 0, opensSentence(k) { break }
            k += 1
        }
        return max(k, a + 1)
    }

    /// "les directeurs généraux des agences⏎⏎régionales de santé": a web copy that makes each
    /// line of the PDF a paragraph breaks a title at a blank line. A word in lower case right
    /// after a word goes on with it: a paragraph, a field or a civility opens on a capital,
    /// and a cue's word ("en communication à", "pour information") is no continuation.
    func blankLineGoesOn(_ i: Int) -> Bool {
        guard i > 0, tt.tokens[tok[i - 1]].kind == .word, tt.tokens[tok[i]].kind == .word,
              tt.string(tt.tokens[tok[i]]).first?.isLowercase == true else { return false }
        // "… à caractère administratif⏎⏎o L'article 65-2 …": a lone letter after the blank
        // line is a web copy's bullet (a symbol font's "o"), which opens a paragraph; a
        // wrapped title goes on with a word ("à" alone may link its complement).
        if tt.tokens[tok[i]].length == 1, c[i] != "a" { return false }
        return !vocab.firstWords.contains(c[i]) && !vocab.stopWords.contains(c[i]) && cue(at: i) == nil
    }

    /// Whether the stop word at i ends a title: "à", "au", "aux" do only before a civility, a
    /// capital or a word that opens no complement ("à l'attention de", "à tous les").
    func stopsTitle(_ i: Int) -> Bool {
        let x = c[i]
        guard vocab.stopWords.contains(x), !vocab.insideTitle(c, i) else { return false }
        guard vocab.complementStops.contains(x) else { return true }
        var j = i + 1
        if j < w.count, vocab.titleLinks.contains(c[j]), c[j] != "et" { j += 1 }
        // "pour le préfet", "aux préfets": another office, not a complement.
        guard j < w.count, civility(at: j) == nil, !isRoleHead(j), !vocab.stopWords.contains(c[j]), !vocab.notComplements.contains(c[j]),
              let f = tt.string(tt.tokens[tok[j]]).first, f.isLetter, f.isLowercase else { return true }
        return false
    }

    /// Words [a, b) cut at commas: "préfet, secrétaire général…" → two parts. A part that
    /// opens on "au"/"aux" before a role head ("…, au préfet de police, aux directeurs…")
    /// starts at the head: the list repeats its preposition.
    func commaParts(_ a: Int, _ b: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var s = a
        let add = { (x: Int, y: Int) in
            let prep = y - x >= 2 && (self.w[x] == "au" || self.w[x] == "aux") && self.isRoleHead(x + 1)
            out.append((prep ? x + 1 : x, y))
        }
        for i in a..<b where w[i] == "," && !continuesComplement(i, from: s, before: b) || joinsTitles(i) || w[i] == "." && titleAfterStop(i) {
            if i > s { add(s, i) }
            s = i + 1
        }
        if b > s { add(s, b) }
        return out
    }

    /// Whether the comma at i goes on with the complement of a title begun at s: "directeurs
    /// régionaux de l'économie, de l'emploi, du travail et des solidarités", "délégués
    /// académiques à la jeunesse, à l'engagement et aux sports" — a preposition follows and
    /// the complement has begun, and no role head follows the preposition ("préfet de police,
    /// préfet de la zone…" is two offices).
    func continuesComplement(_ i: Int, from s: Int, before b: Int) -> Bool {
        guard i + 2 < b, vocab.complementOpeners.contains(c[i + 1]),
              (s..<i).contains(where: { vocab.complementOpeners.contains(c[$0]) }) else { return false }
        var h = i + 2
        if vocab.titleLinks.contains(c[h]), h + 1 < b { h += 1 }
        return !isRoleHead(h) && civility(at: h) == nil
    }

    /// "sous-préfets et maires": "et" before a second role head joins two titles — but not
    /// in a doublet ("rectrices et recteurs", "directrices et directeurs"): one title.
    /// "procureurs généraux et les procureurs de la République", "premiers présidents et les
    /// présidents": a determiner may stand between "et" and the second head.
    func joinsTitles(_ i: Int) -> Bool {
        guard w[i] == "et", i + 1 < w.count else { return false }
        var h = i + 1
        if vocab.determiners.contains(c[h]) && h + 1 < w.count { h += 1 }
        if vocab.rankWords.contains(c[h]) && h + 1 < w.count { h += 1 }
        // (A plural the lexicon does not list, "représentants", by its plain -s.)
        guard vocab.roleHeads.contains(singularMasculine(c[h])) else { return false }
        return h > i + 1 || !isDoublet(i)
    }

    /// Whether word k heads a title: "préfets", "recteurs", or the first of a doublet
    /// ("rectrices et recteurs", whose masculine follows).
    func isRoleHead(_ k: Int) -> Bool {
        let x = k + 2 < w.count && w[k + 1] == "et" && isDoublet(k + 1) ? c[k + 2] : c[k]
        return vocab.roleHeads.contains(singularMasculine(x))
    }

    /// "préfets", "généraux": a plural as written (the lexicon's, or the plain -s or -x).
    func isPluralWord(_ x: String) -> Bool {
        vocab.plurals[x] != nil || x.count > 3 && (x.hasSuffix("s") || x.hasSuffix("x"))
    }

    /// "inspectrices" → "inspecteur": the lexicon's plural, else the plain plural in -s.
    func singularMasculine(_ x: String) -> String {
        let y = vocab.plurals[x] ?? (x.hasSuffix("s") && x.count > 3 ? String(x.dropLast()) : x)
        return vocab.masculine[y] ?? y
    }

    /// The masculine member of a doublet, whichever order it is written in ("inspecteurs et
    /// inspectrices", "directrices et directeurs"): the lexicon's titles are masculine.
    func masculineOf(_ first: String, _ second: String) -> String {
        let y = vocab.plurals[second] ?? (second.hasSuffix("s") && second.count > 3 ? String(second.dropLast()) : second)
        return (vocab.masculine[y] ?? y) != y ? first : second
    }

    func isDoublet(_ et: Int) -> Bool {
        guard et > 0, et + 1 < w.count else { return false }
        let before = hyphenedOffices(w[et - 1])?.1 ?? w[et - 1]
        return singularMasculine(before) == singularMasculine(w[et + 1])
    }

    /// "academie-directrices" → ("academie", "directrices"): a word whose part after its last
    /// hyphen is a role head of its own.
    func hyphenedOffices(_ x: String) -> (String, String)? {
        // ("sous-préfets", "hauts-commissaires", "vice-recteur": one office.)
        guard let dash = x.lastIndex(of: "-"), dash != x.startIndex, x.index(after: dash) != x.endIndex,
              !vocab.roleHeads.contains(singularMasculine(x)), !vocab.rankWords.contains(String(x[..<dash])) else { return nil }
        let second = String(x[x.index(after: dash)...])
        return vocab.roleHeads.contains(singularMasculine(second)) ? (String(x[..<dash]), second) : nil
    }

    /// The first civility of the window that opens a title and stands where a block
    /// stands: after "à", a cue, or at the start of a line.
    func blockStart() -> Int? {
        var i = 0
        while i < blockWords {
            if reportedLetter(before: i) { i += 1; continue }
            // "Destinataires : Préfets de région ; préfets de département": a cue, then titles
            // with no civility.
            if let cu = cue(at: i) {
                var k = i + cu.len
                while k < w.count, k - i - cu.len < 2, [":", "-", "aux", "a", "au"].contains(w[k]) { k += 1 }
                if k < w.count, civility(at: k) == nil, isRoleHead(k), title(k, min(w.count, nextMark(from: k + 1))) != nil { return i }
                if k < w.count, acronymTitle(at: k) != nil { return i }
            }
            if senderAux(i) { return i }
            if let cl = civility(at: i) {
                let prev = i > 0 ? w[i - 1] : ""
                let atLine = tt.tokens[tok[i]].newlinesBefore > 0 || i == 0
                // ("à adresser à MM. les membres…": a verb of sending governs that "à" mid-line.)
                let sentTo = prev == "a" && i >= 2 && tt.tokens[tok[i - 1]].newlinesBefore == 0 && vocab.proseSendingVerbs.contains(w[i - 2])
                let afterCue = i > 0 && (prev == "a" && !sentTo || prev == ":" || prev == ")" || (0..<min(i, 4)).contains { cue(at: i - 1 - $0) != nil })
                let segEnd = min(w.count, nextMark(from: i + cl))
                // In a flattened header the block may follow the emitter with no "à": a short
                // title closed by another civility, a cue or a separator is a block all the same.
                let te = titleEnd(i + cl, segEnd)
                let listLike = te < w.count && (civility(at: te) != nil || cue(at: te) != nil || [";", "(", "["].contains(w[te]))
                // "… Paris, le 14 mars 1852. Monsieur le Préfet, le décret …": the salutation
                // after the dateline's full stop, its own line lost.
                let salutation = i >= 2 && prev == "." && tt.tokens[tok[i - 2]].kind == .date
                    && (i + cl..<min(w.count, i + cl + 5)).contains { w[$0] == "," }
                if atLine || afterCue || listLike || salutation || toBeforeDateline(i) != nil, title(i + cl, segEnd) != nil {
                    // Start at a cue just before ("Pour attribution Mesdames…"): its role counts.
                    if let k = (0..<min(i, 4)).first(where: { cue(at: i - 1 - $0) != nil }) { return i - 1 - k }
                    return i
                }
                i += cl
                continue
            }
            i += 1
        }
        return nil
    }

    /// "Le ministre de l'intérieur aux préfets", "LE GARDE DES SCEAUX, MINISTRE DE LA JUSTICE,
    /// AUX PROCUREURS GÉNÉRAUX …": the sender's title, then "aux" (or "au") and the titles
    /// with no civility — the heading the Journal officiel, a bulletin or an older letter
    /// prints. The sender opens a line ("Le"/"La" and an emitter's head) at most
    /// `senderReach` words before, with no verb, field or topic between: prose reports a
    /// letter ("Le ministre a écrit aux préfets", "… relative aux maires").
    /// A bulletin's kind line names both ("CIRCULAIRE DU MINISTRE DES FINANCES AUX PRÉFETS",
    /// "Circulaire du ministre de l'intérieur aux préfets relative à …"): "du" after a kind
    /// word that opens its line stands for the sender's article.
    func senderAux(_ i: Int) -> Bool {
        guard w[i] == "aux" || w[i] == "au", i >= 2, i + 1 < w.count, civility(at: i + 1) == nil, isRoleHead(i + 1),
              let art = (max(0, i - Self.senderReach)..<(i - 1)).last(where: { (w[$0] == "le" || w[$0] == "la" || kindLineSender($0)) && vocab.emitterHeads.contains(c[$0 + 1]) }) else { return false }
        let opener = w[art] == "du" ? art - 1 : art
        guard opener == 0 || tt.tokens[tok[opener]].newlinesBefore > 0 else { return false }
        let between = (art + 2)..<i
        if between.contains(where: { vocab.pressCues.contains(w[$0]) && !w[$0].hasPrefix("charge") && !inPortfolio($0) || HeaderScanner.auxiliaries.contains(w[$0]) || vocab.topicWords.contains(w[$0]) || vocab.senderProseWords.contains(w[$0]) || [".", ":", ";", "("].contains(w[$0]) }) { return false }
        // The titles end their line: a sentence goes on ("… se joint aux préfets pour saluer …").
        var e = i + 1
        while e < w.count, e - i <= Self.senderReach, tt.tokens[tok[e]].newlinesBefore == 0 || e == i + 1, w[e] != ".", w[e] != ":" {
            if vocab.senderProseWords.contains(w[e]) { return false }
            e += 1
        }
        return title(i + 1, min(w.count, nextMark(from: i + 2))) != nil
    }

    /// "Le ministre de l'instruction publique, des beaux-arts et des cultes, au préfet": a
    /// word of reporting ("instruction") that a complement's preposition opens is a
    /// portfolio's noun, not the letter prose reports ("a adressé une instruction aux…").
    func inPortfolio(_ k: Int) -> Bool {
        guard k >= 1 else { return false }
        let p = (w[k - 1] == "l'" || w[k - 1] == "la") && k >= 2 ? w[k - 2] : w[k - 1]
        return ["de", "du", "des", "d'"].contains(p)
    }

    /// "Circulaire du …" at a line's start: the "du" at `k` after a kind word that opens its
    /// line, capitalised as a title is.
    func kindLineSender(_ k: Int) -> Bool {
        guard w[k] == "du", k >= 1, vocab.titleKinds.contains(w[k - 1]) else { return false }
        return tt.string(tt.tokens[tok[k - 1]]).first?.isUppercase == true
    }

    /// The most words of a sender's title before its "aux" (`senderAux`).
    static let senderReach = 24

    /// "Le Ministre de l'intérieur à Paris, le 17 février 2017 Mesdames et Messieurs les
    /// préfets": the PDF set its dateline in the right column of the sender's "à" line, and a
    /// web copy that flattens the page runs them together. The block opens after the
    /// dateline all the same, the letter's "à" before it. The word index of that "à" when the
    /// words before `i` are "à <Place>, le <date>" — one to three capitalised words of place,
    /// a date from its day's digits to its year (an OCR'd "1 7 ffV. 2017" too).
    func toBeforeDateline(_ i: Int) -> Int? {
        guard i >= 5, let le = (max(0, i - Self.datelineReach)..<i).last(where: { w[$0] == "le" }),
              le + 1 < i, le >= 3, w[le - 1] == ",",
              w[le + 1].first?.isNumber == true || tt.tokens[tok[le + 1]].kind == .date,
              w[i - 1].first?.isNumber == true || tt.tokens[tok[i - 1]].kind == .date,
              (le + 1..<i).allSatisfy({ datelineWord($0) }) else { return nil }
        // "à" at le − 1 − p: p − 1 words of place between it and the comma.
        for p in 2...4 where le - 1 - p >= 0 && w[le - 1 - p] == "a" {
            let place = (le - p)..<(le - 1)
            if place.allSatisfy({ w[$0] == "-" || tt.string(tt.tokens[tok[$0]]).first?.isUppercase == true }) { return le - 1 - p }
        }
        return nil
    }

    /// A word a dateline's date is made of, OCR damage included ("1 7 ffV. 2017"): digits,
    /// a month, a full stop, a date token, or a short word of letters.
    func datelineWord(_ j: Int) -> Bool {
        let x = w[j]
        return x.first?.isNumber == true || x == "." || months[x] != nil || tt.tokens[tok[j]].kind == .date
            || x.count <= 4 && x.allSatisfy(\.isLetter)
    }

    /// The most words of a dateline between a sender's "à" and its block (`toBeforeDateline`).
    static let datelineReach = 8

    /// "… a publié une circulaire à l'attention des préfets …", "… un courrier à Monsieur le
    /// préfet de police": a letter the prose reports (a determiner, a letter word, then the
    /// cue or "à"), not the text's own block.
    func reportedLetter(before i: Int) -> Bool {
        var k = i - 1
        if k >= 0, w[k] == "a" { k -= 1 }
        return k >= 1 && vocab.pressCues.contains(w[k]) && vocab.determiners.contains(w[k - 1])
    }

    /// Roles from the cues: a cue before the titles sets the role of those that follow; in
    /// a block that lists titles first and tags them after ("… Pour attribution …
    /// Pour information"), a tag sets the role of the titles since the previous tag; a
    /// parenthesised tag, of the title just before.
    func assignRoles(_ items: [HeaderScan.Item], _ events: [Event]) -> [HeaderScan.Item] {
        var out = items
        var firstItem: Int? = nil, firstTag: Int? = nil
        for (k, e) in events.enumerated() {
            switch e {
            case .item: if firstItem == nil { firstItem = k }
            case .cue(_, let tag, let after): if tag && after == nil && firstTag == nil { firstTag = k }
            }
        }
        let postfix = firstItem != nil && firstTag != nil && firstTag! > firstItem! &&
            !events[..<firstItem!].contains { if case .cue = $0 { return true } else { return false } }
        var role = AddresseeRole.to
        var pending: [Int] = []
        for e in events {
            switch e {
            case .item(let k):
                out[k].role = role
                pending.append(k)
            case .cue(let r, let tag, let after):
                if let a = after { for k in a { out[k].role = r }; continue }
                if postfix && tag {
                    for k in pending { out[k].role = r }
                    pending = []
                } else {
                    role = r
                    pending = []
                }
            }
        }
        // Deduplicate (id, role), first occurrence kept.
        var seen = Set<String>()
        return out.filter { seen.insert("\($0.id) \($0.role)").inserted }
    }

    // MARK: NOR and subject

    /// The document's own NOR: after the label "NOR" (or a bare 12-character NOR) in the
    /// header, read through spaces, dots, slashes and dashes ("JUSD 1402885 C",
    /// "NOR/INT/D/99/00095/C", "JUS. D. 92-30022 C"), with the OCR confusions of digits
    /// (O → 0, I/l → 1). A NOR inside a citation ("circulaire du 2 mars 2011 (NOR : …)")
    /// is the cited text's.
    func nor() -> (String, Range<Int>)? {
        for i in w.indices where w[i] == "nor" || w[i] == "n.o.r." || spacedNORLabel(at: i) || slashedNOR(at: i)
                || tt.tokens[tok[i]].length == 12 && MetadataExtractor.isNOR(tt.string(tt.tokens[tok[i]])) {
            if isCitation(at: i) { continue }
            let from = w[i] == "nor" || w[i] == "n.o.r." ? i + 1 : spacedNORLabel(at: i) ? i + 3 : i
            if let r = readNOR(from) ?? readNOR(pastLabels(from)) { return r }
        }
        return gluedNOR()
    }

    /// "N° NOR : N° CIRCULAIRE : TITRE DETAILLE : JUSD 1402885 C CRIM/…": a header table
    /// read column by column gives its labels first, then its values in their order. The
    /// word after the run of labels (up to three words in capitals, then a colon) that
    /// follows word `from`, or `from` when no label follows it.
    func pastLabels(_ from: Int) -> Int {
        var j = from < w.count && w[from] == ":" ? from + 1 : from
        var runs = 0
        while runs < 4, let colon = (j + 1..<min(w.count, j + 4)).first(where: { w[$0] == ":" }),
              (j..<colon).allSatisfy({ k in tt.string(tt.tokens[tok[k]]).allSatisfy { $0.isUppercase || $0 == "°" } }) {
            j = colon + 1
            runs += 1
        }
        return runs > 0 ? j : from
    }

    /// "Circulaire n° NORINTK1300159C": a copy that lost the space after the label glues it
    /// to the number; the twelve characters after "NOR" are the NOR (not in a citation).
    func gluedNOR() -> (String, Range<Int>)? {
        for i in w.indices where tt.tokens[tok[i]].length == 15 && w[i].hasPrefix("nor") {
            let raw = tt.string(tt.tokens[tok[i]])
            guard raw.hasPrefix("NOR"), MetadataExtractor.isNOR(String(raw.dropFirst(3))), !isCitation(at: i) else { continue }
            // "abroge la circulaire n° NORINTK1207284C du 6 juillet 2012": prose cites another
            // text, its kind word in lower case, or with the text's date after the NOR.
            var j = i - 1
            while j > 0, w[j] == "n°" || w[j] == "n" || w[j] == "no" || w[j] == ":" { j -= 1 }
            if j >= 0, tt.tokens[tok[j]].kind == .word, tt.string(tt.tokens[tok[j]]).first?.isLowercase == true { continue }
            if i + 2 < w.count, w[i + 1] == "du", tt.tokens[tok[i + 2]].kind == .date { continue }
            return (String(raw.dropFirst(3)), scalarRange(i, i + 1))
        }
        return nil
    }

    /// "N O R : I N T K …": an OCR or a typewriter spaced the label's capitals, and a colon
    /// follows them (so that a sentence's "N", "O", "R" never is one).
    func spacedNORLabel(at i: Int) -> Bool {
        guard w[i] == "n", i + 3 < w.count, w[i + 1] == "o", w[i + 2] == "r", w[i + 3] == ":" else { return false }
        return tt.string(tt.tokens[tok[i]]) == "N" && tt.string(tt.tokens[tok[i + 2]]) == "R"
    }

    /// "INT/D/98/00012/C" (or "N° INT/D/98/…") in a margin, without its label: a NOR written
    /// in its parts — ministry, direction, year, number, type — parted by slashes, which no
    /// other reference of a letter takes ("DGS/DHOS/AFSSAPS", "DPM/N3/2000/254" do not);
    /// `readNOR` then checks the twelve characters.
    func slashedNOR(at i: Int) -> Bool {
        guard i + 2 < w.count, w[i].count == 3, w[i + 1] == "/", w[i + 2].count == 1 else { return false }
        return tt.string(tt.tokens[tok[i]]).allSatisfy { $0.isUppercase && $0.isLetter }
    }

    func isCitation(at i: Int) -> Bool {
        // "REF : Circulaire n° NOR/INT/02/00215/C du 19 décembre 2002 modifiée par la
        // circulaire n° NOR/INT/D/03/00003/C du 10 janvier 2003. Circulaire n°
        // NOR/INT/D/04/00134/C du 30 octobre 2004": a NOR dated after it, under a "Réf :"
        // label of the same block, is a listed text's, however far its slashed parts set it.
        if datedAfterNOR(i), let r = (max(0, i - 80)..<i).last(where: refListCue),
           !(r + 1...i).contains(where: { tt.tokens[tok[$0]].newlinesBefore >= 2 }) { return true }
        var k = i - 1
        var steps = 0
        while k >= 0 && steps < 25 {
            if w[k] == "(" && i - k <= 6 { return true }
            // "Réf. : Circulaire ministérielle NOR : IOMA2409876J du 12 avril 2024": a text the
            // "Réf :" line lists, a kind word between the label and the NOR ("Réf : NOR …" alone
            // gives the document's own).
            if refListCue(k), (k + 1..<i).contains(where: { vocab.citingKinds.contains(w[$0]) }) { return true }
            if w[k] == ")" || w[k] == "." && tt.tokens[tok[k]].kind == .punct && (k + 1 < w.count && tt.tokens[tok[k + 1]].newlinesBefore > 0) { return false }
            if tt.tokens[tok[k]].kind == .date, k > 0, w[k - 1] == "du", k >= 2,
               vocab.citingKinds.contains(where: { kw in (max(0, k - 8)..<k).contains { w[$0] == kw } }) {
                // "Circulaire du … relative à la mise en œuvre de la loi … du … NOR : X": under
                // the document's own title the label is its NOR, whatever texts the title names.
                // ("REF : Circulaire n° NOR/INT/D/02/00215/C du 19 décembre 2002. Circulaire n°
                // NOR/INT/D/04/00134/C du 30 octobre 2004": a NOR after a listed text's date,
                // the "Réf :" label before them, is another listed text's; and a title after
                // that date, the next listed text's "Circulaire n°", titles no document.)
                if let r = (max(0, i - 80)..<k).last(where: refListCue), !(r + 1..<i).contains(where: { tt.tokens[tok[$0]].newlinesBefore >= 2 }) { return true }
                return !(max(0, i - 40)..<max(max(0, i - 40), k - 1)).contains { j in
                    vocab.titleKinds.contains(w[j]) && tt.string(tt.tokens[tok[j]]).first?.isUppercase == true
                        && (j == 0 || !vocab.determiners.contains(w[j - 1]))
                }
            }
            if tt.tokens[tok[k]].newlinesBefore >= 2 { return false }
            k -= 1; steps += 1
        }
        return false
    }

    func readNOR(_ from: Int) -> (String, Range<Int>)? {
        var chars: [Character] = []
        var i = from
        var first: Int? = nil, last = from
        let skip: Set<String> = [":", "/", ".", "-", "n°", "°", "n", "no", "no."]
        while i < w.count && i < from + 14 && chars.count < 12 {
            let raw = tt.string(tt.tokens[tok[i]])
            if skip.contains(w[i]) && chars.isEmpty || w[i] == "/" || w[i] == "." || w[i] == "-" || w[i] == ":" { i += 1; continue }
            for c in raw where c.isLetter || c.isNumber || c == "-" || c == "." || c == "/" {
                if c == "-" || c == "." || c == "/" { continue }
                chars.append(c)
            }
            if first == nil { first = i }
            last = i
            i += 1
            if chars.count > 12 { return nil }
        }
        guard chars.count == 12, let f = first else { return nil }
        // Letters 0–3 and 11, digits 4–10 (OCR: O → 0, I/l → 1, S → 5; and among the
        // capitals, a lowercase l, a 1 or a 0 → I, I, O: "lNTK…", "I0CB…").
        var out = ""
        for (n, c0) in chars.enumerated() {
            var c = c0
            if (4...10).contains(n) {
                switch c { case "O", "o": c = "0"; case "I", "l", "i": c = "1"; case "S": c = "5"; default: break }
                guard c.isASCII, c.isNumber else { return nil }
            } else {
                switch c { case "l", "1": c = "I"; case "0": c = "O"; default: break }
                c = Character(c.uppercased())
                guard c.isASCII, c.isLetter else { return nil }
            }
            out.append(c)
        }
        return (out, scalarRange(f, last + 1))
    }

    /// "Objet : …" up to the next header field, sentence end or blank line. "Obj. : …": an
    /// abbreviated label, its full stop and colon after it.
    func subject(norRange: Range<Int>? = nil) -> String? {
        for i0 in w.indices where w[i0] == "objet" || w[i0] == "titre" && i0 + 1 < w.count && w[i0 + 1] == "detaille" || abbreviatedSubjectLabel(at: i0) {
            let i = w[i0] == "titre" ? i0 + 1 : w[i0] == "objet" ? i0 : i0 + 1
            var j = i + 1
            // "Objet : …", or a header table's "Objet⇥Renforcement…" run onto one line.
            let label = tt.string(tt.tokens[tok[i0]]).first?.isUppercase == true
            if j < w.count, w[j] == ":" || w[j] == "." { j += 1 }
            else if !(label && j < w.count && tt.string(tt.tokens[tok[j]]).first?.isUppercase == true && (i0 == 0 || w[i0 - 1] != "pour")) { continue }
            var a = j
            // The same table read column by column: the subject label's value is the NOR, the
            // values of the labels before it on one line; the title is the text after that line.
            if let n = norRange, a < w.count, Int(tt.tokens[tok[a]].start) == n.lowerBound,
               let next = (a + 1..<min(w.count, a + 20)).first(where: { tt.tokens[tok[$0]].newlinesBefore > 0 }) { a = next; j = next }
            while j < w.count, j - a < 60 {
                if j > a && (terminator(at: j) != nil || civility(at: j) != nil || capitalsLabel(at: j)) { break }
                if j > a && tt.tokens[tok[j]].newlinesBefore >= 2 { break }
                if w[j] == "." && tt.tokens[tok[j]].kind == .punct { break }
                // A flattened body starts after it: "… radicalisation Je vous demande …",
                // and after a one-word subject when the opener's next word is in lower case
                // ("Objet : Vidéoprotection Les commissions devront…"; a place keeps its
                // capital: "Objet : Commune Les Mureaux").
                if j > a + 1 || j == a + 1 && j + 1 < w.count && tt.string(tt.tokens[tok[j + 1]]).first?.isLowercase == true,
                   vocab.sentenceOpeners.contains(w[j]), tt.string(tt.tokens[tok[j]]).first?.isUppercase == true,
                   tt.string(tt.tokens[tok[j]]).dropFirst().first?.isLowercase ?? true { break }
                j += 1
            }
            // "Objet : accueil des mineurs – Le décret …": a flattened copy that joins its
            // header fields with dashes leaves the dash before the body's first sentence.
            while j > a + 1, isSeparatorDash(j - 1) { j -= 1 }
            guard j > a else { continue }
            let text = tt.text.clean(scalarRange(a, j))
            return text.isEmpty ? nil : text
        }
        return nil
    }

    /// "Obj. :": an abbreviated subject label (`subjectAbbreviations`), its full stop and a
    /// colon after it (so that no sentence's word is one).
    func abbreviatedSubjectLabel(at i: Int) -> Bool {
        i + 2 < w.count && vocab.subjectAbbreviations.contains(w[i]) && w[i + 1] == "." && w[i + 2] == ":"
    }

    /// Whether word j is a dash standing alone as punctuation ("–", "—", " - "), not a hyphen.
    func isSeparatorDash(_ j: Int) -> Bool {
        let t = tt.tokens[tok[j]]
        guard t.kind == .punct, t.length == 1 else { return false }
        return ListBullet.isDash(tt.text.scalars[Int(t.start)])
    }

    /// Recipients of a reported instruction: a determiner ("aux", "les") and a role head,
    /// in a sentence whose verb or noun reports an instruction ("a demandé", "télégramme",
    /// "sont invités") within a few words. "préfets de région et de département": both.
    func recipients() -> [HeaderScan.Item] {
        var out: [HeaderScan.Item] = []
        var seen = Set<String>()
        // Where the last recipient read ends: "aux préfets de département et au préfet de
        // police", "aux procureurs généraux et aux procureurs de la République" — a recipient
        // joined to it by "et" shares its cue, however far the cue stands.
        var lastEnd = -1
        for i in w.indices where vocab.recipientWords.contains(w[i]) && i + 1 < w.count {
            let head = vocab.plurals[c[i + 1]] ?? c[i + 1]
            guard vocab.roleHeads.contains(vocab.masculine[head] ?? head) else { continue }
            let lo = max(0, i - 8), hi = min(w.count, i + 8)
            let joined = i >= 1 && i - 1 == lastEnd && w[i - 1] == "et"
            guard joined || (lo..<hi).contains(where: { vocab.pressCues.contains(w[$0]) }) else { continue }
            var e = i + 1
            if i >= 1, vocab.companions.contains(w[i - 1]) { continue }
            // A blank line ends the title ("… aux maires leurs obligations / Publié le …").
            while e < w.count, e - i < 10, e == i + 1 || tt.tokens[tok[e]].newlinesBefore < 2, ![",", ".", ";", ":", "(", "a", "d'", "et", "pour", "qui", "que", "sur", "ce", "cette"].contains(w[e]) || (w[e] == "d'" && (e == i + 3 || elidedComplement(e) || e + 1 < w.count && vocab.titleGoesOn(Array(c[(i + 1)...(e + 1)])))), !requestAt(e) { e += 1 }
            // "les maires pourront interdire…", "Les hauts-commissaires devront rendre
            // compte…": the subject of a duty reported, no recipient ("les préfets sont
            // invités à…" is one).
            if ["les", "ses", "tous"].contains(w[i]) && subjectOfVerb(from: i + 2) { continue }
            if (max(0, i - 3)..<i).contains(where: { vocab.pastRequests.contains(w[$0]) }) { continue }
            if w[i] == "les", i + 2 < w.count, vocab.topicVerbs.contains(w[i + 2]) { continue }
            if w[i] == "les", objectOfInfinitive(i) { continue }
            if appealOfNonAuthority(before: i) { continue }
            // "les préfets de police et de zone" / "préfets de région et de département"
            var groups: [[String]] = [Array(c[(i + 1)..<e])]
            if e + 2 < w.count, w[e] == "et", w[e + 1] == "de" || w[e + 1] == "des" || w[e + 1] == "du" {
                var f = e + 2
                while f < w.count, f - e < 6, ![",", ".", ";", ":", "(", "a", "et", "d'"].contains(w[f]) { f += 1 }
                let first = Array(c[(i + 1)..<e])
                let stem = Array(first.prefix(while: { !["de", "du", "des", "d'"].contains($0) }))
                var second = Array(c[(e + 1)..<f])
                // "de la police et de la gendarmerie nationales": the adjective serves both.
                if second.count >= 3, let adj = second.last, adj.hasSuffix("s"), !vocab.roleHeads.contains(adj) {
                    let sing = String(adj.dropLast())
                    second[second.count - 1] = sing
                    groups[0] = first + [sing]
                }
                groups.append(stem + second)
                e = f
            }
            // "la préfète demande aux élus de…": a title named only as a request's recipient
            // counts right after its cue, not further in the sentence ("une circulaire sur
            // les violences faites aux élus").
            let cueBefore = (max(0, i - 2)..<i).contains { vocab.pressCues.contains(w[$0]) }
            for g in groups {
                guard let id = vocab.title(g), cueBefore || !vocab.recipientOnly.contains(id), seen.insert(id).inserted else { continue }
                out.append(HeaderScan.Item(id: id, role: .to, range: scalarRange(i + 1, max(i + 2, e))))
                lastEnd = e
            }
        }
        return out
    }

    /// "Ils sont invités à réunir les maires concernés", "de consulter les élus": a title
    /// right after an infinitive (no request verb of `pressCues`: "appeler les préfets à")
    /// is what the recipients must act on, no recipient.
    func objectOfInfinitive(_ i: Int) -> Bool {
        guard i >= 1, case let v = w[i - 1], v.utf8.count >= 5, v.hasSuffix("er") || v.hasSuffix("ir") || v.hasSuffix("re"),
              v.allSatisfy(\.isLetter) else { return false }
        // "appeler", "inviter", "exhorter": a cue's infinitive (its first five letters).
        let stem = v.prefix(5)
        return !vocab.pressCues.contains { $0.utf8.count >= 5 && $0.prefix(5) == stem }
    }

    /// A verb's third-person plural future ("veilleront", "transmettront"): the title before
    /// it is its subject ("Les chefs de circonscription veilleront à…"), no recipient.
    static func pluralFuture(_ x: String) -> Bool { x.utf8.count >= 7 && x.hasSuffix("ront") }

    /// "de requérir l'éviction" after a recipient ("enjoint aux magistrats du parquet de
    /// requérir l'éviction…"): what is asked, not the title's complement — a word with an
    /// infinitive's ending right after "de", then a determiner ("de police", "de premier
    /// degré" go on).
    func requestAt(_ e: Int) -> Bool {
        guard w[e] == "de", e + 2 < w.count else { return false }
        // "aux magistrats de « porter une particulière attention »", "de se montrer
        // vigilants": a quoted request or a reflexive verb — no title's complement opens on a
        // quotation mark or a reflexive pronoun before an infinitive.
        var f = e + 1
        let reflexive = w[f] == "se" || w[f] == "s'"
        if reflexive { f += 1 }
        let quoted = f < w.count && w[f] == "\""
        if quoted { f += 1 }
        guard f < w.count, Self.hasInfinitiveEnding(w[f]) else { return false }
        if reflexive || quoted { return true }
        let v = w[f]
        // "de rendre compte quotidiennement…": an idiom's bare object follows.
        if vocab.requestIdioms.contains(v) { return true }
        // "de saisir systématiquement les véhicules": an adverb may stand before the object.
        let o = w[e + 2].hasSuffix("ment") && e + 3 < w.count ? e + 3 : e + 2
        return vocab.requestObjectOpeners.contains(w[o])
    }

    /// Whether a folded word ends as an infinitive does ("-er", "-ir", "-re").
    static func hasInfinitiveEnding(_ v: String) -> Bool { v.hasSuffix("er") || v.hasSuffix("ir") || v.hasSuffix("re") }

    /// Whether the elided "d'" at `e` goes on with a recipient's title: the word after it is a
    /// common noun in lower case with no infinitive's ending ("aux commissaires
    /// d'arrondissement de…"), not what is asked ("aux préfets d'examiner…") nor a place
    /// ("aux maires d'Île-de-France").
    func elidedComplement(_ e: Int) -> Bool {
        guard w[e] == "d'", e + 1 < w.count, case let n = w[e + 1], n.utf8.count > 3, n.allSatisfy(\.isLetter) else { return false }
        guard let first = tt.string(tt.tokens[tok[e + 1]]).first, first.isLowercase else { return false }
        return !(n.hasSuffix("er") || n.hasSuffix("ir") || n.hasSuffix("re"))
    }

    /// Whether a finite verb (`subjectVerbs`, clitics and one complement word between) follows
    /// the title ending at `e`, other than "sont invités" (a request) or "ont reçu".
    func subjectOfVerb(from e: Int) -> Bool {
        var k = e
        while k < w.count && k - e < 4 && ![",", ".", ";", ":", "(", "\""].contains(w[k]) {
            if vocab.subjectVerbs.contains(w[k]) || Self.pluralFuture(w[k]) {
                // "ont reçu une instruction", "recevront une circulaire": recipients all the same.
                let received = w[k].hasPrefix("rec") || k + 1 < w.count && (vocab.pressCues.contains(w[k + 1]) || w[k + 1] == "recu")
                return !received
            }
            k += 1
        }
        return false
    }

    /// The document's own title: a capitalised kind word ("Circulaire", "INSTRUCTION") not
    /// after a determiner (that is a citation: "la circulaire du …"), followed within a few
    /// words by "du <date>" and "relative à <topic>".
    /// A bulletin's own title line in lower case, dated: "circulaire du 5 juillet 2023" on a
    /// line of its own under "Bulletin officiel n° 31 du 31 août 2023" (whose date is the
    /// issue's). Not a citation wrapped onto a new line ("… prise par / circulaire du 5
    /// juillet"): the line before does not end on a word in lower case.
    /// Whether the word at `i` opens the text of a footnote: its call-out starts the line
    /// just before it, "(1)" or a superscript "¹" — as an article's notes under its body cite
    /// the texts it comments ("(1) Circulaire du 25 juin 2021 relative à …"). A text's own
    /// title never follows a note's number.
    func footnoteNote(before i: Int) -> Bool {
        let lineStart = { (k: Int) in k == 0 || self.tt.tokens[self.tok[k]].newlinesBefore > 0 }
        if i >= 1, lineStart(i - 1), tt.string(tt.tokens[tok[i - 1]]).unicodeScalars.allSatisfy({ $0.value == 0xB9 || $0.value == 0xB2 || $0.value == 0xB3 || (0x2070...0x2079).contains($0.value) }) { return true }
        guard i >= 3, w[i - 1] == ")", w[i - 3] == "(", lineStart(i - 3) else { return false }
        let n = w[i - 2]
        return n.utf8.count <= 2 && n.allSatisfy(\.isNumber)
    }

    /// Where the words after the kind at `i` go on, its complement read through: "note | de
    /// service | du 24-3-2022", "note | de service | n° 2023-051 du 3-4-2023".
    func afterComplement(_ i: Int) -> Int {
        i + 1 + (vocab.kindComplements.first { matches($0, at: i + 1) }?.count ?? 0)
    }

    /// A line that is the title's date alone ("circulaire du 14-3-2024", the date ending its
    /// line) is the bulletin's title even under a heading in lower case ("Protocole de mise en
    /// sûreté"): a wrapped citation runs on after its date.
    func datedLine(_ i: Int) -> Bool {
        let du = afterComplement(i)
        guard i > 0, du + 1 < w.count, w[du] == "du" else { return false }
        let d = tt.tokens[tok[du + 1]]
        // "du 14-3-2024" (a bulletin's dashes) reads as a number token.
        guard d.kind == .date || d.kind == .number && FrenchDate.parse(tt.string(d), months: months)?.year != nil else { return false }
        // (Flattened, it runs on after the NOR's line: "NOR : MENE2321479C circulaire du …".)
        // (Flattened, the title's NOR line follows at once: "… sûreté circulaire du
        // 14-3-2024 NOR : MENE2407311C".)
        let prev = tt.string(tt.tokens[tok[i - 1]])
        let norNext = du + 2 < w.count && w[du + 2] == "nor"
        guard tt.tokens[tok[i]].newlinesBefore > 0 else { return MetadataExtractor.isNOR(prev) || norNext }
        let lineEnds = du + 2 == w.count || tt.tokens[tok[du + 2]].newlinesBefore > 0
        return prev.first?.isLowercase != true || lineEnds || norNext
    }

    /// A title's subject wrapped onto the next line goes on in lower case or after a word that
    /// cannot end it ("relative au / Conseil national"); a capitalised line after a complete
    /// one is the header's next line ("… contre les élus / Le garde des sceaux, ministre de la
    /// justice", "… étrangers / Date de publication : 11/12/2023").
    /// Flattened, the lines run on: a capitalised article ("… élus Le garde des sceaux") or a
    /// capitalised label before its colon ("… étrangers Date de publication : …") starts the
    /// next header line.
    func subjectLineEnds(at e: Int) -> Bool {
        guard tt.string(tt.tokens[tok[e]]).first?.isUppercase == true else { return false }
        if tt.tokens[tok[e]].newlinesBefore == 0 {
            if ["le", "la", "les", "l'"].contains(w[e]) { return true }
            // The label's own colon, after words in lower case ("Date de publication :"), not
            // the next label's ("… biologie médicale NOR :").
            for k in e + 1..<min(w.count, e + 4) {
                if w[k] == ":" { return true }
                if tt.string(tt.tokens[tok[k]]).first?.isUppercase == true { return false }
            }
            return false
        }
        return !["de", "du", "des", "d'", "la", "le", "les", "l'", "a", "au", "aux", "et", "ou", "en", "sur", "pour", "par"].contains(w[e - 1])
    }

    /// Whether token `e` is a dash that closes a title's subject on its line: "Circulaire du
    /// 2 mai 2024 relative à la lutte contre les refus d'obtempérer — CRIM/2024-07/H2 — Date
    /// d'application : immédiate", "… des mineurs - NOR : JUSF2128102N". What follows is the
    /// circular's number or the next field (a capital or a digit); a dash before words in lower
    /// case goes on with the subject ("… violences – bilan et perspectives").
    func titleDashEnds(at e: Int) -> Bool {
        guard w[e].unicodeScalars.count == 1, let c = w[e].unicodeScalars.first, ListBullet.isDash(c), c != "*",
              tt.tokens[tok[e]].kind == .punct else { return false }
        guard e + 1 < w.count, tt.tokens[tok[e + 1]].newlinesBefore == 0 else { return true }
        guard let first = tt.string(tt.tokens[tok[e + 1]]).first else { return false }
        return first.isUppercase || first.isNumber
    }

    /// Whether word `j` is another capitalised kind word on the line of the kind word at `i`,
    /// not after a determiner ("… — Circulaire du 5 août 2010"): it starts a title of its own,
    /// so the words before it were a site's rubric ("Note d'actualité"), not this title's.
    /// (On a line of its own it is the title's subtitle: "Circulaire Valls (19.10.2013) ⏎
    /// « Instruction relative à … »".)
    func rubricEnds(at j: Int, after i: Int) -> Bool {
        guard vocab.titleKinds.contains(w[j]), tt.string(tt.tokens[tok[j]]).first?.isUppercase == true,
              (i + 1...j).allSatisfy({ tt.tokens[tok[$0]].newlinesBefore == 0 }) else { return false }
        return !vocab.determiners.contains(w[j - 1])
    }

    /// Whether the bullet at word d, inside a line, is an item of a list a copy flattened:
    /// another bullet of the same character opens an item citing a text a few words before
    /// it ("… Mise à jour : 5 janvier 2024 - Article L. 345-2-2 du code … - Circulaire du 19
    /// décembre 2017 relative à …": `listedTextOpeners`, capitalised). A site's rubric
    /// between two dashes opens on a date ("Note d'actualité — 12 octobre 2010 — Circulaire
    /// du 5 août 2010"), a header whose fields a copy joined with dashes on an office
    /// ("Ministère de la justice - Direction … - Note du 22 septembre 2021 relative à …").
    func flattenedItem(dash d: Int) -> Bool {
        let mark = tt.string(tt.tokens[tok[d]])
        return (max(0, d - Self.flattenedItemReach)..<max(0, d - 2)).contains { k in
            w[k].count == 1 && tt.string(tt.tokens[tok[k]]) == mark && k + 1 < d && vocab.listedTextOpeners.contains(w[k + 1])
                && tt.string(tt.tokens[tok[k + 1]]).first?.isUppercase == true
        }
    }

    /// How many words back a flattened list's previous item may open (an item is a title
    /// of a text, up to a few dozen words).
    static let flattenedItemReach = 40

    /// Whether word `k` opens a "Réf :" or "Vu" list. Not a site's rubric that names
    /// reference texts: "Accueil > Droit du travail > Textes de référence", "Documents de
    /// référence" (the word after "de" qualifies a noun; it labels nothing).
    /// Whether "du" and a date follow the NOR at word i, past its parts only (capitals,
    /// digits, slashes: "NOR/INT/D/04/00134/C du 30 octobre 2004").
    func datedAfterNOR(_ i: Int) -> Bool {
        for j in i + 1..<min(w.count, i + 16) {
            if w[j] == "du" { return j + 1 < w.count && tt.tokens[tok[j + 1]].kind == .date }
            if tt.tokens[tok[j]].newlinesBefore >= 2 || tt.string(tt.tokens[tok[j]]).contains(where: \.isLowercase) { return false }
        }
        return false
    }

    func refListCue(_ k: Int) -> Bool {
        // ("Réf. :": the abbreviation may keep its dot.)
        guard Self.refWords.contains(w[k]) || w[k].utf8.last == 0x2E && Self.refWords.contains(String(w[k].dropLast())) else { return false }
        return k == 0 || !["de", "des", "d'"].contains(w[k - 1])
    }

    /// Whether word i follows an opening quote that itself follows a word on its line.
    func quotedInProse(_ i: Int) -> Bool {
        // (A kind word opening its own line follows no opening quote: "… « performance »" then
        // "INSTRUCTION N° 597 relative à …" on the next line is the page's title.)
        guard i >= 2, ["«", "\"", "“"].contains(w[i - 1]), tt.tokens[tok[i - 1]].newlinesBefore == 0,
              tt.tokens[tok[i]].newlinesBefore == 0 else { return false }
        return tt.tokens[tok[i - 2]].kind == .word
    }

    /// Whether a word of abrogation or amendment (`replacedTextLabels`) stands up to four
    /// words before the kind word at i on its line ("Texte abrogé : Circulaire du …", "Cette
    /// instruction abroge : Circulaire n° …"): the kind word names the text replaced.
    func replacedText(before i: Int) -> Bool {
        var k = i
        while k > 0 && i - k < 4 && tt.tokens[tok[k]].newlinesBefore == 0 {
            k -= 1
            if vocab.replacedTextLabels.contains(w[k]) { return true }
        }
        if numberedReplacedItem(before: i) { return true }
        // "Texte(s) abrogé(s) :" on a line of its own, the texts replaced on the lines below it
        // (a bulletin's notice): a label line that ends on its colon.
        guard i > 1, tt.tokens[tok[i]].newlinesBefore > 0, w[i - 1] == ":" else { return false }
        var j = i - 2
        while j >= 0 && i - j <= 8 {
            if vocab.replacedTextLabels.contains(w[j]) { return true }
            if tt.tokens[tok[j]].newlinesBefore > 0 { break }
            j -= 1
        }
        return false
    }

    /// "Textes abrogés : 1) Circulaire du 24 novembre 2009 … 2) Circulaire du 8 février 2008 …":
    /// a later numbered item ("2)") of the list the label opens, in the same paragraph, is a
    /// replaced text too.
    func numberedReplacedItem(before i: Int) -> Bool {
        guard i >= 2, w[i - 1] == ")", w[i - 2].allSatisfy(\.isNumber) else { return false }
        var k = i - 3
        while k > 0 && i - k < 200 && tt.tokens[tok[k + 1]].newlinesBefore < 2 {
            if w[k] == ":" && vocab.replacedTextLabels.contains(w[k - 1]) { return true }
            k -= 1
        }
        return false
    }

    /// "CIRCULAIRE du Premier ministre relative aux circulaires ministérielles." and "Du 15 juin
    /// 1987" on the line below: a bulletin sets its title's date on a line of its own. The
    /// date after the subject's end `e`, if that line is "Du DATE".
    func dateLine(after e: Int) -> String? {
        var j = e
        if j < w.count && w[j] == "." { j += 1 }
        guard j + 1 < w.count, w[j] == "du", tt.tokens[tok[j]].newlinesBefore > 0,
              tt.tokens[tok[j + 1]].kind == .date || tt.tokens[tok[j + 1]].kind == .number,
              let d = FrenchDate.parse(tt.string(tt.tokens[tok[j + 1]]), months: months), d.year != nil else { return nil }
        return d.civil(anchor: nil)?.iso
    }

    static let refWords: Set<String> = ["ref", "refs", "references", "reference", "vu", "visa", "visas"]

    func ownTitle() -> (kind: String, date: String?, subject: String?)? {
        // A title with a subject and no date, or a date and no subject, that another title
        // of the same kind further down, on a line of its own, may complete.
        var partial: (at: Int, title: (kind: String, date: String?, subject: String?))? = nil
        for i in w.indices.prefix(400) where vocab.titleKinds.contains(w[i]) {
            if let u = partial, i - u.at > Self.pageTitleReach { return u.title }
            let raw = tt.string(tt.tokens[tok[i]])
            // Not a citation ("la circulaire du …") nor an item of the "Réf :" list ("- Circulaire du …").
            let dashed = i > 0 && w[i - 1].count == 1 && ListBullet.isBullet(w[i - 1].first!)
            let bullet = dashed && (i == 1 || tt.tokens[tok[i - 1]].newlinesBefore > 0 || flattenedItem(dash: i - 1))
            // A bulletin sets it in lower case on a line of its own: "circulaire n° 2019-108 du
            // 28-8-2019".
            // Flattened, the line before may have been the NOR's: "NOR : MENE1921473C circulaire n° …".
            let afterNOR = i > 0 && MetadataExtractor.isNOR(tt.string(tt.tokens[tok[i - 1]]))
            let n = afterComplement(i)
            let numberedLine = (i == 0 || tt.tokens[tok[i]].newlinesBefore > 0 || afterNOR) && n < w.count && (["n°", "n", "no"].contains(w[n]) || tt.tokens[tok[n]].kind == .textNumber)
            guard raw.first?.isUppercase == true || numberedLine || datedLine(i), i == 0 || !vocab.determiners.contains(w[i - 1]) && !bullet else { continue }
            // A breadcrumb's section ("Accueil > Rechercher > Circulaires") names the site's
            // pages, not this one.
            if i > 0, [">", "›", "»", "/"].contains(w[i - 1]) { continue }
            // "(1) Circulaire du 25 juin 2021 relative à …": a footnote cites another text.
            if footnoteNote(before: i) { continue }
            // "Texte abrogé : Circulaire du 3 mars 2005 relative à …": the text replaced.
            if replacedText(before: i) { continue }
            // "un document intitulé « Instruction relative à … »": a title quoted inside a
            // sentence is the cited text's, not this one's (a press item reporting it).
            if quotedInProse(i) { continue }
            // After "Réf :": an item of the list — further on when the list was flattened and
            // its items run on, one dash after another ("… - Instruction du 3 août 2022 …").
            if (max(0, i - (dashed ? 240 : 40))..<i).contains(where: refListCue) { continue }
            // "Note à l'attention de Monsieur le préfet…": the kind, with the block after it.
            if i + 3 < w.count, w[i + 1] == "a", w[i + 2] == "l'", w[i + 3] == "attention" { return (w[i], nil, nil) }
            var date: String? = nil
            var subject: String? = nil
            var j = i + 1
            while j < w.count, j - i <= 14 {
                // "du 3-7-2003" (a bulletin's dashes) reads as a number token.
                if tt.tokens[tok[j]].kind == .date || tt.tokens[tok[j]].kind == .number, w[j - 1] == "du",
                   let d = FrenchDate.parse(tt.string(tt.tokens[tok[j]]), months: months), d.year != nil {
                    date = d.civil(anchor: nil)?.iso
                }
                if vocab.topicWords.contains(w[j]) { break }
                // "Circulaire de présentation de la loi … du 25 juillet 2013": the date after the
                // law is the law's; one read before it ("Circulaire du 15 mars 2021 de
                // présentation de la loi …") is the title's.
                if ["loi", "decret", "ordonnance", "arrete", "directive"].contains(w[j]) { break }
                // "Note d'actualité — 12 octobre 2010 — Circulaire du 5 août 2010 : …": a site's
                // rubric before the title it heads; the next capitalised kind opens the title.
                if j > i + 1 && rubricEnds(at: j, after: i) { break }
                // "CIRCULAIRE NOR INTK1233053C du 26/08/2012": the title's own NOR is read through.
                if j > i + 1 && (tt.tokens[tok[j]].newlinesBefore >= 2 || w[j] != "nor" && terminator(at: j) != nil) { break }
                j += 1
            }
            if j < w.count, vocab.topicWords.contains(w[j]) {
                var a = j + 1
                if a < w.count, ["a", "au", "aux"].contains(w[a]) { a += 1 }
                let paren = (max(0, i - 2)..<i).contains { w[$0] == "(" }
                var e = a
                while e < w.count, e - a < 60 {
                    if e > a && (terminator(at: e) != nil || tt.tokens[tok[e]].newlinesBefore >= 2 || civility(at: e) != nil) { break }
                    if e > a && (subjectLineEnds(at: e) || titleDashEnds(at: e)) { break }
                    if w[e] == "." && tt.tokens[tok[e]].kind == .punct { break }
                    if paren && w[e] == ")" { break }
                    e += 1
                }
                if e > a { subject = tt.text.clean(scalarRange(a, e)) }
                if date == nil { date = dateLine(after: e) }
            }
            if date == nil { date = datedEntry(before: i) }
            let kind = vocab.titleAbbreviations[w[i]] ?? (Fold.string(raw) == "circulaires" ? DocumentKind.circulaire.rawValue : w[i])
            if let u = partial {
                if let done = Self.completed(u.title, by: (kind, date, subject), ownLine: tt.tokens[tok[i]].newlinesBefore > 0) { return done }
                continue
            }
            if date != nil && subject != nil { return (kind, date, subject) }
            if date != nil || subject != nil { partial = (i, (kind, date, subject)) }
        }
        return partial?.title
    }

    /// A partial title completed by a later one of the same kind on a line of its own. The
    /// page's heading ("Circulaire relative au traitement des violences intrafamiliales",
    /// undated) above the text's own title ("CIRCULAIRE DU 28 JANVIER 2023 / relative à la
    /// lutte contre …"): the text's, with its subject. A site's dated rubric or a title line
    /// with its number and date only ("Circulaire n° INTA1712345C du 17 juillet 2017") above
    /// the title that states the subject ("Circulaire relative à l'armement des agents de
    /// police municipale"): that subject, and its date where it states one.
    static func completed(_ first: (kind: String, date: String?, subject: String?), by next: (kind: String, date: String?, subject: String?),
                          ownLine: Bool) -> (kind: String, date: String?, subject: String?)? {
        guard next.kind == first.kind else { return nil }
        // "Circulaire du 29 novembre 2013 / 19 / BULLETIN OFFICIEL DU MINISTÈRE DE LA JUSTICE
        // Circulaire du 29 novembre 2013 relative à la lutte contre les cambriolages…": a
        // page's title that repeats the text's kind and date, the bulletin's copy run on after
        // its running head; the same dated title, wherever its line begins, states the subject.
        if !ownLine, first.subject == nil, let d = first.date, next.date == d, let s = next.subject { return (next.kind, d, s) }
        guard ownLine else { return nil }
        if first.date == nil, let d = next.date { return (next.kind, d, next.subject ?? first.subject) }
        if first.subject == nil, let s = next.subject { return (next.kind, next.date ?? first.date, s) }
        return nil
    }

    /// "6 janvier 1941. — Note de service aux directeurs des services extérieurs": a
    /// bulletin's entry sets the text's date before its kind, a full stop and a dash between
    /// (a stray quote mark of the scan may stand before the kind: "— `Note"). The date, nil
    /// where word i opens no such entry.
    func datedEntry(before i: Int) -> String? {
        var k = i - 1
        if k >= 0, ["`", "'", "‘", "’", "\"", "«"].contains(w[k]) { k -= 1 }
        guard k >= 2, ["—", "–"].contains(w[k]), w[k - 1] == ".", tt.tokens[tok[k - 2]].kind == .date,
              let d = FrenchDate.parse(tt.string(tt.tokens[tok[k - 2]]), months: months), d.year != nil else { return nil }
        return d.civil(anchor: nil)?.iso
    }

    /// How many words past a partial title the one completing it may stand: a site's heading,
    /// its date stamps, notice and header fields (Légifrance's "Catégorie", "Résumé", "Mots-clés").
    static let pageTitleReach = 160

    /// "<Place>, le <date>" (a capitalised place, a comma, "le", a dated token).
    func placeDate() -> String? {
        for k in w.indices where k >= 3 && tt.tokens[tok[k]].kind == .date && w[k - 1] == "le" && w[k - 2] == "," {
            guard tt.string(tt.tokens[tok[k - 3]]).first?.isUppercase == true,
                  let d = FrenchDate.parse(tt.string(tt.tokens[tok[k]]), months: months), d.year != nil else { continue }
            return d.civil(anchor: nil)?.iso
        }
        return ocrPlaceDate() ?? linePlaceDate()
    }

    /// "Paris le 12 novembre 1906": an older dateline without its comma, the place opening
    /// its line (in prose, "… réunis à Paris le 3 mars 2011", a place stands mid-line). A
    /// website's "Publié le 02 février 2023", "Paru le …" is no place: a participle (its
    /// accented ending) or one of `datelineNotPlaces`.
    func linePlaceDate() -> String? {
        for k in w.indices where k >= 2 && tt.tokens[tok[k]].kind == .date && w[k - 1] == "le" {
            let p = k - 2, raw = tt.string(tt.tokens[tok[p]])
            guard p == 0 || tt.tokens[tok[p]].newlinesBefore > 0, tt.tokens[tok[p]].kind == .word,
                  raw.first?.isUppercase == true, !vocab.sentenceOpeners.contains(w[p]), !vocab.datelineNotPlaces.contains(w[p]),
                  !["é", "ée", "és", "ées"].contains(where: { raw.lowercased().hasSuffix($0) }),
                  let d = FrenchDate.parse(tt.string(tt.tokens[tok[k]]), months: months), d.year != nil else { continue }
            return d.civil(anchor: nil)?.iso
        }
        return nil
    }

    /// "Paris, le 3 1 MARS 2011", "Paris, Ie 12 JUIL. 20 1 8": OCR spaced the digits of the
    /// day or the year. The rest of the line after "le", digits joined across single spaces,
    /// read as a date with a year of the last two centuries. "Paris, Ie ler JUIL. 1999": the
    /// "1er" read as a word ("ler", "Ier"), which no dateline has in that place, is the first.
    func ocrPlaceDate() -> String? {
        for k in w.indices where k >= 3 && w[k - 1] == "le" && w[k - 2] == "," && (tt.tokens[tok[k]].kind != .word || w[k].contains(where: \.isNumber) || vocab.ocrFirstDays.contains(w[k])) {
            guard tt.string(tt.tokens[tok[k - 3]]).first?.isUppercase == true else { continue }
            var end = k
            while end + 1 < w.count && end < k + 8 && tt.tokens[tok[end + 1]].newlinesBefore == 0 { end += 1 }
            let line = tt.text.clean(Int(tt.tokens[tok[k]].start)..<Int(tt.tokens[tok[end]].end))
            var joined = ""
            let raw = Self.ocrDayApart(Self.withoutDigitMarks(Array(line)))
            // The letters read for digits first, so that "2 O novembre" joins as "20"; then an
            // l among capitals read as the I it stands for ("MAl", "JUlL.").
            let digits = raw.indices.map { Self.ocrDigit(raw, $0) }
            let chars = digits.indices.map { Self.ocrCapitalI(digits, $0) }
            var i = 0
            while i < chars.count {
                // A single space between two digits is OCR's.
                if chars[i] == " ", i > 0, i + 1 < chars.count, chars[i - 1].isASCII, chars[i - 1].isNumber, chars[i + 1].isASCII, chars[i + 1].isNumber { i += 1; continue }
                joined.append(chars[i]); i += 1
            }
            joined = Self.ocrOrdinal(vocab.ocrFirstDays.contains(w[k]) ? "1er" + joined.drop { $0 != " " } : joined)
            // "Paris, le 2 2 juin 1892.": an older letter's full stop closes the dateline.
            if joined.hasSuffix("."), joined.dropLast().last?.isNumber == true { joined.removeLast() }
            // (A date token the tokenizer read whole is `placeDate`'s.)
            guard joined != line || tt.tokens[tok[k]].kind != .date, let d = FrenchDate.parse(joined, months: months),
                  let y = d.year, y >= 1800, y <= 2100, let c = d.civil(anchor: nil) else { continue }
            return c.iso
        }
        return nil
    }

    /// "1 er mars": OCR split the first's ordinal from its day. ("1° mars", with a degree sign
    /// for the ordinal, reads as it is; "12 rnars", an m read as "rn", is a form of the month
    /// in `months.json`.)
    static func ocrOrdinal(_ s: String) -> String {
        let day = s.prefix { $0.isASCII && $0.isNumber }
        guard !day.isEmpty else { return s }
        let rest = s.dropFirst(day.count)
        return rest.hasPrefix(" er ") ? String(day) + rest.dropFirst(3) : s
    }

    /// "12 JAN. 201'i": OCR read the year's last 1 as a letter with a mark before it (the
    /// mark of the i's dot, or of a speck). An apostrophe between a digit and a letter read
    /// for a digit (l, I, i, O, o) that ends the word is dropped; `ocrDigit` then reads the
    /// letter. No French word has an apostrophe after a digit.
    static func withoutDigitMarks(_ chars: [Character]) -> [Character] {
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        for (i, ch) in chars.enumerated() {
            if ch == "'" || ch == "\u{2019}", i > 0, i + 1 < chars.count, chars[i - 1].isASCII, chars[i - 1].isNumber,
               "lIiOo".contains(chars[i + 1]), i + 2 == chars.count || chars[i + 2] == " " { continue }
            out.append(ch)
        }
        return out
    }

    /// "12juin 2003": OCR dropped the space between the day and the month. A space is put back
    /// after the leading digits when a letter follows them, unless it is the ordinal "er"
    /// ("1er juin"), which `ocrOrdinal` and the date reader know.
    static func ocrDayApart(_ chars: [Character]) -> [Character] {
        let day = chars.prefix { $0.isASCII && $0.isNumber }.count
        guard day > 0, day <= 2, day < chars.count, chars[day].isLetter else { return chars }
        if day + 1 < chars.count, chars[day] == "e", chars[day + 1] == "r" { return chars }
        return Array(chars[..<day]) + [" "] + Array(chars[day...])
    }

    /// "12 MAl 2003", "JUlL. 1999": an l that OCR read for an I in a word of capitals — an
    /// uppercase letter on each side, or one before and the word's end after.
    static func ocrCapitalI(_ chars: [Character], _ i: Int) -> Character {
        guard chars[i] == "l", i > 0, chars[i - 1].isUppercase else { return chars[i] }
        let after = i + 1 < chars.count ? chars[i + 1] : " "
        return after.isUppercase || !after.isLetter ? "I" : "l"
    }

    /// "2O16", "2O janvier", "l9 mars": an O read for a zero, an l or I for a one, inside a
    /// number — a digit on one side, a digit, a space or the end on the other. "2 O
    /// novembre", "3 O mars": the day's second digit set apart too — the letter alone after
    /// a lone digit of 0–3 (the dateline's day: no word stands there).
    static func ocrDigit(_ chars: [Character], _ i: Int) -> Character {
        let c = chars[i]
        let digit: Character
        switch c { case "O", "o": digit = "0"; case "l", "I", "i": digit = "1"; default: return c }
        let isDigit = { (k: Int) in k >= 0 && k < chars.count && chars[k].isASCII && chars[k].isNumber }
        let open = { (k: Int) in k < 0 || k >= chars.count || chars[k] == " " || isDigit(k) }
        if isDigit(i - 1) && open(i + 1) || isDigit(i + 1) && open(i - 1) { return digit }
        let splitDay = i >= 2 && chars[i - 1] == " " && isDigit(i - 2) && chars[i - 2] <= "3" && !isDigit(i - 3) && open(i + 1) && !isDigit(i + 1)
        return splitDay ? digit : c
    }

    /// The authority before the block's "à": from the first "le/la <head>" of the words
    /// before it to the first comma — unless "…, ministre de X" follows, which is the
    /// portfolio ("La garde des sceaux, ministre de la justice").
    func emitterBefore(_ blockAt: Int) -> String? {
        var k = blockAt - 1
        // (A block opened by the sender's "aux" (`senderAux`): the title ends there.)
        let aux = w[blockAt] == "aux" || w[blockAt] == "au"
        if aux { k = blockAt }
        while !aux && k >= 0 && k > blockAt - 4 && !(w[k] == "a") { k -= 1 }
        if !aux, k < 0 || w[k] != "a", let a = toBeforeDateline(blockAt) { k = a }
        // "Le ministre de l'intrieur Messieurs les Prfets": the "à" went with the accents.
        let lostTo = !aux && (k < 0 || w[k] != "a") && lostAccents
        if lostTo { k = blockAt }
        guard k >= 0, w[k] == "a" || aux || lostTo else { return nil }
        let lo = max(0, k - 60)
        // A head followed by a dateline is the letterhead's ("Le ministre Paris, le 5
        // septembre 2023 Le ministre de l'intérieur à…"), one a field label follows is another
        // field's ("Catégorie : Directives adressées par le ministre aux services… Domaine :
        // Justice"): the authority is named after it.
        let opens = { (i: Int) -> Bool in
            ((self.w[i] == "le" || self.w[i] == "la" || self.w[i] == "les") && i + 1 < k && self.headOrRank(i + 1, before: k)
             || self.w[i] == "prefecture") && !self.headsADateline(i + 1, before: k) && !self.w[i..<k].contains(":") && !self.topicComplement(i)
        }
        guard var start = (lo..<k).first(where: opens) else { return nil }
        // Five ministers co-signing, one a line, run past the window: the first-named opens
        // the list above it ("La ministre de l'éducation nationale, … / La garde des sceaux,
        // ministre de la justice / … / Le ministre de l'intérieur / … à").
        while lo > 0, let p = (max(0, start - 30)..<start).last(where: { opens($0) && !self.w[$0..<start].contains(".") }) { start = p }
        if let sender = senderAfterProse(start, before: k, opens: opens) { start = sender }
        // "PRÉFECTURE DE LA RÉGION RHÔNE-ALPES … Le préfet du Rhône à …": the letterhead's
        // préfecture yields to the sender line that names its authority.
        if w[start] == "prefecture", let sender = (start + 1..<k).first(where: { w[$0] != "prefecture" && opens($0) }) { start = sender }
        var a = w[start] == "prefecture" ? start : start + 1
        if let office = officeAfterRank(a, before: k) { a = office } else if vocab.officerRanks.contains(w[a]) { return nil }
        let standalone = standaloneEnd(a)
        // Another authority co-signing ("…, le ministre de l'intérieur"): the first-named only,
        // cut before the portfolio after a comma is looked for, so that a co-signer's on the
        // next line ("Le ministre de l'intérieur / Le garde des sceaux, ministre de la
        // justice") is not read as the first one's.
        var e = coSignerCut(a, standalone.map { min($0, k) } ?? portfolioEnd(from: a, before: k))
        // "La ministre déléguée auprès de la ministre de …, chargée du logement": the délégué's
        // own office; the minister of the attachment is no co-signer, nor are his titles of
        // rank ("auprès du ministre d'État, ministre de l'intérieur, chargé de …").
        let delegate = standalone == nil ? delegateAttachment(a, before: k) : nil
        if standalone == nil, delegate == nil, let m = portfolioAfterRanks(e, before: k) {
            a = m
            e = coSignerCut(a, portfolioEnd(from: a, before: k))
        }
        var attachment = e..<e
        if let d = delegate {
            attachment = d
            e = portfolioEnd(from: d.upperBound, before: k)
        }
        // The repaired words: "MINISTRE DE L'INTRIEUR" names the ministre de l'intérieur. A
        // repair never drops letters: OCR loses or confuses them, it does not add any
        // ("étrangères" is no damaged "étrangers").
        var words: [String] = []
        var i = a
        while i < e {
            if attachment.contains(i) { i = attachment.upperBound; continue }
            if i + 1 < e, let joined = brokenAfterAccent(i) { words.append(joined); i += 2; continue }
            let x: String = c[i].count < w[i].count ? w[i] : c[i]
            // "La secrétaire d'État …, chargée de la citoyenneté": the délégué's office in the
            // masculine too, past the prepositions of his rank.
            let office = !attachment.isEmpty && i == attachment.upperBound
            words.append(x == "prefecture" ? "prefet" : office ? vocab.masculine[x] ?? x : x)
            i += 1
        }
        // "Le Ministre Secrétaire d'État au département de l'Intérieur": the old style's rank
        // between the head and the portfolio names no other office.
        if words.first == "ministre", let filler = vocab.ministerRanks.first(where: { words.dropFirst().starts(with: $0) }) { words.removeSubrange(1...filler.count) }
        // "La préfète de la Gironde", "La ministre déléguée chargée des sports": the office in
        // the masculine, as the addressees' roles are (its complement keeps its own gender).
        for i in words.indices.prefix(while: { !vocab.titlePrepositions.contains(words[$0]) }) { words[i] = vocab.masculine[words[i]] ?? words[i] }
        // "la Préfecture," alone (a printer's "Imprimeur … de la Préfecture,") names no one.
        guard !words.isEmpty, words.count <= 16, !(words.count == 1 && w[a] == "prefecture") else { return nil }
        return MetadataExtractor.slug(words.joined(separator: " "))
    }

    /// "ministre déléguée | auprès de la ministre de la transition écologique, | chargée du
    /// logement": the words of a délégué's attachment, from "auprès" (up to three words after
    /// the head at a: "secrétaire d'État auprès") through the comma before his own office
    /// ("chargé de …"), past the commas of the attached minister's titles ("auprès du ministre
    /// d'État, ministre de l'intérieur, chargé des …"). Nil when no such office follows: the
    /// attachment then is the title ("ministre délégué auprès du Premier ministre").
    func delegateAttachment(_ a: Int, before k: Int) -> Range<Int>? {
        guard let open = (a + 1..<min(k, a + 4)).first(where: { vocab.delegateAttachments.contains(w[$0]) }),
              let comma = (open + 1..<max(open + 1, min(k - 1, open + 16))).first(where: { w[$0] == "," && vocab.delegateOffices.contains(vocab.masculine[c[$0 + 1]] ?? c[$0 + 1]) })
        else { return nil }
        return open..<comma + 1
    }

    /// The token of an act's enacting word on a line of its own ("ARRÊTE :", "A R R E T E"
    /// joined, "DÉCRÈTE"), before token n: no addressee block stands after it. Its articles name
    /// who executes it ("M. le Secrétaire Général, M. le Directeur de Cabinet … sont chargés
    /// de l'exécution"), which an OCR'd short act would otherwise bring into the window as an
    /// addressee block. Not the noun "ARRÊTÉ" (its accent kept) titling the act.
    static func enactingLine(_ tt: TokenizedText, _ vocab: HeaderVocabulary, before n: Int) -> Int? {
        let toks = tt.tokens
        for i in 0..<n where toks[i].newlinesBefore > 0 && toks[i].kind == .word && toks[i].length >= 5 {
            let endsLine = i + 1 == toks.count || toks[i + 1].newlinesBefore > 0 || tt.string(toks[i + 1]) == ":"
            guard endsLine, vocab.enactingWords.contains(tt.folded(toks[i])) else { continue }
            guard let last = tt.string(toks[i]).last, last != "É", last != "é" else { continue }
            return i
        }
        return nil
    }

    /// Whether word i heads an authority: an office ("ministre", "directeur"), in the plural
    /// too, or an officer's rank whose office follows (`officeAfterRank`).
    func headOrRank(_ i: Int, before k: Int) -> Bool {
        vocab.emitterHeads.contains(vocab.plurals[w[i]] ?? w[i]) || officeAfterRank(i, before: k) != nil
    }

    /// "Le général d'armée, directeur général de la gendarmerie nationale à …": after a rank
    /// at word a, the office opening after its comma (within five words), the authority the
    /// juriste files the text under. Nil when no rank stands there or no office follows.
    func officeAfterRank(_ a: Int, before k: Int) -> Int? {
        guard vocab.officerRanks.contains(w[a]), let comma = (a + 1..<max(a + 1, min(k, a + 6))).first(where: { w[$0] == "," }),
              comma + 1 < k, vocab.emitterHeads.contains(c[comma + 1]) else { return nil }
        return comma + 1
    }

    /// "La ministre d'État, garde des sceaux, ministre de la justice": titles of rank or of
    /// office without a portfolio ("ministre d'État", "garde des sceaux"), each up to its
    /// comma, before the minister's portfolio: the word opening that "ministre", the title the
    /// juriste files the text under. Nil when no "ministre" follows within two such titles.
    func portfolioAfterRanks(_ end: Int, before k: Int) -> Int? {
        var e = end
        for _ in 0..<2 {
            guard e + 1 < k, w[e] == "," else { return nil }
            if c[e + 1] == "ministre" { return e + 1 }
            guard vocab.emitterHeads.contains(c[e + 1]), let next = (e + 2..<max(e + 2, min(k, e + 7))).first(where: { w[$0] == "," }) else { return nil }
            e = next
        }
        return nil
    }

    /// The "à" before a "Destinataires in fine" (within four words: "à Mesdames et Messieurs
    /// les destinataires in fine"): the block is announced there and set after the signature,
    /// so the authority before this "à" is the emitter. Only the header's first 400 words.
    func deferredBlockCue() -> Int? {
        guard !vocab.deferredBlocks.isEmpty else { return nil }
        // From each "à" (a small-string compare), not each word: hashing every header word
        // cost a visible share of extraction on texts with no emitter.
        for a in 0..<min(w.count, 400) where w[a] == "a" {
            for i in a + 1..<min(w.count, a + 6) where vocab.deferredBlocks.contains(where: { matches($0, at: i) }) { return a }
        }
        return nil
    }

    /// Whether word i opens the topic of a title ("Circulaire … relative à | la garde à vue",
    /// "concernant | le préfet …"): a subject matter, whose head may look like an authority's
    /// ("garde", "préfet") and whose own "à" like the block's; an authority is never it.
    func topicComplement(_ i: Int) -> Bool {
        if i >= 1, vocab.topicWords.contains(w[i - 1]) { return true }
        return i >= 2 && ["a", "au", "aux"].contains(w[i - 1]) && vocab.topicWords.contains(w[i - 2])
    }

    /// "L'INTÉ RIEUR", "MINISTÈ RE": a word a PDF's or OCR's spacing broke after its accented
    /// letter (their glyphs' width). Words i and i + 1 as one, when the first ends in that
    /// letter, one space apart on the line, and only the whole is a header word ("CRÉÉ LE",
    /// "SANTÉ PUBLIQUE" stay two). Nil otherwise.
    func brokenAfterAccent(_ i: Int) -> String? {
        let a = tt.tokens[tok[i]], b = tt.tokens[tok[i + 1]]
        guard b.start == a.end + 1, let last = tt.string(a).unicodeScalars.last, last.value >= 0xC0,
              !vocab.known.contains(w[i]), case let joined = w[i] + w[i + 1], vocab.known.contains(joined) else { return nil }
        return joined
    }

    /// The end of the title starting at word a: before another authority's "le/la <head>"
    /// inside the words up to e (a co-signer), else e.
    /// The "et" that joins the co-signer ("Le ministre de la culture et de la communication et
    /// le ministre de l'intérieur à …") belongs to neither title: the cut is before it.
    func coSignerCut(_ a: Int, _ e: Int) -> Int {
        guard var cut = (a + 1..<max(a + 1, e)).first(where: { (w[$0] == "le" || w[$0] == "la") && $0 + 1 < e && vocab.emitterHeads.contains(w[$0 + 1]) }) else { return e }
        while cut > a + 1, w[cut - 1] == "et" || w[cut - 1] == "," { cut -= 1 }
        return cut
    }

    /// Whether word i is written in capitals ("SEINE-INFÉRIEURE"), or capitalised in mixed case ("Cabinet").
    func capitals(_ i: Int) -> Bool {
        let r = tt.string(tt.tokens[tok[i]])
        return r.contains(where: \.isLetter) && !r.contains(where: \.isLowercase)
    }
    /// A capitalised word in ordinary case. "INTERlEUR", "MAl": OCR's l for an I in a word of
    /// capitals (`ocrCapitalI`) keeps it a word of capitals.
    func mixedCase(_ i: Int) -> Bool {
        let r = Array(tt.string(tt.tokens[tok[i]]))
        return r.first?.isUppercase == true && r.indices.contains { r[$0].isLowercase && Self.ocrCapitalI(r, $0) == r[$0] }
    }

    /// The end of the title starting at word a: its first comma, except in a minister's
    /// portfolio listed with commas ("ministre de l'écologie, de l'énergie, du développement
    /// durable et de la mer").
    func portfolioEnd(from a: Int, before k: Int) -> Int {
        var e = a
        while e < k {
            // "PRÉFECTURE DE LA SEINE-INFÉRIEURE / 1re Division": a title complete at its line's
            // end is not continued by the next line's service (a wrapped portfolio goes on with
            // a link word: "Le ministre de l'intérieur, / de l'outre-mer…").
            if e > a, tt.tokens[tok[e]].newlinesBefore > 0, !vocab.titleLinks.contains(w[e - 1]), !vocab.titleLinks.contains(w[e]), w[e] != ",", !wrappedTitle(at: e) { break }
            // Its lines run together: a title set in capitals ends where the next line's words
            // in ordinary case begin ("PRÉFECTURE DE LA SEINE-INFÉRIEURE Cabinet du Préfet").
            if e > a + 2, capitals(a), capitals(e - 1), mixedCase(e) { break }
            if ["—", "–"].contains(w[e]) { break }
            // "circulaires émises par le Préfet concernant plus particulièrement le monde
            // rural": the topic a text is about ("relative à", "concernant") is no part of its
            // author's title.
            if e > a, vocab.topicWords.contains(w[e]) { break }
            // "Préfecture du Calvados. Caen, le 12 mars 1881.": a full stop closes the title
            // (the dateline's place after it is no part of the office).
            if w[e] == ".", tt.tokens[tok[e]].kind == .punct { break }
            if w[e] == "," {
                guard w[a] == "ministre", e + 1 < k, ["de", "du", "des", "d", "d'"].contains(w[e + 1]) else { break }
            }
            e += 1
        }
        return e
    }

    /// Whether word e, first of its line, goes on with the title of the line above: a line
    /// wrapped inside the title ("Le directeur des affaires / criminelles et des grâces"), as
    /// a PDF or a narrow letterhead breaks it, opens on a word in lower case right under it.
    /// A next line in capitals or capitalised is another part of the letterhead ("1re
    /// Division", "Cabinet du Préfet"), and one that opens on an office is a second title
    /// ("préfet de la Gironde" under "Le préfet de la région Nouvelle-Aquitaine").
    func wrappedTitle(at e: Int) -> Bool {
        guard tt.tokens[tok[e]].newlinesBefore == 1, tt.string(tt.tokens[tok[e]]).first?.isLowercase == true else { return false }
        let head = vocab.masculine[c[e]] ?? c[e]
        return !vocab.roleHeads.contains(head) && !vocab.emitterHeads.contains(head) && !vocab.roleHeads.contains(vocab.plurals[c[e]] ?? c[e])
    }

    /// The end of a title whole without a complement ("premier ministre") starting at word h.
    /// A page's introduction names an authority in its prose ("Par une instruction du 3 juin,
    /// le ministre de l'intérieur rappelle … Le préfet du Var en précise l'application
    /// locale."), then the text it reproduces opens on its own sender line ("Le préfet du Var
    /// ⏎ à ⏎ Mesdames et Messieurs les maires"): the authority of the line that opens right
    /// after the prose's full stop, at a line's start, is the sender. Nil where no such line
    /// follows the first authority named.
    func senderAfterProse(_ first: Int, before k: Int, opens: (Int) -> Bool) -> Int? {
        (first + 2..<max(first + 2, k)).last { j in
            w[j - 1] == "." && tt.tokens[tok[j - 1]].kind == .punct && tt.tokens[tok[j]].newlinesBefore > 0 && opens(j)
        }
    }

    func standaloneEnd(_ h: Int) -> Int? {
        vocab.standaloneAuthorities.first { matches($0, at: h) }.map { h + $0.count }
    }

    /// Whether the head at word h is followed, within three words, by a place and ", le"
    /// with a day: "ministre Paris, le 5 septembre".
    func headsADateline(_ h: Int, before k: Int) -> Bool {
        // "Le Premier ministre Paris, le 26 juillet 2017": a whole title, not a bare head.
        if standaloneEnd(h) != nil { return false }
        guard let comma = (h + 1..<min(k, h + 4)).first(where: { w[$0] == "," }), comma > h + 1, comma + 2 < k, w[comma + 1] == "le" else { return false }
        return w[comma + 2].first?.isNumber == true
    }

    func scan() -> HeaderScan {
        var h = HeaderScan()
        let a = addressees()
        let blockAt = blockStart()
        h.items = a.items
        h.letterOpening = a.opening
        if let (n, r) = nor() { h.nor = n; h.norRange = r }
        h.subject = subject(norRange: h.norRange)
        h.recipients = recipients()
        if let t = ownTitle() { h.titleKind = t.kind; h.titleDate = t.date; h.titleSubject = t.subject }
        else { h.titleKind = kindBanner() }
        if let b = blockAt { h.emitter = emitterBefore(b) }
        if h.emitter == nil, let a = deferredBlockCue() { h.emitter = emitterBefore(a + 1) }
        h.placeDate = placeDate()
        return h
    }
}
