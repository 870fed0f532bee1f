package org.communityjourneys.review.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LearningReportRequestRepository extends JpaRepository<LearningReportRequest, UUID> {

    Optional<LearningReportRequest> findByTaskId(String taskId);
}
