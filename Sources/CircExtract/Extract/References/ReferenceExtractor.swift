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

    func resolve(_ sc: ReferenceScanner) -> ReferenceResult {
        var out = ReferenceResult()
        out.warnings = sc.warnings
        let context = CodeContext(sc)
        let text = sc.tt.text
        var seen = Set<String>()
        for r in sc.refs {
            var id: String, kind: String
            var resolvedBy: String?
            switch r.payload {
            case .done(let i, let k):
                id = i; kind = k
            case .datedText(let prefix, let k, let date):
                kind = k
                if let n = sc.numberByDate["\(prefix)|\(date.iso)"] { id = "\(prefix):\(n)"; resolvedBy = "short-form" }
                else { id = "\(prefix):\(date.iso)" }
            case .article(let item, let designation, let groupStart):
                let suffix = item.suffix.map { " \($0)" } ?? ""
                if let (c, how) = context.code(for: item, designation: designation, pos: groupStart, token: r.token) {
                    let code = lex.codes[c]
                    var prefix = item.prefix
                    if !code.lettered && (prefix == "L" || prefix == "LO") {
                        prefix = ""
                        out.warnings.append(Warning(
                            code: "\(code.id.lowercased())-article-letter",
                            message: "\(code.id): the legislative articles carry no letter; \"\(text.clean(r.range))\" read as \(code.id):\(item.number)\(suffix)",
                            span: Span(r.range)))
                    }
                    id = "\(code.id):\(prefix)\(item.number)\(suffix)"; kind = "code-article"; resolvedBy = how
                } else {
                    id = "unknown:\(item.prefix)\(item.number)\(suffix)"; kind = "unknown"
                    out.warnings.append(Warning(code: "unresolved-reference",
                                                message: "no code found for article \"\(text.clean(r.range))\"", span: Span(r.range)))
                }
            }
            let key = "\(id)|\(r.range.lowerBound)|\(r.range.upperBound)"
            if !seen.insert(key).inserted { continue }
            var ref = Reference(id: id, kind: kind, text: text.sourceString(r.range), span: Span(r.range),
                                alinea: r.alinea, resolvedBy: resolvedBy)
            ref.nor = r.nor
            out.references.append(ref)
        }
        out.references.sort { ($0.span.start, $0.span.end, $0.id) < ($1.span.start, $1.span.end, $1.id) }
        return out
    }
}

extension ReferenceScanner {
    /// The candidate pass: every recognizer at the tokens that can start its reference.
    mutating func scan() {
        var own: String?
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
                if !upper && !lex.triggers.contains(k) { break }
                if lex.articleWords.contains(k) { i = max(i + 1, scanArticles(i)); continue }
                if lex.alineaWords.contains(k) { _ = noteAlinea(i); i += 1; continue }
                if let ki = lex.kindWords[k] { i = max(i + 1, scanText(i, kindIndex: ki)); continue }
                if k == RW.nor { i = max(i + 1, scanNOR(i, own: &own)); continue }
                if k == RW.code { i = max(i + 1, scanCodeMention(i)); continue }
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

extension RefPhraseTable {
    /// Whether a phrase may start with this token key.
    func startsPhrase(_ k: UInt64) -> Bool {
        let h = RefKey.combine(RefKey.seed, k)
        return terminal[h] != nil || prefixes[h] != nil
    }
}
