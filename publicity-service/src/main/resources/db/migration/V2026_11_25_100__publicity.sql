-- Legal publicity (法治宣传): responsible units (谁执法谁普法), activities (法律七进), SMS campaigns (普法短信) and
-- surveys (知晓率/满意率). Every table carries the platform's change-tracking columns for the sync feed.

-- 谁执法谁普法 责任单位: a county record (township_code always NULL); per year a responsibility list and a planned
-- number of activities, kept as JSON (one element per year).
CREATE TABLE responsible_unit (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    name                TEXT         NOT NULL,
    kind                TEXT         NOT NULL,
    years               JSONB        NOT NULL DEFAULT '[]'::jsonb,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX responsible_unit_county_name ON responsible_unit (county_code, name);
CREATE INDEX responsible_unit_county_kind ON responsible_unit (county_code, kind);
CREATE INDEX responsible_unit_change ON responsible_unit (change_txid, change_seq);
CREATE TRIGGER responsible_unit_track_change BEFORE INSERT OR UPDATE ON responsible_unit
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 法治宣传活动: PLANNED → HELD | CANCELLED; held_on is the planned date while PLANNED, the actual date once HELD.
CREATE TABLE activity (
    id                     UUID PRIMARY KEY,
    version                BIGINT       NOT NULL,
    county_code            VARCHAR(6)   NOT NULL,
    township_code          VARCHAR(9)   NOT NULL,
    village_code           VARCHAR(12),
    title                  TEXT         NOT NULL,
    theme                  TEXT         NOT NULL,
    venue                  TEXT         NOT NULL,
    format                 TEXT         NOT NULL,
    target_groups          JSONB        NOT NULL DEFAULT '[]'::jsonb,
    organizer_unit_id      UUID         NOT NULL REFERENCES responsible_unit (id),
    held_on                DATE         NOT NULL,
    status                 TEXT         NOT NULL,
    participants           INTEGER      CHECK (participants >= 0),
    materials_distributed  INTEGER      CHECK (materials_distributed >= 0),
    correction_count       INTEGER      NOT NULL DEFAULT 0,
    corrected_on           DATE,
    cancelled_on           DATE,
    cancel_reason          TEXT,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    created_by             TEXT         NOT NULL,
    create_fingerprint     TEXT         NOT NULL,
    change_txid            BIGINT       NOT NULL DEFAULT 0,
    change_seq             BIGINT       NOT NULL DEFAULT 0,
    CHECK (status <> 'HELD' OR (participants IS NOT NULL AND materials_distributed IS NOT NULL)),
    CHECK (status <> 'CANCELLED' OR cancelled_on IS NOT NULL)
);
CREATE INDEX activity_county_held ON activity (county_code, held_on);
CREATE INDEX activity_township_held ON activity (township_code, held_on);
CREATE INDEX activity_county_status_held ON activity (county_code, status, held_on);
CREATE INDEX activity_organizer_held ON activity (organizer_unit_id, status, held_on);
CREATE INDEX activity_change ON activity (change_txid, change_seq);
CREATE TRIGGER activity_track_change BEFORE INSERT OR UPDATE ON activity
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 普法短信: township_code NULL for a county-wide campaign.
CREATE TABLE sms_campaign (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    sent_on             DATE         NOT NULL,
    messages_sent       INTEGER      NOT NULL CHECK (messages_sent >= 0),
    theme               TEXT         NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX sms_campaign_county_sent ON sms_campaign (county_code, sent_on);
CREATE INDEX sms_campaign_township_sent ON sms_campaign (township_code, sent_on);
CREATE INDEX sms_campaign_change ON sms_campaign (change_txid, change_seq);
CREATE TRIGGER sms_campaign_track_change BEFORE INSERT OR UPDATE ON sms_campaign
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 普法知晓率/满意率调查.
CREATE TABLE survey (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9)   NOT NULL,
    year                INTEGER      NOT NULL,
    respondents         INTEGER      NOT NULL CHECK (respondents >= 0),
    aware               INTEGER      NOT NULL CHECK (aware >= 0),
    satisfied           INTEGER      NOT NULL CHECK (satisfied >= 0),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0,
    CHECK (aware <= respondents AND satisfied <= respondents)
);
CREATE INDEX survey_county_year ON survey (county_code, year);
CREATE INDEX survey_township_year ON survey (township_code, year);
CREATE INDEX survey_change ON survey (change_txid, change_seq);
CREATE TRIGGER survey_track_change BEFORE INSERT OR UPDATE ON survey
    FOR EACH ROW EXECUTE FUNCTION track_change();
