-- The grant's lifecycle is a guarded state machine (chest.domain.Grant): who holds the grant
-- (the winning idea's author, set when it opens), who decided it and in which role, who sent the
-- application and answered the agreement and whether a facilitator did it on the holder's behalf.
ALTER TABLE chest_grant ADD COLUMN holder VARCHAR(254);
ALTER TABLE chest_grant ADD COLUMN decided_as VARCHAR(20);
ALTER TABLE chest_grant ADD COLUMN applied_by VARCHAR(254);
ALTER TABLE chest_grant ADD COLUMN applied_on_behalf BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE chest_grant ADD COLUMN agreed_by VARCHAR(254);
ALTER TABLE chest_grant ADD COLUMN agreed_on_behalf BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE chest_grant SET holder = idea.author FROM idea WHERE idea.id = chest_grant.idea_id AND chest_grant.holder IS NULL;

ALTER TABLE chest_grant ADD CONSTRAINT chest_grant_status_known CHECK (status IN
    ('OPEN', 'APPLIED', 'ROUTED', 'APPROVED', 'DECLINED', 'AGREED', 'WITHDRAWN', 'PAID', 'REPORTED'));
ALTER TABLE chest_grant ADD CONSTRAINT chest_grant_decided_as_known CHECK (decided_as IS NULL OR decided_as IN
    ('FACILITATOR', 'PANEL_CHAIR', 'GOVERNANCE'));
-- behind the entity's guards: an approved, agreed or paid grant names who decided it
ALTER TABLE chest_grant ADD CONSTRAINT chest_grant_decided_before_money CHECK (status NOT IN
    ('APPROVED', 'AGREED', 'PAID', 'REPORTED') OR decided_by IS NOT NULL);

ALTER TABLE direct_grant ADD CONSTRAINT direct_grant_status_known CHECK (status IN
    ('APPLIED', 'APPROVED', 'DECLINED', 'PAID', 'REPORTED'));
ALTER TABLE direct_grant ADD CONSTRAINT direct_grant_decided_before_money CHECK (status NOT IN
    ('APPROVED', 'PAID', 'REPORTED') OR decided_by IS NOT NULL);
