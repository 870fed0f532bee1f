package org.communityjourneys.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Whether a journey's vote is open; opened and closed only by the journey's process timers. */
@Entity
@Table(name = "vote_window")
public class VoteWindow {

    @Id
    @Column(name = "journey_id")
    private UUID journeyId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected VoteWindow() {
    }

    public VoteWindow(UUID journeyId, Instant openedAt) {
        this.journeyId = journeyId;
        this.openedAt = openedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
