import CircLexicon
import CircRegistry

/// What a `--ref` query searched, in French, one line per reading: which numbering the
/// number was read in, which numbers were matched on either side of the renumbering, with
/// which source — and where the table has no translation, that those documents were not
/// searched (never a guess). Inferred pairs nobody confirmed are shown as hints.
public enum RefSearchNotes {
    public static func lines(_ q: RefQuery) -> [String] {
        let L = OutputLabels.shared
        var out: [String] = []
        for r in q.readings {
            // One sentence for either side of the renumbering: the side read, then the other.
            let side: String
            let other: [String]
            switch r.numbering {
            case .undated: continue
            case .before: (side, other) = ("before", r.since)
            case .since: (side, other) = ("since", r.before)
            }
            var s = L("refsearch.read." + side, "\(r.code):\(r.article)", r.effective)
            s += other.isEmpty ? L("refsearch.none." + side, r.effective) : L("refsearch.also." + side, other.joined(separator: ", "), r.effective)
            out.append(s + sources(r) + ".")
            if !r.unconfirmed.isEmpty {
                let hints = r.unconfirmed.prefix(6).map { p in L("refsearch.hint", r.numbering == .before ? p.new : p.old, french(p.similarity)) }
                out.append(L("refsearch.hints", hints.joined(separator: ", ")))
            }
        }
        if q.readings.contains(where: { $0.numbering == .undated }) { out.append(L("refsearch.undated")) }
        return out
    }

    /// The heading printed before the passages of one reading.
    public static func heading(_ label: String?) -> String {
        let L = OutputLabels.shared
        guard let label else { return L("refsearch.heading.other") }
        if label == "undated" { return L("refsearch.heading.undated") }
        let parts = label.split(separator: "-", maxSplits: 1)
        guard parts.count == 2 else { return L("refsearch.heading.plain", label) }
        return L(parts[0] == "before" ? "refsearch.heading.before" : "refsearch.heading.since", String(parts[1]))
    }

    static func sources(_ r: RefQuery.Reading) -> String {
        r.sources.isEmpty ? "" : OutputLabels.shared("refsearch.sources", r.sources.joined(separator: " ; "))
    }

    static func french(_ x: Double) -> String {
        guard !x.isNaN else { return "?" }
        let n = (x * 100).rounded() / 100
        return String(n).replacingOccurrences(of: ".", with: ",")
    }
}
