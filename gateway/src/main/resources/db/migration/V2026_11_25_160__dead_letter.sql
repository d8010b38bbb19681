-- Messages the read model can never apply (not a CloudEvent, an unknown event type, invalid data): recorded once per
-- topic position and skipped, so the consumer keeps going. The payload itself stays on the topic (unlimited
-- retention) at topic/partition/offset; only its size and SHA-256 are kept here, so whatever a foreign producer put
-- in a message (possibly personal data) is not copied into the gateway's database.
CREATE TABLE dead_letter (
    id              BIGSERIAL PRIMARY KEY,
    topic           TEXT        NOT NULL,
    kafka_partition INTEGER     NOT NULL,
    kafka_offset    BIGINT      NOT NULL,
    event_id        TEXT,
    event_type      TEXT,
    county_code     VARCHAR(6),
    reason          TEXT        NOT NULL,
    payload_bytes   INTEGER     NOT NULL,
    payload_sha256  TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (topic, kafka_partition, kafka_offset)
);
