package org.communityjourneys.ideas.domain;

import java.util.UUID;

/**
 * A facilitator entered an idea for a resident (from a paper form or a conversation). {@code author}
 * is the account the idea belongs to; {@code enteredFor} is the name given for it.
 */
public record IdeaEnteredOnBehalf(UUID journeyId, UUID ideaId, String facilitator, String author, String enteredFor) {
}
