-- CDS Hooks (PostgreSQL): the same logical schema as SQLite's.
ALTER TABLE evaluations ADD COLUMN hook_instance text;          -- the hook call's hookInstance (cds-hooks channel)
ALTER TABLE evaluations ADD COLUMN hook text;                   -- patient-view, order-select, order-sign
ALTER TABLE evaluations ADD COLUMN cards bytea;                 -- the cards response exactly as sent (JSON), cds-hooks only

CREATE INDEX ix_evaluations_hook_instance ON evaluations (hook_instance, created_at, id) WHERE hook_instance IS NOT NULL;

CREATE TABLE cds_feedback (
    id uuid PRIMARY KEY,                  -- UUIDv7
    received_at timestamptz NOT NULL,
    service_id text NOT NULL,             -- the CDS service the feedback was posted to
    card_uuid text NOT NULL,              -- the card it answers
    evaluation_id uuid REFERENCES evaluations (id), -- the evaluation that returned the card; NULL when unknown
    outcome text NOT NULL,                -- accepted, overridden
    override_reason bytea,                -- the overrideReason object as received (JSON), when overridden
    accepted_suggestions bytea,           -- the acceptedSuggestions array as received (JSON)
    outcome_timestamp text NOT NULL,      -- outcomeTimestamp as sent by the EHR
    body bytea NOT NULL                   -- the feedback item exactly as received (JSON)
);

CREATE INDEX ix_cds_feedback_card ON cds_feedback (card_uuid, received_at);

CREATE TABLE token_ids (
    issuer text NOT NULL,                 -- the JWT's iss
    jti text NOT NULL,                    -- the JWT's jti
    expires_at timestamptz NOT NULL,      -- the JWT's exp; the row may go after
    PRIMARY KEY (issuer, jti)
);

CREATE INDEX ix_token_ids_expires ON token_ids (expires_at);
