CREATE TABLE journey (
    id                  UUID PRIMARY KEY,
    title               VARCHAR(200) NOT NULL,
    theme               VARCHAR(40) NOT NULL,
    budget_pence        BIGINT NOT NULL CHECK (budget_pence > 0),
    ideas_close_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    vote_opens_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    vote_closes_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    stage               VARCHAR(30) NOT NULL,
    process_instance_id VARCHAR(64),
    launched_by         VARCHAR(254) NOT NULL,
    launched_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT journey_dates_in_order CHECK (ideas_close_at <= vote_opens_at AND vote_opens_at < vote_closes_at)
);

CREATE TABLE journey_ward (
    journey_id UUID NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    ward_code  VARCHAR(9) NOT NULL REFERENCES ward (code),
    PRIMARY KEY (journey_id, ward_code)
);
CREATE INDEX journey_ward_by_ward ON journey_ward (ward_code);
