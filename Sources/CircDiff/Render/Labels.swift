/// The French words the human-readable outputs use: the readers are French juristes, and
/// a report they forward should read as French, not as our JSON field names.
enum Labels {
    static func obligation(_ k: ChangeKind) -> String {
        switch k {
        case .unchanged: return "inchangée"
        case .modified: return "modifiée"
        case .moved: return "déplacée"
        case .added: return "ajoutée"
        case .removed: return "supprimée"
        }
    }

    static func article(_ k: ChangeKind) -> String {
        switch k {
        case .unchanged: return "inchangé"
        case .modified: return "modifié"
        case .moved: return "déplacé"
        case .added: return "ajouté"
        case .removed: return "supprimé"
        }
    }

    static func modality(_ m: String) -> String {
        switch m {
        case "obligation": return "obligation"
        case "recommendation": return "recommandation"
        case "permission": return "faculté"
        case "prohibition": return "interdiction"
        case "reminder": return "rappel"
        default: return m
        }
    }

    static func direction(_ d: ModalityOrder.Direction) -> String {
        switch d {
        case .strengthening: return "renforcement"
        case .weakening: return "affaiblissement"
        case .reversal: return "inversion (obligation ↔ interdiction)"
        case .lateral: return "changement"
        }
    }

    static func field(_ f: FieldChange) -> String {
        switch f {
        case .wording: return "Rédaction"
        case .modality: return "Modalité"
        case .deadlines: return "Échéances"
        case .references: return "Références"
        case .actor: return "Acteur"
        case .condition: return "Condition"
        case .emphasis: return "Mise en valeur"
        case .position: return "Position"
        }
    }

    /// One line describing a non-wording facet ("obligation → recommandation (affaiblissement)").
    static func describe(_ f: FieldChange) -> String? {
        func v(_ s: String?) -> String { s ?? "—" }
        func list(_ l: [String]) -> String { l.isEmpty ? "—" : l.joined(separator: ", ") }
        switch f {
        case .wording: return nil
        case .modality(let a, let b, let d): return "\(modality(a)) → \(modality(b)) (\(direction(d)))"
        case .deadlines(let a, let b): return "\(list(a)) → \(list(b))"
        case .references(let added, let removed):
            var parts: [String] = []
            if !added.isEmpty { parts.append("ajoutées : " + added.joined(separator: ", ")) }
            if !removed.isEmpty { parts.append("retirées : " + removed.joined(separator: ", ")) }
            return parts.joined(separator: " ; ")
        case .actor(let a, let b), .condition(let a, let b): return "\(v(a)) → \(v(b))"
        case .emphasis(let a, let b): return a && !b ? "n'est plus mise en valeur" : (b && !a ? "désormais mise en valeur" : "—")
        case .position(let a, let b): return "déplacée (section \(v(a)) → \(v(b)))"
        }
    }

    static func summary(_ s: DiffReport.Summary, articles: Bool) -> String {
        let name = articles ? "Articles" : "Obligations"
        let l: (ChangeKind) -> String = articles ? article : obligation
        var parts: [String] = []
        for (k, n) in [(ChangeKind.modified, s.modified), (.moved, s.moved), (.added, s.added), (.removed, s.removed), (.unchanged, s.unchanged)] where n > 0 || k == .unchanged {
            parts.append("\(n) \(l(k))\(n > 1 ? "s" : "")")
        }
        return "\(name) : " + parts.joined(separator: ", ")
    }

    static func side(_ h: DocumentHeader) -> String {
        var bits = [h.path]
        if let d = h.date { bits.append(d) }
        if let n = h.nor { bits.append("NOR " + n) }
        return bits.joined(separator: " · ")
    }

    static func metadataField(_ name: String) -> String {
        switch name {
        case "kind": return "Nature"
        case "date": return "Date"
        case "nor": return "NOR"
        case "emitter": return "Émetteur"
        case "signatory": return "Signataire"
        case "subject": return "Objet"
        case "place": return "Lieu"
        case "refs": return "Réf."
        case "attachments": return "Pièces jointes"
        case "fields": return "Champs d'en-tête"
        case "preamble": return "En-tête"
        default: return name
        }
    }
}


/// The French lines of a code diff beyond the article's own text: where it came from, what
/// else changed in the headings, and what the comparison had to choose.
extension Labels {
    /// "Ancien numéro : L561-1", "Anciens intitulés : Livre V › Titre VI", "Numéro réutilisé…".
    static func articleNotes(_ a: ArticleChange) -> [String] {
        var out: [String] = []
        if let o = a.oldArticle { out.append("Ancien numéro : \(o) (renuméroté en \(a.article))") }
        if let p = a.oldPath { out.append("Déplacé depuis : \(p.joined(separator: " › "))") }
        if a.change == .moved && a.redline == nil { out.append("Texte inchangé") }
        if a.reusedNumber {
            out.append(a.change == .added ? "Numéro réutilisé : l'ancien article de ce numéro avait un autre contenu"
                                          : "Numéro réutilisé : ce numéro porte un autre contenu dans la nouvelle version")
        }
        return out
    }

    static func headingRename(_ h: HeadingRename) -> String {
        let place = h.parents.isEmpty ? "" : " (\(h.parents.joined(separator: " › ")))"
        return "Intitulé modifié\(place) : « \(h.old) » → « \(h.new) »"
    }

    static func duplicate(_ d: DuplicateArticle) -> String {
        let side = d.side == "old" ? "l'ancienne version" : "la nouvelle version"
        return "Attention : l'article \(d.article) figure \(d.copies) fois dans \(side) ; comparé une fois (l'exemplaire le plus proche de l'autre version)"
    }
}
