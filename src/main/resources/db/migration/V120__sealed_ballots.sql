-- A secret ballot that the database cannot break (docs/ballot-secrecy.md). While a vote is open a
-- ballot is stored sealed: its content and receipt hash encrypted (AES-GCM) with the vote's own
-- data key, which is kept here only wrapped with the server's sealing secret. The participation
-- row and the sealed ballot are written in one transaction (so they share an xmin), but the
-- sealed row holds only ciphertext and a keyed receipt tag. When the vote closes, one transaction
-- opens every sealed ballot, writes the plain ballots in a random order with random ids and no
-- time, deletes the sealed rows and the vote's key.
CREATE TABLE ballot_seal_key (
    journey_id  UUID PRIMARY KEY REFERENCES journey (id),
    wrapped_key BYTEA NOT NULL
);

CREATE TABLE sealed_ballot (
    receipt_tag VARCHAR(64) PRIMARY KEY,
    journey_id  UUID NOT NULL REFERENCES journey (id),
    sealed      BYTEA NOT NULL
);
CREATE INDEX sealed_ballot_by_journey ON sealed_ballot (journey_id);

-- A ballot keeps no time at all: cast_at (to the day) narrowed who could have cast it.
ALTER TABLE ballot DROP COLUMN cast_at;

-- The ballots stored before this migration were written in the same transaction as their
-- participation row. Write them again, in a random order with new random ids, in this one
-- transaction: they then carry this migration's xmin and a physical order that is random.
CREATE TEMPORARY TABLE ballot_remix ON COMMIT DROP AS
    SELECT journey_id, content, receipt_hash FROM ballot;
DELETE FROM ballot;
INSERT INTO ballot (id, journey_id, content, receipt_hash)
    SELECT gen_random_uuid(), journey_id, content, receipt_hash FROM ballot_remix ORDER BY random();
