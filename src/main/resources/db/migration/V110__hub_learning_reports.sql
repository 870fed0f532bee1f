-- Hubs file the same learning report as journey grants (issue 7, section 5). A report, its
-- request and its draft may now belong to a journey's grant (chest_grant) or to a hub's start-up
-- grant drawn straight from a fund (direct_grant); a hub's report has no journey.
ALTER TABLE learning_report_request ALTER COLUMN journey_id DROP NOT NULL;

ALTER TABLE learning_report DROP CONSTRAINT learning_report_grant_id_fkey;
ALTER TABLE learning_report_request DROP CONSTRAINT learning_report_request_grant_id_fkey;
ALTER TABLE learning_report_draft DROP CONSTRAINT learning_report_draft_grant_id_fkey;

-- In place of the foreign keys: the grant must exist in one of the two grant tables.
CREATE FUNCTION learning_report_grant_exists() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM chest_grant WHERE id = NEW.grant_id)
       AND NOT EXISTS (SELECT 1 FROM direct_grant WHERE id = NEW.grant_id) THEN
        RAISE EXCEPTION 'No grant % to report on', NEW.grant_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER learning_report_grant_exists BEFORE INSERT OR UPDATE OF grant_id ON learning_report
    FOR EACH ROW EXECUTE FUNCTION learning_report_grant_exists();
CREATE TRIGGER learning_report_request_grant_exists BEFORE INSERT OR UPDATE OF grant_id ON learning_report_request
    FOR EACH ROW EXECUTE FUNCTION learning_report_grant_exists();
CREATE TRIGGER learning_report_draft_grant_exists BEFORE INSERT OR UPDATE OF grant_id ON learning_report_draft
    FOR EACH ROW EXECUTE FUNCTION learning_report_grant_exists();
