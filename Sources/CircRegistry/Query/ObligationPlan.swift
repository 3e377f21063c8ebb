import Foundation
import GRDB

/// An obligations query, and how to run it fast. Two plans answer the same question:
/// walking obligations in date order (an index) and testing each filter, which stops as soon
/// as `--limit` rows are found — best when matches are dense; or starting from the rows a
/// selective filter names (a reference, a deadline, a search term: their own index) and
/// sorting those — best when matches are rare. SQLite cannot know which without statistics
/// that go stale, so `bestDriver` counts the candidates first (an index count, cheap) and
/// chooses.
struct ObligationPlan {
    typealias Arg = (any DatabaseValueConvertible)?

    /// A filter that can name its obligation ids on its own.
    struct Driver {
        var sql: String
        var args: [Arg]
    }

    var clauses: [(sql: String, args: [Arg])] = []
    var drivers: [Driver] = []
    var limit: Int?

    /// The statement, started from `driver` when given (a CROSS JOIN fixes the loop order).
    func statement(driver: Int?) -> (String, [Arg]) {
        var sql = ObligationRow.selectSQL
        var args: [Arg] = []
        if let d = driver {
            sql = sql.replacingOccurrences(
                of: "FROM obligations o JOIN",
                with: "FROM (\(drivers[d].sql)) AS hit CROSS JOIN obligations o ON o.id = hit.oid JOIN")
            args += drivers[d].args
        }
        if !clauses.isEmpty {
            sql += "\nWHERE " + clauses.map(\.sql).joined(separator: "\n  AND ")
            args += clauses.flatMap(\.args)
        }
        sql += "\nORDER BY o.doc_date, o.document_id, o.ord"
        if let l = limit, l > 0 { sql += "\nLIMIT ?"; args.append(l) }
        return (sql, args)
    }

    /// The driver to start from, or nil for the date-order walk. The walk visits about
    /// `limit × total / hits` rows, the driven plan about `hits` rows plus a sort.
    func bestDriver(_ db: Database) throws -> Int? {
        guard !drivers.isEmpty else { return nil }
        var best: (index: Int, hits: Int)?
        for (i, d) in drivers.enumerated() {
            let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(d.sql))", arguments: StatementArguments(d.args)) ?? 0
            if best == nil || n < best!.hits { best = (i, n) }
        }
        guard let best else { return nil }
        let total = try Int.fetchOne(db, sql: "SELECT max(id) FROM obligations") ?? 0
        let walk = (limit ?? 0) > 0 ? min(total, limit! * total / max(best.hits, 1)) : total
        return best.hits * 2 < walk ? best.index : nil
    }
}
