import CircContract
import CircLexicon

/// Diffs two consolidations of a code article by article. Which article is which comes from
/// `CodeComparison` (by number, then by text): an article renumbered or put under other
/// headings is `moved` with its old number and headings; a number reused for unrelated
/// content is `removed` + `added`; otherwise an article on one side only is added or
/// removed, and one whose text differs is modified, with a word-level redline. Differences
/// of whitespace (re-wrapped lines) or of link targets only (`[L. 311-9-1](#article-l311-9-1)`
/// becoming plain `L. 311-9-1`) are not changes: the words of the law are the same.
public struct CodeDiffer: Sendable {
    public init() {}

    public func diff(old: CodeConsolidation, new: CodeConsolidation,
                     oldHeader: DocumentHeader, newHeader: DocumentHeader) -> DiffReport {
        let cmp = CodeComparison(old: old, new: new)
        let interner = TokenInterner()
        var keyed: [((Int, Int, Int), ArticleChange)] = []
        var summary = DiffReport.Summary()
        var newPosition: [String: Int] = [:]
        for (j, a) in new.articles.enumerated() { newPosition[a.number] = j }

        for p in cmp.pairs {
            let j = newPosition[p.new.number] ?? 0
            let ot = Markup.unlink(p.old.body), nt = Markup.unlink(p.new.body)
            let same = p.old.body == p.new.body || Markup.equalIgnoringSpace(ot, nt)
            let red = same ? nil : Redline.words(old: WordTokens(ot), new: WordTokens(nt), interner: interner)
            if p.renumbered || p.sectionMoved {
                var c = ArticleChange(change: .moved, article: p.new.number, path: p.new.path, text: same ? p.new.body : nil, redline: red)
                if p.renumbered { c.oldArticle = p.old.number }
                if p.sectionMoved { c.oldPath = p.old.path }
                keyed.append(((j, 0, 0), c)); summary.count(.moved)
            } else if same {
                summary.count(.unchanged)
            } else {
                keyed.append(((j, 0, 0), ArticleChange(change: .modified, article: p.new.number, path: p.new.path, text: nil, redline: red)))
                summary.count(.modified)
            }
        }
        for a in cmp.added {
            var c = ArticleChange(change: .added, article: a.number, path: a.path, text: a.body, redline: nil)
            c.reusedNumber = cmp.reusedNumbers.contains(a.number)
            keyed.append(((newPosition[a.number] ?? 0, 0, 1), c)); summary.count(.added)
        }
        // A removed article is shown after the nearest article before it that NEW kept.
        let removed = Dictionary(cmp.removed.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var keptAt: [String: Int] = [:]
        for p in cmp.pairs { keptAt[p.old.number] = newPosition[p.new.number] }
        var lastKept = -1
        for (i, o) in old.articles.enumerated() {
            guard let r = removed[o.number] else {
                if let j = keptAt[o.number] { lastKept = j }
                continue
            }
            var c = ArticleChange(change: .removed, article: r.number, path: r.path, text: r.body, redline: nil)
            c.reusedNumber = cmp.reusedNumbers.contains(r.number)
            keyed.append(((lastKept, 2, i), c)); summary.count(.removed)
        }
        keyed.sort { $0.0 < $1.0 }

        var metadata: [String: ValueChange] = [:]
        if old.preamble != new.preamble {
            metadata["preamble"] = ValueChange(old: .string(old.preamble), new: .string(new.preamble))
        }
        var oh = oldHeader, nh = newHeader
        oh.count = old.articles.count; nh.count = new.articles.count
        var report = DiffReport(mode: .code, old: oh, new: nh, summary: summary, obligations: [],
                                references: ReferenceSetChange(), addressees: AddresseeChange(),
                                metadata: metadata, articles: keyed.map(\.1))
        report.headings = cmp.headingRenames.map { HeadingRename(parents: $0.parents, old: $0.old, new: $0.new) }
        report.duplicates = cmp.duplicates.map { DuplicateArticle(side: $0.side.rawValue, article: $0.article, copies: $0.copies) }
        return report
    }

    /// Convenience for two texts already read.
    public func diff(oldText: String, newText: String, oldHeader: DocumentHeader, newHeader: DocumentHeader) -> DiffReport {
        diff(old: CodeConsolidation(oldText), new: CodeConsolidation(newText), oldHeader: oldHeader, newHeader: newHeader)
    }
}
