import CircExtract

/// Diffs two consolidations of a code article by article: an article whose number exists
/// on one side only is added or removed; one whose text differs is modified, with a
/// word-level redline. Articles are matched by number, which is what a consolidated code's
/// numbering is for. Differences of whitespace (re-wrapped lines) or of link targets only
/// (`[L. 311-9-1](#article-l311-9-1)` becoming plain `L. 311-9-1`) are not changes: the
/// words of the law are the same.
public struct CodeDiffer: Sendable {
    public init() {}

    public func diff(old: CodeConsolidation, new: CodeConsolidation,
                     oldHeader: DocumentHeader, newHeader: DocumentHeader) -> DiffReport {
        var oldIndex: [String: Int] = [:]
        for (i, a) in old.articles.enumerated() { oldIndex[a.number] = i }
        var newIndex: [String: Int] = [:]
        for (i, a) in new.articles.enumerated() { newIndex[a.number] = i }

        let interner = TokenInterner()
        var keyed: [((Int, Int, Int), ArticleChange)] = []
        var summary = DiffReport.Summary()
        for (j, a) in new.articles.enumerated() {
            guard let i = oldIndex[a.number] else {
                keyed.append(((j, 0, 0), ArticleChange(change: .added, article: a.number, path: a.path, text: a.body, redline: nil)))
                summary.count(.added)
                continue
            }
            let o = old.articles[i]
            if o.body == a.body { summary.count(.unchanged); continue }
            // Compared as read: links reduced to their words (a consolidation drops the link
            // of a citation whose target was repealed; the law's words are the same) and
            // whitespace collapsed (re-wrapped lines).
            let ot = Markup.unlink(o.body), nt = Markup.unlink(a.body)
            if Markup.equalIgnoringSpace(ot, nt) { summary.count(.unchanged); continue }
            let red = Redline.words(old: WordTokens(ot), new: WordTokens(nt), interner: interner)
            keyed.append(((j, 0, 0), ArticleChange(change: .modified, article: a.number, path: a.path, text: nil, redline: red)))
            summary.count(.modified)
        }
        // A removed article is shown after the nearest article before it that NEW kept.
        var lastKept = -1
        for (i, o) in old.articles.enumerated() {
            if let j = newIndex[o.number] { lastKept = j; continue }
            keyed.append(((lastKept, 1, i), ArticleChange(change: .removed, article: o.number, path: o.path, text: o.body, redline: nil)))
            summary.count(.removed)
        }
        keyed.sort { $0.0 < $1.0 }

        var metadata: [String: ValueChange] = [:]
        if old.preamble != new.preamble {
            metadata["preamble"] = ValueChange(old: .string(old.preamble), new: .string(new.preamble))
        }
        var oh = oldHeader, nh = newHeader
        oh.count = old.articles.count; nh.count = new.articles.count
        return DiffReport(mode: .code, old: oh, new: nh, summary: summary, obligations: [],
                          references: ReferenceSetChange(), addressees: AddresseeChange(),
                          metadata: metadata, articles: keyed.map(\.1))
    }

    /// Convenience for two texts already read.
    public func diff(oldText: String, newText: String, oldHeader: DocumentHeader, newHeader: DocumentHeader) -> DiffReport {
        diff(old: CodeConsolidation(oldText), new: CodeConsolidation(newText), oldHeader: oldHeader, newHeader: newHeader)
    }
}
