-- Comments on ideas (issue 17): residents of the journey's wards, the idea's lead and facilitators
-- talk an idea through while its ideas window or its vote is open. Replies go one level deep
-- (a reply's parent has no parent, which the service checks). Deleting your own comment clears
-- its text and keeps the row, so its replies keep their place; a facilitator hides one with a
-- reason its author sees. One report per account per comment.

CREATE TABLE comment (
    id            UUID PRIMARY KEY,
    idea_id       UUID NOT NULL REFERENCES idea (id),
    journey_id    UUID NOT NULL REFERENCES journey (id),
    parent_id     UUID REFERENCES comment (id),
    author        VARCHAR(254) NOT NULL,
    voice         VARCHAR(20) NOT NULL CHECK (voice IN ('RESIDENT', 'LEAD', 'FACILITATOR')),
    body          VARCHAR(2000) NOT NULL,
    posted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at     TIMESTAMP WITH TIME ZONE,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    hidden_by     VARCHAR(254),
    hidden_reason VARCHAR(500),
    hidden_at     TIMESTAMP WITH TIME ZONE,
    version       BIGINT NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
);

CREATE INDEX comment_of_idea ON comment (idea_id, posted_at);
CREATE INDEX comment_of_author ON comment (author);

CREATE TABLE comment_report (
    comment_id  UUID NOT NULL REFERENCES comment (id),
    reporter    VARCHAR(254) NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (comment_id, reporter)
);

-- residents' comments count against a per-account limit, as ideas and supports do
ALTER TABLE limited_attempt DROP CONSTRAINT limited_attempt_action_check;
ALTER TABLE limited_attempt ADD CONSTRAINT limited_attempt_action_check
    CHECK (action IN ('LOGIN', 'REGISTRATION', 'VERIFICATION_CODE', 'IDEA', 'SUPPORT', 'COMMENT'));
