package org.communityjourneys.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A stage of a journey that opens once and closes once (the ideas window, the vote): one row per
 * journey, keyed by the journey's id, moved only by the journey's process. Closing twice keeps the
 * first time.
 */
@MappedSuperclass
public abstract class StageWindow {

    @Id
    @Column(name = "journey_id")
    private UUID journeyId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected StageWindow() {
    }

    protected StageWindow(UUID journeyId, Instant openedAt) {
        this.journeyId = journeyId;
        this.openedAt = openedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Closes the window at this time; true when it was open until now. */
    protected boolean closeAt(Instant at) {
        if (closedAt != null) {
            return false;
        }
        closedAt = at;
        return true;
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
