package org.communityjourneys.showcase.domain;

import java.util.UUID;

/** A facilitator recorded a new showcase conversation ({@code edited} false) or changed one (true). */
public record ShowcaseConversationRecorded(UUID journeyId, UUID conversationId, String recordedBy, boolean edited) {
}
