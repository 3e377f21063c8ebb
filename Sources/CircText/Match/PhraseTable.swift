/// The matching kernel's phrase table: multi-word phrases ("code de procédure pénale",
/// "dans un délai de", "cour d'appel") matched token by token on word keys (`Fold.key`), the
/// longest one winning. A phrase is a chain of combined keys (`WordKey.combine`), probed in
/// an open-addressing index: no String is built and no `Hasher` runs on the hot path.
public struct PhraseTable<Value> {
    @usableFromInline var index = KeyIndex()
    /// Per node (a phrase or a proper prefix of one): the value of the phrase ending there.
    @usableFromInline var terminal: [Int32] = []
    /// Per node: as a proper prefix, the single value it leads to (`-2` when ambiguous, `-1`
    /// when the node is no proper prefix).
    @usableFromInline var prefix: [Int32] = []
    @usableFromInline var values: [Value] = []
    /// Phrases by their last key, longest first, for `start(endingAt:)`.
    @usableFromInline var byLast: [UInt64: [[UInt64]]] = [:]
    /// The folded words of the phrases added as words: first ones, last ones, all.
    public private(set) var firstWords: Set<String> = []
    public private(set) var lastWords: Set<String> = []
    public private(set) var allWords: Set<String> = []
    /// The keys phrases may start with.
    public private(set) var firstKeys: Set<UInt64> = []

    public init() {}

    /// Adds a lexicon phrase, split and folded as `LexiconPhrase.words` does.
    public mutating func add(_ phrase: String, _ value: Value) {
        add(words: LexiconPhrase.words(phrase), value)
    }

    /// Adds a phrase given as folded words; an earlier phrase of the same words keeps its value.
    public mutating func add(words: [String], _ value: Value) {
        guard let f = words.first, let l = words.last else { return }
        firstWords.insert(f); lastWords.insert(l); allWords.formUnion(words)
        add(words.map { WordKey.of(folded: $0) }, value, replace: false, sameValue: { _, _ in false })
    }

    /// Adds a phrase given as word keys. `replace`: whether it replaces the value of an
    /// earlier phrase of the same keys; `sameValue` tells when two phrases sharing a prefix
    /// lead to one value (a truncated name still names it, see `match(partial:)`).
    public mutating func add(_ keys: [UInt64], _ value: Value, replace: Bool, sameValue: (Value, Value) -> Bool) {
        guard let last = keys.last else { return }
        firstKeys.insert(keys[0])
        let v = Int32(values.count)
        values.append(value)
        var h = WordKey.seed
        for (n, k) in keys.enumerated() {
            h = WordKey.combine(h, k)
            let node = self.node(h)
            if n == keys.count - 1 {
                if terminal[node] < 0 || replace { terminal[node] = v }
            } else if prefix[node] == -1 {
                prefix[node] = v
            } else if prefix[node] >= 0, !sameValue(values[Int(prefix[node])], value) {
                prefix[node] = -2
            }
        }
        var list = byLast[last, default: []]
        if !list.contains(keys) { list.append(keys) }
        list.sort { $0.count > $1.count }
        byLast[last] = list
    }

    private mutating func node(_ h: UInt64) -> Int {
        if let n = index.get(h) { return n }
        let n = terminal.count
        terminal.append(-1); prefix.append(-1)
        index.insert(h, n)
        return n
    }

    /// Whether a phrase may start with this key.
    @inlinable public func startsPhrase(_ k: UInt64) -> Bool { index.get(WordKey.combine(WordKey.seed, k)) != nil }

    /// The longest phrase starting at token `i` (keys given by `key`, nil to stop): its end
    /// (exclusive token index) and value. With `partial`, a prefix of at least `partial`
    /// tokens that leads to a single value counts too (a truncated code name).
    /// Inlinable so that it is specialized for its value type where it is called (a generic
    /// call across modules looked up the result tuple's type metadata at every token).
    @inlinable
    public func match(from i: Int, limit: Int, partial: Int = 0, key: (Int) -> UInt64?) -> (end: Int, value: Value)? {
        var h = WordKey.seed
        var best = -1, bestValue: Int32 = -1
        var bestPartial = -1, partialValue: Int32 = -1
        var j = i
        while j < limit, let k = key(j) {
            h = WordKey.combine(h, k)
            guard let node = index.get(h) else { break }
            if terminal[node] >= 0 { best = j + 1; bestValue = terminal[node] }
            let p = prefix[node]
            if p == -1 { break }
            if partial > 0, j + 1 - i >= partial, p >= 0 { bestPartial = j + 1; partialValue = p }
            j += 1
        }
        if best >= 0, best >= bestPartial { return (best, values[Int(bestValue)]) }
        if best < 0, bestPartial >= 0 { return (bestPartial, values[Int(partialValue)]) }
        return best >= 0 ? (best, values[Int(bestValue)]) : nil
    }

    /// The start of the longest phrase that ends at token `end` (inclusive).
    @inlinable
    public func start(endingAt end: Int, key: (Int) -> UInt64) -> Int? {
        guard end >= 0, let cands = byLast[key(end)] else { return nil }
        outer: for c in cands where c.count <= end + 1 {
            let start = end + 1 - c.count
            for (k, w) in c.enumerated() where key(start + k) != w { continue outer }
            return start
        }
        return nil
    }
}

/// Open addressing from a 64-bit key to a small index, growing as it fills.
@usableFromInline struct KeyIndex: Sendable {
    @usableFromInline var keys: [UInt64] = [UInt64](repeating: 0, count: 16)
    @usableFromInline var slots: [Int32] = [Int32](repeating: -1, count: 16)
    private var count = 0

    @usableFromInline init() {}

    @inlinable @inline(__always) func get(_ h: UInt64) -> Int? {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: h >> 7) & mask
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            if keys[i] == h { return Int(s) }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ h: UInt64, _ v: Int) {
        if (count + 1) * 2 > keys.count {
            let old = zip(keys, slots).filter { $0.1 >= 0 }
            keys = [UInt64](repeating: 0, count: keys.count * 2)
            slots = [Int32](repeating: -1, count: keys.count)
            count = 0
            for (k, s) in old { insert(k, Int(s)) }
        }
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: h >> 7) & mask
        while slots[i] >= 0 && keys[i] != h { i = (i + 1) & mask }
        if slots[i] < 0 { count += 1 }
        keys[i] = h; slots[i] = Int32(v)
    }
}

/// How a lexicon phrase is split into words: folded (`Fold.string`), at spaces, and after
/// an elision's apostrophe ("d'ici" → "d'", "ici"), the way the tokenizer splits text.
public enum LexiconPhrase {
    public static func words(_ phrase: String) -> [String] {
        var out: [String] = []
        for piece in Fold.string(phrase).split(whereSeparator: { $0 == " " }) {
            var cur = ""
            for ch in piece {
                cur.append(ch)
                if ch == "'" { out.append(cur); cur = "" }
            }
            if !cur.isEmpty { out.append(cur) }
        }
        return out
    }

    /// The folded words of a phrase split at spaces only (an apostrophe stays inside its word).
    public static func spaced(_ phrase: String) -> [String] {
        Fold.string(phrase).split(separator: " ").map(String.init)
    }
}
extension PhraseTable: Sendable where Value: Sendable {}
