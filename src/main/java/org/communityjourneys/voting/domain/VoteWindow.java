package org.communityjourneys.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.communityjourneys.shared.domain.StageWindow;

/**
 * Whether a journey's vote is open; opened and closed only by the journey's process timers. It
 * keeps the time casting ends (the journey's planned close when it opened, later if a facilitator
 * extended it): each ballot is judged against it by the database's clock.
 */
@Entity
@Table(name = "vote_window")
public class VoteWindow extends StageWindow {

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    protected VoteWindow() {
    }

    public VoteWindow(UUID journeyId, Instant openedAt, Instant closesAt) {
        super(journeyId, openedAt);
        this.closesAt = closesAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    /** Casting ends later; the caller checks that the vote is open and that the time is later. */
    public void closesLaterAt(Instant newCloseAt) {
        this.closesAt = newCloseAt;
    }

    public void close(Instant at) {
        closeAt(at);
    }
}
