-- 法律援助法第32条 (DESIGN §10.2): the exemptions from the economic hardship condition for a heroic act (见义勇为) and
-- for victims of abuse, abandonment or domestic violence apply only to the matter they name. The applicant claims the
-- exemption for the application's matter: HEROIC_ACT or ABUSE_VICTIM; null when none is claimed. Applications received
-- before keep the eligibility recorded at the time (recomputed on their next correction).
ALTER TABLE application ADD COLUMN hardship_exemption TEXT
    CHECK (hardship_exemption IN ('HEROIC_ACT', 'ABUSE_VICTIM'));
