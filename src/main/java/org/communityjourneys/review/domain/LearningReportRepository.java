package org.communityjourneys.review.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LearningReportRepository extends JpaRepository<LearningReport, UUID> {

    Optional<LearningReport> findByGrantId(UUID grantId);
}
