package org.communityjourneys.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * What one voter chose, with a random id, no time and no link to who they are. The content is
 * {@link BallotChoice#asText()}; the receipt is stored only as a hash. Written only when the vote
 * closes, all at once in a random order, from the vote's sealed ballots (docs/ballot-secrecy.md).
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

    @Transient
    private boolean stored;

    protected CastBallot() {
        this.stored = true;
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
}
