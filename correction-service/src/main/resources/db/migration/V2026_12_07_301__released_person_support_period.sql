-- 安置帮教 of released persons (DESIGN §10.1, "Released persons (安置帮教)"): the 帮教期 of five years after release
-- (support_period_ends_on = released_on + 5 years, kept by the service on every edit of released_on), 重点帮教对象
-- (key_person, 必接必送), the first re-offence (reoffended_on), and the close reason as a code
-- (PERIOD_ENDED|DECEASED|REIMPRISONED|MOVED_AWAY|OTHER) with the free text moved to close_note.
ALTER TABLE released_person
    ADD COLUMN support_period_ends_on DATE,
    ADD COLUMN key_person             BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN reoffended_on          DATE,
    ADD COLUMN close_note             TEXT;

UPDATE released_person SET support_period_ends_on = (released_on + INTERVAL '5 years')::date;
ALTER TABLE released_person ALTER COLUMN support_period_ends_on SET NOT NULL;

-- the first wave's close reason was free text (and only PLACED records could close): keep it as the note; the code is
-- PERIOD_ENDED when the record closed on or after the end of the 帮教期, else OTHER
UPDATE released_person SET close_note = close_reason, close_reason = NULL WHERE close_reason IS NOT NULL;
UPDATE released_person
   SET close_reason = CASE WHEN closed_on >= support_period_ends_on THEN 'PERIOD_ENDED' ELSE 'OTHER' END
 WHERE status = 'CLOSED';

-- close is allowed from REGISTERED and CONNECTED too (DESIGN §10.1): a CLOSED record need not be connected or
-- placed. The first migration's unnamed checks released_person_check (connected unless REGISTERED) and
-- released_person_check1 (placed when PLACED or CLOSED) become the three below; released_person_check2 (closed_on when
-- CLOSED) stays.
ALTER TABLE released_person
    DROP CONSTRAINT released_person_check,
    DROP CONSTRAINT released_person_check1,
    ADD CONSTRAINT released_person_connected CHECK (status NOT IN ('CONNECTED', 'PLACED') OR connected_on IS NOT NULL),
    ADD CONSTRAINT released_person_placed
        CHECK (status <> 'PLACED' OR (placed_on IS NOT NULL AND placement IS NOT NULL)),
    ADD CONSTRAINT released_person_placed_after_connected CHECK (placed_on IS NULL OR connected_on IS NOT NULL),
    ADD CONSTRAINT released_person_close_reason
        CHECK (close_reason IS NULL OR close_reason IN ('PERIOD_ENDED', 'DECEASED', 'REIMPRISONED', 'MOVED_AWAY', 'OTHER')),
    ADD CONSTRAINT released_person_closed_with_reason CHECK (status <> 'CLOSED' OR close_reason IS NOT NULL),
    ADD CONSTRAINT released_person_period_ended
        CHECK (close_reason IS DISTINCT FROM 'PERIOD_ENDED' OR closed_on >= support_period_ends_on);

-- ?supportPeriodEnding=true: open records by the end of their period
CREATE INDEX released_person_support_period_open ON released_person (county_code, support_period_ends_on)
    WHERE status <> 'CLOSED';
