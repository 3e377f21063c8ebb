import CircContract
import CircLexicon
import CircRegistry

/// `circ show DOC` as text: metadata, addressees, obligations grouped by section with their
/// deadlines (in words) and references, then the document's reference list. Every word from
/// the French label table.
public enum DocumentRenderer {
    /// `text` cut after slashes so that each line fits `width` where it can.
    static func pathLines(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for part in text.split(separator: "/", omittingEmptySubsequences: false).enumerated().map({ $0.offset == 0 ? String($0.element) : "/" + $0.element }) {
            if !current.isEmpty, current.count + part.count > width, current.hasSuffix("/") || part.hasPrefix("/") {
                lines.append(current)
                current = ""
            }
            current += part
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    public static func text(_ doc: CircDocument, summary: DocumentSummary, style: TerminalStyle) -> String {
        let L = OutputLabels.shared
        let w = style.width
        var out = ""
        func line(_ s: String) { out += s + "\n" }
        func wrapped(_ s: String, indent: String) { for l in DisplayWidth.wrap(s, width: w - indent.count) { line(indent + l) } }
        let m = doc.metadata
        line(style.bold(DisplayWidth.truncate("\(summary.id)  \(L.name("kind", m.kind))  \(m.date.map { L.date($0) } ?? L("undated"))\(m.nor.map { "  NOR " + $0 } ?? "")", w)))
        if let s = m.subject { wrapped(L("label.subject", s), indent: "") }
        var facts: [String] = []
        if let e = m.emitter { facts.append(L("label.emitter", e)) }
        if let s = m.signatory { facts.append(L("label.signatory", s)) }
        facts.append(L("label.version", summary.version) + (summary.supersededBy.map { L("label.supersededBy", $0) } ?? ""))
        wrapped(facts.joined(separator: " · "), indent: "")
        // The file on a line of its own, cut only after a "/" when it is too long: never
        // inside a name.
        for l in pathLines(L("label.file", doc.source.path), width: w) { line(l) }
        if !doc.addressees.isEmpty {
            line(""); line(style.bold(L("show.addressees")))
            for a in doc.addressees { wrapped("\(L.name("role", a.role))  \(a.id)", indent: "  ") }
        }
        line(""); line(style.bold(L("show.obligations", doc.obligations.count)))
        var lastSection: String?? = .none
        for (i, o) in doc.obligations.enumerated() {
            if lastSection != .some(o.section) {
                let title = o.section.flatMap { label in doc.sections.first { $0.label == label }?.title }
                line(style.cyan(DisplayWidth.truncate("  § " + (o.section ?? L("show.noSection")) + (title.map { " " + $0 } ?? ""), w)))
                lastSection = .some(o.section)
            }
            let tags = [L.name("modality", o.modality), o.emphasis ? L("label.emphasis") : nil, o.actor.map { L.name("actor", $0) }].compactMap { $0 }
            wrapped("\(i + 1). [\(tags.joined(separator: ", "))] \(o.text)", indent: "    ")
            var tail: [String] = []
            if !o.deadlines.isEmpty { tail.append(L("label.deadlines", o.deadlines.map(L.deadline).joined(separator: ", "))) }
            if !o.references.isEmpty { tail.append(L("label.references", o.references.joined(separator: ", "))) }
            if !tail.isEmpty { for l in DisplayWidth.wrap(tail.joined(separator: " · "), width: w - 7) { line("       " + style.dim(l)) } }
        }
        if !doc.references.isEmpty {
            line(""); line(style.bold(L("show.references", Set(doc.references.map(\.id)).count)))
            var seen = Set<String>()
            for r in doc.references where seen.insert(r.id).inserted {
                wrapped("\(DisplayWidth.pad(r.id, 24))  \(r.text)", indent: "  ")
            }
        }
        return out
    }
}

/// `circ lineage DOC` as text.
public enum LineageRenderer {
    public static func text(_ l: Lineage, style: TerminalStyle) -> String {
        let L = OutputLabels.shared
        let w = style.width
        var out = ""
        func wrapped(_ s: String, indent: String) { for x in DisplayWidth.wrap(s, width: w - indent.count) { out += indent + x + "\n" } }
        func doc(_ d: DocumentSummary) -> String {
            "[\(d.id)] \(L.name("kind", d.kind)) \(d.date ?? L("undated"))\(d.nor.map { " " + $0 } ?? "")\(d.subject.map { " — " + $0 } ?? "")"
        }
        out += style.bold(DisplayWidth.truncate(doc(l.document), w)) + "\n\n"
        out += style.bold(L("lineage.cites", L.count(l.cites.count, "noun.earlierText"))) + "\n"
        if l.cites.isEmpty { out += "  " + L("lineage.cites.none") + "\n" }
        for c in l.cites {
            wrapped("\(c.id)  \(c.text)", indent: "  ")
            if c.resolved.isEmpty { out += "    " + style.dim(L("lineage.notInRegistry")) + "\n" }
            for d in c.resolved { wrapped("→ " + doc(d), indent: "    ") }
            for p in c.reportedBy { wrapped(L("lineage.reportedBy.one", doc(p.document), p.reason), indent: "    ") }
        }
        out += "\n" + style.bold(L("lineage.citedBy", l.citedBy.count)) + "\n"
        if l.citedBy.isEmpty { out += "  " + L("lineage.citedBy.none") + "\n" }
        for c in l.citedBy { wrapped(doc(c.document) + " — « \(c.text) »", indent: "  ") }
        out += "\n" + style.bold(L("lineage.reportedBy", l.reportedBy.count)) + "\n"
        if l.reportedBy.isEmpty { out += "  " + L("lineage.reportedBy.none") + "\n" }
        for p in l.reportedBy { wrapped(doc(p.document) + " : " + p.reason, indent: "  ") }
        if !l.reports.isEmpty {
            out += "\n" + style.bold(L("lineage.reports", l.reports.count)) + "\n"
            for r in l.reports {
                var s = r.id
                if let d = r.document { s += " → " + doc(d) }
                if !r.citedBy.isEmpty { s += " (" + L("lineage.citedByDocs", r.citedBy.map { "[\($0)]" }.joined(separator: ", ")) + ")" }
                wrapped(s + " : " + r.reason, indent: "  ")
            }
        }
        return out
    }
}
