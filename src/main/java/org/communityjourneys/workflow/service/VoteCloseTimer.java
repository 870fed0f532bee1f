package org.communityjourneys.workflow.service;

import java.util.Date;
import org.communityjourneys.voting.domain.VoteCloseExtended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the "Vote closes" timer of a journey's process when a facilitator extends the vote, in
 * the caller's transaction: if the timer is not waiting (the vote is closing right now, or the
 * journey has no process), the extension is refused and nothing is kept.
 */
@Component
class VoteCloseTimer {

    static final String VOTE_CLOSES = "voteCloses";

    private final EngineJourneyProcess process;

    VoteCloseTimer(EngineJourneyProcess process) {
        this.process = process;
    }

    @EventListener
    void on(VoteCloseExtended extended) {
        process.moveTimer(extended.journeyId(), VOTE_CLOSES, "voteClosesAt", Date.from(extended.to()),
                "The vote's closing time cannot be moved: the journey is not waiting for the vote to close (it may be"
                        + " closing right now).");
    }
}
