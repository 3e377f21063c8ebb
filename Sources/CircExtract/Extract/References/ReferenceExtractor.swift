import CircText

public struct ReferenceResult: Sendable {
    public var references: [Reference] = []
    public var warnings: [Warning] = []
    public init() {}
}

/// Legal references to the contract's canonical ids: code articles (with lists, ranges,
/// alinéas and the code carried over from the context), laws, ordonnances and décrets by
/// number or date, constitutional decisions, court rulings, earlier circulars, instructions,
/// notes and protocols by date or NOR, EU directives and regulations. What cannot be
/// resolved is kept with kind `unknown`.
///
/// One pass over the tokens finds candidates (no regular expressions; Strings are built
/// only where a candidate is found), a second resolves the codes of articles from their
/// context and the short forms of laws ("la loi du 26 janvier 2024").
public struct ReferenceExtractor: Sendable {
    let lex: ReferenceLexicon

    public init(store: LexiconStore) throws {
        lex = try ReferenceLexicon(store: store, text: try TextPipeline(store: store))
    }

    public func extract(_ ctx: ExtractionContext) -> ReferenceResult {
        var sc = ReferenceScanner(lex: lex, ctx: ctx)
        sc.scan()
        return resolve(sc)
    }

    /// The article as the contract writes it, without its code: "L612-6", "720" (the letter
    /// of a letterless code dropped), "313-11 bis".
    func articleKey(_ item: ArticleItem, code: ReferenceLexicon.Code) -> String {
        let suffix = item.suffix.map { " \($0)" } ?? ""
        let prefix = !code.lettered && (item.prefix == "L" || item.prefix == "LO") ? "" : item.prefix
        return "\(prefix)\(item.number)\(suffix)"
    }

    func resolve(_ sc: ReferenceScanner) -> ReferenceResult {
        var out = ReferenceResult()
        out.warnings = sc.warnings
        let context = CodeContext(sc)
        let text = sc.tt.text
        var seen = Set<String>()
        func add(_ id: String, _ kind: String, _ range: Range<Int>, alinea: Int?, resolvedBy: String?, nor: String?) {
            let key = "\(id)|\(range.lowerBound)|\(range.upperBound)"
            if !seen.insert(key).inserted { return }
            var ref = Reference(id: id, kind: kind, text: text.sourceString(range), span: Span(range),
                                alinea: alinea, resolvedBy: resolvedBy)
            ref.nor = nor
            out.references.append(ref)
        }
        for r in sc.refs {
            var id: String, kind: String
            var resolvedBy: String?
            var between: [String] = []
            switch r.payload {
            case .done(let i, let k):
                id = i; kind = k
            case .datedText(let prefix, let k, let date):
                kind = k
                if let n = sc.numberByDate["\(prefix)|\(date.iso)"] { id = "\(prefix):\(n)"; resolvedBy = "short-form" }
                else { id = "\(prefix):\(date.iso)" }
            case .article(let item, let designation, let groupStart):
                let suffix = item.suffix.map { " \($0)" } ?? ""
                let resolved = context.code(for: item, designation: designation, pos: groupStart, token: r.token)
                if let (c, how) = resolved {
                    let code = lex.codes[c]
                    if !code.lettered && (item.prefix == "L" || item.prefix == "LO") {
                        out.warnings.append(Warning(
                            code: "\(code.id.lowercased())-article-letter",
                            message: "\(code.id): the legislative articles carry no letter; \"\(text.clean(r.range))\" read as \(code.id):\(item.number)\(suffix)",
                            span: Span(r.range)))
                    }
                    id = "\(code.id):\(articleKey(item, code: code))"; kind = "code-article"; resolvedBy = how
                } else {
                    id = "unknown:\(item.prefix)\(item.number)\(suffix)"; kind = "unknown"
                    out.warnings.append(Warning(code: "unresolved-reference",
                                                message: "no code found for article \"\(text.clean(r.range))\"", span: Span(r.range)))
                }
                // The far end of a range: the articles between, from the code's own list.
                if let a = r.rangeStart {
                    let whole = r.rangeLower..<r.range.upperBound
                    var why = "no code known"
                    if let (c, _) = resolved {
                        let code = lex.codes[c]
                        if context.code(for: a, designation: designation, pos: groupStart, token: r.token)?.0 != c {
                            why = "its ends belong to different codes"
                        } else if !lex.codeArticles.has(code.id) {
                            why = "no article list of the \(code.id)"
                        } else if let mids = lex.codeArticles.between(code: code.id, from: articleKey(a, code: code), to: articleKey(item, code: code),
                                                                       documentDate: sc.ctx.documentDate) {
                            between = mids.map { "\(code.id):\($0)" }
                            why = ""
                        } else {
                            why = "no version of the \(code.id) holds both ends"
                        }
                    }
                    if !why.isEmpty {
                        out.warnings.append(Warning(code: "range-not-expanded",
                                                    message: "range \"\(text.clean(whole))\" kept as its two ends: \(why)", span: Span(whole)))
                    }
                }
            }
            if !between.isEmpty {
                let whole = r.rangeLower..<r.range.upperBound
                for m in between { add(m, "code-article", whole, alinea: nil, resolvedBy: resolvedBy, nor: nil) }
            }
            add(id, kind, r.range, alinea: r.alinea, resolvedBy: resolvedBy, nor: r.nor)
        }
        // Text order; a range's articles keep the code's order (their span is the same).
        let order = out.references.indices.sorted {
            let a = out.references[$0].span, b = out.references[$1].span
            return (a.start, a.end, $0) < (b.start, b.end, $1)
        }
        out.references = order.map { out.references[$0] }
        return out
    }
}

extension ReferenceScanner {
    /// The candidate pass: every recognizer at the tokens that can start its reference.
    mutating func scan() {
        var own: String? = ownNOR
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            switch t.kind {
            case .article:
                i = max(i + 1, scanArticles(i)); continue
            case .number, .textNumber:
                if let e = scanConstitutional(i) { i = e; continue }
            case .word, .abbreviation, .ordinal, .elision:
                let k = fkey(i)
                let first = s[Int(t.start)].value
                let upper = first >= 0x41 && first <= 0x5A
                if !lex.triggers.contains(k), let ki = ocrKind(i) { i = max(i + 1, scanText(i, kindIndex: ki)); continue }
                if !upper && !lex.triggers.contains(k) { break }
                if lex.articleWords.contains(k) { i = max(i + 1, scanArticles(i)); continue }
                if lex.alineaWords.contains(k) { _ = noteAlinea(i); i += 1; continue }
                if let ki = lex.kindWords[k] { i = max(i + 1, scanText(i, kindIndex: ki)); continue }
                if k == RW.nor { i = max(i + 1, scanNOR(i, own: &own)); continue }
                if lex.codeStarts.contains(k) { i = max(i + 1, scanCodeMention(i)); continue }
                if upper {
                    if t.end - t.start == 12, nor(i) != nil { i = scanNOR(i, own: &own); continue }
                    if t.end - t.start <= 8, lex.codeAcronyms[exactKey(i)] != nil { i = max(i + 1, scanCodeMention(i)); continue }
                }
                if lex.courtNames.startsPhrase(k) || (upper && t.end - t.start <= 8 && lex.courtAcronyms.startsPhrase(exactKey(i))) {
                    if let e = scanCourt(i) { i = max(i + 1, e); continue }
                }
            default: break
            }
            i += 1
        }
    }
}

extension ReferenceScanner {
    /// A text-kind word damaged by OCR ("cireulaire", "dcret", "circuiaire"): one letter
    /// off a long kind word, same first letter. Only words of such a length and initial are
    /// compared, so clean text pays one length test per word.
    func ocrKind(_ i: Int) -> Int? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        let n = Int(t.length)
        guard n >= 5 && n <= 13 else { return nil }
        let fold = Folder.shared
        let c0 = fold.fold(s[Int(t.start)].value)
        guard c0 >= 64, c0 < 128, lex.ocrKindInitials & (1 << UInt64(c0 - 64)) != 0 else { return nil }
        // Only where a text's number or date can follow ("du", "n°", a number).
        let next = i + 1 < tokens.count ? tokens[i + 1].kind : .punct
        let after = i + 2 < tokens.count ? tokens[i + 2].kind : .punct
        guard next == .textNumber || next == .number || next == .date
            || (next == .word && tokens[i + 1].length <= 6 && (after == .date || after == .number || after == .textNumber)
                && (key(i + 1) == RW.du || key(i + 1) == RW.des || lex.numberWords.contains(key(i + 1)))) else { return nil }
        for (form, ki) in lex.ocrKindForms where abs(form.count - n) <= 1 && form[0] == c0 {
            var x: [UInt32] = []
            x.reserveCapacity(n)
            for j in t.range where s[j].value != 1 { x.append(fold.fold(s[j].value)) }
            if x != form && withinOneEdit(x, form) { return ki }
        }
        return nil
    }
}

extension RefPhraseTable {
    /// Whether a phrase may start with this token key.
    func startsPhrase(_ k: UInt64) -> Bool {
        let h = RefKey.combine(RefKey.seed, k)
        return terminal[h] != nil || prefixes[h] != nil
    }
}
