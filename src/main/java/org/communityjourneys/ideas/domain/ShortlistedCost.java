package org.communityjourneys.ideas.domain;

import java.util.UUID;

/** A shortlisted idea's id and estimated cost: all a ballot check needs, read without the rest. */
public record ShortlistedCost(UUID ideaId, long costPence) {
}
