package org.communityjourneys.voting.domain;

import java.time.Instant;
import java.util.UUID;

/** A facilitator opened or closed a journey's vote now, before its planned time. */
public record VoteBroughtForward(UUID journeyId, boolean opened, Instant planned, Instant at, String by) {
}
