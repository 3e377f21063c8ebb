import CircExtract
import Foundation

/// The readable form of an extracted document, for `circ extract --format text`: French
/// from the label table, deadlines in words; the JSON keeps the canonical values.
enum TextSummary {
    static func render(_ d: CircDocument) -> String {
        let L = OutputLabels.shared
        var o = ""
        let m = d.metadata
        o += "\(L.name("kind", m.kind)) \(m.date.map { L.date($0) } ?? L("undated"))\(m.nor.map { "  NOR \($0)" } ?? "")\n"
        if let s = m.subject { o += L("label.subject", s) + "\n" }
        if let e = m.emitter { o += L("label.emitter", e) + (m.signatory.map { " — " + L("label.signedBy", $0) } ?? "") + "\n" }
        if !d.addressees.isEmpty {
            o += L("extract.addressees", d.addressees.filter { $0.role == .to }.map(\.id).joined(separator: ", ")) + "\n"
            let cc = d.addressees.filter { $0.role == .cc }.map(\.id)
            if !cc.isEmpty { o += L("extract.cc", cc.joined(separator: ", ")) + "\n" }
        }
        o += "\n" + L("show.obligations", d.obligations.count) + "\n"
        for (i, ob) in d.obligations.enumerated() {
            let tags = [ob.section.map { "§\($0)" }, L.name("modality", ob.modality), ob.actor.map { L.name("actor", $0) },
                        ob.emphasis ? L("label.emphasis") : nil].compactMap { $0 }.joined(separator: " · ")
            o += "\(i + 1). [\(tags)] \(ob.plain ?? ob.text)\n"
            if let c = ob.condition { o += "     " + L("label.condition", c) + "\n" }
            if !ob.deadlines.isEmpty { o += "     " + L("label.deadlines", ob.deadlines.map(L.deadline).joined(separator: ", ")) + "\n" }
            if !ob.references.isEmpty { o += "     " + L("label.references", ob.references.joined(separator: ", ")) + "\n" }
        }
        o += "\n" + L("extract.references", Set(d.references.map(\.id)).count, orderedUnique(d.references.map(\.id)).joined(separator: ", ")) + "\n"
        o += L("extract.deadlines", orderedUnique(d.deadlines.map(\.value)).map(L.deadline).joined(separator: ", ")) + "\n"
        if !d.warnings.isEmpty {
            o += "\n" + L("extract.warnings") + "\n" + d.warnings.map { "- " + warning($0, L) }.joined(separator: "\n") + "\n"
        }
        return o
    }

    /// A warning for people: its kind in French (the label table, by `code`) and the
    /// details its message quotes — passages in quotes, dates, canonical ids. The English
    /// message itself stays in the JSON, for programs.
    static func warning(_ w: Warning, _ L: OutputLabels) -> String {
        let key = w.code.hasSuffix("-article-letter") ? "article-letter" : w.code
        let label = L.names["warning"]?[key] ?? L("extract.warning.other")
        let pattern = #""([^"]*)"|\b\d{4}-\d{2}-\d{2}\b|\b[A-Za-z][\w-]*:[\w/.-]+"#
        guard let re = try? NSRegularExpression(pattern: pattern) else { return label }
        let ns = w.message as NSString
        var details: [String] = []
        for m in re.matches(in: w.message, range: NSRange(location: 0, length: ns.length)) {
            let quoted = m.range(at: 1)
            let piece = quoted.location != NSNotFound ? "« \(ns.substring(with: quoted)) »" : ns.substring(with: m.range)
            if !details.contains(piece) { details.append(piece) }
        }
        return details.isEmpty ? label : label + " : " + details.joined(separator: ", ")
    }

    static func orderedUnique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}
