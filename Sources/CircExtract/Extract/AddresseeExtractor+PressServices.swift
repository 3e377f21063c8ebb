import CircText

extension AddresseeExtractor {
    /// `pressServiceRecipients` of `addressee-titles.json`: the verbs of request, the
    /// determiners, and each service's words with the role it stands for (longest first).
    struct PressServices: Sendable {
        let verbs: Set<String>
        let determiners: Set<String>
        let forms: [(words: [String], id: String)]
        /// The word keys of the forms' first words: a token is folded only when it may open one.
        let firstKeys: Set<UInt64>

        struct File: Decodable {
            struct Service: Decodable { let id: String; let forms: [String] }
            let verbs: [String]
            let determiners: [String]
            let services: [Service]
        }

        init(_ f: File?) {
            verbs = Set(f?.verbs ?? [])
            determiners = Set(f?.determiners ?? [])
            forms = (f?.services ?? []).flatMap { s in s.forms.map { (MatchWord.words($0), s.id) } }
                .sorted { $0.words.count > $1.words.count }
            firstKeys = Set(forms.compactMap { $0.words.first.map(Fold.key) })
        }
    }

    /// "la Chancellerie demande aux parquets de…", "Beauvau exige des préfectures qu'elles…":
    /// in a press item, a request made of a service that stands for a role makes that role
    /// an addressee of the reported instruction — the parquets are the procureurs, the
    /// préfectures the préfets, and the headline's "demande aux préfets" is said of them just
    /// as often. Only right after a verb of request (two words may stand between: "demande
    /// aussi aux", "enjoint par ailleurs aux"), so "Les parquets devront…" (a duty reported,
    /// nobody addressed) and "l'engorgement des préfectures" name no addressee.
    func pressServiceAddressees(_ ctx: ExtractionContext) -> [Addressee] {
        let s = ctx.structure
        let tt = s.text
        guard !pressServices.forms.isEmpty else { return [] }
        var out: [Addressee] = []
        for u in s.units where u.kind == .paragraph || u.kind == .header {
            let toks = Array(tt.sentences[u.sentence].tokens)
            // Word keys first (no string per token): most sentences name no such service.
            for i in toks.indices.dropFirst(2) where pressServices.firstKeys.contains(Fold.key(tt.text.scalars, tt.tokens[toks[i]].range)) {
                let lo = max(0, i - 5), hi = min(toks.count, i + 4)
                let w = toks[lo..<hi].map { MatchWord.of(tt, tt.tokens[$0]) }
                let d = i - 1 - lo
                // No punctuation between the verb and its recipient (before the verb, the
                // quotation it attributes may end: "« … », demande-t-il aux parquets").
                guard pressServices.determiners.contains(w[d]),
                      let v = (max(0, d - 3)..<d).last(where: { pressServices.verbs.contains(w[$0]) }),
                      !w[(v + 1)..<d].contains(where: { [",", ";", ".", ":"].contains($0) }),
                      let (_, id) = pressServices.forms.first(where: { Self.starts(w, with: $0.words, at: d + 1) }),
                      !out.contains(where: { $0.id == id }) else { continue }
                out.append(Addressee(id: id, role: .to, text: tt.text.sourceString(u.range), span: SourceSpan(u.range)))
            }
        }
        return out
    }

    static func starts(_ w: [String], with p: [String], at k: Int) -> Bool {
        guard k + p.count <= w.count else { return false }
        for j in p.indices where w[k + j] != p[j] { return false }
        return true
    }
}
