import CircExtract
import CircReader
import Foundation
import GRDB

/// Storing a consolidated code: its articles, its place in the code's chain of versions, and
/// the links (moves, reused numbers) to its neighbours in that chain.
///
/// Versions arrive in any order (ingest runs on every core), so each store re-derives the
/// chain from the dates rather than appending: the versions of one code are ordered by date,
/// each superseded by the next, numbered 1…n; the links of the two pairs around the new
/// version are computed and those of the pair it now separates are dropped.
extension Registry {
    /// Returns the new version's number in the chain and the version before it.
    func insertCodeVersion(_ db: Database, id: Int64, code: CodeVersion) throws -> (version: Int, previous: Int64?) {
        let chain = try Row.fetchAll(db, sql: "SELECT id, date FROM documents WHERE code = ? ORDER BY date, id", arguments: [code.code])
            .map { (id: $0["id"] as Int64, date: $0["date"] as String? ?? "") }
        guard let k = chain.firstIndex(where: { $0.id == id }) else { return (1, nil) }
        let previous = k > 0 ? chain[k - 1] : nil
        let next = k + 1 < chain.count ? chain[k + 1] : nil

        // A number listed twice is stored once, as its last copy: in the consolidations at hand
        // the earlier copy is the wording the number had before (R. 733-8 in 2014-03-09 lists
        // "Le recours est adressé…", the 2011 text, then "La cour adresse…", the text of every
        // later version). A fixed rule, so the stored text does not depend on the ingest order.
        let articles = code.consolidation.articles.map { code.consolidation.duplicates[$0.number]?.last ?? $0 }
        let neighbour = try previous.map { try storedConsolidation(db, documentID: $0.id) }
        try insertArticles(db, documentID: id, articles)

        // The chain, in date order.
        let update = try db.cachedStatement(sql: "UPDATE documents SET version = ?, superseded_by = ? WHERE id = ?")
        let current = try db.cachedStatement(sql: "UPDATE ref_passages SET current = ? WHERE document_id = ? AND current <> ?")
        for (i, v) in chain.enumerated() {
            let last = i + 1 == chain.count
            try update.execute(arguments: [i + 1, last ? nil : chain[i + 1].id, v.id])
            try current.execute(arguments: [last, v.id, last])
        }

        // Links around the new version.
        if let p = previous, let n = next {
            try db.execute(sql: "DELETE FROM code_links WHERE old_document = ? AND new_document = ?", arguments: [p.id, n.id])
        }
        let mine = CodeConsolidation(articles: articles)
        if let p = previous {
            try insertLinks(db, code: code.code, old: (p.id, p.date, neighbour ?? storedConsolidation(db, documentID: p.id)),
                            new: (id, code.date, mine))
        }
        if let n = next {
            try insertLinks(db, code: code.code, old: (id, code.date, mine), new: (n.id, n.date, try storedConsolidation(db, documentID: n.id)))
        }
        return (k + 1, previous?.id)
    }

    private func insertArticles(_ db: Database, documentID: Int64, _ articles: [CodeConsolidation.Article]) throws {
        let text = try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_texts (sha256, text) VALUES (?, ?)")
        let textID = try db.cachedStatement(sql: "SELECT id FROM article_texts WHERE sha256 = ?")
        let art = try db.cachedStatement(sql: """
            INSERT INTO code_articles (document_id, ord, article, heading, path, text_id) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (i, a) in articles.enumerated() {
            let digest = SourceDocument.digest(Array(a.body.utf8))
            try text.execute(arguments: [digest, a.body])
            guard let tid = try Int64.fetchOne(textID, arguments: [digest]) else { continue }
            try art.execute(arguments: [documentID, i, a.number, a.heading, CodePath.join(a.path), tid])
        }
    }

    /// Moves and reused numbers between two successive versions. None across a
    /// recodification: there numbers say nothing, and a text match is only an inferred
    /// concordance (kept in its own data file, used once a juriste confirms it).
    private func insertLinks(_ db: Database, code: String, old: (id: Int64, date: String, c: CodeConsolidation),
                             new: (id: Int64, date: String, c: CodeConsolidation)) throws {
        if Recodification.between(code: code, old.date, new.date) != nil { return }
        let cmp = CodeComparison(old: old.c, new: new.c)
        let link = try db.cachedStatement(sql: """
            INSERT INTO code_links (old_document, new_document, kind, old_article, new_article, similarity) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for p in cmp.pairs where p.renumbered {
            try link.execute(arguments: [old.id, new.id, "moved", p.old.number, p.new.number, p.similarity])
        }
        for n in cmp.reusedNumbers.sorted() {
            try link.execute(arguments: [old.id, new.id, "reused", n, n, nil])
        }
    }

    /// A stored version's articles, in code order.
    func storedConsolidation(_ db: Database, documentID: Int64) throws -> CodeConsolidation {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.article, a.heading, a.path, t.text FROM code_articles a JOIN article_texts t ON t.id = a.text_id
            WHERE a.document_id = ? ORDER BY a.ord
            """, arguments: [documentID])
        var out: [CodeConsolidation.Article] = []
        while let r = try rows.next() {
            out.append(.init(number: r["article"], heading: r["heading"], path: CodePath.split(r["path"]), body: r["text"]))
        }
        return CodeConsolidation(articles: out)
    }
}

/// Headings stored as one text: "Partie législative › Livre V › …".
enum CodePath {
    static let separator = " › "
    static func join(_ p: [String]) -> String { p.joined(separator: separator) }
    static func split(_ s: String) -> [String] { s.isEmpty ? [] : s.components(separatedBy: separator) }
}

/// The recodifications the registry knows (the CESEDA's of 1 May 2021, from the
/// renumbering table's `effective`): which pair of dates straddles one.
enum Recodification {
    /// The day the code's numbering changed, for a code that has a renumbering table.
    static func effective(code: String) -> String? {
        code == "CESEDA" ? RefQuery.renumbering?.effective ?? "2021-05-01" : nil
    }

    static func between(code: String, _ a: String, _ b: String) -> String? {
        guard let effective = effective(code: code) else { return nil }
        let (lo, hi) = a <= b ? (a, b) : (b, a)
        return lo < effective && hi >= effective ? effective : nil
    }
}
