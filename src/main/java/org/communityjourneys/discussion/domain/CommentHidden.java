package org.communityjourneys.discussion.domain;

import java.util.UUID;

/**
 * A facilitator hid a comment on an idea ({@code ideaId}) or a funded project ({@code projectId};
 * the other is null); its author is told the reason.
 */
public record CommentHidden(UUID journeyId, UUID ideaId, UUID projectId, UUID commentId, String author, String facilitator,
        String reason) {

    public boolean onProject() {
        return projectId != null;
    }
}
