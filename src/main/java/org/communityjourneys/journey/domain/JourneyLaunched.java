package org.communityjourneys.journey.domain;

import java.util.UUID;

/** Published, inside the launch transaction, when a facilitator launches a journey. */
public record JourneyLaunched(UUID journeyId, String launchedBy) {
}
