-- rule-of-law-service (法治政府建设, DESIGN §13). Every main record carries the platform's tracking columns (version,
-- county/township, timestamps, author, create fingerprint, change_txid/change_seq set by track_change for the sync feed).

-- 行政复议 (行政复议法 2023). A county record (township_code always NULL). The applicant is personal data: encrypted,
-- plus a keyed hash of the ID number for exact search.
CREATE TABLE reconsideration (
    id                        UUID PRIMARY KEY,
    version                   BIGINT       NOT NULL,
    county_code               VARCHAR(6)   NOT NULL,
    township_code             VARCHAR(9),
    applicant_name_encrypted  TEXT         NOT NULL,
    applicant_id_encrypted    TEXT,
    applicant_id_hash         TEXT,
    applicant_phone_encrypted TEXT,
    respondent_agency         TEXT         NOT NULL,
    action_type               TEXT         NOT NULL,
    knew_on                   DATE         NOT NULL,
    applied_on                DATE         NOT NULL,
    acceptance_due_on         DATE         NOT NULL,
    status                    TEXT         NOT NULL,
    accepted_on               DATE,
    rejected_on               DATE,
    reject_reason             TEXT,
    procedure                 TEXT,
    decision_due_on           DATE,
    extension_days            INTEGER,
    extended_on               DATE,
    extension_reason          TEXT,
    decision                  TEXT,
    closed_on                 DATE,
    close_note                TEXT,
    created_at                TIMESTAMPTZ  NOT NULL,
    updated_at                TIMESTAMPTZ  NOT NULL,
    created_by                TEXT         NOT NULL,
    create_fingerprint        TEXT         NOT NULL,
    change_txid               BIGINT       NOT NULL DEFAULT 0,
    change_seq                BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX reconsideration_list ON reconsideration (county_code, applied_on, id);
CREATE INDEX reconsideration_closed ON reconsideration (county_code, closed_on);
CREATE INDEX reconsideration_id_hash ON reconsideration (applicant_id_hash);
CREATE INDEX reconsideration_change ON reconsideration (change_txid, change_seq);
CREATE TRIGGER reconsideration_track_change BEFORE INSERT OR UPDATE ON reconsideration
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 规范性文件合法性审查 and 备案 (三统一). A county record.
CREATE TABLE document_review (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    title               TEXT         NOT NULL,
    drafting_unit       TEXT         NOT NULL,
    received_on         DATE         NOT NULL,
    due_on              DATE         NOT NULL,
    status              TEXT         NOT NULL,
    review_started_on   DATE,
    opinion             TEXT,
    opinion_no          TEXT,
    opinion_issued_on   DATE,
    registration_no     TEXT,
    document_no         TEXT,
    published_on        DATE,
    filed_on            DATE,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX document_review_list ON document_review (county_code, received_on, id);
CREATE INDEX document_review_issued ON document_review (county_code, opinion_issued_on);
CREATE INDEX document_review_change ON document_review (change_txid, change_seq);
CREATE TRIGGER document_review_track_change BEFORE INSERT OR UPDATE ON document_review
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 行政执法人员, with 执法证考试 and trainings as JSON lists (replaced, never changed in place).
CREATE TABLE enforcement_officer (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    name                TEXT         NOT NULL,
    agency              TEXT         NOT NULL,
    certificate_no      TEXT,
    exams               JSONB        NOT NULL DEFAULT '[]',
    trainings           JSONB        NOT NULL DEFAULT '[]',
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX enforcement_officer_list ON enforcement_officer (county_code, township_code, created_at, id);
CREATE INDEX enforcement_officer_change ON enforcement_officer (change_txid, change_seq);
CREATE TRIGGER enforcement_officer_track_change BEFORE INSERT OR UPDATE ON enforcement_officer
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 执法监督检查.
CREATE TABLE enforcement_inspection (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    agency              TEXT         NOT NULL,
    inspected_on        DATE         NOT NULL,
    findings            INTEGER      NOT NULL CHECK (findings >= 0),
    rectified           INTEGER      NOT NULL CHECK (rectified >= 0),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0,
    CHECK (rectified <= findings)
);
CREATE INDEX enforcement_inspection_list ON enforcement_inspection (county_code, inspected_on, id);
CREATE INDEX enforcement_inspection_change ON enforcement_inspection (change_txid, change_seq);
CREATE TRIGGER enforcement_inspection_track_change BEFORE INSERT OR UPDATE ON enforcement_inspection
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 人民陪审员/人民监督员 选任 (a county record).
CREATE TABLE assessor_selection (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    kind                TEXT         NOT NULL,
    year                INTEGER      NOT NULL,
    candidates          INTEGER      NOT NULL CHECK (candidates >= 0),
    selected            INTEGER      NOT NULL CHECK (selected >= 0),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0,
    CHECK (selected <= candidates)
);
CREATE INDEX assessor_selection_list ON assessor_selection (county_code, year, id);
CREATE INDEX assessor_selection_change ON assessor_selection (change_txid, change_seq);
CREATE TRIGGER assessor_selection_track_change BEFORE INSERT OR UPDATE ON assessor_selection
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 荣誉 (a county record).
CREATE TABLE honour (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    level               TEXT         NOT NULL,
    year                INTEGER      NOT NULL,
    title               TEXT         NOT NULL,
    awardee             TEXT         NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX honour_list ON honour (county_code, year, id);
CREATE INDEX honour_change ON honour (change_txid, change_seq);
CREATE TRIGGER honour_track_change BEFORE INSERT OR UPDATE ON honour
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 建设项目 (county-wide or of a township); investment in 万元 with two decimals.
CREATE TABLE project (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    kind                TEXT         NOT NULL,
    name                TEXT         NOT NULL,
    investment          NUMERIC(12, 2) NOT NULL CHECK (investment >= 0),
    completed_on        DATE,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX project_list ON project (county_code, completed_on, id);
CREATE INDEX project_change ON project (change_txid, change_seq);
CREATE TRIGGER project_track_change BEFORE INSERT OR UPDATE ON project
    FOR EACH ROW EXECUTE FUNCTION track_change();

-- 帮扶村: one village's assistance in one year (cadres sent, funds in 万元).
CREATE TABLE assistance_village (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9)   NOT NULL,
    village_code        VARCHAR(12)  NOT NULL,
    year                INTEGER      NOT NULL,
    cadres              INTEGER      NOT NULL CHECK (cadres >= 0),
    funds               NUMERIC(12, 2) NOT NULL CHECK (funds >= 0),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX assistance_village_list ON assistance_village (county_code, township_code, year, id);
CREATE INDEX assistance_village_change ON assistance_village (change_txid, change_seq);
CREATE TRIGGER assistance_village_track_change BEFORE INSERT OR UPDATE ON assistance_village
    FOR EACH ROW EXECUTE FUNCTION track_change();
