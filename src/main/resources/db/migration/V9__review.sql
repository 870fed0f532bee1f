CREATE TABLE learning_report (
    id             UUID PRIMARY KEY,
    grant_id       UUID NOT NULL UNIQUE REFERENCES chest_grant (id),
    what_happened  TEXT NOT NULL,
    people_reached INTEGER NOT NULL CHECK (people_reached >= 0),
    volunteers     INTEGER NOT NULL CHECK (volunteers >= 0),
    story          TEXT,
    submitted_by   VARCHAR(254) NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome        VARCHAR(20) NOT NULL,
    review_note    VARCHAR(1000),
    reviewed_by    VARCHAR(254),
    reviewed_at    TIMESTAMP WITH TIME ZONE
);
