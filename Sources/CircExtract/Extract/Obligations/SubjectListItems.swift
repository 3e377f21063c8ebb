import CircText

/// A share-out of tasks: a role's title alone before a colon, then items that each open on
/// its verb ("Les directeurs territoriaux :" / "- vérifient la disponibilité des places dans
/// un délai de 48 heures ;" / "- informent le magistrat prescripteur …"). Each item is that
/// role's duty, as the items of "Il vous est demandé de :" are the addressees' — the present
/// here instructs as the future would, the title being set apart for the list. The title
/// alone: a sentence before the colon ("Les directeurs territoriaux sont chargés des
/// missions suivantes :") has a marker of its own or none.
extension ObligationExtractor {
    /// The slug of the title that is the whole of a unit's words but its plural determiner
    /// and the closing colon ("les directeurs territoriaux :"), else nil: an addressee title
    /// or service, the title that opens so (`titleOpening`: the directeurs territoriaux of
    /// the protection judiciaire de la jeunesse in a note to them), or an official's agent
    /// noun ("les chefs d'établissement").
    func subjectIntroduction(_ words: [String], _ matcher: ClauseMatcher) -> String? {
        guard words.count >= 3, words.count <= Self.subjectIntroductionWords, words.last == ":", words[0] == "les" else { return nil }
        let colon = words.count - 1
        if let (start, id) = matcher.leadingSubject(words, before: colon) { return start == 1 ? id : nil }
        if let id = matcher.titleOpening(words, from: 1, to: colon) { return id }
        if case .agent(let slug) = matcher.subject(words, before: colon) { return slug }
        return nil
    }

    /// The longest such introduction, in words ("les directeurs interrégionaux de la
    /// protection judiciaire de la jeunesse :" has eleven).
    static let subjectIntroductionWords = 16

    /// Whether an item opens, past its bullet, on a verb in the third person plural of the
    /// present ("vérifient", "informent", "désignent": folded, ending in "-ent") — no
    /// subject of its own, so the introduction's title is its subject. Not an adverb
    /// ("également", "notamment", "préalablement"), nor a word too short to be a verb's
    /// ("dent").
    static func opensOnPluralPresent(_ words: [String], from k: Int) -> Bool {
        var i = k
        while i < words.count && ["-", "•", "–", "—", "*"].contains(words[i]) { i += 1 }
        guard i < words.count, case let w = words[i], w.count >= 6, w.hasSuffix("ent"),
              !["ement", "amment", "emment"].contains(where: w.hasSuffix),
              w.allSatisfy({ $0.isLetter }) else { return false }
        return true
    }

    /// In `carryOver`: a unit that is a title and a colon hands that title on to the items
    /// below it, up to the next unit that is no item; an item of them that opens on the
    /// title's verb gets a duty of that title (`marker` "sujet :").
    func carrySubject(_ set: Setting, _ u: StructureUnit, _ words: [String], label: Int?, _ hits: inout [MarkerHit], _ walk: inout Walk) {
        guard !set.reports else { return }
        guard u.listItem else {
            walk.pendingSubject = subjectIntroduction(words, set.matcher).map { ($0, u.block) }
            return
        }
        guard hits.isEmpty, let subject = walk.pendingSubject, u.block >= subject.block, let k = label,
              Self.opensOnPluralPresent(words, from: k) else { return }
        hits = [MarkerHit(start: 0, end: 0, modality: .obligation, actor: subject.actor, marker: "sujet :")]
    }
}
