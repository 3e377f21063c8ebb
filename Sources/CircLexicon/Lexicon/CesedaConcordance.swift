import CircContract
import Foundation

/// One old → new pair of the CESEDA concordance inferred from the texts (see
/// `CodeConcordance`): a guess with its similarity, kept apart from the sourced table.
public struct InferredPair: Sendable, Equatable, Codable {
    public var old: String
    public var new: String
    public var similarity: Double
    /// `whole` or `part` (the new article took over part of the old one).
    public var kind: String
}

/// The two data files around the inferred concordance:
/// - `ceseda-concordance-inferred.json`: every pair inferred from the 2017-01-11 and
///   2025-07-13 consolidations, with its similarity (written by `circ concordance`);
/// - `ceseda-concordance-confirmations.json`: a juriste's decisions, pair by pair
///   (`confirmed` or `rejected`, by whom, when). A confirmed pair joins the renumbering
///   (its source names the confirmation); a rejected one is no longer offered as a hint.
extension CesedaRenumbering {
    public static let inferredFileName = "ceseda-concordance-inferred.json"
    public static let confirmationsFileName = "ceseda-concordance-confirmations.json"

    struct InferredFile: Decodable {
        var from: String
        var to: String
        var pairs: [InferredPair]
    }

    struct ConfirmationsFile: Decodable {
        struct Decision: Decodable {
            var old: String
            var new: String
            var decision: String
            var by: String
            var date: String
            var note: String?
        }
        var entries: [Decision]
    }

    /// Confirmed pairs as entries (for translation) and the undecided pairs (for hints). Either
    /// file may be missing (no inference made, nothing decided). A decision on a pair the
    /// sourced table already covers is refused: sourced and inferred are never mixed.
    static func loadInferred(from store: LexiconStore, sourced: Set<String>) throws -> ([Entry], [InferredPair]) {
        guard store.exists(inferredFileName) else { return ([], []) }
        let inferred = try store.load(inferredFileName, as: InferredFile.self)
        var decided: [String: ConfirmationsFile.Decision] = [:]
        if store.exists(confirmationsFileName) {
            for (i, d) in try store.load(confirmationsFileName, as: ConfirmationsFile.self).entries.enumerated() {
                let key = canonical(d.old) + ">" + canonical(d.new)
                guard ["confirmed", "rejected"].contains(d.decision) else {
                    throw LexiconStore.LexiconError.unreadable(confirmationsFileName, "entry \(i) (\(d.old) → \(d.new)): decision must be `confirmed` or `rejected`, not `\(d.decision)`")
                }
                guard !sourced.contains(canonical(d.old)) else {
                    throw LexiconStore.LexiconError.unreadable(confirmationsFileName, "entry \(i) (\(d.old)): already in the sourced table \(fileName)")
                }
                guard !d.by.isEmpty, CivilDate(iso: d.date) != nil else {
                    throw LexiconStore.LexiconError.unreadable(confirmationsFileName, "entry \(i) (\(d.old) → \(d.new)): `by` and an ISO `date` are required")
                }
                decided[key] = d
            }
        }
        var confirmed: [Entry] = []
        var open: [InferredPair] = []
        var pairs = inferred.pairs.map { p -> InferredPair in var q = p; q.old = canonical(p.old); q.new = canonical(p.new); return q }
        // A confirmed pair the inference did not propose is the juriste's own: kept, similarity unknown.
        for (_, d) in decided where d.decision == "confirmed" && !pairs.contains(where: { $0.old == canonical(d.old) && $0.new == canonical(d.new) }) {
            pairs.append(InferredPair(old: canonical(d.old), new: canonical(d.new), similarity: .nan, kind: "juriste"))
        }
        for p in pairs where !sourced.contains(p.old) {
            switch decided[p.old + ">" + p.new]?.decision {
            case "confirmed"?:
                let d = decided[p.old + ">" + p.new]!
                let sim = p.similarity.isNaN ? "" : ", similarity \(p.similarity)"
                confirmed.append(Entry(old: p.old, new: [p.new],
                                       source: "inferred from the texts (\(inferred.from) → \(inferred.to)\(sim)), confirmed by \(d.by) on \(d.date)",
                                       subject: d.note))
            case "rejected"?: continue
            default: open.append(p)
            }
        }
        return (confirmed, open)
    }
}
