import GRDB

/// The registry's SQL schema, as GRDB migrations. A migration is never edited once shipped:
/// a change is a new migration plus a bump of `version`, so that an older circ can see
/// (through `PRAGMA user_version`) that a file is newer than it understands and refuse it.
enum RegistrySchema {
    /// Written to `PRAGMA application_id` so that any other SQLite file is recognised as foreign.
    static let applicationID: Int32 = 0x4349_5243  // "CIRC"
    /// Written to `PRAGMA user_version`; the highest version this build understands.
    static let version = 3

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: documents, obligations, references, fts") { db in
            try db.execute(sql: v1)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        // The date-order walk of `ObligationPlan` tests modality, kind and actor on every row
        // it passes; carrying them in the index spares a table lookup per row.
        m.registerMigration("v2: covering order index") { db in
            try db.execute(sql: """
                DROP INDEX obligations_order;
                CREATE INDEX obligations_order ON obligations(current, doc_date, document_id, ord, modality, doc_kind, actor);
                PRAGMA user_version = 2;
                """)
        }
        m.registerMigration("v3: consolidated codes, article history, bounded passages") { db in
            try db.execute(sql: v3)
        }
        return m
    }

    /// Consolidated codes as documents: `documents.code` names the code of a `code` document
    /// (its versions are chained by `superseded_by` in date order); `code_articles` lists each
    /// version's articles, their texts stored once in `article_texts` (most articles do not
    /// change from one version to the next); `code_links` holds what number matching alone
    /// would get wrong between two successive versions — an article moved to another number,
    /// a number reused for new content.
    ///
    /// `ref_passages` answers `refs --ref`: each reference with the sentence around it (cut at
    /// ingest, so a query never reads a document's text) and its document's date, kind, NOR
    /// and currency, stored clustered by reference then date (WITHOUT ROWID), so that the
    /// passages of one article are a few contiguous pages in date order rather than a row
    /// and a document lookup per passage scattered over the file. `doc_date` is '' for an
    /// undated document (a key column cannot be NULL). Rows from a registry made before this
    /// table get a bounded window of the source (`window_start` set) that the query cuts.
    private static let v3 = """
    ALTER TABLE documents ADD COLUMN code TEXT;
    CREATE INDEX documents_code ON documents(code, date);
    -- The document fields an obligation row shows, without reading the document's row (a
    -- page each: its JSON starts there): `ObligationRow.selectSQL` joins through it.
    CREATE INDEX documents_head ON documents(id, nor, subject);
    -- The citing document's date beside each obligation's reference: a date-aware `--ref`
    -- picks its obligations without reading them.
    ALTER TABLE obligation_refs ADD COLUMN doc_date TEXT;
    UPDATE obligation_refs SET doc_date = (SELECT o.doc_date FROM obligations o WHERE o.id = obligation_refs.obligation_id);

    CREATE TABLE ref_passages (
        ref_id TEXT NOT NULL,
        doc_date TEXT NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        code TEXT,
        article TEXT,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        doc_kind TEXT NOT NULL,
        doc_nor TEXT,
        current INTEGER NOT NULL,
        passage TEXT NOT NULL,
        window_start INTEGER,
        PRIMARY KEY (ref_id, doc_date, document_id, ord)
    ) WITHOUT ROWID;
    CREATE INDEX ref_passages_article ON ref_passages(article);
    CREATE INDEX ref_passages_doc ON ref_passages(document_id);
    INSERT INTO ref_passages
        SELECT r.ref_id, coalesce(d.date, ''), r.document_id, r.ord, r.code, r.article, r.kind, r.text, r.span_start, r.span_end,
               d.kind, d.nor, d.superseded_by IS NULL,
               coalesce(substr(s.text, max(1, r.span_start - 199), r.span_end - r.span_start + 400), r.text), max(0, r.span_start - 199)
        FROM doc_references r JOIN documents d ON d.id = r.document_id LEFT JOIN sources s ON s.document_id = d.id;

    CREATE TABLE article_texts (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL
    );
    CREATE TABLE code_articles (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        article TEXT NOT NULL,
        heading TEXT NOT NULL,
        path TEXT NOT NULL,
        text_id INTEGER NOT NULL REFERENCES article_texts(id)
    );
    CREATE INDEX code_articles_article ON code_articles(article, document_id);
    CREATE INDEX code_articles_doc ON code_articles(document_id, ord);
    CREATE TABLE code_links (
        old_document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        new_document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        old_article TEXT NOT NULL,
        new_article TEXT,
        similarity REAL
    );
    CREATE INDEX code_links_new ON code_links(new_article, new_document);
    CREATE INDEX code_links_old ON code_links(old_article, old_document);
    CREATE INDEX code_links_pair ON code_links(old_document, new_document);
    PRAGMA user_version = 3;
    """

    /// Documents are stored whole (`json`, `sources.text`) and also split into tables for
    /// queries. Obligations repeat their document's date, kind and currency (`current`) so
    /// that the common query — filter, order by date, limit — walks one index.
    private static let v1 = """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        nor TEXT,
        kind TEXT NOT NULL,
        date TEXT,
        emitter TEXT,
        signatory TEXT,
        subject TEXT,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        length INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        superseded_by INTEGER REFERENCES documents(id),
        ingested_at TEXT NOT NULL,
        obligation_count INTEGER NOT NULL,
        json TEXT NOT NULL
    );
    CREATE INDEX documents_nor ON documents(nor);
    CREATE INDEX documents_date ON documents(date);

    CREATE TABLE sources (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        text TEXT NOT NULL
    );

    CREATE TABLE addressees (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        slug TEXT NOT NULL,
        role TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX addressees_doc ON addressees(document_id, role, slug);
    CREATE INDEX addressees_slug ON addressees(slug);

    CREATE TABLE doc_references (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        ref_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        code TEXT,
        article TEXT,
        text TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL
    );
    CREATE INDEX doc_references_doc ON doc_references(document_id);
    CREATE INDEX doc_references_ref ON doc_references(ref_id);
    CREATE INDEX doc_references_article ON doc_references(article);

    CREATE TABLE deadlines (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        value TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        strict INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL
    );
    CREATE INDEX deadlines_doc ON deadlines(document_id);

    CREATE TABLE obligations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        doc_date TEXT,
        doc_kind TEXT NOT NULL,
        current INTEGER NOT NULL DEFAULT 1,
        text TEXT NOT NULL,
        section TEXT,
        modality TEXT NOT NULL,
        marker TEXT,
        actor TEXT,
        condition TEXT,
        emphasis INTEGER NOT NULL,
        reported INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        refs_json TEXT NOT NULL,
        deadlines_json TEXT NOT NULL,
        footnotes_json TEXT NOT NULL
    );
    CREATE INDEX obligations_doc ON obligations(document_id, ord);
    CREATE INDEX obligations_order ON obligations(current, doc_date, document_id, ord);
    CREATE INDEX obligations_modality ON obligations(modality);
    CREATE INDEX obligations_actor ON obligations(actor);

    CREATE TABLE obligation_refs (
        obligation_id INTEGER NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
        ref_id TEXT NOT NULL,
        code TEXT,
        article TEXT
    );
    CREATE INDEX obligation_refs_ob ON obligation_refs(obligation_id);
    CREATE INDEX obligation_refs_ref ON obligation_refs(ref_id);
    CREATE INDEX obligation_refs_article ON obligation_refs(article);
    CREATE INDEX obligation_refs_code ON obligation_refs(code);

    CREATE TABLE obligation_deadlines (
        obligation_id INTEGER NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
        value TEXT NOT NULL
    );
    CREATE INDEX obligation_deadlines_ob ON obligation_deadlines(obligation_id);
    CREATE INDEX obligation_deadlines_value ON obligation_deadlines(value);

    -- Contentless: the text is in `obligations`; this holds the folded, stemmed words only.
    CREATE VIRTUAL TABLE obligation_fts USING fts5(
        stems, content='', tokenize='unicode61 remove_diacritics 2'
    );
    """
}
