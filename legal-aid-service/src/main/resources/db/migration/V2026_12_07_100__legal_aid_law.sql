-- 法律援助法 (2021), DESIGN §10.2: the facts and records the statute's rules need.
-- 第26条: a possible life or death sentence (also when the 第25条 ground is another one) and the assigned lawyer's
-- years of practice.
ALTER TABLE application ADD COLUMN possible_life_or_death     BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE application ADD COLUMN provider_years_of_practice INTEGER CHECK (provider_years_of_practice >= 0);
-- 第43条: an application whose materials are not in by their due date is deemed withdrawn (视为撤回): DEEMED; a
-- withdrawal by the applicant is APPLICANT. The due date of the one request is in material_requests (dueOn).
ALTER TABLE application ADD COLUMN withdrawal_reason TEXT;
UPDATE application SET withdrawal_reason = 'APPLICANT' WHERE status = 'WITHDRAWN';
-- 第44条: emergency aid (先行提供) only on a ground.
ALTER TABLE application ADD COLUMN emergency_ground TEXT;
-- 第48条: termination of aid (终止法律援助) on a ground of the article; 第49条: an objection (异议) to a denial or a
-- termination, decided by the 司法行政部门 within 5 days.
ALTER TABLE application ADD COLUMN terminated_on        DATE;
ALTER TABLE application ADD COLUMN termination_ground   TEXT;
ALTER TABLE application ADD COLUMN termination_note     TEXT;
ALTER TABLE application ADD COLUMN objected_on          DATE;
ALTER TABLE application ADD COLUMN objection_reason     TEXT;
ALTER TABLE application ADD COLUMN objection_due_on     DATE;
ALTER TABLE application ADD COLUMN objection_result     TEXT;
ALTER TABLE application ADD COLUMN objection_decided_on DATE;
-- 第43条: a granted application is assigned within 3 days of the decision.
ALTER TABLE application ADD COLUMN assignment_due_on DATE;
UPDATE application SET assignment_due_on = decided_on + 3 WHERE decision = 'GRANTED';
CREATE INDEX application_assignment_due ON application (county_code, status, assignment_due_on);
-- 第52条: the subsidy (法律援助补贴, yuan) paid for the case, recorded on closing.
ALTER TABLE application ADD COLUMN subsidy_amount NUMERIC(12, 2) CHECK (subsidy_amount >= 0);
