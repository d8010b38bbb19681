-- Mediation committees (调委会) and people's mediators (人民调解员) with their trainings (培训).
CREATE TABLE committee (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9)   NOT NULL,
    village_code        VARCHAR(12),
    name                TEXT         NOT NULL,
    type                TEXT         NOT NULL,
    established_on      DATE         NOT NULL,
    filed_on            DATE,
    member_count        INTEGER      NOT NULL CHECK (member_count >= 0),
    status              TEXT         NOT NULL,
    standardized        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- latest 规范化 assessment only; earlier assessments are not kept
    assessed_on         DATE,
    assessment_criteria JSONB,
    dissolved_on        DATE,
    dissolve_reason     TEXT,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0,
    CHECK (status <> 'DISSOLVED' OR dissolved_on IS NOT NULL)
);
-- list filters (every list is within the caller's county) and the stats' stock queries
CREATE INDEX committee_county_established ON committee (county_code, established_on);
CREATE INDEX committee_township_established ON committee (township_code, established_on);
CREATE INDEX committee_county_status ON committee (county_code, status);
CREATE INDEX committee_county_type ON committee (county_code, type);
CREATE INDEX committee_county_standardized ON committee (county_code, standardized);
CREATE INDEX committee_change ON committee (change_txid, change_seq);
CREATE TRIGGER committee_track_change BEFORE INSERT OR UPDATE ON committee
    FOR EACH ROW EXECUTE FUNCTION track_change();

CREATE TABLE mediator (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9)   NOT NULL,
    committee_id        UUID         NOT NULL REFERENCES committee (id),
    name                TEXT         NOT NULL,
    kind                TEXT         NOT NULL,
    traditional         BOOLEAN      NOT NULL DEFAULT FALSE,
    appointed_on        DATE         NOT NULL,
    term_ends_on        DATE,
    status              TEXT         NOT NULL,
    retired_on          DATE,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0,
    CHECK (term_ends_on IS NULL OR term_ends_on >= appointed_on),
    CHECK (status <> 'RETIRED' OR retired_on IS NOT NULL)
);
CREATE INDEX mediator_county_appointed ON mediator (county_code, appointed_on);
CREATE INDEX mediator_township_appointed ON mediator (township_code, appointed_on);
CREATE INDEX mediator_committee_status ON mediator (committee_id, status);
CREATE INDEX mediator_county_status ON mediator (county_code, status);
CREATE INDEX mediator_county_kind ON mediator (county_code, kind);
CREATE INDEX mediator_county_traditional ON mediator (county_code, traditional);
CREATE INDEX mediator_change ON mediator (change_txid, change_seq);
CREATE TRIGGER mediator_track_change BEFORE INSERT OR UPDATE ON mediator
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- A mediator's trainings in the order recorded; appending one bumps the mediator's version (its change is tracked there).
CREATE TABLE mediator_training (
    mediator_id    UUID          NOT NULL REFERENCES mediator (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    training_date  DATE          NOT NULL,
    hours          NUMERIC(4, 1) NOT NULL CHECK (hours > 0 AND hours <= 24),
    topic          TEXT          NOT NULL,
    PRIMARY KEY (mediator_id, position)
);
