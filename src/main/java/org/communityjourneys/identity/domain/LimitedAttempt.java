package org.communityjourneys.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt that counts against a limit; the subject is a hash of the account or address. */
@Entity
@Table(name = "limited_attempt")
public class LimitedAttempt {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LimitedAction action;

    @Column(name = "subject_hash", nullable = false)
    private String subjectHash;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected LimitedAttempt() {
    }

    public LimitedAttempt(LimitedAction action, String subjectHash, Instant attemptedAt) {
        this.id = UUID.randomUUID();
        this.action = action;
        this.subjectHash = subjectHash;
        this.attemptedAt = attemptedAt;
    }

    public LimitedAction getAction() {
        return action;
    }

    public String getSubjectHash() {
        return subjectHash;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }
}
