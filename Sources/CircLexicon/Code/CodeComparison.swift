import CircContract

/// Which article of one consolidation of a code is which article of another, by number and
/// by text.
///
/// Why by text too: a code's numbers are not stable. In July 2011 the CESEDA's L. 561-1 to
/// 561-3 moved to L. 571-1 to 571-3 and the freed numbers took new content; an article may
/// be renumbered outright (L. 723-3-1 → L. 723-8). Matching by number alone calls the first
/// "modified" (a tenth of its words kept) and the second "removed + added". So:
/// 1. an article whose number is on both sides is the same article, unless the two texts
///    share almost no words (`reuseBelow`): then the number was reused for new content;
/// 2. the articles left over on each side (and both halves of a reused number) are paired by
///    text when they are close enough (`moveAtLeast`): a move or a renumbering.
/// The diff (CircDiff) reports the result; the registry stores the moves so that an
/// article's history follows it across numbers.
public struct CodeComparison: Sendable {
    public typealias Article = CodeConsolidation.Article

    /// One article on both sides. `old.number != new.number` for a move or renumbering.
    public struct Pair: Sendable {
        public var old: Article
        public var new: Article
        /// Dice coefficient of the two texts' words (1 for the same words).
        public var similarity: Double
        public var renumbered: Bool { old.number != new.number }
        /// The article now sits under other headings (by their numbers: "Titre VI" → "Titre VII").
        public var sectionMoved: Bool { old.path != new.path && HeadingKey.path(old.path) != HeadingKey.path(new.path) }
    }

    /// A heading at the same place in the structure with new words
    /// ("Sous-section 7 : Questions prioritaires…" → "Sous-section 7 : Question prioritaire…").
    public struct HeadingRename: Sendable, Equatable {
        /// The headings above it, NEW side.
        public var parents: [String]
        public var old: String
        public var new: String
    }

    /// A number listed more than once in one version: compared once, with the copy closest
    /// to the other side.
    public struct Duplicate: Sendable, Equatable {
        public enum Side: String, Sendable { case old, new }
        public var side: Side
        public var article: String
        public var copies: Int
    }

    /// In NEW order.
    public var pairs: [Pair] = []
    /// NEW articles with no counterpart, in NEW order.
    public var added: [Article] = []
    /// OLD articles with no counterpart, in OLD order.
    public var removed: [Article] = []
    /// Numbers on both sides whose texts are unrelated: reported as removed + added.
    public var reusedNumbers: Set<String> = []
    public var headingRenames: [HeadingRename] = []
    public var duplicates: [Duplicate] = []

    /// Below this similarity, one number on both sides is two different articles.
    public static let reuseBelow = 0.3
    /// From this similarity, an article gone from OLD and one new in NEW are the same article moved.
    public static let moveAtLeast = 0.6

    /// `byNumber: false` ignores numbers altogether (across a recodification, where a number
    /// says nothing about content): every article is paired by text only.
    public init(old: CodeConsolidation, new: CodeConsolidation, byNumber: Bool = true,
                moveAtLeast: Double = CodeComparison.moveAtLeast) {
        var vocabulary = WordVocabulary()
        var oldIndex: [String: Int] = [:]
        for (i, a) in old.articles.enumerated() { oldIndex[a.number] = i }

        var chosenOld = old.articles, chosenNew = new.articles
        var pairOf: [Int: (old: Int, sim: Double)] = [:]   // new index → old index
        var oldPaired = Set<Int>()
        // Same number, texts not close enough to be sure: the pair competes with text matches.
        var doubtful: [(old: Int, new: Int, sim: Double)] = []
        var sameNumber: [Int: Int] = [:]   // new index → old index of the same number
        if byNumber {
            for (j, a) in new.articles.enumerated() {
                guard let i = oldIndex[a.number] else { continue }
                sameNumber[j] = i
                // Copies of a duplicated number: the closest pair of copies is compared.
                var best: (Article, Article, Double)?
                for o in old.copies(of: a.number, first: old.articles[i]) where best?.2 != 1 {
                    for n in new.copies(of: a.number, first: a) where best?.2 != 1 {
                        // Most articles are unchanged: the same text needs no word count.
                        let s = o.body == n.body ? 1 : vocabulary.similarity(o.body, n.body)
                        if best == nil || s > best!.2 { best = (o, n, s) }
                    }
                }
                let (o, n, s) = best!
                chosenOld[i] = o; chosenNew[j] = n
                if s >= moveAtLeast {
                    pairOf[j] = (i, s); oldPaired.insert(i)
                } else if s >= Self.reuseBelow {
                    doubtful.append((i, j, s))
                }
            }
            for (n, extra) in old.duplicates { duplicates.append(Duplicate(side: .old, article: n, copies: extra.count + 1)) }
            for (n, extra) in new.duplicates { duplicates.append(Duplicate(side: .new, article: n, copies: extra.count + 1)) }
            duplicates.sort { ($0.article, $0.side.rawValue) < ($1.article, $1.side.rawValue) }
        }

        // Leftovers on each side (with both halves of a doubtful number), paired by text; the
        // doubtful same-number pairs compete with the text matches, best similarity first.
        let leftOld = chosenOld.indices.filter { !oldPaired.contains($0) }
        let leftNew = chosenNew.indices.filter { pairOf[$0] == nil }
        var candidates = vocabulary.candidatePairs(old: leftOld.map { chosenOld[$0].body }, new: leftNew.map { chosenNew[$0].body },
                                                   atLeast: moveAtLeast).map { (s: $0.2, old: leftOld[$0.0], new: leftNew[$0.1]) }
        candidates += doubtful.map { (s: $0.sim, old: $0.old, new: $0.new) }
        candidates.sort { $0.s != $1.s ? $0.s > $1.s : ($0.old, $0.new) < ($1.old, $1.new) }
        for c in candidates where pairOf[c.new] == nil && !oldPaired.contains(c.old) {
            pairOf[c.new] = (c.old, c.s); oldPaired.insert(c.old)
        }
        for (j, i) in sameNumber where pairOf[j]?.old != i { reusedNumbers.insert(chosenNew[j].number) }

        for (j, a) in chosenNew.enumerated() {
            if let p = pairOf[j] {
                pairs.append(Pair(old: chosenOld[p.old], new: a, similarity: p.sim))
            } else {
                added.append(a)
            }
        }
        removed = chosenOld.indices.filter { !oldPaired.contains($0) }.map { chosenOld[$0] }
        if byNumber { headingRenames = Self.renames(old: old, new: new, pairs: pairs) }
    }

    /// Headings renamed: a heading at the same place (the same numbers — "Titre V ›
    /// Chapitre II" — from the top) whose words differ, spacing aside. Unless its articles
    /// all left it: then the number was given to a new heading (July 2011: "Titre VI :
    /// Dispositions diverses" became Titre VII, and a new Titre VI took the number).
    static func renames(old: CodeConsolidation, new: CodeConsolidation, pairs: [Pair]) -> [HeadingRename] {
        var hadArticles = Set<[String]>(), stayed = Set<[String]>()
        var keys = HeadingKey.Cache()
        for a in old.articles {
            let k = keys.path(a.path)
            for n in 0...k.count { hadArticles.insert(Array(k.prefix(n))) }
        }
        for p in pairs where !p.sectionMoved {
            let k = keys.path(p.new.path)
            for n in 0...k.count { stayed.insert(Array(k.prefix(n))) }
        }
        var oldByKey: [[String]: String] = [:]
        for h in old.headings { oldByKey[keys.path(h)] = h.last! }
        var out: [HeadingRename] = []
        var seen = Set<[String]>()
        for h in new.headings {
            let k = keys.path(h)
            guard let o = oldByKey[k], HeadingKey.collapse(o) != HeadingKey.collapse(h.last!),
                  !hadArticles.contains(k) || stayed.contains(k), seen.insert(k).inserted else { continue }
            out.append(HeadingRename(parents: Array(h.dropLast()), old: o, new: h.last!))
        }
        return out
    }
}

/// The number part of a heading: "Chapitre III :  Exécution…" → "CHAPITRE III". Two headings
/// with the same key at the same place are one heading, perhaps renamed.
enum HeadingKey {
    static func key(_ title: String) -> String {
        let head = title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? title
        var k = collapse(head).uppercased()
        while k.hasSuffix(".") { k.removeLast() }
        return k
    }

    static func path(_ p: [String]) -> [String] { p.map(key) }

    /// Keys computed once per heading text: a code repeats the same few hundred headings
    /// over a thousand article paths.
    struct Cache {
        var known: [String: String] = [:]
        mutating func path(_ p: [String]) -> [String] {
            p.map { h in
                if let k = known[h] { return k }
                let k = HeadingKey.key(h); known[h] = k; return k
            }
        }
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}

/// Words of article texts as integer ids, for similarity: link targets dropped
/// ("[L. 561-2](#article-l561-2)" reads "L. 561-2"), ASCII case folded, punctuation ignored.
/// Read scalar by scalar with a running hash (no string per word): it runs over every
/// changed article of two 1 MB codes.
public struct WordVocabulary {
    private var ids: [UInt64: Int32] = [:]
    public init() {}

    /// Sorted word ids (a multiset) of a text.
    public mutating func words(_ text: String) -> [Int32] {
        var out: [Int32] = []
        var hash: UInt64 = 0xcbf29ce484222325
        var inWord = false
        func flush() {
            guard inWord else { return }
            if let id = ids[hash] { out.append(id) } else { let id = Int32(ids.count); ids[hash] = id; out.append(id) }
            hash = 0xcbf29ce484222325; inWord = false
        }
        for u in CodeText.unlinked(text).unicodeScalars {
            var v = u.value
            if v < 0x80 {
                let letter = (0x61...0x7A).contains(v) || (0x30...0x39).contains(v)
                if (0x41...0x5A).contains(v) { v += 0x20 } else if !letter { flush(); continue }
            } else if Self.separators.contains(v) {
                flush(); continue
            }
            hash = (hash ^ UInt64(v)) &* 0x100000001b3
            inWord = true
        }
        flush()
        out.sort()
        return out
    }

    /// Spaces, quotes and dashes above ASCII that French legal text uses between words.
    static let separators: Set<UInt32> = [0xA0, 0xAB, 0xBB, 0x2019, 0x2018, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x202F, 0x2009]

    /// Dice coefficient of two word multisets: 1 for the same words, 0 for none shared.
    public mutating func similarity(_ a: String, _ b: String) -> Double {
        Self.dice(words(a), words(b))
    }

    public static func dice(_ a: [Int32], _ b: [Int32]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(2 * shared) / Double(a.count + b.count)
    }

    /// Every pair (old index, new index, similarity) with similarity ≥ `atLeast` among each
    /// NEW text's likeliest OLD texts. Candidates come from an inverted index of the rarer
    /// words, so that two sides of a thousand articles each (a recodification) are not
    /// compared all against all.
    public mutating func candidatePairs(old: [String], new: [String], atLeast: Double) -> [(Int, Int, Double)] {
        guard !old.isEmpty, !new.isEmpty else { return [] }
        let ow = old.map { words($0) }, nw = new.map { words($0) }
        var postings: [Int32: [Int32]] = [:]
        for (i, w) in ow.enumerated() {
            var last: Int32 = -1
            for x in w where x != last { postings[x, default: []].append(Int32(i)); last = x }
        }
        // A word in more than this many OLD articles says little about which one it is.
        let common = max(8, old.count / 20)
        var candidates: [(Int, Int, Double)] = []
        var shared = [Int32](repeating: 0, count: old.count)
        for (j, w) in nw.enumerated() {
            var touched: [Int] = []
            var last: Int32 = -1
            for x in w where x != last {
                last = x
                guard let list = postings[x], list.count <= common else { continue }
                for i in list { if shared[Int(i)] == 0 { touched.append(Int(i)) }; shared[Int(i)] += 1 }
            }
            touched.sort { shared[$0] > shared[$1] }
            for i in touched.prefix(12) {
                let s = Self.dice(ow[i], w)
                if s >= atLeast { candidates.append((i, j, s)) }
            }
            for i in touched { shared[i] = 0 }
            // A short text made only of common words: compare it with every OLD text.
            if touched.isEmpty {
                for i in ow.indices { let s = Self.dice(ow[i], w); if s >= atLeast { candidates.append((i, j, s)) } }
            }
        }
        return candidates
    }
}

/// Markdown links in consolidations: every citation is linked, and a repealed citation loses
/// its link; the words are what count.
public enum CodeText {
    /// "[L. 561-2](#article-l561-2)" → "L. 561-2".
    public static func unlinked(_ s: String) -> String {
        guard s.contains("](") else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "[", let close = s[i...].firstIndex(where: { $0 == "]" || $0 == "\n" }), s[close] == "]",
               s.index(after: close) < s.endIndex, s[s.index(after: close)] == "(",
               let paren = s[s.index(after: close)...].firstIndex(where: { $0 == ")" || $0 == "\n" }), s[paren] == ")" {
                out += s[s.index(after: i)..<close]
                i = s.index(after: paren)
                continue
            }
            out.append(s[i]); i = s.index(after: i)
        }
        return out
    }
}
