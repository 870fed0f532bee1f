package org.communityjourneys.voting.domain;

import java.util.List;
import java.util.UUID;

public record ResultPublished(UUID journeyId, List<UUID> winningIdeaIds) {
}
