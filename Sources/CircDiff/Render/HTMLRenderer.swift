/// One self-contained HTML page (inline CSS, no script, no external asset) that a juriste
/// can open, print and send: the old version on the left, the new on the right, struck
/// words in red on the left, inserted words in green on the right, and a table of the
/// changes first. Every piece of source text is escaped; the page is UTF-8 and in French.
public struct HTMLRenderer: Sendable {
    public var showUnchanged: Bool
    public init(showUnchanged: Bool = false) { self.showUnchanged = showUnchanged }

    static func escape(_ s: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The old side of a redline: kept and struck words.
    static func oldSide(_ segs: [RedlineSegment]) -> String {
        var out = ""
        for s in segs where s.op != .insert {
            if s.op == .equal { out += escape(s.oldSideText); continue }
            let (core, space) = s.splitTrailingSpace
            out += "<del>\(escape(core))</del>\(escape(space))"
        }
        return out
    }

    /// The new side of a redline: kept and inserted words.
    static func newSide(_ segs: [RedlineSegment]) -> String {
        var out = ""
        for s in segs where s.op != .delete {
            if s.op == .equal { out += escape(s.text); continue }
            let (core, space) = s.splitTrailingSpace
            out += "<ins>\(escape(core))</ins>\(escape(space))"
        }
        return out
    }

    static let style = """
    :root { --del: #b3261e; --del-bg: #fde7e6; --ins: #146c2e; --ins-bg: #e3f4e6; --rule: #c9ccd1; --muted: #5f6368; }
    * { box-sizing: border-box; }
    body { font-family: "Marianne", "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 1200px; padding: 24px; line-height: 1.45; font-size: 15px; }
    h1 { font-size: 22px; margin: 0 0 12px; }
    h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #000091; padding-bottom: 4px; }
    h3 { font-size: 15px; margin: 0; white-space: nowrap; }
    table.meta { border-collapse: collapse; width: 100%; margin-bottom: 12px; }
    table.meta th, table.meta td { border: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; }
    table.meta th { background: #f3f4f6; width: 14%; }
    .summary { font-weight: 600; margin: 8px 0; }
    .legend { color: var(--muted); font-size: 13px; }
    del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
    ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
    .change { border: 1px solid var(--rule); border-radius: 4px; margin: 14px 0; break-inside: avoid-page; }
    .change > header { display: flex; gap: 10px; align-items: baseline; padding: 6px 10px; background: #f3f4f6; border-bottom: 1px solid var(--rule); }
    .path { color: var(--muted); font-size: 12px; }
    .badge { font-size: 12px; font-weight: 700; padding: 1px 8px; border-radius: 10px; text-transform: uppercase; letter-spacing: .03em; border: 1px solid currentColor; }
    .badge.modified { color: #8a5a00; } .badge.added { color: var(--ins); } .badge.removed { color: var(--del); }
    .badge.moved { color: #0b5cad; } .badge.unchanged { color: var(--muted); }
    .sides { display: grid; grid-template-columns: 1fr 1fr; }
    .sides > div { padding: 8px 10px; white-space: pre-wrap; overflow-wrap: anywhere; }
    .sides > div + div { border-left: 1px solid var(--rule); }
    .sides .label { display: block; font-size: 11px; color: var(--muted); text-transform: uppercase; margin-bottom: 2px; white-space: normal; }
    .empty { color: var(--muted); font-style: italic; }
    .whole-del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
    .whole-ins { color: var(--ins); background: var(--ins-bg); }
    ul.facets { margin: 0; padding: 6px 10px 8px 28px; border-top: 1px dashed var(--rule); font-size: 14px; }
    nav ol { columns: 4; font-size: 13px; padding-left: 20px; }
    table.overview { border-collapse: collapse; width: 100%; font-size: 13px; }
    table.overview th, table.overview td { border: 1px solid var(--rule); padding: 3px 8px; text-align: left; vertical-align: top; }
    table.overview th { background: #f3f4f6; }
    table.overview td:first-child { white-space: nowrap; }
    table.overview a { color: inherit; }
    footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
    @media print {
      body { padding: 0; max-width: none; font-size: 10.5pt; }
      nav { display: none; }
      h2 { break-after: avoid; }
      table.overview a { text-decoration: none; }
      .change > header { break-after: avoid; }
      del, ins, .whole-del, .whole-ins, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      @page { size: A4 landscape; margin: 12mm; }
    }
    """

    public func render(_ r: DiffReport) -> String {
        let L = Labels.L
        var h = ""
        let title = L(r.mode == .code ? "diff.html.title.code" : r.passages == nil ? "diff.html.title.obligations" : "diff.html.title.document")
        h += "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(Self.escape(title)) — \(Self.escape(r.old.path)) / \(Self.escape(r.new.path))</title>\n"
        h += "<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        h += "<h1>\(Self.escape(title))</h1>\n"
        h += "<table class=\"meta\"><tr><th></th><th>\(Self.escape(L("diff.oldVersion")))</th><th>\(Self.escape(L("diff.newVersion")))</th></tr>\n"
        func row(_ label: String, _ a: String?, _ b: String?) {
            h += "<tr><th>\(Self.escape(label))</th><td>\(Self.escape(a ?? L("none")))</td><td>\(Self.escape(b ?? L("none")))</td></tr>\n"
        }
        row(L("diff.file"), r.old.path, r.new.path)
        row(L("diff.date"), L.date(r.old.date), L.date(r.new.date))
        row("NOR", r.old.nor, r.new.nor)
        row(L("diff.subject"), r.old.subject, r.new.subject)
        row(L("diff.sha256"), String(r.old.sha256.prefix(16)), String(r.new.sha256.prefix(16)))
        h += "</table>\n"
        h += "<p class=\"summary\">\(Self.escape(Labels.summary(r.summary, articles: r.mode == .code)))</p>\n"
        if let s = r.passageSummary { h += "<p class=\"summary\">\(Self.escape(Labels.passageSummary(s)))</p>\n" }
        h += "<p class=\"legend\">\(L("diff.html.legend"))</p>\n"
        if r.isEmpty { h += "<p><strong>\(Self.escape(L("diff.none")))</strong></p>\n" }
        if r.mode == .document { renderOverview(r, into: &h) }

        if !r.metadata.isEmpty {
            h += "<h2>\(Self.escape(L("diff.metadata")))</h2>\n"
            for k in r.metadata.keys.sorted() {
                let v = r.metadata[k]!
                let red = Redline.words(old: v.old.description, new: v.new.description)
                h += block(kind: .modified, badge: Labels.article(.modified), title: Labels.metadataField(k), path: nil,
                           old: Self.oldSide(red), new: Self.newSide(red), facets: [])
            }
        }
        renderAddressees(r.addressees, into: &h)
        renderReferences(r.unlocatedReferences, heading: L(r.passages == nil ? "diff.references" : "diff.references.unlocated"), into: &h)
        if r.mode == .document {
            renderObligations(r, into: &h)
            renderPassages(r, into: &h)
        } else { renderArticles(r, into: &h) }
        h += "<footer>\(Self.escape(L("diff.html.footer", DiffReport.schemaName)))</footer>\n"
        h += "</body>\n</html>\n"
        return h
    }

    private func block(kind: ChangeKind, badge: String, title: String, path: String?, old: String?, new: String?,
                       facets: [String], anchor: String? = nil) -> String {
        let L = Labels.L
        var h = "<section class=\"change\"\(anchor.map { " id=\"\(Self.escape($0))\"" } ?? "")>\n<header>"
        h += "<span class=\"badge \(kind.rawValue)\">\(Self.escape(badge))</span><h3>\(Self.escape(title))</h3>"
        if let path { h += "<span class=\"path\">\(Self.escape(path))</span>" }
        h += "</header>\n<div class=\"sides\"><div><span class=\"label\">\(Self.escape(L("diff.oldVersion")))</span>"
        h += old ?? "<span class=\"empty\">\(Self.escape(L("diff.absent")))</span>"
        h += "</div><div><span class=\"label\">\(Self.escape(L("diff.newVersion")))</span>"
        h += new ?? "<span class=\"empty\">\(Self.escape(L("diff.absent")))</span>"
        h += "</div></div>\n"
        if !facets.isEmpty {
            h += "<ul class=\"facets\">" + facets.map { "<li>\($0)</li>" }.joined() + "</ul>\n"
        }
        return h + "</section>\n"
    }

    /// Every change of both layers in one table, by place in NEW: the obligation changes
    /// and the text changes of a section side by side, each linking to its block.
    private func renderOverview(_ r: DiffReport, into h: inout String) {
        let L = Labels.L
        struct Row { var at: Int; var layer: String; var place: String; var change: String; var detail: String; var kind: ChangeKind; var excerpt: String; var anchor: String }
        var rows: [Row] = []
        for (i, o) in r.obligations.enumerated() where o.change != .unchanged {
            let ob = (o.new ?? o.old)!.obligation
            let facets = o.changes.filter { $0.field != "wording" }.map(Labels.field).joined(separator: ", ")
            rows.append(Row(at: ob.span.start, layer: L("diff.layer.obligation"), place: ob.section.map { L("diff.section", $0) } ?? "",
                            change: Labels.obligation(o.change), detail: facets, kind: o.change, excerpt: Markup.plain(ob.text), anchor: "obl-\(i)"))
        }
        for (i, p) in (r.passages ?? []).enumerated() {
            rows.append(Row(at: p.place?.span.start ?? 0, layer: L("diff.layer.text"), place: Labels.place(p.place) ?? "",
                            change: Labels.passage(p.change), detail: p.references.map(Labels.referenceChange).joined(separator: " ; "),
                            kind: p.change, excerpt: p.place?.text ?? "", anchor: "txt-\(i)"))
        }
        // In the order of the text (NEW's offsets; a removal at its OLD place, close enough
        // for a table of contents), so that a section's obligation and text changes sit together.
        rows.sort { $0.at < $1.at }
        guard !rows.isEmpty else { return }
        h += "<h2>\(Self.escape(L("diff.overview")))</h2>\n<table class=\"overview\"><thead><tr>"
        for c in ["diff.overview.place", "diff.overview.layer", "diff.overview.change", "diff.overview.excerpt"] { h += "<th>\(Self.escape(L(c)))</th>" }
        h += "</tr></thead><tbody>\n"
        for x in rows {
            let excerpt = x.excerpt.count > 140 ? String(x.excerpt.prefix(140)) + "…" : x.excerpt
            h += "<tr><td>\(Self.escape(x.place))</td><td>\(Self.escape(x.layer))</td>"
            h += "<td><span class=\"badge \(x.kind.rawValue)\">\(Self.escape(x.change))</span>"
            if !x.detail.isEmpty { h += " \(Self.escape(x.detail))" }
            h += "</td>"
            h += "<td><a href=\"#\(x.anchor)\">\(Self.escape(excerpt))</a></td></tr>\n"
        }
        h += "</tbody></table>\n"
    }

    private func renderAddressees(_ a: AddresseeChange, into h: inout String) {
        guard !a.added.isEmpty || !a.removed.isEmpty || !a.changed.isEmpty else { return }
        h += "<h2>\(Self.escape(Labels.L("diff.addressees")))</h2>\n<ul>\n"
        for x in a.added { h += "<li><ins>\(Self.escape(x.text))</ins> (\(Self.escape(x.id)), \(Self.escape(Labels.role(x.role))))</li>\n" }
        for x in a.removed { h += "<li><del>\(Self.escape(x.text))</del> (\(Self.escape(x.id)), \(Self.escape(Labels.role(x.role))))</li>\n" }
        for x in a.changed { h += "<li>\(Self.escape(x.id)) : \(Self.escape(Labels.role(x.from))) → \(Self.escape(Labels.role(x.to)))</li>\n" }
        h += "</ul>\n"
    }

    private func renderReferences(_ r: ReferenceSetChange, heading: String, into h: inout String) {
        guard !r.added.isEmpty || !r.removed.isEmpty || !r.renumbered.isEmpty else { return }
        let L = Labels.L
        h += "<h2>\(Self.escape(heading))</h2>\n<ul>\n"
        for x in r.added { h += "<li><ins>\(Self.escape(x))</ins> \(Self.escape(L("diff.reference.added")))</li>\n" }
        for x in r.removed { h += "<li><del>\(Self.escape(x))</del> \(Self.escape(L("diff.reference.removed")))</li>\n" }
        for x in r.renumbered { h += "<li>\(Self.escape(L("diff.renumbered.same", x.old, x.new)))</li>\n" }
        h += "</ul>\n"
    }

    private func renderObligations(_ r: DiffReport, into h: inout String) {
        let L = Labels.L
        h += "<h2>\(Self.escape(L("diff.obligations")))</h2>\n"
        if !r.obligations.contains(where: { $0.change != .unchanged }) { h += "<p class=\"legend\">\(Self.escape(L("diff.obligations.none")))</p>\n" }
        for (i, o) in r.obligations.enumerated() where o.change != .unchanged || showUnchanged || !o.renumbered.isEmpty {
            let sec = (o.new ?? o.old)?.obligation.section
            let title = L("diff.obligation") + (sec.map { " — " + L("diff.section", $0) } ?? "")
            var oldHTML: String? = nil, newHTML: String? = nil
            if case .wording(let segs)? = o.changes.first(where: { $0.field == "wording" }) {
                oldHTML = Self.oldSide(segs); newHTML = Self.newSide(segs)
            } else {
                if let t = o.old?.obligation.text {
                    let p = Self.escape(Markup.plain(t))
                    oldHTML = o.change == .removed ? "<span class=\"whole-del\">\(p)</span>" : p
                }
                if let t = o.new?.obligation.text {
                    let p = Self.escape(Markup.plain(t))
                    newHTML = o.change == .added ? "<span class=\"whole-ins\">\(p)</span>" : p
                }
            }
            var facets: [String] = []
            for c in o.changes {
                if let d = Labels.describe(c) { facets.append("<strong>\(Self.escape(Labels.field(c)))</strong> : \(Self.escape(d))") }
            }
            for p in o.renumbered { facets.append(Self.escape(L("diff.renumbering", p.old, p.new))) }
            h += block(kind: o.change, badge: Labels.obligation(o.change), title: title, path: nil,
                       old: oldHTML, new: newHTML, facets: facets, anchor: "obl-\(i)")
        }
    }

    /// The text layer: passages outside the obligations, each with its place and the
    /// citations it changed.
    private func renderPassages(_ r: DiffReport, into h: inout String) {
        guard let passages = r.passages else { return }
        let L = Labels.L
        h += "<h2>\(Self.escape(L("diff.passages")))</h2>\n"
        if passages.isEmpty { h += "<p class=\"legend\">\(Self.escape(L("diff.passages.none")))</p>\n" }
        for (i, p) in passages.enumerated() {
            var oldHTML: String? = nil, newHTML: String? = nil
            switch p.change {
            case .modified: oldHTML = Self.oldSide(p.redline ?? []); newHTML = Self.newSide(p.redline ?? [])
            case .added: newHTML = "<span class=\"whole-ins\">\(Self.escape(p.new?.text ?? ""))</span>"
            case .removed: oldHTML = "<span class=\"whole-del\">\(Self.escape(p.old?.text ?? ""))</span>"
            default: oldHTML = p.old.map { Self.escape($0.text) }; newHTML = p.new.map { Self.escape($0.text) }
            }
            let facets = p.references.map {
                "<strong>\(Self.escape(L("diff.passage.reference")))</strong> : \(Self.escape(Labels.referenceChange($0))) — \(Self.escape(Labels.quoted($0.sentence)))"
            }
            let title = Labels.passageTitle(p)
            h += block(kind: p.change, badge: Labels.passage(p.change), title: title, path: nil,
                       old: oldHTML, new: newHTML, facets: facets, anchor: "txt-\(i)")
        }
    }

    private func renderArticles(_ r: DiffReport, into h: inout String) {
        let L = Labels.L
        if !r.articles.isEmpty {
            h += "<nav><h2>\(Self.escape(L("diff.articles.changed")))</h2><ol>\n"
            for a in r.articles {
                h += "<li><a href=\"#art-\(Self.escape(a.article))\">\(Self.escape(a.article))</a> (\(Self.escape(Labels.article(a.change))))</li>\n"
            }
            h += "</ol></nav>\n"
        }
        for d in r.duplicates { h += "<p class=\"warning\">\(Self.escape(Labels.duplicate(d)))</p>\n" }
        if !r.headings.isEmpty {
            h += "<h2>\(Self.escape(L("diff.headings")))</h2><ul>\n"
            for x in r.headings { h += "<li>\(Self.escape(Labels.headingRename(x)))</li>\n" }
            h += "</ul>\n"
        }
        h += "<h2>\(Self.escape(L("diff.articles")))</h2>\n"
        for a in r.articles {
            var oldHTML: String? = nil, newHTML: String? = nil
            switch a.change {
            case .moved where a.redline == nil:
                newHTML = Self.escape(Markup.unlink(a.text ?? ""))
            case .modified, .moved:
                oldHTML = Self.oldSide(a.redline ?? []); newHTML = Self.newSide(a.redline ?? [])
            case .added: newHTML = "<span class=\"whole-ins\">\(Self.escape(Markup.unlink(a.text ?? "")))</span>"
            case .removed: oldHTML = "<span class=\"whole-del\">\(Self.escape(Markup.unlink(a.text ?? "")))</span>"
            default: break
            }
            h += block(kind: a.change, badge: Labels.article(a.change), title: L("diff.article.heading", a.article),
                       path: a.path.joined(separator: " › "), old: oldHTML, new: newHTML,
                       facets: Labels.articleNotes(a).map(Self.escape), anchor: "art-\(a.article)")
        }
    }
}
