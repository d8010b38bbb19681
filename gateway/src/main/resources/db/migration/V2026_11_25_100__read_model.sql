-- Read model of plan progress (DESIGN §7).

-- Every event applied, recorded in the same transaction as its effect: a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- Per aggregate, its latest contribution to the measures and the version it came from. A newer event replaces
-- it (the rollups move by the difference), an older or equal one is ignored.
CREATE TABLE contribution (
    aggregate_id    UUID PRIMARY KEY,
    aggregate_type  TEXT        NOT NULL,
    version         BIGINT      NOT NULL,
    county_code     VARCHAR(6)  NOT NULL,
    township_code   VARCHAR(9),
    entries         JSONB       NOT NULL,
    event_time      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- Monthly deltas per org unit (county and township rows) and measure. Flows: the month's count. Stocks: +1 when a
-- record enters the stock, -1 when it leaves, so the stock at the end of a period is the running sum up to it.
CREATE TABLE rollup (
    org_code       VARCHAR(9)  NOT NULL,
    measure        TEXT        NOT NULL,
    month          DATE        NOT NULL,
    value          BIGINT      NOT NULL,
    last_event_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_code, measure, month)
);
