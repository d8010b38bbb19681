-- Change tracking for the mobile sync feed (GET …/changes?since=): every insert or update of a tracked table
-- stamps the writing transaction id and a sequence number. The feed only returns rows whose transaction is
-- older than every transaction still running (pg_snapshot_xmin), so a row that commits late is never skipped.
CREATE SEQUENCE change_seq;

CREATE FUNCTION track_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_txid := pg_current_xact_id()::text::bigint;
    NEW.change_seq := nextval('change_seq');
    RETURN NEW;
END $$;

-- Tables opt in with:
--   change_txid BIGINT NOT NULL DEFAULT 0, change_seq BIGINT NOT NULL DEFAULT 0,
--   CREATE INDEX ... ON <table> (change_txid, change_seq);
--   CREATE TRIGGER <table>_track_change BEFORE INSERT OR UPDATE ON <table>
--       FOR EACH ROW EXECUTE FUNCTION track_change();
