package org.communityjourneys.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * That a resident has voted in a journey (never what they voted). Written only through
 * {@link VoteParticipationRepository#record}, whose unique constraints make it one per resident and
 * one per paper ballot number.
 */
@Entity
@Table(name = "vote_participation")
public class VoteParticipation {

    @Embeddable
    public record Key(@Column(name = "journey_id") UUID journeyId, @Column(name = "resident") String resident)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VotingChannel channel;

    @Column(name = "paper_number")
    private String paperNumber;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected VoteParticipation() {
    }

    public UUID getJourneyId() {
        return key.journeyId();
    }

    public String getResident() {
        return key.resident();
    }

    public VotingChannel getChannel() {
        return channel;
    }

    public String getPaperNumber() {
        return paperNumber;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
