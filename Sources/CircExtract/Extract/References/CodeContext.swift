import CircText

/// Which code an article belongs to when the text does not name it next to the number:
/// the document's own code (a consolidated code), "du même code" (the last code named),
/// the last code named before it in the body, or for a footnote the code named in the
/// footnote or in the paragraph that calls it. An explicitly named code always wins.
struct CodeContext {
    let sc: ReferenceScanner
    /// The code the document is (its title is a code's name), if any.
    let documentCode: Int?
    /// Mentions sorted by position, and whether each is in a footnote.
    let mentions: [CodeMention]
    let footnoteOf: [String?]

    init(_ sc: ReferenceScanner) {
        self.sc = sc
        mentions = sc.mentions.sorted { $0.pos < $1.pos }
        footnoteOf = mentions.map { m in
            m.unit >= 0 ? sc.ctx.structure.units[m.unit].footnote ?? (sc.ctx.structure.units[m.unit].kind == .footnote ? "?" : nil) : nil
        }
        documentCode = CodeContext.findDocumentCode(sc)
    }

    /// A document whose first lines name a code and nothing else is that code.
    static func findDocumentCode(_ sc: ReferenceScanner) -> Int? {
        let units = sc.ctx.structure.units
        for u in units.prefix(3) {
            let toks = sc.tt.sentences[u.sentence].tokens
            guard !toks.isEmpty else { continue }
            var first = toks.lowerBound
            while first < toks.upperBound, sc.tokens[first].kind == .punct || sc.tokens[first].kind == .symbol { first += 1 }
            if first < toks.upperBound,
               let m = sc.lex.codeNames.match(from: first, limit: toks.upperBound, key: sc.phraseKey),
               m.end >= toks.upperBound || (m.end..<toks.upperBound).allSatisfy({ sc.tokens[$0].kind == .punct }) {
                return m.value
            }
        }
        return nil
    }

    /// Whether a code fits an article found without its code: the CPP, CP and code civil
    /// number their legislative articles without a letter, the others with one.
    func fits(_ c: Int, _ item: ArticleItem) -> Bool {
        guard c >= 0 else { return false }
        let code = sc.lex.codes[c]
        if item.prefix == "L" || item.prefix == "LO" { return code.lettered }
        if item.prefix.isEmpty { return !code.lettered }
        return true
    }

    /// Index of the first mention at or after `pos`.
    func lowerBound(_ pos: Int) -> Int {
        mentions.partitionIndex { $0.pos < pos }
    }

    func lastBefore(_ pos: Int, _ ok: (Int) -> Bool) -> Int? {
        var k = lowerBound(pos) - 1
        var steps = 0
        while k >= 0 && steps < 400 {
            if ok(k) { return mentions[k].code }
            k -= 1; steps += 1
        }
        return nil
    }

    func firstAfter(_ pos: Int, _ ok: (Int) -> Bool) -> Int? {
        var k = lowerBound(pos)
        var steps = 0
        while k < mentions.count && steps < 400 {
            if ok(k) { return mentions[k].code }
            k += 1; steps += 1
        }
        return nil
    }

    func block(_ m: Int) -> Int { mentions[m].unit >= 0 ? sc.ctx.structure.units[mentions[m].unit].block : -1 }

    /// The code of an article, and how it was found.
    func code(for item: ArticleItem, designation: Designation, pos: Int, token: Int) -> (Int, String?)? {
        switch designation {
        case .explicit(let c): return (c, nil)
        case .unknownCode: return nil
        case .presentCode:
            if let d = documentCode { return (d, "document-default") }
            return contextual(item, pos: pos, token: token, anaphora: true).flatMap { $0.0 >= 0 ? ($0.0, "meme-code") : nil }
        case .sameCode:
            // "du même code" points back: with no code named before it, a code the paragraph
            // names later is a guess (no id rather than a wrong one).
            return contextual(item, pos: pos, token: token, anaphora: true, forward: false).flatMap { $0.0 >= 0 ? ($0.0, "meme-code") : nil }
        case .citedCode:
            // "Vu le code de la sécurité intérieure ; Vu le code pénal ; … l'article L. 211-3 du
            // code susvisé": among the codes cited, the nearest whose numbering fits the
            // article (the code pénal has no "L."), else the nearest at all.
            let fitting = contextual(item, pos: pos, token: token, anaphora: false)
                ?? contextual(item, pos: pos, token: token, anaphora: true)
            return fitting.flatMap { $0.0 >= 0 ? ($0.0, "meme-code") : nil }
        case .unnamed:
            // In a consolidated code, its own articles; a bare "article 222-34" in the CESEDA
            // belongs to a letterless code named around it (the code pénal).
            if let d = documentCode, fits(d, item) { return (d, "document-default") }
            return contextual(item, pos: pos, token: token, anaphora: false)
        }
    }

    /// The code from the surroundings. With `anaphora` ("du même code") the nearest code
    /// named counts whatever it is; otherwise it must fit the article's numbering. Without
    /// `forward`, only a code named before the article counts.
    func contextual(_ item: ArticleItem, pos: Int, token: Int, anaphora: Bool, forward: Bool = true) -> (Int, String)? {
        let fit: (Int) -> Bool = { anaphora ? true : fits(mentions[$0].code, item) }
        guard let u = sc.unit(token) else {
            return lastBefore(pos) { fit($0) && footnoteOf[$0] == nil }.map { ($0, "context") }
        }
        if u.kind == .footnote, let n = u.footnote {
            if let c = lastBefore(pos, { fit($0) && footnoteOf[$0] == n }) { return (c, "context") }
            if let call = sc.ctx.structure.footnotes.first(where: { $0.number == n })?.call,
               let cu = sc.ctx.structure.unit(containing: call.start) {
                let b = cu.block
                if let c = lastBefore(call.start, { fit($0) && footnoteOf[$0] == nil && block($0) == b }) { return (c, "footnote") }
                if let c = firstAfter(call.start, { fit($0) && footnoteOf[$0] == nil && block($0) == b }) { return (c, "footnote") }
                if let c = lastBefore(call.start, { fit($0) && footnoteOf[$0] == nil }) { return (c, "footnote") }
            }
            return lastBefore(pos) { fit($0) && footnoteOf[$0] == nil }.map { ($0, "context") }
        }
        // In a consolidated code, a bare number takes only a code named in its own sentence.
        if documentCode != nil && item.prefix.isEmpty && !anaphora {
            let u0 = Int(sc.tokenUnit(token))
            if let c = lastBefore(pos, { fit($0) && mentions[$0].unit == u0 }) ?? firstAfter(pos, { fit($0) && mentions[$0].unit == u0 }) {
                return (c, "context")
            }
            return nil
        }
        // A bare number whose list the code closes further on in the sentence
        // ("articles 222-34 à 222-40,224-1-A … du code pénal").
        if forward, item.prefix.isEmpty, let c = firstAfter(pos, { fit($0) && mentions[$0].unit == Int(sc.tokenUnit(token)) }) {
            return (c, "context")
        }
        if let c = lastBefore(pos, { fit($0) && footnoteOf[$0] == nil }) { return (c, "context") }
        // No code named before: one named later in the same paragraph.
        if forward, let c = firstAfter(pos, { fit($0) && footnoteOf[$0] == nil && block($0) == u.block }) { return (c, "context") }
        return nil
    }
}
