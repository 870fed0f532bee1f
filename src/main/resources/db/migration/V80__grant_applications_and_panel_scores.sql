-- The applicant's full application (the screen "grant-application"): one per grant, replaced
-- while the application task is open, read-only once the grant is decided.
CREATE TABLE grant_application (
    grant_id             UUID PRIMARY KEY REFERENCES chest_grant (id),
    organisation         VARCHAR(200) NOT NULL,
    contact              VARCHAR(254) NOT NULL,
    sort_code            VARCHAR(6) NOT NULL,
    account_number       VARCHAR(8) NOT NULL,
    summary              VARCHAR(2000) NOT NULL,
    safeguarding_policy  VARCHAR(4000),
    designed_with_community VARCHAR(2000) NOT NULL,
    outcomes_focused     VARCHAR(2000) NOT NULL,
    lasting_impact       VARCHAR(2000) NOT NULL,
    creativity           VARCHAR(2000) NOT NULL,
    collaboration        VARCHAR(2000) NOT NULL,
    submitted_by         VARCHAR(254) NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE grant_budget_line (
    grant_id     UUID NOT NULL REFERENCES grant_application (grant_id) ON DELETE CASCADE,
    position     INT NOT NULL,
    description  VARCHAR(200) NOT NULL,
    amount_pence BIGINT NOT NULL CHECK (amount_pence > 0),
    PRIMARY KEY (grant_id, position)
);

-- One panel member's scores for one grant: the same member can never score a grant twice.
CREATE TABLE panel_score (
    id          UUID PRIMARY KEY,
    grant_id    UUID NOT NULL REFERENCES chest_grant (id),
    member      VARCHAR(254) NOT NULL,
    scored_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (grant_id, member)
);

CREATE TABLE panel_score_line (
    panel_score_id UUID NOT NULL REFERENCES panel_score (id) ON DELETE CASCADE,
    principle      VARCHAR(40) NOT NULL,
    score          INT NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (panel_score_id, principle)
);
