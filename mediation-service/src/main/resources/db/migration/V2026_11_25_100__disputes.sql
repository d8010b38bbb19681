-- Disputes (矛盾纠纷), the walking slice; parties, mediators and agreements follow with the full service.
CREATE TABLE dispute (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9)   NOT NULL,
    village_code        VARCHAR(12),
    committee_id        UUID,
    source              TEXT         NOT NULL,
    category            TEXT         NOT NULL,
    mechanism           TEXT,
    summary             TEXT         NOT NULL,
    amount_involved     NUMERIC(14, 2),
    registered_on       DATE         NOT NULL,
    status              TEXT         NOT NULL,
    accepted_on         DATE,
    due_on              DATE,
    closed_on           DATE,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX dispute_township_registered ON dispute (township_code, registered_on);
CREATE INDEX dispute_registered ON dispute (county_code, registered_on);
CREATE INDEX dispute_status ON dispute (status);
CREATE INDEX dispute_change ON dispute (change_txid, change_seq);
CREATE TRIGGER dispute_track_change BEFORE INSERT OR UPDATE ON dispute
    FOR EACH ROW EXECUTE FUNCTION track_change();
