-- A second facilitator checks a sample of the paper ballot entries against the papers before the
-- count is certified, and may void a wrong entry (docs/ballot-secrecy.md, "Checking paper
-- entries"). A paper entry is found by its paper ballot number through keyed tags only:
--  * while the vote is open, sealed_ballot.paper_tag is the number keyed with the vote's data key
--    (null for online ballots, which the participation row says anyway);
--  * once mixed, ballot.check_tag is the number keyed with the vote's check key for a paper
--    ballot and a random value of the same shape for an online one, so the mixed ballots do not
--    say which came on paper. Certification empties check_tag and deletes the check key.
ALTER TABLE sealed_ballot ADD COLUMN paper_tag VARCHAR(64);
CREATE INDEX sealed_ballot_by_paper_tag ON sealed_ballot (journey_id, paper_tag) WHERE paper_tag IS NOT NULL;

ALTER TABLE ballot ADD COLUMN check_tag VARCHAR(64);
CREATE INDEX ballot_by_check_tag ON ballot (journey_id, check_tag) WHERE check_tag IS NOT NULL;

CREATE TABLE ballot_check_key (
    journey_id  UUID PRIMARY KEY REFERENCES journey (id),
    wrapped_key BYTEA NOT NULL
);

-- The sample drawn when the vote closes; each entry is confirmed (or voided) by a facilitator
-- who did not enter it. No person and no choice is kept here.
CREATE TABLE paper_ballot_check (
    journey_id   UUID NOT NULL REFERENCES journey (id),
    paper_number VARCHAR(40) NOT NULL,
    entered_by   VARCHAR(254),
    drawn_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_by   VARCHAR(254),
    checked_at   TIMESTAMP WITH TIME ZONE,
    outcome      VARCHAR(10) CHECK (outcome IN ('MATCHES', 'VOIDED')),
    PRIMARY KEY (journey_id, paper_number),
    CONSTRAINT paper_ballot_check_complete CHECK ((checked_by IS NULL) = (outcome IS NULL) AND (checked_by IS NULL) = (checked_at IS NULL))
);

-- A paper entry taken out of the count, with the reason. The entry's person and choices are not kept.
CREATE TABLE voided_paper_ballot (
    id           UUID PRIMARY KEY,
    journey_id   UUID NOT NULL REFERENCES journey (id),
    paper_number VARCHAR(40) NOT NULL,
    entered_by   VARCHAR(254),
    voided_by    VARCHAR(254) NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    voided_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX voided_paper_ballot_by_journey ON voided_paper_ballot (journey_id);
