package org.communityjourneys.journey.service;

import java.util.UUID;

/**
 * What the modules ask of a journey's running process, as calls (implemented by the engine
 * adapter in {@code workflow}): bring a stage's clock forward to now. Each runs in the caller's
 * transaction and refuses with {@link IllegalStateException} when the process is not waiting at
 * that clock, so nothing the caller saved is kept.
 */
public interface JourneyProcess {

    /** The "Vote opens" deadline is now. */
    void openVoteNow(UUID journeyId);

    /** The "Vote closes" deadline is now. */
    void closeVoteNow(UUID journeyId);

    /** The "Learning review due" deadline of this paid grant is now. */
    void askForLearningReportNow(UUID journeyId, UUID grantId);
}
