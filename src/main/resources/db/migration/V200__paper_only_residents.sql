-- Paper-only residents (issue 14, point 6): a person without an account whose paper ballot a
-- facilitator entered. They never log in; the facilitator who entered them verified them in person.
-- A later online registration with the same name and postcode is matched to the paper record
-- (paper_twin), so the person cannot vote twice and facilitators see the match.
ALTER TABLE user_account ADD COLUMN paper_only BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_account ADD COLUMN address_line VARCHAR(200);
ALTER TABLE user_account ADD COLUMN paper_twin UUID REFERENCES user_account (id) ON DELETE SET NULL;
ALTER TABLE user_account ADD CONSTRAINT only_online_accounts_have_a_paper_twin CHECK (paper_twin IS NULL OR NOT paper_only);
CREATE UNIQUE INDEX user_account_one_twin_per_paper_record ON user_account (paper_twin) WHERE paper_twin IS NOT NULL;
CREATE INDEX user_account_same_person ON user_account (lower(display_name), replace(lower(postcode), ' ', ''));
