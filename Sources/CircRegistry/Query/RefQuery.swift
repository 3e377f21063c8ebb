import CircExtract

/// What `--ref` asks for: the canonical ids to match exactly, and the bare articles to
/// match in any code. "L. 742-5" (no code) means that article of whatever code; CESEDA
/// articles also match their other numbering (before/after the 2021 recodification).
public struct RefQuery: Equatable, Sendable {
    public var ids: [String] = []
    public var anyCodeArticles: [String] = []
    public var input: String = ""

    public static let validForms =
        "a canonical id (CESEDA:L742-5, CPP:720, loi:2024-42, circulaire:2019-08-16) or an article as written (\"L. 742-5\", \"article L742-5 du CESEDA\")"

    /// The renumbering table, loaded once; empty when the lexicon is missing, so a query
    /// then finds the numbering it was given only.
    public static let renumbering: CesedaRenumbering? = {
        guard let store = try? LexiconStore.locate() else { return nil }
        return try? CesedaRenumbering.load(from: store)
    }()

    public static func parse(_ raw: String, renumbering: CesedaRenumbering? = RefQuery.renumbering) throws -> RefQuery {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var q = RefQuery(input: text)
        let bad = RegistryError.badFilter(option: "--ref", value: raw, valid: validForms)
        if let colon = text.firstIndex(of: ":"), !text.contains(" ") {
            let prefix = String(text[..<colon])
            let rest = String(text[text.index(after: colon)...])
            guard !prefix.isEmpty, !rest.isEmpty else { throw bad }
            if CodeNames.isCode(prefix.uppercased()) {
                q.addArticle(code: prefix.uppercased(), article: CesedaRenumbering.canonical(rest), renumbering)
            } else {
                q.ids = [text]
            }
            return q
        }
        if let law = lawID(text) { q.ids = [law]; return q }
        guard let article = articleNumber(in: text) else { throw bad }
        if let code = CodeNames.find(in: text) {
            q.addArticle(code: code, article: article, renumbering)
        } else {
            q.anyCodeArticles = [article]
            // With no code named, the CESEDA's other numbering is a fair guess too.
            for alt in alternates(article, renumbering) where !q.anyCodeArticles.contains(alt) { q.anyCodeArticles.append(alt) }
        }
        return q
    }

    private mutating func addArticle(code: String, article: String, _ renumbering: CesedaRenumbering?) {
        // The CPP's legislative part has no letter: "L. 720 du code de procédure pénale" is CPP:720.
        var art = article
        if code == "CPP", art.hasPrefix("L"), !art.hasPrefix("LO"), art.dropFirst().first?.isNumber == true {
            art.removeFirst()
        }
        ids = ["\(code):\(art)"]
        if code == "CESEDA" {
            for alt in Self.alternates(art, renumbering) where !ids.contains("CESEDA:\(alt)") { ids.append("CESEDA:\(alt)") }
        }
    }

    private static func alternates(_ article: String, _ renumbering: CesedaRenumbering?) -> [String] {
        guard let r = renumbering else { return [] }
        return r.newNumbers(forOld: article) + r.oldNumbers(forNew: article)
    }

    /// "L. 742-5", "L742-5", "article R.146-12", "art. 40" → "L742-5", "R146-12", "40".
    static func articleNumber(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            // Optional prefix letters right before the number (L, LO, R, D, A), with optional ". ".
            guard scalars[i].properties.numericType != nil, scalars[i].isASCII else { i += 1; continue }
            var j = i - 1
            while j >= 0, scalars[j] == " " || scalars[j] == "." || scalars[j] == "\u{00A0}" { j -= 1 }
            var letters = ""
            var k = j
            while k >= 0, scalars[k].isASCII, scalars[k].properties.isAlphabetic, letters.count < 3 { letters = String(scalars[k]) + letters; k -= 1 }
            let wordStart = k < 0 || !scalars[k].properties.isAlphabetic
            let prefix = ["L", "LO", "R", "D", "A"].contains(letters.uppercased()) && wordStart ? letters.uppercased() : ""
            var number = ""
            var m = i
            while m < scalars.count, scalars[m].isASCII, scalars[m].properties.numericType != nil || scalars[m] == "-" {
                number.unicodeScalars.append(scalars[m]); m += 1
            }
            while number.hasSuffix("-") { number.removeLast() }
            // A bare number is an article only when the text says "article" (not a year).
            let folded = FrenchFolding.fold(text)
            if prefix.isEmpty && !(folded.contains("article") || folded.contains("art")) { i = m; continue }
            return prefix + number
        }
        return nil
    }

    /// "loi n° 2024-42", "loi 2024-42" → "loi:2024-42".
    static func lawID(_ text: String) -> String? {
        let words = FrenchFolding.words(text)
        guard let first = words.first, ["loi", "decret", "ordonnance"].contains(first) else { return nil }
        let nums = words.dropFirst().filter { $0.allSatisfy(\.isNumber) }
        guard nums.count >= 2, nums[nums.startIndex].count == 4 else { return nil }
        return "\(first):\(nums[nums.startIndex])-\(nums[nums.startIndex + 1])"
    }
}
