-- Screening jobs (SQLite): population screenings of FHIR Bulk Data exports run by the web app's replicas
-- (docs/api.md, ADR 016). A replica claims a queued job with one UPDATE … WHERE state = 'queued', renews its lease
-- while it runs, and any replica fails a job whose lease has expired.
CREATE TABLE screening_jobs (
    id TEXT PRIMARY KEY,                  -- UUIDv7, canonical lower-case form
    created_at INTEGER NOT NULL,          -- microseconds since 1970-01-01T00:00:00Z
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    export TEXT NOT NULL,                 -- the export folder: full path, symbolic links resolved
    as_of TEXT,                           -- yyyy-MM-dd; NULL for the day the job runs
    shard TEXT NOT NULL,                  -- I/N (0/1: every patient)
    formats TEXT NOT NULL,                -- the per-patient files: ndjson, csv or ndjson,csv
    report TEXT NOT NULL,                 -- the report folder the job writes
    owner TEXT,                           -- the replica running it (NULL unless running)
    attempts INTEGER NOT NULL DEFAULT 0,  -- how many times a replica claimed it
    started_at INTEGER,                   -- when the last claim started it
    finished_at INTEGER,                  -- when it succeeded, failed or was cancelled
    updated_at INTEGER NOT NULL,          -- the last change (progress is written about once a second)
    lease_expires_at INTEGER,             -- while running: the owner's lease; past it, any replica fails the job
    cancel_requested INTEGER NOT NULL DEFAULT 0, -- a cancellation asked for (through any replica)
    bytes_read INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    patients INTEGER NOT NULL DEFAULT 0,
    screened REAL NOT NULL DEFAULT 0,     -- the share of the partitions screened, 0 to 1
    error TEXT,                           -- why it failed, in words
    summary BLOB                          -- summary.json of the report as written, when it succeeded
);

CREATE INDEX ix_screening_jobs_created ON screening_jobs (created_at, id);
CREATE INDEX ix_screening_jobs_state ON screening_jobs (state, created_at, id);
