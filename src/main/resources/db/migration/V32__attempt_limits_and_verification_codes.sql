-- Attempts that count against a limit (failed logins, registrations, wrong verification codes).
-- The subject (an account name or a client address) is kept only as a SHA-256 hash: the table
-- holds no personal data in the clear, and old rows are deleted as soon as their window passes.
CREATE TABLE limited_attempt (
    id           UUID PRIMARY KEY,
    action       VARCHAR(30) NOT NULL CHECK (action IN ('LOGIN', 'REGISTRATION', 'VERIFICATION_CODE')),
    subject_hash VARCHAR(64) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX limited_attempt_lookup ON limited_attempt (action, subject_hash, attempted_at);

-- One-time codes a facilitator gives a resident to verify their ward. One per account: a new code
-- replaces the old one. Only a hash of the code is stored.
CREATE TABLE verification_code (
    account_id UUID PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    code_hash  VARCHAR(100) NOT NULL,
    issued_by  VARCHAR(254) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
