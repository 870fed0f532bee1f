-- Who may vote in a journey by age: the age bands (identity's AgeBand names, comma-separated)
-- allowed to vote; empty means every age band.
ALTER TABLE journey
    ADD COLUMN voter_age_bands VARCHAR(200) NOT NULL DEFAULT '';
