import CircExtract

/// `circ show DOC` as text: metadata, addressees, obligations grouped by section with their
/// deadlines and references, then the document's reference list.
public enum DocumentRenderer {
    public static func text(_ doc: CircDocument, summary: DocumentSummary, style: TerminalStyle) -> String {
        let w = style.width
        var out = ""
        func line(_ s: String) { out += s + "\n" }
        func wrapped(_ s: String, indent: String) { for l in DisplayWidth.wrap(s, width: w - indent.count) { line(indent + l) } }
        let m = doc.metadata
        line(style.bold(DisplayWidth.truncate("\(summary.id)  \(m.kind)  \(m.date ?? "undated")\(m.nor.map { "  NOR " + $0 } ?? "")", w)))
        if let s = m.subject { wrapped("Objet : " + s, indent: "") }
        var facts: [String] = []
        if let e = m.emitter { facts.append("emitter: \(e)") }
        if let s = m.signatory { facts.append("signatory: \(s)") }
        facts.append("version \(summary.version)" + (summary.supersededBy.map { ", superseded by \($0)" } ?? ""))
        facts.append("file: \(doc.source.path)")
        wrapped(facts.joined(separator: " · "), indent: "")
        if !doc.addressees.isEmpty {
            line(""); line(style.bold("Addressees"))
            for a in doc.addressees { wrapped("\(a.role)  \(a.id)", indent: "  ") }
        }
        line(""); line(style.bold("Obligations (\(doc.obligations.count))"))
        var lastSection: String?? = .none
        for (i, o) in doc.obligations.enumerated() {
            if lastSection != .some(o.section) {
                let title = o.section.flatMap { label in doc.sections.first { $0.label == label }?.title }
                line(style.cyan(DisplayWidth.truncate("  § " + (o.section ?? "(no section)") + (title.map { " " + $0 } ?? ""), w)))
                lastSection = .some(o.section)
            }
            wrapped("\(i + 1). [\(o.modality)\(o.emphasis ? ", emphasis" : "")\(o.actor.map { ", " + $0 } ?? "")] \(o.text)", indent: "    ")
            var tail: [String] = []
            if !o.deadlines.isEmpty { tail.append("deadlines: " + o.deadlines.joined(separator: ", ")) }
            if !o.references.isEmpty { tail.append("refs: " + o.references.joined(separator: ", ")) }
            if !tail.isEmpty { for l in DisplayWidth.wrap(tail.joined(separator: " · "), width: w - 7) { line("       " + style.dim(l)) } }
        }
        if !doc.references.isEmpty {
            line(""); line(style.bold("References (\(Set(doc.references.map(\.id)).count))"))
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
        let w = style.width
        var out = ""
        func wrapped(_ s: String, indent: String) { for x in DisplayWidth.wrap(s, width: w - indent.count) { out += indent + x + "\n" } }
        func doc(_ d: DocumentSummary) -> String {
            "[\(d.id)] \(d.kind) \(d.date ?? "undated")\(d.nor.map { " " + $0 } ?? "")\(d.subject.map { " — " + $0 } ?? "")"
        }
        out += style.bold(DisplayWidth.truncate(doc(l.document), w)) + "\n\n"
        out += style.bold("Cites (\(l.cites.count) earlier text\(l.cites.count == 1 ? "" : "s"))") + "\n"
        if l.cites.isEmpty { out += "  none found\n" }
        for c in l.cites {
            wrapped("\(c.id)  \(c.text)", indent: "  ")
            if c.resolved.isEmpty { out += "    " + style.dim("not in the registry") + "\n" }
            for d in c.resolved { wrapped("→ " + doc(d), indent: "    ") }
            for p in c.reportedBy { wrapped("reported by " + doc(p.document) + ": " + p.reason, indent: "    ") }
        }
        out += "\n" + style.bold("Cited by (\(l.citedBy.count))") + "\n"
        if l.citedBy.isEmpty { out += "  none in the registry\n" }
        for c in l.citedBy { wrapped(doc(c.document) + " — \"\(c.text)\"", indent: "  ") }
        out += "\n" + style.bold("Reported by (\(l.reportedBy.count))") + "\n"
        if l.reportedBy.isEmpty { out += "  no press item in the registry\n" }
        for p in l.reportedBy { wrapped(doc(p.document) + ": " + p.reason, indent: "  ") }
        if !l.reports.isEmpty {
            out += "\n" + style.bold("Reports (\(l.reports.count))") + "\n"
            for r in l.reports {
                var s = r.id
                if let d = r.document { s += " → " + doc(d) }
                if !r.citedBy.isEmpty { s += " (cited by " + r.citedBy.map { "[\($0)]" }.joined(separator: ", ") + ")" }
                wrapped(s + ": " + r.reason, indent: "  ")
            }
        }
        return out
    }
}
