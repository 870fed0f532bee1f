package org.communityjourneys.discussion.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentReportRepository extends JpaRepository<CommentReport, CommentReport.Key> {

    List<CommentReport> findByKeyCommentIdOrderByReportedAt(UUID commentId);

    List<CommentReport> findByKeyReporter(String reporter);
}
