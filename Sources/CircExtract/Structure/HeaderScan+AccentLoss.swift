import CircText

/// A document site's text layer that dropped every letter outside ASCII: "Mesdames et
/// Messieurs les procureurs gnraux prs les cours d'appel", "tribunal suprieur dappel",
/// "auprs dEUROJUST" (the accented letters and the curly apostrophe are gone, the straight
/// one stays). The words are no OCR damage a single edit repairs ("gnraux" lost two
/// letters, "prs" is too short), yet each is a vocabulary word with some of the letters an
/// accent may sit on taken out. Read only when the header shows the loss on several words,
/// so a text with a stray misspelling keeps its words.
struct AccentLoss: Sendable {
    struct File: Decodable {
        let deletable: [String]
        let elisions: [String]
        let minWords: Int
    }

    /// Letters a folded vocabulary word keeps where the original bore an accent (é → e, ç → c).
    let deletable: Set<Character>
    /// Elided words whose apostrophe went with the accents ("dappel" → "d'" "appel").
    let elisions: [String]
    /// How many distinct words of the header must show the loss before any is restored.
    let minWords: Int
    /// The vocabulary words (four letters or more) by their skeleton, the letters left once
    /// the deletable ones are out: "generaux" and "gnraux" both read "gnrx".
    var bySkeleton: [String: [String]] = [:]
    /// Every word the restoration may give back (the header vocabulary and its links).
    var vocabulary: Set<String> = []

    init(_ f: File?) {
        deletable = Set((f?.deletable ?? []).compactMap(\.first))
        elisions = f?.elisions ?? []
        minWords = f?.minWords ?? .max
    }

    mutating func index(_ words: Set<String>) {
        vocabulary = words
        for x in words where x.count >= 4 && x.allSatisfy({ $0.isASCII && $0.isLetter }) {
            bySkeleton[skeleton(x), default: []].append(x)
        }
    }

    func skeleton(_ x: String) -> String { String(x.filter { !deletable.contains($0) && $0 != "y" }) }

    /// The vocabulary word `x` is with one to three deletable letters taken out, when only one
    /// word (up to its gender and number) is: "gnraux" → "generaux", "gnral" → "general"
    /// (not "generale"), "prs" → "pres". The shortest such form.
    func restored(_ x: String, plurals: [String: String]) -> String? {
        guard x.count >= 3, x.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let found = (bySkeleton[skeleton(x)] ?? []).filter { p in (1...3).contains(p.count - x.count) && dropsDeletable(x, from: p) }
        guard Set(found.map { Self.stem(plurals[$0] ?? $0) }).count == 1 else { return nil }
        return found.min { ($0.count, $0) < ($1.count, $1) }
    }

    /// A word without its plural "s" and feminine or participle "e"s: one key for "general",
    /// "generale", and for "abroges", "abrogees".
    static func stem(_ x: String) -> Substring {
        var y = x[...]
        if y.hasSuffix("s") { y = y.dropLast() }
        for _ in 0..<2 where y.hasSuffix("e") { y = y.dropLast() }
        return y
    }

    /// Whether `x` is `p` with only deletable letters taken out.
    func dropsDeletable(_ x: String, from p: String) -> Bool {
        var xi = x.makeIterator()
        var next = xi.next()
        for c in p {
            if c == next { next = xi.next() } else if !deletable.contains(c) { return false }
        }
        return next == nil
    }

    /// "dappel" → ["d'", "appel"], "dEUROJUST" → ["d'", "eurojust"]: an elided word glued to
    /// the next once its apostrophe was dropped. The rest is a vocabulary word (restored if
    /// need be) opening on a vowel, or the raw word shows the seam, a capital after the
    /// lower-case elision ("lOffice").
    func unglued(_ x: String, raw: String, plurals: [String: String]) -> [String]? {
        for e in elisions where x.hasPrefix(e) && x.count >= e.count + 4 {
            let rest = String(x.dropFirst(e.count))
            guard let v = rest.first, "aeiouh".contains(v) else { continue }
            let seam = raw.dropFirst(e.count).first?.isUppercase == true && raw.first?.isLowercase == true
            if let r = vocabulary.contains(rest) ? rest : restored(rest, plurals: plurals) { return [e + "'", r] }
            if seam { return [e + "'", rest] }
        }
        return nil
    }

    /// The header's words with the lost letters restored, as (words, their tokens), or nil
    /// when fewer than `minWords` distinct words of four letters or more show the loss of an
    /// accented letter (an OCR'd "direct(mrs" is no "maires" that lost its vowels).
    func restore(_ w: [String], _ tok: [Int], raw: (Int) -> String, known: Set<String>, plurals: [String: String]) -> ([String], [Int])? {
        guard minWords < .max else { return nil }
        var found: [String: [String]] = [:]
        var accents = 0
        for (k, x) in w.enumerated() where found[x] == nil && !known.contains(x) && !vocabulary.contains(x) {
            if let r = restored(x, plurals: plurals) {
                found[x] = [r]
                if x.count >= 4 { accents += 1 }
            } else if let u = unglued(x, raw: raw(tok[k]), plurals: plurals) { found[x] = u }
        }
        guard accents >= minWords else { return nil }
        var w2: [String] = [], t2: [Int] = []
        for (k, x) in w.enumerated() {
            for y in found[x] ?? [x] { w2.append(y); t2.append(tok[k]) }
        }
        return (w2, t2)
    }
}

extension HeaderScanner {
    /// Whether the window's words keep their accented letters: three words holding one (a
    /// letter of Latin-1 or Latin Extended-A) show it. A copy that lost them has none, or one in
    /// the site's own furniture; only then is the restoration — a skeleton and a lookup per
    /// unknown word, a fifth of the header's cost — tried.
    static func keepsAccents(_ tt: TokenizedText, _ tok: [Int]) -> Bool {
        var words = 0
        for i in tok {
            let t = tt.tokens[i]
            guard t.kind == .word else { continue }
            for s in Int(t.start)..<Int(t.end) where (0xC0...0x17F).contains(tt.text.scalars[s].value) {
                words += 1
                break
            }
            if words >= 3 { return true }
        }
        return false
    }
}
