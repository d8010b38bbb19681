-- Community correction (社区矫正): persons under correction (社区矫正对象) and released persons (刑满释放人员,
-- 安置帮教). Names and ID numbers are personal data: stored encrypted (AES-GCM, v1:… text) with a keyed hash of the
-- ID number for exact search (?idNumber=). The histories an action appends to (classifications, admonitions,
-- warnings, leaves, monitoring periods, check-ins, missing periods, re-offences, assistance visits) are JSON arrays
-- on the record: they are read and written with it, and the stats query the two period arrays directly.

CREATE SEQUENCE subject_no_seq;

CREATE TABLE subject (
    id                    UUID PRIMARY KEY,
    version               BIGINT       NOT NULL,
    county_code           VARCHAR(6)   NOT NULL,
    township_code         VARCHAR(9)   NOT NULL,
    subject_no            TEXT         NOT NULL,
    name_encrypted        TEXT         NOT NULL,
    id_number_encrypted   TEXT         NOT NULL,
    id_number_hash        TEXT         NOT NULL,
    gender                TEXT         NOT NULL,
    birth_date            DATE         NOT NULL,
    -- under 18 on judgment_effective_on (未成年社区矫正对象); kept for the ?minor= filter
    minor                 BOOLEAN      NOT NULL,
    ethnicity             TEXT,
    category              TEXT         NOT NULL,
    crime                 TEXT         NOT NULL,
    sentence              TEXT         NOT NULL,
    decision_authority    TEXT         NOT NULL,
    judgment_effective_on DATE         NOT NULL,
    correction_start      DATE         NOT NULL,
    correction_end        DATE         NOT NULL,
    prohibitions          JSONB        NOT NULL DEFAULT '[]'::jsonb,
    supervision_level     TEXT         NOT NULL,
    status                TEXT         NOT NULL,
    received_on           DATE         NOT NULL,
    report_due_on         DATE         NOT NULL,
    reported_on           DATE,
    report_type           TEXT,
    classifications       JSONB        NOT NULL DEFAULT '[]'::jsonb,
    admonitions           JSONB        NOT NULL DEFAULT '[]'::jsonb,
    warnings              JSONB        NOT NULL DEFAULT '[]'::jsonb,
    warning_count         INTEGER      NOT NULL DEFAULT 0,
    leaves                JSONB        NOT NULL DEFAULT '[]'::jsonb,
    monitoring_periods    JSONB        NOT NULL DEFAULT '[]'::jsonb,
    -- approved last day of the latest monitoring period while it is not stopped (null otherwise): the
    -- ?monitoringExpired= filter compares it with today
    monitoring_open_until DATE,
    check_ins             JSONB        NOT NULL DEFAULT '[]'::jsonb,
    missing_periods       JSONB        NOT NULL DEFAULT '[]'::jsonb,
    reoffences            JSONB        NOT NULL DEFAULT '[]'::jsonb,
    reoffended_on         DATE,
    ended_on              DATE,
    termination_reason    TEXT,
    certificate_no        TEXT,
    revocation_reason     TEXT,
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    created_by            TEXT         NOT NULL,
    create_fingerprint    TEXT         NOT NULL,
    change_txid           BIGINT       NOT NULL DEFAULT 0,
    change_seq            BIGINT       NOT NULL DEFAULT 0,
    CHECK (correction_end >= correction_start),
    CHECK (status <> 'ACTIVE' OR reported_on IS NOT NULL),
    CHECK ((status IN ('TERMINATED', 'REVOKED', 'DECEASED')) = (ended_on IS NOT NULL)),
    CHECK (status <> 'TERMINATED' OR (termination_reason IS NOT NULL AND certificate_no IS NOT NULL))
);
CREATE UNIQUE INDEX subject_county_no ON subject (county_code, subject_no);
CREATE INDEX subject_id_hash ON subject (id_number_hash);
CREATE INDEX subject_county_received ON subject (county_code, received_on);
CREATE INDEX subject_township_received ON subject (township_code, received_on);
CREATE INDEX subject_county_status ON subject (county_code, status);
CREATE INDEX subject_change ON subject (change_txid, change_seq);
CREATE TRIGGER subject_track_change BEFORE INSERT OR UPDATE ON subject
    FOR EACH ROW EXECUTE FUNCTION track_change();

CREATE TABLE released_person (
    id                       UUID PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    county_code              VARCHAR(6)   NOT NULL,
    township_code            VARCHAR(9)   NOT NULL,
    name_encrypted           TEXT         NOT NULL,
    id_number_encrypted      TEXT         NOT NULL,
    id_number_hash           TEXT         NOT NULL,
    gender                   TEXT         NOT NULL,
    birth_date               DATE         NOT NULL,
    -- under 18 on released_on
    minor                    BOOLEAN      NOT NULL,
    released_on              DATE         NOT NULL,
    releasing_institution    TEXT,
    crime                    TEXT,
    status                   TEXT         NOT NULL,
    connected_on             DATE,
    placed_on                DATE,
    placement                TEXT,
    assistances              JSONB        NOT NULL DEFAULT '[]'::jsonb,
    closed_on                DATE,
    close_reason             TEXT,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL,
    created_by               TEXT         NOT NULL,
    create_fingerprint       TEXT         NOT NULL,
    change_txid              BIGINT       NOT NULL DEFAULT 0,
    change_seq               BIGINT       NOT NULL DEFAULT 0,
    CHECK (status = 'REGISTERED' OR connected_on IS NOT NULL),
    CHECK (status NOT IN ('PLACED', 'CLOSED') OR (placed_on IS NOT NULL AND placement IS NOT NULL)),
    CHECK (status <> 'CLOSED' OR closed_on IS NOT NULL)
);
CREATE INDEX released_person_id_hash ON released_person (id_number_hash);
CREATE INDEX released_person_county_released ON released_person (county_code, released_on);
CREATE INDEX released_person_township_released ON released_person (township_code, released_on);
CREATE INDEX released_person_change ON released_person (change_txid, change_seq);
CREATE TRIGGER released_person_track_change BEFORE INSERT OR UPDATE ON released_person
    FOR EACH ROW EXECUTE FUNCTION track_change();
