package org.communityjourneys.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One email the product sent, tried to send, or kept in the dev mailbox. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    private static final int MAX_FAILURE = 1000;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "to_address", nullable = false)
    private String toAddress;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailDelivery delivery;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    private String failure;

    /** The event that caused it ({@code null} for none): one mail per recipient and cause. */
    private String cause;

    /** How many times SMTP was tried and failed. */
    @Column(nullable = false)
    private int attempts;

    /** When a pending mail is due to be tried (again). */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String toAddress, String subject, String body, Instant at) {
        this(recipient, toAddress, subject, body, at, null);
    }

    public OutgoingMail(String recipient, String toAddress, String subject, String body, Instant at, String cause) {
        this.id = UUID.randomUUID();
        this.cause = cause;
        this.nextAttemptAt = at;
        this.recipient = recipient;
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.createdAt = at;
        this.delivery = MailDelivery.PENDING;
    }

    public UUID getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MailDelivery getDelivery() {
        return delivery;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getFailure() {
        return failure;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /** The address mail servers see as its Message-ID: the same on every attempt, so a resend is recognisable. */
    public String messageId(String domain) {
        return "<" + id + "@" + domain + ">";
    }

    public void sent(Instant at) {
        this.nextAttemptAt = null;
        this.delivery = MailDelivery.SENT;
        this.deliveredAt = at;
        this.failure = null;
    }

    /** SMTP failed: tried again at {@code next}, with the reason kept until it is sent. */
    public void retryAt(Instant next, String why) {
        this.attempts++;
        this.nextAttemptAt = next;
        this.failure = shortened(why);
    }

    public void keptInDevMailbox(Instant at) {
        this.nextAttemptAt = null;
        this.delivery = MailDelivery.DEV_MAILBOX;
        this.deliveredAt = at;
    }

    /** The last attempt failed too: given up, with the reason. */
    public void failed(String why) {
        this.attempts++;
        this.delivery = MailDelivery.FAILED;
        this.nextAttemptAt = null;
        this.failure = shortened(why);
    }

    private static String shortened(String why) {
        return why == null ? "unknown error" : why.length() > MAX_FAILURE ? why.substring(0, MAX_FAILURE) : why;
    }
}
