-- The vote keeps its own closing time: copied from the journey's plan when the vote opens, moved
-- with the journey's date when a facilitator extends the vote. Every ballot is judged against it in
-- the same query that reads the window, without reading the journey.
ALTER TABLE vote_window ADD COLUMN closes_at TIMESTAMP WITH TIME ZONE;
UPDATE vote_window w SET closes_at = j.vote_closes_at FROM journey j WHERE j.id = w.journey_id;
ALTER TABLE vote_window ALTER COLUMN closes_at SET NOT NULL;
