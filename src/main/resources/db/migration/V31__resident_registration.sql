-- What a resident tells us when registering, and how their ward was verified.
ALTER TABLE user_account
    ADD COLUMN age_band          VARCHAR(20)
        CHECK (age_band IN ('UNDER_16', 'AGE_16_17', 'AGE_18_24', 'AGE_25_44', 'AGE_45_64', 'AGE_65_PLUS')),
    ADD COLUMN postcode          VARCHAR(8),
    ADD COLUMN privacy_consent_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN verified_at       TIMESTAMP WITH TIME ZONE,
    ADD COLUMN verified_by       VARCHAR(254),
    ADD COLUMN verification_note VARCHAR(500);
