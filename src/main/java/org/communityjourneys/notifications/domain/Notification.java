package org.communityjourneys.notifications.domain;

import java.util.Locale;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing one person was told in the app; read or not yet read. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    private String link;

    /** The subject and body as {@link Wording#stored()}, for the reader's language; {@code null}: English only. */
    @Column(name = "subject_wording")
    private String subjectWording;

    @Column(name = "body_wording")
    private String bodyWording;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** The event that caused it ({@code null} for none): one notification per recipient and cause. */
    private String cause;

    protected Notification() {
    }

    public Notification(String recipient, Notice notice, Instant at) {
        this(recipient, notice, at, null);
    }

    public Notification(String recipient, Notice notice, Instant at, String cause) {
        this.id = UUID.randomUUID();
        this.cause = cause;
        this.recipient = recipient;
        this.subject = notice.subject();
        this.body = notice.body();
        this.link = notice.link();
        this.subjectWording = notice.subjectWording() == null ? null : notice.subjectWording().stored();
        this.bodyWording = notice.bodyWording() == null ? null : notice.bodyWording().stored();
        this.createdAt = at;
    }

    public UUID getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    /** The subject in the locale's language when it was worded, else as stored (English). */
    public String subjectIn(Locale locale) {
        return worded(subjectWording, subject, locale);
    }

    /** The body in the locale's language when it was worded, else as stored (English). */
    public String bodyIn(Locale locale) {
        return worded(bodyWording, body, locale);
    }

    /**
     * The stored wording in the locale's language; the English text as stored when there is none,
     * when it cannot be read, or when a later version no longer has its key: a notice once told is
     * always shown.
     */
    private static String worded(String stored, String english, Locale locale) {
        if (stored == null) {
            return english;
        }
        try {
            Wording wording = Wording.fromStored(stored);
            return MessageBundles.has(wording.messageKey()) ? wording.in(locale) : english;
        } catch (IllegalArgumentException unreadable) {
            return english;
        }
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
