package org.communityjourneys.ideas.service;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the idea cards and the ballot need of each idea's discussion: how many comments the public
 * sees on it, and where it is. The discussion module implements it.
 */
public interface IdeaComments {

    Map<UUID, Long> counts(Collection<UUID> ideaIds);

    /** The discussion page of an idea. */
    static String pathOf(UUID journeyId, UUID ideaId) {
        return "/journeys/" + journeyId + "/ideas/" + ideaId + "/discussion";
    }
}
