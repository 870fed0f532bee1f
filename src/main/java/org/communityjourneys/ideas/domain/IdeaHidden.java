package org.communityjourneys.ideas.domain;

import java.util.UUID;

/** A facilitator hid an idea from public pages; its author sees the reason. */
public record IdeaHidden(UUID journeyId, UUID ideaId, String facilitator, String reason) {
}
