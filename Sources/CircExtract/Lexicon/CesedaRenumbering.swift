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

    public let entries: [Entry]
    private let forward: [String: [String]]
    private let backward: [String: [String]]

    public init(entries: [Entry]) {
        self.entries = entries
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
        return CesedaRenumbering(entries: out)
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
