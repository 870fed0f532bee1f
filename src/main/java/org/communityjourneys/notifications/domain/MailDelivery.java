package org.communityjourneys.notifications.domain;

/** What became of an outgoing mail. */
public enum MailDelivery {
    /** Recorded, not yet accepted by the SMTP server (waiting for its first try, or for a retry after a failure). */
    PENDING("Waiting"),
    /** Accepted by the SMTP server. */
    SENT("Sent"),
    /** The SMTP server could not be reached or refused it on every attempt; the last failure is recorded. */
    FAILED("Failed"),
    /** No SMTP host is configured: kept in the dev mailbox and written to the log. */
    DEV_MAILBOX("Dev mailbox");

    private final String label;

    MailDelivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
