-- The ballot of each journey and how it is counted, chosen at launch (defaults: approval with
-- 1 to 3 picks, Method of Equal Shares with cost utilities, Add1 completion, lexicographic ties).
ALTER TABLE journey
    ADD COLUMN ballot_format     VARCHAR(20) NOT NULL DEFAULT 'APPROVAL',
    ADD COLUMN ballot_min_picks  INTEGER     NOT NULL DEFAULT 1,
    ADD COLUMN ballot_max_picks  INTEGER     NOT NULL DEFAULT 3,
    ADD COLUMN ballot_points     INTEGER     NOT NULL DEFAULT 10,
    ADD COLUMN ballot_points_cap INTEGER     NOT NULL DEFAULT 5,
    ADD COLUMN tally_rule        VARCHAR(20) NOT NULL DEFAULT 'mes',
    ADD COLUMN tally_utility     VARCHAR(20) NOT NULL DEFAULT 'cost',
    ADD COLUMN tally_completion  VARCHAR(20) NOT NULL DEFAULT 'add1',
    ADD COLUMN tally_tie_break   VARCHAR(20) NOT NULL DEFAULT 'lexicographic',
    ADD CONSTRAINT journey_ballot_format CHECK (ballot_format IN ('APPROVAL', 'KNAPSACK', 'CUMULATIVE', 'RANKED')),
    ADD CONSTRAINT journey_ballot_picks CHECK (ballot_min_picks >= 0 AND ballot_max_picks >= 1 AND ballot_min_picks <= ballot_max_picks);
