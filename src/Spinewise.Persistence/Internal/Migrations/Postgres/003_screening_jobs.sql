-- Screening jobs (PostgreSQL): the same logical schema as SQLite's (docs/api.md, ADR 016).
CREATE TABLE screening_jobs (
    id uuid PRIMARY KEY,                  -- UUIDv7
    created_at timestamptz NOT NULL,
    state text NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    export text NOT NULL,                 -- the export folder: full path, symbolic links resolved
    as_of date,                           -- NULL for the day the job runs
    shard text NOT NULL,                  -- I/N (0/1: every patient)
    formats text NOT NULL,                -- the per-patient files: ndjson, csv or ndjson,csv
    report text NOT NULL,                 -- the report folder the job writes
    owner text,                           -- the replica running it (NULL unless running)
    attempts integer NOT NULL DEFAULT 0,  -- how many times a replica claimed it
    started_at timestamptz,               -- when the last claim started it
    finished_at timestamptz,              -- when it succeeded, failed or was cancelled
    updated_at timestamptz NOT NULL,      -- the last change (progress is written about once a second)
    lease_expires_at timestamptz,         -- while running: the owner's lease; past it, any replica fails the job
    cancel_requested boolean NOT NULL DEFAULT FALSE, -- a cancellation asked for (through any replica)
    bytes_read bigint NOT NULL DEFAULT 0,
    bytes bigint NOT NULL DEFAULT 0,
    patients bigint NOT NULL DEFAULT 0,
    screened double precision NOT NULL DEFAULT 0,  -- the share of the partitions screened, 0 to 1
    error text,                           -- why it failed, in words
    summary bytea                         -- summary.json of the report as written, when it succeeded
);

CREATE INDEX ix_screening_jobs_created ON screening_jobs (created_at, id);
CREATE INDEX ix_screening_jobs_state ON screening_jobs (state, created_at, id);
