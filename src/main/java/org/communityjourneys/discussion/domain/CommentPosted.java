package org.communityjourneys.discussion.domain;

import java.util.UUID;

/**
 * A comment or reply was posted on an idea: who wrote it, the idea's author and, for a reply, the
 * author of the comment it answers (whom a notice may concern).
 */
public record CommentPosted(UUID journeyId, UUID ideaId, String ideaTitle, UUID commentId, String author, String ideaAuthor,
        String answeredAuthor) {
}
