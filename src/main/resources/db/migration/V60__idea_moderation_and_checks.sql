-- Ideas: populations reached, moderation (hide, merge), assisted entry, the eligibility checks
-- one by one, and the shortlist's confirmation.

ALTER TABLE idea
    ADD COLUMN hidden_reason  VARCHAR(500),
    ADD COLUMN moderated_by   VARCHAR(254),
    ADD COLUMN merged_into    UUID REFERENCES idea (id),
    ADD COLUMN entered_by     VARCHAR(254),
    ADD COLUMN entered_for    VARCHAR(200),
    ADD COLUMN updated_at     TIMESTAMP WITH TIME ZONE;

CREATE TABLE idea_population (
    idea_id    UUID NOT NULL REFERENCES idea (id),
    population VARCHAR(40) NOT NULL,
    PRIMARY KEY (idea_id, population)
);

CREATE TABLE idea_check (
    idea_id    UUID NOT NULL REFERENCES idea (id),
    position   INT NOT NULL,
    check_name VARCHAR(100) NOT NULL,
    passed     BOOLEAN NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    PRIMARY KEY (idea_id, position)
);

ALTER TABLE ideas_window
    ADD COLUMN shortlist_confirmed_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN shortlist_confirmed_by VARCHAR(254);
