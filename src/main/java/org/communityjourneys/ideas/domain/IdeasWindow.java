package org.communityjourneys.ideas.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.communityjourneys.shared.domain.StageWindow;

/**
 * Whether a journey takes ideas. Opened and closed only by the journey's process (timer or the
 * facilitator's "close early" message), so a page can never keep it open by showing a form.
 */
@Entity
@Table(name = "ideas_window")
public class IdeasWindow extends StageWindow {

    @Column(name = "closed_early", nullable = false)
    private boolean closedEarly;

    @Column(name = "shortlist_confirmed_at")
    private Instant shortlistConfirmedAt;

    @Column(name = "shortlist_confirmed_by")
    private String shortlistConfirmedBy;

    protected IdeasWindow() {
    }

    public IdeasWindow(UUID journeyId, Instant openedAt) {
        super(journeyId, openedAt);
    }

    public void close(Instant at, boolean early) {
        if (closeAt(at)) {
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

    public boolean isClosedEarly() {
        return closedEarly;
    }
}
