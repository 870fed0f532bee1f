CREATE TABLE ideas_window (
    journey_id   UUID PRIMARY KEY REFERENCES journey (id),
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    closed_early BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE idea (
    id                   UUID PRIMARY KEY,
    journey_id           UUID NOT NULL REFERENCES journey (id),
    ward_code            VARCHAR(9) NOT NULL REFERENCES ward (code),
    title                VARCHAR(150) NOT NULL,
    description          TEXT NOT NULL,
    estimated_cost_pence BIGINT NOT NULL CHECK (estimated_cost_pence >= 0),
    theme                VARCHAR(40) NOT NULL,
    led_by               VARCHAR(200),
    contact              VARCHAR(254),
    author               VARCHAR(254) NOT NULL,
    status               VARCHAR(20) NOT NULL,
    eligibility_reason   VARCHAR(500),
    decision_reason      VARCHAR(500),
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX idea_by_journey ON idea (journey_id);

CREATE TABLE idea_support (
    idea_id      UUID NOT NULL REFERENCES idea (id),
    supporter    VARCHAR(254) NOT NULL,
    supported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (idea_id, supporter)
);
