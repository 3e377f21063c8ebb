import CircContract
import Foundation
import GRDB

/// An instruction registry: one SQLite file (WAL mode) holding each ingested document whole
/// and split into tables for queries. Opening never alters a file that is not a circ
/// registry of a version we understand: the checks run on a read-only connection first.
public final class Registry: Sendable {
    public let path: String
    public let readOnly: Bool
    /// The pool for writers (ingest); a read-only queue for query commands, so that a
    /// query can never take the write lock and never blocks an ingest running beside it.
    let db: any DatabaseWriter

    /// How long a second writer waits for the first (two ingests at once) before giving up.
    static let busyTimeout: TimeInterval = 60

    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        self.readOnly = readOnly
        let state = try Self.inspect(path: path)
        if readOnly {
            guard state == .registry else { throw RegistryError.notFound(path: path) }
            var config = Self.configuration()
            config.readonly = true
            db = try Self.mapErrors(path) { try DatabaseQueue(path: path, configuration: config) }
            return
        }
        let pool = try Self.mapErrors(path) { try DatabasePool(path: path, configuration: Self.configuration()) }
        try Self.migrate(pool, path: path)
        db = pool
    }

    /// Reads `PRAGMA application_id` and `user_version` through a read-only connection.
    enum FileState { case absent, empty, registry }

    static func inspect(path: String) throws -> FileState {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { return .absent }
        if isDir.boolValue { throw RegistryError.notADatabase(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RegistryError.sqlite(path: path, message: "cannot be read (permission denied?)")
        }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if head.isEmpty { return .empty }
        guard head == Data("SQLite format 3\0".utf8) else { throw RegistryError.notADatabase(path: path) }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        let (appID, userVersion, objects): (Int32, Int, Int) = try mapErrors(path) {
            let q = try DatabaseQueue(path: path, configuration: config)
            defer { try? q.close() }
            return try q.read { db in
                (Int32(truncatingIfNeeded: try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0),
                 try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                 // GRDB commits its bookkeeping table before the first migration: a file
                 // that holds only that table is one another circ is creating right now.
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE tbl_name <> 'grdb_migrations'") ?? 0)
            }
        }
        if appID != RegistrySchema.applicationID {
            // A file killed (or still being created) before its first migration committed
            // is ours and empty.
            if objects == 0 { return .empty }
            throw RegistryError.foreignDatabase(path: path)
        }
        if userVersion > RegistrySchema.version {
            throw RegistryError.newerSchema(path: path, found: userVersion, supported: RegistrySchema.version)
        }
        return .registry
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        // Fault-injection hook for the "disk full" test: caps the file at N pages.
        let cap = ProcessInfo.processInfo.environment["CIRC_TEST_MAX_PAGE_COUNT"].flatMap(Int.init)
        config.prepareDatabase { db in
            // WAL + NORMAL survives a killed process intact; only a power cut can lose the last commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if let cap { try db.execute(sql: "PRAGMA max_page_count = \(cap)") }
        }
        return config
    }

    /// Runs the migrator. Two processes creating the same new file can both see it
    /// unmigrated; the loser's CREATE fails after waiting for the winner's lock, and a
    /// second pass then finds the migrations applied.
    static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = RegistrySchema.migrator
        var attempt = 0
        while true {
            do {
                try mapErrors(path) { try migrator.migrate(pool) }
                return
            } catch let e as RegistryError {
                attempt += 1
                if attempt >= 3 { throw e }
                if case .sqlite = e { continue }
                throw e
            }
        }
    }

    /// Turns SQLite failures into one-line `RegistryError`s.
    static func mapErrors<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as DatabaseError {
            throw translate(e, path: path)
        }
    }

    static func translate(_ e: DatabaseError, path: String) -> RegistryError {
        switch e.resultCode {
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .sqlite(path: path, message: "the registry file is damaged (\(e.message ?? "corrupt"))")
        case .SQLITE_CANTOPEN: return .sqlite(path: path, message: "cannot open the registry (missing folder or no permission)")
        case .SQLITE_BUSY: return .sqlite(path: path, message: "the registry stayed locked by another process for \(Int(busyTimeout)) s")
        default: return .sqlite(path: path, message: e.message ?? "\(e.resultCode)")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapErrors(path) { try db.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapErrors(path) { try db.write(body) }
    }

    // MARK: - Documents

    /// The document a user names: a registry id (`12`), a NOR (`INTK2428339J`, newest
    /// version), a date (`2024-10-28`) or a sha256 prefix (8+ hex digits). Nil when none
    /// matches; throws `ambiguousDocument` when a date or prefix names several.
    public func document(matching key: String) throws -> CircDocument? {
        guard let id = try documentID(matching: key) else { return nil }
        return try document(id: id)
    }

    public func document(id: Int64) throws -> CircDocument? {
        guard let json = try read({ try String.fetchOne($0, sql: "SELECT json FROM documents WHERE id = ?", arguments: [id]) })
        else { return nil }
        return try JSONDecoder().decode(CircDocument.self, from: Data(json.utf8))
    }

    /// Like `document(matching:)` but throws `unknownDocument` rather than returning nil.
    public func requireDocumentID(matching key: String) throws -> Int64 {
        guard let id = try documentID(matching: key) else { throw RegistryError.unknownDocument(key: key) }
        return id
    }

    public func documentID(matching rawKey: String) throws -> Int64? {
        let key = rawKey.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return nil }
        return try read { db -> Int64? in
            if key.allSatisfy(\.isASCII) && key.allSatisfy(\.isNumber), let id = Int64(key) {
                return try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE id = ?", arguments: [id])
            }
            var candidates: [Row] = []
            if DateText.isISODate(key) {
                candidates = try Row.fetchAll(db, sql: """
                    SELECT id, kind, date, superseded_by FROM documents WHERE date = ?
                    ORDER BY superseded_by IS NOT NULL, id DESC
                    """, arguments: [key])
                // Several versions of one NOR on the same date: the current one is meant.
                let current = candidates.filter { ($0["superseded_by"] as Int64?) == nil }
                if current.count == 1 { return current[0]["id"] }
            } else if key.count >= 8, key.count <= 64, key.allSatisfy(\.isHexDigit),
                      key.contains(where: \.isNumber) {
                candidates = try Row.fetchAll(db, sql: "SELECT id, kind, date FROM documents WHERE sha256 LIKE ? ESCAPE '\\'",
                                              arguments: [key.lowercased() + "%"])
            }
            if candidates.isEmpty {
                // A NOR: the newest version wins.
                return try Int64.fetchOne(db, sql: """
                    SELECT id FROM documents WHERE nor = ? ORDER BY superseded_by IS NOT NULL, version DESC LIMIT 1
                    """, arguments: [key.uppercased()])
            }
            if candidates.count == 1 { return candidates[0]["id"] }
            throw RegistryError.ambiguousDocument(key: key, candidates: candidates.prefix(8).map {
                "\($0["id"] as Int64) \($0["kind"] as String? ?? "")"
            })
        }
    }

    /// The document stored with this content digest, if any.
    public func documentID(sha256: String) throws -> Int64? {
        try read { try Int64.fetchOne($0, sql: "SELECT id FROM documents WHERE sha256 = ?", arguments: [sha256]) }
    }

    /// The source text as read, for passages around references and lineage heuristics.
    public func sourceText(documentID: Int64) throws -> String? {
        try read { try String.fetchOne($0, sql: "SELECT text FROM sources WHERE document_id = ?", arguments: [documentID]) }
    }

    /// Obligations stored, all versions.
    public func obligationCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM obligations") ?? 0 }
    }

    /// Pages in the file (size = pages × page size), for size reports and the disk-full test.
    public func pageCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
    }

    /// `PRAGMA integrity_check` lines; `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] {
        try read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    }
}
