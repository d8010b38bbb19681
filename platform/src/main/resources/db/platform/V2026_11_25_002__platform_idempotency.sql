-- Idempotency-Key records (DESIGN §3): the first response of a POST, replayed for 24 h.
CREATE TABLE idempotency_record (
    scope         TEXT        NOT NULL,
    idem_key      TEXT        NOT NULL,
    request_hash  TEXT        NOT NULL,
    state         TEXT        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    status        INTEGER,
    content_type  TEXT,
    headers       TEXT,
    body          TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
