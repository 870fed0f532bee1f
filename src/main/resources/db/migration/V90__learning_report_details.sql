-- The full light-touch learning report (issue 7): reach by population, spending, one story and
-- photo, social connection before and after, and the facilitator's review.
ALTER TABLE learning_report
    ADD COLUMN journey_id              UUID,
    ADD COLUMN activities              INTEGER NOT NULL DEFAULT 0 CHECK (activities >= 0),
    ADD COLUMN activities_for_children INTEGER NOT NULL DEFAULT 0 CHECK (activities_for_children >= 0),
    ADD COLUMN partner_organisations   INTEGER NOT NULL DEFAULT 0 CHECK (partner_organisations >= 0),
    ADD COLUMN kinds_of_support        VARCHAR(500),
    ADD COLUMN photo                   BYTEA,
    ADD COLUMN photo_type              VARCHAR(20),
    ADD COLUMN overspend_explanation   VARCHAR(2000),
    ADD COLUMN recorded_on_behalf      BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN conversation_note       VARCHAR(1000),
    ADD COLUMN know_neighbours_before  INTEGER NOT NULL DEFAULT 0 CHECK (know_neighbours_before >= 0),
    ADD COLUMN know_neighbours_after   INTEGER NOT NULL DEFAULT 0 CHECK (know_neighbours_after >= 0),
    ADD COLUMN someone_to_ask_before   INTEGER NOT NULL DEFAULT 0 CHECK (someone_to_ask_before >= 0),
    ADD COLUMN someone_to_ask_after    INTEGER NOT NULL DEFAULT 0 CHECK (someone_to_ask_after >= 0),
    ADD COLUMN feel_part_before        INTEGER NOT NULL DEFAULT 0 CHECK (feel_part_before >= 0),
    ADD COLUMN feel_part_after         INTEGER NOT NULL DEFAULT 0 CHECK (feel_part_after >= 0),
    ADD COLUMN tags                    VARCHAR(500),
    ADD COLUMN story_shareable         BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN clarification_asked     BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE learning_report_reach (
    report_id  UUID NOT NULL REFERENCES learning_report (id) ON DELETE CASCADE,
    population VARCHAR(40) NOT NULL,
    people     INTEGER NOT NULL CHECK (people >= 0),
    PRIMARY KEY (report_id, population)
);

CREATE TABLE learning_report_spend (
    report_id   UUID NOT NULL REFERENCES learning_report (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    line        VARCHAR(200) NOT NULL,
    spent_pence BIGINT NOT NULL CHECK (spent_pence >= 0),
    PRIMARY KEY (report_id, position)
);

CREATE TABLE learning_report_theme (
    report_id UUID NOT NULL REFERENCES learning_report (id) ON DELETE CASCADE,
    theme     VARCHAR(40) NOT NULL,
    PRIMARY KEY (report_id, theme)
);

-- A report the process is waiting for: who holds the grant and when the report is due.
CREATE TABLE learning_report_request (
    grant_id     UUID PRIMARY KEY REFERENCES chest_grant (id),
    journey_id   UUID NOT NULL,
    holder       VARCHAR(254),
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    task_id      VARCHAR(64)
);

-- The applicant's unfinished report, saved as they go: survives logging out.
CREATE TABLE learning_report_draft (
    grant_id   UUID PRIMARY KEY REFERENCES chest_grant (id),
    content    TEXT NOT NULL,
    photo      BYTEA,
    photo_type VARCHAR(20),
    saved_by   VARCHAR(254) NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
