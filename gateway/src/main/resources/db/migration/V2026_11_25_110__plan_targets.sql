-- Targets set by a county (county-admin) over the plan files' defaults, and the history of every change.
CREATE TABLE plan_target (
    plan_id      TEXT        NOT NULL,
    county_code  VARCHAR(6)  NOT NULL,
    code         TEXT        NOT NULL,
    year         INTEGER     NOT NULL,
    target       NUMERIC(14, 2) NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    updated_by   TEXT        NOT NULL,
    PRIMARY KEY (plan_id, county_code, code, year)
);

CREATE TABLE plan_target_change (
    id           BIGSERIAL PRIMARY KEY,
    plan_id      TEXT        NOT NULL,
    county_code  VARCHAR(6)  NOT NULL,
    code         TEXT        NOT NULL,
    year         INTEGER     NOT NULL,
    old_target   NUMERIC(14, 2),
    new_target   NUMERIC(14, 2) NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    changed_by   TEXT        NOT NULL
);
CREATE INDEX plan_target_change_lookup ON plan_target_change (plan_id, county_code, code, changed_at);
