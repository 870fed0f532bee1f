-- One person, one ballot. vote_participation says WHO voted (and how); ballot says WHAT was
-- voted, with a random id and nothing that links it to the person. Both rows are written in one
-- transaction. A ballot's cast_at is kept to the day only, so times cannot pair the two tables.
CREATE TABLE vote_participation (
    journey_id   UUID NOT NULL REFERENCES journey (id),
    resident     VARCHAR(254) NOT NULL,
    channel      VARCHAR(10) NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
    paper_number VARCHAR(40),
    entered_by   VARCHAR(254),
    cast_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT vote_participation_one_per_resident UNIQUE (journey_id, resident),
    CONSTRAINT vote_participation_one_per_paper UNIQUE (journey_id, paper_number),
    CONSTRAINT vote_participation_paper_has_number CHECK ((channel = 'PAPER') = (paper_number IS NOT NULL))
);

CREATE TABLE ballot (
    id           UUID PRIMARY KEY,
    journey_id   UUID NOT NULL REFERENCES journey (id),
    content      TEXT NOT NULL,
    receipt_hash VARCHAR(64) NOT NULL UNIQUE,
    cast_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ballot_by_journey ON ballot (journey_id);
