package org.communityjourneys.discussion.service;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.discussion.domain.Comment;
import org.communityjourneys.discussion.domain.CommentReport;
import org.communityjourneys.discussion.domain.CommentReportRepository;
import org.communityjourneys.discussion.domain.CommentRepository;
import org.communityjourneys.identity.domain.ResidentAccountDeleted;
import org.communityjourneys.identity.service.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments a person wrote and the comments they reported. When they delete their account,
 * their comments stay in the discussion (others answered them) under "a former resident"; their
 * reports stay for the moderators, each under its own marker.
 */
@Component
@Transactional
class DiscussionPersonalData implements PersonalDataSource {

    private final CommentRepository comments;
    private final CommentReportRepository reports;
    private final EntityManager entityManager;

    DiscussionPersonalData(CommentRepository comments, CommentReportRepository reports, EntityManager entityManager) {
        this.comments = comments;
        this.reports = reports;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> personalDataOf(String username) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("commentsWritten", comments.findByAuthorOrderByPostedAt(username).stream().map(DiscussionPersonalData::commentData).toList());
        data.put("commentsReported", reports.findByKeyReporter(username).stream().map(DiscussionPersonalData::reportData).toList());
        return data;
    }

    private static Map<String, Object> commentData(Comment comment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", comment.getId().toString());
        data.put(comment.isOnProject() ? "projectId" : "ideaId", comment.getAboutId().toString());
        data.put("answers", comment.getParentId() == null ? null : comment.getParentId().toString());
        data.put("as", comment.getVoice().label());
        data.put("text", comment.getBody());
        data.put("postedAt", comment.getPostedAt().toString());
        data.put("editedAt", comment.getEditedAt() == null ? null : comment.getEditedAt().toString());
        data.put("deletedAt", comment.getDeletedAt() == null ? null : comment.getDeletedAt().toString());
        data.put("hiddenBecause", comment.getHiddenReason());
        return data;
    }

    private static Map<String, Object> reportData(CommentReport report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("commentId", report.getKey().commentId().toString());
        data.put("reason", report.getReason());
        data.put("reportedAt", report.getReportedAt().toString());
        return data;
    }

    @Override
    public void forget(String username) {
        entityManager.flush();
        entityManager.createQuery("update Comment c set c.author = :former, c.version = c.version + 1 where c.author = :author")
                .setParameter("former", ResidentAccountDeleted.FORMER_RESIDENT)
                .setParameter("author", username).executeUpdate();
        List<UUID> reported = reports.findByKeyReporter(username).stream().map(report -> report.getKey().commentId()).toList();
        for (UUID commentId : reported) {
            entityManager.createNativeQuery("update comment_report set reporter = :former where comment_id = :comment and reporter = :reporter")
                    .setParameter("former", ResidentAccountDeleted.FORMER_RESIDENT + " " + UUID.randomUUID())
                    .setParameter("comment", commentId)
                    .setParameter("reporter", username).executeUpdate();
        }
    }
}
