package org.communityjourneys.ideas.domain;

import java.util.UUID;

/** A facilitator asked to close a journey's ideas window before its deadline. */
public record IdeasWindowCloseRequested(UUID journeyId, String facilitator) {
}
