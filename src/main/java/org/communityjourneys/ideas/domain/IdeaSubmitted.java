package org.communityjourneys.ideas.domain;

import java.util.UUID;

public record IdeaSubmitted(UUID journeyId, UUID ideaId, String author) {
}
