import CircText

/// Directives: what must (or may, or must not) be done, by whom, under which condition.
///
/// One sentence may carry several directives; it is split at the clause boundary before
/// each further marker. List items after "il convient de :" carry the marker of their
/// introduction; an introduction with content of its own takes its items into its text.
struct ObligationExtractor: Sendable {
    let lex: DeonticLexicon
    let services: [(String, String)]
    /// The lexicon's `titleLinks` (see `AddresseeExtractor`).
    let titleLinks: Set<String>
    /// The addressee lexicon's acronyms as words ("draaf", "ia-dasen"), with their ids: the
    /// subject of a directive when the document is addressed to that role.
    let acronyms: [([String], String)]
    /// The addressee lexicon's `officeQualifiers` (see `preferAddresseeTitles`).
    let officeQualifiers: [String]
    /// The addressee lexicon's `collectiveTitles` (see `preferAddresseeTitles`).
    let collectiveTitles: [String: [String]]

    struct ServicesFile: Decodable {
        struct S: Decodable { let id: String; let forms: [String] }
        let services: [S]
    }

    init(store: LexiconStore, addressees: AddresseeExtractor) throws {
        titleLinks = addressees.titleLinks
        officeQualifiers = addressees.officeQualifiers
        collectiveTitles = addressees.collectiveTitles
        acronyms = addressees.acronyms.map { (MatchWord.words($0.0), $0.1) }.filter { !$0.0.isEmpty }
        let serviceForms = try store.load("services.json", as: ServicesFile.self).services
            .flatMap { s in s.forms.map { (MatchWord.expand($0), s.id) } }
        services = serviceForms.map { (" " + $0.0 + " ", $0.1) }.sorted { $0.0.count > $1.0.count }
        // Subjects of "… veilleront à": titles and services, singular and plural.
        let singularToPlural = Dictionary(addressees.plurals.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        var phrases: [([String], String)] = []
        var recipientOnly: [([String], String)] = []
        for (form, id) in addressees.titles.map({ ($0.0, $0.1) }) + serviceForms {
            let words = MatchWord.words(form)
            guard !words.isEmpty else { continue }
            phrases.append((words, id))
            // The head and its adjectives before the first preposition take the plural:
            // "les procureurs généraux", "les directeurs départementaux de la sécurité publique".
            let complement = words.firstIndex { addressees.titleLinks.contains($0) } ?? words.count
            let plural = words.enumerated().map { k, x in k < complement ? Self.plural(x, singularToPlural) : x }
            if plural != words { phrases.append((plural, id)) }
            if let both = Self.compoundPlural(plural, after: complement, known: singularToPlural, links: addressees.titleLinks) { phrases.append((both, id)) }
        }
        // "élus": a recipient of a reported request only, no subject ("Les élus ont été invités
        // à partager leurs propositions" tells of a consultation).
        (recipientOnly, phrases) = (phrases.filter { addressees.recipientOnlyIds.contains($0.1) }, phrases.filter { !addressees.recipientOnlyIds.contains($0.1) })
        lex = try DeonticLexicon(store: store, actorPhrases: phrases.sorted { $0.0.count > $1.0.count },
                                 recipientPhrases: recipientOnly.sorted { $0.0.count > $1.0.count })
    }

    /// The plural of a title's word: the lexicon's, else "-al" → "-aux", else "-s".
    static func plural(_ x: String, _ known: [String: String]) -> String {
        if let p = known[x] { return p }
        if x.hasSuffix("s") || x.hasSuffix("x") || x.hasSuffix("-") { return x }
        if x.hasSuffix("al") { return String(x.dropLast(2)) + "aux" }
        return x + "s"
    }

    /// "Les inspecteurs d'académie-directeurs académiques des services … publieront…": a
    /// compound title's second head, glued to the complement of the first by its hyphen
    /// ("academie-directeur", a head the lexicon's plurals know), takes the plural with its
    /// adjectives up to the next link word, as the first head does. Nil without such a word.
    static func compoundPlural(_ words: [String], after complement: Int, known: [String: String], links: Set<String>) -> [String]? {
        guard complement < words.count,
              let k = words[complement...].firstIndex(where: { $0.contains("-") && known[String($0.split(separator: "-").last ?? "")] != nil }) else { return nil }
        var out = words
        var parts = out[k].split(separator: "-").map(String.init)
        parts[parts.count - 1] = plural(parts[parts.count - 1], known)
        out[k] = parts.joined(separator: "-")
        var j = k + 1
        while j < out.count && !links.contains(out[j]) { out[j] = plural(out[j], known); j += 1 }
        return out
    }

    /// A sentence cut by the layout is read on into the next units up to this many tokens
    /// (the longest sentence of the corpus has 254): a text of one unending "sentence" split
    /// by the segmenter every 1,024 tokens is not joined back into one.
    static let maxJoinedTokens = 300

    /// Longest enough to quote, short enough to stay one directive: list items are taken
    /// into their introduction only up to this many scalars.
    static let maxListExtension = 700

    /// Where a directive's actor comes from: the text names it; the document's default (the
    /// addressees of a circular, the recipients of a press item); or the actor the text last
    /// named ("Il revient au préfet d'exécuter celles-ci. … cette action doit être immédiate").
    enum ActorSource: UInt8 { case named, fallback, inherited }

    struct ActorSources {
        var kinds: [ActorSource] = []
        var blocks: [Int32] = []
        var mentions: [Int: String] = [:]
    }

    /// One pass over a document's units: the directives found so far, where each one's actor
    /// came from, and what a list introduction or a directive ending on a colon hands on to
    /// the items after it.
    struct Walk {
        var out: [Obligation] = []
        /// Per directive, where its actor came from (a byte and a block number: a hostile text
        /// has a directive every 40 bytes); the roles named before the inheriting ones.
        var sources = ActorSources()
        var pendingIntro: (modality: Modality, actor: String?, marker: String, block: Int)? = nil
        var extendTarget: (index: Int, block: Int, intro: MarkerHit)? = nil
        /// The title a share-out of tasks set before its items (`carrySubject`).
        var pendingSubject: (actor: String, block: Int)? = nil
        var lastInBlock: (block: Int, modality: Modality, actor: String?)? = nil
        var openQuote = false
        var quoteBlock = -1
        /// Whether the block `quoteBlock` is a Markdown blockquote ("> Vous exigerez…").
        var blockQuoted = false
        /// In a press item, the recipient the last sentences named last ("le ministre
        /// rappelle aux préfets…"): what "leur" stands for in "Il leur est demandé de…" when
        /// its own sentence names none. (A role merely listed is no antecedent.)
        var previousMention: String? = nil
        /// The role a subject pronoun opening unit `after + 1` stands for (`noteAntecedent`).
        var antecedent: (after: Int, actor: String)? = nil
        /// The block whose last speaker was a commentator (`followCommentator`), else -1.
        var commentatorBlock = -1
        /// Where a directive that names nobody may find the role it stands for (`inherit`): a
        /// block, and within it each list item from its bullet or number on.
        var scope: Int32 = -1
        var scopeBlock = -1
    }

    /// What stays the same over a document's units.
    struct Setting {
        let ctx: ExtractionContext
        let matcher: ClauseMatcher
        /// A press item reporting others' instructions (not a circular reproduced on a page).
        let reports: Bool
        /// A page that speaks to a private reader (`ClauseMatcher.servesTheReader`): the duties
        /// it states to "vous" ("Vous devez déposer votre demande…") are rules, actor null.
        var readerPage = false
        let defaultActor: String?
    }

    func extract(_ ctx: ExtractionContext, addressees: [Addressee]) -> [Obligation] {
        let s = ctx.structure
        if s.isConsolidatedCode { return [] }
        var matcher = ClauseMatcher(lex: lex, isPress: ctx.isPress)
        if ctx.isPress { matcher.authorWords = ctx.authorWords }
        matcher.documentActors = documentActors(addressees, matcher)
        matcher.documentIds = Set(addressees.map(\.id))
        // A page classed as a press item that instructs "vous" in its own voice, outside any
        // quotation, is the instruction itself (a circular reproduced on a web page).
        let voice = ctx.isPress ? Self.voice(s, matcher) : .reports
        let ownVoice = ctx.isPress && voice == .own
        let reports = ctx.isPress && !ownVoice
        var set = Setting(ctx: ctx, matcher: matcher, reports: reports,
                          defaultActor: ownVoice ? "addressees" : Self.defaultActor(ctx, addressees))
        set.readerPage = voice == .reader
        var walk = Walk()
        var next = 0
        while next < s.units.count {
            let ui = next
            next += 1
            let unit = itemUnderIntroduction(s, ui, walk, set.matcher) ?? s.units[ui]
            if unit.kind == .heading { noteHeading(s, ui, &walk) }
            Self.advanceScope(s, unit, &walk)
            guard let toks = unit.kind == .listItem && s.units[ui].kind != .listItem ? Array(s.text.sentences[unit.sentence].tokens)
                    : sentenceTokens(s, ui, next: &next, reports: reports) else { continue }
            var words = toks.map { MatchWord.of(s.text, s.text.tokens[$0]) }
            MatchWord.repairOCR(&words, vocabulary: lex.markerVocabulary, rnForM: lex.rnForM, cForE: lex.cForE, clitics: lex.futureClitics)
            MatchWord.repairCapitalI(&words, lex.ocrWords, numerals: lex.ocrNumerals, openers: lex.ocrClauseOpeners)
            let mention = reports ? lastActorPhrase(words, before: words.count, recipientsOnly: true) ?? documentRecipient(words, set.matcher) : nil
            defer { if let m = mention { walk.previousMention = m } }
            var hits = unitHits(set, unit, toks, words, &walk)
            if reports { followCommentator(&hits, words, toks, set, block: unit.block, &walk) }
            let emittedFrom = walk.out.count
            var firstStart: Int? = nil
            defer { noteAntecedent(words, walk.out[emittedFrom...], firstHitStart: firstStart, last: next - 1, &walk) }
            guard carryOver(set, unit, words, &hits, &walk) else { continue }
            resolvePronoun(&hits, words, ui, walk, reports: reports, s)
            if !reports { dropOwnPurpose(&hits, words) } else { dropDescriptions(&hits, words, press: true) }
            guard !hits.isEmpty else { continue }
            Self.mergeAdjacent(&hits, words)
            firstStart = hits.first?.start
            emit(hits, set, ui, toks, words, &walk)
        }
        // A communiqué is the authority's own voice: a rule it states for the public ("L'arrosage
        // des pelouses est interdit", "Les agriculteurs devront réduire…") binds whoever its
        // sentence or paragraph names, nobody else — no recipient reported elsewhere. So are the
        // rules of a préfet's arrêté a press item reports, when it names no recipient.
        let prefectsOwn = addressees.isEmpty && ctx.emitter?.hasPrefix("prefet-") == true
        let ownRules = reports && (ctx.kind == .communique || prefectsOwn)
        Self.inherit(&walk.out, walk.sources, reports: reports && !ownRules, default: ownRules ? nil : set.defaultActor,
                     recipients: Set(addressees.map(\.id)))
        if reports { Self.dropRepeatedQuotes(&walk.out) }
        Self.dropRepeatedText(&walk.out)
        completeAgentTitles(&walk.out, ctx.structure.text)
        Self.preferAddresseeTitles(&walk.out, addressees, qualifiers: officeQualifiers, collectives: collectiveTitles)
        return walk.out
    }

    /// The longest addressee title read as a subject, in words: "directeur régional de la
    /// protection judiciaire de la jeunesse" has nine.
    static let maxTitleWords = 12

    /// How a slug goes on into a title's complement ("recteur" | "-d-" | "academie").
    static let complementLinks = ["-d-", "-de-", "-du-", "-des-"]

    /// "Les recteurs veilleront à…" in a text to the recteurs d'académie: a short title the
    /// body uses for one of the document's addressees whose title it opens is that addressee
    /// (`recteur` → `recteur-d-academie`). Only when exactly one addressee opens so with a
    /// complement ("de …", "d'…": not `procureur-de-la-republique` → `…-antiterroriste`, another
    /// office), and the short title is not itself an addressee. An adjective of `qualifiers`
    /// after the whole short title names the same office too: "Les chefs d'établissement
    /// doivent…" in a text to the chefs d'établissement pénitentiaire. A collective title of
    /// `collectives` is the one specific office it stands for among the addressees ("demande
    /// aux élus" in an item whose recipients are the maires → `maire`; see
    /// `AddresseeExtractor.standsFor`).
    static func preferAddresseeTitles(_ out: inout [Obligation], _ addressees: [Addressee], qualifiers: [String] = [], collectives: [String: [String]] = [:]) {
        guard !addressees.isEmpty else { return }
        var memo: [String: String] = [:]
        for i in out.indices {
            guard let a = out[i].actor, a != "addressees" else { continue }
            if memo[a] == nil, let office = AddresseeExtractor.standsFor(a, in: addressees, collectives) { memo[a] = office }
            if memo[a] == nil {
                let longer = Set(addressees.lazy.map(\.id).filter { id in
                    Self.complementLinks.contains { id.hasPrefix(a + $0) } || qualifiers.contains { id == a + "-" + $0 }
                })
                memo[a] = longer.count == 1 && !addressees.contains(where: { $0.id == a }) ? longer.first! : a
            }
            out[i].actor = memo[a]
        }
    }

    /// The tokens of unit `ui` that can hold directives, nil for a unit that holds none (a
    /// heading, a header field). A press item's headline ("la DGCL demande la mise en place
    /// de …") counts for the requests it reports; a header line that is a sentence and no
    /// field ("Vous tiendrez compte de l'ancienneté du séjour.", too short to open the body;
    /// not "Résumé : …") for its directives. A sentence the layout cut at a line end ("Il
    /// revient au préfet" / "d'exécuter celles-ci, …") reads on into the next unit of the
    /// paragraph when this one ends without punctuation and that one opens in lowercase:
    /// `next` moves past the units read.
    func sentenceTokens(_ s: DocumentStructure, _ ui: Int, next: inout Int, reports: Bool) -> [Int]? {
        let tt = s.text
        let units = s.units
        let u = units[ui]
        var toks = Array(tt.sentences[u.sentence].tokens)
        let headline = u.kind == .header && (reports || Self.endsSentence(tt, toks[toks.count - 1])
            && !toks.contains { tt.tokens[$0].kind == .punct && tt.text.sourceScalar(at: Int(tt.tokens[$0].start)) == ":" })
        guard u.kind == .paragraph || u.kind == .listItem || u.kind == .footnote || u.kind == .header else { return nil }
        let first = next
        while u.kind == .paragraph || u.kind == .header, next < units.count, units[next].kind == .paragraph, units[next].block == u.block,
              toks.count + tt.sentences[units[next].sentence].tokens.count <= Self.maxJoinedTokens,
              Self.continues(tt, toks[toks.count - 1], tt.sentences[units[next].sentence]) {
            toks += tt.sentences[units[next].sentence].tokens
            next += 1
        }
        guard u.kind != .header || headline || next > first else { return nil }
        return toks
    }

    /// The markers of one unit. A press item speaks to "vous" only in what it quotes; outside
    /// a quotation, "vous" is the site's reader ("Vous pouvez retrouver le télégramme sur
    /// notre site", "Abonnez-vous"). A headline that is no sentence keeps only the requests
    /// it reports.
    func unitHits(_ set: Setting, _ u: StructureUnit, _ toks: [Int], _ words: [String], _ walk: inout Walk) -> [MarkerHit] {
        let tt = set.ctx.text
        // "Que doivent faire les préfets ?": a question (an FAQ's, a page's subheading) asks
        // what the duty is; the answer after it states it.
        if words.last == "?" { return [] }
        let inQuote = Self.quoteMask(tt, toks)
        var hits = set.matcher.hits(words: words, inQuote: inQuote)
        if hits.contains(where: { $0.marker == "futur" }) { hits.removeAll { $0.marker == "futur" && Self.futureIsAName(tt, toks, $0) } }
        guard set.reports else { return Self.withTableDuties(hits, tableDuties(words, set.matcher), words) }
        if u.block != walk.quoteBlock {
            walk.openQuote = false; walk.quoteBlock = u.block
            walk.blockQuoted = Self.opensBlockQuote(tt, toks)
        }
        let quoted = walk.blockQuoted ? [Bool](repeating: true, count: toks.count)
            : Self.quotedAcrossSentences(tt, toks, open: &walk.openQuote)
        if hits.contains(where: \.second) {
            hits.removeAll { $0.second && !inQuote[$0.start] && !quoted[$0.start] && !(set.readerPage && Self.isReaderDuty($0)) }
            for i in hits.indices where hits[i].second && set.readerPage && Self.isReaderDuty(hits[i]) && !inQuote[hits[i].start] {
                hits[i].second = false
                hits[i].actor = ClauseMatcher.nobody
            }
        }
        if u.kind == .header && !Self.endsSentence(tt, toks[toks.count - 1]) { hits.removeAll { !$0.marker.hasPrefix("@") } }
        // "Toussaint : Bruno Retailleau appelle à « une extrême vigilance »": a headline's noun
        // appeal announces the request the lede reports with its recipients — one directive.
        if u.kind == .header { hits.removeAll(where: \.nounAppeal) }
        return hits
    }

    /// "Le directeur général de l'alimentation Bruno FERREIRA": a future's "-ra" ending on a
    /// capitalised word, in a sentence that has lower-case words before it, is a name (a
    /// flattened signature), no verb. A sentence all in capitals keeps its futures ("LES
    /// UNITÉS EFFECTUERONT…").
    static func futureIsAName(_ tt: TokenizedText, _ toks: [Int], _ h: MarkerHit) -> Bool {
        let v = h.end - 1
        guard v > 0, v < toks.count else { return false }
        let scalars = tt.text.scalars
        let isUpper = { (k: Int) in scalars[Int(tt.tokens[toks[k]].start)].properties.isUppercase }
        guard tt.tokens[toks[v]].kind == .word, isUpper(v) else { return false }
        return (0..<v).contains { tt.tokens[toks[$0]].kind == .word && !isUpper($0) }
    }

    /// What the units before hand on: list items carry their introduction's marker; a list
    /// that continues its introduction ("… suivantes :" then items) is one directive — unless
    /// the items open on an infinitive ("- Vérifier la situation de …"), each then a directive
    /// of its own, of the introduction's modality; "D'abord …" after a directive announcing
    /// several continues it; in a press item, the measures listed after a directive ("… prenez
    /// toute décision utile. Pas d'alcool sur la voie publique, le port du masque
    /// obligatoire") are its. False when the unit only extended the directive before it.
    func carryOver(_ set: Setting, _ u: StructureUnit, _ words: [String], _ hits: inout [MarkerHit], _ walk: inout Walk) -> Bool {
        let tt = set.ctx.text
        let label = u.listItem ? Self.itemLabel(tt, tt.sentences[u.sentence]) ?? Self.infinitiveItemLabel(tt, tt.sentences[u.sentence], set.matcher) : nil
        let firstOfItem = label != nil
        // "Organiser la vie quotidienne… ;" in a paragraph of its own: a web copy drops the
        // bullets of the list under an introduction, each item a paragraph that opens on an
        // infinitive.
        let bareItem = !u.listItem && hits.isEmpty && set.matcher.isInfinitive(words, 0)
            && walk.pendingIntro.map { u.block > $0.block } == true
        if let intro = walk.pendingIntro {
            if (u.listItem || bareItem) && u.block >= intro.block {
                if (firstOfItem || bareItem) && !Self.itemStatesOwnRule(hits, words, label: label, set.matcher) {
                    let modality = Self.itemModality(intro.modality, set.matcher, words, label ?? 0, ownMeasures: intro.actor == ClauseMatcher.nobody)
                    hits.insert(MarkerHit(start: 0, end: 0, modality: modality, actor: intro.actor, marker: intro.marker), at: 0)
                    if hits.count == 1 { hits += Self.runOnItems(words, hits[0], set.matcher) }
                }
                if firstOfItem || bareItem {
                    let run = Self.flattenedItems(words, MarkerHit(start: 0, end: 0, modality: intro.modality, actor: intro.actor, marker: intro.marker), set.matcher)
                    if !run.isEmpty { hits = (hits + run).sorted { $0.start < $1.start } }
                }
            } else { walk.pendingIntro = nil }
        }
        if let t = walk.extendTarget {
            if u.listItem && hits.isEmpty && u.block >= t.block {
                if let skip = label, set.matcher.isInfinitive(words, skip) {
                    var item = t.intro
                    item.start = 0; item.end = 0; item.marker = "item"; item.listIntro = false
                    item.modality = Self.itemModality(item.modality, set.matcher, words, skip)
                    hits = [item]
                } else {
                    let span = walk.out[t.index].span
                    if u.range.upperBound - span.start <= Self.maxListExtension {
                        walk.out[t.index].span = SourceSpan(span.start, u.range.upperBound)
                        walk.out[t.index].text = tt.text.sourceString(walk.out[t.index].span.range)
                        walk.out[t.index].plain = Self.shared(tt.text.clean(walk.out[t.index].span.range), walk.out[t.index].text)
                        walk.extendTarget = (t.index, u.block, t.intro)
                    }
                    return false
                }
            } else if !u.listItem { walk.extendTarget = nil }
        }
        if hits.isEmpty, let last = walk.lastInBlock, last.block == u.block, startsWithEnumerator(words) {
            hits.append(MarkerHit(start: 0, end: 0, modality: last.modality, actor: last.actor, marker: "enumeration"))
        }
        // "… à s'assurer que les résultats s'obtiennent ;" / "et s'ils éprouvent des obstacles,
        // à les lever;": a duty of the same series, in a unit of its own.
        if hits.isEmpty, let last = walk.lastInBlock, last.block == u.block, last.modality == .obligation,
           let e = set.matcher.continuedDuty(words) {
            hits.append(MarkerHit(start: 0, end: e, modality: last.modality, actor: last.actor, marker: "et … à"))
        }
        if hits.isEmpty, set.reports, let last = walk.lastInBlock, last.block == u.block || last.block == u.block - 1 {
            hits = set.matcher.measures(words)
        }
        carrySubject(set, u, words, label: label, &hits, &walk)
        if hits.isEmpty, !set.reports, let skip = label, Self.isProcedureSheetItem(u, words, skip, set.matcher) {
            hits = [MarkerHit(start: 0, end: 0, modality: .obligation, actor: nil, marker: "fiche")]
        }
        if hits.isEmpty { hits = nominalItemHits(set.ctx.structure, u, words, set.matcher) }
        return true
    }

    /// "Accompagner la reprise de l'activité ; Prendre en compte les publics fragiles ;": two
    /// items a copy ran onto one line, the second after a semicolon, each a directive of the
    /// introduction's.
    static func runOnItems(_ words: [String], _ item: MarkerHit, _ matcher: ClauseMatcher) -> [MarkerHit] {
        guard words.count > 3 else { return [] }
        var out: [MarkerHit] = []
        for k in 1..<(words.count - 2) where words[k] == ";" && matcher.isInfinitive(words, k + 1) {
            var next = item
            next.start = k + 1; next.end = k + 1
            next.modality = itemModality(item.modality, matcher, words, k + 1)
            out.append(next)
        }
        return out
    }

    /// An item's modality under its introduction's: "b) ne pas exiger de pièces…" under "je
    /// vous demande de :" is a duty to refrain, a prohibition, as "je vous demande de ne pas
    /// exiger…" would be.
    /// `ownMeasures`: measures the text states in its own voice ("Les mesures à respecter
    /// sont les suivantes :"), where an item opening on a measure noun keeps that noun's
    /// modality ("- interdiction de rassemblement de volailles": a ban).
    static func itemModality(_ intro: Modality, _ matcher: ClauseMatcher, _ words: [String], _ from: Int?, ownMeasures: Bool = false) -> Modality {
        guard intro == .obligation, var k = from else { return intro }
        while k < words.count && ["-", "•", "–", "—", "*"].contains(words[k]) { k += 1 }
        if ownMeasures, k < words.count, let m = matcher.lex.listItems.measureNouns[words[k]] { return m }
        guard matcher.negatedComplement(words, from: k) else { return intro }
        return .prohibition
    }

    /// One obligation per marker, over its clause; an introduction ("… il convient de :") has
    /// no content of its own: its items carry it.
    func emit(_ hits: [MarkerHit], _ set: Setting, _ ui: Int, _ toks: [Int], _ words: [String], _ walk: inout Walk) {
        let s = set.ctx.structure
        let tt = s.text
        let u = s.units[ui]
        let bounds = segmentBounds(words, hits)
        for (i, h) in hits.enumerated() {
            if h.listIntro {
                walk.pendingIntro = (h.modality, h.actor, h.marker, u.block)
                continue
            }
            let r = bounds[i]
            guard r.lowerBound < r.upperBound else { continue }
            let a = Int(tt.tokens[toks[r.lowerBound]].start), b = Int(tt.tokens[toks[r.upperBound - 1]].end)
            let span = SourceSpan(a, b)
            var ob = Obligation(text: tt.text.sourceString(span.range), span: span, section: u.section,
                                modality: h.modality, marker: h.end > h.start ? tt.text.clean(Int(tt.tokens[toks[h.start]].start)..<Int(tt.tokens[toks[h.end - 1]].end)) : h.marker,
                                actor: nil, condition: condition(words, toks, r, tt), emphasis: Self.emphasis(tt.text, span.range))
            let (who, source) = actor(h, set.ctx, ui, words, toks, default: set.defaultActor, reports: set.reports)
            ob.actor = who
            ob.plain = Self.shared(tt.text.clean(span.range), ob.text)
            ob.reported = set.reports
            walk.out.append(ob, projectingFrom: ui, of: s.units.count)
            walk.sources.kinds.append(source)
            walk.sources.blocks.append(walk.scope)
            // A pronoun recipient in a press item ("aux préfets, le ministre leur demande")
            // stands for the role named before it in the sentence.
            let pronoun = set.reports && words[h.start..<h.end].contains { lex.indirectClitics.contains($0) || lex.directClitics.contains($0) }
            if source == .inherited && (!set.reports || pronoun),
               let m = lastActorPhrase(words, before: pronoun ? Self.requesterStart(words, h.start, set.matcher) : h.start) ?? (pronoun ? walk.previousMention : nil) {
                walk.sources.mentions[walk.out.count - 1] = m
            } else if source == .inherited && h.reported && h.marker != "@et de", let m = lastActorPhrase(words, before: h.end) {
                // "Le ministre a également invité les préfets à …": the recipient the request
                // itself names (a communiqué hands no recipient on from sentence to sentence).
                walk.sources.mentions[walk.out.count - 1] = m
            }
            // "Il leur demande d'activer… et de coordonner…": the second request is made of
            // the same recipient as the first (not of a role the first request's words name:
            // 'recommande « d'associer les policiers/gendarmes … », de « mobiliser … »').
            if h.marker == "@et de", source == .inherited, walk.out.count >= 2, let m = walk.sources.mentions[walk.out.count - 2] {
                walk.sources.mentions[walk.out.count - 1] = m
            }
            walk.lastInBlock = (u.block, h.modality, ob.actor)
            if i == hits.count - 1, let lastWord = words.last, lastWord == ":" { walk.extendTarget = (walk.out.count - 1, u.block, h) }
        }
    }

    /// "Le préfet leur demande de…": the role right before a reported request's recipient
    /// pronoun asks, it is not what the pronoun stands for — the recipient is named before
    /// it (or in the sentence before). Where that role starts, else `start`.
    static func requesterStart(_ words: [String], _ start: Int, _ matcher: ClauseMatcher) -> Int {
        matcher.namedSubject(words, before: start)?.0 ?? start
    }

    /// Words that may stand between two markers of one directive: "Vous veillerez à vous
    /// assurer…", "je vous demande de veiller à…" (folded, elisions spelt out).
    static let linkWords: Set<String> = ["a", "de", "que", "ce", "en", ",", "egalement", "aussi", "desormais", "notamment", "encore", "toutefois", "enfin", "deja"]

    /// ("Les préfets pourront également interdire la vente…": an adverb between a modal and
    /// the verb it governs links them too.)
    /// A marker that follows another with nothing between them but "à", "de", "que"… has no
    /// content of its own: it is part of the first one's directive, not a directive (the first
    /// governs nothing until it). So a line of "Vous veillerez à " repeated three million times
    /// is one directive, not three million empty ones (issue 11).
    static func mergeAdjacent(_ hits: inout [MarkerHit], _ words: [String]) {
        guard hits.count > 1 else { return }
        var kept: [MarkerHit] = []
        kept.reserveCapacity(hits.count)
        var previous: MarkerHit? = nil
        for h in hits {
            defer { previous = h }
            // Against the hit just before, kept or not: a chain of such markers is one directive.
            if let last = previous, !kept.isEmpty, !last.listIntro, !h.listIntro, last.end > last.start, h.end > h.start,
               h.start >= last.end, h.start - last.end <= 2,
               words[last.end..<h.start].allSatisfy(linkWords.contains) {
                continue
            }
            kept.append(h)
        }
        if kept.count < hits.count { hits = kept }
    }

    /// A full stop, "!" or "?" (or "…"): the unit is a sentence.
    static func endsSentence(_ tt: TokenizedText, _ last: Int) -> Bool {
        let t = tt.tokens[last]
        guard t.kind == .punct else { return false }
        let c = tt.text.sourceScalar(at: Int(t.start))
        return c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    /// Whether the unit `next` continues a sentence that ends with `last`: no closing
    /// punctuation before, a lowercase letter after.
    static func continues(_ tt: TokenizedText, _ last: Int, _ next: Sentence) -> Bool {
        let t = tt.tokens[last]
        if t.kind == .punct {
            let c = tt.text.sourceScalar(at: Int(t.start))
            if c == "." || c == "!" || c == "?" || c == ":" || c == ";" || c == "\u{2026}" { return false }
        }
        let first = tt.text.scalars[Int(tt.tokens[next.tokens.lowerBound].start)]
        return first.properties.isLowercase
    }

    /// A press item that repeats a quoted request ("a demandé aux préfets « faire remonter
    /// les noms … »" in the lede, then "leur a demandé de « faire remonter les noms … »"):
    /// one directive, kept where it is first reported.
    static func dropRepeatedQuotes(_ out: inout [Obligation]) {
        var seen = Set<String>()
        var repeated: [Int] = []
        for (i, ob) in out.enumerated() {
            let quotes = quotedPassages(ob.plain ?? ob.text)
            if quotes.contains(where: { seen.contains($0) }) { repeated.append(i) }
            seen.formUnion(quotes)
        }
        // Compacted in place: no copy of a large result, linear however many repeat.
        guard !repeated.isEmpty else { return }
        var kept = 0, r = 0
        for i in out.indices {
            if r < repeated.count && repeated[r] == i { r += 1; continue }
            if kept != i { out.swapAt(kept, i) }
            kept += 1
        }
        out.removeLast(out.count - kept)
    }

    /// A quotation this long is the request itself, not a term of it ("projets territoriaux
    /// de sortie de l'hiver" is quoted in several requests).
    static let repeatedQuoteWords = 10

    /// The passages of at least `repeatedQuoteWords` words between quotation marks, folded.
    static func quotedPassages(_ text: String) -> [String] {
        var out: [String] = []
        var current: [Unicode.Scalar]? = nil
        for c in text.unicodeScalars {
            let isQuote = c == "\u{AB}" || c == "\u{BB}" || c == "\u{201C}" || c == "\u{201D}" || c == "\""
            if isQuote {
                if let q = current {
                    let passage = Fold.string(String(String.UnicodeScalarView(q))).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
                    if passage.split(separator: " ").count >= Self.repeatedQuoteWords { out.append(passage) }
                    current = nil
                } else {
                    current = []
                }
            } else {
                current?.append(c)
            }
        }
        return out
    }

    /// Gives each directive that names nobody ("cette action doit être immédiate", "Il est
    /// donc indispensable que …") the actor the text last named: in a press item, the last
    /// recipient reported before it (or, before any, the first one reported); in a circular,
    /// a role named before it in its paragraph or its sentence; else the document's default.
    /// A press item's directives that name nobody wait for the next recipient it names
    /// (`pending`); only one of its recipients (`recipients`, the addressees) fills them: a rule's
    /// own subject ("Les agriculteurs irrigants doivent réduire…") binds its sentence alone,
    /// not the bans stated for everyone before it ("il est interdit d'arroser…").
    static func inherit(_ out: inout [Obligation], _ sources: ActorSources, reports: Bool, default d: String?,
                        recipients: Set<String> = []) {
        guard sources.kinds.contains(.inherited) else { return }
        var last: String? = nil
        var lastBlock: Int32 = -1
        var pending: [Int] = []
        for i in out.indices {
            if !reports && sources.blocks[i] != lastBlock { last = nil; lastBlock = sources.blocks[i] }
            switch sources.kinds[i] {
            case .named:
                if let a = out[i].actor, a != "addressees" { last = a }
                if reports, let a = last, recipients.contains(a) { for p in pending { out[p].actor = a }; pending.removeAll() }
            case .fallback:
                // "Vous pouvez interdire…" between "les services de renseignement évalueront…"
                // and "Les arrêtés doivent être publiés": in a circular, the addressees were
                // named last.
                if !reports { last = nil }
            case .inherited:
                // A press item's pronoun recipient: the role its sentence named.
                if reports, let m = sources.mentions[i] {
                    out[i].actor = m
                    last = m
                    for p in pending { out[p].actor = m }
                    pending.removeAll()
                } else if let a = last { out[i].actor = a }
                else if reports { pending.append(i) }
                else { out[i].actor = sources.mentions[i] ?? d }
            }
        }
        for p in pending { out[p].actor = d }
    }

    /// The last addressee title or service named in `words` before `end`. A recipient (after
    /// "à"/"au"/"aux", or the roles a meeting gathered: "a réuni l'ensemble des préfets")
    /// coordinated right after another of the same title ("aux préfets de département et au
    /// préfet de police": the Paris case of one role) does not replace it: "Elle leur
    /// demande…" speaks to the head of the list. Two different roles ("aux sous-préfets et aux
    /// maires") keep the last, the nearer.
    func lastActorPhrase(_ w: [String], before end: Int, recipientsOnly: Bool = false) -> String? {
        var found: String? = nil
        var lastEnd = -1, lastHead = ""
        var k = 0
        while k < end {
            let introduced = k > 0 && ["aux", "au", "a"].contains(w[k - 1])
            if !recipientsOnly || introduced || gathered(w, k), let candidates = lex.actorPhrasesByFirst[w[k]],
               let (phrase, id) = candidates.first(where: { k + $0.0.count <= end && ClauseMatcher.phrase($0.0, in: w, at: k) }) {
                let head = ClauseMatcher.singular(w[k])
                let coordinated = introduced && found != nil && k >= 2 && lastEnd == k - 2 && (w[k - 2] == "et" || w[k - 2] == ",") && head == lastHead
                if !coordinated { found = id; lastHead = head }
                k += phrase.count
                lastEnd = k
                continue
            }
            k += 1
        }
        return found
    }

    /// Whether the role at `k` is one a meeting gathered: "a réuni l'ensemble des préfets",
    /// "a convoqué les procureurs" (a verb of `meetingRecipients` up to five words before).
    func gathered(_ w: [String], _ k: Int) -> Bool {
        guard k >= 2, w[k - 1] == "les" || w[k - 1] == "des" else { return false }
        return w[max(0, k - 6)..<(k - 1)].contains { lex.meetingVerbs.contains($0) }
    }

    /// Whether a press item instructs "vous" outside any quotation: "Vous tiendrez compte
    /// de…" on a page that reproduces a circular, not "« Je vous demande … », écrit le
    /// ministre". Quotations are followed across the sentences of a paragraph. Imperatives
    /// and permissions do not count (site furniture: "Découvrez…", "vous pouvez consulter…").
    /// How a press-classed page speaks: in its own voice to "vous" (a circular reproduced on a
    /// web page), to a private reader (an association's explanation), or reporting.
    enum Voice { case own, reader, reports }

    /// "Vous devez déposer votre demande…", "Vous ne devez pas quitter la région…": a duty a
    /// page for private readers states to them — not its advice ("Pensez à…", "N'hésitez
    /// pas à…": imperatives and recommendations).
    static func isReaderDuty(_ h: MarkerHit) -> Bool {
        (h.modality == .obligation || h.modality == .prohibition) && (h.marker.hasPrefix("vous devez") || h.marker.hasPrefix("vous etes tenu"))
    }

    static func voice(_ s: DocumentStructure, _ matcher: ClauseMatcher) -> Voice {
        let tt = s.text
        var open = false, own = false, blockQuoted = false
        var block = -1, checkedSinceOwn = 0
        for u in s.units where u.kind == .paragraph || u.kind == .listItem {
            let toks = Array(tt.sentences[u.sentence].tokens)
            if u.block != block { open = false; block = u.block; blockQuoted = opensBlockQuote(tt, toks) }
            // A reader's page shows an administration's duty toward "vous" near its own first
            // "vous devez"; a long text in its own voice is not read to its end for it.
            if own && checkedSinceOwn >= Self.readerLookahead { break }
            let quoted = blockQuoted ? [Bool](repeating: true, count: toks.count) : quotedAcrossSentences(tt, toks, open: &open)
            // Only sentences that say "vous" (four letters: no folding of the other words).
            guard toks.contains(where: { tt.tokens[$0].kind == .word && tt.tokens[$0].end - tt.tokens[$0].start == 4 && tt.folded(tt.tokens[$0]) == "vous" }) else { continue }
            let words = toks.map { MatchWord.of(tt, tt.tokens[$0]) }
            let hits = matcher.hits(words: words, inQuote: quoted)
            // "La préfecture doit vous délivrer un récépissé": the page speaks to a private reader.
            if hits.contains(where: { !quoted[$0.start] && matcher.servesTheReader($0, words) }) { return .reader }
            if own { checkedSinceOwn += 1 }
            if hits.contains(where: { $0.second && $0.modality == .obligation && $0.marker != "impératif" && !quoted[$0.start] }) { own = true }
        }
        return own ? .own : .reports
    }

    /// How many sentences saying "vous" after the first one in the page's own voice are read
    /// for a sign of a private reader.
    static let readerLookahead = 8

    /// The clean text, or the source text itself when they are equal (most directives have
    /// no markup): the two then share one buffer instead of holding two copies.
    static func shared(_ plain: String, _ text: String) -> String { plain == text ? text : plain }

    /// A sentence's end inside the words of one unit ("… des supporters violents.</p><p>Les
    /// arrêtés … doivent être pris", "… en rétention. a) L'assignation …" in a flattened web
    /// copy): the segmenter splits before a space and a capital only, so markup or a list
    /// label glued after the full stop keeps two sentences in one unit. Abbreviations keep
    /// their dot in their token ("art.", "M."), so a bare "." token ends a sentence ("!" and
    /// "?" too) — not the dot of a label ("1.", "II.", "a.": a number, a Roman numeral or a
    /// letter before it), nor a stop before a lower-case word of two letters or more, as the
    /// segmenter reads it: OCR's "inviter MM . les maires" sets an abbreviation's dot apart.
    static func endsSentence(_ w: [String], _ k: Int) -> Bool {
        // One byte compared before any hashing: this runs on the words of every directive.
        var u = w[k].utf8.makeIterator()
        guard let c = u.next(), c == 46 || c == 33 || c == 63, u.next() == nil, k > 0 else { return false }
        let p = w[k - 1]
        if p.count == 1 || p.allSatisfy(\.isNumber) { return false }
        if k + 1 < w.count, w[k + 1].count >= 2, w[k + 1].unicodeScalars.first?.properties.isLowercase == true { return false }
        return !(p.count <= 4 && p.allSatisfy { "ivxlc".contains($0) })
    }

    /// Whether the words from `k` open on a preposition that governs an infinitive ("de",
    /// "d'" folded, "à" folded), past a quotation mark.
    static func opensPreposition(_ w: [String], _ k: Int) -> Bool {
        var i = k
        while i < w.count && w[i] == "\"" { i += 1 }
        return i < w.count && (w[i] == "de" || w[i] == "a")
    }

    /// Token ranges (indices into the sentence) of each directive: from the clause boundary
    /// before its marker to the boundary before the next one.
    func segmentBounds(_ w: [String], _ hits: [MarkerHit]) -> [Range<Int>] {
        var starts: [Int] = [Self.skippingTags(w, from: 0)]
        if let first = hits.first, let dot = (0..<first.start).last(where: { Self.endsSentence(w, $0) }) {
            starts[0] = Self.skippingTags(w, from: dot + 1)
        }
        // A table's row and a list line (`ClauseMatcher.lineMeasureMarker`) start their duty.
        let ownStart: (MarkerHit) -> Bool = { $0.marker == Self.tableMarker || $0.marker == ClauseMatcher.lineMeasureMarker }
        if let first = hits.first, ownStart(first) { starts[0] = first.start }
        for i in 1..<max(1, hits.count) where hits.count > 1 {
            let lo = hits[i - 1].end, hi = hits[i].start
            if ownStart(hits[i]) { starts.append(hi); continue }
            // "Les préfets doivent, avant le 30 janvier, dresser … puis définir …": the second
            // infinitive's directive starts at its coordinator, not at the incise's comma.
            if hits[i].marker.hasSuffix(ClauseMatcher.secondInfinitiveMarker) { starts.append(hi); continue }
            var cut = -1
            var k = hi - 1
            while k >= lo {
                if lex.clauseBoundaries.contains(w[k]) || Self.endsSentence(w, k) { cut = k; break }
                k -= 1
            }
            if cut < 0 { cut = hi }
            // "de bien respecter la date et l'heure de leur rendez-vous et de venir …": a second
            // command whose marker opens on its own "et" starts there, not at an earlier "et"
            // that joins two nouns of the first ("et «d'anticiper et d'évaluer»": an earlier "et"
            // that opens a preposition's infinitive starts the command, as before).
            if w[hi] == "et", w[cut] == "et", cut < hi, !Self.opensPreposition(w, cut + 1) { starts.append(hi); continue }
            // A comma or semicolon ends the previous clause; a word ("que", "et") starts the next.
            if Self.endsSentence(w, cut) { starts.append(Self.skippingTags(w, from: cut + 1)); continue }
            starts.append([",", ";", ":"].contains(w[cut]) ? cut + 1 : cut)
        }
        var out: [Range<Int>] = []
        for i in starts.indices {
            var end = i + 1 < starts.count ? starts[i + 1] : w.count
            // The last directive ends with its sentence, not with the next one the unit holds
            // (a closing quotation mark or a quoting page's "[..]" after it stays its own).
            if i + 1 == starts.count, let last = hits.last, last.end < w.count,
               let dot = (last.end..<(w.count - 1)).first(where: { Self.endsSentence(w, $0) }),
               w[(dot + 1)...].contains(where: { $0.first?.isLetter == true }) { end = dot + 1 }
            if i + 1 < starts.count { while end > starts[i] && [",", ";", ":"].contains(w[end - 1]) { end -= 1 } }
            // A table's duty ends with its row (its deadline's cell: "réunir un comité | chaque
            // trimestre"); the next row is not the next duty's.
            if hits[i].marker == Self.tableMarker, let bar = Self.rowEnd(w, from: hits[i].start), bar < end { end = bar }
            if i + 1 < starts.count, hits[i].marker != Self.tableMarker, hits[i + 1].marker == Self.tableMarker, let bar = w[starts[i]..<end].firstIndex(of: "|"), bar > starts[i] { end = bar }
            // "… pris.</p> <p>": the tags before the next directive are neither's.
            while end > starts[i] + 1 && w[end - 1] == ">", let open = w[max(starts[i], end - 8)..<end].lastIndex(of: "<") { end = open }
            out.append(starts[i]..<end)
        }
        return out
    }

    /// The index after the HTML tags that open at `j` ("</p> <p>", "<strong>"): a directive's
    /// text starts at its first word.
    static func skippingTags(_ w: [String], from j: Int) -> Int {
        var j = j
        while j < w.count && w[j] == "<", let close = w[j..<min(w.count, j + 8)].firstIndex(of: ">") { j = close + 1 }
        return j
    }

    /// A new scope of inheritance at each block and at each list item: "• Les parquets
    /// veilleront à saisir le juge. • Les services de la PJJ doivent réaliser…", "2. Les services
    /// de police procéderont à l'interpellation. 3. … elle doit être notifiée sans délai" — an
    /// item states its own directive; the role the item before named does not act in it.
    static func advanceScope(_ s: DocumentStructure, _ u: StructureUnit, _ walk: inout Walk) {
        guard u.block != walk.scopeBlock || opensNumberedOrBulleted(s.text, s.text.sentences[u.sentence]) else { return }
        walk.scope &+= 1
        walk.scopeBlock = u.block
    }

    /// A bullet, a legal number ("1°") or a number and its sign ("3.", "2)") opens the sentence,
    /// whatever the case of the word after it (unlike `itemLabel`, which must tell an item
    /// from a heading).
    static func opensNumberedOrBulleted(_ tt: TokenizedText, _ sen: Sentence) -> Bool {
        if startsItem(tt, sen) { return true }
        let toks = sen.tokens
        let t = tt.tokens[toks.lowerBound]
        if t.kind == .ordinal && tt.text.scalars[Int(t.end) - 1] == "°" { return true }
        guard toks.count >= 3, t.kind == .number, t.end - t.start <= 2 else { return false }
        let sign = tt.tokens[toks.lowerBound + 1]
        guard sign.kind == .punct, sign.end == sign.start + 1 else { return false }
        let c = tt.text.scalars[Int(sign.start)]
        return c == "." || c == ")"
    }

    static func startsItem(_ tt: TokenizedText, _ sen: Sentence) -> Bool {
        let t = tt.tokens[sen.tokens.lowerBound]
        let c = tt.text.scalars[Int(t.start)]
        return ListBullet.isBullet(c)
    }

    /// Whether a list item opens here, and how many label tokens stand before its first word:
    /// 0 after a bullet or a legal number ("- vérifier…", "1° vérifier…": the infinitive test
    /// skips those itself), 2 after a letter or number and its sign ("a) vérifier…", "2. saisir
    /// …", "ii) consulter…"), whose first word must then be lowercase — "A. Les mesures" is a
    /// heading. Nil: no item opens (a wrapped line of the item before).
    static func itemLabel(_ tt: TokenizedText, _ sen: Sentence) -> Int? {
        let toks = sen.tokens
        let t = tt.tokens[toks.lowerBound]
        if startsItem(tt, sen) { return 0 }
        if t.kind == .ordinal && tt.text.scalars[Int(t.end) - 1] == "°" { return 0 }
        guard toks.count >= 3, t.end - t.start <= 4, t.kind == .number || t.kind == .word else { return nil }
        let sign = tt.tokens[toks.lowerBound + 1], first = tt.tokens[toks.lowerBound + 2]
        guard sign.kind == .punct, sign.end == sign.start + 1, ")" == tt.text.scalars[Int(sign.start)] || "." == tt.text.scalars[Int(sign.start)],
              first.kind == .word || first.kind == .elision, tt.text.scalars[Int(first.start)].properties.isLowercase else { return nil }
        if t.kind == .number { return t.end - t.start <= 2 ? 2 : nil }
        let w = tt.folded(t)
        return w.count == 1 || w.allSatisfy({ "ivx".contains($0) }) ? 2 : nil
    }

    /// A line numbered by a letter or a number ("a) vérifier…", "2. saisir le juge…") right
    /// after a directive ending on a colon is one of its items, although the layout reads the
    /// label as a section's ("2.") or the line as a paragraph: the unit as a list item, nil for
    /// any other unit. Only while an introduction waits for its items, so "1. Le contrôle" as a
    /// heading elsewhere stays one. A capital after the label counts when the item opens on
    /// an infinitive ("1. Identifier, dans chaque département, un pôle… ;"): a heading is a
    /// noun phrase.
    func itemUnderIntroduction(_ s: DocumentStructure, _ ui: Int, _ walk: Walk, _ matcher: ClauseMatcher) -> StructureUnit? {
        var u = s.units[ui]
        guard u.kind == .paragraph || u.kind == .heading, !u.listItem else { return nil }
        guard let block = walk.pendingIntro?.block ?? walk.extendTarget?.block, u.block >= block else { return nil }
        let sen = s.text.sentences[u.sentence]
        guard let skip = Self.itemLabel(s.text, sen) ?? Self.infinitiveItemLabel(s.text, sen, matcher), skip > 0,
              !Self.followsClosedDashedList(s, ui) else { return nil }
        u.kind = .listItem
        u.listItem = true
        return u
    }

    /// "- requérir la saisie des avoirs." then "2. Protéger les victimes": a line numbered right
    /// after a dashed item that closes its list on a full stop is the next part's heading (a
    /// table of contents' numbering), not one more item of the list; numbered items go on
    /// from numbered ones, and dashed items from dashed ones.
    static func followsClosedDashedList(_ s: DocumentStructure, _ ui: Int) -> Bool {
        guard ui > 0, s.units[ui - 1].listItem else { return false }
        let tt = s.text
        let toks = tt.sentences[s.units[ui - 1].sentence].tokens
        guard !toks.isEmpty else { return false }
        let first = tt.tokens[toks.lowerBound], last = tt.tokens[toks.upperBound - 1]
        guard first.kind == .punct || first.kind == .symbol, ListBullet.isBullet(tt.text.scalars[Int(first.start)]) else { return false }
        return last.kind == .punct && tt.text.scalars[Int(last.start)] == "."
    }

    /// "1. Identifier…", "b) Saisir…": a number or a letter, "." or ")", then a capitalised
    /// infinitive — 2 (the words before the infinitive), else nil.
    static func infinitiveItemLabel(_ tt: TokenizedText, _ sen: Sentence, _ matcher: ClauseMatcher) -> Int? {
        let toks = sen.tokens
        guard toks.count >= 4 else { return nil }
        let t = tt.tokens[toks.lowerBound], sign = tt.tokens[toks.lowerBound + 1], first = tt.tokens[toks.lowerBound + 2]
        guard t.end - t.start <= 2, t.kind == .number || t.kind == .word && t.end - t.start == 1,
              sign.kind == .punct, sign.end == sign.start + 1,
              ")" == tt.text.scalars[Int(sign.start)] || "." == tt.text.scalars[Int(sign.start)],
              first.kind == .word, tt.text.scalars[Int(first.start)].properties.isUppercase else { return nil }
        return matcher.isInfinitive([MatchWord.of(tt, first)], 0) ? 2 : nil
    }

    func startsWithEnumerator(_ w: [String]) -> Bool {
        lex.enumerators.contains { ClauseMatcher.phrase($0, in: w, at: 0) }
    }

    /// "lorsqu'un arrêté d'expulsion n'est pas juridiquement envisageable", "en cas de …",
    /// "dès lors que …": from the cue to the end of its clause.
    func condition(_ w: [String], _ toks: [Int], _ r: Range<Int>, _ tt: TokenizedText) -> String? {
        var k = r.lowerBound
        while k < r.upperBound {
            guard let candidates = lex.conditionsByFirst[w[k]] else { k += 1; continue }
            for ci in candidates {
                guard let e = DeonticLexicon.match(lex.conditions[ci][...], w, at: k) else { continue }
                // "si" only opens a clause.
                if w[k] == "si" && k > r.lowerBound && ![",", ";"].contains(w[k - 1]) { continue }
                var end = e
                while end < r.upperBound && w[end] != "," && w[end] != ";" && w[end] != "." && w[end] != ":" { end += 1 }
                guard end > e else { continue }
                return tt.text.clean(Int(tt.tokens[toks[k]].start)..<Int(tt.tokens[toks[end - 1]].end))
            }
            k += 1
        }
        return nil
    }

    /// Half the directive in bold or more: the author stressed it.
    static func emphasis(_ t: NormalizedText, _ r: Range<Int>) -> Bool {
        guard t.isBold(r) else { return capitalAdverb(t, r) }
        var all = 0
        for i in r where !NormalizedText.isBlank(t.scalars[i]) { all += 1 }
        var bold = 0
        for b in t.bold where b.overlaps(r) {
            for i in max(b.lowerBound, r.lowerBound)..<min(b.upperBound, r.upperBound) where !NormalizedText.isBlank(t.scalars[i]) { bold += 1 }
        }
        return all > 0 && bold * 2 >= all
    }

    /// "Vous devrez IMPÉRATIVEMENT respecter ce délai": an adverb set in capitals inside the
    /// directive (not an acronym: it ends in "-MENT") stresses it as bold would.
    static func capitalAdverb(_ t: NormalizedText, _ r: Range<Int>) -> Bool {
        // Latin letters by value: the Unicode property lookup per scalar cost 1.5 % of extraction.
        @inline(__always) func upper(_ v: UInt32) -> Bool { v >= 0x41 && v <= 0x5A || v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        @inline(__always) func letter(_ v: UInt32) -> Bool {
            upper(v) || v >= 0x61 && v <= 0x7A || v >= 0xDF && v <= 0xFF && v != 0xF7 || v > 0x24F && v < 0x2000
        }
        var run = 0
        var tail: UInt32 = 0   // the last four letters, one byte each (ASCII "MENT")
        var afterLetter = false
        let ment: UInt32 = 0x4D_45_4E_54
        for i in r {
            let v = t.scalars[i].value
            if upper(v) && (!afterLetter || run > 0) {
                run += 1
                tail = tail << 8 | (v & 0xFF)
                continue
            }
            if run >= 6, !letter(v), tail == ment { return true }
            run = 0
            tail = 0
            afterLetter = letter(v)
        }
        return run >= 6 && tail == ment
    }

    /// Whether a block opens on a Markdown blockquote marker ("> Vous exigerez du demandeur…"
    /// under "Sur la langue :"): a lawyer's or an association's page quoting a circular's
    /// lines sets them apart so, without quotation marks; the whole block is the quoted text,
    /// its "vous" the circular's addressees, not the page's own voice. Only a ">" that opens
    /// its line (a comparison "> 10 %" inside a sentence is no marker).
    static func opensBlockQuote(_ tt: TokenizedText, _ toks: [Int]) -> Bool {
        guard let first = toks.first, toks.count > 1 else { return false }
        let t = tt.tokens[first]
        guard t.kind == .symbol, t.end - t.start == 1, tt.text.sourceScalar(at: Int(t.start)) == ">" else { return false }
        let start = Int(t.start)
        return start == 0 || tt.text.sourceScalar(at: start - 1) == "\n"
            || tt.text.sourceScalar(at: start - 1) == " " && (start < 2 || tt.text.sourceScalar(at: start - 2) == "\n")
    }

    /// Whether each token stands inside a quotation, the quotation followed from sentence to
    /// sentence of a paragraph (`open` carries it).
    static func quotedAcrossSentences(_ tt: TokenizedText, _ toks: [Int], open: inout Bool) -> [Bool] {
        var quoted = [Bool]()
        quoted.reserveCapacity(toks.count)
        for ti in toks {
            let t = tt.tokens[ti]
            if t.kind == .punct {
                let c = tt.text.sourceScalar(at: Int(t.start))
                if c == "\u{AB}" || c == "\u{201C}" { open = true } else if c == "\u{BB}" || c == "\u{201D}" { open = false } else if c == "\"" { open.toggle() }
            }
            quoted.append(open)
        }
        return quoted
    }

    /// Tokens inside a quotation that opens and closes in the sentence ("« portent à la
    /// connaissance des organismes … »"): a quoted text, not the circular's voice. A
    /// quotation left open runs over several sentences: a page quoting a whole circular
    /// (« Il convient … » over a paragraph) — that text is the circular's own, and not masked.
    static func quoteMask(_ tt: TokenizedText, _ toks: [Int]) -> [Bool] {
        var mask = [Bool](repeating: false, count: toks.count)
        var guillemet: Int? = nil
        var straight: Int? = nil
        for (i, ti) in toks.enumerated() {
            let t = tt.tokens[ti]
            guard t.kind == .punct else { continue }
            let c = tt.text.sourceScalar(at: Int(t.start))
            if c == "\u{AB}" || c == "\u{201C}" {
                if guillemet == nil { guillemet = i }
            } else if c == "\u{BB}" || c == "\u{201D}" {
                if let o = guillemet { for j in o...i { mask[j] = true }; guillemet = nil }
            } else if c == "\"" {
                if let o = straight { for j in o...i { mask[j] = true }; straight = nil } else { straight = i }
            }
        }
        return mask
    }

    /// Who must act. "vous" is the addressees; a press item's "vous" is the préfets it
    /// reports on; "J'ai demandé à la DGEF de…" names its actor; "doit vous être signalé"
    /// is asked of the service last named before it.
    /// How many units of its paragraph, back from a directive, may name the service it
    /// speaks to ("ce service veillera…"). A paragraph is a few sentences; without a bound,
    /// a text with no paragraph breaks (one 50 MB line) rescanned all of itself per directive.
    static let contextLookBack = 12

    func actor(_ h: MarkerHit, _ ctx: ExtractionContext, _ ui: Int, _ w: [String], _ toks: [Int], default d: String?, reports: Bool) -> (String?, ActorSource) {
        let u = ctx.structure.units[ui]
        switch h.actor {
        case "named-service"?:
            let after = " " + w[h.end..<min(w.count, h.end + 14)].joined(separator: " ") + " "
            if let id = service(in: after) { return (id, .named) }
            return (d, .fallback)
        case "context-service"?:
            let s = ctx.structure
            var before: [StructureUnit] = []
            var k = ui
            while k >= 0, s.units[k].block == u.block, before.count < Self.contextLookBack {
                if s.units[k].sentence <= u.sentence { before.append(s.units[k]) }
                k -= 1
            }
            for prev in before {
                let tt = s.text
                var ws = tt.sentences[prev.sentence].tokens.map { MatchWord.of(tt, tt.tokens[$0]) }
                if prev.sentence == u.sentence { ws = Array(w[0..<min(h.start, w.count)]) }
                if let id = lastService(in: " " + ws.joined(separator: " ") + " ") { return (id, .named) }
            }
            return (d, .fallback)
        case ClauseMatcher.nobody?:
            return (nil, .named)
        case ClauseMatcher.inherited?:
            return (d, .inherited)
        case nil:
            // A press item: "vous" is its recipients; a directive that names nobody falls on
            // the recipient last reported.
            return (d, reports && !h.second ? .inherited : .fallback)
        case let id?:
            return (id, .named)
        }
    }

    func service(in folded: String) -> String? {
        services.first { folded.containsBytes($0.0) }?.1
    }

    func lastService(in folded: String) -> String? {
        // The service whose name ends last, and of two ending together the longer: "les chefs
        // de juridiction" are not "la juridiction".
        var best: (Range<Int>, String)? = nil
        for (form, id) in services {
            guard let r = folded.lastByteRange(of: form) else { continue }
            if let b = best?.0, r.upperBound < b.upperBound || r.upperBound == b.upperBound && r.lowerBound >= b.lowerBound { continue }
            best = (r, id)
        }
        return best?.1
    }

    /// The document's addressee titles that no lexicon phrase names, as the words of their
    /// slug ("ministre", "directeur regional des affaires culturelles") and with the head and
    /// its adjectives in the plural.
    func documentActors(_ addressees: [Addressee], _ matcher: ClauseMatcher) -> [([String], String)] {
        var out: [([String], String)] = []
        for a in addressees {
            // A slug's elisions are the matcher's words written in full ("d" → "de").
            let words = a.id.split(separator: "-").map { $0 == "d" ? "de" : $0 == "l" ? "le" : String($0) }
            // A lexicon may know the id by other words only: the services' "directions
            // départementales de la protection des populations", not their directors' title.
            guard !words.isEmpty, words.count <= Self.maxTitleWords, a.id != "addressees", !lex.actorPhrases.contains(where: { $0.0 == words }) else { continue }
            out.append((words, a.id))
            let complement = words.firstIndex { titleLinks.contains($0) } ?? words.count
            let plural = words.enumerated().map { k, x in k < complement ? Self.plural(x, [:]) : x }
            if plural != words { out.append((plural, a.id)) }
            if let both = Self.pluralComplement(plural, at: complement, links: titleLinks) { out.append((both, a.id)) }
        }
        return out + addresseeAcronyms(addressees)
    }

    /// "Les présidents des conseils départementaux transmettront…" for the addressee
    /// `president-du-conseil-departemental`: each holds one council, so the plural title puts
    /// its complement in the plural too — "du"/"de le" become "des" and the complement's words,
    /// up to the next link, take the plural. Nil when the complement is no "du" ("de la
    /// République" stays singular).
    static func pluralComplement(_ words: [String], at c: Int, links: Set<String>) -> [String]? {
        guard c + 1 < words.count, words[c] == "du" || words[c] == "de" && words[c + 1] == "le" else { return nil }
        let start = words[c] == "du" ? c + 1 : c + 2
        guard start < words.count else { return nil }
        var out = Array(words[..<c]) + ["des"]
        var k = start
        while k < words.count && !links.contains(words[k]) { out.append(plural(words[k], [:])); k += 1 }
        return out + words[k...]
    }

    /// "Les DRAAF s'assureront de…", "Il appartient aux DDPP de…": in a text addressed to a
    /// role, its acronym names it. Only the document's own addressees (an acronym elsewhere
    /// may be anything), and not an acronym a lexicon phrase already reads ("DGEF", "DDETS").
    func addresseeAcronyms(_ addressees: [Addressee]) -> [([String], String)] {
        acronyms.filter { form, id in
            addressees.contains { $0.id == id } && !lex.actorPhrases.contains { $0.0 == form }
        }
    }

    static func defaultActor(_ ctx: ExtractionContext, _ addressees: [Addressee]) -> String? {
        // A regulatory act (kind unknown) with no addressee block binds whoever it names; a
        // rule in its own voice ("La vente d'alcool est interdite") names nobody.
        if !ctx.isPress { return ctx.kind == .unknown && addressees.isEmpty ? nil : "addressees" }
        if let to = addressees.first(where: { $0.role == .to }) { return to.id }
        // A press item about a préfecture's plan reports what the préfet must do.
        let mentions = ctx.structure.text.tokens.contains { t in
            t.kind == .word && ["prefet", "prefets", "prefecture", "prefectures"].contains(ctx.structure.text.folded(t))
        }
        return mentions ? "prefet-de-departement" : nil
    }
}

/// Ties each obligation to the references and deadlines of its span and of the footnotes
/// called in it. Items are found by binary search over their sorted starts, so a document with
/// many obligations and references links in O((o + r) log r), not o × r.
enum ObligationLinker {
    static func link(_ doc: inout CircDocument, structure: DocumentStructure) {
        let refs = doc.references.sorted { $0.span.start < $1.span.start }
        let dls = doc.deadlines.sorted { $0.span.start < $1.span.start }
        let refStarts = refs.map(\.span.start), dlStarts = dls.map(\.span.start)
        let called = structure.footnotes.filter { $0.call != nil }.sorted { $0.call!.start < $1.call!.start }
        let callStarts = called.map { $0.call!.start }
        for i in doc.obligations.indices {
            let span = doc.obligations[i].span
            var notes: [Footnote] = []
            var c = lowerBound(callStarts, span.start)
            while c < called.count && callStarts[c] < span.end { notes.append(called[c]); c += 1 }
            doc.obligations[i].footnotes = notes.map(\.number)
            let areas = [span] + notes.map(\.span)
            var refIds: [String] = [], dlValues: [String] = []
            for area in areas {
                var k = lowerBound(refStarts, area.start)
                while k < refs.count && refs[k].span.start < area.end {
                    if area.contains(refs[k].span) && !refIds.contains(refs[k].id) { refIds.append(refs[k].id) }
                    k += 1
                }
                k = lowerBound(dlStarts, area.start)
                while k < dls.count && dls[k].span.start < area.end {
                    if area.contains(dls[k].span) && !dlValues.contains(dls[k].value) { dlValues.append(dls[k].value) }
                    k += 1
                }
            }
            doc.obligations[i].references = refIds
            doc.obligations[i].deadlines = dlValues
        }
    }

    /// First index whose value is not below `x` in a sorted array.
    static func lowerBound(_ a: [Int], _ x: Int) -> Int {
        a.partitionIndex { $0 < x }
    }

    /// Whether `span` lies inside one of `spans` (sorted by start, not overlapping).
    static func inside(_ span: SourceSpan, _ spans: [SourceSpan], starts: [Int]) -> Bool {
        let k = lowerBound(starts, span.start + 1) - 1
        return k >= 0 && spans[k].contains(span)
    }
}
