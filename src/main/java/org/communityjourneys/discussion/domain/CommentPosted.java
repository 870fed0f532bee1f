package org.communityjourneys.discussion.domain;

import java.util.UUID;

/**
 * A comment or reply was posted on an idea ({@code ideaId}) or a funded project ({@code projectId};
 * the other is null): who wrote it, the idea's author or the project's group ({@code leadAuthor})
 * and, for a reply, the author of the comment it answers (whom a notice may concern).
 */
public record CommentPosted(UUID journeyId, UUID ideaId, UUID projectId, String title, UUID commentId, String author,
        String leadAuthor, String answeredAuthor) {

    public boolean onProject() {
        return projectId != null;
    }
}
