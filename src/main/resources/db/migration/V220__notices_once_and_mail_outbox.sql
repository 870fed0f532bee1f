-- Exactly once across nodes (docs/operations.md, "Exactly once"):
--  * a notice or mail caused by an event carries the event's key ("cause"); one per recipient and
--    cause, so a rule run again for the same event (a resubmitted publication) adds nothing;
--  * outgoing mail is an outbox: recorded PENDING with the change, sent by whichever node's
--    delivery worker locks it first (FOR UPDATE SKIP LOCKED), retried with back-off when SMTP
--    fails, and given up (FAILED) only after the last attempt.
ALTER TABLE notification ADD COLUMN cause VARCHAR(120);
CREATE UNIQUE INDEX notification_once_per_cause ON notification (recipient, cause) WHERE cause IS NOT NULL;

ALTER TABLE outgoing_mail ADD COLUMN cause VARCHAR(120);
ALTER TABLE outgoing_mail ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outgoing_mail ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX outgoing_mail_once_per_cause ON outgoing_mail (recipient, cause) WHERE cause IS NOT NULL;
CREATE INDEX outgoing_mail_due ON outgoing_mail (next_attempt_at) WHERE delivery = 'PENDING';
UPDATE outgoing_mail SET next_attempt_at = created_at WHERE delivery = 'PENDING';
