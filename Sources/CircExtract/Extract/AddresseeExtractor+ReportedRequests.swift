import CircContract
import CircText

extension AddresseeExtractor {
    /// "Bruno Retailleau appelle à la mobilisation des préfets", "Dans une circulaire qui leur
    /// est adressée, le ministre leur demande de…": a press item whose recipients its header
    /// and its request phrases name nowhere the addressee readers look still names them —
    /// the role each reported request asks. Only for an item with no addressee read; only a
    /// request (a verb of `pressServiceRecipients`) whose recipient stands by it
    /// (`namesRecipient`), never a duty stated of a role ("Les parquets devront…"), a reminder
    /// to nobody ("la ministre rappelle que…"), a request as a noun ("Sur demande du
    /// ministre, …") nor a ban (whose actor may be the authority that bans).
    func reportedRequestAddressees(_ obligations: [Obligation]) -> [Addressee] {
        var out: [Addressee] = []
        for o in obligations where o.reported && o.modality != .prohibition {
            guard let id = o.actor, !out.contains(where: { $0.id == id }), namesRecipient(o, id),
                  let form = titles.first(where: { $0.1 == id })?.0 else { continue }
            // The role as the item writes it ("préfets"), else the lexicon's form.
            let head = form.split(separator: " ").first.map(String.init) ?? form
            let written = o.text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).first { Fold.string(String($0)).hasPrefix(head) }
            out.append(Addressee(id: id, role: .to, text: written.map(String.init) ?? form, span: nil))
        }
        return out
    }

    /// Whether a verb of request in the obligation's words has its recipient beside it: a
    /// clitic before it ("leur demande", "les invite", "leur a demandé"), or a form of the
    /// role within the six words after it ("appelle à la mobilisation des préfets").
    func namesRecipient(_ o: Obligation, _ id: String) -> Bool {
        let w = MatchWord.words(o.text)
        let heads = Set(titles.filter { $0.1 == id }.compactMap { $0.0.split(separator: " ").first.map(String.init) })
        for v in w.indices where pressServices.verbs.contains(w[v]) {
            let before = v >= 1 ? w[v - 1] : "", twoBefore = v >= 2 ? w[v - 2] : ""
            // "Sur demande du ministre", "à leur demande": the noun, no request made of anyone.
            if Self.nounOpeners.contains(before) || before == "leur" && ["a", "sur", "de"].contains(twoBefore) { continue }
            if Self.recipientClitics.contains(before) || ["a", "ont"].contains(before) && Self.recipientClitics.contains(twoBefore) { return true }
            if w[(v + 1)..<min(w.count, v + 7)].contains(where: { word in heads.contains { word.hasPrefix($0) } }) { return true }
        }
        return false
    }

    /// The pronouns that stand for a request's recipient right before its verb.
    static let recipientClitics: Set<String> = ["leur", "les", "lui"]
    /// The words that make "demande", "appel" a noun right after them.
    static let nounOpeners: Set<String> = ["sur", "la", "une", "sa", "cette", "de", "du"]
}
