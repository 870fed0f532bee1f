package org.communityjourneys.ideas.domain;

import java.util.UUID;

/** The author withdrew their idea while the ideas window was open. */
public record IdeaWithdrawn(UUID journeyId, UUID ideaId, String author) {
}
