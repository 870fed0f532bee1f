package org.communityjourneys.journey.domain;

import java.util.UUID;

/** A facilitator asked to withdraw a journey; the reason is shown on the journey's page. */
public record JourneyWithdrawalRequested(UUID journeyId, String reason, String facilitator) {
}
