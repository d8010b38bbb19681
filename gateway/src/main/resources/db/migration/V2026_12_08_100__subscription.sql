-- Notifications of the work queue: webhook subscriptions and their deliveries, kept in the gateway's
-- database so that a delivery survives a restart; one instance sends at a time (advisory lock), each delivery row is
-- claimed before its attempt, so no delivery is lost and none is sent by two instances at once.

-- When a work item was last written by the read model: the dispatcher looks only at items written since its last
-- scan (with an overlap for transactions that committed late), not at the whole queue.
ALTER TABLE work_item ADD COLUMN applied_at TIMESTAMPTZ NOT NULL DEFAULT now();
CREATE INDEX work_item_applied ON work_item (applied_at);
-- the queue's asOf (the newest event of the org unit's items) without reading them all (bench: 38 ms → 2 ms at 100k)
CREATE INDEX work_item_county_event ON work_item (county_code, event_time);
CREATE INDEX work_item_township_event ON work_item (township_code, event_time);

CREATE TABLE subscription (
    id            UUID        PRIMARY KEY,
    county_code   VARCHAR(6)  NOT NULL,
    org_code      VARCHAR(9)  NOT NULL,
    url           TEXT        NOT NULL,
    kinds         TEXT[]      NOT NULL,
    -- the HMAC key, sealed under the gateway's own key (WebhookSecrets); never returned by the API
    secret        TEXT        NOT NULL,
    created_by    TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    -- the bureau's calendar day of created_at: items overdue from that day on are notified
    created_on    DATE        NOT NULL,
    deleted_at    TIMESTAMPTZ,
    deleted_by    TEXT
);
CREATE INDEX subscription_county ON subscription (county_code, created_at);

CREATE TABLE webhook_delivery (
    id              UUID        PRIMARY KEY,
    subscription_id UUID        NOT NULL REFERENCES subscription (id),
    -- NEW: an item that appeared (or got a new due date); OVERDUE: an item that turned overdue;
    -- DIGEST: the daily digest of a township (aggregate_id and kind null)
    reason          TEXT        NOT NULL,
    aggregate_id    UUID,
    kind            TEXT,
    due_on          DATE        NOT NULL,
    township_code   VARCHAR(9),
    -- the CloudEvent as it is sent (fixed when the delivery is made, so every attempt carries the same id and body)
    payload         TEXT        NOT NULL,
    -- PENDING → DELIVERED | FAILED (given up after the retry period) | CANCELLED (subscription deleted)
    status          TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    last_status     INT,
    last_error      TEXT,
    delivered_at    TIMESTAMPTZ
);
-- one delivery per item, due date and reason (a digest: per township and day), however often the scan sees it
CREATE UNIQUE INDEX webhook_delivery_once ON webhook_delivery
    (subscription_id, reason, coalesce(aggregate_id, '00000000-0000-0000-0000-000000000000'::uuid),
     coalesce(kind, ''), due_on, coalesce(township_code, ''));
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, created_at DESC);

-- The dispatcher's progress: the start of its last scan of work_item, the last day it sent digests.
CREATE TABLE webhook_scan (
    id           INT         PRIMARY KEY,
    scanned_from TIMESTAMPTZ,
    digest_on    DATE
);
INSERT INTO webhook_scan (id) VALUES (1);
