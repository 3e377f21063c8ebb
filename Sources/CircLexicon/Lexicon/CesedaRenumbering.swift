import CircContract
import Foundation

/// The CESEDA's old → new article numbers (recodification by ordonnance n° 2020-1733, in force
/// 1 May 2021), read from `Lexicons/ceseda-renumbering.json`.
///
/// Why it exists: circulars before May 2021 cite "L. 551-1", later ones "L. 741-1" for the same
/// rule. A diff must not call that a changed reference, and a `--ref` query must find both.
/// The table is partial on purpose: every entry names its source, and a number that is not in
/// the table maps to nothing (never to a guess).
public struct CesedaRenumbering: Sendable {
    public struct Entry: Sendable, Equatable {
        public var old: String
        public var new: [String]
        /// Full citation of the source (resolved from the file's `sources` table).
        public var source: String
        public var subject: String?
        public init(old: String, new: [String], source: String, subject: String? = nil) {
            self.old = old; self.new = new; self.source = source; self.subject = subject
        }
    }

    public static let fileName = "ceseda-renumbering.json"

    /// The day the new numbering took effect: a citation is read in the old numbering
    /// before it, in the new one from it.
    public let effective: String
    /// Sourced entries, then the inferred pairs a juriste confirmed (their `source` says so).
    public let entries: [Entry]
    /// Inferred pairs nobody has confirmed or rejected yet: shown as hints, never used to translate.
    public let unconfirmed: [InferredPair]
    private let forward: [String: [String]]
    private let backward: [String: [String]]

    public init(entries: [Entry], effective: String = "2021-05-01", unconfirmed: [InferredPair] = []) {
        self.entries = entries
        self.effective = effective
        self.unconfirmed = unconfirmed
        var f: [String: [String]] = [:], b: [String: [String]] = [:]
        for e in entries {
            let old = Self.canonical(e.old)
            for n in e.new.map(Self.canonical) {
                if !(f[old] ?? []).contains(n) { f[old, default: []].append(n) }
                if !(b[n] ?? []).contains(old) { b[n, default: []].append(old) }
            }
        }
        forward = f; backward = b
    }

    private struct File: Decodable {
        struct RawEntry: Decodable {
            var old: String
            var new: [String]
            var source: String
            var subject: String?
        }
        var effective: String?
        var sources: [String: String]
        var entries: [RawEntry]
    }

    /// Loads and checks the table: an entry whose source key is not in `sources`, or with no
    /// new number, is an error rather than a silent gap, so an unsourced line cannot slip in.
    public static func load(from store: LexiconStore) throws -> CesedaRenumbering {
        let file = try store.load(fileName, as: File.self)
        var out: [Entry] = []
        for (i, raw) in file.entries.enumerated() {
            guard let citation = file.sources[raw.source] else {
                throw LexiconStore.LexiconError.unreadable(fileName, "entry \(i) (\(raw.old)): unknown source `\(raw.source)`")
            }
            guard !raw.new.isEmpty else {
                throw LexiconStore.LexiconError.unreadable(fileName, "entry \(i) (\(raw.old)): no new number")
            }
            out.append(Entry(old: canonical(raw.old), new: raw.new.map(canonical), source: citation, subject: raw.subject))
        }
        let effective = file.effective ?? "2021-05-01"
        guard CivilDate(iso: effective) != nil else {
            throw LexiconStore.LexiconError.unreadable(fileName, "effective: bad date `\(effective)`")
        }
        let (confirmed, unconfirmed) = try loadInferred(from: store, sourced: Set(out.map(\.old)))
        return CesedaRenumbering(entries: out + confirmed, effective: effective, unconfirmed: unconfirmed)
    }

    /// The pairs of `old` nobody has confirmed or rejected (inferred, never used to translate).
    public func unconfirmedNew(forOld old: String) -> [InferredPair] {
        let c = Self.canonical(old); return unconfirmed.filter { $0.old == c }
    }

    public func unconfirmedOld(forNew new: String) -> [InferredPair] {
        let c = Self.canonical(new); return unconfirmed.filter { $0.new == c }
    }

    /// Post-2021 numbers that took over the content of a pre-2021 article (empty if unknown).
    public func newNumbers(forOld old: String) -> [String] { forward[Self.canonical(old)] ?? [] }

    /// Pre-2021 numbers whose content a post-2021 article took over (empty if unknown).
    public func oldNumbers(forNew new: String) -> [String] { backward[Self.canonical(new)] ?? [] }

    /// True when `old` (pre-2021) and `new` (post-2021) are the same rule renumbered.
    public func isRenumbering(old: String, new: String) -> Bool {
        newNumbers(forOld: old).contains(Self.canonical(new))
    }

    /// The entry for a pre-2021 number, with its source.
    public func entry(forOld old: String) -> Entry? {
        let c = Self.canonical(old)
        return entries.first { $0.old == c }
    }

    /// "CESEDA:L. 511-1", "l.511-1", "L 511-1" → "L511-1": the contract's article form
    /// (prefix letters glued to the number, no dot, no space), without the code.
    public static func canonical(_ s: String) -> String {
        var t = Substring(s.trimmingCharacters(in: .whitespaces))
        if let colon = t.firstIndex(of: ":") { t = t[t.index(after: colon)...] }
        var out = ""
        for ch in t where ch != "." && ch != " " && ch != "\u{00A0}" && ch != "\u{202F}" {
            out.append(ch)
        }
        // Prefix letters upper-case (L, LO, R, D, A, R*); the rest is digits and dashes.
        return out.uppercased()
    }
}
