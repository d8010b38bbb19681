-- Distinct-count measures (DESIGN §7: seven_into_covered, townships_with_workstation, villages_with_advisor): the
-- monthly deltas per member (a township × venue pair, a township, a village). A member counts once for a period when
-- its deltas sum to more than zero (flows: over the period's months; stocks: up to the period's end), however many
-- records contribute to it.
CREATE TABLE member_rollup (
    org_code       VARCHAR(9)  NOT NULL,
    measure        TEXT        NOT NULL,
    member         TEXT        NOT NULL,
    month          DATE        NOT NULL,
    value          BIGINT      NOT NULL,
    last_event_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_code, measure, member, month)
);
