import CircContract

/// An old → new article concordance inferred from the texts of two consolidations that lie
/// on either side of a recodification (the CESEDA's, 1 May 2021).
///
/// Why inferred: no public table of the 2021 recodification was found, but the code as it
/// stood before (2017-01-11) and after (2025) are both at hand. Numbers say nothing across a
/// recodification (the new L. 741-1 is the old L. 551-1, the old L. 741-1 is asylum), so
/// articles are paired by their words only. A pair is a guess with a measured similarity,
/// never a sourced fact: it is stored apart from the sourced table, and only a pair a
/// juriste confirmed is used to translate citations.
public struct CodeConcordance: Sendable {
    public struct Pair: Sendable, Equatable {
        public var old: String
        public var new: String
        /// Dice coefficient of the two texts' words (`whole`), or the share of the new text's
        /// words found in the old one (`part`).
        public var similarity: Double
        /// `whole`: one article became one article. `part`: the new article took over part of
        /// an old one (an old article split over several new ones).
        public var kind: String
    }

    public var pairs: [Pair]

    /// Lowest similarity reported for a whole-article pair.
    public static let wholeAtLeast = 0.5
    /// Lowest share of a new article's words found in an old one, for a `part` pair.
    public static let partAtLeast = 0.8
    /// A `part` pair needs a new text of at least this many words: short formulas ("Les
    /// modalités d'application … sont fixées par décret en Conseil d'Etat") are in every part.
    public static let partMinimumWords = 20
    /// A `part` pair's old article must hold the new text this much better than any other old one.
    public static let partMargin = 0.15

    /// "L551-1", "R311-12", "D561-14": an article of the code, not an annex ("Annexe 6-4").
    static func isArticle(_ n: String) -> Bool {
        guard let f = n.first, "LRDA".contains(f) else { return false }
        return n.dropFirst().drop { $0 == "O" }.first?.isNumber == true
    }

    public init(old: CodeConsolidation, new: CodeConsolidation) {
        let cmp = CodeComparison(old: old, new: new, byNumber: false, moveAtLeast: Self.wholeAtLeast)
        var out = cmp.pairs.filter { Self.isArticle($0.old.number) && Self.isArticle($0.new.number) }.map { Pair(old: $0.old.number, new: $0.new.number, similarity: Self.round($0.similarity), kind: "whole") }
        // New articles left over: the part of one old article they took over, if any.
        var vocabulary = WordVocabulary()
        let oldTexts = old.articles.map(\.body)
        let leftover = cmp.added
        let oldWords = oldTexts.map { vocabulary.words($0) }
        let candidates = vocabulary.candidatePairs(old: oldTexts, new: leftover.map(\.body), atLeast: 0)
        var best: [Int: (Int, Double)] = [:]
        var second: [Int: Double] = [:]
        for (i, j, _) in candidates where Self.isArticle(old.articles[i].number) {
            let nw = vocabulary.words(leftover[j].body)
            guard nw.count >= Self.partMinimumWords else { continue }
            let c = Self.containment(of: nw, in: oldWords[i])
            if best[j] == nil || c > best[j]!.1 {
                if let b = best[j] { second[j] = b.1 }
                best[j] = (i, c)
            } else { second[j] = max(second[j] ?? 0, c) }
        }
        // A new text found almost as well in another old article is boilerplate, not a part.
        for (j, (i, c)) in best.sorted(by: { $0.key < $1.key })
        where c >= Self.partAtLeast && c - (second[j] ?? 0) >= Self.partMargin && Self.isArticle(leftover[j].number) {
            out.append(Pair(old: old.articles[i].number, new: leftover[j].number, similarity: Self.round(c), kind: "part"))
        }
        pairs = out.sorted { ($0.old, $0.new) < ($1.old, $1.new) }
    }

    /// Share of `a`'s words (a multiset) also in `b`.
    static func containment(of a: [Int32], in b: [Int32]) -> Double {
        guard !a.isEmpty else { return 0 }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) / Double(a.count)
    }

    static func round(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
