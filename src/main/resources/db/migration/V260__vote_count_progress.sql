-- How far the count of a closed vote has gone (issue 18): the count runs in the engine's job
-- executor, on whichever node takes the job, and can take a while (Add1 reruns the Method of Equal
-- Shares once per extra penny per voter), so the certification screen on any node reads its
-- progress here. Written in transactions of their own while the count runs; the row of a finished
-- count is written with the result, in the count's own transaction.

CREATE TABLE vote_count (
    journey_id   UUID PRIMARY KEY REFERENCES journey (id),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    rounds       BIGINT NOT NULL DEFAULT 0 CHECK (rounds >= 0),
    spent_pence  BIGINT NOT NULL DEFAULT 0 CHECK (spent_pence >= 0),
    budget_pence BIGINT NOT NULL CHECK (budget_pence >= 0),
    finished_at  TIMESTAMP WITH TIME ZONE,
    failure      TEXT
);
