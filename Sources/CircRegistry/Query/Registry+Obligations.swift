import GRDB

extension Registry {
    /// Obligations matching every filter, oldest document first, in text order.
    public func obligations(_ filter: ObligationFilter) throws -> [ObligationRow] {
        let (sql, args) = try obligationSQL(filter)
        return try read { db in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map(ObligationRow.init(row:)) }
    }

    /// Builds the statement. User values go into `args` only; `sql` is made of fixed
    /// fragments and `?` placeholders, whatever the input.
    func obligationSQL(_ f: ObligationFilter) throws -> (String, [(any DatabaseValueConvertible)?]) {
        var clauses: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }

        if !f.includeSuperseded { clauses.append("o.current = 1") }
        if let m = f.modality {
            clauses.append("o.modality = ?"); args.append(try ObligationFilter.checkChoice("--modality", m, ObligationFilter.modalities))
        }
        if let k = f.kind {
            clauses.append("o.doc_kind = ?"); args.append(try ObligationFilter.checkChoice("--kind", k, ObligationFilter.kinds))
        }
        if let s = f.since { clauses.append("o.doc_date >= ?"); args.append(try ObligationFilter.checkDate("--since", s)) }
        if let u = f.until { clauses.append("o.doc_date <= ?"); args.append(try ObligationFilter.checkDate("--until", u)) }
        if let d = f.doc {
            clauses.append("o.document_id = ?"); args.append(try requireDocumentID(matching: d))
            // Naming a document means that document, even an earlier version.
            clauses.removeAll { $0 == "o.current = 1" }
        }
        if let a = f.addressee {
            let slugs = try AddresseeQuery.resolve(a, known: try read(AddresseeQuery.knownSlugs))
            let p = placeholders(slugs.count)
            clauses.append("""
                (o.actor IN (\(p)) OR (o.actor = 'addressees' AND EXISTS (SELECT 1 FROM addressees a
                 WHERE a.document_id = o.document_id AND a.role = 'to' AND a.slug IN (\(p)))))
                """)
            args += slugs + slugs
        }
        if let r = f.ref {
            let q = try RefQuery.parse(r)
            var alts: [String] = []
            if !q.ids.isEmpty { alts.append("r.ref_id IN (\(placeholders(q.ids.count)))"); args += q.ids }
            if !q.anyCodeArticles.isEmpty {
                alts.append("r.article IN (\(placeholders(q.anyCodeArticles.count)))"); args += q.anyCodeArticles
            }
            clauses.append("EXISTS (SELECT 1 FROM obligation_refs r WHERE r.obligation_id = o.id AND (\(alts.joined(separator: " OR "))))")
        }
        if let c = f.code {
            let code = c.uppercased().trimmingCharacters(in: .whitespaces)
            guard CodeNames.isCode(code) else {
                throw RegistryError.badFilter(option: "--code", value: c, valid: CodeNames.codes.joined(separator: ", "))
            }
            clauses.append("EXISTS (SELECT 1 FROM obligation_refs r WHERE r.obligation_id = o.id AND r.code = ?)")
            args.append(code)
        }
        if let d = f.deadline {
            switch try ObligationFilter.parseDeadline(d) {
            case .value(let v):
                clauses.append("EXISTS (SELECT 1 FROM obligation_deadlines dl WHERE dl.obligation_id = o.id AND dl.value = ?)")
                args.append(v)
            case .dateRange(let lo, let hi):
                clauses.append("""
                    EXISTS (SELECT 1 FROM obligation_deadlines dl WHERE dl.obligation_id = o.id
                     AND dl.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND dl.value BETWEEN ? AND ?)
                    """)
                args += [lo, hi]
            }
        }
        if let s = f.search {
            if let expr = FrenchSearchText.matchExpression(s) {
                clauses.append("o.id IN (SELECT rowid FROM obligation_fts WHERE obligation_fts MATCH ?)")
                args.append(expr)
            } else {
                clauses.append("0")  // nothing searchable in the words given: nothing matches
            }
        }
        if let l = f.limit, l < 0 {
            throw RegistryError.badFilter(option: "--limit", value: String(l), valid: "a number of rows, 0 or more (0: no limit)")
        }
        var sql = ObligationRow.selectSQL
        if !clauses.isEmpty { sql += "\nWHERE " + clauses.joined(separator: "\n  AND ") }
        sql += "\nORDER BY o.doc_date, o.document_id, o.ord"
        if let l = f.limit, l > 0 { sql += "\nLIMIT ?"; args.append(l) }
        return (sql, args)
    }
}
