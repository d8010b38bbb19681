-- 人民调解法 2010 (DESIGN §10.3). Every new column is nullable, so the rows written before stay valid: a committee
-- whose composition was never recorded shows compositionUnknown, a dispute whose risk was never assessed has none.
-- 第8-9条: committee composition and term
ALTER TABLE committee
    ADD COLUMN women_members    INTEGER CHECK (women_members >= 0),
    ADD COLUMN minority_members INTEGER CHECK (minority_members >= 0),
    ADD COLUMN term_ends_on     DATE;
-- 第25条: escalation risk and the report to the police; 第33条: reopened after an INVALID judicial confirmation
ALTER TABLE dispute
    ADD COLUMN escalation_risk       TEXT,
    ADD COLUMN reported_to_police_on DATE,
    ADD COLUMN reopened_on           DATE,
    ADD COLUMN invalidated_agreement JSONB;
-- ?escalationRisk=HIGH (and the county work queue's high-risk disputes) read a small partial index
CREATE INDEX dispute_escalation_risk ON dispute (county_code, escalation_risk, registered_on, id)
    WHERE escalation_risk IS NOT NULL;
