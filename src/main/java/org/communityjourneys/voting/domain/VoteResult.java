package org.communityjourneys.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One idea's line in a journey's tally. */
@Entity
@Table(name = "vote_result")
public class VoteResult {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int votes;

    @Column(name = "cost_pence", nullable = false)
    private long costPence;

    @Column(nullable = false)
    private boolean selected;

    @Column(nullable = false)
    private int position;

    protected VoteResult() {
    }

    public VoteResult(UUID journeyId, UUID ideaId, int votes, long costPence, boolean selected, int position) {
        this.key = new Key(journeyId, ideaId);
        this.votes = votes;
        this.costPence = costPence;
        this.selected = selected;
        this.position = position;
    }

    public UUID getJourneyId() {
        return key.journeyId();
    }

    public UUID getIdeaId() {
        return key.ideaId();
    }

    public int getVotes() {
        return votes;
    }

    public long getCostPence() {
        return costPence;
    }

    public boolean isSelected() {
        return selected;
    }

    public int getPosition() {
        return position;
    }

    @Embeddable
    public record Key(@Column(name = "journey_id") UUID journeyId, @Column(name = "idea_id") UUID ideaId)
            implements Serializable {
    }
}
