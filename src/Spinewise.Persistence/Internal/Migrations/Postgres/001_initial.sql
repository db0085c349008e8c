-- The audit trail (PostgreSQL): the same logical schema as SQLite's.
CREATE TABLE knowledge_versions (
    id text PRIMARY KEY,                  -- SHA-256 of the knowledge files, lower-case hexadecimal
    created_at timestamptz NOT NULL,      -- when first stored
    content bytea NOT NULL                -- the knowledge files, packed
);

CREATE TABLE evaluations (
    id uuid PRIMARY KEY,                  -- UUIDv7 (sorts as the time it carries)
    created_at timestamptz NOT NULL,
    channel text NOT NULL,                -- api, cds-hooks
    case_id text,
    as_of date NOT NULL,
    knowledge_version text NOT NULL REFERENCES knowledge_versions (id),
    input bytea NOT NULL,                 -- exactly as received
    input_content_type text NOT NULL,
    output_sha256 text NOT NULL,
    output_length bigint NOT NULL,
    output_content_type text NOT NULL,
    engine_version text NOT NULL
);

CREATE INDEX ix_evaluations_created ON evaluations (created_at, id);
CREATE INDEX ix_evaluations_case_created ON evaluations (case_id, created_at, id);
