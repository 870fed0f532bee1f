package org.communityjourneys.review.service;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the project pages need of each funded project's discussion: how many comments the public
 * sees on it, and where it is. The discussion module implements it.
 */
public interface ProjectComments {

    Map<UUID, Long> commentCounts(Collection<UUID> projectIds);

    /** The discussion page of a funded project. */
    static String pathOf(UUID projectId) {
        return "/projects/" + projectId + "/discussion";
    }
}
