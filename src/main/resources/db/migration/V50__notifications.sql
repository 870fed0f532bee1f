-- In-app notifications, email preferences (keyed by username) and the outgoing mail record,
-- which is also the dev mailbox when no SMTP host is configured.
CREATE TABLE notification (
    id         UUID PRIMARY KEY,
    recipient  VARCHAR(254) NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    body       TEXT NOT NULL,
    link       VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_by_recipient ON notification (recipient, created_at DESC);

CREATE TABLE email_preference (
    username      VARCHAR(254) PRIMARY KEY,
    email_opt_in  BOOLEAN NOT NULL DEFAULT FALSE,
    email_address VARCHAR(254),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE outgoing_mail (
    id           UUID PRIMARY KEY,
    recipient    VARCHAR(254) NOT NULL,
    to_address   VARCHAR(254) NOT NULL,
    subject      VARCHAR(300) NOT NULL,
    body         TEXT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    delivery     VARCHAR(20) NOT NULL CHECK (delivery IN ('PENDING', 'SENT', 'FAILED', 'DEV_MAILBOX')),
    delivered_at TIMESTAMP WITH TIME ZONE,
    failure      TEXT
);
CREATE INDEX outgoing_mail_by_time ON outgoing_mail (created_at DESC);
