package org.communityjourneys.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * What one voter chose, with a random id and no link to who they are. The content is
 * {@link BallotChoice#asText()}; the receipt is stored only as a hash.
 */
@Entity
@Table(name = "ballot")
public class CastBallot implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "journey_id", nullable = false)
    private UUID journeyId;

    @Column(nullable = false)
    private String content;

    @Column(name = "receipt_hash", nullable = false)
    private String receiptHash;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @Transient
    private boolean stored;

    protected CastBallot() {
        this.stored = true;
    }

    /** {@code castAt} is kept to the day, so that it cannot pair the ballot with a participation. */
    public CastBallot(UUID journeyId, BallotChoice choice, String receiptHash, Instant castAt) {
        this.id = UUID.randomUUID();
        this.journeyId = journeyId;
        this.content = choice.asText();
        this.receiptHash = receiptHash;
        this.castAt = castAt.truncatedTo(ChronoUnit.DAYS);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public BallotChoice choice() {
        return BallotChoice.parse(content);
    }

    public String getReceiptHash() {
        return receiptHash;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
