import CircContract

/// Says what changed between two aligned obligations, facet by facet.
///
/// Wording is compared on the text without markup; emphasis is its own facet, so bold that
/// appears or disappears is not a rewording. References are compared renumbering-aware, and
/// so is wording: a citation rewritten from "L. 551-1" to "L. 741-1" (same rule, new
/// numbering) is not a changed word.
struct ObligationComparer {
    let equivalence: ReferenceEquivalence

    struct Result {
        var changes: [FieldChange] = []
        var renumbered: [Renumbered] = []
    }

    func compare(_ a: Obligation, _ b: Obligation) -> Result {
        var r = Result()
        let refs = equivalence.compare(old: a.references, new: b.references)
        r.renumbered = refs.renumbered

        let oldPlain = Markup.plain(a.text), newPlain = Markup.plain(b.text)
        if oldPlain != newPlain {
            let oldForCompare = Self.renumber(oldPlain, refs.renumbered)
            if oldForCompare != newPlain {
                r.changes.append(.wording(Redline.words(old: oldPlain, new: newPlain)))
            }
        }
        if a.modality != b.modality {
            r.changes.append(.modality(from: a.modality, to: b.modality,
                                       direction: ModalityOrder.direction(from: a.modality, to: b.modality)))
        }
        if Set(a.deadlines) != Set(b.deadlines) {
            r.changes.append(.deadlines(from: a.deadlines, to: b.deadlines))
        }
        if !refs.added.isEmpty || !refs.removed.isEmpty {
            r.changes.append(.references(added: refs.added, removed: refs.removed))
        }
        if a.actor != b.actor { r.changes.append(.actor(from: a.actor, to: b.actor)) }
        if a.condition.map(Markup.plain) != b.condition.map(Markup.plain) {
            r.changes.append(.condition(from: a.condition, to: b.condition))
        }
        if a.emphasis != b.emphasis { r.changes.append(.emphasis(from: a.emphasis, to: b.emphasis)) }
        return r
    }

    /// Rewrites, in OLD's text, the numbers of renumbered citations to their new form
    /// ("551-1" → "741-1", whatever prefix and dots surround them), so that a sentence whose
    /// only change is the renumbering compares equal.
    static func renumber(_ text: String, _ pairs: [Renumbered]) -> String {
        var t = text
        for p in pairs {
            let o = digits(p.old), n = digits(p.new)
            guard !o.isEmpty, !n.isEmpty else { continue }
            t = replaceAll(in: t, o, with: n)
        }
        return t
    }

    /// "CESEDA:L551-1" → "551-1".
    private static func digits(_ id: String) -> String {
        let art = id.split(separator: ":").last.map(String.init) ?? id
        return String(art.drop { !$0.isNumber })
    }
}

/// Replaces `target` where it stands as a whole article number: not preceded by a digit,
/// not followed by a digit or by "-digit" ("552-1" must not touch "552-13" or "552-1-1").
func replaceAll(in text: String, _ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return text }
    var out = ""
    var rest = text[...]
    while let r = rest.firstRange(of: target) {
        let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
        var after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
        if after == "-", text.index(after: r.upperBound) < text.endIndex {
            let next = text[text.index(after: r.upperBound)]
            if next.isNumber { after = "0" }
        }
        out += rest[..<r.lowerBound]
        out += (before.isNumber || after.isNumber) ? String(text[r]) : replacement
        rest = rest[r.upperBound...]
    }
    out += rest
    return out
}
