/// The terminal redline. With colour (a terminal, `NO_COLOR` unset) deletions are red and
/// struck, insertions green and underlined; without, it falls back to wdiff's `[-…-]` and
/// `{+…+}`, which survive a pipe, an e-mail and a printer.
public struct TextRenderer: Sendable {
    public var color: Bool
    /// Also list unchanged obligations.
    public var showUnchanged: Bool

    public init(color: Bool, showUnchanged: Bool = false) {
        self.color = color; self.showUnchanged = showUnchanged
    }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    private func bold(_ s: String) -> String { paint(s, "1") }
    private func dim(_ s: String) -> String { paint(s, "2") }

    /// A word redline as text: [-deleted-] {+inserted+}, or coloured.
    public func redline(_ segs: [RedlineSegment]) -> String {
        var out = ""
        for s in segs {
            let (core, space) = s.splitTrailingSpace
            switch s.op {
            case .equal: out += s.text
            case .delete: out += (color ? paint(String(core), "31;9") : "[-\(core)-]") + space
            case .insert: out += (color ? paint(String(core), "32;4") : "{+\(core)+}") + space
            }
        }
        return out
    }

    private func marker(_ k: ChangeKind) -> String {
        switch k {
        case .unchanged: return dim("=")
        case .modified: return paint("~", "33")
        case .moved: return paint("↕", "36")
        case .added: return paint("+", "32")
        case .removed: return paint("-", "31")
        }
    }

    private func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }

    public func render(_ r: DiffReport) -> String {
        let L = Labels.L
        var out: [String] = []
        out.append(bold(L("diff.old") + " : ") + Labels.side(r.old))
        out.append(bold(L("diff.new") + " : ") + Labels.side(r.new))
        out.append(Labels.summary(r.summary, articles: r.mode == .code))
        if let s = r.passageSummary { out.append(Labels.passageSummary(s)) }
        if !r.metadata.isEmpty {
            out.append("")
            out.append(bold(L("diff.metadata")))
            for k in r.metadata.keys.sorted() {
                let v = r.metadata[k]!
                out.append("  \(Labels.metadataField(k)) : " + redline(Redline.words(old: v.old.description, new: v.new.description)))
            }
        }
        if !r.addressees.added.isEmpty || !r.addressees.removed.isEmpty || !r.addressees.changed.isEmpty {
            out.append("")
            out.append(bold(L("diff.addressees")))
            for a in r.addressees.added { out.append("  \(marker(.added)) \(a.id) (\(Labels.role(a.role)))") }
            for a in r.addressees.removed { out.append("  \(marker(.removed)) \(a.id) (\(Labels.role(a.role)))") }
            for c in r.addressees.changed { out.append("  \(marker(.modified)) \(c.id) : \(Labels.role(c.from)) → \(Labels.role(c.to))") }
        }
        let refs = r.unlocatedReferences
        if !refs.added.isEmpty || !refs.removed.isEmpty || !refs.renumbered.isEmpty {
            out.append("")
            out.append(bold(L(r.passages == nil ? "diff.references" : "diff.references.unlocated")))
            for a in refs.added { out.append("  \(marker(.added)) \(a)") }
            for a in refs.removed { out.append("  \(marker(.removed)) \(a)") }
            for p in refs.renumbered { out.append("  " + dim("= " + L("diff.renumbered.same", p.old, p.new))) }
        }
        switch r.mode {
        case .document:
            if r.passages != nil && !r.obligations.contains(where: { $0.change != .unchanged }) && !r.isEmpty {
                out.append(""); out.append(L("diff.obligations.none"))
            }
            renderObligations(r, into: &out); renderPassages(r, into: &out)
        case .code: renderArticles(r, into: &out)
        }
        if r.isEmpty { out.append(""); out.append(L("diff.none")) }
        return out.joined(separator: "\n") + "\n"
    }

    private func renderObligations(_ r: DiffReport, into out: inout [String]) {
        let L = Labels.L
        for o in r.obligations where o.change != .unchanged || showUnchanged || !o.renumbered.isEmpty {
            out.append("")
            let sec = o.new?.obligation.section ?? o.old?.obligation.section
            var head = "\(marker(o.change)) " + bold(L("diff.obligation.title", Labels.obligation(o.change)))
            if let sec { head += " — " + L("diff.section", sec) }
            if let s = o.similarity, o.change == .modified { head += dim(" (" + L("diff.similarity", String(Int((s * 100).rounded()))) + ")") }
            out.append(head)
            let wording = o.changes.first { if case .wording = $0 { return true } else { return false } }
            if case .wording(let segs)? = wording {
                out.append(indent(redline(segs)))
            } else if o.change == .removed, let t = o.old?.obligation.text {
                out.append(indent(color ? paint(Markup.plain(t), "31") : Markup.plain(t)))
            } else if o.change == .added, let t = o.new?.obligation.text {
                out.append(indent(color ? paint(Markup.plain(t), "32") : Markup.plain(t)))
            } else if let t = (o.new ?? o.old)?.obligation.text {
                out.append(indent(Markup.plain(t)))
            }
            for c in o.changes {
                if let d = Labels.describe(c) { out.append("    " + dim(Labels.field(c) + " : ") + d) }
            }
            for p in o.renumbered { out.append("    " + dim(L("diff.renumbering", p.old, p.new))) }
        }
    }

    /// The text layer: each passage outside the obligations that changed, where it is.
    private func renderPassages(_ r: DiffReport, into out: inout [String]) {
        guard let passages = r.passages, !passages.isEmpty else { return }
        out.append("")
        out.append(bold(Labels.L("diff.passages")))
        for p in passages {
            out.append("")
            out.append("\(marker(p.change)) " + bold(Labels.passageTitle(p)))
            switch p.change {
            case .modified: out.append(indent(redline(p.redline ?? [])))
            case .added: out.append(indent(color ? paint(p.new?.text ?? "", "32") : "{+\(p.new?.text ?? "")+}"))
            case .removed: out.append(indent(color ? paint(p.old?.text ?? "", "31") : "[-\(p.old?.text ?? "")-]"))
            default: out.append(indent(p.new?.text ?? ""))
            }
            for x in p.references {
                out.append("    " + dim(Labels.L("diff.passage.reference") + " : ") + Labels.referenceChange(x) + " " + dim(Labels.quoted(x.sentence)))
            }
        }
    }

    private func renderArticles(_ r: DiffReport, into out: inout [String]) {
        for d in r.duplicates { out.append(""); out.append(dim(Labels.duplicate(d))) }
        for h in r.headings { out.append(""); out.append("~ " + bold(Labels.headingRename(h))) }
        for a in r.articles {
            out.append("")
            var head = "\(marker(a.change)) " + bold(Labels.L("diff.article.title", a.article, Labels.article(a.change)))
            if let last = a.path.last { head += dim(" — \(last)") }
            out.append(head)
            for note in Labels.articleNotes(a) { out.append("    " + dim(note)) }
            switch a.change {
            case .modified, .moved: if let red = a.redline { out.append(indent(redline(red))) }
            case .added: out.append(indent(color ? paint(Markup.unlink(a.text ?? ""), "32") : Markup.unlink(a.text ?? "")))
            case .removed: out.append(indent(color ? paint(Markup.unlink(a.text ?? ""), "31") : Markup.unlink(a.text ?? "")))
            default: break
            }
        }
    }
}
