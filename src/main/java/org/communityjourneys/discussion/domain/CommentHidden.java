package org.communityjourneys.discussion.domain;

import java.util.UUID;

/** A facilitator hid a comment; its author is told the reason. */
public record CommentHidden(UUID journeyId, UUID ideaId, UUID commentId, String author, String facilitator, String reason) {
}
