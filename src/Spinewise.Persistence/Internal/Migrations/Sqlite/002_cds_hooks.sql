-- CDS Hooks (SQLite): the hook call an evaluation answered, the cards it returned, the EHR's feedback on them, and
-- the JWT ids already accepted (so that a token cannot be replayed within its lifetime).
ALTER TABLE evaluations ADD COLUMN hook_instance TEXT;          -- the hook call's hookInstance (cds-hooks channel)
ALTER TABLE evaluations ADD COLUMN hook TEXT;                   -- patient-view, order-select, order-sign
ALTER TABLE evaluations ADD COLUMN cards BLOB;                  -- the cards response exactly as sent (JSON), cds-hooks only

CREATE INDEX ix_evaluations_hook_instance ON evaluations (hook_instance, created_at, id) WHERE hook_instance IS NOT NULL;

CREATE TABLE cds_feedback (
    id TEXT PRIMARY KEY,                  -- UUIDv7, canonical lower-case form
    received_at INTEGER NOT NULL,         -- microseconds since 1970-01-01T00:00:00Z
    service_id TEXT NOT NULL,             -- the CDS service the feedback was posted to
    card_uuid TEXT NOT NULL,              -- the card it answers
    evaluation_id TEXT REFERENCES evaluations (id), -- the evaluation that returned the card; NULL when unknown
    outcome TEXT NOT NULL,                -- accepted, overridden
    override_reason BLOB,                 -- the overrideReason object as received (JSON), when overridden
    accepted_suggestions BLOB,            -- the acceptedSuggestions array as received (JSON)
    outcome_timestamp TEXT NOT NULL,      -- outcomeTimestamp as sent by the EHR
    body BLOB NOT NULL                    -- the feedback item exactly as received (JSON)
);

CREATE INDEX ix_cds_feedback_card ON cds_feedback (card_uuid, received_at);

CREATE TABLE token_ids (
    issuer TEXT NOT NULL,                 -- the JWT's iss
    jti TEXT NOT NULL,                    -- the JWT's jti
    expires_at INTEGER NOT NULL,          -- the JWT's exp, microseconds since 1970-01-01T00:00:00Z; the row may go after
    PRIMARY KEY (issuer, jti)
);

CREATE INDEX ix_token_ids_expires ON token_ids (expires_at);
