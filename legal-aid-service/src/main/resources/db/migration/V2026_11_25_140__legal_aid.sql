-- Legal aid (法律援助): applications (申请 → 审查 → 决定 → 指派 → 结案), consultations (法律咨询), workstations
-- (工作站), notarizations (公证) and village legal advisors (村居法律顾问). Every table carries the platform's
-- change-tracking columns for the sync feed.

-- Application numbers (LA-<county>-<year>-<nnnnnn>): one sequence for the service, numbers never reused.
CREATE SEQUENCE application_no_seq;

-- 法律援助申请. The applicant's name, ID number and phone are stored encrypted (AES-GCM, v1:…); applicant_id_hash is
-- the keyed hash (HMAC-SHA-256) of the ID number for exact search (?idNumber=).
CREATE TABLE application (
    id                         UUID PRIMARY KEY,
    version                    BIGINT       NOT NULL,
    county_code                VARCHAR(6)   NOT NULL,
    township_code              VARCHAR(9)   NOT NULL,
    application_no             TEXT         NOT NULL UNIQUE,
    applicant_name             TEXT         NOT NULL,
    applicant_id_number        TEXT         NOT NULL,
    applicant_id_hash          TEXT         NOT NULL,
    applicant_phone            TEXT,
    applicant_groups           JSONB        NOT NULL DEFAULT '[]'::jsonb,
    no_fixed_income            BOOLEAN      NOT NULL DEFAULT FALSE,
    channel                    TEXT         NOT NULL,
    workstation_id             UUID,
    case_type                  TEXT         NOT NULL,
    matter                     TEXT         NOT NULL,
    economic_hardship          TEXT         NOT NULL,
    mandatory_defense_ground   TEXT,
    retrial_acquittal          BOOLEAN      NOT NULL DEFAULT FALSE,
    received_on                DATE         NOT NULL,
    submitted_at               TIMESTAMPTZ,
    forwarded_at               TIMESTAMPTZ,
    forwarded_within_24h       BOOLEAN,
    status                     TEXT         NOT NULL,
    eligible                   BOOLEAN      NOT NULL,
    eligibility_basis          JSONB        NOT NULL DEFAULT '[]'::jsonb,
    eligibility_explanation    TEXT         NOT NULL,
    review_started_on          DATE,
    material_requests          JSONB        NOT NULL DEFAULT '[]'::jsonb,
    waiting_days               INTEGER      NOT NULL DEFAULT 0 CHECK (waiting_days >= 0),
    decision_due_on            DATE         NOT NULL,
    decision                   TEXT,
    decided_on                 DATE,
    decided_within_deadline    BOOLEAN,
    decision_note              TEXT,
    deny_reason                TEXT,
    denied_while_eligible      BOOLEAN      NOT NULL DEFAULT FALSE,
    emergency                  BOOLEAN      NOT NULL DEFAULT FALSE,
    assigned_on                DATE,
    assigned_within_deadline   BOOLEAN,
    provider_kind              TEXT,
    provider_name              TEXT,
    provider_org               TEXT,
    closed_on                  DATE,
    outcome                    TEXT,
    close_note                 TEXT,
    withdrawn_on               DATE,
    withdraw_reason            TEXT,
    created_at                 TIMESTAMPTZ  NOT NULL,
    updated_at                 TIMESTAMPTZ  NOT NULL,
    created_by                 TEXT         NOT NULL,
    create_fingerprint         TEXT         NOT NULL,
    change_txid                BIGINT       NOT NULL DEFAULT 0,
    change_seq                 BIGINT       NOT NULL DEFAULT 0,
    CHECK ((decision IS NULL) = (decided_on IS NULL)),
    CHECK (status <> 'DENIED' OR deny_reason IS NOT NULL),
    CHECK (status <> 'CLOSED' OR (closed_on IS NOT NULL AND outcome IS NOT NULL))
);
CREATE INDEX application_county_received ON application (county_code, received_on);
CREATE INDEX application_township_received ON application (township_code, received_on);
CREATE INDEX application_county_decided ON application (county_code, decided_on);
CREATE INDEX application_township_decided ON application (township_code, decided_on);
CREATE INDEX application_county_closed ON application (county_code, closed_on);
CREATE INDEX application_status ON application (county_code, status);
CREATE INDEX application_id_hash ON application (applicant_id_hash);
CREATE INDEX application_change ON application (change_txid, change_seq);
CREATE TRIGGER application_track_change BEFORE INSERT OR UPDATE ON application
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 法律咨询: a batch count per entry (a busy desk enters "12 consultations today" once).
CREATE TABLE consultation (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9)   NOT NULL,
    village_code        VARCHAR(12),
    date                DATE         NOT NULL,
    channel             TEXT         NOT NULL,
    topic               TEXT         NOT NULL,
    count               INTEGER      NOT NULL CHECK (count >= 1),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX consultation_county_date ON consultation (county_code, date);
CREATE INDEX consultation_township_date ON consultation (township_code, date);
CREATE INDEX consultation_change ON consultation (change_txid, change_seq);
CREATE TRIGGER consultation_track_change BEFORE INSERT OR UPDATE ON consultation
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 法律援助工作站: ACTIVE from opened_on, CLOSED from closed_on (a station closed on a day is not active at its end).
CREATE TABLE workstation (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9)   NOT NULL,
    name                TEXT         NOT NULL,
    kind                TEXT         NOT NULL,
    status              TEXT         NOT NULL,
    opened_on           DATE         NOT NULL,
    closed_on           DATE,
    close_reason        TEXT,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0,
    CHECK (closed_on IS NULL OR closed_on >= opened_on),
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
CREATE INDEX workstation_county_opened ON workstation (county_code, opened_on);
CREATE INDEX workstation_township_opened ON workstation (township_code, opened_on);
CREATE INDEX workstation_change ON workstation (change_txid, change_seq);
CREATE TRIGGER workstation_track_change BEFORE INSERT OR UPDATE ON workstation
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 公证: a count per day and kind; township_code NULL for the county notary office's county-wide figures.
CREATE TABLE notarization (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    date                DATE         NOT NULL,
    kind                TEXT         NOT NULL,
    count               INTEGER      NOT NULL CHECK (count >= 1),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX notarization_county_date ON notarization (county_code, date);
CREATE INDEX notarization_township_date ON notarization (township_code, date);
CREATE INDEX notarization_change ON notarization (change_txid, change_seq);
CREATE TRIGGER notarization_track_change BEFORE INSERT OR UPDATE ON notarization
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 村居法律顾问: an advisor's period in a village or community, from valid_from to valid_to (inclusive; NULL: open).
CREATE TABLE village_advisor (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9)   NOT NULL,
    village_code        VARCHAR(12)  NOT NULL,
    advisor_name        TEXT         NOT NULL,
    firm                TEXT         NOT NULL,
    valid_from          DATE         NOT NULL,
    valid_to            DATE,
    status              TEXT         NOT NULL,
    end_reason          TEXT,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK (status <> 'ENDED' OR valid_to IS NOT NULL)
);
CREATE INDEX village_advisor_county_from ON village_advisor (county_code, valid_from);
CREATE INDEX village_advisor_township_from ON village_advisor (township_code, valid_from);
CREATE INDEX village_advisor_village ON village_advisor (village_code);
CREATE INDEX village_advisor_change ON village_advisor (change_txid, change_seq);
CREATE TRIGGER village_advisor_track_change BEFORE INSERT OR UPDATE ON village_advisor
    FOR EACH ROW EXECUTE FUNCTION track_change();
