package org.communityjourneys.journey.service;

import java.time.Instant;
import java.util.UUID;

/**
 * What the modules ask of a journey's process, as calls (implemented by the engine adapter in
 * {@code workflow}): start it, send it the facilitator's requests, move or bring forward a
 * stage's clock. Each runs in the caller's transaction and refuses with
 * {@link IllegalStateException} when the process is not waiting for it, so nothing the caller
 * saved is kept; without the adapter the application does not start.
 */
public interface JourneyProcess {

    /** Starts the process of a journey just launched. */
    void start(UUID journeyId, String launchedBy);

    /** The facilitator closes the ideas window early; refused when the journey is not taking ideas. */
    void closeIdeasEarly(UUID journeyId, String facilitator);

    /** The journey is withdrawn (budget released, open tasks ended); refused when it cannot be now. */
    void withdraw(UUID journeyId, String reason, String facilitator);

    /** The vote now closes at this later time; refused when the journey is not waiting for the vote to close. */
    void voteClosesLaterAt(UUID journeyId, Instant closesAt);

    /** The "Vote opens" deadline is now. */
    void openVoteNow(UUID journeyId);

    /** The "Vote closes" deadline is now. */
    void closeVoteNow(UUID journeyId);

    /** The "Learning review due" deadline of this paid grant is now. */
    void askForLearningReportNow(UUID journeyId, UUID grantId);
}
