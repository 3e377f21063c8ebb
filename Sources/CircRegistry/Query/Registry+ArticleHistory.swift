import CircContract
import CircLexicon
import Foundation
import GRDB

/// `circ history --article CESEDA:L571-1`: every version of the code in the registry in
/// which that article's text changed, followed across its numbers — a move inside the code
/// (the registry's `code_links`, found by text when the versions were stored) or the 2021
/// recodification (the renumbering table's sourced or confirmed pairs only; where the table
/// has no pair, the history stops there and says so).
public struct ArticleHistory: Codable, Sendable {
    public struct Step: Codable, Sendable {
        public enum Change: String, Codable, Sendable {
            /// In the first version of the code the registry holds (earlier history unknown).
            case present
            /// New in this version (`note` says when its number held another article before).
            case added
            case modified
            /// Another number in this version (a move in the code); `previousArticle` is the old one.
            case renumbered
            /// Across the recodification: `previousArticle` is the old number, `source` the table's.
            case recodified
            /// No longer in this version.
            case removed
        }
        public var change: Change
        public var documentID: Int64
        public var date: String?
        /// Its number in this version (the last number it had, for `removed`).
        public var article: String
        public var previousArticle: String?
        public var path: [String]
        /// Its text in this version (nil when removed).
        public var text: String?
        /// Its text in the version before, when it changed (for the redline).
        public var previousText: String?
        /// Word similarity to the previous text, for a move found by text.
        public var similarity: Double?
        public var source: String?
        public var note: String?
        /// Inferred pairs nobody confirmed, where the table had none (hints, not followed).
        public var unconfirmed: [InferredPair]?
    }

    public var code: String
    public var article: String
    /// For a code that was recodified: the numbering the number is read in
    /// (`before-2021-05-01`, `since-2021-05-01`); nil otherwise.
    public var numbering: String?
    /// Versions of the code in the registry.
    public var versions: Int
    /// Oldest first.
    public var steps: [Step]
    /// Passages citing the article in documents that are not code versions.
    public var citations: Int
}

extension Registry {
    /// The history of one article of a code, one per numbering that holds the number: a
    /// recodification reuses numbers (the CESEDA's L. 571-1 before 2021 and after are two
    /// articles), so each era's article is followed from its own last version. A single
    /// history with no steps when no stored version holds the number (`versions` and
    /// `citations` then say why).
    public func articleHistories(code rawCode: String, article rawArticle: String,
                                 renumbering: CesedaRenumbering? = RefQuery.renumbering) throws -> [ArticleHistory] {
        let code = rawCode.uppercased(), article = ArticleNumber.canonical(rawArticle)
        return try read { db in
            let chain = try Row.fetchAll(db, sql: "SELECT id, date FROM documents WHERE code = ? ORDER BY date, id", arguments: [code])
                .map { (id: $0["id"] as Int64, date: $0["date"] as String? ?? "") }
            let citations = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM doc_references r JOIN documents d ON d.id = r.document_id
                WHERE r.ref_id = ? AND d.kind <> 'code'
                """, arguments: ["\(code):\(article)"]) ?? 0
            let empty = ArticleHistory(code: code, article: article, numbering: nil, versions: chain.count, steps: [], citations: citations)
            var walker = HistoryWalker(db: db, code: code, chain: chain, renumbering: renumbering)
            let holding = try walker.copies(article)
            // Eras: split at the recodification when the code has one.
            let effective = Recodification.effective(code: code)
            var anchors: [(label: String?, index: Int)] = []
            if let e = effective {
                if let k = chain.indices.last(where: { chain[$0].date < e && holding[chain[$0].id] != nil }) { anchors.append(("before-\(e)", k)) }
                if let k = chain.indices.last(where: { chain[$0].date >= e && holding[chain[$0].id] != nil }) { anchors.append(("since-\(e)", k)) }
            } else if let k = chain.indices.last(where: { holding[chain[$0].id] != nil }) {
                anchors.append((nil, k))
            }
            guard !anchors.isEmpty else { return [empty] }
            return try anchors.map { a in
                var h = empty
                h.numbering = a.label
                h.steps = try walker.backward(from: a.index, article).reversed() + walker.forward(from: a.index, article)
                return h
            }
        }
    }
}

/// Walks a code's chain of versions from one version of an article, back to where it came
/// from and forward to where it went.
struct HistoryWalker {
    typealias Step = ArticleHistory.Step
    struct Copy { var path: [String]; var text: String; var words: String }

    let db: Database
    let code: String
    let chain: [(id: Int64, date: String)]
    let renumbering: CesedaRenumbering?
    private var cache: [String: [Int64: Copy]] = [:]

    init(db: Database, code: String, chain: [(id: Int64, date: String)], renumbering: CesedaRenumbering?) {
        self.db = db; self.code = code; self.chain = chain; self.renumbering = renumbering
    }

    /// The article's copies by version (one query per number, cached).
    mutating func copies(_ number: String) throws -> [Int64: Copy] {
        if let c = cache[number] { return c }
        var out: [Int64: Copy] = [:]
        let ids = Set(chain.map(\.id))
        for r in try Row.fetchAll(db, sql: """
            SELECT a.document_id, a.path, t.text FROM code_articles a JOIN article_texts t ON t.id = a.text_id
            WHERE a.article = ?
            """, arguments: [number]) where ids.contains(r["document_id"]) {
            let text: String = r["text"]
            out[r["document_id"]] = Copy(path: CodePath.split(r["path"]), text: text, words: Self.words(text))
        }
        cache[number] = out
        return out
    }

    /// Compared as read: link targets and spacing are not changes (as in the code diff).
    static func words(_ text: String) -> String {
        CodeText.unlinked(text).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    mutating func lastIndex(holding number: String) throws -> Int? {
        let c = try copies(number)
        return chain.indices.last { c[chain[$0].id] != nil }
    }

    func link(newDocument: Int64, article: String) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT kind, old_article, similarity FROM code_links WHERE new_document = ? AND new_article = ?",
                         arguments: [newDocument, article])
    }

    func movedOut(oldDocument: Int64, article: String) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT new_article, similarity FROM code_links WHERE old_document = ? AND old_article = ? AND kind = 'moved'",
                         arguments: [oldDocument, article])
    }

    func step(_ change: Step.Change, _ i: Int, _ number: String, _ copy: Copy?, previous: Copy? = nil) -> Step {
        Step(change: change, documentID: chain[i].id, date: chain[i].date, article: number, previousArticle: nil,
             path: copy?.path ?? [], text: copy?.text, previousText: previous?.text, similarity: nil, source: nil, note: nil,
             unconfirmed: nil)
    }

    /// From version `k` back: the steps, newest first.
    mutating func backward(from k: Int, _ start: String) throws -> [Step] {
        var out: [Step] = []
        var i = k, n = start
        while true {
            let cur = try copies(n)
            guard let here = cur[chain[i].id] else { break }
            guard i > 0 else { out.append(step(.present, i, n, here)); break }
            let prev = chain[i - 1]
            if let effective = Recodification.between(code: code, prev.date, chain[i].date) {
                let olds = renumbering?.oldNumbers(forNew: n) ?? []
                var s = step(.recodified, i, n, here)
                if let o = olds.first, let before = try copies(o)[prev.id] {
                    s.previousArticle = o
                    s.previousText = before.words == here.words ? nil : before.text
                    s.source = renumbering?.entry(forOld: o)?.source
                    if olds.count > 1 { s.note = "also from \(olds.dropFirst().joined(separator: ", "))" }
                    out.append(s); n = o; i -= 1; continue
                }
                s.note = olds.isEmpty ? "incomplete-table: no old number known for \(n) (recodification of \(effective))"
                                      : "old number \(olds[0]) not in the version of \(prev.date)"
                let hints = renumbering?.unconfirmedOld(forNew: n) ?? []
                s.unconfirmed = hints.isEmpty ? nil : hints
                out.append(s); break
            }
            if let l = try link(newDocument: chain[i].id, article: n) {
                let kind: String = l["kind"]
                if kind == "moved", let o: String = l["old_article"], let before = try copies(o)[prev.id] {
                    var s = step(.renumbered, i, n, here, previous: before.words == here.words ? nil : before)
                    s.previousArticle = o; s.similarity = l["similarity"]
                    out.append(s); n = o; i -= 1; continue
                }
                if kind == "reused" {
                    var s = step(.added, i, n, here)
                    let went = try movedOut(oldDocument: prev.id, article: n).map { ($0["new_article"] as String) }
                    s.note = "reused-number: before \(chain[i].date) the number held another article" + (went.map { ", now \($0)" } ?? "")
                    out.append(s); break
                }
            }
            guard let before = cur[prev.id] else { out.append(step(.added, i, n, here)); break }
            if before.words != here.words { out.append(step(.modified, i, n, here, previous: before)) }
            i -= 1
        }
        return out
    }

    /// From version `k` forward: the steps, oldest first.
    mutating func forward(from k: Int, _ start: String) throws -> [Step] {
        var out: [Step] = []
        var i = k, n = start
        while i + 1 < chain.count {
            guard let here = try copies(n)[chain[i].id] else { break }
            let next = chain[i + 1]
            if let effective = Recodification.between(code: code, chain[i].date, next.date) {
                let news = renumbering?.newNumbers(forOld: n) ?? []
                if let o = news.first, let after = try copies(o)[next.id] {
                    var s = step(.recodified, i + 1, o, after, previous: after.words == here.words ? nil : here)
                    s.previousArticle = n
                    s.source = renumbering?.entry(forOld: n)?.source
                    if news.count > 1 { s.note = "also to \(news.dropFirst().joined(separator: ", "))" }
                    out.append(s); n = o; i += 1; continue
                }
                var s = step(.recodified, i + 1, n, nil)
                s.note = news.isEmpty ? "incomplete-table: no new number known for \(n) (recodification of \(effective))"
                                      : "new number \(news[0]) not in the version of \(next.date)"
                let hints = renumbering?.unconfirmedNew(forOld: n) ?? []
                s.unconfirmed = hints.isEmpty ? nil : hints
                out.append(s); break
            }
            if let m = try movedOut(oldDocument: chain[i].id, article: n), let to: String = m["new_article"],
               let after = try copies(to)[next.id] {
                var s = step(.renumbered, i + 1, to, after, previous: after.words == here.words ? nil : here)
                s.previousArticle = n; s.similarity = m["similarity"]
                out.append(s); n = to; i += 1; continue
            }
            let reused = try link(newDocument: next.id, article: n).map { ($0["kind"] as String) == "reused" } ?? false
            guard let after = try copies(n)[next.id], !reused else {
                var s = step(.removed, i + 1, n, nil)
                s.path = here.path
                out.append(s); break
            }
            if after.words != here.words { out.append(step(.modified, i + 1, n, after, previous: here)) }
            i += 1
        }
        return out
    }
}
