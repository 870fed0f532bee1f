package org.communityjourneys.ideas.domain;

import java.util.UUID;

/**
 * Something was decided about one idea that its author should hear of: it was shortlisted, left
 * off the shortlist, hidden by a moderator or merged into another idea. {@code outcome} is a
 * short plain-English phrase ("shortlisted", "not shortlisted", "hidden by a moderator",
 * "merged with another idea"); {@code reason} is the reason the author sees, possibly blank.
 */
public record IdeaOutcomeDecided(UUID journeyId, UUID ideaId, String title, String author, String outcome,
        String reason) {
}
