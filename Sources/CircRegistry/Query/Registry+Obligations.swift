import GRDB

extension Registry {
    /// Obligations matching every filter, oldest document first, in text order.
    public func obligations(_ filter: ObligationFilter) throws -> [ObligationRow] {
        let plan = try obligationPlan(filter)
        return try read { db in
            let (sql, args) = plan.statement(driver: try plan.bestDriver(db))
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map(ObligationRow.init(row:))
        }
    }

    /// The same rows one at a time, read from a cursor: memory stays flat whatever the count.
    public func obligations(_ filter: ObligationFilter, each: (ObligationRow) throws -> Void) throws {
        let plan = try obligationPlan(filter)
        try read { db in
            let (sql, args) = plan.statement(driver: try plan.bestDriver(db))
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
            while let row = try rows.next() { try each(ObligationRow(row: row)) }
        }
    }

    /// The query run with a chosen plan (tests check that every plan gives the same rows).
    func obligations(_ filter: ObligationFilter, driver: Int?) throws -> [ObligationRow] {
        let (sql, args) = try obligationPlan(filter).statement(driver: driver)
        return try read { try Row.fetchAll($0, sql: sql, arguments: StatementArguments(args)).map(ObligationRow.init(row:)) }
    }

    /// The statement without a driver (tests look at it to check that values are bound).
    func obligationSQL(_ f: ObligationFilter) throws -> (String, [(any DatabaseValueConvertible)?]) {
        try obligationPlan(f).statement(driver: nil)
    }

    /// Builds the query. User values go into arguments only; the SQL is made of fixed
    /// fragments and `?` placeholders, whatever the input.
    func obligationPlan(_ f: ObligationFilter) throws -> ObligationPlan {
        var plan = ObligationPlan()
        func add(_ sql: String, _ args: [ObligationPlan.Arg] = []) { plan.clauses.append((sql, args)) }
        func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }

        var current = !f.includeSuperseded
        if let m = f.modality { add("o.modality = ?", [try ObligationFilter.checkChoice(.modality, m, ObligationFilter.modalities)]) }
        if let k = f.kind { add("o.doc_kind = ?", [try ObligationFilter.checkChoice(.kind, k, ObligationFilter.kinds)]) }
        if let s = f.since { add("o.doc_date >= ?", [try ObligationFilter.checkDate(.since, s)]) }
        if let u = f.until { add("o.doc_date <= ?", [try ObligationFilter.checkDate(.until, u)]) }
        if let d = f.doc {
            add("o.document_id = ?", [try requireDocumentID(matching: d)])
            current = false  // naming a document means that document, even an earlier version
        }
        if current { plan.clauses.insert(("o.current = 1", []), at: 0) }
        if let a = f.addressee {
            let slugs = try AddresseeQuery.resolve(a, known: try read(AddresseeQuery.knownSlugs))
            let p = placeholders(slugs.count)
            add("""
                (o.actor IN (\(p)) OR (o.actor = 'addressees' AND EXISTS (SELECT 1 FROM addressees a
                 WHERE a.document_id = o.document_id AND a.role = 'to' AND a.slug IN (\(p)))))
                """, slugs + slugs)
        }
        if let r = f.ref {
            // Date-aware: the citing obligation's document date chooses the numbering (RefQuery).
            let q = try RefQuery.parse(r, asOf: f.asOf)
            if let (cond, args) = q.condition(date: "r.doc_date") {
                let ids = "SELECT DISTINCT r.obligation_id AS oid FROM obligation_refs r WHERE \(cond)"
                add("o.id IN (\(ids))", args)
                plan.drivers.append(.init(sql: ids, args: args))
            } else {
                add("0")
            }
        }
        if let c = f.code {
            let code = c.uppercased().trimmingCharacters(in: .whitespaces)
            guard CodeNames.isCode(code) else {
                throw RegistryError.badFilter(.code, value: c, valid: CodeNames.codes.joined(separator: ", "))
            }
            add("EXISTS (SELECT 1 FROM obligation_refs r WHERE r.obligation_id = o.id AND r.code = ?)", [code])
        }
        if let d = f.deadline {
            let ids: String
            let args: [ObligationPlan.Arg]
            switch try ObligationFilter.parseDeadline(d) {
            case .value(let v):
                ids = "SELECT DISTINCT dl.obligation_id AS oid FROM obligation_deadlines dl WHERE dl.value = ?"
                args = [v]
            case .dateRange(let lo, let hi):
                ids = """
                    SELECT DISTINCT dl.obligation_id AS oid FROM obligation_deadlines dl WHERE dl.value BETWEEN ? AND ?
                     AND dl.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    """
                args = [lo, hi]
            }
            add("o.id IN (\(ids))", args)
            plan.drivers.append(.init(sql: ids, args: args))
        }
        if let s = f.search {
            if let expr = FrenchSearchText.matchExpression(s) {
                let ids = "SELECT rowid AS oid FROM obligation_fts WHERE obligation_fts MATCH ?"
                add("o.id IN (\(ids))", [expr])
                plan.drivers.append(.init(sql: ids, args: [expr]))
            } else {
                add("0")  // nothing searchable in the words given: nothing matches
            }
        }
        if let l = f.limit, l < 0 {
            throw RegistryError.badFilter(.limit, value: String(l), valid: "a number of rows, 0 or more (0: no limit)")
        }
        plan.limit = f.limit
        return plan
    }
}
