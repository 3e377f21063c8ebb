import CircText

/// Directives: what must (or may, or must not) be done, by whom, under which condition.
///
/// One sentence may carry several directives; it is split at the clause boundary before
/// each further marker. List items after "il convient de :" carry the marker of their
/// introduction; an introduction with content of its own takes its items into its text.
struct ObligationExtractor: Sendable {
    let lex: DeonticLexicon
    let services: [(String, String)]

    struct ServicesFile: Decodable {
        struct S: Decodable { let id: String; let forms: [String] }
        let services: [S]
    }

    init(store: LexiconStore, addressees: AddresseeExtractor) throws {
        var lex = try DeonticLexicon(store: store)
        let serviceForms = try store.load("services.json", as: ServicesFile.self).services
            .flatMap { s in s.forms.map { (MatchWord.expand(Folder.shared.fold($0)), s.id) } }
        services = serviceForms.map { (" " + $0.0 + " ", $0.1) }.sorted { $0.0.count > $1.0.count }
        // Subjects of "… veilleront à": titles and services, singular and plural.
        let singularToPlural = Dictionary(addressees.plurals.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        var phrases: [([String], String)] = []
        for (form, id) in addressees.titles.map({ ($0.0, $0.1) }) + serviceForms {
            let words = MatchWord.expand(form).split(separator: " ").map(String.init)
            guard let head = words.first else { continue }
            phrases.append((words, id))
            let plural = singularToPlural[head] ?? (head.hasSuffix("s") || head.hasSuffix("x") ? head : head + "s")
            if plural != head { phrases.append(([plural] + words.dropFirst(), id)) }
        }
        lex.actorPhrases = phrases.sorted { $0.0.count > $1.0.count }
        self.lex = lex
    }

    /// Longest enough to quote, short enough to stay one directive: list items are taken
    /// into their introduction only up to this many scalars.
    static let maxListExtension = 700

    func extract(_ ctx: ExtractionContext, addressees: [Addressee]) -> [Obligation] {
        let s = ctx.structure
        let tt = s.text
        if s.isConsolidatedCode { return [] }
        let matcher = ClauseMatcher(lex: lex, isPress: ctx.isPress)
        let defaultActor = Self.defaultActor(ctx, addressees)
        var out: [Obligation] = []
        var pendingIntro: (modality: String, actor: String?, marker: String, block: Int)? = nil
        var extendTarget: (index: Int, block: Int)? = nil
        var lastInBlock: (block: Int, modality: String, actor: String?)? = nil

        for (ui, u) in s.units.enumerated() where u.kind == .paragraph || u.kind == .listItem || u.kind == .footnote {
            let sen = tt.sentences[u.sentence]
            let toks = Array(sen.tokens)
            let words = toks.map { MatchWord.of(tt, tt.tokens[$0]) }
            let inQuote = Self.quoteMask(tt, toks)
            var hits = matcher.hits(words: words, inQuote: inQuote)
            let firstOfItem = u.listItem && Self.startsItem(tt, sen)

            // List items carry their introduction's marker.
            if let intro = pendingIntro {
                if u.listItem && u.block > intro.block || u.listItem && u.block == intro.block {
                    if firstOfItem || hits.isEmpty && u.listItem && firstOfItem {
                        hits.insert(MarkerHit(start: 0, end: 0, modality: intro.modality, actor: intro.actor, marker: intro.marker), at: 0)
                    }
                } else { pendingIntro = nil }
            }
            // A list that continues its introduction ("… suivantes :" then items): one directive.
            if let t = extendTarget {
                if u.listItem && hits.isEmpty && u.block >= t.block {
                    let span = out[t.index].span
                    if u.range.upperBound - span.start <= Self.maxListExtension {
                        out[t.index].span = Span(span.start, u.range.upperBound)
                        out[t.index].text = tt.text.sourceString(out[t.index].span.range)
                        out[t.index].plain = Self.shared(tt.text.clean(out[t.index].span.range), out[t.index].text)
                        extendTarget = (t.index, u.block)
                    }
                    continue
                } else if !u.listItem { extendTarget = nil }
            }
            // "D'abord …" after a directive announcing several: the same directive continues.
            if hits.isEmpty, let last = lastInBlock, last.block == u.block, startsWithEnumerator(words) {
                hits.append(MarkerHit(start: 0, end: 0, modality: last.modality, actor: last.actor, marker: "enumeration"))
            }
            guard !hits.isEmpty else { continue }

            let bounds = segmentBounds(words, hits)
            for (i, h) in hits.enumerated() {
                if h.listIntro {
                    // "… il convient de :" has no content of its own: its items carry it.
                    pendingIntro = (h.modality, h.actor, h.marker, u.block)
                    continue
                }
                let r = bounds[i]
                guard r.lowerBound < r.upperBound else { continue }
                let a = Int(tt.tokens[toks[r.lowerBound]].start), b = Int(tt.tokens[toks[r.upperBound - 1]].end)
                let span = Span(a, b)
                var ob = Obligation(text: tt.text.sourceString(span.range), span: span, section: u.section,
                                    modality: h.modality, marker: h.end > h.start ? tt.text.clean(Int(tt.tokens[toks[h.start]].start)..<Int(tt.tokens[toks[h.end - 1]].end)) : h.marker,
                                    actor: nil, condition: condition(words, toks, r, tt), emphasis: Self.emphasis(tt.text, span.range))
                ob.actor = actor(h, ctx, ui, words, toks, default: defaultActor)
                ob.plain = Self.shared(tt.text.clean(span.range), ob.text)
                ob.reported = ctx.isPress
                out.append(ob, projectingFrom: ui, of: s.units.count)
                lastInBlock = (u.block, h.modality, ob.actor)
                if i == hits.count - 1, let lastWord = words.last, lastWord == ":" { extendTarget = (out.count - 1, u.block) }
            }
        }
        return out
    }

    /// The clean text, or the source text itself when they are equal (most directives have
    /// no markup): the two then share one buffer instead of holding two copies.
    static func shared(_ plain: String, _ text: String) -> String { plain == text ? text : plain }

    /// Token ranges (indices into the sentence) of each directive: from the clause boundary
    /// before its marker to the boundary before the next one.
    func segmentBounds(_ w: [String], _ hits: [MarkerHit]) -> [Range<Int>] {
        var starts: [Int] = [0]
        for i in 1..<max(1, hits.count) where hits.count > 1 {
            let lo = hits[i - 1].end, hi = hits[i].start
            var cut = -1
            var k = hi - 1
            while k >= lo {
                if lex.clauseBoundaries.contains(w[k]) { cut = k; break }
                k -= 1
            }
            if cut < 0 { cut = hi }
            // A comma or semicolon ends the previous clause; a word ("que", "et") starts the next.
            starts.append([",", ";", ":"].contains(w[cut]) ? cut + 1 : cut)
        }
        var out: [Range<Int>] = []
        for i in starts.indices {
            var end = i + 1 < starts.count ? starts[i + 1] : w.count
            if i + 1 < starts.count { while end > starts[i] && [",", ";", ":"].contains(w[end - 1]) { end -= 1 } }
            out.append(starts[i]..<end)
        }
        return out
    }

    static func startsItem(_ tt: TokenizedText, _ sen: Sentence) -> Bool {
        let t = tt.tokens[sen.tokens.lowerBound]
        let c = tt.text.scalars[Int(t.start)]
        return c == "-" || c == "\u{2022}" || c == "\u{2013}" || c == "\u{2014}" || c == "*" || c == "\u{25AA}" || c == "\u{F0B7}"
    }

    func startsWithEnumerator(_ w: [String]) -> Bool {
        lex.enumerators.contains { ClauseMatcher.phrase($0, in: w, at: 0) }
    }

    /// "lorsqu'un arrêté d'expulsion n'est pas juridiquement envisageable", "en cas de …",
    /// "dès lors que …": from the cue to the end of its clause.
    func condition(_ w: [String], _ toks: [Int], _ r: Range<Int>, _ tt: TokenizedText) -> String? {
        var k = r.lowerBound
        while k < r.upperBound {
            guard lex.conditionFirstWords.contains(w[k]) else { k += 1; continue }
            for c in lex.conditions {
                guard let e = DeonticLexicon.match(c[...], w, at: k) else { continue }
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
        guard t.isBold(r) else { return false }
        var all = 0
        for i in r where !NormalizedText.isBlank(t.scalars[i]) { all += 1 }
        var bold = 0
        for b in t.bold where b.overlaps(r) {
            for i in max(b.lowerBound, r.lowerBound)..<min(b.upperBound, r.upperBound) where !NormalizedText.isBlank(t.scalars[i]) { bold += 1 }
        }
        return all > 0 && bold * 2 >= all
    }

    static func quoteMask(_ tt: TokenizedText, _ toks: [Int]) -> [Bool] {
        var inside = false
        return toks.map { ti in
            let t = tt.tokens[ti]
            if t.kind == .punct {
                let c = tt.text.sourceScalar(at: Int(t.start))
                if c == "\u{AB}" || c == "\u{201C}" { inside = true; return true }
                if c == "\u{BB}" || c == "\u{201D}" { inside = false; return true }
                if c == "\"" { inside.toggle(); return true }
            }
            return inside
        }
    }

    /// Who must act. "vous" is the addressees; a press item's "vous" is the préfets it
    /// reports on; "J'ai demandé à la DGEF de…" names its actor; "doit vous être signalé"
    /// is asked of the service last named before it.
    /// How many units of its paragraph, back from a directive, may name the service it
    /// speaks to ("ce service veillera…"). A paragraph is a few sentences; without a bound,
    /// a text with no paragraph breaks (one 50 MB line) rescanned all of itself per directive.
    static let contextLookBack = 12

    func actor(_ h: MarkerHit, _ ctx: ExtractionContext, _ ui: Int, _ w: [String], _ toks: [Int], default d: String?) -> String? {
        let u = ctx.structure.units[ui]
        switch h.actor {
        case "named-service":
            let after = " " + w[h.end..<min(w.count, h.end + 14)].joined(separator: " ") + " "
            return service(in: after) ?? d
        case "context-service":
            let s = ctx.structure
            var before: [Unit] = []
            var k = ui
            while k >= 0, s.units[k].block == u.block, before.count < Self.contextLookBack {
                if s.units[k].sentence <= u.sentence { before.append(s.units[k]) }
                k -= 1
            }
            for prev in before {
                let tt = s.text
                var ws = tt.sentences[prev.sentence].tokens.map { MatchWord.of(tt, tt.tokens[$0]) }
                if prev.sentence == u.sentence { ws = Array(w[0..<min(h.start, w.count)]) }
                if let id = lastService(in: " " + ws.joined(separator: " ") + " ") { return id }
            }
            return d
        default:
            return h.actor ?? d
        }
    }

    func service(in folded: String) -> String? {
        services.first { folded.contains($0.0) }?.1
    }

    func lastService(in folded: String) -> String? {
        var best: (String.Index, String)? = nil
        for (form, id) in services {
            if let r = folded.range(of: form, options: .backwards), best == nil || r.lowerBound > best!.0 { best = (r.lowerBound, id) }
        }
        return best?.1
    }

    static func defaultActor(_ ctx: ExtractionContext, _ addressees: [Addressee]) -> String? {
        if !ctx.isPress { return "addressees" }
        if let to = addressees.first(where: { $0.role == "to" }) { return to.id }
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
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] < x { lo = m + 1 } else { hi = m } }
        return lo
    }

    /// Whether `span` lies inside one of `spans` (sorted by start, not overlapping).
    static func inside(_ span: Span, _ spans: [Span], starts: [Int]) -> Bool {
        let k = lowerBound(starts, span.start + 1) - 1
        return k >= 0 && spans[k].contains(span)
    }
}
