-- Work queue (待办, DESIGN §11): per aggregate, the open items its latest applied event implies (kind and due date).
-- An event of a newer version replaces the aggregate's items, in the same transaction as its contribution; an older or
-- repeated one changes nothing. Whether an item is overdue is computed when the queue is read (the bureau's today),
-- never stored. No personal data: codes, the kind, the due date and a title made of the kind's name and the date.
CREATE TABLE work_item (
    aggregate_id   UUID        NOT NULL,
    kind           TEXT        NOT NULL,
    service        TEXT        NOT NULL,
    record_type    TEXT        NOT NULL,
    county_code    VARCHAR(6)  NOT NULL,
    township_code  VARCHAR(9),
    due_on         DATE        NOT NULL,
    title          TEXT        NOT NULL,
    version        BIGINT      NOT NULL,
    event_time     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (aggregate_id, kind)
);
CREATE INDEX work_item_county_due ON work_item (county_code, due_on);
CREATE INDEX work_item_township_due ON work_item (township_code, due_on);
