-- The audit trail (SQLite). Times are microseconds since 1970-01-01T00:00:00Z (UTC); ids are lower-case text.
CREATE TABLE knowledge_versions (
    id TEXT PRIMARY KEY,                  -- SHA-256 of the knowledge files, lower-case hexadecimal
    created_at INTEGER NOT NULL,          -- when first stored
    content BLOB NOT NULL                 -- the knowledge files, packed
);

CREATE TABLE evaluations (
    id TEXT PRIMARY KEY,                  -- UUIDv7, canonical lower-case form (sorts as the time it carries)
    created_at INTEGER NOT NULL,
    channel TEXT NOT NULL,                -- api, cds-hooks
    case_id TEXT,
    as_of TEXT NOT NULL,                  -- yyyy-MM-dd
    knowledge_version TEXT NOT NULL REFERENCES knowledge_versions (id),
    input BLOB NOT NULL,                  -- exactly as received
    input_content_type TEXT NOT NULL,
    output_sha256 TEXT NOT NULL,
    output_length INTEGER NOT NULL,
    output_content_type TEXT NOT NULL,
    engine_version TEXT NOT NULL
);

CREATE INDEX ix_evaluations_created ON evaluations (created_at, id);
CREATE INDEX ix_evaluations_case_created ON evaluations (case_id, created_at, id);
