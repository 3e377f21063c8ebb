import CircExtract

/// The readable form of an extracted document, for `circ extract --format text`.
enum TextSummary {
    static func render(_ d: CircDocument) -> String {
        var o = ""
        let m = d.metadata
        o += "\(m.kind) \(m.date ?? "(no date)")\(m.nor.map { "  NOR \($0)" } ?? "")\n"
        if let s = m.subject { o += "Objet : \(s)\n" }
        if let e = m.emitter { o += "Émetteur : \(e)\(m.signatory.map { " — signé \($0)" } ?? "")\n" }
        if !d.addressees.isEmpty {
            o += "Destinataires : " + d.addressees.filter { $0.role == "to" }.map(\.id).joined(separator: ", ") + "\n"
            let cc = d.addressees.filter { $0.role == "cc" }.map(\.id)
            if !cc.isEmpty { o += "Copie : " + cc.joined(separator: ", ") + "\n" }
        }
        o += "\nObligations (\(d.obligations.count))\n"
        for (i, ob) in d.obligations.enumerated() {
            let tags = [ob.section.map { "§\($0)" }, ob.modality, ob.actor, ob.emphasis ? "gras" : nil].compactMap { $0 }.joined(separator: " · ")
            o += "\(i + 1). [\(tags)] \(ob.plain ?? ob.text)\n"
            if let c = ob.condition { o += "     condition : \(c)\n" }
            if !ob.deadlines.isEmpty { o += "     échéances : \(ob.deadlines.joined(separator: ", "))\n" }
            if !ob.references.isEmpty { o += "     références : \(ob.references.joined(separator: ", "))\n" }
        }
        o += "\nRéférences (\(Set(d.references.map(\.id)).count)) : " + orderedUnique(d.references.map(\.id)).joined(separator: ", ") + "\n"
        o += "Échéances : " + orderedUnique(d.deadlines.map(\.value)).joined(separator: ", ") + "\n"
        if !d.warnings.isEmpty {
            o += "\nAvertissements\n" + d.warnings.map { "- \($0.message)" }.joined(separator: "\n") + "\n"
        }
        return o
    }

    static func orderedUnique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}
