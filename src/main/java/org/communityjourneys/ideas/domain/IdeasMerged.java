package org.communityjourneys.ideas.domain;

import java.util.UUID;

/** A facilitator merged a duplicate idea into another; {@code supportsMoved} supports were carried over. */
public record IdeasMerged(UUID journeyId, UUID mergedIdeaId, UUID intoIdeaId, String facilitator, int supportsMoved) {
}
