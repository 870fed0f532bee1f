CREATE TABLE showcase_conversation (
    id          UUID PRIMARY KEY,
    journey_id  UUID NOT NULL REFERENCES journey (id),
    held_on     DATE NOT NULL,
    venue       VARCHAR(200) NOT NULL,
    attendance  INTEGER NOT NULL CHECK (attendance >= 0),
    assets      TEXT,
    offers      TEXT,
    needs       TEXT,
    stories     TEXT,
    recorded_by VARCHAR(254) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX showcase_conversation_by_journey ON showcase_conversation (journey_id);
