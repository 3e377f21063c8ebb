import CircContract
import Foundation

/// The article lists of consolidated codes, version by version, read from
/// `Lexicons/code-articles/<CODE>.json` (built by `Scripts/build_code_articles.py` from the
/// article headings of the consolidations).
///
/// Why it exists: a range "L. 314-8 à L. 314-12" names every article between its ends in the
/// code as it stood, and counting ("L. 314-9, L. 314-10, L. 314-11") invents numbers and
/// misses inserted ones ("L. 314-8-1"). Only a list read from the code expands it whole;
/// where there is none the extractor counts the base numbering between the ends and says so
/// (`ReferenceExtractor.countedBetween`, warning `range-counted`).
public struct CodeArticleLists: Sendable {
    public struct Version: Sendable {
        public let date: CivilDate
        /// Article ids in code order, contract form ("L313-11", "R553-14 bis").
        public let articles: [String]
        let position: [String: Int]

        public init(date: CivilDate, articles: [String]) {
            self.date = date; self.articles = articles
            var pos: [String: Int] = [:]
            for (k, a) in articles.enumerated() where pos[a] == nil { pos[a] = k }
            position = pos
        }
    }

    /// Versions of each code (by the code's id), oldest first.
    public let versions: [String: [Version]]

    struct File: Decodable {
        struct RawVersion: Decodable { let date: String; let articles: [String] }
        let code: String
        let source: String
        let examples: [String]
        let versions: [RawVersion]
    }

    public static let folder = "code-articles"

    public init(versions: [String: [Version]]) { self.versions = versions }

    /// Loads every file of the folder. A file for a code the lexicon does not know, a bad
    /// date or a version without articles stops loading with the file named.
    public static func load(from store: LexiconStore, knownCodes: Set<String>) throws -> CodeArticleLists {
        var out: [String: [Version]] = [:]
        for name in store.files(in: folder) {
            let f = try store.load(name, as: File.self)
            guard knownCodes.contains(f.code) else { throw LexiconStore.LexiconError.unreadable(name, "unknown code `\(f.code)`") }
            var vs: [Version] = []
            for (i, v) in f.versions.enumerated() {
                guard let d = CivilDate(iso: v.date) else { throw LexiconStore.LexiconError.unreadable(name, "versions.\(i): bad date `\(v.date)`") }
                guard !v.articles.isEmpty else { throw LexiconStore.LexiconError.unreadable(name, "versions.\(i): no article") }
                vs.append(Version(date: d, articles: v.articles))
            }
            out[f.code, default: []].append(contentsOf: vs)
        }
        for k in out.keys { out[k]!.sort { $0.date < $1.date } }
        return CodeArticleLists(versions: out)
    }

    public func has(_ code: String) -> Bool { versions[code] != nil }

    /// Whether some version of the code holds the article (contract form, "R421-21A").
    public func contains(code: String, article: String) -> Bool {
        versions[code]?.contains { $0.position[article] != nil } ?? false
    }

    /// The version a range "a à b" of a document dated `date` is read in: among the versions
    /// that hold both ends in that order, the latest on or before the date, else the earliest
    /// (the latest when the date is unknown). Nil when no version holds both.
    public func version(code: String, from a: String, to b: String, documentDate date: CivilDate?) -> Version? {
        guard let vs = versions[code] else { return nil }
        let fit = vs.filter { v in
            guard let pa = v.position[a], let pb = v.position[b] else { return false }
            return pa < pb
        }
        guard !fit.isEmpty else { return nil }
        guard let d = date else { return fit.last }
        return fit.last(where: { $0.date <= d }) ?? fit.first
    }

    /// The articles strictly between a and b in the chosen version, in its order; nil when no
    /// version holds both ends.
    public func between(code: String, from a: String, to b: String, documentDate date: CivilDate?) -> [String]? {
        guard let v = version(code: code, from: a, to: b, documentDate: date), let pa = v.position[a], let pb = v.position[b] else { return nil }
        return Array(v.articles[(pa + 1)..<pb])
    }
}
