/// A Markdown report to paste into a note or a ticket: struck words as `~~…~~`, inserted
/// words as `**…**` (the two marks every Markdown renderer shows), the source's own
/// Markdown characters escaped so they cannot turn into markup.
public struct MarkdownRenderer: Sendable {
    public var showUnchanged: Bool
    public init(showUnchanged: Bool = false) { self.showUnchanged = showUnchanged }

    static func escape(_ s: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "\\", "*", "_", "~", "`", "[", "]", "<", ">", "|", "#": out.append("\\"); out.append(c)
            case "\n": out += "  \n"
            default: out.append(c)
            }
        }
        return out
    }

    func redline(_ segs: [RedlineSegment]) -> String {
        var out = ""
        for s in segs {
            let (core, space) = s.splitTrailingSpace
            switch s.op {
            case .equal: out += Self.escape(s.text)
            case .delete: out += Self.mark(String(core), "~~", lineBreak: "  \n") + Self.escape(space)
            case .insert: out += Self.mark(String(core), "**", lineBreak: "  \n") + Self.escape(space)
            }
        }
        return out
    }

    private func quote(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
    }

    public func render(_ r: DiffReport) -> String {
        var out: [String] = []
        renderHeader(r, into: &out)
        renderMetadataAndAddressees(r, into: &out)
        renderReferences(r, into: &out)
        if r.mode == .document {
            renderObligations(r, into: &out)
            renderPassages(r, into: &out)
        } else {
            renderArticles(r, into: &out)
        }
        if r.isEmpty { out.append(""); out.append(Labels.L("diff.none")) }
        return out.joined(separator: "\n") + "\n"
    }

    /// The two versions side by side, the summary and the legend.
    private func renderHeader(_ r: DiffReport, into out: inout [String]) {
        let L = Labels.L
        out.append("# " + L("diff.md.title"))
        out.append("")
        out.append("| | \(L("diff.oldVersion")) | \(L("diff.newVersion")) |")
        out.append("|---|---|---|")
        out.append("| \(L("diff.file")) | \(Self.escape(r.old.path)) | \(Self.escape(r.new.path)) |")
        out.append("| \(L("diff.date")) | \(L.date(r.old.date)) | \(L.date(r.new.date)) |")
        out.append("| NOR | \(r.old.nor ?? L("none")) | \(r.new.nor ?? L("none")) |")
        out.append("| \(L("diff.subject")) | \(Self.escape(r.old.subject ?? L("none"))) | \(Self.escape(r.new.subject ?? L("none"))) |")
        out.append("")
        out.append("_\(Self.escape(Labels.summary(r.summary, articles: r.mode == .code)))_")
        if let s = r.passageSummary { out.append(""); out.append("_\(Self.escape(Labels.passageSummary(s)))_") }
        out.append("")
        out.append(L("diff.md.legend"))
    }

    private func renderMetadataAndAddressees(_ r: DiffReport, into out: inout [String]) {
        let L = Labels.L
        if !r.metadata.isEmpty {
            out.append("")
            out.append("## " + L("diff.metadata"))
            out.append("")
            for k in r.metadata.keys.sorted() {
                let v = r.metadata[k]!
                out.append("- **\(Labels.metadataField(k))** : " + redline(Redline.words(old: v.old.description, new: v.new.description)))
            }
        }
        let a = r.addressees
        guard !a.added.isEmpty || !a.removed.isEmpty || !a.changed.isEmpty else { return }
        out.append("")
        out.append("## " + L("diff.addressees"))
        out.append("")
        for x in a.added { out.append("- \(L("diff.addressee.added")) : \(Self.escape(x.text)) (`\(x.id)`, \(Labels.role(x.role)))") }
        for x in a.removed { out.append("- \(L("diff.addressee.removed")) : \(Self.escape(x.text)) (`\(x.id)`, \(Labels.role(x.role)))") }
        for x in a.changed { out.append("- `\(x.id)` : \(Labels.role(x.from)) → \(Labels.role(x.to))") }
    }

    /// References no passage locates (all of them when the text layer is off).
    private func renderReferences(_ r: DiffReport, into out: inout [String]) {
        let L = Labels.L
        let refs = r.unlocatedReferences
        guard !refs.added.isEmpty || !refs.removed.isEmpty || !refs.renumbered.isEmpty else { return }
        out.append("")
        out.append("## " + L(r.passages == nil ? "diff.references" : "diff.references.unlocated"))
        out.append("")
        for x in refs.added { out.append("- \(L("diff.reference.added")) : `\(x)`") }
        for x in refs.removed { out.append("- \(L("diff.reference.removed")) : `\(x)`") }
        for x in refs.renumbered { out.append("- " + L("diff.renumbered.same", "`\(x.old)`", "`\(x.new)`")) }
    }

    private func renderObligations(_ r: DiffReport, into out: inout [String]) {
        let L = Labels.L
        out.append("")
        out.append("## " + L("diff.obligations"))
        if !r.obligations.contains(where: { $0.change != .unchanged }) { out.append(""); out.append(L("diff.obligations.none")) }
        for o in r.obligations where o.change != .unchanged || showUnchanged || !o.renumbered.isEmpty {
            out.append("")
            let sec = (o.new ?? o.old)?.obligation.section.map { " — " + L("diff.section", $0) } ?? ""
            out.append("### \(L("diff.obligation.title", Labels.obligation(o.change)))\(Self.escape(sec))")
            out.append("")
            if case .wording(let segs)? = o.changes.first(where: { $0.field == "wording" }) {
                out.append(quote(redline(segs)))
            } else if let t = (o.new ?? o.old)?.obligation.text {
                let p = Self.escape(Markup.plain(t))
                out.append(quote(o.change == .removed ? "~~\(p)~~" : o.change == .added ? "**\(p)**" : p))
            }
            for c in o.changes {
                if let d = Labels.describe(c) { out.append(""); out.append("- \(Labels.field(c)) : \(Self.escape(d))") }
            }
            for p in o.renumbered { out.append("- " + L("diff.renumbering", "`\(p.old)`", "`\(p.new)`")) }
        }
    }

    /// Code mode: duplicates, renamed headings, then article by article.
    private func renderArticles(_ r: DiffReport, into out: inout [String]) {
        let L = Labels.L
        out.append("")
        for d in r.duplicates { out.append(""); out.append("> \(Self.escape(Labels.duplicate(d)))") }
        if !r.headings.isEmpty {
            out.append("")
            out.append("## " + L("diff.headings"))
            out.append("")
            for h in r.headings { out.append("- \(Self.escape(Labels.headingRename(h)))") }
            out.append("")
        }
        out.append("## " + L("diff.articles"))
        for x in r.articles {
            out.append("")
            out.append("### " + L("diff.article.title", Self.escape(x.article), Labels.article(x.change)))
            if !x.path.isEmpty { out.append(""); out.append("_\(Self.escape(x.path.joined(separator: " › ")))_") }
            for note in Labels.articleNotes(x) { out.append(""); out.append("_\(Self.escape(note))_") }
            out.append("")
            switch x.change {
            case .modified, .moved: if let red = x.redline { out.append(quote(redline(red))) }
            case .added: out.append(quote(Self.mark(Markup.unlink(x.text ?? ""), "**")))
            case .removed: out.append(quote(Self.mark(Markup.unlink(x.text ?? ""), "~~")))
            default: break
            }
        }
    }

    /// The text layer, after the obligations.
    private func renderPassages(_ r: DiffReport, into out: inout [String]) {
        guard let passages = r.passages, !passages.isEmpty else { return }
        out.append("")
        out.append("## " + Labels.L("diff.passages"))
        for p in passages {
            out.append("")
            out.append("### " + Self.escape(Labels.passageTitle(p)))
            out.append("")
            switch p.change {
            case .modified: out.append(quote(redline(p.redline ?? [])))
            case .added: out.append(quote(Self.mark(p.new?.text ?? "", "**")))
            case .removed: out.append(quote(Self.mark(p.old?.text ?? "", "~~")))
            default: out.append(quote(Self.escape(p.new?.text ?? "")))
            }
            for x in p.references {
                out.append("")
                out.append("- \(Labels.L("diff.passage.reference")) : `\(Labels.referenceChange(x))` — \(Self.escape(Labels.quoted(x.sentence)))")
            }
        }
    }
}

extension MarkdownRenderer {
    /// Wraps each non-blank line in `m` (a mark cannot span a line break in Markdown).
    static func mark(_ text: String, _ m: String, lineBreak: String = "\n") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.allSatisfy(\.isWhitespace) ? "" : m + escape(line) + m
        }.joined(separator: lineBreak)
    }
}
