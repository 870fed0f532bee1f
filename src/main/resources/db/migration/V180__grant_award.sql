-- When each grant (a journey's, a hub start-up or a fast-track grant) was awarded: the day its
-- approval was recorded, which the 360Giving publication gives as the award date. Written when the
-- approval is recorded; grants approved before this table existed get the day they were opened,
-- the nearest date the chest kept.
CREATE TABLE grant_award (
    grant_id   uuid PRIMARY KEY,
    awarded_at timestamptz NOT NULL
);

INSERT INTO grant_award (grant_id, awarded_at)
SELECT id, created_at FROM chest_grant WHERE status IN ('APPROVED', 'AGREED', 'PAID', 'REPORTED')
UNION ALL
SELECT id, created_at FROM direct_grant WHERE status IN ('APPROVED', 'PAID', 'REPORTED');
