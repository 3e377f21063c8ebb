import CircText

extension AddresseeExtractor {
    /// How many sentences at each end of a text are read for vocatives: letters address their
    /// reader in the opening and the closing, and a consolidated code is not read through.
    static let vocativeEdge = 40

    /// "Veuillez, Monsieur le Préfet, m'accuser réception…", "Recevez, Messieurs les Préfets,
    /// l'assurance…": an excerpt that starts past its block (a page of a bound volume, a copy
    /// that kept the body only) still names whom it speaks to, in its vocatives. A civility
    /// and a title of the lexicon, closed by a comma and opened by one or by the sentence; the
    /// first and last sentences only. The reader is the text's `to`.
    func vocativeAddressees(_ s: DocumentStructure) -> [Addressee] {
        var out: [Addressee] = []
        let n = s.units.count
        for (ui, u) in s.units.enumerated() where (ui < Self.vocativeEdge || ui >= n - Self.vocativeEdge) && u.kind != .header {
            let f = Fold.string(s.text.text.clean(u.range))
            for segment in vocativeSegments(f) {
                guard let id = title(in: segment), !out.contains(where: { $0.id == id }) else { continue }
                out.append(Addressee(id: id, role: .to, text: s.text.text.sourceString(u.range), span: SourceSpan(u.range)))
            }
        }
        return out
    }

    /// The folded stretches of `f` that open on a civility with its article right after a
    /// comma or at the start, and end at the next comma: "monsieur le prefet".
    func vocativeSegments(_ f: String) -> [String] {
        let parts = f.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return [] }
        var out: [String] = []
        // The last part has no comma after it: no vocative closes there. One that opens the
        // sentence is a subject unless it is a bare title ("Monsieur le Préfet de police a
        // rappelé, …" is no vocative).
        for (i, p) in parts.dropLast().enumerated() {
            let t = p.trimmingCharacters(in: " ")
            guard t.split(separator: " ").count <= (i == 0 ? 5 : 8), civilities.contains(where: { $0.hasSuffix(" le") || $0.hasSuffix(" la") || $0.hasSuffix(" les") ? t.hasPrefix($0 + " ") : false }) else { continue }
            out.append(t)
        }
        return out
    }
}
