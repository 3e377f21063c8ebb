import CircContract
import CircLexicon

/// The French words the diff's human-readable outputs use, all from the one table of
/// `Lexicons/labels.json` (`OutputLabels`): the readers are French juristes, and a report
/// they forward should read as French, not as our JSON field names.
enum Labels {
    static var L: OutputLabels { OutputLabels.shared }

    static func obligation(_ k: ChangeKind) -> String { L.name("change.obligation", k.rawValue) }
    static func article(_ k: ChangeKind) -> String { L.name("change.article", k.rawValue) }
    static func passage(_ k: ChangeKind) -> String { L.name("change.passage", k.rawValue) }
    static func modality(_ m: Modality) -> String { L.name("modality", m) }
    static func direction(_ d: ModalityOrder.Direction) -> String { L.name("direction", d.rawValue) }
    static func field(_ f: FieldChange) -> String { L.name("field", f.field) }
    static func metadataField(_ name: String) -> String { L.name("metadata", name) }
    static func role(_ r: AddresseeRole) -> String { L.name("role", r) }
    static func passageKind(_ k: String) -> String { L.name("passage", k) }

    /// Deadlines in words, as a juriste reads them ("chaque mois, sous 48 heures").
    static func deadlines(_ values: [String]) -> String {
        values.isEmpty ? L("none") : values.map(L.deadline).joined(separator: ", ")
    }

    /// One line describing a non-wording facet ("obligation → recommandation (affaiblissement)").
    static func describe(_ f: FieldChange) -> String? {
        func v(_ s: String?) -> String { s ?? L("none") }
        switch f {
        case .wording: return nil
        case .modality(let a, let b, let d): return "\(modality(a)) → \(modality(b)) (\(direction(d)))"
        case .deadlines(let a, let b): return "\(deadlines(a)) → \(deadlines(b))"
        case .references(let added, let removed):
            // Old → new, as the text layer's located citations read.
            return referenceChange(LocatedReferenceChange(sentence: "", removed: removed, added: added, renumbered: []))
        case .actor(let a, let b): return "\(v(a.map { L.name("actor", $0) })) → \(v(b.map { L.name("actor", $0) }))"
        case .condition(let a, let b): return "\(v(a)) → \(v(b))"
        case .emphasis(let a, let b): return a && !b ? L("diff.emphasis.lost") : (b && !a ? L("diff.emphasis.gained") : L("none"))
        case .position(let a, let b): return L("diff.position", v(a), v(b))
        }
    }

    static func summary(_ s: DiffReport.Summary, articles: Bool) -> String {
        let l: (ChangeKind) -> String = articles ? { article($0) } : { obligation($0) }
        var parts: [String] = []
        for (k, n) in [(ChangeKind.modified, s.modified), (.moved, s.moved), (.added, s.added), (.removed, s.removed), (.unchanged, s.unchanged)] where n > 0 || k == .unchanged {
            parts.append("\(n) \(l(k))\(n > 1 ? "s" : "")")
        }
        return L(articles ? "diff.summary.articles" : "diff.summary.obligations", parts.joined(separator: ", "))
    }

    /// "Texte hors obligations : 2 passages modifiés, 1 supprimé (29 inchangés)".
    static func passageSummary(_ s: DiffReport.Summary) -> String {
        var parts: [String] = []
        for (k, n) in [(ChangeKind.modified, s.modified), (.moved, s.moved), (.added, s.added), (.removed, s.removed)] where n > 0 {
            parts.append("\(n) \(passage(k))\(n > 1 ? "s" : "")")
        }
        let changed = parts.isEmpty ? L("diff.passages.none") : parts.joined(separator: ", ")
        return L("diff.summary.passages", changed, "\(s.unchanged) \(passage(.unchanged))\(s.unchanged > 1 ? "s" : "")")
    }

    static func side(_ h: DocumentHeader) -> String {
        var bits = [h.path]
        if let d = h.date { bits.append(L.date(d)) }
        if let n = h.nor { bits.append("NOR " + n) }
        return bits.joined(separator: " · ")
    }

    /// Where a passage is: "§ 2.2", "note 3", or nothing for text before the first section.
    static func place(_ s: PassageChange.Side?) -> String? {
        guard let s else { return nil }
        if let f = s.footnote { return L("diff.footnote", f) }
        return s.section.map { L("diff.section", $0) }
    }

    /// "Passage modifié (paragraphe) — § 2.2", with the OLD place when it moved.
    static func passageTitle(_ p: PassageChange) -> String {
        var t = L("diff.passage.title", passage(p.change), passageKind(p.kind))
        let here = place(p.place)
        if let here { t += " — " + here }
        if p.change == .moved || p.moved, let there = place(p.old), there != here { t += " " + L("diff.passage.from", there) }
        return t
    }

    /// "CESEDA:L612-6 → CESEDA:L612-7", "+ CESEDA:L741-19", "− loi:2024-42".
    static func referenceChange(_ r: LocatedReferenceChange) -> String {
        if r.removed.isEmpty { return "+ " + r.added.joined(separator: ", ") }
        if r.added.isEmpty { return "− " + r.removed.joined(separator: ", ") }
        return r.removed.joined(separator: ", ") + " → " + r.added.joined(separator: ", ")
    }

    /// The sentence a citation changed in, quoted, shortened past `limit` characters.
    static func quoted(_ sentence: String, limit: Int = 240) -> String {
        let s = sentence.count > limit ? String(sentence.prefix(limit)) + "…" : sentence
        return "« \(s) »"
    }
}

/// The French lines of a code diff beyond the article's own text: where it came from, what
/// else changed in the headings, and what the comparison had to choose (words from the table).
extension Labels {
    /// "Ancien numéro : L561-1", "Déplacé depuis : Livre V › Titre VI", "Numéro réutilisé…".
    static func articleNotes(_ a: ArticleChange) -> [String] {
        var out: [String] = []
        if let o = a.oldArticle { out.append(L("diff.article.oldNumber", o, a.article)) }
        if let p = a.oldPath { out.append(L("diff.article.movedFrom", p.joined(separator: " › "))) }
        if a.change == .moved && a.redline == nil { out.append(L("diff.article.sameText")) }
        if a.reusedNumber { out.append(L(a.change == .added ? "diff.article.reused.added" : "diff.article.reused.removed")) }
        return out
    }

    static func headingRename(_ h: HeadingRename) -> String {
        let place = h.parents.isEmpty ? "" : " (\(h.parents.joined(separator: " › ")))"
        return L("diff.heading.renamed", place, h.old, h.new)
    }

    static func duplicate(_ d: DuplicateArticle) -> String {
        L("diff.article.duplicate", d.article, d.copies, L(d.side == "old" ? "diff.side.old" : "diff.side.new"))
    }
}
