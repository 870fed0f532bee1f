package org.communityjourneys.voting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * How far the count of a closed vote has gone: started, rounds of the Method of Equal Shares counted
 * so far and what the last one spends, and whether it finished or stopped on an error (the engine
 * tries a failed count again).
 */
public record VoteCount(UUID journeyId, Instant startedAt, Instant updatedAt, long rounds, long spentPence,
        long budgetPence, Instant finishedAt, String failure) {

    public boolean isRunning() {
        return finishedAt == null && failure == null;
    }

    public boolean hasFailed() {
        return finishedAt == null && failure != null;
    }

    /** The share of the budget the last round spends, between 0 and 1. */
    public double spentShare() {
        return budgetPence <= 0 ? 0 : Math.min(1, Math.max(0, (double) spentPence / budgetPence));
    }
}
