package org.communityjourneys.voting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.communityjourneys.shared.domain.StageWindow;

/** Whether a journey's vote is open; opened and closed only by the journey's process timers. */
@Entity
@Table(name = "vote_window")
public class VoteWindow extends StageWindow {

    protected VoteWindow() {
    }

    public VoteWindow(UUID journeyId, Instant openedAt) {
        super(journeyId, openedAt);
    }

    public void close(Instant at) {
        closeAt(at);
    }
}
