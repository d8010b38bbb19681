-- Dispute lifecycle: parties (personal data encrypted inside the JSON), mediators, rejection, agreement,
-- failure and referral, withdrawal, follow-ups (回访) and judicial confirmation (司法确认).
ALTER TABLE dispute
    ADD COLUMN parties               JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN mediator_ids          JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN reject_reason         TEXT,
    ADD COLUMN agreement             JSONB,
    ADD COLUMN fail_reason           TEXT,
    ADD COLUMN referral              TEXT,
    ADD COLUMN withdraw_reason       TEXT,
    ADD COLUMN follow_ups            JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN judicial_confirmation JSONB;
CREATE INDEX dispute_committee ON dispute (committee_id);
CREATE INDEX dispute_overdue ON dispute (due_on) WHERE status = 'ACCEPTED';
CREATE INDEX dispute_closed ON dispute (county_code, closed_on);

CREATE TABLE dispute_party_hash (
    dispute_id UUID NOT NULL REFERENCES dispute (id) ON DELETE CASCADE,
    id_hash    TEXT NOT NULL,
    PRIMARY KEY (dispute_id, id_hash)
);
CREATE INDEX dispute_party_hash_hash ON dispute_party_hash (id_hash);
