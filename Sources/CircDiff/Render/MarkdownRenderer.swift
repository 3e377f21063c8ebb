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
        out.append("# Comparaison")
        out.append("")
        out.append("| | Ancienne version | Nouvelle version |")
        out.append("|---|---|---|")
        out.append("| Fichier | \(Self.escape(r.old.path)) | \(Self.escape(r.new.path)) |")
        out.append("| Date | \(r.old.date ?? "—") | \(r.new.date ?? "—") |")
        out.append("| NOR | \(r.old.nor ?? "—") | \(r.new.nor ?? "—") |")
        out.append("| Objet | \(Self.escape(r.old.subject ?? "—")) | \(Self.escape(r.new.subject ?? "—")) |")
        out.append("")
        out.append("_\(Self.escape(Labels.summary(r.summary, articles: r.mode == .code)))_")
        out.append("")
        out.append("Légende : ~~texte supprimé~~, **texte ajouté**.")
        if !r.metadata.isEmpty {
            out.append("")
            out.append("## Métadonnées")
            out.append("")
            for k in r.metadata.keys.sorted() {
                let v = r.metadata[k]!
                out.append("- **\(Labels.metadataField(k))** : " + redline(Redline.words(old: v.old.description, new: v.new.description)))
            }
        }
        let a = r.addressees
        if !a.added.isEmpty || !a.removed.isEmpty || !a.changed.isEmpty {
            out.append("")
            out.append("## Destinataires")
            out.append("")
            for x in a.added { out.append("- ajouté : \(Self.escape(x.text)) (`\(x.id)`, \(x.role))") }
            for x in a.removed { out.append("- retiré : \(Self.escape(x.text)) (`\(x.id)`, \(x.role))") }
            for x in a.changed { out.append("- `\(x.id)` : \(x.from) → \(x.to)") }
        }
        let refs = r.references
        if !refs.added.isEmpty || !refs.removed.isEmpty || !refs.renumbered.isEmpty {
            out.append("")
            out.append("## Références du document")
            out.append("")
            for x in refs.added { out.append("- ajoutée : `\(x)`") }
            for x in refs.removed { out.append("- retirée : `\(x)`") }
            for x in refs.renumbered { out.append("- renumérotée (même règle) : `\(x.old)` → `\(x.new)`") }
        }
        if r.mode == .document {
            out.append("")
            out.append("## Obligations")
            for o in r.obligations where o.change != .unchanged || showUnchanged || !o.renumbered.isEmpty {
                out.append("")
                let sec = (o.new ?? o.old)?.obligation.section.map { " — § \($0)" } ?? ""
                out.append("### Obligation \(Labels.obligation(o.change))\(Self.escape(sec))")
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
                for p in o.renumbered { out.append("- Renumérotation (pas un changement) : `\(p.old)` → `\(p.new)`") }
            }
        } else {
            out.append("")
            for d in r.duplicates { out.append(""); out.append("> \(Self.escape(Labels.duplicate(d)))") }
            if !r.headings.isEmpty {
                out.append("")
                out.append("## Intitulés")
                out.append("")
                for h in r.headings { out.append("- \(Self.escape(Labels.headingRename(h)))") }
                out.append("")
            }
            out.append("## Articles")
            for x in r.articles {
                out.append("")
                out.append("### Article \(Self.escape(x.article)) \(Labels.article(x.change))")
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
        if r.isEmpty { out.append(""); out.append("Aucune différence.") }
        return out.joined(separator: "\n") + "\n"
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
