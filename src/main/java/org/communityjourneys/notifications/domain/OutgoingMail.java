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

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String toAddress, String subject, String body, Instant at) {
        this.id = UUID.randomUUID();
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

    public void sent(Instant at) {
        this.delivery = MailDelivery.SENT;
        this.deliveredAt = at;
        this.failure = null;
    }

    public void keptInDevMailbox(Instant at) {
        this.delivery = MailDelivery.DEV_MAILBOX;
        this.deliveredAt = at;
    }

    public void failed(String why) {
        this.delivery = MailDelivery.FAILED;
        this.failure = why == null ? "unknown error"
                : why.length() > MAX_FAILURE ? why.substring(0, MAX_FAILURE) : why;
    }
}
