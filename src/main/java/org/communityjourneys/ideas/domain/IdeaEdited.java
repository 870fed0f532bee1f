package org.communityjourneys.ideas.domain;

import java.util.UUID;

/** The author changed their idea while the ideas window was open. */
public record IdeaEdited(UUID journeyId, UUID ideaId, String author) {
}
