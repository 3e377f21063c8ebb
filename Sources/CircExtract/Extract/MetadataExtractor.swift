import CircText

/// Kind, date, NOR, emitter, signatory, subject, "Réf :" list and header fields.
///
/// Circulars state these in their letterhead and header table; press items in their
/// dateline and prose. Each field is read where a juriste would look for it, and left
/// null rather than guessed when the text does not state it.
struct MetadataExtractor: Sendable {
    let months: [String: Int]
    let kindTitles: [(kind: DocumentKind, form: [String])]
    let agencies: Set<String>
    let letterWords: Set<String>
    let sendingVerbs: Set<String>
    /// Length and initial of the written-instruction words and of the sending verbs.
    let writtenFilter: WordPrefilter
    let sendingFilter: WordPrefilter
    /// `document-kinds.json` `publisherWords`: a law firm's or an association's page.
    let publisherWords: Set<String>
    /// `document-kinds.json` `commentaryCues`: "ce qui change", "notre analyse" in a title.
    let commentaryCues: [String]
    /// `document-kinds.json` `commentaryGenres`: "pratique" after "Note" on a title line, as
    /// folded words.
    let commentaryGenres: [[String]]
    /// `document-kinds.json` `pressGenres`: "RÉCIT", "EXCLUSIF" opening a line before a dash.
    let pressGenres: Set<String>
    /// `document-kinds.json` `selfReferences`: "la présente" opening a sentence before a kind
    /// word states what the text is, as folded words.
    let selfReferences: [[String]]
    /// `header-fields.json` `signedBy`: "signée par …" in a press item.
    let signedBy: Set<String>
    let signedByFilter: WordPrefilter
    /// Verbs and nouns that report an instruction ("demande", "écrit", "insiste"): next to
    /// a name, they make it the author.
    let reportingWords: Set<String>
    /// Pronouns between an author's name and the verb ("Gérald Darmanin leur demande").
    let authorClitics: Set<String>
    /// Capitalised words that begin no person's name ("Le", "Paris", "Place").
    let nameStops: Set<String>
    /// "LE", "DE": a surname's particle in capitals ("Jean-Yves LE DRIAN"), not a stop word.
    let nameParticles: Set<String>
    /// "ministre", "préfet", "directeur"…: the heads of an authority's title.
    let emitterHeads: Set<String>
    /// "vice-amiral", "général": an officer's rank before the office he holds
    /// (`addressee-titles.json` `officerRanks`, folded).
    let officerRanks: Set<String>
    /// Feminine title words to the masculine the slugs use ("directrice" → "directeur").
    let masculineTitles: [String: String]
    /// "ministre", "préfet": the titles whose holder a press item names in apposition as the
    /// author of what it reports ("Le préfet de l'Isère, Louis Laugier, a demandé…").
    let appositionAuthorities: Set<String>
    /// The addressee lexicon's `roleHeads`: a name in apposition after one of them that is no
    /// `appositionAuthorities` ("Procureure de la République à Meaux, Laure Vasseur détaille…")
    /// is the holder of another office — an interviewee, no author of the instruction.
    let roleHeads: Set<String>
    /// `nonAuthoritySubjects`: "Le Secours Catholique demande…" names an organisation, no person.
    let organisationWords: Set<String>
    /// Words for a written act ("circulaire", "missive"…) besides the letter words.
    let writtenKinds: Set<String>
    /// `relayAnnouncements`: "suivante", "ci-après"… before the colon that introduces a text
    /// a covering letter relays.
    let relayAnnouncements: Set<String>
    /// `document-kinds.json` `processingSubjects`: a subject opening on a kind word that names
    /// the processing of a file ("Instruction des demandes…"), as folded words.
    let processingSubjects: [[String]]
    /// Kinds of text whose date, after "du", is a citation's.
    let citedKinds: Set<String>
    /// "arrete", "decrete": the enacting word of a regulatory act, alone on its line.
    let enactingWords: Set<String>
    /// `document-kinds.json` `actTitles`: what makes "Arrêté n° …" near the top an act's title.
    let actTitles: ActTitles
    /// The capitals the enacting words open on ("A", "D"): a scalar test before any string.
    let enactingInitials: Set<UInt32>
    let fields: HeaderFields
    /// `header-fields.json` portfolios by first word, longest first.
    let portfolioPhrases: [String: [[String]]]
    /// The lexicon's directorates as the tokenizer's folded words, each with its emitter slug.
    let servicePhrases: [([String], String)]
    /// "monsieur", "madame"…: a header line opening on one is addressed (`addressedOpenings`).
    let addressedOpenings: [String]
    /// Folded weekday names to their number, Monday = 1.
    let weekdays: [String: Int]
    /// `header-fields.json` `ministers`, by folded name.
    let ministerTerms: [String: [HeaderFields.Term]]
    /// `deadlines.json` number words and `header-fields.json` `yearWords` ("mil"), for a
    /// dateline written in words (`wordDateline`).
    let numbers: NumberReader
    /// `header-fields.json` `firstDayWords`: "premier", the day of such a dateline.
    let dayWords: Set<String>

    struct KindsFile: Decodable {
        struct Title: Decodable { let kind: DocumentKind; let forms: [String] }
        struct Form: Decodable { let form: String }
        struct Forms: Decodable { let forms: [String] }
        let titles: [Title]
        let agencies: [Form]
        let letterWords: Forms
        let sendingVerbs: Forms
        let addressedOpenings: Forms
        let writtenKinds: Forms
        let citedKinds: Forms
        let enactingWords: Forms
        /// See `MetadataExtractor.actTitle`.
        let actTitles: ActTitles?
        let publisherWords: Forms
        let commentaryCues: Forms
        let selfReferences: Forms?
        let commentaryGenres: Forms?
        let processingSubjects: Forms?
        let pressGenres: Forms?
        let relayAnnouncements: Forms?
    }
    struct HeaderFields: Decodable, Sendable {
        struct Forms: Decodable, Sendable {
            let forms: [String]
            /// The same forms hashed: `contains` on the array compared the word with each form
            /// in turn, a tenth of the metadata's time on a short text.
            let set: Set<String>
            enum CodingKeys: String, CodingKey { case forms }
            init(from decoder: Decoder) throws {
                forms = try decoder.container(keyedBy: CodingKeys.self).decode([String].self, forKey: .forms)
                set = Set(forms)
            }
        }
        /// "Obj. :": see `HeaderScan.abbreviatedSubjectLabel`.
        let subjectAbbreviations: Forms?
        /// See `MetadataExtractor.publishedText`.
        let textPublicationAuxiliaries: Forms?
        /// `portfolioAdjectiveEndings`, `portfolioAdjectiveExceptions`: see `portfolioAdjectives`.
        let portfolioAdjectiveEndings: Forms?
        let portfolioAdjectiveExceptions: Forms?
        let subject, nor, signatureDate, references, attachments, emitter, webDates, webUpdates, determiners, portfolios, stableMinistries: Forms
        struct Service: Decodable, Sendable { let name: String; let forms: [String] }
        struct Services: Decodable, Sendable { let services: [Service]; let between: [String] }
        let serviceEmitters: Services
        let trailingLabels: Forms
        struct Heads: Decodable, Sendable { let forms: [String: String]; let adjectives: [String]?; let honours: [String]? }
        let letterheadHeads: Heads
        struct Senders: Decodable, Sendable { let labels: [String]; let senders: [String: String]; let recipientOpenings: [String]? }
        let senderFields: Senders
        struct Term: Decodable, Sendable { let name: String; let emitter: String; let from: String; let to: String? }
        struct Ministers: Decodable, Sendable { let terms: [Term] }
        let ministers: Ministers
        /// See `MetadataExtractor.ministerEmitter`.
        let recipientMinistries: Origins?
        let signedBy: Forms
        let relatedLinks: Forms?
        /// See `MetadataExtractor.bylineAuthor`.
        let newsroomAuthors: Forms?
        /// A paper's issue label before its date ("Édition du 18 avril 2024"): a byline.
        let editionLabels: Forms?
        let otherDates: Forms?
        /// See `MetadataExtractor.datesARuling`.
        let courtsBeforeDate: Forms?
        let firstDayWords: Forms?
        struct Numbers: Decodable, Sendable { let forms: [String: Int] }
        let yearWords: Numbers?
        let addressFooters: Forms?
        /// See `MetadataExtractor.namesContact`.
        let contactLabels: Forms?
        /// `prefectureBanners`: a préfecture site's banner ("Les services de l'État en Isère").
        let prefectureBanners: Forms?
        /// See `MetadataExtractor.directorateNote`.
        let directorSigners: Forms?
        /// See `MetadataExtractor.bulletinOrigin`.
        struct Origins: Decodable, Sendable { let forms: [String: String] }
        let bulletinOrigins: Origins?
    }

    init(store: LexiconStore, months: [String: Int]) throws {
        self.months = months
        let k = try store.load("document-kinds.json", as: KindsFile.self)
        var titles: [(DocumentKind, [String])] = []
        for t in k.titles { for f in t.forms { titles.append((t.kind, f.split(separator: " ").map(String.init))) } }
        kindTitles = titles.sorted { $0.1.count > $1.1.count }
        agencies = Set(k.agencies.map(\.form))
        letterWords = Set(k.letterWords.forms)
        writtenKinds = Set(k.writtenKinds.forms)
        processingSubjects = (k.processingSubjects?.forms ?? []).map(HeaderVocabulary.words)
        relayAnnouncements = Set(k.relayAnnouncements?.forms ?? [])
        citedKinds = Set(k.citedKinds.forms)
        enactingWords = Set(k.enactingWords.forms)
        actTitles = k.actTitles ?? ActTitles(heads: [], qualifiers: [], followers: [], notAfter: [])
        publisherWords = Set(k.publisherWords.forms)
        commentaryCues = k.commentaryCues.forms
        commentaryGenres = (k.commentaryGenres?.forms ?? []).map(HeaderVocabulary.words)
        pressGenres = Set(k.pressGenres?.forms ?? [])
        selfReferences = (k.selfReferences?.forms ?? []).map { $0.split(separator: " ").map(String.init) }
        enactingInitials = Set(k.enactingWords.forms.compactMap { $0.uppercased().unicodeScalars.first?.value })
        addressedOpenings = k.addressedOpenings.forms.map(Folder.shared.fold)
        weekdays = Dictionary(uniqueKeysWithValues: try CalendarWords(store: store).weekdays.enumerated().map { ($1, $0 + 1) })
        sendingVerbs = Set(k.sendingVerbs.forms)
        writtenFilter = WordPrefilter(letterWords.union(writtenKinds))
        sendingFilter = WordPrefilter(sendingVerbs)
        fields = try store.load("header-fields.json", as: HeaderFields.self)
        signedBy = Set(fields.signedBy.forms)
        signedByFilter = WordPrefilter(signedBy)
        ministerTerms = Dictionary(grouping: fields.ministers.terms, by: { Fold.string($0.name) })
        dayWords = Set((fields.firstDayWords?.forms ?? []).map(Fold.string))
        struct NumberFile: Decodable { let numberWords: [DeadlineLexiconFile.Entry] }
        let nw = try store.load("deadlines.json", as: NumberFile.self).numberWords
        let years = (fields.yearWords?.forms ?? [:]).map { (Fold.string($0.key), $0.value) }
        numbers = NumberReader(words: Dictionary(nw.flatMap { e in e.allForms.map { (Fold.string($0), e.number ?? 0) } } + years, uniquingKeysWith: { a, _ in a }))
        servicePhrases = fields.serviceEmitters.services.flatMap { svc in svc.forms.map { (HeaderVocabulary.words($0), Self.slug(svc.name)) } }
        portfolioPhrases = Dictionary(grouping: fields.portfolios.forms.map { $0.split(separator: " ").map(String.init) }, by: { $0[0] })
            .mapValues { $0.sorted { $0.count > $1.count } }
        struct Press: Decodable { struct F: Decodable { let forms: [String] }; let pressCues: F; let authorVerbs: F; let authorClitics: F; let nameStops: F; let emitterHeads: F; let nameParticles: F; let appositionAuthorities: F?; let officerRanks: F?; let masculine: [String: String]?; let roleHeads: F?; let nonAuthoritySubjects: F? }
        let p = try store.load("addressee-titles.json", as: Press.self)
        reportingWords = Set(p.pressCues.forms + p.authorVerbs.forms)
        authorClitics = Set(p.authorClitics.forms)
        nameStops = Set(p.nameStops.forms)
        nameParticles = Set(p.nameParticles.forms)
        emitterHeads = Set(p.emitterHeads.forms)
        officerRanks = Set(p.officerRanks?.forms ?? [])
        masculineTitles = p.masculine ?? [:]
        appositionAuthorities = Set(p.appositionAuthorities?.forms ?? ["ministre"])
        roleHeads = Set(p.roleHeads?.forms ?? [])
        organisationWords = Set(p.nonAuthoritySubjects?.forms ?? [])
    }

    func extract(_ s: DocumentStructure, header h: HeaderScan = HeaderScan()) -> Metadata {
        var m = Metadata()
        let tt = s.text
        let header = s.units.filter { $0.kind == .header }
        let top = Array(s.units.prefix(8))
        readHeaderLines(header, s, &m)
        m.nor = m.nor ?? h.nor ?? findNOR(header.isEmpty ? top : header, tt)
        if let line = m.subject, let wrapped = Self.wrappedCapitalsSubject(line: line, scanned: h.subject) ?? Self.subjectBeforeBody(line: line, scanned: h.subject) { m.subject = wrapped }
        m.subject = m.subject ?? h.subject ?? h.titleSubject
        // A wire is signed by its agency as a byline ("Paris (AFP) -", "| AFP |"), not by a
        // photo credit ("Bertrand GUAY / AFP") or a source ("a appris l'AFP"), nor by a
        // newspaper's credit for its own article ("(avec AFP)", "Le Monde avec AFP").
        let isDepeche = top.contains { u in
            let ws = words(u, tt)
            return ws.indices.contains { k in
                guard agencies.contains(ws[k]), k == 0 || ws[k - 1] != "avec" else { return false }
                let prev = k > 0 ? ws[k - 1] : "", next = k + 1 < ws.count ? ws[k + 1] : ""
                return prev == "(" || prev == "|" || next == "|" || next == ")" || (k == 0 && ["-", "–", "—"].contains(next))
            }
        }
            || s.units.prefix(9).contains { u in tt.text.string(u.range).containsBytes("| AFP") || tt.text.string(u.range).containsBytes("(AFP)") }
        // "Intérieur à Préfets France": a telegram's route makes a letter, as a block does.
        let route = h.emitter == nil ? openingRoute(s) : nil
        m.kind = kind(header: header, top: top, s, isDepeche: isDepeche, hasNOR: m.nor != nil, letterBlock: h.letterOpening || route != nil, titleKind: h.titleKind)
        // "Objet : Instruction relative à …": the subject names the kind of text.
        if m.kind == .circulaire, let subject = m.subject, let first = subject.split(separator: " ").first,
           let f = DocumentKind(rawValue: Folder.shared.fold(String(first))), f.isInstruction, !namesProcessing(subject) { m.kind = f }
        // A NOR only in the page's link to its own file ("…/INTK1233053C.pdf"): a circular's,
        // never a press item's (it links the text it reports).
        if m.nor == nil && !m.kind.isPress { m.nor = norInLink(s) }
        if m.place == nil { m.place = s.units.prefix(12).lazy.compactMap { self.datelinePlace($0, tt) }.first }
        if m.date == nil { m.date = h.placeDate }
        if m.date == nil { m.date = wordDateline(s)?.iso }
        // (An article's headline naming "Instruction du 5 février 2024" dates the instruction.)
        if m.date == nil && m.kind != .article { m.date = h.titleDate }
        // A press item is dated by its dateline; the dates of its prose are the events'.
        // (A ministry's own dépêche is a letter: no press item.)
        let letter = h.isLetter(m.kind)
        let press = m.kind.isPress && !letter
        // A flattened press page's byline runs into its headline, past the opening words a
        // dateline must stand in; the dates the flattening brings near the top (a comment's
        // "Sophie — 28/01/2025") come after it.
        if m.date == nil && press { m.date = (flattenedByline(s, updates: false) ?? authorDateByline(s))?.iso }
        if m.date == nil { m.date = firstDate(in: header.isEmpty ? top : header + top, tt, datelineOnly: press)?.iso }
        if m.date == nil, m.kind == .communique, let ti = flattenedDateline(s) {
            m.date = FrenchDate.parse(tt.string(tt.tokens[ti]), months: months)?.civil(anchor: nil)?.iso
        }
        if m.date == nil { m.date = inferDateFromWeekday(s)?.iso }
        // A press page's own "Publié le …" is its publication date when nothing else dates it;
        // never a circular's.
        // "Mis à jour le 29/10 - Publié le 28/10": the publication, not the update.
        if m.date == nil && press {
            let units = header.isEmpty ? top : header + top
            m.date = (firstDate(in: units, tt, datelineOnly: true, webDates: true, skipUpdates: true)
                ?? firstDate(in: units, tt, datelineOnly: true, webDates: true)
                ?? flattenedByline(s, updates: true)
                ?? pageWebDate(s))?.iso
        }
        // A consolidated code is the law itself: no minister emits it.
        // (A préfecture's release names the préfecture before the minister it quotes.)
        // (An act's authority before the first minister its visas cite: "Vu la circulaire …
        // de M. le Ministre de l'Intérieur" under "PRÉFECTURE DE LA GIRONDE".)
        let act = m.kind == .unknown && !s.isConsolidatedCode ? actAuthority(s) : nil
        m.emitter = s.isConsolidatedCode ? nil : (m.kind == .article || m.kind == .depeche && !letter ? nil : h.emitter ?? route) ?? prefectureRelease(s, kind: m.kind) ?? act ?? emitter(s)
        if m.emitter == nil && !press { m.emitter = senderField(s) ?? bulletinOrigin(s) ?? signingAuthority(s).flatMap { staffOfLetterhead($0, s) ? nil : $0 } }
        if m.emitter == nil && !press { m.emitter = secretaryOfState(s) }
        if h.emitter == nil && !press && !s.isConsolidatedCode, let d = directorateNote(s) { m.emitter = d }
        if m.emitter == nil && press { m.emitter = serviceEmitter(s) ?? pressPrefect(s) ?? serviceEmitter(s, byKind: true) }
        // A préfecture's communiqué or act: "PRÉFET DU PAS-DE-CALAIS" heading the page. (A
        // press article's letterhead is the newspaper's.)
        if m.emitter == nil && m.kind != .article && (m.kind != .depeche || letter) && !s.isConsolidatedCode {
            // An act's enacting line names the authority where the letterhead names only its
            // service ("PRÉFECTURE DU LOIRET"); "PRÉFET DE LA LOIRE-ATLANTIQUE" is named first.
            m.emitter = m.kind == .unknown ? actAuthority(s) : letterhead(s)?.slug
        }
        if let e = m.emitter, let stable = fields.stableMinistries.forms.first(where: { e.hasPrefix($0 + "-") }) { m.emitter = stable }
        // A covering letter undated above the text it relays: the dateline under the
        // announcement dates the relayed text, not the letter.
        if let d = m.date, !press, datesRelayedText(s, d) { m.date = nil }
        m.signatory = signatory(s, press: press, reports: m.kind != .communique, emitter: m.emitter)
        // The minister a press item shows acting names the ministry before any other the item
        // mentions ("le ministre de l'Égalité des territoires" beside the Premier ministre's plan).
        if m.emitter == nil || press, !s.isConsolidatedCode, let name = m.signatory, let e = ministerEmitter(name, date: m.date, named: nameAfterTitle(name, s) ? m.emitter : nil, recipients: (h.items + h.recipients).map(\.id)) { m.emitter = e }
        return m
    }

    /// Marks a scan reads from strokes that are no letter: a tilde, a bar, a straight quote.
    static let ocrMarks: Set<Character> = ["~", "|", "'", "`"]

    /// "Objet : sécurité des établissements." reads as the header scan reads it, without the
    /// sentence's full stop (an ellipsis stays), and without the marks a scan leaves after it
    /// ("Contrôle des étrangers. ~", "… des communes |": a pen stroke or the margin's rule
    /// read as a character, apart from the words; no subject ends with one).
    static func withoutFinalStop(_ v: String) -> String {
        var v = v
        while v.count > 2, let last = v.last, ocrMarks.contains(last), v.dropLast().last == " " {
            v = v.dropLast().trimmingCharacters(in: " ")
        }
        guard v.hasSuffix("."), !v.hasSuffix(".."), v.count > 1 else { return v }
        return v.dropLast().trimmingCharacters(in: " ")
    }

    func words(_ u: StructureUnit, _ tt: TokenizedText) -> [String] {
        tt.sentences[u.sentence].tokens.map { tt.folded(tt.tokens[$0]) }
    }

    // MARK: header lines

    /// "Objet : …", "Référence\tNOR : …", "Date de signature\t…", "Réf :" and its list,
    /// "P.J. : …", "Paris, le …", and tab-separated table rows.
    func readHeaderLines(_ header: [StructureUnit], _ s: DocumentStructure, _ m: inout Metadata) {
        let tt = s.text
        var inRefs = false
        for u in header {
            let line = Self.keepTabs(tt.text.string(u.range))
            let f = Fold.string(line)
            let (key, value) = Self.splitField(line)
            let fkey = key.map { Fold.string($0) }
            if inRefs {
                if u.listItem || u.kind == .listItem { m.refs.append(Self.stripBullet(line)); continue }
                inRefs = false
            }
            if let k = fkey {
                if fields.subject.set.contains(k) || k.hasSuffix(".") && fields.subjectAbbreviations?.set.contains(String(k.dropLast())) == true,
                   let v = value, !v.isEmpty { m.subject = m.subject ?? Self.withoutFinalStop(v); continue }
                // "Réf. :" as "Réf :".
                if fields.references.set.contains(k) || fields.references.set.contains(Substring(k).trimmingCharacters(in: ".")) {
                    // Items on the line itself, separated by semicolons, are the list's items.
                    // "Réf. : - Circulaire du …;" the first item of a dashed list on the label's line.
                    if let v = value, !v.isEmpty, !v.lowercased().hasPrefix("nor") {
                        let item = Self.stripBullet(v)
                        m.refs += Self.inlineItems(item)
                        inRefs = item.count < v.count
                    } else { inRefs = value?.isEmpty ?? true }
                    if value?.lowercased().hasPrefix("nor") != true { continue }
                }
                if fields.attachments.set.contains(k), let v = value, !v.isEmpty { m.attachments.append(v); continue }
                if fields.signatureDate.set.contains(k), let v = value, let d = dateIn(v) { m.date = m.date ?? d.iso }
                if let v = value, !v.isEmpty, line.containsBytes("\t") { m.fields[key!] = v }
            }
            // "Paris, le 28 OCT. 2024"
            if let r = f.firstByteRange(of: ", le "), r.lowerBound <= 30 * 4,
               case let at = f.distance(from: f.startIndex, to: f.utf8.index(f.startIndex, offsetBy: r.lowerBound)), at <= 30 {
                // "Paris, le 1 6 SEPT. 1998": OCR spaced the day's digits; the header scan
                // joins them (`placeDate`), the first date token would read the 6th.
                if !Self.spacedDay(u, tt), let d = firstDate(in: [u], tt) { m.date = m.date ?? d.iso }
            }
            if m.place == nil { m.place = datelinePlace(u, tt) }
        }
    }

    /// "Paris, le 28 OCT. 2024", "Paris, le 3 1 MARS 2011", "Paris, le" left blank (the date
    /// stamped elsewhere): the place of a dateline — up to three capitalised words opening
    /// the unit before ", le" and a date that ends its line (or a line left blank). Where a
    /// copy ran the letterhead onto the dateline ("… TERRITORIALES Paris, le 1 4 DEC. 2009 Le
    /// Ministre"), the one capitalised word in ordinary case before it, a capital after the
    /// date. Prose goes on after its date ("Ainsi, le 3 mars 2011, le ministre…").
    func datelinePlace(_ u: StructureUnit, _ tt: TokenizedText) -> String? {
        let r = tt.sentences[u.sentence].tokens
        guard r.count >= 3 else { return nil }
        for k in (r.lowerBound + 1)..<min(r.upperBound - 1, r.lowerBound + 60) where tt.tokens[k].kind == .punct && tt.string(tt.tokens[k]) == "," && tt.folded(tt.tokens[k + 1]) == "le" {
            let opening = k - r.lowerBound <= 3 && (r.lowerBound..<k).allSatisfy { tt.tokens[$0].kind == .word && tt.string(tt.tokens[$0]).first?.isUppercase == true }
            let start = opening ? r.lowerBound : k - 1
            let word = tt.string(tt.tokens[start])
            guard tt.tokens[start].kind == .word, word.first?.isUppercase == true, opening || word.contains(where: \.isLowercase),
                  let end = datelineEnd(tt, after: k + 1, in: r, blankAllowed: opening) else { continue }
            // Run on, only a capital may follow the date: the letter's next line.
            if !opening, end < r.upperBound, tt.string(tt.tokens[end]).first?.isUppercase != true { continue }
            return tt.text.clean(Int(tt.tokens[start].start)..<Int(tt.tokens[k - 1].end))
        }
        return nil
    }

    /// After a dateline's "le" at token `le`: the token past its date (a date token, with the
    /// numbers OCR set apart before it, and a closing full stop), if the date ends the line or is followed by a
    /// capital; `le` + 1 for a blank line when allowed. Nil when no date stands there.
    func datelineEnd(_ tt: TokenizedText, after le: Int, in r: Range<Int>, blankAllowed: Bool) -> Int? {
        var j = le + 1
        if j >= r.upperBound || tt.tokens[j].newlinesBefore > 0 { return blankAllowed ? j : nil }
        var dated = false
        // ("Paris, le I 1 MARS 2010": a lone I, l or O is OCR's digit.)
        while j < r.upperBound, j - le <= 6, tt.tokens[j].newlinesBefore == 0,
              [.date, .number, .ordinal].contains(tt.tokens[j].kind) || tt.string(tt.tokens[j]).contains(where: \.isNumber) || ["I", "l", "O"].contains(tt.string(tt.tokens[j])) {
            dated = dated || tt.tokens[j].kind == .date || tt.tokens[j].kind == .number
            j += 1
        }
        guard dated else { return nil }
        // "Paris, le 3 octobre 1888.", "Lyon, le 8 SEPT. 201'l": an older letter's full stop
        // closes the dateline's line (an abbreviated month's, before the damaged year the
        // sentences split off); prose goes on after it ("Ainsi, le 3 mars 2011. Les préfets…").
        if j + 1 == r.upperBound, tt.string(tt.tokens[j]) == ".",
           j + 1 >= tt.tokens.count || tt.tokens[j + 1].newlinesBefore > 0 || tt.tokens[j + 1].kind == .number { j += 1 }
        return j >= r.upperBound || tt.tokens[j].newlinesBefore > 0 || tt.string(tt.tokens[j]).first?.isUppercase == true ? j : nil
    }

    /// Whether the unit's first date token follows a lone number ("le 1 6 SEPT. 1998").
    static func spacedDay(_ u: StructureUnit, _ tt: TokenizedText) -> Bool {
        let r = tt.sentences[u.sentence].tokens
        guard let d = r.first(where: { tt.tokens[$0].kind == .date }), d > r.lowerBound else { return false }
        return tt.tokens[d - 1].kind == .number && tt.tokens[d - 1].end - tt.tokens[d - 1].start <= 2
    }

    /// White space collapsed, but a tab (a header table's column break) kept.
    static func keepTabs(_ s: String) -> String {
        var out = ""
        var pending: Character? = nil
        for c in s {
            if c == " " || c == "\n" { if pending == nil { pending = " " }; continue }
            if c == "\t" { pending = "\t"; continue }
            if let p = pending, !out.isEmpty { out.append(p) }
            pending = nil
            out.append(c)
        }
        return out
    }

    /// "Objet : x" → ("Objet", "x"); "Objet\tx" → ("Objet", "x").
    static func splitField(_ line: String) -> (String?, String?) {
        // Searched as bytes: a Character search walks grapheme clusters.
        if let tab = line.utf8.firstIndex(of: 0x09) {
            let k = line[..<tab].trimmingCharacters(in: " :")
            let v = line[line.index(after: tab)...].trimmingCharacters(in: " \t")
            return (k, v)
        }
        if let colon = line.utf8.firstIndex(of: 0x3A) {
            let k = line[..<colon].trimmingCharacters(in: " ")
            if k.count <= 30 && !k.isEmpty {
                return (k, line[line.index(after: colon)...].trimmingCharacters(in: " "))
            }
        }
        return (nil, nil)
    }

    /// "circulaire du 13 mai 2016 ; instruction du 18 décembre 2014." → two items.
    static func inlineItems(_ v: String) -> [String] {
        let parts = v.split(separator: ";").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        return parts.count > 1 && parts.allSatisfy({ $0.containsBytes(" ") }) ? parts : [v]
    }

    static func stripBullet(_ line: String) -> String {
        var l = Substring(line)
        while let c = l.first, c == " " || ListBullet.isBullet(c) { l.removeFirst() }
        return String(l)
    }

    func dateIn(_ text: String) -> CivilDate? {
        // Re-tokenizing a short field value is simpler than threading tokens through.
        let words = text.split(separator: " ").map(String.init)
        for i in words.indices {
            for len in [3, 2, 1] where i + len <= words.count {
                if let d = FrenchDate.parse(words[i..<(i + len)].joined(separator: " "), months: months), d.year != nil {
                    return d.civil(anchor: nil)
                }
            }
        }
        return nil
    }

    /// Whether a date token is a website's ("Publié le 03/02/2023", "Mis à jour le …"): the
    /// page's furniture, never the date of the text.
    func isWebDate(_ ti: Int, _ tt: TokenizedText, in sentence: Range<Int>, forms: [String]? = nil) -> Bool {
        let lo = max(sentence.lowerBound, ti - 4)
        let forms = forms ?? fields.webDates.forms
        if (lo..<ti).contains(where: { forms.contains(tt.folded(tt.tokens[$0])) }) { return true }
        // "Publié dans Droit des étrangers le 3 juin 2024": the label, the page's section, "le".
        guard ti - 1 > sentence.lowerBound, tt.folded(tt.tokens[ti - 1]) == "le" else { return false }
        return (max(sentence.lowerBound, ti - 10)..<(ti - 2)).contains { k in
            forms.contains(tt.folded(tt.tokens[k])) && tt.folded(tt.tokens[k + 1]) == "dans"
        }
    }

    /// Whether a date token dates a cited text ("loi n° 2010-1192 du 11 octobre 2010"), not
    /// the document.
    func isCitedDate(_ ti: Int, _ tt: TokenizedText, in sentence: Range<Int>) -> Bool {
        if datesARuling(ti, tt, in: sentence) { return true }
        // "(Circ. 28 janv. 2020, NOR : …)": a lawyer's citation of the text a page comments.
        if ti > sentence.lowerBound, case let p = tt.folded(tt.tokens[ti - 1]), p.hasSuffix("."), citedKinds.contains(p) { return true }
        // "les arrêtés préfectoraux des 2 mars 2000 et 9 juin 2000": a date listed after a
        // cited one ("et", a comma between) is another cited text's.
        if ti - 2 >= sentence.lowerBound, ["et", ","].contains(tt.folded(tt.tokens[ti - 1])), tt.tokens[ti - 2].kind == .date {
            return isCitedDate(ti - 2, tt, in: sentence)
        }
        // "Suivant article 2 du décret 29 décembre 1905": a telegram drops the "du" — a date
        // right after a kind word the prose governs ("du", "le", "ma" before it) is that
        // text's (a title line's "CIRCULAIRE 3 mars" has no word before its kind).
        if ti - 2 >= sentence.lowerBound, citedKinds.contains(tt.folded(tt.tokens[ti - 1])),
           Self.telegramGovernors.contains(tt.folded(tt.tokens[ti - 2])) { return true }
        // ("des" before the dates of several texts of one kind, the kind word in the plural.)
        guard ti > sentence.lowerBound, ["du", "des"].contains(tt.folded(tt.tokens[ti - 1])) else { return false }
        // "… n° 55-1397 du 22 octobre 1955": a numbered text's date, whatever its kind word
        // (an OCR'd "dcret" included).
        if ti - 2 >= sentence.lowerBound, [.textNumber, .number].contains(tt.tokens[ti - 2].kind),
           tt.string(tt.tokens[ti - 2]).containsBytes("-") { return true }
        let lo = max(sentence.lowerBound, ti - 8)
        return (lo..<ti - 1).contains { k in
            let w = tt.folded(tt.tokens[k])
            if citedKinds.contains(w) || w.hasSuffix("s") && citedKinds.contains(String(w.dropLast())) { return true }
            // "la cireulaire du 2 mars 2011": a long kind word OCR damaged by one letter.
            guard w.utf8.count >= 6 else { return false }
            let a = Array(w.utf8)
            return citedKinds.contains { $0.utf8.count >= 6 && withinOneEdit(a, Array($0.utf8)) }
        }
    }

    /// The words before a kind word that make it a text the prose cites ("du décret",
    /// "la loi", "ma circulaire"), for `isCitedDate`'s telegram style.
    static let telegramGovernors: Set<String> = ["du", "de", "d'", "le", "la", "l'", "au", "par", "ma", "mon", "votre", "sa", "son", "cette", "ce"]

    /// "CE, réf., 10 février 2012, n° 356456", "Cass. crim., 12 janv. 2021": a court's
    /// abbreviation (`courtsBeforeDate`, case kept) a few tokens before the date makes it a
    /// ruling's, which a page listing texts cites; it never dates the page.
    func datesARuling(_ ti: Int, _ tt: TokenizedText, in sentence: Range<Int>) -> Bool {
        guard let courts = fields.courtsBeforeDate?.forms, !courts.isEmpty else { return false }
        let lo = max(sentence.lowerBound, ti - 8)
        // ("Cass." may be one abbreviation token, its full stop included.)
        return (lo..<ti).contains { k in
            guard tt.tokens[k].kind == .word || tt.tokens[k].kind == .abbreviation else { return false }
            let raw = tt.string(tt.tokens[k])
            return courts.contains(raw.hasSuffix(".") ? String(raw.dropLast()) : raw)
        }
    }

    func firstDate(in units: [StructureUnit], _ tt: TokenizedText, datelineOnly: Bool = false, webDates: Bool = false, skipUpdates: Bool = false) -> CivilDate? {
        for u in units {
            let r = tt.sentences[u.sentence].tokens
            for ti in r where tt.tokens[ti].kind == .date && (webDates || !isWebDate(ti, tt, in: r)) && !isCitedDate(ti, tt, in: r) && !endsPeriod(ti, tt, in: r) {
                // "La circulaire publiée le …", "Lire aussi … Publié le …": another text's date.
                if webDates && (publishedText(ti, tt, in: r) || relatedLinkStart(tt, r.lowerBound..<ti) < ti) { continue }
                if skipUpdates && isWebDate(ti, tt, in: r, forms: fields.webUpdates.forms) { continue }
                // A dateline opens its unit ("Paris, France | AFP | mercredi 30/09/2020 - …");
                // a date some lower-case word governs ("a signé le 23 janvier") is an event.
                if datelineOnly && ti - r.lowerBound > 14 { break }
                if datelineOnly && governed(tt, ti, from: r.lowerBound) && !isWebDate(ti, tt, in: r) { break }
                if datelineOnly && opensNarrative(ti, tt, in: r) { break }
                if let d = FrenchDate.parse(tt.string(tt.tokens[ti]), months: months), d.year != nil, let c = d.civil(anchor: nil) {
                    // "Date d'application : 1er novembre 2016": a field's other date, not the text's.
                    if labelsOtherDate(u, tt) { break }
                    return c
                }
            }
        }
        return nil
    }

    /// Whether the date at `ti` closes a period after another date ("(1er avril - 30 juin
    /// 2001)", "du 1er avril au 30 juin 2001"): a bulletin's issue or a report's span, never
    /// the date of the text.
    func endsPeriod(_ ti: Int, _ tt: TokenizedText, in r: Range<Int>) -> Bool {
        guard ti - 2 >= r.lowerBound, tt.tokens[ti - 2].kind == .date else { return false }
        return ["-", "–", "au", "a"].contains(tt.folded(tt.tokens[ti - 1]))
    }

    /// Whether the date at `ti` opens a sentence of narrative as its adverbial: "Le 12
    /// décembre 2017, le ministre de l'Intérieur … ont adressé aux préfets une circulaire" dates
    /// the event the item reports, not the item (a dateline is no sentence: "Paris, le …",
    /// "Le 14 octobre 2024 -").
    func opensNarrative(_ ti: Int, _ tt: TokenizedText, in r: Range<Int>) -> Bool {
        guard ti == r.lowerBound + 1, tt.folded(tt.tokens[r.lowerBound]) == "le", ti + 1 < r.upperBound,
              tt.string(tt.tokens[ti + 1]) == "," else { return false }
        // The sentence goes on in prose: at least one word in lower case after the comma.
        return r.upperBound - ti > 8 && ((ti + 2)..<r.upperBound).contains { k in
            tt.tokens[k].kind == .word && !tt.text.scalars[Int(tt.tokens[k].start)].properties.isUppercase
        }
    }

    /// A press page's "Publié le …" line anywhere on the page ("Article publié le 20 décembre
    /// 2017" under the text, "Publié dans Droit des étrangers le 3 juin 2024"): its
    /// publication date when neither its dateline nor its opening lines date it. Only a date
    /// near its unit's start that a web label governs, never "la circulaire publiée le …" nor
    /// a related link's; a publication before an update.
    func pageWebDate(_ s: DocumentStructure) -> CivilDate? {
        let tt = s.text
        var update: CivilDate? = nil
        for u in s.units {
            let r = tt.sentences[u.sentence].tokens
            for ti in r.prefix(15) where tt.tokens[ti].kind == .date && isWebDate(ti, tt, in: r) {
                guard !publishedText(ti, tt, in: r), relatedLinkStart(tt, r.lowerBound..<ti) >= ti,
                      let d = FrenchDate.parse(tt.string(tt.tokens[ti]), months: months), d.year != nil, let c = d.civil(anchor: nil) else { continue }
                if !isWebDate(ti, tt, in: r, forms: fields.webUpdates.forms) { return c }
                if update == nil { update = c }
            }
        }
        return update
    }

    /// Whether the unit opens on a header field whose date is not the text's own
    /// (`header-fields.json` `otherDates`: "Date d'application", "Date d'entrée en vigueur").
    func labelsOtherDate(_ u: StructureUnit, _ tt: TokenizedText) -> Bool {
        guard let forms = fields.otherDates?.forms, !forms.isEmpty else { return false }
        let head = Fold.string(String(tt.text.string(u.range).prefix(40))).replacingOccurrences(of: "\u{2019}", with: "'")
        return forms.contains { head.hasPrefix($0) }
    }

    /// Whether a lower-case word governs the date at token `ti` ("a signé le 23 janvier"):
    /// the nearest word before it, past "le", "du" and a weekday ("Paris, France | AFP |
    /// mercredi 30/09/2020", "Édition du vendredi 10 avril 2020" are datelines).
    func governed(_ tt: TokenizedText, _ ti: Int, from start: Int) -> Bool {
        var k = ti - 1
        var du = false
        while k >= start, tt.tokens[k].kind == .word, case let f = tt.folded(tt.tokens[k]), f == "le" || f == "du" || weekdays[f] != nil { du = du || f == "du"; k -= 1 }
        // "la circulaire dite « Valls » du 28 novembre 2012", a line of a PDF cut after the
        // quote: "du" after a closing quote or bracket dates what is named inside it.
        if du, k >= start, ["»", "”", "\"", ")"].contains(tt.string(tt.tokens[k])) { return true }
        guard k >= start, tt.tokens[k].kind == .word || tt.tokens[k].kind == .elision else { return false }
        if !tt.text.scalars[Int(tt.tokens[k].start)].properties.isUppercase { return true }
        // "une note de la direction générale des étrangers en France du 22 mai 2024": a name
        // in capitals inside prose ends the noun phrase "du" dates; a dateline's "Édition du …"
        // opens its line.
        return du && (max(start, k - 2)..<k).contains { j in
            tt.tokens[j].kind == .word && !tt.text.scalars[Int(tt.tokens[j].start)].properties.isUppercase
        }
    }

    /// "ce vendredi 21 février" with no year anywhere near: the year, within one of the
    /// years the text mentions, whose 21 February is a Friday.
    func inferDateFromWeekday(_ s: DocumentStructure) -> CivilDate? {
        let tt = s.text
        var years: [Int] = []
        for t in tt.tokens where t.kind == .number && t.end - t.start == 4 {
            let w = tt.string(t)
            if w.count == 4, let y = Int(w), (1900...2100).contains(y) { years.append(y) }
        }
        guard let maxYear = years.max() else { return nil }
        for u in s.units.prefix(12) {
            let toks = Array(tt.sentences[u.sentence].tokens)
            for (k, ti) in toks.enumerated() where k > 0 && tt.tokens[ti].kind == .date {
                guard let wd = weekdays[tt.folded(tt.tokens[toks[k - 1]])],
                      let d = FrenchDate.parse(tt.string(tt.tokens[ti]), months: months), d.year == nil else { continue }
                for y in [maxYear + 1, maxYear, maxYear - 1] {
                    if let c = CivilDate(year: y, month: d.month, day: d.day), c.weekday == wd { return c }
                }
            }
        }
        return nil
    }

    func findNOR(_ units: [StructureUnit], _ tt: TokenizedText) -> String? {
        // A unit's label is read only once a NOR-shaped word is in it: building each line's
        // string to split its label cost more than the rest of the search.
        for u in units {
            let r = tt.sentences[u.sentence].tokens
            var labelChecked = false
            for ti in r where tt.tokens[ti].kind == .word && tt.tokens[ti].length >= 12 {
                let w = tt.string(tt.tokens[ti])
                guard Self.isNOR(w), !citedNOR(ti, in: r, tt) else { continue }
                if !labelChecked {
                    if citesUnderReferenceLabel(u, tt) { break }
                    labelChecked = true
                }
                return w
            }
        }
        return nil
    }

    /// "Réf. : Circulaire ministérielle NOR : IOMA2409876J du 12 avril 2024": the "Réf :" line
    /// lists other texts, a NOR among them is theirs — unless the line gives only a NOR
    /// ("Réf : NOR INTK…", a ministry's way of printing its own).
    func citesUnderReferenceLabel(_ u: StructureUnit, _ tt: TokenizedText) -> Bool {
        let (key, value) = Self.splitField(tt.text.string(u.range))
        guard let k = key.map({ Fold.string($0) }), let v = value,
              fields.references.set.contains(k) || fields.references.set.contains(Substring(k).trimmingCharacters(in: ".")) else { return false }
        return !v.lowercased().hasPrefix("nor")
    }

    /// "Lien : https://…/download/12345/INTK1233053C.pdf": a NOR-shaped part of a link or a
    /// file name among the first lines (its parts split at what no NOR holds).
    func norInLink(_ s: DocumentStructure) -> String? {
        for u in s.units.prefix(12) {
            let line = s.text.text.string(u.range)
            guard line.containsBytes("/") || line.containsBytes(".pdf") || line.containsBytes(".PDF") else { continue }
            for part in line.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }) where part.utf8.count == 12 {
                if Self.isNOR(String(part)) { return String(part) }
            }
        }
        return nil
    }

    /// "Par une circulaire du 28 octobre 2024 (NOR : INTK2428339J), le ministre…": a text the
    /// page cites, its kind after a determiner a few words before the NOR — a flattened post's
    /// prose, not the page's own header line ("Circulaire du 28 octobre 2024 NOR : …").
    func citedNOR(_ ti: Int, in r: Range<Int>, _ tt: TokenizedText) -> Bool {
        var j = ti - 1
        // (The kind may stand twelve words back: "Une circulaire du ministère de l'intérieur
        // datée du 12 avril 2024 (NOR : …)".)
        while j > r.lowerBound && j >= ti - 16 {
            if citedKinds.contains(tt.folded(tt.tokens[j])), fields.determiners.set.contains(tt.folded(tt.tokens[j - 1])) { return true }
            j -= 1
        }
        return false
    }

    /// Four letters, two digits of year, five digits, one letter: "INTK2428339J".
    static func isNOR(_ w: String) -> Bool {
        let u = Array(w.unicodeScalars)
        guard u.count == 12 else { return false }
        for i in 0..<4 where !(u[i].value >= 65 && u[i].value <= 90) { return false }
        for i in 4..<11 where !(u[i].value >= 48 && u[i].value <= 57) { return false }
        return u[11].value >= 65 && u[11].value <= 90
    }

    // MARK: kind

    /// Whether a subject opens on the processing of a file, not on the text's kind:
    /// "Instruction des demandes de regroupement familial" (`processingSubjects`).
    func namesProcessing(_ subject: String) -> Bool {
        let w = HeaderVocabulary.words(String(subject.prefix(60)))
        return processingSubjects.contains { w.starts(with: $0) }
    }

    func kind(header: [StructureUnit], top: [StructureUnit], _ s: DocumentStructure, isDepeche: Bool, hasNOR: Bool, letterBlock: Bool, titleKind: String?) -> DocumentKind {
        let tt = s.text
        if isDepeche { return .depeche }
        if s.isConsolidatedCode { return .unknown }
        // "ARRÊTE :", "DÉCRÈTE :" on a line of its own: a regulatory act (arrêté, décret),
        // none of the contract's kinds — in the document's own text, not in the next text of
        // its page (a Journal officiel's arrêté printed under the circular's signature).
        let end = s.textEnd ?? Int.max
        if s.units.contains(where: { u in u.range.lowerBound < end && isEnactingLine(u, tt) }) || enactsInline(tt, before: end)
            || actTitle(tt, before: min(end, Self.actTitleReach)) { return .unknown }
        // A title line that is the document type: "CIRCULAIRE", "Note à l'attention de".
        var prose = false
        // In the page's order: a header unit after the prose is read after it.
        var seen = Set<Int>()
        let lines = (header + top.prefix(6)).filter { seen.insert($0.range.lowerBound).inserted }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for u in lines {
            let w = words(u, tt).filter { $0 != "*" }
            // A live page's tag ("15h12 / CIRCULAIRE. Le ministre demande…") under a sentence
            // of its prose is no title: the page's text has begun above it.
            if prose { break }
            prose = Self.isProseSentence(w) && !w.contains(where: { addressedOpenings.contains($0) })
            guard !w.isEmpty, w.count <= 12 else { continue }
            for (kind, form) in kindTitles where w.count >= form.count && Array(w.prefix(form.count)) == form {
                // "Note pratique": a commentary's genre names the page, not the text it explains.
                if commentaryGenres.contains(where: { w.dropFirst(form.count).starts(with: $0) }) { return .article }
                if form.count == 1 && w.count > 4 && kind != .communique { continue }
                return kind
            }
        }
        if let k = kindUnderDateline(s) { return k }
        let hasAddressees = header.contains { u in
            let f = Folder.shared.fold(tt.text.clean(u.range))
            return addressedOpenings.contains { f.hasPrefix($0) }
        }
        // A blog's post under its author's byline whose headline names an instruction
        // ("Instruction du 5 février 2024 : le ministre demande aux préfets …") reports it: no
        // letter block, no NOR — an article.
        if titleKind != nil, !hasNOR, !hasAddressees, !letterBlock, commentsTitledText(s) { return .article }
        if let t = titleKind.flatMap(DocumentKind.init(rawValue:)) { return t }
        // "Le préfet de la Vienne, / Vu le code …": an authority's line over the first visa
        // opens a regulatory act whose "ARRÊTE" the excerpt cut off (a recueil's page, a
        // scan's first page) — unknown too, never a press article; a letter's block or NOR
        // makes a circular, whatever act it annexes.
        if !hasNOR && !hasAddressees && !letterBlock && enactingAuthority(s) != nil { return .unknown }
        if hasNOR || hasAddressees || letterBlock || salutedLetter(s) { return selfNamedKind(s) ?? .circulaire }
        if flattenedReleaseLabel(tt) { return .communique }
        if opensOnPressGenre(s) { return .article }
        // Press: a ministry release carries its own date line near the top.
        // (Website furniture — "Publié le …", breadcrumbs, counters — may come first.)
        // (A date under an author's byline, "Par Rédaction du Village de la Justice / Le 22
        // septembre 2023", dates an article.)
        for (k, u) in s.units.prefix(9).enumerated() {
            let sen = tt.sentences[u.sentence]
            if sen.tokens.count <= 2 && sen.tokens.contains(where: { tt.tokens[$0].kind == .date && !isWebDate($0, tt, in: sen.tokens) }) {
                if k > 0, isByline(s, s.units[k - 1]) || publisherPage(s) { return .article }
                return .communique
            }
        }
        if flattenedDateline(s) != nil { return .communique }
        // A page of a préfecture's own site reports the préfet's decisions as its release.
        if prefecturePage(s) { return .communique }
        return s.units.isEmpty ? .unknown : .article
    }

    /// "RÉCIT - Le ministre de la Justice oscille…", "EXCLUSIF – Prise en main…": a
    /// newspaper's genre label in capitals before a dash, on one of the page's first lines —
    /// a journalist's story, whatever date line tops it (a release labels itself otherwise).
    func opensOnPressGenre(_ s: DocumentStructure) -> Bool {
        let tt = s.text
        for u in s.units.prefix(9) {
            let toks = tt.sentences[u.sentence].tokens
            guard toks.count >= 3 else { continue }
            let first = tt.tokens[toks.lowerBound], dash = tt.tokens[toks.lowerBound + 1]
            let label = tt.text.sourceString(Int(first.start)..<Int(first.end))
            guard label.count >= 4, label == label.uppercased(), pressGenres.contains(tt.folded(first)),
                  ["-", "\u{2013}", "\u{2014}"].contains(tt.text.sourceString(Int(dash.start)..<Int(dash.end))) else { continue }
            return true
        }
        return false
    }

    /// "Nancy, le 25 août 1832. / MESSIEURS,": a dateline, then a salutation alone on its
    /// line (a civility of `addressedOpenings`, at most `salutationWords` words, closed by its
    /// comma) — a letter whose addressee block names no title; an older préfet's letter to
    /// his maires, no press item. Among the first `letterheadUnits` units.
    func salutedLetter(_ s: DocumentStructure) -> Bool {
        let tt = s.text
        let units = s.units.prefix(Self.letterheadUnits)
        for k in units.indices.dropFirst() where datelinePlace(units[k - 1], tt) != nil {
            let w = words(units[k], tt)
            guard let first = w.first, w.count >= 2, w.count <= Self.salutationWords, w.last == ",",
                  addressedOpenings.contains(first) else { continue }
            return true
        }
        return false
    }

    static let salutationWords = 6
    static let letterheadUnits = 12

    /// "Paris, le 8 février 2021⏎Note à⏎Destinataires in fine": the text's kind on the short
    /// line right under its dateline, however many of a document-sharing site's labels and
    /// counters ("Academic year", "Copied!", "9 0 0", "Texte intégral (1)") push both below
    /// the page's first lines, where `kind` looks for a title line.
    func kindUnderDateline(_ s: DocumentStructure) -> DocumentKind? {
        let tt = s.text
        let units = s.units.prefix(Self.sharedPageUnits)
        for k in units.indices.dropFirst() where datelinePlace(units[k - 1], tt) != nil {
            let w = words(units[k], tt).filter { $0 != "*" }
            guard !w.isEmpty, w.count <= 4 else { continue }
            if let t = kindTitles.first(where: { w.count >= $0.form.count && Array(w.prefix($0.form.count)) == $0.form }) { return t.kind }
        }
        return nil
    }

    /// How many units of a page the dateline and its kind line may stand below.
    static let sharedPageUnits = 24

    /// A sentence of prose: at least `proseWords` words ending on a full stop, with no colon
    /// (a field, "Objet : …") — not a title, a label or a date line (nor, by its caller, a
    /// letter's addressee line: "Le ministre … à Mesdames et Messieurs les préfets.").
    /// "ARRÊTE :", "DÉCRÈTE" on a line of its own: the enacting word of a regulatory act.
    func isEnactingLine(_ u: StructureUnit, _ tt: TokenizedText) -> Bool {
        guard u.range.count <= 40 else { return false }
        let w = words(u, tt).filter { $0 != ":" }
        return w.count == 1 && enactingWords.contains(w[0])
    }

    /// The signature of the first act on a page that prints several (a "Recueil des actes
    /// administratifs" page: "ARRÊTE … Le préfet, Denis ROBIN", then a second "ARRÊTE … Pour
    /// le préfet et par délégation, le secrétaire général, …"): the page is read as its first
    /// act, as its date and authority are. The structure marks only the page's last signature;
    /// the first act's is its last name line in capitals ("Denis ROBIN") under a signing
    /// title ("Le préfet,") before the second act's enacting word. `last`: the last signature unit; returned as is where one act (or
    /// none) enacts.
    func firstActSignature(_ s: DocumentStructure, last: Int) -> Int {
        let tt = s.text
        let enacting = s.units.indices.lazy.filter { self.isEnactingLine(s.units[$0], tt) }
        guard let first = enacting.first, let second = enacting.first(where: { $0 > first }), second < last,
              let sig = (first + 1..<second).last(where: { k in
                  s.units[k].kind == .signature || s.units[k].range.count <= 60 && tt.text.clean(s.units[k - 1].range).hasSuffix(",")
                      && StructureBuilder.capitalsName(tt.sentences[s.units[k].sentence].tokens.map { tt.string(tt.tokens[$0]) })
              }) else { return last }
        return sig
    }

    static func isProseSentence(_ w: [String]) -> Bool {
        w.count >= proseWords && w.last == "." && !w.contains(":")
    }

    static let proseWords = 8

    /// How many units are read for the text's name for itself: it names itself in its
    /// header or its opening paragraphs, where a flattened copy's single unit also starts.
    static let selfNameUnits = 40

    /// The kind a letter without a title line gives itself in its purpose statement: "La
    /// présente instruction a pour objet…", "Résumé : la présente note…" (`selfReferences`
    /// opening a sentence or following a colon, then a one-word kind of `titles`), the first
    /// in its opening units; nil when it states none there.
    func selfNamedKind(_ s: DocumentStructure) -> DocumentKind? {
        for u in s.units.prefix(Self.selfNameUnits) {
            let w = words(u, s.text)
            for phrase in selfReferences {
                for k in w.indices where k + phrase.count < w.count && (k == 0 || w[k - 1] == ":")
                    && Array(w[k..<(k + phrase.count)]) == phrase {
                    let next = w[k + phrase.count]
                    if let kind = kindTitles.first(where: { $0.form == [next] })?.kind, kind.isInstruction { return kind }
                }
            }
        }
        return nil
    }

    /// A flattened page runs the release's own label into its first words ("… Publié le
    /// 05/07/2023 Partager Communiqué de presse En raison du risque …"): "Communiqué de
    /// presse" capitalised, singular, not after a determiner, among the page's first words.
    /// (Prose writes "dans un communiqué"; a breadcrumb's "Communiqués de presse" lists them.)
    func flattenedReleaseLabel(_ tt: TokenizedText) -> Bool {
        let n = min(tt.tokens.count, 90)
        guard n >= 3 else { return false }
        for i in 0..<(n - 2) where tt.folded(tt.tokens[i]) == "communique" {
            guard tt.string(tt.tokens[i]).first?.isUppercase == true, tt.folded(tt.tokens[i + 1]) == "de", tt.folded(tt.tokens[i + 2]) == "presse" else { continue }
            if i > 0, fields.determiners.set.contains(tt.folded(tt.tokens[i - 1])) { continue }
            return true
        }
        return false
    }

    /// "Publié le 12/03/2024 par Me Claire Martin": a web date followed by its author, in the
    /// first lines — a post's byline (a bulletin's "Date de mise en ligne" names no author).
    func authorByline(_ s: DocumentStructure) -> Bool {
        let tt = s.text
        for u in s.units.prefix(8) {
            let r = tt.sentences[u.sentence].tokens
            for ti in r where tt.tokens[ti].kind == .date && ti + 2 < r.upperBound && isWebDate(ti, tt, in: r) {
                guard tt.folded(tt.tokens[ti + 1]) == "par", tt.string(tt.tokens[ti + 2]).first?.isUppercase == true else { continue }
                return true
            }
        }
        return false
    }

    /// "Par Rédaction du Village de la Justice", "Par Jean Martin": a short line opening on
    /// "Par" and a capitalised word — an article's author.
    /// A page whose first line names a law firm, a lawyer or an association ("Cabinet Durand
    /// Avocats", "Ligue des droits – section de Marseille"): its dated posts report texts
    /// (articles); no authority issues a communiqué under such a name.
    /// ("SGP POLICE FO / Syndicat Général de la Police", "La Cimade / Solidaires des
    /// personnes migrantes": a logo's short name first, the publisher's full name under it —
    /// the second line is read when the first has at most `logoWords` words.)
    func publisherPage(_ s: DocumentStructure) -> Bool {
        guard let u = s.units.first else { return false }
        if namesPublisher(s, u) { return true }
        guard s.units.count > 1, s.text.sentences[u.sentence].tokens.count <= Self.logoWords else { return false }
        return namesPublisher(s, s.units[1])
    }

    static let logoWords = 3

    /// Whether a short line (a page's first lines) holds one of `publisherWords`.
    func namesPublisher(_ s: DocumentStructure, _ u: StructureUnit) -> Bool {
        guard u.range.count <= 120 else { return false }
        let tt = s.text
        return tt.sentences[u.sentence].tokens.contains { i in
            i < tt.tokens.count && tt.tokens[i].start < u.range.upperBound && publisherWords.contains(tt.folded(tt.tokens[i]))
        }
    }

    func isByline(_ s: DocumentStructure, _ u: StructureUnit) -> Bool {
        let r = s.text.sentences[u.sentence].tokens
        guard r.count >= 2, r.count <= 10, u.range.count <= 80 else { return false }
        let first = s.text.string(s.text.tokens[r.lowerBound]), second = s.text.string(s.text.tokens[r.lowerBound + 1])
        return first == "Par" && second.first?.isUppercase == true || listedByline(s.text, r)
    }

    /// "Le Monde, Sylvia Zappi, 10 mai 2004": an older article's byline lists the newspaper,
    /// the journalist and the date, set off by commas — two commas at least, capitalised
    /// first, the date last (a release's date line is the date alone or after a place).
    func listedByline(_ tt: TokenizedText, _ r: Range<Int>) -> Bool {
        guard tt.tokens[r.upperBound - 1].kind == .date, tt.string(tt.tokens[r.lowerBound]).first?.isUppercase == true else { return false }
        return r.filter { tt.string(tt.tokens[$0]) == "," }.count >= 2
    }

    /// "… Vu le décret … ; ARRÊTE : Article 1er : …": the enacting word of a regulatory act
    /// that a copy ran into the text, read where its own line is lost: in capitals before its
    /// colon, or — in capitals or capitalised ("Arrête : Art. 1er.", "… public ; ARRÊTE
    /// Article 1er", "Arrête Article 1er - Objet") — before the first article (prose never
    /// writes it so: "le préfet arrête les mesures"). Not the noun "ARRÊTÉ", "décidé".
    func enactsInline(_ tt: TokenizedText, before end: Int = .max) -> Bool {
        let toks = tt.tokens
        let scalars = tt.text.scalars
        for k in toks.indices.dropLast() where toks[k].kind == .word && toks[k].length >= 5 && toks[k].length <= 9 && Int(toks[k].start) < end {
            // A capital first, then the next token a colon or a capital: cheap tests on scalars.
            let a = Int(toks[k].start), c = Int(toks[k + 1].start)
            guard enactingInitials.contains(scalars[a].value), scalars[c] == ":" || scalars[c].properties.isUppercase else { continue }
            let raw = tt.string(toks[k])
            guard let lastLetter = raw.last, lastLetter != "É", lastLetter != "é", enactingWords.contains(tt.folded(toks[k])) else { continue }
            let capitals = !raw.contains(where: \.isLowercase)
            var n = k + 1
            if scalars[c] == ":" {
                if capitals { return true }
                n += 1
            }
            if n < toks.count, ["article", "art", "art."].contains(tt.folded(toks[n])) { return true }
        }
        return false
    }

    /// A press page whose title, byline and date a copy ran together: "… durcit le ton Par
    /// Jean Martin, publié le 14 mars 2023 à 10h12 Dans une circulaire …", "… régularisations
    /// Publié le 24 janvier 2025 par Maître …", "… Par Jean Dupont Le 15 novembre 2020 à
    /// 18h30 …". Lined, the date stands in its own line; run on, it is told from a date of
    /// the prose by its byline: a web-date word that is capitalised or follows the author's
    /// comma, or a capitalised "Le" shortly after "Par". Publication before update.
    func flattenedByline(_ s: DocumentStructure, updates: Bool) -> CivilDate? {
        // The byline runs into the headline, which may follow the publisher's line
        // ("Association … — section de Lyon" / "Circulaire du … : ce qui change Posté le …")
        // or the site's name ("Maire-Info" / "… ce que la circulaire demande aux maires
        // Édition du 18 avril 2024").
        let first = s.units.first.map { s.text.sentences[$0.sentence].tokens.count } ?? 0
        for u in s.units.prefix(publisherPage(s) || first <= Self.siteNameTokens ? 2 : 1) {
            if let c = flattenedByline(s, u, updates: updates) { return c }
        }
        return nil
    }

    /// The most tokens of a first line that is a site's name ("Maire-Info", "Le Monde").
    static let siteNameTokens = 3

    func flattenedByline(_ s: DocumentStructure, _ u: StructureUnit, updates: Bool) -> CivilDate? {
        let tt = s.text
        let r = tt.sentences[u.sentence].tokens
        let upper = { (k: Int) in tt.string(tt.tokens[k]).first?.isUppercase == true }
        let raw = { (k: Int) in k >= r.lowerBound ? tt.string(tt.tokens[k]) : "" }
        for ti in r.prefix(relatedLinkStart(tt, r.prefix(60)) - r.lowerBound) where ti >= r.lowerBound + 2 && tt.tokens[ti].kind == .date {
            let k = bylineLabel(before: ti, tt, from: r.lowerBound)
            let g = tt.folded(tt.tokens[k])
            let byline: Bool
            if fields.webDates.set.contains(g) || fields.editionLabels?.set.contains(g) == true {
                if fields.webUpdates.set.contains(g) != updates { continue }
                // "Publié le", "Mis à jour le", "…, publié le"; not "le décret publié le". In
                // lower case ("Article publié le 9 janvier 2024 Dans un jugement …", "… mis en
                // ligne le 4 mars 2024 La circulaire …") when the text starts again after it.
                // ("La circulaire publiée le 23 janvier 2024 Selon …" dates the circular.)
                let cited = k > r.lowerBound && citedKinds.contains(tt.folded(tt.tokens[k - 1]))
                byline = upper(k) || raw(k - 2) == "Mis" || raw(k - 1) == "," || !cited && restartsAfter(ti, tt, in: r)
            } else {
                byline = tt.folded(tt.tokens[ti - 1]) == "le" && upper(ti - 1)
                    && ((max(r.lowerBound, ti - 6)..<(ti - 1)).contains { raw($0) == "Par" } || stampedWithMinutes(ti, tt, in: r))
            }
            guard byline, let d = FrenchDate.parse(tt.string(tt.tokens[ti]), months: months), d.year != nil, let c = d.civil(anchor: nil) else { continue }
            return c
        }
        return nil
    }

    /// A trade paper's byline run into its headline: "… les attentes de la Chancellerie par
    /// Paul Durand le 12 septembre 2024", "Par Claire Martin — 14 octobre 2023". "par", one to
    /// four capitalised words or a newsroom (the author), one of "le", a dash or a comma,
    /// then a full date that ends the sentence or that a capital follows (the text starts
    /// again) — so "la circulaire signée par Gérald Darmanin le 12 mars 2024 : ce qui change"
    /// dates an event. In the opening units only.
    func authorDateByline(_ s: DocumentStructure) -> CivilDate? {
        let tt = s.text
        for u in s.units.prefix(4) {
            let r = tt.sentences[u.sentence].tokens
            for ti in r where ti >= r.lowerBound + 3 && tt.tokens[ti].kind == .date {
                guard ["le", "—", "–", "-", ","].contains(tt.folded(tt.tokens[ti - 1])) else { continue }
                // "par la rédaction, le 6 mars 2024": a comma may stand before "le".
                let sep = tt.folded(tt.tokens[ti - 1]) == "le" && tt.string(tt.tokens[ti - 2]) == "," ? ti - 2 : ti - 1
                guard let p = bylineAuthor(before: sep, tt, from: r.lowerBound) else { continue }
                // "Posté par Claire Dubois le 03/07/2023 · 12 commentaires": a web-date word
                // before "par" makes it a byline whatever follows.
                let posted = p > r.lowerBound && fields.webDates.set.contains(tt.folded(tt.tokens[p - 1]))
                guard posted || restartsAfter(ti, tt, in: r),
                      let d = FrenchDate.parse(tt.string(tt.tokens[ti]), months: months), d.year != nil, let c = d.civil(anchor: nil) else { continue }
                return c
            }
        }
        return nil
    }

    /// The date line of a release whose lines a copy flattened: "… depuis le mois de juillet
    /// 9 novembre 2020 Gérald Darmanin annonce …": in the opening words, a full date that
    /// no word governs (no "le", "du", "depuis": it follows the title's last word) and that a
    /// capital follows (the text starts again).
    func flattenedDateline(_ s: DocumentStructure) -> Int? {
        let tt = s.text
        guard let u = s.units.first else { return nil }
        let r = tt.sentences[u.sentence].tokens
        guard r.count > 12 else { return nil }
        for ti in r.lowerBound.advanced(by: 3)..<min(r.upperBound - 1, r.lowerBound + 40) where tt.tokens[ti].kind == .date {
            let prev = tt.tokens[ti - 1], next = tt.tokens[ti + 1]
            guard prev.kind == .word, next.kind == .word else { continue }
            let p = tt.folded(prev)
            if fields.determiners.set.contains(p) || citedKinds.contains(p) || isWebDate(ti, tt, in: r) { continue }
            guard let d = FrenchDate.parse(tt.string(tt.tokens[ti]), months: months), d.year != nil,
                  tt.string(next).first?.isUppercase == true, tt.string(prev).first?.isLowercase == true else { continue }
            return ti
        }
        return nil
    }

    // MARK: emitter and signatory

    /// The first "ministre de …" or "ministère de …" named: `ministre-de-l-interieur`.
    func emitter(_ s: DocumentStructure) -> String? {
        let tt = s.text
        let toks = tt.tokens
        var i = 0
        let src = tt.text.scalars
        while i < toks.count {
            // Cheap test first: eight or nine scalars starting with "m"/"M".
            let len = toks[i].end - toks[i].start
            let c0 = src[Int(toks[i].start)]
            // (Joins — letter-spaced capitals — may lengthen a token: then its text decides.)
            guard len == 8 || len == 9 || len > 9 && src[Int(toks[i].start) + 1].value == 1, c0 == "m" || c0 == "M" else { i += 1; continue }
            let f = tt.folded(toks[i])
            // "Circulaire … du 12 décembre 2001 du ministre de l'emploi": the author of a text
            // the document cites (its "Textes abrogés", its references), not its own.
            if i >= 2, toks[i - 2].kind == .date, tt.folded(toks[i - 1]) == "du" { i += 1; continue }
            // A portfolio follows ("ministre de l'Intérieur"); a name does not make one
            // ("le Premier ministre Jean Castex").
            if f == "ministre" || f == "ministere",
               ["de", "du", "des", "d'", "delegue", "deleguee", "charge", "chargee", "aupres"].contains(i + 1 < toks.count ? tt.folded(toks[i + 1]) : "") {
                // The title as its column reads it: a letterhead's right cell (the dateline)
                // does not end a ministry whose name goes on below.
                let toks = Self.columnRead(tt, from: i, count: 26)
                var parts = ["ministre"]
                var k = 1
                var named = false
                // The portfolios read whole so far: a long title ("de l'immigration, de
                // l'intégration, de l'identité nationale et du développement solidaire") may
                // outrun the window in the middle of one.
                var complete: [String]? = nil
                while k < toks.count && k < 24 {
                    let w = tt.folded(toks[k])
                    let raw = tt.string(toks[k])
                    if ["de", "du", "des", "de la", "l'", "d'", "la", "et", "aupres"].contains(w) && !named || (w == "l'" || w == "d'") {
                        parts.append(w.replacingOccurrences(of: "'", with: "")); k += 1; continue
                    }
                    // The portfolio capitalised ("de l'Intérieur"), or one the lexicon knows in
                    // lower case ("de l'intérieur", "des affaires étrangères", the Imprimerie
                    // nationale's style).
                    // ("de l'Éducation nationale et de la Jeunesse": the lexicon's portfolio
                    // whole, though only its first word is capitalised.)
                    let known = portfolio(tt, toks, at: k)
                    if (raw.first?.isUppercase == true || known != nil) && toks[k].kind == .word {
                        if let known { parts += known; k += known.count } else { parts.append(w); k += 1 }
                        named = true
                        k = portfolioAdjectives(tt, toks, from: k, into: &parts)
                        // Another portfolio follows: "et de la Jeunesse", ", de la Santé et de la
                        // Famille", "et des Outre-mer".
                        if anotherPortfolio(tt, toks, after: k) {
                            if tt.folded(toks[k]) == "," { k += 1 }
                            complete = parts
                            named = false
                            continue
                        }
                        break
                    }
                    break
                }
                if let whole = named ? parts : complete { return Self.slug(whole.joined(separator: " ")) }
            }
            i += 1
        }
        return nil
    }

    /// Up to `count` tokens from token `i`, read down the column token `i` stands in: where a
    /// line goes on past a gap of `HeaderColumns.gap` spaces (a `pdftotext -layout`
    /// letterhead's dateline facing the ministry's name), the rest of that line is the other
    /// column's and is skipped —
    ///
    ///     DE L'IDENTITÉ NATIONALE ET DU DÉVELOPPEMENT        Paris, le 22 octobre 2008
    ///     SOLIDAIRE
    ///
    /// reads "… du développement solidaire".
    static func columnRead(_ tt: TokenizedText, from i: Int, count: Int) -> [Token] {
        let toks = tt.tokens, src = tt.text.scalars
        var out: [Token] = []
        var k = i
        while k < toks.count && out.count < count {
            if k > i, Self.columnGap(src, from: Int(toks[k - 1].end), to: Int(toks[k].start)) {
                // Skip to the first token of the next line.
                while k < toks.count && !(Int(toks[k - 1].end)..<Int(toks[k].start)).contains(where: { src[$0] == "\n" }) { k += 1 }
                continue
            }
            out.append(toks[k])
            k += 1
        }
        return out
    }

    /// Whether the blank between two tokens is a column gap: on one line, at least
    /// `HeaderColumns.gap` spaces.
    static func columnGap(_ src: ScalarStore, from a: Int, to b: Int) -> Bool {
        guard b - a >= HeaderColumns.gap else { return false }
        for j in a..<b where src[j] != " " { return false }
        return true
    }

    /// Whether another portfolio of the same minister starts after token `k` ("et de la
    /// Jeunesse", ", de la Santé"): linking words, then a capital or a portfolio the lexicon
    /// knows.
    func anotherPortfolio(_ tt: TokenizedText, _ toks: [Token], after k: Int) -> Bool {
        var m = k
        if m < toks.count, ["et", ","].contains(tt.folded(toks[m])) { m += 1 }
        let start = m
        while m < toks.count, m - start < 3, ["de", "du", "des", "d'", "la", "l'"].contains(tt.folded(toks[m])) { m += 1 }
        guard m > start, m < toks.count, toks[m].kind == .word,
              tt.string(toks[m]).first?.isUppercase == true || portfolio(tt, toks, at: m) != nil else { return false }
        return true
    }

    /// "MINISTÈRE DU TRAVAIL, DES RELATIONS SOCIALES, …", "ministre de la Santé publique":
    /// the adjectives after a portfolio's noun on its line belong to the portfolio, where only
    /// its capitalised first word would be read ("ministre-du-travail-des-relations"). An
    /// adjective by its ending (`portfolioAdjectiveEndings`, five letters at least, not one of
    /// `portfolioAdjectiveExceptions`); a letterhead's next service ("DIRECTION GÉNÉRALE")
    /// opens on a noun and ends the portfolio. The token after the adjectives.
    func portfolioAdjectives(_ tt: TokenizedText, _ toks: [Token], from k: Int, into parts: inout [String]) -> Int {
        var k = k
        while k < toks.count, toks[k].kind == .word, toks[k].newlinesBefore == 0, isPortfolioAdjective(tt.folded(toks[k])) {
            parts.append(tt.folded(toks[k]))
            k += 1
        }
        return k
    }

    func isPortfolioAdjective(_ x: String) -> Bool {
        guard x.count >= 5, fields.portfolioAdjectiveExceptions?.set.contains(x) != true else { return false }
        return fields.portfolioAdjectiveEndings?.forms.contains { x.hasSuffix($0) } ?? false
    }

    /// "INSTRUCTION du secrétaire d'État aux finances relative à …": where no minister is
    /// named, a secrétaire d'État the text's opening names (its kind line, a sender line) with
    /// his portfolio — a capitalised word or the lexicon's (`portfolios`), its adjectives too.
    /// Only in the first `secretaryReach` tokens: further on, prose cites him.
    func secretaryOfState(_ s: DocumentStructure) -> String? {
        let tt = s.text, toks = tt.tokens
        for i in 1..<max(1, min(toks.count - 4, Self.secretaryReach)) where tt.folded(toks[i]) == "secretaire" {
            guard ["d'", "d"].contains(tt.folded(toks[i + 1])), tt.folded(toks[i + 2]) == "etat" else { continue }
            // "INSTRUCTION du secrétaire d'État …" (a kind word before "du"), or "Le secrétaire
            // d'État …" opening a line; not "comme le secrétaire d'État l'a rappelé".
            let p = tt.folded(toks[i - 1])
            let kindLine = p == "du" && i >= 2 && citedKinds.contains(tt.folded(toks[i - 2]))
            let senderLine = (p == "le" || p == "la") && (i == 1 || toks[i - 1].newlinesBefore > 0)
            guard kindLine || senderLine else { continue }
            var parts = ["secretaire", "d", "etat"], k = i + 3
            while k < toks.count, k - i < 8, ["a", "au", "aux", "de", "du", "des", "la", "l'", "d'", "charge", "chargee"].contains(tt.folded(toks[k])) {
                parts.append(tt.folded(toks[k]).replacingOccurrences(of: "'", with: "")); k += 1
            }
            guard parts.count > 3, k < toks.count, toks[k].kind == .word else { continue }
            if let known = portfolio(tt, toks, at: k) { parts += known; k += known.count }
            else if tt.string(toks[k]).first?.isUppercase == true { parts.append(tt.folded(toks[k])); k += 1 }
            else { continue }
            _ = portfolioAdjectives(tt, toks, from: k, into: &parts)
            return Self.slug(parts.joined(separator: " "))
        }
        return nil
    }

    /// The most tokens from the text's start where `secretaryOfState` looks.
    static let secretaryReach = 60

    /// The lexicon's portfolio (folded words, longest first) that starts at token `k`.
    func portfolio(_ tt: TokenizedText, _ toks: [Token], at k: Int) -> [String]? {
        guard k < toks.count, let candidates = portfolioPhrases[tt.folded(toks[k])] else { return nil }
        outer: for p in candidates where k + p.count <= toks.count {
            for (j, word) in p.enumerated().dropFirst() where tt.folded(toks[k + j]) != word { continue outer }
            return p
        }
        return nil
    }

    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for c in Fold.string(s).unicodeScalars {
            if (c.value >= 97 && c.value <= 122) || (c.value >= 48 && c.value <= 57) { out.unicodeScalars.append(c); dash = false }
            else if !dash && !out.isEmpty { out += "-"; dash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// "Le Préfet du département de la Meurthe," above the signature: the authority that
    /// signs, for a letter whose header names none. "du département" is the préfet's own
    /// title, not his territory ("prefet-de-la-meurthe").
    func signingAuthority(_ s: DocumentStructure) -> String? {
        guard let si = s.units.lastIndex(where: { $0.kind == .signature }), si > 0 else { return nil }
        let line = Fold.string(s.text.text.clean(s.units[si - 1].range))
        var w = line.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard w.count >= 3, w.count <= 14, w[0] == "le" || w[0] == "la", emitterHeads.contains(w[1]) else {
            return delegatingMinister(s, above: si)
        }
        // "Pour le préfet de police et par délégation, / Le directeur du cabinet,": the
        // delegate's title is not the authority; the one it signs for is, when named in full.
        if si >= 2, let d = delegator(Fold.string(s.text.text.clean(s.units[si - 2].range))) { return d.isEmpty ? nil : d }
        w.removeFirst()
        if let d = w.firstIndex(of: "departement"), d >= 1, w[d - 1] == "du", d + 1 < w.count { w.removeSubrange((d - 1)...d) }
        return Self.slug(masculineHead(w).joined(separator: " "))
    }

    /// Whether the signing office is the staff of a préfecture whose letterhead heads the
    /// page ("PRÉFET DE LA SEINE-SAINT-DENIS … Le secrétaire général, Jacques WITKOWSKI"): the
    /// secrétaire général or the directeur de cabinet signs the préfecture's note for the
    /// préfet, who is its authority (the letterhead's, read after). A préfet or sous-préfet
    /// signing is his own authority.
    func staffOfLetterhead(_ office: String, _ s: DocumentStructure) -> Bool {
        guard !office.hasPrefix("prefet"), !office.hasPrefix("sous-prefet"), let head = letterhead(s) else { return false }
        return head.slug.hasPrefix("prefet") || head.slug.hasPrefix("sous-prefet")
    }

    /// A directorate's note under its ministry's letterhead ("MINISTÈRE DE L'INTÉRIEUR /
    /// DIRECTION GÉNÉRALE DE LA POLICE NATIONALE … Le directeur général de la police
    /// nationale / Jean-Marc FALCONE"): the director signs in his own name and no minister is
    /// named anywhere, so the director is the emitter — the ministry is only the letterhead's.
    /// ("Pour le ministre et par délégation, le directeur …" names the minister: his text.)
    /// The signing office's slug when it opens on one of `directorSigners`, else nil.
    func directorateNote(_ s: DocumentStructure) -> String? {
        guard let heads = fields.directorSigners?.forms, let office = signingAuthority(s),
              heads.contains(where: { office.hasPrefix($0 + "-") }), !namesMinister(s.text) else { return nil }
        return office
    }

    /// A bulletin's origin line under the title ("MEN – DGRH B2-2", "MENJ - DGESCO A1"): the
    /// ministry's acronym (`bulletinOrigins`, case kept), a dash, the directorate's acronym,
    /// on a line of its own among the first units. The ministry's emitter slug, or nil.
    func bulletinOrigin(_ s: DocumentStructure) -> String? {
        guard let origins = fields.bulletinOrigins?.forms, !origins.isEmpty else { return nil }
        let tt = s.text
        for u in s.units.prefix(24) {
            let r = tt.sentences[u.sentence].tokens
            guard r.count >= 3, tt.tokens[r.lowerBound].newlinesBefore > 0 || r.lowerBound == 0,
                  let e = origins[tt.string(tt.tokens[r.lowerBound])],
                  ["-", "–", "—"].contains(tt.string(tt.tokens[r.lowerBound + 1])) else { continue }
            let next = tt.string(tt.tokens[r.lowerBound + 2])
            if next.count >= 2, next.allSatisfy({ $0.isUppercase }) { return e }
        }
        return nil
    }

    /// Whether the text names a minister ("ministre", "garde des sceaux" by its "sceaux")
    /// anywhere: the ministry's name alone ("ministère") does not.
    func namesMinister(_ tt: TokenizedText) -> Bool {
        let src = tt.text.scalars
        return tt.tokens.contains { t in
            let c0 = src[Int(t.start)]
            guard t.kind == .word, c0 == "m" || c0 == "M" || c0 == "s" || c0 == "S" else { return false }
            let f = tt.folded(t)
            return f == "ministre" || f == "sceaux"
        }
    }

    /// "La directrice de la protection judiciaire de la jeunesse" signs as the office's
    /// holder: the slug is the title's, in the masculine as every role slug ("directrice
    /// générale" → "directeur général"), up to the title's first preposition.
    func masculineHead(_ words: [String]) -> [String] {
        let p = words.firstIndex { ["de", "du", "des", "d", "l", "a", "aux"].contains($0) } ?? words.count
        return words[..<p].map { masculineTitles[$0] ?? $0 } + words[p...]
    }

    /// "pour le préfet de police et par délégation" → `prefet-de-police`; "" for a bare
    /// "pour le préfet et par délégation" (the authority is the letterhead's); nil for a line
    /// that delegates nothing.
    func delegator(_ line: String) -> String? {
        guard line.hasPrefix("pour le ") || line.hasPrefix("pour la "), line.count <= 120 else { return nil }
        var w = line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") }).map(String.init)
        guard let p = w.firstIndex(of: "par"), p >= 3, p + 1 < w.count, ["delegation", "autorisation", "ordre", "empechement"].contains(w[p + 1]),
              emitterHeads.contains(w[2]) else { return nil }
        w = Array(w[2..<p])
        if w.last == "et" { w.removeLast() }
        return w.count >= 3 ? Self.slug(w.joined(separator: " ")) : ""
    }

    /// A press item that names no minister: the directorate shown acting ("la DGCL demande",
    /// "la direction générale des collectivités locales (DGCL) souhaite"), as the slug of its
    /// name. Only in the item's first sentences, where its author is named. `byKind`: the
    /// author a kind word names instead ("la circulaire du garde des Sceaux", "une note de la
    /// direction générale des étrangers en France"), read only when no one is shown acting
    /// ("une note de la DGEF aux préfets … le directeur général des étrangers en France
    /// demande…" names the director).
    func serviceEmitter(_ s: DocumentStructure, byKind: Bool = false) -> String? {
        let tt = s.text
        for sen in tt.sentences.prefix(12) {
            let w = sen.tokens.map { tt.folded(tt.tokens[$0]) }
            for k in w.indices {
                for (f, slug) in servicePhrases where f[0] == w[k] && k + f.count < w.count && w[k..<(k + f.count)].elementsEqual(f) {
                    // "L'instruction du 3 juin, signée par le directeur général des étrangers en
                    // France, …": the text's signer, its verb before the name.
                    if byKind ? kindAuthor(w, k) : signerBefore(w, k) { return slug }
                    if byKind { continue }
                    var e = k + f.count
                    // "(DGCL)", "donc", "leur": between the name and its verb.
                    if w[e] == "(", let close = w[e...].firstIndex(of: ")"), close - e <= 3 { e = close + 1 }
                    while e < w.count && (authorClitics.contains(w[e]) || fields.serviceEmitters.between.contains(w[e])) { e += 1 }
                    // "a adressé", "a demandé", "a diffusé": the auxiliary with a reporting or
                    // sending participle.
                    let perfect = e + 1 < w.count && w[e] == "a" && w[e + 1] != "a"
                        && (reportingWords.contains(w[e + 1]) || sendingVerbs.contains(w[e + 1]))
                    if e < w.count && reportingWords.contains(w[e]) && (w[e] != "a" || perfect) { return slug }
                }
            }
        }
        return nil
    }

    /// Whether the name at `k` is the author a kind word names ("la circulaire du garde des
    /// Sceaux du 15 janvier", "Une note de la direction générale des étrangers en France"):
    /// a kind of `citedKinds` right before "de", "du", "de la", "des". Not "une circulaire
    /// sur la DGEF", nor "aux préfets de la DGEF".
    func kindAuthor(_ w: [String], _ k: Int) -> Bool {
        guard k >= 2 else { return false }
        var p = k - 1
        if ["la", "l'"].contains(w[p]), p >= 2, w[p - 1] == "de" { p -= 1 }
        guard ["de", "du", "des", "d'"].contains(w[p]) else { return false }
        return citedKinds.contains(w[p - 1])
    }

    /// Whether "signé(e) par" (`signedBy`, and an article) stands right before the name at `k`.
    func signerBefore(_ w: [String], _ k: Int) -> Bool {
        guard k >= 2 else { return false }
        let p = ["le", "la", "les", "l'"].contains(w[k - 1]) ? k - 1 : k
        return p >= 2 && w[p - 1] == "par" && signedBy.contains(w[p - 2])
    }

    /// "PRÉFET DU NORD", "Préfecture de la Gironde", "Le préfet de la région Nouvelle-Aquitaine,
    /// préfet de la Gironde," among the first lines: the préfet is the authority (up to the
    /// first comma: the first-named office).
    func letterheadAuthority(_ s: DocumentStructure) -> String? { letterhead(s)?.slug }

    /// The letterhead's authority (`letterheadAuthority`), and whether the line names its
    /// service ("Préfecture de la Gironde") rather than the office ("PRÉFET DU NORD").
    func letterhead(_ s: DocumentStructure) -> (slug: String, service: Bool)? {
        for (k, u) in s.units.prefix(12).enumerated() {
            // Past the first six units only behind a page's furniture (`furnitureOnly`).
            if k >= 6 && !furnitureOnly(s, before: k) { break }
            let raw = s.text.text.clean(u.range)
            var line = Fold.string(raw)
            if let head = mixedCaseHead(raw) { line = head } else if line.count > 120, let head = capitalsHead(raw) { line = head }
            guard line.count <= 120 else { continue }
            if let office = officeSlug(line) { return office }
        }
        return nil
    }

    /// The slug of the first office a folded line names ("le prefet de la region centre,
    /// prefet du loiret," → `prefet-de-la-region-centre`): up to its first comma, an office of
    /// `letterheadHeads` then its preposition; nil for any other line.
    /// `service`: the line names the office's service ("prefecture"), not the office.
    /// A social post's header ends the office at its handle or its dot ("Préfète du
    /// Pas-de-Calais @Prefet62 · 12 févr. 2025") as a comma does.
    func officeSlug(_ line: String, needsArticle: Bool = false) -> (slug: String, service: Bool)? {
        let parts = line.split(whereSeparator: { $0 == "," || $0 == "@" || $0 == "\u{B7}" })
        let split = { (x: Substring) in x.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") }).map(String.init) }
        var w = split(parts.first ?? Substring(line))
        var articled = false
        // "le vice-amiral d'escadre, prefet maritime de l'atlantique,": a rank, then after its
        // comma the office it holds (the rank's article stands for both).
        if parts.count >= 2, w.count >= 2, w[0] == "le", officerRanks.contains(w[1]) { w = split(parts[1]); articled = true }
        // "PREFECTURE DU VAR - SIDPC": the service after a dash is no part of the office.
        if let d = w.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" }) { w = Array(w[..<d]) }
        if let f = w.first, f == "le" || f == "la" { w.removeFirst() } else if needsArticle && !articled { return nil }
        // "prefecture maritime de l'atlantique": the office's adjective before its place.
        let adjective = w.count >= 4 && fields.letterheadHeads.adjectives?.contains(w[1]) == true ? 1 : 0
        guard w.count >= 3 + adjective, w.count <= 10, let office = fields.letterheadHeads.forms[w[0]],
              ["de", "du", "des"].contains(w[1 + adjective]) || w[1 + adjective].hasPrefix("d'") else { return nil }
        let service = w[0] != office
        w[0] = office
        return (Self.slug(w.joined(separator: " ")), service)
    }

    /// The authority an act enacts in: the line of its preamble above the first visa ("LE
    /// PRÉFET DE LA RÉGION CENTRE, / PRÉFET DU LOIRET, / Chevalier de la Légion d'honneur, /
    /// VU le code …"), its first office — as a letter's sender line names it above its "à",
    /// so a letterhead that names only the service ("PRÉFECTURE DU LOIRET") yields to it. The earliest "Le/La <office>"
    /// line of the few units before the visa (titles of honour stand between). Nil where no
    /// visa opens a unit, or no such line stands before it.
    func enactingAuthority(_ s: DocumentStructure) -> String? {
        let tt = s.text
        // (A visa cites a text: "Vu le code …", "Vu la loi …" — not a page's "Vu pour la
        // première fois le …".)
        guard let v = s.units.prefix(Self.visaUnits).firstIndex(where: { u in
            let f = Fold.string(String(tt.text.clean(u.range).prefix(8)))
            return Self.visaOpenings.contains { f.hasPrefix($0) }
        }) else {
            return s.units.prefix(Self.visaUnits).lazy.compactMap { self.authorityOverVisa($0, tt) }.first
        }
        var found: String? = nil
        for k in stride(from: v - 1, through: max(0, v - Self.preambleUnits), by: -1) {
            let line = Fold.string(tt.text.clean(s.units[k].range))
            guard line.count <= 200 else { break }
            if let office = officeSlug(line, needsArticle: true) ?? officeBeforeHonours(line) { found = office.slug }
        }
        return found
    }

    /// "dans le département de l'Allier La préfète de l'Allier Officier de la légion
    /// d'honneur …": a preamble a copy ran together, the act's title before its authority and
    /// the authority's titles of honour after it (`letterheadHeads.honours`). The last
    /// "le/la <office>" before the first title of honour (not the "la" of its place), read as
    /// its own line.
    func officeBeforeHonours(_ line: String) -> (slug: String, service: Bool)? {
        let words = line.split(separator: " ").map(String.init)
        guard let honours = fields.letterheadHeads.honours,
              let h = words.firstIndex(where: { honours.contains($0) }),
              let a = words[..<h].indices.last(where: { ($0 + 1 < h) && (words[$0] == "le" || words[$0] == "la") && fields.letterheadHeads.forms[words[$0 + 1]] != nil }),
              h - a >= 3 else { return nil }
        return officeSlug(words[a..<h].joined(separator: " ") + ",", needsArticle: true)
    }

    /// The authority of a regulatory act: the line over its first visa where the letterhead
    /// names only a service ("PRÉFECTURE DU LOIRET"), else the letterhead's office.
    func actAuthority(_ s: DocumentStructure) -> String? {
        let head = letterhead(s)
        return (head?.service ?? true ? enactingAuthority(s) : nil) ?? head?.slug
    }

    /// "Le préfet de la Vienne, Vu le code …": the authority's line and the first visa in one
    /// unit (the line's comma ran it on): the office before ", Vu", with its article.
    /// (A title or a letterhead the unit runs on before it: the first "le/la <office>" whose
    /// words make an office.)
    func authorityOverVisa(_ u: StructureUnit, _ tt: TokenizedText) -> String? {
        let f = Fold.string(String(tt.text.clean(u.range).prefix(Self.authorityReach)))
        guard let r = f.range(of: ", vu ") else { return nil }
        let head = f[..<r.lowerBound]
        var at = head.startIndex
        while at < head.endIndex {
            let rest = head[at...]
            if at == head.startIndex || head[head.index(before: at)] == " ", rest.hasPrefix("le ") || rest.hasPrefix("la "),
               let office = officeSlug(String(rest) + ",", needsArticle: true) { return office.slug }
            at = head.index(after: at)
        }
        return nil
    }

    /// How many units an act's first visa may stand under: a recueil's page lists its
    /// contents and the act's title before it.
    static let visaUnits = 60

    /// How a visa opens, folded: "Vu" and the determiner of the text it cites.
    static let visaOpenings = ["vu le ", "vu la ", "vu les ", "vu l'", "vu l\u{2019}"]

    /// How far into a unit an act's authority line may run before its first visa.
    static let authorityReach = 200

    /// How many units above an act's first visa its authority's line may stand: the office,
    /// a second office, titles of honour.
    static let preambleUnits = 5

    /// Whether the first k units are all a web page's furniture — site name, breadcrumb, menu,
    /// "Publié le …", share links — short lines of no sentence (at most ten words, no full
    /// stop at the end), so that the letterhead of a préfecture communiqué they push down
    /// still opens the text.
    func furnitureOnly(_ s: DocumentStructure, before k: Int) -> Bool {
        s.units.prefix(k).allSatisfy { u in
            let line = s.text.text.clean(u.range)
            return u.kind != .footnote && !line.hasSuffix(".") && line.split(separator: " ", maxSplits: 11).count <= 10
        }
    }

    /// A letterhead whose lines a copy ran together, in ordinary case: "Préfecture des
    /// Bouches-du-Rhône Direction de la sécurité …", "PRÉFECTURE DE LA SEINE-INFÉRIEURE Cabinet
    /// du Préfet Rouen, le …" → "prefecture des bouches-du-rhone" (folded). The place is one
    /// word after the office's preposition (two after "région"); the next line's first word,
    /// capitalised in mixed case and not after a preposition ("Territoire de Belfort" goes on),
    /// ends it. Nil where no such word follows within the first words.
    func mixedCaseHead(_ raw: String) -> String? {
        let rw = raw.split(separator: " ", maxSplits: 10).prefix(10).map { $0.trimmingCharacters(in: ",;:.") }
        var k0 = 0
        if let f = rw.first, ["le", "la"].contains(Fold.string(f)) { k0 = 1 }
        guard rw.count >= k0 + 4, fields.letterheadHeads.forms[Fold.string(rw[k0])] != nil else { return nil }
        let links: Set<String> = ["de", "du", "des", "la", "l'", "d'", "et"]
        let mixed = { (x: String) in x.first?.isUppercase == true && x.dropFirst().contains(where: \.isLowercase) }
        // An elided place is one word with its "d'": "Préfet d'Ille-et-Vilaine Accueil > …".
        let elided = rw[k0 + 1].hasPrefix("d'") || rw[k0 + 1].hasPrefix("d’")
        for k in (k0 + (elided ? 2 : 3))..<rw.count {
            // "PRÉFET DE LA RÉGION OCCITANIE PRÉFET DE LA HAUTE-GARONNE Arrêté …": the first office.
            if fields.letterheadHeads.forms[Fold.string(rw[k])] != nil { return rw[k0..<k].map { Fold.string($0) }.joined(separator: " ") }
            let prev = Fold.string(rw[k - 1])
            guard mixed(rw[k]), !links.contains(prev), !prev.hasSuffix("'"), prev != "region" else { continue }
            return rw[k0..<k].map { Fold.string($0) }.joined(separator: " ")
        }
        return nil
    }

    /// A letterhead a copy ran into the text keeps its capitals: "PRÉFET DE LA
    /// SEINE-SAINT-DENIS Liberté Égalité Fraternité Communiqué …" → "prefet de la
    /// seine-saint-denis" (folded). Among the opening words written in capitals, from the
    /// first letterhead head ("RÉPUBLIQUE FRANÇAISE" may stand before it) up to a kind or
    /// enacting word set in capitals after it ("PRÉFET DE LA GIRONDE ARRÊTÉ PRÉFECTORAL"), or
    /// the next office's head.
    func capitalsHead(_ line: String) -> String? {
        let words = line.split(separator: " ", maxSplits: 14).prefix(14)
        let caps = words.prefix { w in w.contains(where: \.isLetter) && !w.contains(where: \.isLowercase) }.map { Fold.string(String($0)) }
        guard let h = caps.firstIndex(where: { fields.letterheadHeads.forms[$0] != nil }) else { return nil }
        // (A second head ends the first: "PRÉFET DE LA RÉGION OCCITANIE PRÉFET DE LA HAUTE-GARONNE".)
        var e = caps[(h + 1)...].firstIndex { c in enactingWords.contains(c) || kindTitles.contains { $0.form.first == c } || fields.letterheadHeads.forms[c] != nil } ?? caps.count
        // ("PRÉFECTURE DE LA GIRONDE LE PRÉFET DE LA RÉGION …": the second head's article
        // is no word of the first's place.)
        if e < caps.count, e - 1 > h, ["le", "la"].contains(caps[e - 1]) { e -= 1 }
        return e - h >= 3 ? caps[h..<e].joined(separator: " ") : nil
    }

    /// A signature block signed for a minister names the portfolio in its own short lines
    /// ("Pour le président du conseil, ministre de l'intérieur :" over "Le sous-secrétaire
    /// d'État,"): the minister is the emitter, whatever the case of the portfolio's words, up
    /// to the first comma or colon. A "ministre" without a portfolio ("Pour le ministre et par
    /// délégation") names none.
    func delegatingMinister(_ s: DocumentStructure, above si: Int) -> String? {
        for k in stride(from: si - 1, through: max(0, si - 3), by: -1) {
            let line = Folder.shared.fold(s.text.text.clean(s.units[k].range))
            let phrases = line.split(whereSeparator: { $0 == "," || $0 == ":" || $0 == ";" || $0 == "." })
            if phrases.count > 4 || line.count > 120 { return nil }
            for p in phrases {
                let w = p.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") }).map(String.init)
                guard let m = w.firstIndex(of: "ministre"), m + 2 < w.count,
                      ["de", "du", "des", "de l'", "d'", "l'"].contains(w[m + 1]) || w[m + 1].hasPrefix("l'") || w[m + 1].hasPrefix("d'") else { continue }
                return Self.slug(w[m...].joined(separator: " "))
            }
        }
        return nil
    }

    /// `reports`: a press item that reports someone else's instruction (a ministry's own
    /// communiqué does not: its author is not a signatory).
    /// `emitter`: the ministry a press item names; a minister of it the item names stands
    /// before a person it shows acting who is no minister (`namedMinister`).
    func signatory(_ s: DocumentStructure, press: Bool, reports: Bool = true, emitter: String? = nil) -> String? {
        let tt = s.text
        if !press {
            guard let last0 = s.units.lastIndex(where: { $0.kind == .signature }) else { return flattenedSignature(s) }
            let last = firstActSignature(s, last: last0)
            let ui = firstCoSignature(s, last: last)
            let u = s.units[ui]
            var line = tt.text.clean(u.range)
            if line.hasSuffix(".") { line.removeLast() }
            // "CHAPITRE II" closing a web copy's table of contents names no one.
            // Nor does a short line of common words ("Pièces Jointes", "Fait À Paris").
            // A particle in lower case ("Charles de Gaulle") is part of a name.
            var ws = line.split(separator: " ")
            // "Signé : ROUVIER": the copy's mark before the name is not part of it.
            if ws.count >= 2, Fold.string(ws[0].trimmingCharacters(in: ":")) == "signe", case let n = ws[1] == ":" ? 2 : 1, ws.count > n {
                ws.removeFirst(n)
                // "Signé : Pierre JOXE, Ministre de l'Intérieur": the title after the name's comma
                // (`StructureBuilder.dropSignedMark`).
                if let c = ws.firstIndex(where: { $0.hasSuffix(",") }), c < StructureBuilder.signedNameWords {
                    ws = Array(ws[...c]); ws[c] = ws[c].dropLast()
                    if ws[c].isEmpty { ws.removeLast() }
                }
            }
            if let name = particleSurnameName(s, unit: ui, ws) { return name }
            // "Le Préfet, MORAIN.": a copy that ran the title and the name onto one line.
            if ws.indices.contains(where: { k in ws[k].first?.isUppercase == true && nameStops.contains(Fold.string(String(ws[k]))) && !inSurname(ws, k) }) {
                return signedAfterTitle(ws.map(String.init))
            }
            return Self.personName(Self.firstOfNames(ws).joined(separator: " "))
        }
        // Only a written instruction (letter, telegram, note, circular) has a signatory.
        // Without one, the person the item shows acting ("Le ministre de l'Intérieur, Gérald
        // Darmanin, a appelé les préfets"), not one only named ("Sur demande du ministre,
        // Bruno Retailleau, un plan a été présenté").
        if reports, let n = reportedSigner(s) { return n }
        if reports {
            let author = reportedAuthor(s, acting: !writtenInstruction(s))
            if let n = author, ministerTerms[Fold.string(n)] != nil { return n }
            if let e = emitter, writtenInstruction(s), let n = namedMinister(s, emitter: e) { return n }
            if let n = author { return n }
        }
        // "Gérald Darmanin a adressé mardi un courrier aux préfets": the author of a reported letter.
        let toks = tt.tokens
        for sen in tt.sentences {
            let r = Array(sen.tokens)
            for (k, ti) in r.enumerated() where sendingFilter.mayMatch(tt, toks[ti]) && sendingVerbs.contains(tt.folded(toks[ti])) {
                let window = r[min(r.count, k + 1)..<min(r.count, k + 6)].map { tt.folded(toks[$0]) }
                guard window.contains(where: { letterWords.contains($0) }) else { continue }
                // The name: two capitalised words before the verb (and its auxiliary).
                var e = k - 1
                while e >= 0 && ["a", "avait", "aura"].contains(tt.folded(toks[r[e]])) { e -= 1 }
                guard e >= 1 else { continue }
                let last = tt.string(toks[r[e]]), first = tt.string(toks[r[e - 1]])
                if last.first?.isUppercase == true && first.first?.isUppercase == true && toks[r[e]].kind == .word && toks[r[e - 1]].kind == .word {
                    return "\(first) \(last)"
                }
            }
        }
        // "Darmanin qualifie…", "La circulaire Retailleau": a minister the item names by his
        // surname alone.
        return reports ? ministerBySurname(s) : nil
    }

    /// "Jean-Yves⏎LE DRIAN": a surname whose particle opens its line makes a unit of its own
    /// (the capital "LE" opens a sentence); the first name alone on the line above, in mixed
    /// case, completes the signer's name. Nil for any other line.
    func particleSurnameName(_ s: DocumentStructure, unit ui: Int, _ ws: [Substring]) -> String? {
        guard ui > 0, ws.count >= 2, ws.count <= 3, nameParticles.contains(Fold.string(String(ws[0]))),
              ws.allSatisfy({ $0.count >= 2 && $0 == $0.uppercased() && $0.contains(where: \.isLetter) }) else { return nil }
        let prev = s.text.text.clean(s.units[ui - 1].range)
        guard !prev.contains(" "), let c = prev.first, c.isUppercase, prev.contains(where: \.isLowercase),
              prev.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        return Self.personName(prev + " " + ws.joined(separator: " "))
    }

    /// Whether word k of a signature line is a particle of a surname in capitals: after the
    /// first name, before another capitalised word ("Bruno LE MAIRE", "Jean-Yves LE DRIAN").
    func inSurname(_ ws: [Substring], _ k: Int) -> Bool {
        guard k > 0, k + 1 < ws.count, nameParticles.contains(Fold.string(String(ws[k]))) else { return false }
        let next = ws[k + 1]
        return next.count >= 2 && next == next.uppercased() && next.contains(where: \.isLetter)
    }

    func writtenInstruction(_ s: DocumentStructure) -> Bool {
        let tt = s.text
        return tt.tokens.indices.contains { i in
            guard tt.tokens[i].kind == .word, writtenFilter.mayMatch(tt, tt.tokens[i]) else { return false }
            let f = tt.folded(tt.tokens[i])
            return letterWords.contains(f) || writtenKinds.contains(f)
        }
    }

    /// The person a press item reports as giving the instruction: a first name and a name
    /// ("Gérald Darmanin", "Jean-Marc Ayrault") standing where an author stands — after
    /// "le ministre de l'Intérieur,", before "a demandé" or another verb, after "écrit" — the
    /// one named most often.
    /// `acting`: only a name seen as the subject of a verb.
    func reportedAuthor(_ s: DocumentStructure, acting: Bool = false) -> String? {
        let tt = s.text
        var counts: [String: (n: Int, first: Int)] = [:]
        var subjects: Set<String> = []
        func isName(_ i: Int) -> Bool {
            guard i >= 0, i < tt.tokens.count, tt.tokens[i].kind == .word, tt.tokens[i].length >= 2 else { return false }
            // A capital first (ASCII or Latin-1), tested before the word is built.
            let c0 = tt.text.scalars[Int(tt.tokens[i].start)].value
            guard (c0 >= 0x41 && c0 <= 0x5A) || (c0 >= 0xC0 && c0 <= 0xDE) || c0 > 0xFF else { return false }
            let w = tt.string(tt.tokens[i])
            guard let c = w.first, c.isUppercase, w.count >= 2, w.dropFirst().contains(where: { $0.isLowercase }),
                  w.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
            return !nameStops.contains(Fold.string(w))
        }
        for sen in tt.sentences {
            let r = sen.tokens
            var i = r.lowerBound
            while i + 1 < r.upperBound {
                guard isName(i), isName(i + 1), !isName(i + 2) || i + 2 >= r.upperBound else { i += 1; continue }
                let prev = i > r.lowerBound ? tt.folded(tt.tokens[i - 1]) : ""
                let next = i + 2 < r.upperBound ? tt.folded(tt.tokens[i + 2]) : ""
                let nearAuthority = (max(r.lowerBound, i - 8)..<i).contains { appositionAuthorities.contains(tt.folded(tt.tokens[$0])) }
                // "Gérald Darmanin a demandé", "…, Gérald Darmanin, a appelé".
                // "Gérald Darmanin leur demande": a pronoun object between name and verb.
                var v = i + 2
                if next == "," { v += 1 }
                while v < r.upperBound - 1 && v <= i + 4 && authorClitics.contains(tt.folded(tt.tokens[v])) { v += 1 }
                let verb = v > i + 2 && v < r.upperBound ? tt.folded(tt.tokens[v]) : next
                // A name in apposition to another title ("Le maire, Sylvain Robert, avait alerté")
                // is not the minister's — unless it is a minister's name ("le locataire de la
                // place Beauvau, Bruno Retailleau, leur demande").
                let known = prev == "," && next == "," && ministerTerms[Fold.string("\(tt.string(tt.tokens[i])) \(tt.string(tt.tokens[i + 1]))")] != nil
                if !known && notAnAuthor(tt, i, from: r.lowerBound, afterComma: prev == ",", nearAuthority: nearAuthority) { i += 2; continue }
                let asSubject = (verb == "a" || verb == "avait" || reportingWords.contains(verb)) && !(prev == "," && next == "," && !nearAuthority && !known)
                let afterVerb = reportingWords.contains(prev) || prev == "selon"
                if nearAuthority && prev == "," || asSubject || afterVerb {
                    let name = "\(tt.string(tt.tokens[i])) \(tt.string(tt.tokens[i + 1]))"
                    counts[name, default: (0, i)].n += 1
                    if asSubject || afterVerb { subjects.insert(name) }
                }
                i += 2
            }
        }
        if acting { counts = counts.filter { subjects.contains($0.key) } }
        return counts.max { a, b in a.value.n != b.value.n ? a.value.n < b.value.n : a.value.first > b.value.first }?.key
    }

    /// "Pour Manuel Valls, être accusé … Martine Aubry avait elle-même regretté …", "… pour le
    /// ministre Gérard Collomb": a press item about a ministry's written instruction (only
    /// those have a signatory: `writtenInstruction`) names its
    /// minister (`ministers.terms` of that emitter) wherever the sentence puts him, while the
    /// people it shows acting may be others (a mayor who regretted, a deputy). The one of that
    /// ministry the item names most often (the first on a tie), as the item spells the name.
    func namedMinister(_ s: DocumentStructure, emitter: String) -> String? {
        let tt = s.text
        let names = Set(fields.ministers.terms.lazy.filter { $0.emitter == emitter }.map { Fold.string($0.name) })
        guard !names.isEmpty else { return nil }
        var counts: [String: (n: Int, first: Int)] = [:]
        var i = 0
        while i + 1 < tt.tokens.count {
            // A name opens on a capital: tested on the first scalar before any word is built.
            guard tt.tokens[i].kind == .word, tt.tokens[i + 1].kind == .word,
                  tt.text.scalars[Int(tt.tokens[i].start)].properties.isUppercase,
                  case let pair = tt.folded(tt.tokens[i]) + " " + tt.folded(tt.tokens[i + 1]), names.contains(pair) else { i += 1; continue }
            counts[pair, default: (0, i)].n += 1
            i += 2
        }
        guard let best = counts.max(by: { a, b in a.value.n != b.value.n ? a.value.n < b.value.n : a.value.first > b.value.first }) else { return nil }
        let k = best.value.first
        return "\(tt.string(tt.tokens[k])) \(tt.string(tt.tokens[k + 1]))"
    }

    /// Whether the two capitalised words at `i` name no author of a reported instruction: an
    /// organisation ("Le Secours Catholique demande le retrait…", `organisationWords`), or the
    /// holder of another office in apposition after its title ("Procureure de la République à
    /// Meaux, Laure Vasseur détaille la circulaire": a role head of `roleHeads` that is no
    /// `appositionAuthorities`, within the words before the comma).
    func notAnAuthor(_ tt: TokenizedText, _ i: Int, from start: Int, afterComma: Bool, nearAuthority: Bool) -> Bool {
        if organisationWords.contains(tt.folded(tt.tokens[i])) || organisationWords.contains(tt.folded(tt.tokens[i + 1])) { return true }
        guard afterComma, !nearAuthority else { return false }
        return (max(start, i - 8)..<(i - 1)).contains { k in
            let f = tt.folded(tt.tokens[k])
            let head = masculineTitles[f] ?? f
            // "… adressée aux préfets, Gérald Darmanin leur demande": an authority's title.
            return roleHeads.contains(head) && !appositionAuthorities.contains(head)
        }
    }

    /// "Bruno RETAILLEAU" → "Bruno Retailleau"; "JEAN-PIERRE DUPONT" → "Jean-Pierre Dupont".
    /// A copy that ran the closing lines together ends on the name after the title: "… Le
    /// garde des Sceaux, ministre de la Justice Éric DUPOND-MORETTI". The last words of the
    /// last unit: a surname in capitals and a first name, after a word that is not capitals.
    func flattenedSignature(_ s: DocumentStructure) -> String? {
        guard let u = s.units.last(where: { $0.kind != .footnote }) else { return nil }
        let last = Self.withoutPageNumber(s.text.text.clean(u.range).split(separator: " ").map(String.init))
        if let name = signedAfterTitle(last) { return name }
        if let name = nameAtEnd(last) { return name }
        // The closing lines, in however many units the list after the name was cut.
        let tail = s.units.suffix(6).filter { $0.kind != .footnote }
        let all = tail.flatMap { s.text.text.clean($0.range).split(separator: " ").map(String.init) }
        // "… avant le 15 octobre 2011. Claude GUEANT 1/6": the name a sentence of its own,
        // the page number after it.
        let bare = Self.withoutPageNumber(all)
        if bare.count < all.count, let name = nameAtEnd(bare) { return name }
        // "… un bilan de ces mesures. Gérald⏎DARMANIN": a narrow copy wrapped the name, its
        // surname in capitals alone on the last line, a unit of its own.
        if Self.isWrappedSurname(last), let name = nameAtEnd(bare) { return name }
        // "… Gérard COLLOMB Destinataires : Mesdames …", "… COLLIEX NOR : INTD…": a list or a
        // field the page sets after the signature, run onto its line (the first of them,
        // "Destinataires : … Copie : …", may be a few labels back).
        // A web page's furniture too: "… Christophe CASTANER [Voir le PDF] Dans la même
        // rubrique …", "… Éric DUPOND-MORETTI BOMJ n° 2022-04 …" (a label in brackets counts).
        // "… Philippe BARRET 1/1 ADRESSE POSTALE : PLACE BEAUVAU …": the ministry's address
        // footer (and the page number before it) after the name.
        if let f = addressFooterStart(all), case let before = Self.droppingPageMarks(Array(all[..<f])),
           let name = nameAtEnd(before) ?? signedAfterTitle(before), !namesContact(before, name) { return name }
        // The footnotes a page sets under the signature, run onto its line: "… Gérard COLLOMB
        // ____ ¹ Voir l'instruction du 18 décembre 2014." (their rule or their first number).
        let labels = all.indices.reversed().filter {
            $0 >= 3 && (fields.trailingLabels.set.contains(Fold.string(all[$0]).trimmingCharacters(in: "[(")) || Self.opensFootnotes(all[$0]))
        }
        // (An older letter's lone surname too: "… Le Directeur de la Sûreté générale,
        // LÉVEILLÉ. Copie adressée à MM. les Sous-Préfets …".)
        for k in labels.prefix(6) {
            if let name = nameAtEnd(Array(all[..<k])) ?? signedAfterTitle(Array(all[..<k])), !namesContact(Array(all[..<k]), name) { return name }
        }
        return nil
    }

    /// A word that opens the footnotes under a text: a rule of underscores, or a footnote
    /// number in superscript standing alone (a call is glued to its word: "précision²"), or
    /// in parentheses (a flattened copy's "… Éric DUPOND-MORETTI (1) Article 138 du code …";
    /// a call in the text is glued to its stop: "requise (1).").
    static func opensFootnotes(_ w: String) -> Bool {
        // By the first byte (this runs for every closing word): each shape opens on its own.
        guard let first = w.utf8.first else { return false }
        switch first {
        case 0x5F: return w.count >= 4 && w.allSatisfy({ $0 == "_" })
        case 0x28: return w.count >= 3 && w.count <= 4 && w.first == "(" && w.last == ")" && w.dropFirst().dropLast().allSatisfy(\.isNumber)
        case ..<0x80: return false
        default: return w.unicodeScalars.allSatisfy { "¹²³⁴⁵⁶⁷⁸⁹⁰".unicodeScalars.contains($0) }
        }
    }

    /// The words of a flattened page's last line without the page number the PDF's footer
    /// left after the signature ("… Claude GUEANT 1/6", "… GUEANT - 6 -", "… GUEANT 6"): no
    /// name ends on digits.
    static func withoutPageNumber(_ words: [String]) -> [String] {
        var ws = words
        let isDash = { (x: String) in x == "-" || x == "–" }
        // "- 6 -": the dashes around the number.
        if ws.count >= 5, isDash(ws[ws.count - 1]), isDash(ws[ws.count - 3]) { ws.remove(at: ws.count - 3); ws.removeLast() }
        // "… BAROIN Page 2 sur 2": the page's number and count in words.
        if ws.count >= 6, Fold.string(ws[ws.count - 4]) == "page", Fold.string(ws[ws.count - 2]) == "sur",
           [ws[ws.count - 3], ws[ws.count - 1]].allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }) { ws.removeLast(4) }
        guard let l = ws.last, ws.count >= 3 else { return ws }
        let parts = l.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }) { ws.removeLast() }
        return ws
    }

    /// Whether the last line's words are a surname alone: one or two words in capitals
    /// ("DARMANIN", "LE DRIAN", "DUPOND-MORETTI"), the first name left on the line before.
    static func isWrappedSurname(_ words: [String]) -> Bool {
        (1...2).contains(words.count) && words.allSatisfy { w in
            w.count >= 2 && w == w.uppercased() && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
        }
    }

    /// The name closing a run of words: a surname in capitals and a first name.
    func nameAtEnd(_ all: [String]) -> String? {
        var words = all
        if words.last?.hasSuffix(".") == true { words[words.count - 1].removeLast() }
        // "d'HARCOURT", "d’ORMESSON": a surname in capitals after its elided particle.
        let isCaps = { (w: String) -> Bool in
            var b = Substring(w)
            if let q = b.firstIndex(where: { $0 == "'" || $0 == "’" }), b[..<q] == "d" || b[..<q] == "D" { b = b[b.index(after: q)...] }
            return b.count >= 2 && b == b.uppercased() && b.contains(where: \.isLetter)
        }
        // The surname in capitals (with its particles), then one first name or initial.
        var k = words.count
        while k > 0, words.count - k < 3, isCaps(words[k - 1]) || ["de", "d'", "du"].contains(words[k - 1]) && k < words.count { k -= 1 }
        while k < words.count, !isCaps(words[k]) { k += 1 }
        if k > 0, StructureBuilder.isNameWord(words[k - 1]) || StructureBuilder.isInitial(words[k - 1]) { k -= 1 }
        // A co-signer's name before it ("… Gérald DARMANIN Éric DUPOND-MORETTI"): the first.
        if k >= 3, isCaps(words[k - 1]), words[k - 1].count >= 3, StructureBuilder.isNameWord(words[k - 2]), !isCaps(words[k - 3]) { words = Array(words[..<k]); k -= 2 }
        let name = Array(words[k...])
        // ("Copie : DGPN, DGGN": a list of offices, its commas inside; no name. A particle in
        // capitals inside the name is the surname's: "Emmanuel LE ROY".)
        guard name.count >= 2, words.count > name.count, name.contains(where: isCaps), !isCaps(words[k - 1]), !name.dropLast().contains(where: { $0.hasSuffix(",") }),
              !name.indices.contains(where: { i in nameStops.contains(Fold.string(name[i])) && !(i > 0 && i + 1 < name.count && isCaps(name[i]) && nameParticles.contains(Fold.string(name[i]))) }) else { return nil }
        return Self.personName(name.joined(separator: " "))
    }

    static func personName(_ line: String) -> String {
        line.split(separator: " ").map { word -> String in
            // "d'HARCOURT" → "d'Harcourt": the particle as written, the name in title case.
            if let q = word.firstIndex(of: "'"), q != word.startIndex, word[..<q].allSatisfy(\.isLowercase) {
                return String(word[...q]) + personName(String(word[word.index(after: q)...]))
            }
            let w = String(word)
            guard w == w.uppercased(), w.count > 1 else { return w }
            return w.lowercased().split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        // Most words open and end on none of an ASCII set's characters: tested on the bytes,
        // without walking grapheme clusters from both ends (a character of the set opens
        // on one of its bytes, and ends on it).
        if let f = utf8.first, let l = utf8.last, set.utf8.allSatisfy({ $0 < 0x80 }), !set.utf8.contains(f), !set.utf8.contains(l) {
            return String(self)
        }
        var v = self
        while let f = v.first, set.contains(f) { v.removeFirst() }
        while let l = v.last, set.contains(l) { v.removeLast() }
        return String(v)
    }
}
