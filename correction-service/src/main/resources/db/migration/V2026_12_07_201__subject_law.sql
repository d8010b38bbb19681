-- 社区矫正法 (2019) and its 实施办法 (2020), DESIGN §10.1: the facts the statute's rules need. Existing records keep
-- their history; what the first wave did not record is derived where it can be and left empty where it cannot.

-- 第21条: a 暂予监外执行 person is handed over within 10 days of the decision. The first wave counted 10 days from the
-- judgment for every category, so an existing MEDICAL_PAROLE record takes that date as its decision date (its due date
-- and a report already recorded stay as they were).
ALTER TABLE subject ADD COLUMN decision_received_on DATE;
UPDATE subject SET decision_received_on = judgment_effective_on WHERE category = 'MEDICAL_PAROLE';
ALTER TABLE subject ADD COLUMN handed_over_by TEXT;
-- the report or handover was within its 10 days (what COR_REPORT_ON_TIME_RATE counts)
ALTER TABLE subject ADD COLUMN intake_on_time BOOLEAN;
UPDATE subject SET intake_on_time = (report_type = 'ON_TIME') WHERE reported_on IS NOT NULL;

-- 第46–49条: revocation (commitment) is a proposal the court rules on; first-wave revocations keep revocation_reason.
ALTER TABLE subject ADD COLUMN revocation_proposals JSONB NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE subject ADD COLUMN court_due_on DATE;
-- 实施办法第34–35条: 训诫/警告 proposed by a township office
ALTER TABLE subject ADD COLUMN sanction_proposals JSONB NOT NULL DEFAULT '[]'::jsonb;
-- 第27条; 实施办法第30条: 执行地变更
ALTER TABLE subject ADD COLUMN transfers JSONB NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE subject ADD COLUMN transferred_to_county_code VARCHAR(6);
-- 实施办法第24条: health reports of 暂予监外执行 persons; the last contact (report or check-in) the next check-in is due from
ALTER TABLE subject ADD COLUMN health_reports JSONB NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE subject ADD COLUMN last_health_report_on DATE;
ALTER TABLE subject ADD COLUMN last_contact_on DATE;
UPDATE subject SET last_contact_on = GREATEST(reported_on,
        (SELECT max((c->>'on')::date) FROM jsonb_array_elements(check_ins) c),
        (SELECT max((p->>'to')::date) FROM jsonb_array_elements(missing_periods) p WHERE p->>'to' IS NOT NULL))
    WHERE reported_on IS NOT NULL;

-- 实施办法第46条: the open missing period's first day, and whether a closed one lasted over 30 days
ALTER TABLE subject ADD COLUMN missing_since DATE;
ALTER TABLE subject ADD COLUMN missing_over_month BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE subject SET missing_since = (SELECT (p->>'from')::date FROM jsonb_array_elements(missing_periods) p
                                    WHERE p->>'to' IS NULL LIMIT 1);
UPDATE subject SET missing_over_month = EXISTS (SELECT 1 FROM jsonb_array_elements(missing_periods) p
                                                WHERE p->>'to' IS NOT NULL AND (p->>'to')::date - (p->>'from')::date > 30);

-- 实施办法第26条: who approved each leave (by its length: the first wave allowed at most 30 days), and the return
-- (销假). Leaves that ended before today had no way to record a return: it is assumed on their last day
-- (returnAssumed, so they are not flagged); a leave still running is closed by leave-return.
ALTER TABLE subject ADD COLUMN leave_open_until DATE;
UPDATE subject SET leaves = (
    SELECT coalesce(jsonb_agg(l || jsonb_build_object(
            'approval', CASE WHEN (l->>'days')::int > 7 THEN 'COUNTY' ELSE 'TOWNSHIP' END,
            'prefectureApproval', NULL,
            'returnedOn', CASE WHEN (l->>'to')::date < current_date THEN l->'to' ELSE NULL END,
            'returnAssumed', (l->>'to')::date < current_date) ORDER BY ord), '[]'::jsonb)
    FROM jsonb_array_elements(leaves) WITH ORDINALITY AS x(l, ord))
    WHERE leaves <> '[]'::jsonb;
UPDATE subject SET leave_open_until = (SELECT min((l->>'to')::date) FROM jsonb_array_elements(leaves) l
                                       WHERE l->>'returnedOn' IS NULL AND NOT (l->>'returnAssumed')::boolean)
    WHERE leaves <> '[]'::jsonb;

-- 第29条: monitoring periods approved before the rule have no ground
UPDATE subject SET monitoring_periods = (
    SELECT coalesce(jsonb_agg(p || jsonb_build_object('ground', NULL) ORDER BY ord), '[]'::jsonb)
    FROM jsonb_array_elements(monitoring_periods) WITH ORDINALITY AS x(p, ord))
    WHERE monitoring_periods <> '[]'::jsonb;

-- 第27条: TRANSFERRED_OUT ends the record here like TERMINATED, REVOKED and DECEASED
DO $$
DECLARE c TEXT;
BEGIN
    SELECT conname INTO c FROM pg_constraint
     WHERE conrelid = 'subject'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%ended_on IS NOT NULL%';
    EXECUTE 'ALTER TABLE subject DROP CONSTRAINT ' || quote_ident(c);
END $$;
ALTER TABLE subject ADD CONSTRAINT subject_ended_states
    CHECK ((status IN ('TERMINATED', 'REVOKED', 'DECEASED', 'TRANSFERRED_OUT')) = (ended_on IS NOT NULL));
ALTER TABLE subject ADD CONSTRAINT subject_transferred_out
    CHECK (status <> 'TRANSFERRED_OUT' OR transferred_to_county_code IS NOT NULL);
ALTER TABLE subject ADD CONSTRAINT subject_proposal_due
    CHECK (status <> 'REVOCATION_PROPOSED' OR court_due_on IS NOT NULL);
ALTER TABLE subject ADD CONSTRAINT subject_decision_received
    CHECK (category <> 'MEDICAL_PAROLE' OR decision_received_on IS NOT NULL);

-- The township that supervised a person on a day (第27条: the figures follow the new township from the transfer's
-- day): the target of the latest transfer on or before it, else the first transfer's origin, else the record's
-- township. …/stats counts every flow and stock of a township with it (the gateway's CorrectionContributions too).
CREATE FUNCTION subject_township_on(township TEXT, transfers JSONB, day DATE) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN transfers = '[]'::jsonb THEN township
                ELSE coalesce((SELECT t->>'toTownshipCode' FROM jsonb_array_elements(transfers) WITH ORDINALITY AS x(t, ord)
                               WHERE (t->>'on')::date <= day ORDER BY ord DESC LIMIT 1),
                              transfers->0->>'fromTownshipCode') END
$$;
CREATE INDEX subject_transferred ON subject (county_code) WHERE transfers <> '[]'::jsonb;
