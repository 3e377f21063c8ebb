import CircDiff
import CircPresentation
import CircRegistry

/// `circ history --article` in French: one block per version in which the article changed,
/// with the word redline of the change.
enum ArticleHistoryText {
    static func render(_ h: ArticleHistory, style: TerminalStyle) -> String {
        let id = "\(h.code):\(h.article)"
        guard !h.steps.isEmpty else {
            var s = h.versions == 0
                ? "Aucune version du code \(h.code) dans le registre : pas d'historique pour \(id)."
                : "\(id) ne figure dans aucune des \(h.versions) versions du code \(h.code) enregistrées."
            s += h.citations > 0
                ? " Il est cité par \(h.citations) passage\(h.citations == 1 ? "" : "s") d'autres documents (circulaires, notes…) : voir `circ refs --ref \(id)`."
                : " Aucun document du registre ne le cite."
            return s + "\n"
        }
        let redliner = TextRenderer(color: style.color, showUnchanged: false)
        var out = style.bold("Historique de \(id)") + numbering(h.numbering)
            + " — \(h.versions) version\(h.versions == 1 ? "" : "s") du code dans le registre\n"
        for s in h.steps {
            out += "\n" + style.bold("\(s.date ?? "?")  \(s.article)  \(label(s))") + "  " + style.dim("[doc \(s.documentID)]") + "\n"
            if let p = s.path.last { out += "    " + style.dim(p) + "\n" }
            if let n = note(s) { out += "    " + n + "\n" }
            if let hints = s.unconfirmed, !hints.isEmpty {
                let list = hints.prefix(6).map { "\(s.change == .recodified && s.previousArticle == nil ? $0.new : $0.old) (similarité \(String(format: "%.2f", $0.similarity)))" }
                out += "    Correspondances déduites des textes, non confirmées : \(list.joined(separator: ", "))\n"
            }
            switch s.change {
            case .modified, .renumbered, .recodified:
                if let old = s.previousText, let new = s.text {
                    out += indent(redliner.redline(Redline.words(old: old, new: new)))
                } else if s.text != nil, s.previousArticle != nil {
                    out += "    Texte inchangé\n"
                }
            case .present, .added:
                if let t = s.text { out += indent(t) }
            case .removed: break
            }
        }
        if h.citations > 0 { out += "\n" + style.dim("Cité par \(h.citations) passage\(h.citations == 1 ? "" : "s") d'autres documents : `circ refs --ref \(id)`.") + "\n" }
        return out
    }

    /// " (numérotation antérieure au 2021-05-01)".
    static func numbering(_ label: String?) -> String {
        guard let label else { return "" }
        let parts = label.split(separator: "-", maxSplits: 1)
        guard parts.count == 2 else { return "" }
        return parts[0] == "before" ? " (numérotation antérieure au \(parts[1]))" : " (numérotation en vigueur depuis le \(parts[1]))"
    }

    static func label(_ s: ArticleHistory.Step) -> String {
        switch s.change {
        case .present: return "dans la première version enregistrée"
        case .added: return "ajouté"
        case .modified: return "modifié"
        case .renumbered: return "renuméroté (ancien \(s.previousArticle ?? "?"))"
        case .recodified:
            if let p = s.previousArticle { return "recodification (ancien \(p))" }
            return "recodification"
        case .removed: return "abrogé ou retiré de cette version"
        }
    }

    static func note(_ s: ArticleHistory.Step) -> String? {
        var parts: [String] = []
        if let sim = s.similarity { parts.append("retrouvé par son texte (similarité \(String(format: "%.2f", sim)))") }
        if let src = s.source { parts.append("source : \(src)") }
        if let n = s.note {
            if n.hasPrefix("incomplete-table") {
                parts.append("table de correspondance incomplète : numéro de l'autre côté de la recodification inconnu ; l'historique s'arrête ici")
            } else if n.hasPrefix("reused-number") {
                let now = n.range(of: ", now ").map { String(n[$0.upperBound...]) }
                parts.append("numéro réutilisé : auparavant ce numéro portait un autre article" + (now.map { ", devenu \($0)" } ?? ""))
            } else {
                parts.append(n)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ; ")
    }

    static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    }
}
