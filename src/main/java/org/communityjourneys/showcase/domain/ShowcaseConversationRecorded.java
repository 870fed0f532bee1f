package org.communityjourneys.showcase.domain;

import java.util.UUID;

public record ShowcaseConversationRecorded(UUID journeyId, UUID conversationId, String recordedBy) {
}
