-- Audit log of personal-data access (DESIGN §4, §5.2): who read or unmasked which record, when, and why.
CREATE TABLE audit_log (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor        TEXT        NOT NULL,
    role         TEXT        NOT NULL,
    county_code  VARCHAR(6),
    record_type  TEXT        NOT NULL,
    record_id    UUID        NOT NULL,
    action       TEXT        NOT NULL CHECK (action IN ('READ', 'UNMASK', 'EXPORT')),
    purpose      TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_record ON audit_log (record_id, at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
