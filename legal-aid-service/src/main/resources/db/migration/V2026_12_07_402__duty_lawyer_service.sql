-- 值班律师 (法律援助法第30条, DESIGN §10.2): services given by the duty lawyers the legal aid office stations at the
-- detention centre, the court and the procuratorate, entered as day figures of a place and kind. County-wide entries
-- (township_code NULL) count for the county only. Measure duty_lawyer_services: the sum of count by date.
CREATE TABLE duty_lawyer_service (
    id                  UUID PRIMARY KEY,
    version             BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    township_code       VARCHAR(9),
    date                DATE         NOT NULL,
    place               TEXT         NOT NULL CHECK (place IN ('DETENTION_CENTER', 'COURT', 'PROCURATORATE')),
    kind                TEXT         NOT NULL CHECK (kind IN ('ADVICE', 'PLEA_WITNESS', 'OTHER')),
    count               INTEGER      NOT NULL CHECK (count >= 1),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    created_by          TEXT         NOT NULL,
    create_fingerprint  TEXT         NOT NULL,
    change_txid         BIGINT       NOT NULL DEFAULT 0,
    change_seq          BIGINT       NOT NULL DEFAULT 0
);
-- the list (county first, default sort date desc, ties by id) and the township figures of …/stats
CREATE INDEX duty_lawyer_service_list_county ON duty_lawyer_service (county_code, date, id);
CREATE INDEX duty_lawyer_service_township_date ON duty_lawyer_service (township_code, date);
CREATE INDEX duty_lawyer_service_change ON duty_lawyer_service (change_txid, change_seq);
CREATE TRIGGER duty_lawyer_service_track_change BEFORE INSERT OR UPDATE ON duty_lawyer_service
    FOR EACH ROW EXECUTE FUNCTION track_change();
