import CircContract
import CircLexicon

/// What `--ref` asks for: the canonical ids to match exactly, the bare articles to match in
/// any code, and — for a CESEDA article — the numbering(s) it is read in.
///
/// Why readings: the 2021 recodification reused numbers for unrelated rules (the new
/// L. 741-1 is the old L. 551-1; the old L. 741-1 is asylum). "L551-1" means one article
/// in a circular of 2017 and another in one of 2023. A citation is therefore translated only
/// across the day the renumbering took effect, in the direction of the citing document's
/// date: read in the old numbering, "L551-1" is matched as written in documents dated before
/// 1 May 2021 and as its new number(s) in documents dated from then on; read in the new
/// numbering, the other way round. A number that exists in both numberings is searched in
/// both, and each passage says which reading found it. Where the table has no translation
/// the reading says so (`incomplete`) instead of guessing; inferred pairs nobody confirmed
/// are listed as hints, never searched.
public struct RefQuery: Equatable, Sendable {
    public var ids: [String] = []
    public var anyCodeArticles: [String] = []
    public var readings: [Reading] = []
    public var input: String = ""

    /// One reading of a CESEDA article number.
    public struct Reading: Equatable, Sendable {
        public enum Numbering: String, Sendable, Codable {
            /// The numbering in force before `effective`.
            case before
            /// The numbering in force from `effective`.
            case since
            /// Documents with no date: the number as written, numbering unknown.
            case undated
        }
        public var numbering: Numbering
        public var code: String
        /// The number as queried.
        public var article: String
        public var effective: String
        /// Numbers matched in documents dated before `effective`.
        public var before: [String]
        /// Numbers matched in documents dated on or after `effective`.
        public var since: [String]
        /// Sources of the translations used (sourced table, or a juriste's confirmation).
        public var sources: [String]
        /// True when the table gives no number on the other side of `effective`: documents
        /// there were not searched for this article.
        public var incomplete: Bool
        /// Inferred pairs nobody confirmed: shown, not searched.
        public var unconfirmed: [InferredPair]

        /// `before-2021-05-01`, `since-2021-05-01`, `undated`: the passages' `numbering` field.
        public var label: String { numbering == .undated ? "undated" : "\(numbering.rawValue)-\(effective)" }
    }

    public static let validForms =
        "a canonical id (CESEDA:L742-5, CPP:720, loi:2024-42, circulaire:2019-08-16) or an article as written (\"L. 742-5\", \"article L742-5 du CESEDA\")"

    /// The renumbering table, loaded once; nil when the lexicon is missing, so a query then
    /// finds the numbering it was given only.
    public static let renumbering: CesedaRenumbering? = {
        guard let store = try? LexiconStore.locate() else { return nil }
        return try? CesedaRenumbering.load(from: store)
    }()

    /// The article lists of the code versions (which numbering holds a number), loaded once.
    public static let articleLists: CodeArticleLists? = {
        guard let store = try? LexiconStore.locate() else { return nil }
        return try? CodeArticleLists.load(from: store, knownCodes: Set(CodeNames.codes))
    }()

    /// `asOf`: read a CESEDA number in the numbering in force on that day only.
    public static func parse(_ raw: String, renumbering: CesedaRenumbering? = RefQuery.renumbering,
                             asOf: String? = nil, articleLists: CodeArticleLists? = RefQuery.articleLists) throws -> RefQuery {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var q = RefQuery(input: text)
        let bad = RegistryError.badFilter(.reference, value: raw, valid: validForms)
        if let asOf, !DateText.isISODate(asOf) {
            throw RegistryError.badFilter(.asOf, value: asOf, valid: "a date YYYY-MM-DD")
        }
        let ctx = Context(renumbering: renumbering, asOf: asOf, lists: articleLists)
        if let colon = text.firstIndex(of: ":"), !text.contains(" ") {
            let prefix = String(text[..<colon])
            let rest = String(text[text.index(after: colon)...])
            guard !prefix.isEmpty, !rest.isEmpty else { throw bad }
            if CodeNames.isCode(prefix.uppercased()) {
                q.addArticle(code: prefix.uppercased(), article: ArticleNumber.canonical(rest), ctx)
            } else {
                q.ids = [text]
            }
            return q
        }
        if let law = lawID(text) { q.ids = [law]; return q }
        guard let article = articleNumber(in: text) else { throw bad }
        if let code = CodeNames.find(in: text) {
            q.addArticle(code: code, article: article, ctx)
        } else {
            // No code named: that article of any code; the CESEDA's by its numbering(s).
            q.anyCodeArticles = [article]
            q.readings = Self.readings(article, ctx)
        }
        return q
    }

    /// "CESEDA:L571-1", "article L. 571-1 du CESEDA" → ("CESEDA", "L571-1"); nil when no code
    /// or no article number is named.
    public static func codeArticle(_ raw: String) -> (code: String, article: String)? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let colon = text.firstIndex(of: ":"), !text.contains(" ") {
            let code = text[..<colon].uppercased(), rest = String(text[text.index(after: colon)...])
            guard CodeNames.isCode(code), !rest.isEmpty else { return nil }
            return (code, ArticleNumber.canonical(rest))
        }
        guard let code = CodeNames.find(in: text), let a = articleNumber(in: text) else { return nil }
        return (code, a)
    }

    struct Context {
        var renumbering: CesedaRenumbering?
        var asOf: String?
        var lists: CodeArticleLists?
    }

    private mutating func addArticle(code: String, article: String, _ ctx: Context) {
        // The CPP's legislative part has no letter: "L. 720 du code de procédure pénale" is CPP:720.
        var art = article
        if code == "CPP", art.hasPrefix("L"), !art.hasPrefix("LO"), art.dropFirst().first?.isNumber == true {
            art.removeFirst()
        }
        if code == "CESEDA" {
            readings = Self.readings(art, ctx)
        } else {
            ids = ["\(code):\(art)"]
        }
    }

    /// The readings of a CESEDA number: the numbering `asOf` falls in; else each numbering
    /// whose versions hold the number (both when they both do, or when no list says); and
    /// documents without a date, by the number as written.
    static func readings(_ article: String, _ ctx: Context) -> [Reading] {
        let effective = ctx.renumbering?.effective ?? "2021-05-01"
        var numberings: [Reading.Numbering]
        if let asOf = ctx.asOf {
            numberings = [asOf < effective ? .before : .since]
        } else if let versions = ctx.lists?.versions["CESEDA"] {
            let holding = versions.filter { $0.articles.contains(article) }
            let old = holding.contains { $0.date.iso < effective }, new = holding.contains { $0.date.iso >= effective }
            numberings = old == new ? [.before, .since] : old ? [.before] : [.since]
        } else {
            numberings = [.before, .since]
        }
        var out: [Reading] = []
        for n in numberings {
            var r = Reading(numbering: n, code: "CESEDA", article: article, effective: effective, before: [], since: [],
                            sources: [], incomplete: false, unconfirmed: [])
            let table = ctx.renumbering
            if n == .before {
                r.before = [article]
                r.since = table?.newNumbers(forOld: article) ?? []
                r.unconfirmed = table?.unconfirmedNew(forOld: article) ?? []
                r.incomplete = r.since.isEmpty
                if let e = table?.entry(forOld: article) { r.sources = [e.source] }
            } else {
                r.since = [article]
                r.before = table?.oldNumbers(forNew: article) ?? []
                r.unconfirmed = table?.unconfirmedOld(forNew: article) ?? []
                r.incomplete = r.before.isEmpty
                r.sources = r.before.compactMap { table?.entry(forOld: $0)?.source }
            }
            r.sources = Array(Set(r.sources)).sorted()
            out.append(r)
        }
        out.append(Reading(numbering: .undated, code: "CESEDA", article: article, effective: effective, before: [article],
                           since: [], sources: [], incomplete: false, unconfirmed: []))
        return out
    }

    /// One part of the query as SQL over a references table `r` (`ref_id`, `article`, `code`)
    /// and a document date column: the exact ids and any-code articles (label nil), then one
    /// part per reading. Values go into arguments only.
    public struct Part {
        public var label: String?
        public var sql: String
        public var args: [String]
    }

    /// `undatedIsEmpty`: the date column holds '' rather than NULL for an undated document
    /// (`ref_passages`); `table` is the alias of the references table.
    func parts(date: String, undatedIsEmpty: Bool = false, table r: String = "r") -> [Part] {
        func list(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }
        let undated = undatedIsEmpty ? "\(date) = ''" : "\(date) IS NULL"
        let datedBefore = undatedIsEmpty ? "\(date) <> '' AND \(date) < ?" : "\(date) < ?"
        var out: [Part] = []
        var alts: [String] = [], args: [String] = []
        if !ids.isEmpty { alts.append("\(r).ref_id IN (\(list(ids.count)))"); args += ids }
        if !anyCodeArticles.isEmpty {
            // The CESEDA's own are the readings' business when there are readings.
            if readings.isEmpty {
                alts.append("\(r).article IN (\(list(anyCodeArticles.count)))"); args += anyCodeArticles
            } else {
                alts.append("(\(r).article IN (\(list(anyCodeArticles.count))) AND (\(r).code IS NULL OR \(r).code <> ?))")
                args += anyCodeArticles + [readings[0].code]
            }
        }
        if !alts.isEmpty { out.append(Part(label: nil, sql: "(" + alts.joined(separator: " OR ") + ")", args: args)) }
        for rd in readings {
            var a: [String] = [], x: [String] = []
            let before = rd.before.map { "\(rd.code):\($0)" }, since = rd.since.map { "\(rd.code):\($0)" }
            if rd.numbering == .undated {
                a.append("(\(undated) AND \(r).ref_id IN (\(list(before.count))))"); x += before
            } else {
                if !before.isEmpty { a.append("(\(datedBefore) AND \(r).ref_id IN (\(list(before.count))))"); x += [rd.effective] + before }
                if !since.isEmpty { a.append("(\(date) >= ? AND \(r).ref_id IN (\(list(since.count))))"); x += [rd.effective] + since }
            }
            guard !a.isEmpty else { continue }
            out.append(Part(label: rd.label, sql: "(" + a.joined(separator: " OR ") + ")", args: x))
        }
        return out
    }

    /// Every part joined: the whole query as one condition.
    func condition(date: String) -> (sql: String, args: [String])? {
        let p = parts(date: date)
        guard !p.isEmpty else { return nil }
        return ("(" + p.map(\.sql).joined(separator: " OR ") + ")", p.flatMap(\.args))
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
