package org.communityjourneys.ideas.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether a journey takes ideas. Opened and closed only by the journey's process (timer or the
 * facilitator's "close early" message), so a page can never keep it open by showing a form.
 */
@Entity
@Table(name = "ideas_window")
public class IdeasWindow {

    @Id
    @Column(name = "journey_id")
    private UUID journeyId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_early", nullable = false)
    private boolean closedEarly;

    @Column(name = "shortlist_confirmed_at")
    private Instant shortlistConfirmedAt;

    @Column(name = "shortlist_confirmed_by")
    private String shortlistConfirmedBy;

    protected IdeasWindow() {
    }

    public IdeasWindow(UUID journeyId, Instant openedAt) {
        this.journeyId = journeyId;
        this.openedAt = openedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public void close(Instant at, boolean early) {
        if (closedAt == null) {
            closedAt = at;
            closedEarly = early;
        }
    }

    public boolean isShortlistConfirmed() {
        return shortlistConfirmedAt != null;
    }

    public void shortlistConfirmed(String facilitator, Instant at) {
        this.shortlistConfirmedAt = at;
        this.shortlistConfirmedBy = facilitator;
    }

    public Instant getShortlistConfirmedAt() {
        return shortlistConfirmedAt;
    }

    public String getShortlistConfirmedBy() {
        return shortlistConfirmedBy;
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

    public boolean isClosedEarly() {
        return closedEarly;
    }
}
