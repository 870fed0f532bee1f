package org.communityjourneys.voting.domain;

import java.util.UUID;

/** A facilitator certified the count of a journey's vote as correct. */
public record VoteCertified(UUID journeyId, String by) {
}
