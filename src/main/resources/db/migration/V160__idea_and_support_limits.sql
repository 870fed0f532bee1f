-- Ideas and supports are limited per account like logins (identity/service/AttemptLimits).
ALTER TABLE limited_attempt DROP CONSTRAINT limited_attempt_action_check;
ALTER TABLE limited_attempt ADD CONSTRAINT limited_attempt_action_check
    CHECK (action IN ('LOGIN', 'REGISTRATION', 'VERIFICATION_CODE', 'IDEA', 'SUPPORT'));
