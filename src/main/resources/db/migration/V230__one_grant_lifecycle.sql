-- One grant lifecycle (issue 15, point 4): a journey's grant, a hub start-up grant and a
-- small-grants fast-track grant are one kind of row in chest_grant, told apart by programme.
-- A grant drawn straight from a fund has no journey and no idea; its route is always the
-- facilitator's light-touch check and it has no agreement step. Its id is kept, so the engine's
-- running processes, the ledger, the award dates and the learning reports still find it.
ALTER TABLE chest_grant ADD COLUMN programme VARCHAR(20) NOT NULL DEFAULT 'JOURNEY';
ALTER TABLE chest_grant ADD CONSTRAINT chest_grant_programme_known CHECK (programme IN
    ('JOURNEY', 'HUB_STARTUP', 'FAST_TRACK'));
ALTER TABLE chest_grant ALTER COLUMN journey_id DROP NOT NULL;
ALTER TABLE chest_grant ALTER COLUMN idea_id DROP NOT NULL;
ALTER TABLE chest_grant ALTER COLUMN title TYPE VARCHAR(200);

INSERT INTO chest_grant (id, programme, journey_id, idea_id, fund_id, title, amount_pence, voted_pence, organisation,
                         contact, summary, route, status, decision_reason, decided_by, decided_as, holder, applied_by,
                         created_at, version)
SELECT id, programme, NULL, NULL, fund_id, organisation, amount_pence, amount_pence, organisation, contact, purpose,
       'FACILITATOR_CHECK', status, decision_reason, decided_by,
       CASE WHEN decided_by IS NULL THEN NULL ELSE 'FACILITATOR' END, applied_by, applied_by, created_at, version
  FROM direct_grant;

-- a journey's grant names its journey and idea; a grant drawn from a fund names neither, is on the
-- light-touch route, and never waits on a route or an agreement
ALTER TABLE chest_grant ADD CONSTRAINT chest_grant_programme_shape CHECK (
    (programme = 'JOURNEY' AND journey_id IS NOT NULL AND idea_id IS NOT NULL)
    OR (programme <> 'JOURNEY' AND journey_id IS NULL AND idea_id IS NULL AND route = 'FACILITATOR_CHECK'
        AND status NOT IN ('OPEN', 'ROUTED', 'AGREED', 'PART_PAID')));

-- learning reports belong to a grant in the one table again: foreign keys instead of the trigger
DROP TRIGGER learning_report_grant_exists ON learning_report;
DROP TRIGGER learning_report_request_grant_exists ON learning_report_request;
DROP TRIGGER learning_report_draft_grant_exists ON learning_report_draft;
DROP FUNCTION learning_report_grant_exists();
ALTER TABLE learning_report ADD CONSTRAINT learning_report_grant_id_fkey
    FOREIGN KEY (grant_id) REFERENCES chest_grant (id);
ALTER TABLE learning_report_request ADD CONSTRAINT learning_report_request_grant_id_fkey
    FOREIGN KEY (grant_id) REFERENCES chest_grant (id);
ALTER TABLE learning_report_draft ADD CONSTRAINT learning_report_draft_grant_id_fkey
    FOREIGN KEY (grant_id) REFERENCES chest_grant (id);

DROP TABLE direct_grant;
