CREATE TABLE vote_window (
    journey_id UUID PRIMARY KEY REFERENCES journey (id),
    opened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE vote_result (
    journey_id UUID NOT NULL REFERENCES journey (id),
    idea_id    UUID NOT NULL REFERENCES idea (id),
    votes      INTEGER NOT NULL CHECK (votes >= 0),
    cost_pence BIGINT NOT NULL,
    selected   BOOLEAN NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (journey_id, idea_id)
);

CREATE TABLE vote_certification (
    journey_id   UUID PRIMARY KEY REFERENCES journey (id),
    rule         VARCHAR(60) NOT NULL,
    certified_by VARCHAR(254),
    certified_at TIMESTAMP WITH TIME ZONE,
    published_at TIMESTAMP WITH TIME ZONE
);
